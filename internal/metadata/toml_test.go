package metadata

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pelletier/go-toml/v2"
)

func TestTOMLKeyPositions(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		// A """ inside a literal string opens nothing.
		{"s = '''\n\"\"\"\n'''\nprovince = \"Nghệ An\"\n",
			"s@1:1 = \"\\\"\\\"\\\"\\n\"@1:5\nprovince@4:1 = \"Nghệ An\"@4:12\n"},
		// A quoted key with a dot is one key.
		{"\"a.b\" = 1\n", "a.b@1:1 = \"1\"@1:9\n"},
		// Each part of a dotted key stands where it is written.
		{"a.b.c = 1\n", "a@1:1 =\n  b@1:3 =\n    c@1:5 = \"1\"@1:9\n"},
		// The keys of an inline table over several lines.
		{"t = {\n  x = 1,\n  y = [2,\n    3],\n}\n", "t@1:1 =\n  x@2:3 = \"1\"@2:7\n  y@3:3 =\n    - \"2\"@3:8\n    - \"3\"@4:5\n"},
		// Each [[x]] is one item; its keys are under it.
		{"[[x]]\na = 1\n[[x]]\na = 2\n", "x@1:3 =\n  - \n    a@2:1 = \"1\"@2:5\n  - \n    a@4:1 = \"2\"@4:5\n"},
		// Quotes in comments.
		{"# \"a\" = 1\nb = \"#\" # \"c\"\n", "b@2:1 = \"#\"@2:5\n"},
	} {
		n, err := Parse(TOML, []byte(tc.src), Pos{1, 1})
		if err != nil {
			t.Errorf("%q: %v", tc.src, err)
			continue
		}
		if got := dump(n); got != tc.want {
			t.Errorf("%q:\n%s\nwant\n%s", tc.src, got, tc.want)
		}
	}
}

func TestTOMLValues(t *testing.T) {
	n, err := Parse(TOML, []byte(`i = 0x1F
u = 1_000
f = 1.0
g = 2.5
big = 1e20
n = nan
inf = -inf
b = true
d = 2023-06-02
t = 07:32
l = 1979-05-27 07:32:00.5
o = 1979-05-27t07:32:00+00:00
e = "\e\x41\u00e9"
m = """\
  một \
  dòng"""
`), Pos{1, 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []struct {
		key, value string
		typ        ScalarType
	}{
		{"i", "31", Number}, {"u", "1000", Number}, {"f", "1", Number}, {"g", "2.5", Number}, {"big", "1e+20", Number},
		{"n", "NaN", Number}, {"inf", "-Inf", Number}, {"b", "true", Bool}, {"d", "2023-06-02", DateTime},
		{"t", "07:32:00", DateTime}, {"l", "1979-05-27T07:32:00.5", DateTime}, {"o", "1979-05-27T07:32:00Z", DateTime},
		{"e", "\x1bAé", String}, {"m", "một dòng", String},
	} {
		v := n.Get(want.key)
		if v == nil || v.Value != want.value || v.Type != want.typ {
			t.Errorf("%s = %+v, want %q of type %d", want.key, v, want.value, want.typ)
		}
	}
}

func TestTOMLErrors(t *testing.T) {
	for _, tc := range []struct {
		src  string
		at   Pos
		want string
	}{
		{"a = 1\na = 2\n", Pos{2, 1}, `key "a" appears twice (first on line 1)`},
		{"[a]\nb = 1\n[a]\n", Pos{3, 2}, "table [a] appears twice (first on line 1)"},
		{"a = 1\n[a.b]\n", Pos{2, 2}, `"a" already has a value (line 1), so [a.b] cannot add keys to it`},
		{"a = {b = 1}\na.c = 2\n", Pos{2, 1}, `key "a" appears twice (first on line 1)`},
		{"a = [1]\n[[a]]\n", Pos{2, 3}, `[[a]] adds a table to a list of tables, but "a" is already something else (line 1)`},
		{"[[a]]\n[a]\n", Pos{2, 2}, `"a" is a list of tables (line 1): write [[a]] to add one to it`},
		{"d = 2023-02-30\n", Pos{1, 5}, "2023-02-30 is not a date or a time in the calendar"},
		{"n = 99999999999999999999\n", Pos{1, 5}, "the number 99999999999999999999 is too large"},
		{"title = \"Bài\ndate = 1\n", Pos{1, 13}, `TOML syntax: text in double quotes must end on its line (is the closing " missing?)`},
		{"title: \"Bài\"\n", Pos{1, 6}, "TOML syntax: = is missing after the key"},
		{"title = Hội nghị\n", Pos{1, 9}, `TOML syntax: a value cannot start with "H"; text must be in quotes`},
		{"title = “Hội nghị”\n", Pos{1, 9}, `TOML syntax: a value cannot start with "“": curly quotes are not quotes in TOML`},
		{"a = [1,\n", Pos{1, 8}, "TOML syntax: the list in [ ] is not closed with ]"},
	} {
		_, err := Parse(TOML, []byte(tc.src), Pos{1, 1})
		e, ok := err.(*Error)
		if !ok {
			t.Errorf("%q: error %v, want an *Error", tc.src, err)
			continue
		}
		if e.Pos != tc.at || !strings.Contains(e.Message.String(), tc.want) {
			t.Errorf("%q: %v; want %d:%d: %s", tc.src, e, tc.at.Line, tc.at.Col, tc.want)
		}
	}
}

// FuzzTOMLPositions checks that every key of a document read without error
// stands where the tree says, in the order the tree gives, and that every
// value starts where it says.
func FuzzTOMLPositions(f *testing.F) {
	f.Add("a = 1\n[b]\nc = \"d\"\n")
	f.Fuzz(func(t *testing.T, s string) {
		src := []byte(s)
		root, err := Parse(TOML, src, Pos{1, 1})
		if err != nil {
			return
		}
		var lines [][]byte
		for l := range strings.SplitSeq(s, "\n") {
			lines = append(lines, []byte(l))
		}
		// at returns the text of src from p on, to the end of its line.
		at := func(p Pos) string {
			if p.Line < 1 || p.Line > len(lines) || p.Col < 1 {
				t.Fatalf("%q: position %d:%d is outside the text", s, p.Line, p.Col)
			}
			l := lines[p.Line-1]
			for range p.Col - 1 {
				if len(l) == 0 {
					t.Fatalf("%q: position %d:%d is past the end of its line", s, p.Line, p.Col)
				}
				_, size := utf8.DecodeRune(l)
				l = l[size:]
			}
			return string(l)
		}
		var walk func(n *Node)
		walk = func(n *Node) {
			text := ""
			if n != root {
				text = at(n.Pos)
			}
			switch n.Kind {
			case Map:
				// An inline table, a table's header, or the next part of
				// a dotted key.
				if n != root && text == "" || n != root && !strings.ContainsRune("{[", rune(text[0])) && !isBareKeyChar(text[0]) && text[0] != '"' && text[0] != '\'' {
					t.Fatalf("%q: a table at %d:%d, before %q", s, n.Pos.Line, n.Pos.Col, text)
				}
				var last Pos
				for _, e := range n.Entries {
					if e.KeyPos.Line < last.Line || e.KeyPos.Line == last.Line && e.KeyPos.Col <= last.Col {
						t.Fatalf("%q: key %q at %d:%d comes after one at %d:%d", s, e.Key, e.KeyPos.Line, e.KeyPos.Col, last.Line, last.Col)
					}
					last = e.KeyPos
					checkKeyText(t, s, e.Key, at(e.KeyPos))
					walk(e.Value)
				}
			case List:
				if !strings.HasPrefix(text, "[") {
					t.Fatalf("%q: a list at %d:%d, before %q", s, n.Pos.Line, n.Pos.Col, text)
				}
				for _, it := range n.Items {
					walk(it)
				}
			case Scalar:
				ok := text != ""
				if ok {
					switch n.Type {
					case String:
						ok = text[0] == '"' || text[0] == '\''
					case Bool:
						ok = strings.HasPrefix(text, n.Value)
					default:
						ok = strings.ContainsRune("0123456789+-in", rune(text[0]))
					}
				}
				if !ok {
					t.Fatalf("%q: %q of type %d at %d:%d, before %q", s, n.Value, n.Type, n.Pos.Line, n.Pos.Col, text)
				}
			default:
				t.Fatalf("%q: a node of kind %d", s, n.Kind)
			}
		}
		walk(root)
	})
}

// checkKeyText fails unless text, from a key's position on, spells key: a
// bare key exactly, a quoted one as a TOML string that reads as key.
func checkKeyText(t *testing.T, s, key, text string) {
	t.Helper()
	if text == "" {
		t.Fatalf("%q: key %q at the end of a line", s, key)
	}
	switch text[0] {
	case '\'':
		end := strings.IndexByte(text[1:], '\'')
		if end < 0 || text[1:1+end] != key {
			t.Fatalf("%q: key %q at %q", s, key, text)
		}
	case '"':
		end := 1
		for end < len(text) && text[end] != '"' {
			if text[end] == '\\' {
				end++
			}
			end++
		}
		var m map[string]string
		if end >= len(text) || toml.Unmarshal([]byte("k = "+text[:end+1]), &m) != nil || m["k"] != key {
			t.Fatalf("%q: key %q at %q", s, key, text)
		}
	default:
		if !strings.HasPrefix(text, key) || len(text) > len(key) && isBareKeyChar(text[len(key)]) {
			t.Fatalf("%q: key %q at %q", s, key, text)
		}
	}
}

func isBareKeyChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
}

// articleTOML is the front matter of a decision, as editors write it.
var articleTOML = []byte(`title = "Bắc Kạn khen thưởng 41 tập thể, cá nhân trong thực hiện giảm nghèo bền vững"
date = 2023-08-17
kind = "decision"
province = "Bắc Kạn"
period = "2021-2023"
awards = ["Bằng khen của Chủ tịch UBND tỉnh"]
tags = ["giảm nghèo", "dân tộc thiểu số", "khen thưởng"]
summary = "Quyết định số 1378/QĐ-UBND tặng Bằng khen cho 15 tập thể và 26 cá nhân."
author = "Thu Trang"

[decision]
number = "1378/QĐ-UBND"
signed = 2023-08-14
recipients = 41

[[attachments]]
file = "quyet-dinh-1378-qd-ubnd.pdf"
title = "Quyết định số 1378/QĐ-UBND ngày 14/8/2023"
`)

func BenchmarkParseTOML(b *testing.B) {
	b.SetBytes(int64(len(articleTOML)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(TOML, articleTOML, Pos{2, 1}); err != nil {
			b.Fatal(err)
		}
	}
}
