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
	lines := strings.Split(string(src), "\n")
	l := ""
	if line-1 < len(lines) {
		l = lines[line-1]
	}
	col := column([]byte(l), yamlFault(l, text))
	return &Error{shift(Pos{line, col}, off), "YAML syntax: " + text + yamlHint(l, text)}
}

// yamlFault returns the byte offset in line of the character at fault for
// yaml.v3's message msg, which names only the line: the second colon of
// "mapping values are not allowed", the tab, the character that cannot
// start a value, what follows a closed quoted value, the unknown escape;
// otherwise the line's first character that is not a space.
func yamlFault(line, msg string) int {
	at := -1
	switch {
	case strings.Contains(msg, "mapping values are not allowed"):
		if k := keyColon(line); k >= 0 {
			if i := keyColon(line[k+1:]); i >= 0 {
				at = k + 1 + i
			}
		}
	case strings.Contains(msg, "tab character"):
		at = strings.IndexByte(line, '\t')
	case strings.Contains(msg, "cannot start any token"):
		for i := 0; i < len(line); i++ {
			if strings.IndexByte("@`\t", line[i]) >= 0 && (i == 0 || strings.IndexByte(" [{,", line[i-1]) >= 0) {
				at = i
				break
			}
		}
	case strings.Contains(msg, "did not find expected key"), strings.Contains(msg, "could not find expected ':'"):
		if _, end, ok := quotedValue(line); ok && end < len(line) {
			at = end + countSpaces([]byte(line[end:]))
		}
	case strings.Contains(msg, "unknown escape character"):
		for i := strings.IndexByte(line, '"') + 1; i > 0 && i+1 < len(line); i++ {
			if line[i] == '\\' {
				if strings.IndexByte("0abt\tnvfre \"/\\N_LPxuU", line[i+1]) < 0 {
					at = i
					break
				}
				i++
			}
		}
	}
	if at < 0 {
		at = len(line) - len(strings.TrimLeft(line, " \t"))
	}
	return at
}

// keyColon returns the offset of the first colon in line that is followed
// by a space or ends it, or -1.
func keyColon(line string) int {
	for i := 0; i < len(line); i++ {
		if line[i] == ':' && (i+1 == len(line) || line[i+1] == ' ') {
			return i
		}
	}
	return -1
}

// quotedValue finds the value after the line's key (or list dash) when it
// starts with a quote: it returns the offset where the value starts, the
// offset just past its closing quote, and whether there is one.
func quotedValue(line string) (start, end int, ok bool) {
	start = 0
	if k := keyColon(line); k >= 0 {
		start = k + 1
	}
	start += countSpaces([]byte(line[start:]))
	if rest, found := strings.CutPrefix(line[start:], "- "); found && start == countSpaces([]byte(line)) {
		start = len(line) - len(rest)
		start += countSpaces([]byte(line[start:]))
	}
	if start >= len(line) || line[start] != '"' && line[start] != '\'' {
		return start, 0, false
	}
	q := line[start]
	for i := start + 1; i < len(line); i++ {
		switch {
		case q == '"' && line[i] == '\\':
			i++
		case line[i] == q && q == '\'' && i+1 < len(line) && line[i+1] == '\'':
			i++
		case line[i] == q:
			return start, i + 1, true
		}
	}
	return start, 0, false
}

// yamlHint adds the fix for the syntax errors editors make most, from the
// line yaml.v3 names.
func yamlHint(l, msg string) string {
	key := ""
	if k := keyColon(l); k >= 0 {
		key = strings.TrimSpace(l[:k])
	}
	value := ""
	if start, _, _ := quotedValue(l); start < len(l) {
		value = strings.TrimSpace(l[start:])
	}
	if strings.ContainsAny(l, "“”‘’„") {
		if inner, _, _, ok := curlyQuoted(value); ok && key != "" {
			return fmt.Sprintf(`; curly quotes “ ” are not quotes in YAML: type straight quotes, as in %s`, key+": "+yamlQuote(inner))
		}
		return `; curly quotes “ ” are not quotes in YAML: type straight quotes " or '`
	}
	if strings.Contains(msg, "did not find expected key") && strings.HasPrefix(value, `"`) && strings.HasSuffix(value, `"`) && len(value) > 2 && key != "" {
		inner := value[1 : len(value)-1]
		return fmt.Sprintf("; a value that holds double quotes needs single quotes around it, as in %s (or write the inner quotes as “ ”)", key+": '"+strings.ReplaceAll(inner, "'", "''")+"'")
	}
	if strings.Contains(msg, "mapping values are not allowed") && strings.Count(l, ":") > 1 {
		return `; a value that contains ": " must be quoted, e.g. title: "Hội nghị: tổng kết"`
	}
	if strings.Contains(l, "\t") {
		return "; indent with spaces, not tabs"
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
			n.Plain, n.Comment = true, y.LineComment
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
