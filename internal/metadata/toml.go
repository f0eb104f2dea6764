package metadata

import (
	"bytes"
	"errors"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/pelletier/go-toml/v2/unstable"

	"vinhdanh/internal/i18n"
)

// parseTOML reads TOML with go-toml's parser, which gives the bytes of
// every key and scalar as written, and builds the tree itself: keys and
// values are placed where they stand, and TOML's rules on defining a key
// or a table once are kept here.
func parseTOML(src []byte, off Pos) (*Node, error) {
	r := &tomlReader{src: src, off: off, lines: []int{0}, kinds: map[*Node]tomlKind{}}
	for i := 0; ; {
		j := bytes.IndexByte(src[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
		r.lines = append(r.lines, i)
	}
	r.root = &Node{Kind: Map, Pos: off}
	r.table = r.root
	var p unstable.Parser
	p.Reset(src)
	for p.NextExpression() {
		if err := r.expression(p.Expression()); err != nil {
			return nil, err
		}
	}
	if err := p.Error(); err != nil {
		return nil, r.syntaxError(err)
	}
	return r.root, nil
}

// tomlKind is how a map or list of a TOML document came to be, which
// decides what may add to it.
type tomlKind uint8

const (
	tomlValue    tomlKind = iota // a value written after =, closed to other lines
	tomlImplicit                 // a table a header passes through: a of [a.b]
	tomlHeader                   // a table with its own header, [a], or an item of [[a]]
	tomlDotted                   // a table made by dotted keys: a of a.b = 1
	tomlArray                    // a list of tables, [[a]]
)

type tomlReader struct {
	src   []byte
	off   Pos
	lines []int // where each line of src starts
	root  *Node
	table *Node // the table that key = value lines go to
	// kinds are the kinds of the maps and lists that headers and dotted
	// keys made; any other node is a tomlValue.
	kinds map[*Node]tomlKind
}

// pos converts a byte offset in src to a position in the file.
func (r *tomlReader) pos(at int) Pos {
	line := sort.SearchInts(r.lines, at+1) // lines[line-1] <= at
	return shift(Pos{line, utf8.RuneCount(r.src[r.lines[line-1]:at]) + 1}, r.off)
}

// tomlKey is one part of a dotted key: its name, and where it is written.
type tomlKey struct {
	name    string
	at, end int
}

func (r *tomlReader) key(it unstable.Iterator) []tomlKey {
	var parts []tomlKey
	for it.Next() {
		k := it.Node()
		parts = append(parts, tomlKey{string(k.Data), int(k.Raw.Offset), int(k.Raw.Offset + k.Raw.Length)})
	}
	return parts
}

func (r *tomlReader) expression(e *unstable.Node) error {
	switch e.Kind {
	case unstable.KeyValue:
		_, err := r.keyValue(r.table, e)
		return err
	case unstable.Table, unstable.ArrayTable:
		return r.header(e)
	}
	return nil
}

// header opens the table of a [table] or [[table]] line: key = value lines
// after it go there.
func (r *tomlReader) header(e *unstable.Node) error {
	parts := r.key(e.Key())
	array := e.Kind == unstable.ArrayTable
	written := string(r.src[parts[0].at:parts[len(parts)-1].end])
	// The header's position is its first bracket's.
	at := parts[0].at
	for at > 0 && (r.src[at-1] == ' ' || r.src[at-1] == '\t') {
		at--
	}
	at--
	if array {
		at--
	}
	pos := r.pos(at)
	node := r.root
	for _, k := range parts[:len(parts)-1] {
		child, first := lookup(node, k.name)
		switch {
		case child == nil:
			child = &Node{Kind: Map, Pos: pos}
			node.Entries = append(node.Entries, Entry{Key: k.name, KeyPos: r.pos(k.at), Value: child})
			r.kinds[child] = tomlImplicit
		case r.kinds[child] == tomlArray:
			child = child.Items[len(child.Items)-1]
		case r.kinds[child] == tomlValue:
			return &Error{r.pos(k.at), i18n.T("%q already has a value (line %d), so [%s] cannot add keys to it", k.name, first.Line, written)}
		}
		node = child
	}
	k := parts[len(parts)-1]
	child, first := lookup(node, k.name)
	if array {
		switch {
		case child == nil:
			child = &Node{Kind: List, Pos: pos}
			node.Entries = append(node.Entries, Entry{Key: k.name, KeyPos: r.pos(k.at), Value: child})
			r.kinds[child] = tomlArray
		case r.kinds[child] != tomlArray:
			return &Error{r.pos(k.at), i18n.T("[[%s]] adds a table to a list of tables, but %q is already something else (line %d)", written, k.name, first.Line)}
		}
		item := &Node{Kind: Map, Pos: pos}
		child.Items = append(child.Items, item)
		r.kinds[item] = tomlHeader
		r.table = item
		return nil
	}
	switch {
	case child == nil:
		child = &Node{Kind: Map, Pos: pos}
		node.Entries = append(node.Entries, Entry{Key: k.name, KeyPos: r.pos(k.at), Value: child})
	case r.kinds[child] == tomlImplicit:
	case r.kinds[child] == tomlArray:
		return &Error{r.pos(k.at), i18n.T("%q is a list of tables (line %d): write [[%s]] to add one to it", k.name, first.Line, written)}
	case r.kinds[child] == tomlValue:
		return &Error{r.pos(k.at), i18n.T("%q already has a value (line %d), so [%s] cannot add keys to it", k.name, first.Line, written)}
	default:
		return &Error{r.pos(k.at), i18n.T("table [%s] appears twice (first on line %d)", written, first.Line)}
	}
	r.kinds[child] = tomlHeader
	r.table = child
	return nil
}

// lookup returns the value of key in map n, and where the key stands.
func lookup(n *Node, key string) (*Node, Pos) {
	for _, e := range n.Entries {
		if e.Key == key {
			return e.Value, e.KeyPos
		}
	}
	return nil, Pos{}
}

// keyValue adds a key = value to table, and returns where the value ends.
func (r *tomlReader) keyValue(table *Node, e *unstable.Node) (int, error) {
	parts := r.key(e.Key())
	node := table
	for i, k := range parts[:len(parts)-1] {
		child, first := lookup(node, k.name)
		switch {
		case child == nil:
			child = &Node{Kind: Map, Pos: r.pos(parts[i+1].at)}
			node.Entries = append(node.Entries, Entry{Key: k.name, KeyPos: r.pos(k.at), Value: child})
			r.kinds[child] = tomlDotted
		case r.kinds[child] != tomlDotted:
			return 0, &Error{r.pos(k.at), i18n.T("key %q appears twice (first on line %d)", k.name, first.Line)}
		}
		node = child
	}
	k := parts[len(parts)-1]
	if child, first := lookup(node, k.name); child != nil {
		return 0, &Error{r.pos(k.at), i18n.T("key %q appears twice (first on line %d)", k.name, first.Line)}
	}
	// Between the key and the value there are only "=" and spaces.
	at := k.end
	for at < len(r.src) && (r.src[at] == ' ' || r.src[at] == '\t' || r.src[at] == '=') {
		at++
	}
	v, end, err := r.value(e.Value(), at)
	if err != nil {
		return 0, err
	}
	node.Entries = append(node.Entries, Entry{Key: k.name, KeyPos: r.pos(k.at), Value: v})
	return end, nil
}

// value converts v, which starts at byte at, and returns where it ends.
// The parser gives no bytes for arrays, and only the opening brace for
// inline tables: their items are found by skipping what may stand between
// items, and their ends after the last item.
func (r *tomlReader) value(v *unstable.Node, at int) (*Node, int, error) {
	switch v.Kind {
	case unstable.Array:
		n := &Node{Kind: List, Pos: r.pos(at)}
		i := at + 1
		for it := v.Children(); it.Next(); {
			item, end, err := r.value(it.Node(), r.skipGap(i))
			if err != nil {
				return nil, 0, err
			}
			n.Items = append(n.Items, item)
			i = end
		}
		return n, r.skipGap(i) + 1, nil
	case unstable.InlineTable:
		n := &Node{Kind: Map, Pos: r.pos(at)}
		i := at + 1
		for it := v.Children(); it.Next(); {
			end, err := r.keyValue(n, it.Node())
			if err != nil {
				return nil, 0, err
			}
			i = end
		}
		return n, r.skipGap(i) + 1, nil
	}
	n, err := r.scalar(v)
	return n, int(v.Raw.Offset + v.Raw.Length), err
}

// skipGap returns where the next item or closing bracket of an array or
// inline table stands after byte i: past spaces, line ends, commas and
// comments.
func (r *tomlReader) skipGap(i int) int {
	for i < len(r.src) {
		switch r.src[i] {
		case ' ', '\t', '\r', '\n', ',':
			i++
		case '#':
			for i < len(r.src) && r.src[i] != '\n' {
				i++
			}
		default:
			return i
		}
	}
	return i
}

// scalar converts a string, number, boolean, date or time. Strings and
// booleans keep their text; numbers are written in decimal (0x1F is "31",
// 1_000 is "1000", 1.0 is "1"), and dates and times in RFC 3339's form.
func (r *tomlReader) scalar(v *unstable.Node) (*Node, error) {
	n := &Node{Kind: Scalar, Pos: r.pos(int(v.Raw.Offset))}
	text := string(v.Data)
	switch v.Kind {
	case unstable.String:
		n.Value = text
	case unstable.Bool:
		n.Type, n.Value = Bool, text
	case unstable.Integer:
		i, err := strconv.ParseInt(strings.ReplaceAll(text, "_", ""), 0, 64)
		if err != nil {
			return nil, &Error{n.Pos, i18n.T("the number %s is too large; if it is a code rather than an amount, put it in quotes", text)}
		}
		n.Type, n.Value = Number, strconv.FormatInt(i, 10)
	case unstable.Float:
		f, err := tomlFloat(strings.ReplaceAll(text, "_", ""))
		if err != nil {
			return nil, &Error{n.Pos, i18n.T("the number %s is too large; if it is a code rather than an amount, put it in quotes", text)}
		}
		n.Type = Number
		if f == math.Trunc(f) && math.Abs(f) < 1e15 {
			n.Value = strconv.FormatInt(int64(f), 10)
		} else {
			n.Value = strconv.FormatFloat(f, 'g', -1, 64)
		}
	case unstable.LocalDate, unstable.LocalTime, unstable.LocalDateTime, unstable.DateTime:
		t, ok := tomlDateTime(text)
		if !ok {
			return nil, &Error{n.Pos, i18n.T("%s is not a date or a time in the calendar; write a date as 2023-06-02, with a time as 2023-06-02T09:30:00", text)}
		}
		n.Type, n.Value = DateTime, t
	}
	return n, nil
}

// tomlFloat reads a float without underscores, with TOML's signed nan.
func tomlFloat(s string) (float64, error) {
	if s == "+nan" || s == "-nan" {
		s = "nan"
	}
	return strconv.ParseFloat(s, 64)
}

// tomlDateTimes are the forms of TOML's dates and times, with the form
// each is written back in: seconds may be left out, and a local date-time
// or time keeps no zone.
var tomlDateTimes = []struct{ layout, format string }{
	{time.RFC3339Nano, time.RFC3339Nano},
	{"2006-01-02T15:04:05.999999999", "2006-01-02T15:04:05.999999999"},
	{"2006-01-02", "2006-01-02"},
	{"15:04:05.999999999", "15:04:05.999999999"},
	{"2006-01-02T15:04Z07:00", time.RFC3339Nano},
	{"2006-01-02T15:04", "2006-01-02T15:04:05.999999999"},
	{"15:04", "15:04:05.999999999"},
}

var tomlDateSeparators = strings.NewReplacer("z", "Z", "t", "T", " ", "T")

// tomlDateTime checks a date or time against the calendar and the clock,
// and writes it in its RFC 3339 form.
func tomlDateTime(text string) (string, bool) {
	text = tomlDateSeparators.Replace(text)
	for _, f := range tomlDateTimes {
		t, err := time.Parse(f.layout, text)
		if err != nil {
			continue
		}
		// time.Parse takes an hour of one digit; TOML wants two.
		for i := 0; i < len(f.layout) && f.layout[i] != '.' && f.layout[i] != 'Z'; i++ {
			if c := f.layout[i]; (c < '0' || c > '9') && (i >= len(text) || text[i] != c) {
				return "", false
			}
		}
		return t.Format(f.format), true
	}
	return "", false
}

// syntaxError places the parser's error at the first byte it blames.
func (r *tomlReader) syntaxError(err error) error {
	var pe *unstable.ParserError
	if !errors.As(err, &pe) {
		return &Error{r.off, i18n.T("TOML: %v", err)}
	}
	at := len(r.src)
	if pe.Highlight != nil {
		if o := cap(r.src) - cap(pe.Highlight); o >= 0 && o < len(r.src) {
			at = o
		}
	}
	return &Error{r.pos(at), i18n.T("TOML syntax: %s", r.words(pe.Message, at))}
}

// words returns go-toml's message msg, about the byte at, as a message of
// the catalogue, said in plain words, in Vietnamese too, for the messages
// editors meet; any other message is printed as go-toml words it.
func (r *tomlReader) words(msg string, at int) i18n.Text {
	for _, m := range tomlMessages {
		if msg == m.text {
			return m.words
		}
	}
	if strings.HasPrefix(msg, "unexpected character ") && strings.HasSuffix(msg, " at start of value") {
		// go-toml names the first byte; the editor typed a character.
		c, _ := utf8.DecodeRune(r.src[at:])
		if strings.ContainsRune("“”„‟‘’‚‛«»", c) {
			return i18n.T(`a value cannot start with %q: curly quotes are not quotes in TOML; type straight quotes, as in title = "Hội nghị"`, string(c))
		}
		return i18n.T(`a value cannot start with %q; text must be in quotes, as in title = "Hội nghị"`, string(c))
	}
	return i18n.T("%s", msg)
}

// tomlMessages are go-toml's messages that words finds in the catalogue,
// each with what to say instead.
var tomlMessages = []struct {
	text  string
	words i18n.Text
}{
	{"basic strings cannot have new lines", i18n.T(`text in double quotes must end on its line (is the closing " missing?); text over several lines goes between """ and """`)},
	{"literal strings cannot have new lines", i18n.T("text in single quotes must end on its line (is the closing ' missing?)")},
	{"unterminated basic string", i18n.T(`the closing " of the value is missing`)},
	{"unterminated literal string", i18n.T("the closing ' of the value is missing")},
	{`multiline basic string not terminated by """`, i18n.T(`text over several lines is not closed with """`)},
	{"multiline literal string not terminated by '''", i18n.T("text over several lines is not closed with '''")},
	{"expected '=' after key", i18n.T(`= is missing after the key; TOML writes key = value, as in title = "Hội nghị"`)},
	{"expected ']' to close table name", i18n.T("the table's name is not closed with ]")},
	{"expected ']]' to close array table name", i18n.T("the table's name is not closed with ]]")},
	{"array is incomplete", i18n.T("the list in [ ] is not closed with ]")},
	{"inline table is incomplete", i18n.T("the table in { } is not closed with }")},
	{"expected ',' or ']' after array value", i18n.T("a comma or the closing ] is missing in the list in [ ]")},
	{"expected ',' or '}' after inline table key-value", i18n.T("a comma or the closing } is missing in the table in { }")},
	{"strings must be quoted", i18n.T(`text must be in quotes, as in title = "Hội nghị"`)},
	{"expected value, not end of input", i18n.T("a value is missing after =")},
}
