package vietnamese

import "strings"

// Slug returns the ASCII slug of s: folded, with every run of characters
// other than a-z and 0-9 replaced by one hyphen, and no hyphen at either end.
// A slug of text with no letters or digits is empty.
func Slug(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	pendingHyphen := false
	for _, r := range NFC(s) {
		f, ok := FoldRune(r)
		if !ok {
			continue
		}
		if ('a' <= f && f <= 'z') || ('0' <= f && f <= '9') {
			if pendingHyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			pendingHyphen = false
			b.WriteRune(f)
			continue
		}
		pendingHyphen = true
	}
	return b.String()
}

// IsSlug reports whether s is already a slug: non-empty, a-z, 0-9 and single
// inner hyphens.
func IsSlug(s string) bool {
	return s != "" && Slug(s) == s
}
