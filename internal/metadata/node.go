package metadata

import (
	"fmt"
	"strings"

	"vinhdanh/internal/i18n"
)

// Kind is the shape of a Node.
type Kind int

const (
	Null Kind = iota
	Scalar
	Map
	List
)

// ScalarType tells how a scalar was written.
type ScalarType int

const (
	String ScalarType = iota // quoted, or plain text
	Number
	Bool
	DateTime // a TOML date or time literal
)

// Pos is a place in a file: 1-based line and column (in characters).
type Pos struct {
	Line, Col int
}

// Node is a value in a document: a scalar, a map with its keys in order, a
// list, or null.
type Node struct {
	Kind  Kind
	Type  ScalarType // for scalars
	Value string     // for scalars: the text, unquoted
	Pos   Pos        // where the value starts
	// Entries are a map's key-value pairs in document order.
	Entries []Entry
	// Items are a list's elements.
	Items []*Node
	// Plain is set for a YAML scalar written without quotes, and Comment
	// holds the comment ("#" included) that YAML read after such a value
	// on its line: Decoder's String and Strings use them to undo what a
	// paste from a word processor does to YAML.
	Plain   bool
	Comment string
}

// Entry is one key of a map, with its value.
type Entry struct {
	Key    string
	KeyPos Pos
	Value  *Node
}

// Get returns the value of key in a map node, or nil.
func (n *Node) Get(key string) *Node {
	if n == nil {
		return nil
	}
	for _, e := range n.Entries {
		if e.Key == key {
			return e.Value
		}
	}
	return nil
}

// Describe names the kind of n for messages: "a list", "a map", "text", ...
func (n *Node) Describe() i18n.Text {
	switch n.Kind {
	case Null:
		return i18n.T("nothing")
	case Map:
		return i18n.T("a map")
	case List:
		return i18n.T("a list")
	}
	switch n.Type {
	case Number:
		return i18n.T("a number")
	case Bool:
		return i18n.T("true/false")
	case DateTime:
		return i18n.T("a date")
	}
	if strings.TrimSpace(n.Value) == "" {
		return i18n.T("empty text")
	}
	return i18n.T("text")
}

// Error is a syntax error in a document.
type Error struct {
	Pos     Pos
	Message i18n.Text
}

func (e *Error) Error() string {
	return fmt.Sprintf("%d:%d: %s", e.Pos.Line, e.Pos.Col, e.Message.String())
}

// Format is a document syntax.
type Format string

const (
	YAML Format = "yaml"
	TOML Format = "toml"
	JSON Format = "json"
)

// Parse decodes src in format f. Positions in the result and in a returned
// *Error are shifted by offset: the line and column in the enclosing file
// where src begins (Pos{1, 1} for a whole file). The top level must be a map
// (an empty document gives an empty map). Parse does not look inside
// values: Decoder.CheckText does, for characters that pages cannot show.
func Parse(f Format, src []byte, offset Pos) (*Node, error) {
	var n *Node
	var err error
	switch f {
	case YAML:
		n, err = parseYAML(src, offset)
	case TOML:
		n, err = parseTOML(src, offset)
	case JSON:
		n, err = parseJSON(src, offset)
	default:
		return nil, i18n.Errorf("unknown format %q", f)
	}
	if err != nil {
		// The libraries refuse control characters each in its own words,
		// and yaml.v3 without a column: they get the words that the same
		// character written as an escape gets (Decoder.CheckText).
		if i, r := firstRefused(string(src)); i >= 0 {
			return nil, &Error{shift(position(src, i), offset), refusedMessage(r)}
		}
		return nil, err
	}
	if n == nil || n.Kind == Null {
		n = &Node{Kind: Map, Pos: offset}
	}
	if n.Kind != Map {
		return nil, &Error{n.Pos, i18n.T("expected keys and values (key: value), found %s", n.Describe())}
	}
	return n, nil
}

// shift moves p, relative to a document, to where the document stands in
// its file.
func shift(p, offset Pos) Pos {
	if p.Line == 1 {
		p.Col += offset.Col - 1
	}
	p.Line += offset.Line - 1
	return p
}

// column converts a 0-based byte offset within line to a 1-based character column.
func column(line []byte, byteOffset int) int {
	if byteOffset > len(line) {
		byteOffset = len(line)
	}
	return len([]rune(string(line[:byteOffset]))) + 1
}

// position converts a 0-based byte offset in src to a Pos.
func position(src []byte, offset int) Pos {
	if offset > len(src) {
		offset = len(src)
	}
	line := 1
	start := 0
	for i := 0; i < offset; i++ {
		if src[i] == '\n' {
			line++
			start = i + 1
		}
	}
	return Pos{line, column(src[start:], offset-start)}
}
