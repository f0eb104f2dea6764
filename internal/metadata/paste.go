package metadata

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"vinhdanh/internal/i18n"
)

// This file holds what is forgiven, and what is pointed out, in text pasted
// from a word processor: curly quotes, values cut at " #", control
// characters and noncharacters, and the places of YAML's syntax errors.

// text returns the text of scalar n as String does; item says that n is
// an item of the list key, for the fixes messages show.
func (d *Decoder) text(n *Node, key string, item bool) string {
	s := strings.TrimSpace(n.Value)
	if !n.Plain {
		return s
	}
	if lost, ok := lostComment(n.Comment); ok {
		form := yamlQuote(s + " " + lost)
		if !item { // the key as written on the line: signer for decision.signer
			form = key[strings.LastIndexByte(key, '.')+1:] + ": " + form
		}
		d.Warnf(n.Pos, `%s: YAML reads the text from " #" on as a comment, so %q is left out; to keep it, put the whole value in quotes: %s`, key, lost, form)
	}
	if inner, open, end, ok := curlyQuoted(s); ok {
		d.Warnf(n.Pos, `%s is between curly quotes %c…%c, which are read here as quotes; type straight quotes " or ' instead`, key, open, end)
		s = inner
	}
	return s
}

// lostComment reports whether a comment that YAML read after a plain value
// is more likely text that the value lost: a number sign followed by
// something other than a space ("#1", "#ThiĐua"). A comment that starts
// with "# " is taken as meant.
func lostComment(comment string) (string, bool) {
	if len(comment) < 2 || comment[0] != '#' {
		return "", false
	}
	r, _ := utf8.DecodeRuneInString(comment[1:])
	if r == ' ' || r == '\t' || r == '#' {
		return "", false
	}
	return strings.TrimRight(comment, " \t"), true
}

// curlyPairs are the typographic quotes word processors put around text,
// opening and closing.
var curlyPairs = [][2]rune{
	{'“', '”'}, {'‘', '’'}, {'„', '“'}, {'„', '”'}, {'‚', '‘'}, {'‚', '’'}, {'”', '”'}, {'’', '’'},
}

// curlyQuoted reports whether s is text wrapped in one pair of curly
// quotes that appear nowhere inside it, and returns the text inside.
func curlyQuoted(s string) (inner string, open, end rune, ok bool) {
	if len(s) < 6 || s[0] != 0xE2 { // each of these quotes is E2 80 xx in UTF-8
		return "", 0, 0, false
	}
	first, n := utf8.DecodeRuneInString(s)
	last, m := utf8.DecodeLastRuneInString(s)
	if len(s) < n+m {
		return "", 0, 0, false
	}
	for _, p := range curlyPairs {
		if first != p[0] || last != p[1] {
			continue
		}
		inner := s[n : len(s)-m]
		if strings.ContainsRune(inner, p[0]) || strings.ContainsRune(inner, p[1]) || strings.TrimSpace(inner) == "" {
			return "", 0, 0, false
		}
		return strings.TrimSpace(inner), first, last, true
	}
	return "", 0, 0, false
}

// yamlQuote writes s as a quoted YAML value: in double quotes, or in
// single quotes when s holds double quotes.
func yamlQuote(s string) string {
	if !strings.ContainsAny(s, `"\`) {
		return `"` + s + `"`
	}
	if !strings.Contains(s, "'") {
		return "'" + s + "'"
	}
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

// ListForm writes key with the list items in the document's syntax, as an
// editor would type it: tags: [thi đua, khen thưởng] in YAML.
func (d *Decoder) ListForm(key string, items []string) string {
	quoted := make([]string, len(items))
	for i, it := range items {
		switch {
		case d.Format == TOML || d.Format == JSON:
			quoted[i] = strconv.Quote(it)
		case simplePlain([]byte(it), true) && !strings.ContainsAny(it, ",[]{}"):
			quoted[i] = it
		default:
			quoted[i] = yamlQuote(it)
		}
	}
	list := "[" + strings.Join(quoted, ", ") + "]"
	switch d.Format {
	case TOML:
		return key + " = " + list
	case JSON:
		return strconv.Quote(key) + ": " + list
	}
	return key + ": " + list
}

// refused reports whether r may not appear in text that pages show: C0
// controls other than tab and line feed, DEL, C1 controls, and the
// noncharacters (U+FDD0 to U+FDEF, and the last two code points of every
// plane, such as U+FFFE).
func refused(r rune) bool {
	return r < ' ' && r != '\t' && r != '\n' || r >= 0x7F && r <= 0x9F ||
		r >= 0xFDD0 && r <= 0xFDEF || r&0xFFFE == 0xFFFE
}

// firstRefused returns the byte offset and the character of the first
// character in s that refused reports, or -1.
func firstRefused(s string) (int, rune) {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= ' ' && c < 0x7F || c == '\t' || c == '\n' {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if refused(r) {
			return i, r
		}
		i += size
	}
	return -1, 0
}

// refusedMessage is the error for a refused character written as it is:
// the words of refusedError, which reports one written as an escape.
func refusedMessage(r rune) i18n.Text {
	if r < 0xA0 {
		return i18n.T(`the control character %U cannot be shown on a page; remove it, or the escape (such as \e, \x01 or \u0001) that writes it`, r)
	}
	return i18n.T(`%U is a noncharacter, which cannot be shown on a page; remove it, or the escape (such as \uFFFE) that writes it`, r)
}

// CheckText reports every key and text value under n that holds a
// character that refused reports, at the key's or the value's place, as
// the same error that the character written as it is gets. It reports
// whether there were none. Escapes ("\x01", "\e", "\u0001", "\uFFFE") are
// decoded by the time values reach here, so this sees what a page would.
func (d *Decoder) CheckText(n *Node) bool {
	ok := true
	var walk func(n *Node)
	walk = func(n *Node) {
		switch n.Kind {
		case Scalar:
			if i, r := firstRefused(n.Value); i >= 0 {
				d.refusedError(n.Pos, r)
				ok = false
			}
		case Map:
			for _, e := range n.Entries {
				if i, r := firstRefused(e.Key); i >= 0 {
					pos := e.KeyPos
					if pos.Line == 0 { // a key whose place was not found
						pos = n.Pos
					}
					d.refusedError(pos, r)
					ok = false
				}
				walk(e.Value)
			}
		case List:
			for _, it := range n.Items {
				walk(it)
			}
		}
	}
	walk(n)
	return ok
}

func (d *Decoder) refusedError(pos Pos, r rune) {
	if r < 0xA0 {
		d.Errorf(pos, `the control character %U cannot be shown on a page; remove it, or the escape (such as \e, \x01 or \u0001) that writes it`, r)
		return
	}
	d.Errorf(pos, `%U is a noncharacter, which cannot be shown on a page; remove it, or the escape (such as \uFFFE) that writes it`, r)
}
