package metadata

import (
	"bytes"
	"unicode/utf8"
)

// parseSimpleYAML reads the YAML that nearly all front matter is, one key a
// line, without yaml.v3, whose parser costs more than the rest of reading an
// article. It returns what parseYAML returns for the same text, or false for
// any text it does not take, which yaml.v3 then reads; FuzzSimpleYAML
// compares the two.
//
// It takes: keys at the start of a line, made of ASCII letters, digits, _
// and - and starting with a letter, each once; values on the key's line
// that are double-quoted without \ or ", single-quoted without ', plain
// text that is not a number, a date or a YAML indicator, or a one-line
// flow list of such values; and, under a key with nothing after its colon,
// a block list ("- value" lines, all at one indentation) or a map of such
// keys and values, all at one indentation. Blank lines and lines starting
// with # are skipped. Tabs, control characters, multi-line values, deeper
// nesting, anchors, tags and empty values are left to yaml.v3.
func parseSimpleYAML(src []byte, off Pos) (*Node, bool) {
	if !simpleText(src) {
		return nil, false
	}
	root := &Node{Kind: Map}
	var list *Node      // the block list being read, under the last key
	listIndent := -1    // its items' indentation
	var inner *Node     // the map being read, under the last key
	innerIndent := -1   // its keys' indentation
	pendingKey := false // the last key had nothing after its colon
	for lineNo := 1; len(src) > 0; lineNo++ {
		line, rest, _ := bytes.Cut(src, []byte("\n"))
		src = rest
		if onlySpaces(line) || line[0] == '#' {
			continue
		}
		indent := countSpaces(line)
		if pendingKey || list != nil || inner != nil {
			last := &root.Entries[len(root.Entries)-1]
			if item, ok := bytes.CutPrefix(line[indent:], []byte("- ")); ok && inner == nil {
				if list == nil {
					list = &Node{Kind: List, Pos: shift(Pos{lineNo, indent + 1}, off)}
					listIndent = indent
					last.Value = list
					pendingKey = false
				}
				if indent != listIndent {
					return nil, false
				}
				at := indent + 2 + countSpaces(item)
				value, end, ok := simpleScalar(line, at, lineNo, off, false)
				if !ok || !onlySpaces(line[end:]) {
					return nil, false
				}
				list.Items = append(list.Items, value)
				continue
			}
			if indent > 0 && list == nil {
				if inner == nil {
					inner = &Node{Kind: Map, Pos: shift(Pos{lineNo, indent + 1}, off)}
					innerIndent = indent
					last.Value = inner
					pendingKey = false
				}
				// One level of keys, each with its value on its line.
				if pending, ok := simpleEntry(inner, line, indent, lineNo, off); indent != innerIndent || pending || !ok {
					return nil, false
				}
				continue
			}
			if pendingKey {
				return nil, false // an empty value: yaml.v3 places its null
			}
			list, inner = nil, nil
		}
		if indent > 0 {
			return nil, false
		}
		if len(root.Entries) == 0 {
			root.Pos = shift(Pos{lineNo, 1}, off)
		}
		pending, ok := simpleEntry(root, line, 0, lineNo, off)
		if !ok {
			return nil, false
		}
		pendingKey = pending
	}
	if len(root.Entries) == 0 || pendingKey {
		return nil, false
	}
	return root, true
}

// simpleEntry adds to m the key that starts at line[indent] and its value,
// or reports pending for a key with nothing after its colon (whose value
// is on the lines below), or false for a line it does not take.
func simpleEntry(m *Node, line []byte, indent, lineNo int, off Pos) (pending, ok bool) {
	keyEnd := simpleKey(line[indent:])
	if keyEnd < 0 {
		return false, false
	}
	keyEnd += indent
	key := string(line[indent:keyEnd])
	if m.Get(key) != nil {
		return false, false // yaml.v3's path reports the second key
	}
	m.Entries = append(m.Entries, Entry{Key: key, KeyPos: shift(Pos{lineNo, indent + 1}, off)})
	after := line[keyEnd+1:]
	if onlySpaces(after) {
		return true, true
	}
	if after[0] != ' ' {
		return false, false
	}
	at := keyEnd + 1 + countSpaces(after)
	var value *Node
	var end int
	if line[at] == '[' {
		value, end, ok = simpleFlowList(line, at, lineNo, off)
	} else {
		value, end, ok = simpleScalar(line, at, lineNo, off, false)
	}
	if !ok || !onlySpaces(line[end:]) {
		return false, false
	}
	m.Entries[len(m.Entries)-1].Value = value
	return false, true
}

// simpleText reports whether src is free of tabs, of the characters YAML
// does not allow (yaml.v3's is_printable), byte-order marks included, and
// of the line breaks other than \n that yaml.v3 knows (U+0085, U+2028,
// U+2029).
func simpleText(src []byte) bool {
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			if c < ' ' && c != '\n' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(src[i:])
		switch {
		case r == utf8.RuneError && size == 1, r == 0xFEFF, r < 0xA0, // U+0085 ends a line for yaml.v3
			r == 0x2028, r == 0x2029, // and so do these
			r >= 0xD800 && r < 0xE000, r == 0xFFFE, r == 0xFFFF:
			return false
		}
		i += size
	}
	return true
}

// simpleKey returns the length of the key that starts line, followed by
// a colon and then a space or the end of the line, or -1. Keys longer than
// maxSimpleKey are left to yaml.v3 (YAML bounds a key written without
// ? to 1,024 characters; front matter keys are a few).
func simpleKey(line []byte) int {
	if len(line) == 0 || !isASCIILetter(line[0]) {
		return -1
	}
	for i := 1; i < len(line) && i <= maxSimpleKey; i++ {
		switch c := line[i]; {
		case isASCIILetter(c), c >= '0' && c <= '9', c == '_', c == '-':
		case c == ':' && (i+1 == len(line) || line[i+1] == ' '):
			return i
		default:
			return -1
		}
	}
	return -1
}

// simpleFlowList reads a one-line flow list such as ["a", b] that starts at
// line[at], and returns it with the offset just past its ].
func simpleFlowList(line []byte, at, lineNo int, off Pos) (*Node, int, bool) {
	list := &Node{Kind: List, Pos: shift(Pos{lineNo, utf8.RuneCount(line[:at]) + 1}, off)}
	i := at + 1
	i += countSpaces(line[i:])
	if i < len(line) && line[i] == ']' {
		return list, i + 1, true
	}
	for {
		item, end, ok := simpleScalar(line, i, lineNo, off, true)
		if !ok {
			return nil, 0, false
		}
		list.Items = append(list.Items, item)
		i = end + countSpaces(line[end:])
		if i == len(line) {
			return nil, 0, false
		}
		switch line[i] {
		case ']':
			return list, i + 1, true
		case ',':
			i++
			i += countSpaces(line[i:])
		default:
			return nil, 0, false
		}
	}
}

// simpleScalar reads the scalar that starts at line[at] and returns it with
// the offset just past it. In a flow list a plain scalar ends at , or ].
func simpleScalar(line []byte, at, lineNo int, off Pos, inFlow bool) (*Node, int, bool) {
	if at >= len(line) {
		return nil, 0, false
	}
	pos := shift(Pos{lineNo, utf8.RuneCount(line[:at]) + 1}, off)
	switch quote := line[at]; quote {
	case '"', '\'':
		end := bytes.IndexByte(line[at+1:], quote)
		if end < 0 {
			return nil, 0, false
		}
		text := line[at+1 : at+1+end]
		if quote == '"' && bytes.IndexByte(text, '\\') >= 0 {
			return nil, 0, false
		}
		return &Node{Kind: Scalar, Value: string(text), Pos: pos}, at + end + 2, true
	}
	end := len(line)
	if inFlow {
		if i := bytes.IndexAny(line[at:], ",]"); i >= 0 {
			end = at + i
		}
	}
	text := bytes.TrimRight(line[at:end], " ")
	if !simplePlain(text, inFlow) {
		return nil, 0, false
	}
	n := &Node{Kind: Scalar, Value: string(text), Pos: pos, Plain: true}
	switch n.Value {
	case "true", "True", "TRUE", "false", "False", "FALSE":
		n.Type = Bool
	case "~", "null", "Null", "NULL":
		n.Kind = Null
	}
	return n, at + len(text), true
}

// simplePlain reports whether text is a plain scalar, all of it, that
// yaml.v3 reads as a string, a boolean or null: it does not start with an
// indicator, a digit, a sign or a dot (numbers, dates and .inf are left to
// yaml.v3), and holds no ": " or " #", nor, in a flow list, any indicator.
func simplePlain(text []byte, inFlow bool) bool {
	if len(text) == 0 || bytes.IndexByte([]byte("-?:,[]{}#&*!|>'\"%@`+.0123456789 "), text[0]) >= 0 {
		return false
	}
	if text[len(text)-1] == ':' || bytes.Contains(text, []byte(": ")) || bytes.Contains(text, []byte(" #")) {
		return false
	}
	// In a flow list yaml.v3 gives indicators inside a plain value more
	// meanings ("[A?]" is refused); values with any are left to it.
	return !inFlow || !bytes.ContainsAny(text, "[]{}?:#&*!|>'\"%@`")
}

const maxSimpleKey = 64

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func countSpaces(b []byte) int { return len(b) - len(bytes.TrimLeft(b, " ")) }

func onlySpaces(b []byte) bool { return countSpaces(b) == len(b) }
