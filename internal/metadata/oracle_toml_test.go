package metadata

// This file keeps the TOML reader that used github.com/BurntSushi/toml, as
// an oracle for the one that replaces it: FuzzTOMLOracle holds the two to
// the same trees, positions aside. It goes with the dependency.

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	gotoml "github.com/pelletier/go-toml/v2"

	"vinhdanh/internal/i18n"
)

func oldParseTOML(src []byte, off Pos) (*Node, error) {
	var data map[string]any
	md, err := toml.NewDecoder(bytes.NewReader(src)).Decode(&data)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, &Error{shift(Pos{max(pe.Position.Line, 1), max(pe.Position.Col, 1)}, off), i18n.T("TOML syntax: %s", pe.Message)}
		}
		return nil, &Error{off, i18n.T("TOML: %v", err)}
	}
	positions := oldScanTOMLKeys(src, off)
	root := &Node{Kind: Map, Pos: off}
	// Keys in document order: MetaData.Keys lists every key path as defined.
	for _, key := range md.Keys() {
		oldInsertTOML(root, key, data, positions)
	}
	return root, nil
}

// oldInsertTOML makes sure the node for key path exists in root, converting
// its value from data.
func oldInsertTOML(root *Node, path toml.Key, data map[string]any, positions map[string]oldTomlPos) {
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
			child = oldConvertTOML(cur, p, positions, path[:i+1])
			node.Entries = append(node.Entries, Entry{Key: k, KeyPos: p.key, Value: child})
		}
		if child.Kind != Map {
			return
		}
		node = child
	}
}

func oldConvertTOML(v any, p oldTomlPos, positions map[string]oldTomlPos, path []string) *Node {
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
			n.Items = append(n.Items, oldConvertTOML(m, ip, positions, append(path[:len(path):len(path)], fmt.Sprintf("[%d]", i))))
		}
	case []any:
		n.Kind = List
		for _, item := range x {
			n.Items = append(n.Items, oldConvertTOML(item, p, positions, path))
		}
	case map[string]any:
		n.Kind = Map
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		// Order keys by where they stand in the text.
		oldSortByPosition(keys, path, positions)
		for _, k := range keys {
			kp, ok := positions[strings.Join(append(path[:len(path):len(path)], k), "\x00")]
			if !ok {
				kp = p
			}
			n.Entries = append(n.Entries, Entry{Key: k, KeyPos: kp.key,
				Value: oldConvertTOML(x[k], kp, positions, append(path[:len(path):len(path)], k))})
		}
	case nil:
		n.Kind = Null
	default:
		n.Value = fmt.Sprint(x)
	}
	return n
}

func oldSortByPosition(keys []string, path []string, positions map[string]oldTomlPos) {
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

// oldTomlPos is where a key and its value stand.
type oldTomlPos struct {
	key, value Pos
}

// oldScanTOMLKeys finds where keys are defined, line by line: table headers
// ([decision]), array-of-table headers ([[attachments]], numbered [0], [1],
// ...), "key = value" lines, and keys inside inline tables on one line. Paths
// are joined with NUL. It only needs to be good enough to point an editor at
// the right line; values have already been decoded by the TOML library.
func oldScanTOMLKeys(src []byte, off Pos) map[string]oldTomlPos {
	positions := map[string]oldTomlPos{}
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
			base := oldSplitTOMLKey(name)
			joined := strings.Join(base, "\x00")
			n := arrayCount[joined]
			arrayCount[joined] = n + 1
			p := Pos{lineNo, column(raw, indent)}
			if _, ok := positions[joined]; !ok {
				positions[joined] = oldTomlPos{p, p}
			}
			table = append(base, fmt.Sprintf("[%d]", n))
			positions[strings.Join(table, "\x00")] = oldTomlPos{p, p}
		case strings.HasPrefix(trimmed, "["):
			name := strings.TrimSpace(strings.TrimPrefix(strings.SplitN(trimmed, "]", 2)[0], "["))
			table = oldSplitTOMLKey(name)
			p := Pos{lineNo, column(raw, indent)}
			positions[strings.Join(table, "\x00")] = oldTomlPos{p, p}
		default:
			eq := strings.IndexByte(line, '=')
			if eq < 0 {
				continue
			}
			keyPath := append(append([]string{}, table...), oldSplitTOMLKey(strings.TrimSpace(line[:eq]))...)
			valueStart := eq + 1
			for valueStart < len(line) && (line[valueStart] == ' ' || line[valueStart] == '\t') {
				valueStart++
			}
			key := strings.Join(keyPath, "\x00")
			if _, seen := positions[key]; !seen {
				positions[key] = oldTomlPos{Pos{lineNo, column(raw, indent)}, Pos{lineNo, column(raw, valueStart)}}
			}
			rest := line[valueStart:]
			if strings.HasPrefix(rest, "{") {
				oldScanInlineTable(rest, keyPath, lineNo, raw, valueStart, positions)
			}
		}
	}
	return positions
}

// oldScanInlineTable records the keys of a one-line inline table.
func oldScanInlineTable(rest string, path []string, lineNo int, raw []byte, offset int, positions map[string]oldTomlPos) {
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
			oldTomlPos{Pos{lineNo, column(raw, keyStart)}, Pos{lineNo, column(raw, valueStart)}}
		next := strings.IndexByte(rest[i+eq:], ',')
		if next < 0 {
			return
		}
		i += eq + next
	}
}

// oldSplitTOMLKey splits a dotted key, unquoting quoted parts.
func oldSplitTOMLKey(s string) []string {
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

// shape renders a tree without positions: kinds, types, values, key order.
func shape(n *Node) string {
	var b strings.Builder
	var walk func(n *Node)
	walk = func(n *Node) {
		switch n.Kind {
		case Map:
			b.WriteString("{")
			for i, e := range n.Entries {
				if i > 0 {
					b.WriteString(",")
				}
				fmt.Fprintf(&b, "%q:", e.Key)
				walk(e.Value)
			}
			b.WriteString("}")
		case List:
			b.WriteString("[")
			for i, it := range n.Items {
				if i > 0 {
					b.WriteString(",")
				}
				walk(it)
			}
			b.WriteString("]")
		case Scalar:
			fmt.Fprintf(&b, "%d%q", n.Type, n.Value)
		case Null:
			b.WriteString("null")
		}
	}
	walk(n)
	return b.String()
}

var tomlOracleSeeds = []string{
	"a = 1\n[b]\nc = \"d\"\n",
	"title = \"Hội nghị\"\ndate = 2023-06-02\nprovinces = [\"Bắc Kạn\", \"Thái Nguyên\"]\n\n[decision]\nnumber = \"946/QĐ-UBND\"\nrecipients = 12\n\n[[attachments]]\nfile = \"a.pdf\"\ntitle = \"A\"\n",
	"s = '''\n\"\"\"\nx = 1\n'''\ny = 2\n",
	"\"a.b\" = 1\n'c.d' = 2\n\"e\".f = 3\n",
	"a.b.c = 1\na.b.d = 2\na.e = 3\n",
	"t = {\n  a = 1,\n  b = [1,\n 2],\n}\n",
	"[[x]]\na = 1\n[[x]]\na = 2\n[x.y]\nz = 1\n",
	"# a \"quoted\" comment\na = \"# not a comment\" # \"x\"\n",
	"i = 0x1F\no = 0o17\nb = 0b101\nu = 1_000\nf = 1.0\ne = 1e3\ng = 3.14\nn = nan\np = +inf\nm = -inf\nz = -0.0\nbig = 1e20\n",
	"d = 2023-06-02\nt = 09:30:00\nl = 2023-06-02T09:30:00\no = 2023-06-02T09:30:00+07:00\nz = 2023-06-02T09:30:00Z\ns = 2023-06-02 09:30:00.123\nu = 07:32\nv = 1979-05-27t07:32:00z\n",
	"a = [[1, 2], [\"x\"], []]\nb = [{x = 1}, {y = 2, z = [3]}]\n",
	"[a.b.c]\nd = 1\n[a]\ne = 2\n",
	"a = \"\\u00e9\\t\\\\\"\nb = 'C:\\path'\nc = \"\"\"\\\n  joined \\\n  lines\"\"\"\n",
	"a = 1\na = 2\n", "[a]\n[a]\n", "a = 1\n[a]\n", "a = {b = 1}\na.c = 2\n", "[[a]]\n[a]\n", "a = []\n[[a]]\n",
	"a.b = 1\n[a]\n", "a.b = 1\n[a.c]\nd = 1\n", "[a.b]\n[a]\nb.c = 1\n", "x = {a.b = 1, a.c = 2}\n",
	"e = \"\\e\\x41\"\n", "d = 2023-02-30\n", "d = 1979-05-27T7:32:00\n", "i = 9223372036854775808\n", "f = 1e400\n",
	"a = 1 # c\n\n\n[ t ]\n  [ t . u ]\n x = 1\n", "[[ a . b ]]\n[[a.b]]\n", "\"\" = 1\n", "a = \"\"\"\"\"\"\"\"\n",
}

func FuzzTOMLOracle(f *testing.F) {
	for _, s := range tomlOracleSeeds {
		f.Add(s)
	}
	// The demo site's TOML front matter, and FuzzTOMLPositions's seeds.
	for _, s := range repositoryFiles(f) {
		if doc, err := Split([]byte(s)); err == nil && doc.Format == TOML {
			f.Add(string(doc.FrontMatter))
		}
	}
	seeds, _ := filepath.Glob("testdata/fuzz/FuzzTOMLPositions/*")
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		q, _ := strings.CutPrefix(string(b), "go test fuzz v1\nstring(")
		s, err := strconv.Unquote(strings.TrimSuffix(q, ")\n"))
		if err != nil {
			f.Fatal(p, err)
		}
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // Split's input is checked for UTF-8 before
		}
		src := Normalise([]byte(s))
		got, gotErr := parseTOML(src, Pos{1, 1})
		want, wantErr := oldParseTOML(src, Pos{1, 1})
		// The old reader ordered keys it could not place by name: the
		// order is compared by FuzzTOMLPositions, which holds keys in the
		// order they are written.
		switch {
		case gotErr == nil && wantErr == nil:
			if g, w := shape(sorted(got)), shape(sorted(want)); g != w {
				t.Fatalf("%q:\n got %s\nwant %s", src, g, w)
			}
		case gotErr == nil:
			t.Fatalf("%q: accepted, the old reader refuses it: %v\n%s", src, wantErr, shape(got))
		case wantErr == nil:
			// BurntSushi/toml accepts some documents that TOML forbids,
			// which go-toml's own decoder refuses too.
			var m map[string]any
			if gotoml.Unmarshal(src, &m) == nil {
				t.Fatalf("%q: refused (%v), the old reader and go-toml accept it:\n%s", src, gotErr, shape(want))
			}
		}
	})
}

// sorted returns a copy of n with the keys of every map in order.
func sorted(n *Node) *Node {
	c := *n
	c.Entries = nil
	for _, e := range n.Entries {
		e.Value = sorted(e.Value)
		c.Entries = append(c.Entries, e)
	}
	slices.SortStableFunc(c.Entries, func(a, b Entry) int { return strings.Compare(a.Key, b.Key) })
	c.Items = nil
	for _, it := range n.Items {
		c.Items = append(c.Items, sorted(it))
	}
	return &c
}

func BenchmarkOldParseTOML(b *testing.B) {
	b.SetBytes(int64(len(articleTOML)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := oldParseTOML(articleTOML, Pos{2, 1}); err != nil {
			b.Fatal(err)
		}
	}
}
