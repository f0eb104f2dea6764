package templateexec

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"html/template"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"text/template/parse"
	"time"
)

var update = flag.Bool("update", false, "rewrite testdata/escaper-matrix.txt")

// matrixContext is a place in a page where html/template gives an action
// escapers of its own; @ in src stands for the value's expression.
type matrixContext struct{ name, src string }

// matrixContexts are the contexts of html/template's escaper, one or more
// for each escaping function it has.
var matrixContexts = []matrixContext{
	{"text", `<p>{{@}}</p>`},
	{"text-top", `{{@}}`},
	{"text-other-script-type", `<script type="text/template">{{@}}</script>`},
	{"attr-dq", `<p title="{{@}}">x</p>`},
	{"attr-sq", `<p title='{{@}}'>x</p>`},
	{"attr-unquoted", `<p title={{@}}>x</p>`},
	{"attr-dq-middle", `<p class="a {{@}} b">x</p>`},
	{"attr-srcdoc", `<iframe srcdoc="{{@}}"></iframe>`},
	{"attr-meta-refresh", `<meta http-equiv="refresh" content="{{@}}">`},
	{"url-dq", `<a href="{{@}}">x</a>`},
	{"url-sq", `<a href='{{@}}'>x</a>`},
	{"url-unquoted", `<a href={{@}}>x</a>`},
	{"url-src", `<img src="{{@}}" alt="">`},
	{"url-data-attr", `<p data-url="{{@}}">x</p>`},
	{"url-path", `<a href="/chu-de/{{@}}/">x</a>`},
	{"url-query", `<a href="/tim?q={{@}}&amp;p=1">x</a>`},
	{"url-query-unquoted", `<a href=/tim?{{@}}>x</a>`},
	{"url-fragment", `<a href="/a#{{@}}">x</a>`},
	{"url-start-and-query", `<a href="{{@}}?q={{@}}">x</a>`},
	{"url-meta-refresh", `<meta http-equiv="refresh" content="0; url={{@}}">`},
	{"srcset", `<img srcset="{{@}}">`},
	{"srcset-after", `<img srcset="a.png 1x, {{@}} 2x">`},
	{"css-attr", `<p style="color: {{@}}">x</p>`},
	{"css-attr-url", `<p style="background: url('{{@}}')">x</p>`},
	{"css", `<style>p { color: {{@}} }</style>`},
	{"css-string", `<style>p { font-family: "{{@}}" }</style>`},
	{"css-url", `<style>p { background: url({{@}}) }</style>`},
	{"js", `<script>var x = {{@}};</script>`},
	{"js-json", `<script type="application/ld+json">{{@}}</script>`},
	{"js-attr", `<button onclick="f({{@}})">x</button>`},
	{"js-string-dq", `<script>var s = "{{@}}";</script>`},
	{"js-string-sq", `<script>var s = '{{@}}';</script>`},
	{"js-attr-string", `<button onclick="f('{{@}}')">x</button>`},
	{"js-template-literal", "<script>var t = `{{@}}`;</script>"},
	{"js-regexp", `<script>var r = /{{@}}/;</script>`},
	{"rcdata-textarea", `<textarea>{{@}}</textarea>`},
	{"rcdata-title", `<title>{{@}}</title>`},
	{"comment-html", `<!-- {{@}} -->x`},
	{"comment-js-block", `<script>/* {{@}} */</script>`},
	{"comment-js-line", "<script>// {{@}}\n</script>"},
	{"comment-css", `<style>/* {{@}} */</style>`},
	{"attr-name", `<a {{@}}="x">y</a>`},
	{"attr-name-alone", `<input {{@}}>`},
	{"attr-name-suffix", `<a data-{{@}}="x">y</a>`},
	{"html-builtin-args", `<p>{{html @ "!"}}</p>`},
}

// matrixStrings are the texts every string-like value is made of: every
// ASCII byte alone and between letters, the runes at the edges of the
// escapers' tables, invalid UTF-8, Vietnamese in both normal forms, and
// text that looks like markup, addresses, styles and scripts.
func matrixStrings() []string {
	var out []string
	for b := range 0x80 {
		out = append(out, string(rune(b)), "a"+string(rune(b))+"b")
	}
	return append(out,
		"", "\u0080", "\u00a0", "\u00ad", "\u2028", "\u2029", "\ufeff", "\ufffd", "\U0010ffff",
		"\ufdd0", "\ufdef", "\ufff0", "\uffff", "\U0001f600",
		"\x80", "\xff", "a\x80b", "\xc3", "\xe2\x80", "\xf0\x9f\x98", "\xed\xa0\x80", "\xc0\xaf", "x\xfe\xff",
		"Khen thưởng Đường Huế", "Khen thu\u031bo\u031b\u0309ng \u0110u\u031bo\u031b\u0300ng Hue\u0302\u0301",
		"\u0301", "a\u0300", "Vi\u1ec7t Nam",
		"javascript:alert(1)", " JavaScript:x", "JAVASCRIPT:x", "vbscript:x", "data:text/html,<b>",
		"mailto:a@b.vn", "HTTPS://X.VN/", "http://x.vn/a b?c=d&e=đ#f", "//x.vn/a", "tel:+84", "a/b:c", "a:b/c",
		"/path/%41%zz%", "%4", "%41", "%%", "#frag", "?q=a+b&c=d", "/a b/?q=đ&x=1",
		"a.png 1x, b.png 2x", "a.png,b.png", " a.png ",
		"<b>đậm</b>", "<script>alert(1)</script>", "</textarea>", "</title>", "</script>", "</style>",
		"&amp;", "&#34;", "&lt;b&gt;", "a<!--b-->c", "-->", "<!--", `<a href="x">y</a>`, "<br/>", "<a title='<b>'>",
		"red", "expression(x)", "url(x)", "1+1", `{"a":1}`, "[1,2]", "'quoted'", `"double"`, `\`, `\u0000`, "*/", "/*",
		"a b\tc\nd\re\ff\vg", "  ", "=", "a=b", "`tick`",
	)
}

type (
	matrixName     string
	matrixStringer string
	matrixPtrStr   struct{ s string }
	matrixStruct   struct {
		A string
		B int
		c bool
	}
)

func (s matrixStringer) String() string { return "str:" + string(s) }
func (p *matrixPtrStr) String() string  { return "ptr:" + p.s }

// matrixKind makes a value of one kind from a text, and names the
// expression that reaches it from dot.
type matrixKind struct {
	name string
	expr string
	make func(s string) any
}

var matrixKinds = []matrixKind{
	{"string", ".", func(s string) any { return s }},
	{"named string", ".", func(s string) any { return matrixName(s) }},
	{"template.HTML", ".", func(s string) any { return template.HTML(s) }},
	{"template.HTMLAttr", ".", func(s string) any { return template.HTMLAttr(s) }},
	{"template.URL", ".", func(s string) any { return template.URL(s) }},
	{"template.CSS", ".", func(s string) any { return template.CSS(s) }},
	{"template.JS", ".", func(s string) any { return template.JS(s) }},
	{"template.JSStr", ".", func(s string) any { return template.JSStr(s) }},
	{"template.Srcset", ".", func(s string) any { return template.Srcset(s) }},
	{"*string", ".", func(s string) any { return &s }},
	{"*template.HTML", ".", func(s string) any { h := template.HTML(s); return &h }},
	{"**template.URL", ".", func(s string) any { u := template.URL(s); p := &u; return &p }},
	{"[]byte", ".", func(s string) any { return []byte(s) }},
	{"fmt.Stringer", ".", func(s string) any { return matrixStringer(s) }},
	{"*fmt.Stringer", ".", func(s string) any { return &matrixPtrStr{s} }},
	{"error", ".", func(s string) any { return errors.New(s) }},
	{"any field", ".V", func(s string) any { return struct{ V any }{s} }},
	{"fmt.Stringer field", ".V", func(s string) any { return struct{ V fmt.Stringer }{matrixStringer(s)} }},
	{"template.HTML any field", ".V", func(s string) any { return struct{ V any }{template.HTML(s)} }},
	{"*string field", ".V", func(s string) any { return struct{ V *string }{&s} }},
}

// matrixOthers are values that are not made of a text.
func matrixOthers() []matrixCase {
	var nilString *string
	var nilStringer *matrixStringer
	s := "chuỗi"
	ps := &s
	values := []struct {
		label string
		v     any
	}{
		{"nil", nil}, {"true", true}, {"false", false},
		{"0", 0}, {"-1", -1}, {"42", 42}, {"MaxInt64", int64(math.MaxInt64)}, {"MinInt64", int64(math.MinInt64)},
		{"int8(-8)", int8(-8)}, {"uint8(200)", uint8(200)}, {"MaxUint64", uint64(math.MaxUint64)}, {"rune", 'đ'},
		{"1.5", 1.5}, {"-0.0", math.Copysign(0, -1)}, {"NaN", math.NaN()}, {"+Inf", math.Inf(1)}, {"-Inf", math.Inf(-1)},
		{"1e21", 1e21}, {"1e-7", 1e-7}, {"float32(0.1)", float32(0.1)}, {"complex", complex(1, -2)},
		{"struct", matrixStruct{"<a>", 1, true}}, {"*struct", &matrixStruct{"&", 2, false}},
		{"[]string", []string{"a", "<b>"}}, {"[]int", []int{1, 2}}, {"[2]string", [2]string{"x", "'"}},
		{"map", map[string]int{"<": 1, "b": 2}}, {"nil map", map[string]int(nil)}, {"nil slice", []string(nil)},
		{"nil []byte", []byte(nil)}, {"empty []byte", []byte{}},
		{"nil *string", nilString}, {"**string", &ps}, {"new(int)", new(int)},
		{"nil *fmt.Stringer", nilStringer}, {"time.Duration", 90 * time.Second},
		{"time.Time", time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC)},
		{"[]template.HTML", []template.HTML{"<b>"}}, {"[]any", []any{"<", nil, 1}},
	}
	var out []matrixCase
	for _, v := range values {
		out = append(out, matrixCase{kind: "other", label: v.label, expr: ".", data: v.v})
	}
	for _, v := range []struct {
		label string
		v     any
	}{
		{"nil any field", struct{ V any }{}},
		{"nil error field", struct{ V error }{}},
		{"nil fmt.Stringer field", struct{ V fmt.Stringer }{}},
		{"nil *string field", struct{ V *string }{}},
		{"int any field", struct{ V any }{7}},
		{"error field", struct{ V error }{errors.New("<lỗi>")}},
		{"*fmt.Stringer field", struct{ V fmt.Stringer }{&matrixPtrStr{"&"}}},
		{"map key", map[string]string{"V": "<v>"}},
	} {
		out = append(out, matrixCase{kind: "other field", label: v.label, expr: ".V", data: v.v})
	}
	return out
}

// matrixCase is one value in every context.
type matrixCase struct {
	kind, label, expr string
	data              any
}

func matrixCases() []matrixCase {
	var out []matrixCase
	strs := matrixStrings()
	for _, k := range matrixKinds {
		for _, s := range strs {
			out = append(out, matrixCase{kind: k.name, label: strconv.QuoteToASCII(s), expr: k.expr, data: k.make(s)})
		}
	}
	return append(out, matrixOthers()...)
}

// escapersIn returns the names of the functions html/template added to
// the escaped tree of t, in the order it meets them.
func escapersIn(t *template.Template) []string {
	var names []string
	var walk func(n parse.Node)
	walk = func(n parse.Node) {
		switch n := n.(type) {
		case *parse.ListNode:
			if n != nil {
				for _, c := range n.Nodes {
					walk(c)
				}
			}
		case *parse.ActionNode:
			walk(n.Pipe)
		case *parse.PipeNode:
			if n == nil {
				return
			}
			for _, cmd := range n.Cmds {
				for _, arg := range cmd.Args {
					walk(arg)
				}
			}
		case *parse.IdentifierNode:
			if strings.HasPrefix(n.Ident, "_") && !slices.Contains(names, n.Ident) {
				names = append(names, n.Ident)
			}
		case *parse.IfNode:
			walk(n.Pipe)
			walk(n.List)
			walk(n.ElseList)
		case *parse.RangeNode:
			walk(n.Pipe)
			walk(n.List)
			walk(n.ElseList)
		case *parse.WithNode:
			walk(n.Pipe)
			walk(n.List)
			walk(n.ElseList)
		case *parse.TemplateNode:
			walk(n.Pipe)
		}
	}
	for _, tt := range t.Templates() {
		if tt.Tree != nil {
			walk(tt.Tree.Root)
		}
	}
	return names
}

// matrixGroup is how many cases of one kind of value in one context the
// program wrote itself, and the labels of those it left.
type matrixGroup struct {
	kind        string
	total, done int
	left        []string
}

// TestEscaperMatrix executes every value of matrixCases in every context
// of matrixContexts both ways. The outputs must be the same; which cases
// are left to html/template is written in testdata/escaper-matrix.txt, so
// that a case that was handled cannot quietly become left (nor the
// reverse go unrecorded).
func TestEscaperMatrix(t *testing.T) {
	if testing.Short() {
		// The race detector's run (-short) makes it ten times slower,
		// and it executes one program at a time.
		t.Skip("the matrix runs without -short")
	}
	cases := matrixCases()
	var report strings.Builder
	report.WriteString(matrixHeader)
	total, done := 0, 0
	for _, ctx := range matrixContexts {
		var groups []*matrixGroup
		group := func(kind string) *matrixGroup {
			if len(groups) == 0 || groups[len(groups)-1].kind != kind {
				groups = append(groups, &matrixGroup{kind: kind})
			}
			return groups[len(groups)-1]
		}
		type compiled struct {
			set  *template.Template
			prog *Program
		}
		byExpr := map[string]compiled{}
		var chain []string
		mismatches := 0
		for _, c := range cases {
			cc, ok := byExpr[c.expr]
			if !ok {
				src := strings.ReplaceAll(ctx.src, "@", c.expr)
				cc.set = template.Must(template.New("page").Parse(src))
				if err := cc.set.Execute(&bytes.Buffer{}, nil); err != nil {
					var escapeErr *template.Error
					if errors.As(err, &escapeErr) {
						t.Fatalf("%s: %v", ctx.name, err)
					}
				}
				if c.expr == "." {
					chain = escapersIn(cc.set)
				}
				var err error
				if cc.prog, err = Compile(cc.set, "page", nil); err != nil && !errors.Is(err, ErrUnsupported) {
					t.Fatalf("%s: Compile: %v", ctx.name, err)
				}
				byExpr[c.expr] = cc
			}
			g := group(c.kind)
			g.total++
			total++
			if cc.prog == nil {
				continue
			}
			var want, got bytes.Buffer
			wantErr := cc.set.Execute(&want, c.data)
			gotErr := cc.prog.Execute(&got, c.data)
			var problem string
			switch {
			case errors.Is(gotErr, ErrUnsupported):
				g.left = append(g.left, c.label)
				continue
			case gotErr != nil:
				problem = fmt.Sprintf("Execute: %v", gotErr)
			case wantErr != nil:
				problem = fmt.Sprintf("html/template failed (%v) but the program wrote %q", wantErr, got.String())
			case got.String() != want.String():
				problem = fmt.Sprintf("\n got %q\nwant %q", got.String(), want.String())
			}
			if problem != "" {
				if mismatches++; mismatches <= 10 {
					t.Errorf("%s, %s %s: %s", ctx.name, c.kind, c.label, problem)
				}
				continue
			}
			g.done++
			done++
		}
		fmt.Fprintf(&report, "\n%s %s\n\tescapers: %s\n", ctx.name, ctx.src, strings.Join(shortEscaperNames(chain), " "))
		if byExpr["."].prog == nil && byExpr[".V"].prog == nil {
			report.WriteString("\tnot compiled\n")
		}
		writeGroups(&report, groups)
	}
	fmt.Fprintf(&report, "\nall: %d of %d cases in %d contexts\n", done, total, len(matrixContexts))
	t.Logf("the program wrote %d of %d cases (%d values in %d contexts)", done, total, len(cases), len(matrixContexts))
	compareGolden(t, filepath.Join("testdata", "escaper-matrix.txt"), report.String())
}

// writeGroups writes how many cases of a context the program wrote, the
// kinds of value it left entirely, and the cases it left of the others.
func writeGroups(w *strings.Builder, groups []*matrixGroup) {
	total, done := 0, 0
	var left []string
	for _, g := range groups {
		total += g.total
		done += g.done
		if g.done == 0 {
			left = append(left, g.kind)
		}
	}
	fmt.Fprintf(w, "\twritten: %d of %d\n", done, total)
	if done == 0 {
		return
	}
	if len(left) > 0 {
		fmt.Fprintf(w, "\tleft: %s\n", strings.Join(left, ", "))
	}
	for _, g := range groups {
		if g.done > 0 && g.done < g.total {
			fmt.Fprintf(w, "\tpartly %s, %d of %d; left: %s\n", g.kind, g.done, g.total, strings.Join(g.left, " "))
		}
	}
}

const matrixHeader = `# TestEscaperMatrix: for each context of html/template's escaper, the
# escaping functions it adds to an action there, then for each kind of
# value how many of the cases the program writes itself; the others it
# leaves to html/template. A case that is left although another of its
# kind is written is named. After a change, run
#   go test ./internal/templateexec/ -run TestEscaperMatrix -update
# and read the diff: fewer cases written is a regression.
`

// shortEscaperNames drops html/template's prefix.
func shortEscaperNames(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = strings.TrimPrefix(n, "_html_template_")
	}
	return out
}

// compareGolden fails t when the file at path does not hold want, or
// rewrites it under -update.
func compareGolden(t *testing.T, path, want string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to write it)", err)
	}
	if string(got) == want {
		return
	}
	gotLines, wantLines := strings.Split(string(got), "\n"), strings.Split(want, "\n")
	for i := 0; i < len(gotLines) || i < len(wantLines); i++ {
		var g, w string
		if i < len(gotLines) {
			g = gotLines[i]
		}
		if i < len(wantLines) {
			w = wantLines[i]
		}
		if g != w {
			// The context the line belongs to is the last line above it
			// that is not indented.
			where := ""
			for j := min(i, len(wantLines)-1); j >= 0; j-- {
				if l := wantLines[j]; l != "" && !strings.HasPrefix(l, "\t") {
					where = l
					break
				}
			}
			t.Fatalf("%s:%d differs from this run (a case that was written and now is left is a regression; if the change is wanted, run with -update):\n   in: %s\n file: %s\n  now: %s", path, i+1, where, g, w)
		}
	}
}

// TestEscaperNames fails when html/template's escaper adds a function the
// program does not know, or no longer adds one it knows: after a Go
// upgrade, see the package doc.
func TestEscaperNames(t *testing.T) {
	produced := map[string]string{} // name -> a context that has it
	for _, ctx := range matrixContexts {
		set := template.Must(template.New("page").Parse(strings.ReplaceAll(ctx.src, "@", ".")))
		if err := set.Execute(&bytes.Buffer{}, nil); err != nil {
			var escapeErr *template.Error
			if errors.As(err, &escapeErr) {
				t.Fatalf("%s: %v", ctx.name, err)
			}
		}
		for _, name := range escapersIn(set) {
			if _, ok := produced[name]; !ok {
				produced[name] = ctx.src
			}
		}
	}
	for _, name := range slices.Sorted(maps.Keys(produced)) {
		if _, ok := escapers[name]; !ok && !leftEscapers[name] {
			t.Errorf("html/template adds %s (in %s), which templateexec does not know: "+
				"add it to leftEscapers in escape.go, or write it in escapers and add its contexts to the matrix", name, produced[name])
		}
	}
	for _, name := range slices.Sorted(maps.Keys(escapers)) {
		if _, ok := produced[name]; !ok {
			t.Errorf("templateexec writes %s, which html/template adds in none of the matrix's contexts: "+
				"remove it from escape.go if html/template no longer has it, or add the context it is for to matrixContexts", name)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(leftEscapers)) {
		if _, ok := produced[name]; !ok {
			t.Errorf("leftEscapers names %s, which html/template adds in none of the matrix's contexts: "+
				"remove it if html/template no longer has it, or add the context it is for to matrixContexts", name)
		}
	}
}
