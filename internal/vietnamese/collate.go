package vietnamese

import (
	"bytes"
	"cmp"
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// collators holds Vietnamese collators; a collate.Collator is not safe for
// concurrent use, so each caller borrows one.
var collators = sync.Pool{New: func() any { return collate.New(language.Vietnamese) }}

// Compare orders a and b by Vietnamese collation, then by bytes, returning
// -1, 0 or +1.
func Compare(a, b string) int {
	c := collators.Get().(*collate.Collator)
	r := c.CompareString(a, b)
	collators.Put(c)
	return cmp.Or(r, strings.Compare(a, b))
}

// Sort sorts names in Vietnamese collation order.
func Sort(names []string) {
	SortFunc(names, func(s string) string { return s })
}

// SortFunc sorts items in the Vietnamese collation order of name(item),
// computing each collation key once.
func SortFunc[T any](items []T, name func(T) string) {
	type keyed struct {
		key  []byte
		name string
		item T
	}
	c := collators.Get().(*collate.Collator)
	var buf collate.Buffer
	ks := make([]keyed, len(items))
	for i, it := range items {
		n := name(it)
		ks[i] = keyed{bytes.Clone(c.KeyFromString(&buf, n)), n, it}
		buf.Reset()
	}
	collators.Put(c)
	slices.SortStableFunc(ks, func(a, b keyed) int {
		return cmp.Or(bytes.Compare(a.key, b.key), strings.Compare(a.name, b.name))
	})
	for i := range ks {
		items[i] = ks[i].item
	}
}
