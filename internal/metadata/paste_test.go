package metadata

import (
	"strings"
	"testing"

	"vinhdanh/internal/diagnostic"
)

// TestYAMLErrorColumns checks that YAML syntax errors name the character
// at fault, not the start of its line.
func TestYAMLErrorColumns(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"title: Hội nghị: tổng kết\n", `2:16: YAML syntax: mapping values are not allowed in this context; a value that contains ": " must be quoted`},
		{"kind: news\ntitle: \"Hội nghị \"Dân vận khéo\" năm 2023\"\n", `3:19: YAML syntax: did not find expected key; a value that holds double quotes needs single quotes around it, as in title: 'Hội nghị "Dân vận khéo" năm 2023' (or write the inner quotes as “ ”)`},
		{"title: “Hội nghị: tổng kết”\n", `2:17: YAML syntax: mapping values are not allowed in this context; curly quotes “ ” are not quotes in YAML: type straight quotes, as in title: "Hội nghị: tổng kết"`},
		{"title: x\n\tdate: y\n", "3:1: YAML syntax: found a tab character that violates indentation; indent with spaces, not tabs"},
		{"title: a\nsource: @bao\n", "3:9: YAML syntax: found character that cannot start any token"},
		{"title: \"a \\q b\"\n", `2:11: YAML syntax: found unknown escape character`},
		{"a:\n  b: c\n d: e\n", "4:2: YAML syntax: did not find expected key"},
		{"title: \"a\x01\"\n", "2:10: the control character U+0001 cannot be shown on a page"},
	} {
		_, err := Parse(YAML, []byte(tc.src), Pos{2, 1})
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%q:\n got %v\nwant %s", tc.src, err, tc.want)
		}
	}
}

// TestPastedValues checks what String and Strings forgive, and that they
// say so.
func TestPastedValues(t *testing.T) {
	src := "title: “Hội nghị Dân vận khéo”\nsummary: Hội nghị #1 năm 2023\nkind: news  # tin ngắn\ntags:\n  - ‘thi đua’\n  - a #b\nsource: \"“Báo” Nghệ An\"\nq: „Tin“\n"
	n, err := Parse(YAML, []byte(src), Pos{2, 1})
	if err != nil {
		t.Fatal(err)
	}
	var diags diagnostic.List
	d := &Decoder{File: "a.md", Diags: &diags}
	got := map[string]string{}
	for _, key := range []string{"title", "summary", "kind", "source", "q"} {
		got[key], _ = d.String(n.Get(key), key)
	}
	tags, _, _ := d.Strings(n.Get("tags"), "tags")
	want := map[string]string{"title": "Hội nghị Dân vận khéo", "summary": "Hội nghị", "kind": "news", "source": "“Báo” Nghệ An", "q": "Tin"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
	if strings.Join(tags, "|") != "thi đua|a" {
		t.Errorf("tags = %q", tags)
	}
	var msgs []string
	for _, dg := range diags {
		msgs = append(msgs, dg.String())
	}
	wantMsgs := []string{
		`a.md:2:8: warning: title is between curly quotes “…”, which are read here as quotes; type straight quotes " or ' instead`,
		`a.md:3:10: warning: summary: YAML reads the text from " #" on as a comment, so "#1 năm 2023" is left out; to keep it, put the whole value in quotes: summary: "Hội nghị #1 năm 2023"`,
		`a.md:9:4: warning: q is between curly quotes „…“, which are read here as quotes; type straight quotes " or ' instead`,
		`a.md:6:5: warning: tags is between curly quotes ‘…’, which are read here as quotes; type straight quotes " or ' instead`,
		`a.md:7:5: warning: tags: YAML reads the text from " #" on as a comment, so "#b" is left out; to keep it, put the whole value in quotes: "a #b"`,
	}
	if strings.Join(msgs, "\n") != strings.Join(wantMsgs, "\n") {
		t.Errorf("messages:\n%s\nwant:\n%s", strings.Join(msgs, "\n"), strings.Join(wantMsgs, "\n"))
	}
}

func TestListForm(t *testing.T) {
	items := []string{"thi đua", "khen thưởng", "Hội nghị: tổng kết", "Xã, phường tiêu biểu"}
	for f, want := range map[Format]string{
		"":   `tags: [thi đua, khen thưởng, "Hội nghị: tổng kết", "Xã, phường tiêu biểu"]`,
		TOML: `tags = ["thi đua", "khen thưởng", "Hội nghị: tổng kết", "Xã, phường tiêu biểu"]`,
		JSON: `"tags": ["thi đua", "khen thưởng", "Hội nghị: tổng kết", "Xã, phường tiêu biểu"]`,
	} {
		d := &Decoder{Format: f}
		if got := d.ListForm("tags", items); got != want {
			t.Errorf("%q: %s, want %s", f, got, want)
		}
	}
}

// TestCheckText checks that characters pages cannot show are refused once
// decoded, whichever escape wrote them, at the value's place.
func TestCheckText(t *testing.T) {
	for _, tc := range []struct {
		f    Format
		src  string
		want string
	}{
		{YAML, "title: \"a\\x01\"\n", "a.md:2:8: the control character U+0001"},
		{YAML, "title: \"a\\e\"\n", "a.md:2:8: the control character U+001B"},
		{YAML, "tags: [a, \"\\x85\"]\n", "a.md:2:11: the control character U+0085"},
		{YAML, "d:\n  signer: \"\\uFFFE\"\n", "a.md:3:11: U+FFFE is a noncharacter"},
		{YAML, "\"\\x7f\": a\n", "a.md:2:1: the control character U+007F"},
		{YAML, "title: a\uFDD0\n", "a.md:2:8: U+FDD0 is a noncharacter"},
		{JSON, "{\"title\": \"\\u0001\"}", "a.md:2:11: the control character U+0001"},
		{JSON, "{\"title\": \"\\ud83f\\udffe\"}", "a.md:2:11: U+1FFFE is a noncharacter"},
		{TOML, "title = \"\\u001b\"\n", "a.md:2:9: the control character U+001B"},
		{TOML, "[decision]\nsigner = \"\\uFFFF\"\n", "a.md:3:10: U+FFFF is a noncharacter"},
	} {
		n, err := Parse(tc.f, []byte(tc.src), Pos{2, 1})
		if err != nil {
			t.Errorf("%q: %v", tc.src, err)
			continue
		}
		var diags diagnostic.List
		d := &Decoder{File: "a.md", Diags: &diags}
		if d.CheckText(n) || len(diags) != 1 || !strings.HasPrefix(diags[0].String(), tc.want) {
			t.Errorf("%s %q: %v, want %s", tc.f, tc.src, diags, tc.want)
		}
	}
	n, _ := Parse(YAML, []byte("title: \"a\\tb\\nc\"\ntags: [Hà Nội]\n"), Pos{1, 1})
	if d := (&Decoder{File: "a.md", Diags: &diagnostic.List{}}); !d.CheckText(n) {
		t.Errorf("tab and line feed refused: %v", *d.Diags)
	}
}
