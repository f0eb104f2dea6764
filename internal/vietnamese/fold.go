package vietnamese

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldTableEnd bounds the precomputed table: it covers Latin-1, Latin
// Extended-A and -B, and Latin Extended Additional, where every Vietnamese
// letter lives.
const foldTableEnd = 0x1F00

var foldTable [foldTableEnd]rune

func init() {
	for r := rune(0); r < foldTableEnd; r++ {
		foldTable[r] = computeFold(r)
	}
}

// computeFold derives the folded form of r from its canonical decomposition.
func computeFold(r rune) rune {
	switch r {
	case 'đ', 'Đ', 'Ð', 'ð': // d with stroke, and the eth often typed for it
		return 'd'
	}
	if unicode.Is(unicode.Mn, r) {
		return -1
	}
	lower := unicode.ToLower(r)
	if lower < utf8.RuneSelf {
		return lower
	}
	decomposed := norm.NFD.String(string(lower))
	base, size := utf8.DecodeRuneInString(decomposed)
	if size < len(decomposed) {
		rest := decomposed[size:]
		if strings.IndexFunc(rest, func(m rune) bool { return !unicode.Is(unicode.Mn, m) }) < 0 {
			return base
		}
	}
	return lower
}

// FoldRune returns the folded form of r and true, or 0 and false when r is a
// combining mark that folding drops.
func FoldRune(r rune) (rune, bool) {
	if r < foldTableEnd {
		f := foldTable[r]
		return f, f >= 0
	}
	if unicode.Is(unicode.Mn, r) {
		return 0, false
	}
	return unicode.ToLower(r), true
}

// Fold returns s in lower case without tone or vowel marks and with đ as d.
// On NFC input without stray combining marks the result has exactly as many
// code points as s.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if f, ok := FoldRune(r); ok {
			b.WriteRune(f)
		}
	}
	return b.String()
}

// stableEnd bounds the table of characters that are stable under NFC.
const stableEnd = 0x3000

// stable[r] is set for characters that are in NFC on their own and cannot
// combine with a character before them: a text made only of such characters
// is already NFC. Every precomposed Vietnamese letter is one.
var stable [stableEnd]bool

func init() {
	for r := rune(0); r < stableEnd; r++ {
		s := string(r)
		p := norm.NFC.PropertiesString(s)
		stable[r] = norm.NFC.IsNormalString(s) && p.BoundaryBefore() && p.CCC() == 0
	}
}

// NFC returns s in Unicode normalisation form C, with the look-alike Ð
// (U+00D0) replaced by Đ (U+0110), the letter Vietnamese writers mean by it.
// Text that is already NFC, as nearly all text is, costs one table lookup a
// character.
func NFC(s string) string {
	if strings.ContainsRune(s, 'Ð') {
		s = strings.ReplaceAll(s, "Ð", "Đ")
	}
	for _, r := range s {
		if r >= stableEnd || !stable[r] {
			if norm.NFC.IsNormalString(s) {
				return s
			}
			return norm.NFC.String(s)
		}
	}
	return s
}

// NFCBytes is NFC for bytes. Text that needs no change comes back as it is,
// not copied.
func NFCBytes(b []byte) []byte {
	if bytes.ContainsRune(b, 'Ð') {
		b = bytes.ReplaceAll(b, []byte("Ð"), []byte("Đ"))
	}
	for i := 0; i < len(b); {
		r, size := rune(b[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(b[i:])
		}
		if r >= stableEnd || !stable[r] {
			if norm.NFC.IsNormal(b) {
				return b
			}
			return norm.NFC.Bytes(b)
		}
		i += size
	}
	return b
}

// Letter returns the letter of the Vietnamese alphabet that s starts with,
// in capitals, its tone left out and its other marks kept ("Ấp" -> "Â",
// "đồng" -> "Đ", "Ưng" -> "Ư", "Lò" -> "L"), as a directory groups names;
// "#" when s starts with no letter.
func Letter(s string) string {
	// Format characters (a zero-width space pasted from the web) are
	// skipped, as collation skips them.
	s = strings.TrimLeftFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) })
	// Only the first character and the marks after it are decomposed (a
	// directory asks this of every one of half a million names): the
	// decomposition of a text cut before a character that is no mark
	// begins as the decomposition of the whole.
	for i, r := range s {
		if i > 0 && !unicode.Is(unicode.Mn, r) {
			s = s[:i]
			break
		}
	}
	nfd := norm.NFD.String(s)
	for _, r := range nfd {
		if !unicode.IsLetter(r) {
			return "#"
		}
		first := string(unicode.ToUpper(r))
		rest := nfd[utf8.RuneLen(r):]
		for _, m := range rest {
			switch m {
			case '\u0306', '\u0302', '\u031B': // breve, circumflex, horn: letters of their own
				first += string(m)
				continue
			case '\u0300', '\u0301', '\u0309', '\u0303', '\u0323': // the tones
				continue
			}
			break
		}
		if r == 'đ' || r == 'Đ' {
			return "Đ"
		}
		return norm.NFC.String(first)
	}
	return "#"
}
