package metadata

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

func parseYAML(src []byte, off Pos) (*Node, error) {
	if n, ok := parseSimpleYAML(src, off); ok {
		return n, nil
	}
	return parseYAMLv3(src, off)
}

// parseYAMLv3 reads any YAML with yaml.v3.
func parseYAMLv3(src []byte, off Pos) (*Node, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, yamlError(src, err, off)
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, nil
	}
	return convertYAML(doc.Content[0], off, 0)
}

// yamlLine finds the line number yaml.v3 puts in its messages.
var yamlLine = regexp.MustCompile(`^yaml: (?:line (\d+): )?(.*)$`)

func yamlError(src []byte, err error, off Pos) error {
	msg := err.Error()
	if te, ok := err.(*yaml.TypeError); ok {
		msg = strings.Join(te.Errors, "; ")
	}
	m := yamlLine.FindStringSubmatch(msg)
	if m == nil {
		return &Error{off, "YAML: " + msg}
	}
	line, _ := strconv.Atoi(m[1])
	text := m[2]
	// yaml.v3's parser (unlike its scanner) reports the line before the
	// problem, counting from zero.
	if strings.HasPrefix(text, "did not find expected") {
		line++
	}
	if line == 0 {
		line = 1
	}
	hint := yamlHint(src, line, text)
	return &Error{shift(Pos{line, 1}, off), "YAML syntax: " + text + hint}
}

// yamlHint adds the fix for the syntax errors editors make most.
func yamlHint(src []byte, line int, msg string) string {
	lines := strings.Split(string(src), "\n")
	if line-1 < len(lines) {
		l := lines[line-1]
		if strings.Contains(msg, "mapping values are not allowed") && strings.Count(l, ":") > 1 {
			return `; a value that contains ": " must be quoted, e.g. title: "Hội nghị: tổng kết"`
		}
		if strings.Contains(l, "\t") {
			return "; indent with spaces, not tabs"
		}
	}
	if strings.Contains(msg, "did not find expected key") || strings.Contains(msg, "could not find expected ':'") {
		return `; every line is "key: value", and nested lines are indented with spaces`
	}
	if strings.Contains(msg, "found character that cannot start any token") {
		return "; quote the value, or indent with spaces instead of tabs"
	}
	return ""
}

func convertYAML(y *yaml.Node, off Pos, depth int) (*Node, error) {
	if depth > 64 {
		return nil, &Error{shift(Pos{y.Line, y.Column}, off), "YAML nests too deeply"}
	}
	pos := shift(Pos{y.Line, y.Column}, off)
	// Anchors and aliases are refused: nobody needs them in front matter,
	// and expanding them lets a few hundred bytes grow without bound.
	if y.Kind == yaml.AliasNode || y.Anchor != "" {
		return nil, &Error{pos, "YAML anchors and aliases (& and *) are not supported; write the value out in full"}
	}
	switch y.Kind {
	case yaml.ScalarNode:
		n := &Node{Kind: Scalar, Value: y.Value, Pos: pos}
		if y.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) == 0 {
			switch y.Tag {
			case "!!null":
				n.Kind = Null
			case "!!int", "!!float":
				n.Type = Number
			case "!!bool":
				n.Type = Bool
			}
		}
		return n, nil
	case yaml.SequenceNode:
		n := &Node{Kind: List, Pos: pos}
		for _, c := range y.Content {
			item, err := convertYAML(c, off, depth+1)
			if err != nil {
				return nil, err
			}
			n.Items = append(n.Items, item)
		}
		return n, nil
	case yaml.MappingNode:
		n := &Node{Kind: Map, Pos: pos}
		seen := map[string]Pos{}
		for i := 0; i+1 < len(y.Content); i += 2 {
			k, v := y.Content[i], y.Content[i+1]
			kpos := shift(Pos{k.Line, k.Column}, off)
			if k.Kind != yaml.ScalarNode {
				return nil, &Error{kpos, "a key must be plain text"}
			}
			if k.Value == "<<" {
				return nil, &Error{kpos, "YAML merge keys (<<) are not supported; write the keys out"}
			}
			if first, dup := seen[k.Value]; dup {
				return nil, &Error{kpos, fmt.Sprintf("key %q appears twice (first on line %d)", k.Value, first.Line)}
			}
			seen[k.Value] = kpos
			val, err := convertYAML(v, off, depth+1)
			if err != nil {
				return nil, err
			}
			n.Entries = append(n.Entries, Entry{Key: k.Value, KeyPos: kpos, Value: val})
		}
		return n, nil
	}
	return &Node{Kind: Null, Pos: pos}, nil
}
