package metadata

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"vinhdanh/internal/diagnostic"
)

// dump renders a node tree with positions, for compact comparisons.
func dump(n *Node) string {
	var b strings.Builder
	var walk func(n *Node, indent string)
	walk = func(n *Node, indent string) {
		switch n.Kind {
		case Map:
			for _, e := range n.Entries {
				fmt.Fprintf(&b, "%s%s@%d:%d =", indent, e.Key, e.KeyPos.Line, e.KeyPos.Col)
				if e.Value.Kind == Scalar || e.Value.Kind == Null {
					fmt.Fprintf(&b, " ")
					walk(e.Value, "")
				} else {
					fmt.Fprintf(&b, "\n")
					walk(e.Value, indent+"  ")
				}
			}
		case List:
			for _, it := range n.Items {
				fmt.Fprintf(&b, "%s- ", indent)
				if it.Kind == Scalar || it.Kind == Null {
					walk(it, "")
				} else {
					fmt.Fprintf(&b, "\n")
					walk(it, indent+"  ")
				}
			}
		case Scalar:
			fmt.Fprintf(&b, "%q@%d:%d\n", n.Value, n.Pos.Line, n.Pos.Col)
		case Null:
			fmt.Fprintf(&b, "null@%d:%d\n", n.Pos.Line, n.Pos.Col)
		}
	}
	walk(n, "")
	return b.String()
}

func TestParseFormatsAgree(t *testing.T) {
	yaml := `title: "Hội nghị"
date: 2023-06-02
provinces: [Bắc Kạn, Thái Nguyên]
decision:
  number: 946/QĐ-UBND
  recipients: 12
attachments:
  - {file: a.pdf, title: A}
`
	toml := `title = "Hội nghị"
date = 2023-06-02
provinces = ["Bắc Kạn", "Thái Nguyên"]

[decision]
number = "946/QĐ-UBND"
recipients = 12

[[attachments]]
file = "a.pdf"
title = "A"
`
	json := `{
  "title": "Hội nghị",
  "date": "2023-06-02",
  "provinces": ["Bắc Kạn", "Thái Nguyên"],
  "decision": {"number": "946/QĐ-UBND", "recipients": 12},
  "attachments": [{"file": "a.pdf", "title": "A"}]
}`
	var values []string
	for _, tc := range []struct {
		f   Format
		src string
	}{{YAML, yaml}, {TOML, toml}, {JSON, json}} {
		n, err := Parse(tc.f, []byte(tc.src), Pos{1, 1})
		if err != nil {
			t.Fatalf("%s: %v", tc.f, err)
		}
		// Compare values and key order, not positions.
		var b strings.Builder
		for _, e := range n.Entries {
			fmt.Fprintf(&b, "%s=%s;", e.Key, flat(e.Value))
		}
		values = append(values, b.String())
	}
	for i := 1; i < len(values); i++ {
		if values[i] != values[0] {
			t.Errorf("formats disagree:\n%s\n%s", values[0], values[i])
		}
	}
}

func flat(n *Node) string {
	switch n.Kind {
	case Map:
		var parts []string
		for _, e := range n.Entries {
			parts = append(parts, e.Key+":"+flat(e.Value))
		}
		return "{" + strings.Join(parts, ",") + "}"
	case List:
		var parts []string
		for _, it := range n.Items {
			parts = append(parts, flat(it))
		}
		return "[" + strings.Join(parts, ",") + "]"
	}
	return n.Value
}

func TestPositions(t *testing.T) {
	for _, tc := range []struct {
		f    Format
		src  string
		want string
	}{
		{YAML, "title: Hà Nội\ntags:\n  - một\n  - hai\n", "title@2:1 = \"Hà Nội\"@2:8\ntags@3:1 =\n  - \"một\"@4:5\n  - \"hai\"@5:5\n"},
		{TOML, "title = \"Hà Nội\"\n[decision]\nnumber = \"1\"\n", "title@2:1 = \"Hà Nội\"@2:9\ndecision@3:2 =\n  number@4:1 = \"1\"@4:10\n"},
		{JSON, "{\n  \"tỉnh\": \"Hà Nội\",\n  \"n\": 3\n}", "tỉnh@3:3 = \"Hà Nội\"@3:11\nn@4:3 = \"3\"@4:8\n"},
	} {
		n, err := Parse(tc.f, []byte(tc.src), Pos{2, 1})
		if err != nil {
			t.Fatalf("%s: %v", tc.f, err)
		}
		if got := dump(n); got != tc.want {
			t.Errorf("%s positions:\n%s\nwant\n%s", tc.f, got, tc.want)
		}
	}
}

func TestSyntaxErrors(t *testing.T) {
	for _, tc := range []struct {
		f         Format
		src       string
		line      int
		wantInMsg string
	}{
		{YAML, "title: a\ndate: Hội nghị: tổng kết\n", 3, "must be quoted"},
		{YAML, "a: b\n\tc: d\n", 3, "tab"},
		{YAML, "a: 1\na: 2\n", 3, `key "a" appears twice (first on line 2)`},
		{YAML, "- a\n- b\n", 2, "expected keys and values"},
		{YAML, "a: 1\nb: 2\nc: [1, 2\nd: 4\n", 4, "did not find expected"},
		{YAML, "a: 1\nb:\n  - x\n - y\nc: 3\n", 5, "did not find expected key"},
		{YAML, "a: 1\nb: {x: 1\nc: 3\n", 3, "did not find expected"},
		{TOML, "a = \n", 2, "TOML syntax"},
		{TOML, "a = 1\nb = [\n", 3, "TOML syntax"},
		{JSON, "{\n\"a\": 1,\n}", 4, "JSON syntax"},
		{JSON, "{\"a\": 1, \"a\": 2}", 2, "appears twice"},
		{YAML, "a: &x [1, 2]\nb: [*x, *x]\n", 2, "anchors and aliases"},
	} {
		_, err := Parse(tc.f, []byte(tc.src), Pos{2, 1})
		e, ok := err.(*Error)
		if !ok {
			t.Errorf("%s %q: error %v is not an *Error", tc.f, tc.src, err)
			continue
		}
		if e.Pos.Line != tc.line || !strings.Contains(e.Message.String(), tc.wantInMsg) {
			t.Errorf("%s %q: error at line %d %q; want line %d containing %q", tc.f, tc.src, e.Pos.Line, e.Message.String(), tc.line, tc.wantInMsg)
		}
	}
}

func TestTOMLPositionsSkipMultiLineStrings(t *testing.T) {
	src := "summary = \"\"\"\nprovince = \"not a key\"\n\"\"\"\nprovince = \"Nghệ An\"\n"
	n, err := Parse(TOML, []byte(src), Pos{2, 1})
	if err != nil {
		t.Fatal(err)
	}
	if got := n.Get("province").Pos; got != (Pos{5, 12}) {
		t.Errorf("province at %v, want 5:12", got)
	}
}

func TestScalarTypes(t *testing.T) {
	n, err := Parse(YAML, []byte("a: 20\nb: \"20\"\nc: true\nd: ~\ne: 2023-06-02\n"), Pos{1, 1})
	if err != nil {
		t.Fatal(err)
	}
	if n.Get("a").Type != Number || n.Get("b").Type != String || n.Get("c").Type != Bool || n.Get("d").Kind != Null {
		t.Error("scalar types are wrong")
	}
	if v := n.Get("e").Value; v != "2023-06-02" {
		t.Errorf("a YAML date should keep its text, got %q", v)
	}
	tn, err := Parse(TOML, []byte("d = 2023-06-02\nt = 2023-06-02T09:00:00+07:00\nl = 2023-06-02T09:00:00\n"), Pos{1, 1})
	if err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]string{"d": "2023-06-02", "t": "2023-06-02T09:00:00+07:00", "l": "2023-06-02T09:00:00"} {
		if got := tn.Get(k).Value; got != want {
			t.Errorf("TOML %s = %q, want %q", k, got, want)
		}
	}
}

func TestSplit(t *testing.T) {
	for _, tc := range []struct {
		name, src    string
		format       Format
		fm, body     string
		start        Pos
		bodyLine     int
		errorAt      int
		errorMessage string
	}{
		{name: "yaml", src: "---\ntitle: a\n---\nBody\n", format: YAML, fm: "title: a\n", body: "Body\n", start: Pos{2, 1}, bodyLine: 4},
		{name: "leading blank lines", src: "\n\n---\ntitle: a\n---\nBody", format: YAML, fm: "title: a\n", body: "Body", start: Pos{4, 1}, bodyLine: 6},
		{name: "toml", src: "+++\ntitle = \"a\"\n+++\n\nBody\n", format: TOML, fm: "title = \"a\"\n", body: "\nBody\n", start: Pos{2, 1}, bodyLine: 4},
		{name: "json", src: "{\n\"title\": \"a\"\n}\n\nBody\n", format: JSON, fm: "{\n\"title\": \"a\"\n}\n\n", body: "Body\n", start: Pos{1, 1}, bodyLine: 5},
		{name: "none", src: "Just text\n---\n", format: "", body: "Just text\n---\n", bodyLine: 1},
		{name: "unclosed yaml", src: "---\ntitle: a\n\nBody\n", errorAt: 1, errorMessage: `front matter opened with "---" on line 1 is never closed`},
		{name: "unclosed toml", src: "\n+++\ntitle = 1\n", errorAt: 2, errorMessage: `opened with "+++" on line 2`},
		{name: "json without the empty line", src: "{\n\"title\": \"a\"\n}\nBody\n", errorAt: 1, errorMessage: "followed by an empty line"},
		{name: "json on one line", src: "{\"title\": \"a\"}\n\nBody\n", errorAt: 1, errorMessage: "a line holding only {"},
		{name: "empty front matter", src: "---\n---\nBody", format: YAML, fm: "", body: "Body", start: Pos{2, 1}, bodyLine: 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Split([]byte(tc.src))
			if tc.errorMessage != "" {
				e, ok := err.(*Error)
				if !ok || e.Pos.Line != tc.errorAt || !strings.Contains(e.Message.String(), tc.errorMessage) {
					t.Fatalf("error = %v, want line %d %q", err, tc.errorAt, tc.errorMessage)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if doc.Format != tc.format || string(doc.FrontMatter) != tc.fm || string(doc.Body) != tc.body ||
				doc.Start != tc.start || doc.BodyLine != tc.bodyLine {
				t.Errorf("got %q fm=%q body=%q start=%v bodyLine=%d", doc.Format, doc.FrontMatter, doc.Body, doc.Start, doc.BodyLine)
			}
		})
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"---\ntitle: a\n---\nBody\n", "+++\na = 1\n+++\n", "{\n\"a\": 1\n}\n\nx", "---\n", "\n\n---\na: b\n---", "text"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// Long inputs.
		for _, s := range []string{s, s + strings.Repeat("dòng\n", 1500), strings.Repeat("\n", 5000) + s} {
			checkSplit(t, s)
		}
	})
}

func checkSplit(t *testing.T, s string) {
	t.Helper()
	doc, err := Split([]byte(s))
	if err != nil {
		return
	}
	// The body is a suffix of the input, and the front matter a part of it.
	if !strings.HasSuffix(s, string(doc.Body)) {
		t.Fatalf("body %q is not a suffix of %q", doc.Body, s)
	}
	if !strings.Contains(s, string(doc.FrontMatter)) {
		t.Fatalf("front matter %q is not in %q", doc.FrontMatter, s)
	}
	if want := 1 + strings.Count(s[:len(s)-len(doc.Body)], "\n"); doc.BodyLine != want {
		t.Fatalf("BodyLine = %d, want %d", doc.BodyLine, want)
	}
	if doc.Format == "" && string(doc.Body) != s {
		t.Fatalf("no front matter, but the body %q is not the whole input", doc.Body)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"title: a\ntags: [x, y]\n", "a = 1\n[b]\nc = \"d\"\n", "{\"a\": [1, {\"b\": null}]}", "a: &x 1\nb: *x\n", "title: \"\\x01\\e\\uFFFE\"\n", "{\"a\": \"\\u0001\"}", "a = \"\\u001b\"\n", "a: &a [1,1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, format := range []Format{YAML, TOML, JSON} {
			n, err := Parse(format, []byte(s), Pos{3, 1})
			if err != nil {
				if e, ok := err.(*Error); ok && e.Pos.Line < 3 {
					t.Fatalf("%s: error line %d before the offset", format, e.Pos.Line)
				}
				continue
			}
			if n.Kind != Map {
				t.Fatalf("%s: top level is not a map", format)
			}
			// What CheckText accepts holds no character a page cannot show.
			d := &Decoder{File: "a.md", Diags: &diagnostic.List{}}
			if d.CheckText(n) {
				if bad, ok := unshowable(n); ok {
					t.Fatalf("%s: %q accepted", format, bad)
				}
			}
		}
	})
}

// unshowable finds a key or text under n holding a C0 control other than
// tab and line feed, a C1 control or DEL, or a noncharacter.
func unshowable(n *Node) (string, bool) {
	bad := func(s string) bool {
		for _, r := range s {
			if unicode.IsControl(r) && r != '\t' && r != '\n' || r >= 0xFDD0 && r <= 0xFDEF || r%0x10000 >= 0xFFFE {
				return true
			}
		}
		return false
	}
	if n.Kind == Scalar && bad(n.Value) {
		return n.Value, true
	}
	for _, e := range n.Entries {
		if bad(e.Key) {
			return e.Key, true
		}
		if s, ok := unshowable(e.Value); ok {
			return s, true
		}
	}
	for _, it := range n.Items {
		if s, ok := unshowable(it); ok {
			return s, true
		}
	}
	return "", false
}
