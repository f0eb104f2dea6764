package metadata

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"vinhdanh/internal/i18n"
)

func parseTOML(src []byte, off Pos) (*Node, error) {
	var data map[string]any
	md, err := toml.NewDecoder(bytes.NewReader(src)).Decode(&data)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, &Error{shift(Pos{max(pe.Position.Line, 1), max(pe.Position.Col, 1)}, off), i18n.T("TOML syntax: %s", pe.Message)}
		}
		return nil, &Error{off, i18n.T("TOML: %v", err)}
	}
	positions := scanTOMLKeys(src, off)
	root := &Node{Kind: Map, Pos: off}
	// Keys in document order: MetaData.Keys lists every key path as defined.
	for _, key := range md.Keys() {
		insertTOML(root, key, data, positions)
	}
	return root, nil
}

// insertTOML makes sure the node for key path exists in root, converting
// its value from data.
func insertTOML(root *Node, path toml.Key, data map[string]any, positions map[string]tomlPos) {
	node := root
	var cur any = data
	for i, k := range path {
		m, ok := cur.(map[string]any)
		if !ok {
			return // inside an array of tables: converted with the array
		}
		cur = m[k]
		child := node.Get(k)
		if child == nil {
			p := positions[strings.Join(path[:i+1], "\x00")]
			child = convertTOML(cur, p, positions, path[:i+1])
			node.Entries = append(node.Entries, Entry{Key: k, KeyPos: p.key, Value: child})
		}
		if child.Kind != Map {
			return
		}
		node = child
	}
}

func convertTOML(v any, p tomlPos, positions map[string]tomlPos, path []string) *Node {
	n := &Node{Kind: Scalar, Pos: p.value}
	switch x := v.(type) {
	case string:
		n.Value = x
	case bool:
		n.Type, n.Value = Bool, strconv.FormatBool(x)
	case int64:
		n.Type, n.Value = Number, strconv.FormatInt(x, 10)
	case float64:
		n.Type = Number
		if x == math.Trunc(x) && math.Abs(x) < 1e15 {
			n.Value = strconv.FormatInt(int64(x), 10)
		} else {
			n.Value = strconv.FormatFloat(x, 'g', -1, 64)
		}
	case time.Time:
		n.Type = DateTime
		// The library marks local date-times by the name of their zone.
		switch x.Location().String() {
		case "date-local":
			n.Value = x.Format("2006-01-02")
		case "datetime-local":
			n.Value = x.Format("2006-01-02T15:04:05.999999999")
		case "time-local":
			n.Value = x.Format("15:04:05.999999999")
		default:
			n.Value = x.Format(time.RFC3339Nano)
		}
	case []map[string]any:
		n.Kind = List
		for i, m := range x {
			ip := positions[strings.Join(path, "\x00")+fmt.Sprintf("\x00[%d]", i)]
			if ip.value.Line == 0 {
				ip = p
			}
			n.Items = append(n.Items, convertTOML(m, ip, positions, append(path[:len(path):len(path)], fmt.Sprintf("[%d]", i))))
		}
	case []any:
		n.Kind = List
		for _, item := range x {
			n.Items = append(n.Items, convertTOML(item, p, positions, path))
		}
	case map[string]any:
		n.Kind = Map
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		// Order keys by where they stand in the text.
		sortByPosition(keys, path, positions)
		for _, k := range keys {
			kp, ok := positions[strings.Join(append(path[:len(path):len(path)], k), "\x00")]
			if !ok {
				kp = p
			}
			n.Entries = append(n.Entries, Entry{Key: k, KeyPos: kp.key,
				Value: convertTOML(x[k], kp, positions, append(path[:len(path):len(path)], k))})
		}
	case nil:
		n.Kind = Null
	default:
		n.Value = fmt.Sprint(x)
	}
	return n
}

func sortByPosition(keys []string, path []string, positions map[string]tomlPos) {
	at := func(k string) Pos {
		return positions[strings.Join(append(path[:len(path):len(path)], k), "\x00")].key
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0; j-- {
			a, b := at(keys[j-1]), at(keys[j])
			if a.Line < b.Line || (a.Line == b.Line && a.Col <= b.Col) {
				if a != b || keys[j-1] <= keys[j] {
					break
				}
			}
			keys[j-1], keys[j] = keys[j], keys[j-1]
		}
	}
}

// tomlPos is where a key and its value stand.
type tomlPos struct {
	key, value Pos
}

// scanTOMLKeys finds where keys are defined, line by line: table headers
// ([decision]), array-of-table headers ([[attachments]], numbered [0], [1],
// ...), "key = value" lines, and keys inside inline tables on one line. Paths
// are joined with NUL. It only needs to be good enough to point an editor at
// the right line; values have already been decoded by the TOML library.
func scanTOMLKeys(src []byte, off Pos) map[string]tomlPos {
	positions := map[string]tomlPos{}
	var table []string
	arrayCount := map[string]int{}
	lines := bytes.Split(src, []byte("\n"))
	inString := "" // the delimiter of a multi-line string being skipped
	for i, raw := range lines {
		lineNo := i + off.Line
		line := string(raw)
		if inString != "" {
			if strings.Count(line, inString)%2 == 1 {
				inString = ""
			}
			continue
		}
		for _, delim := range []string{`"""`, "'''"} {
			if strings.Count(line, delim)%2 == 1 {
				inString = delim
			}
		}
		trimmed := strings.TrimSpace(line)
		indent := len(line) - len(strings.TrimLeft(line, " \t"))
		switch {
		case trimmed == "" || strings.HasPrefix(trimmed, "#"):
			continue
		case strings.HasPrefix(trimmed, "[["):
			name := strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(strings.SplitN(trimmed, "]]", 2)[0], "[["), "]]"))
			base := splitTOMLKey(name)
			joined := strings.Join(base, "\x00")
			n := arrayCount[joined]
			arrayCount[joined] = n + 1
			p := Pos{lineNo, column(raw, indent)}
			if _, ok := positions[joined]; !ok {
				positions[joined] = tomlPos{p, p}
			}
			table = append(base, fmt.Sprintf("[%d]", n))
			positions[strings.Join(table, "\x00")] = tomlPos{p, p}
		case strings.HasPrefix(trimmed, "["):
			name := strings.TrimSpace(strings.TrimPrefix(strings.SplitN(trimmed, "]", 2)[0], "["))
			table = splitTOMLKey(name)
			p := Pos{lineNo, column(raw, indent)}
			positions[strings.Join(table, "\x00")] = tomlPos{p, p}
		default:
			eq := strings.IndexByte(line, '=')
			if eq < 0 {
				continue
			}
			keyPath := append(append([]string{}, table...), splitTOMLKey(strings.TrimSpace(line[:eq]))...)
			valueStart := eq + 1
			for valueStart < len(line) && (line[valueStart] == ' ' || line[valueStart] == '\t') {
				valueStart++
			}
			key := strings.Join(keyPath, "\x00")
			if _, seen := positions[key]; !seen {
				positions[key] = tomlPos{Pos{lineNo, column(raw, indent)}, Pos{lineNo, column(raw, valueStart)}}
			}
			rest := line[valueStart:]
			if strings.HasPrefix(rest, "{") {
				scanInlineTable(rest, keyPath, lineNo, raw, valueStart, positions)
			}
		}
	}
	return positions
}

// scanInlineTable records the keys of a one-line inline table.
func scanInlineTable(rest string, path []string, lineNo int, raw []byte, offset int, positions map[string]tomlPos) {
	for i := 1; i < len(rest); i++ {
		eq := strings.IndexByte(rest[i:], '=')
		if eq < 0 {
			return
		}
		name := strings.TrimSpace(strings.TrimLeft(rest[i:i+eq], "{, "))
		if name == "" || strings.ContainsAny(name, "{}\"") {
			return
		}
		keyStart := offset + i + strings.Index(rest[i:], name)
		valueStart := offset + i + eq + 1
		for valueStart < len(raw) && raw[valueStart] == ' ' {
			valueStart++
		}
		positions[strings.Join(append(append([]string{}, path...), name), "\x00")] =
			tomlPos{Pos{lineNo, column(raw, keyStart)}, Pos{lineNo, column(raw, valueStart)}}
		next := strings.IndexByte(rest[i+eq:], ',')
		if next < 0 {
			return
		}
		i += eq + next
	}
}

// splitTOMLKey splits a dotted key, unquoting quoted parts.
func splitTOMLKey(s string) []string {
	var parts []string
	for _, p := range strings.Split(s, ".") {
		p = strings.TrimSpace(p)
		if len(p) >= 2 && p[0] == '"' && p[len(p)-1] == '"' {
			// A basic string's escapes (\u0007, \") are Go's too.
			if unquoted, err := strconv.Unquote(p); err == nil {
				p = unquoted
			} else {
				p = p[1 : len(p)-1]
			}
		} else if len(p) >= 2 && p[0] == '\'' && p[len(p)-1] == '\'' {
			p = p[1 : len(p)-1]
		}
		parts = append(parts, p)
	}
	return parts
}
