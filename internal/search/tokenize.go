package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"vinhdanh/internal/vietnamese"
)

// Token is one syllable of a text.
type Token struct {
	Folded string // "duong"
	Exact  string // "đường": lower case, marks kept
	// Start and End are the token's byte offsets in the text.
	Start, End int
	// Joined is set when the token follows the one before it in the same
	// phrase, so that the two make an adjacent pair; it is unset at the
	// start of the text and after phrase punctuation (. , ; : ! ? brackets,
	// quotes, line ends).
	Joined bool
}

// wordTableEnd bounds the table of characters that belong to syllables; it
// covers every script block Vietnamese text uses.
const wordTableEnd = 0x2000

// wordTable[r] is set for the letters, digits and combining marks below
// wordTableEnd.
var wordTable [wordTableEnd]bool

func init() {
	for r := rune(0); r < wordTableEnd; r++ {
		wordTable[r] = isWordRuneSlow(r)
	}
}

// isWordRune reports whether r belongs to a syllable: letters, digits and
// the combining marks that NFD text may carry.
func isWordRune(r rune) bool {
	if r < wordTableEnd {
		return wordTable[r]
	}
	return isWordRuneSlow(r)
}

func isWordRuneSlow(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// breaksPhrase reports whether r ends a phrase: no pair is made across it.
func breaksPhrase(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}', '"', '“', '”', '«', '»', '…', '\n', '|', '/':
		return true
	}
	return false
}

// MaxTokenBytes bounds a syllable; longer runs of letters (a URL, a code)
// are cut, so that no term can grow without limit.
const MaxTokenBytes = 48

// scanner finds the syllables of a text without allocating.
type scanner struct {
	text   string
	i      int
	joined bool
}

// next returns the next syllable's byte offsets and whether it joins the
// one before it; ok is false at the end of the text.
func (s *scanner) next() (start, end int, joined, ok bool) {
	text := s.text
	for s.i < len(text) {
		r, size := runeAt(text, s.i)
		if isWordRune(r) {
			break
		}
		if breaksPhrase(r) {
			s.joined = false
		}
		s.i += size
	}
	if s.i >= len(text) {
		return 0, 0, false, false
	}
	start = s.i
	for s.i < len(text) {
		r, size := runeAt(text, s.i)
		if !isWordRune(r) || s.i-start+size > MaxTokenBytes {
			break
		}
		s.i += size
	}
	joined = s.joined
	s.joined = true
	return start, s.i, joined, true
}

// runeAt decodes the character at byte i of text, ASCII without a call.
func runeAt(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

// Tokenize splits NFC text into syllables. Folding is per character (see
// package vietnamese), so a token's folded form has one character for each
// of its own.
func Tokenize(text string) []Token {
	var tokens []Token
	sc := scanner{text: text}
	for {
		start, end, joined, ok := sc.next()
		if !ok {
			return tokens
		}
		word := text[start:end]
		tokens = append(tokens, Token{Folded: vietnamese.Fold(word), Exact: strings.ToLower(word), Start: start, End: end, Joined: joined})
	}
}
