package corpus

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A template is a phrase or sentence with {key} placeholders that the writer
// fills from the article being written and from the filler pools. A template
// may start with a year range, "[2019-]", "[-2022]" or "[2020-2022]", outside
// which it is not used, so that text never speaks of OCOP in 2015 or of the
// 2022 law in 2019; and then with "(tw) " when it suits national articles
// only. A template that names the province ({tinh}) suits provincial ones
// only.
type template struct {
	text       string
	from, to   int  // years, inclusive; 0 leaves that end open
	provincial bool // names the article's province: not for national articles
	national   bool // speaks for the whole country: not for provincial articles
}

// pool is a list of templates to draw from.
type pool []template

// provincialKeys are the placeholders that only make sense for an article
// about a province.
var provincialKeys = []string{"{Tinh}", "{tinh}", "{UBND}", "{Uy}", "{soban}"}

// newPool parses templates written as plain strings.
func newPool(texts ...string) pool {
	p := make(pool, len(texts))
	for i, s := range texts {
		t := template{text: s}
		if strings.HasPrefix(s, "[") {
			end := strings.IndexByte(s, ']')
			from, to, _ := strings.Cut(s[1:end], "-")
			t.from, _ = strconv.Atoi(from)
			t.to, _ = strconv.Atoi(to)
			t.text = strings.TrimSpace(s[end+1:])
		}
		if rest, ok := strings.CutPrefix(t.text, "(tw) "); ok {
			t.text, t.national = rest, true
		}
		for _, k := range provincialKeys {
			if strings.Contains(t.text, k) {
				t.provincial = true
			}
		}
		p[i] = t
	}
	return p
}

// join concatenates pools.
func join(pools ...pool) pool {
	var out pool
	for _, p := range pools {
		out = append(out, p...)
	}
	return out
}

// fits reports whether t may be used in a.
func (t *template) fits(a *article) bool {
	if t.provincial && a.main == nil || t.national && a.main != nil {
		return false
	}
	return (t.from == 0 || a.year >= t.from) && (t.to == 0 || a.year <= t.to)
}

// pick returns a random element of list.
func pick[T any](r *rand.Rand, list []T) T {
	return list[r.IntN(len(list))]
}

// chance reports true with probability p.
func chance(r *rand.Rand, p float64) bool { return r.Float64() < p }

// between returns a random int in [lo, hi].
func between(r *rand.Rand, lo, hi int) int { return lo + r.IntN(hi-lo+1) }

// capFirst upper-cases the first letter of s.
func capFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || unicode.IsUpper(r) {
		return s
	}
	u := unicode.ToUpper(r)
	if u == r {
		return s
	}
	return string(u) + s[size:]
}

// countWords counts the words of generated text, which separates words by
// single spaces.
func countWords(s string) int {
	if s == "" {
		return 0
	}
	return strings.Count(s, " ") + 1
}

// writer writes one article's text: it fills templates from the article and
// from the filler pools, and remembers which templates it used so that no
// sentence repeats within an article.
type writer struct {
	r     *rand.Rand
	a     *article
	used  map[*template]bool
	words int // words written to the body so far

	target    int // words the body should have
	parasLeft int // paragraphs still to write
}

// choose returns a template of p that fits the article and, when it can,
// one not used yet in it; fresh reports whether it is unused.
func (w *writer) choose(p pool) (t *template, fresh bool) {
	start := w.r.IntN(len(p))
	var fallback *template
	for i := range p {
		t := &p[(start+i*7)%len(p)]
		if len(p)%7 == 0 {
			t = &p[(start+i)%len(p)]
		}
		if !t.fits(w.a) {
			continue
		}
		if !w.used[t] {
			w.used[t] = true
			return t, true
		}
		if fallback == nil {
			fallback = t
		}
	}
	if fallback != nil {
		return fallback, false
	}
	return &p[start], false
}

// phrase fills a template chosen from p.
func (w *writer) phrase(p pool) string {
	t, _ := w.choose(p)
	return w.expand(t.text)
}

// sentence fills a template chosen from p and capitalises it.
func (w *writer) sentence(p pool) string { return capFirst(w.phrase(p)) }

// expand fills the placeholders of s.
func (w *writer) expand(s string) string {
	if strings.IndexByte(s, '{') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 64)
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		b.WriteString(w.fill(s[i+1 : i+j]))
		s = s[i+j+1:]
	}
}
