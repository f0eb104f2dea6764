package templateexec

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// Types of the test data: a page with embedded, pointer, map, slice and
// interface fields, and methods with and without arguments.
type (
	testPage struct {
		Title    string
		Count    int
		Big      uint8
		Ratio    float64
		Body     template.HTML
		Link     template.URL
		Script   template.JS
		When     time.Time
		Tags     []testTag
		Ptrs     []*testTag
		Empty    []testTag
		Meta     map[string]string
		Ranks    map[int]string
		Author   *testPerson
		Nobody   *testPerson
		Any      any
		NilAny   any
		Str      fmt.Stringer
		Kind     testKind
		Flag     bool
		Nested   testNested
		Number   testNumber
		unseen   string
		Pointer  *string
		Addr     testAddr
		AddrPtrs []testAddr
		testEmbedded
	}
	testTag struct {
		Name, URL string
	}
	testPerson struct {
		Name string
		Age  int
	}
	testNested struct {
		Inner *testNested
		Label string
	}
	testEmbedded struct {
		Promoted string
	}
	testKind   string
	testNumber int
	testAddr   struct{ Value string }
)

func (k testKind) Section() string          { return "muc-" + string(k) }
func (k testKind) String() string           { return "kind:" + string(k) }
func (p *testPage) Greet(who string) string { return "Chào " + who }
func (p *testPage) Fails() (string, error)  { return "", errors.New("failed") }
func (p testPage) ByValue() string          { return "value method" }
func (p *testPerson) Initials() string      { return p.Name[:1] }
func (a *testAddr) Pointer() string         { return "ptr:" + a.Value }

func newTestPage() *testPage {
	s := "chuỗi"
	return &testPage{
		Title: `Khen thưởng "Đường" <b>&</b> 'x' +1`, Count: 3, Big: 200, Ratio: 1.5,
		Body:   template.HTML("<p>Thân <em>bài</em></p>"),
		Link:   template.URL("/a b/?q=đ&x=1"),
		Script: template.JS(`{"a":1}`),
		When:   time.Date(2026, 11, 21, 9, 0, 0, 0, time.FixedZone("ICT", 7*3600)),
		Tags:   []testTag{{"thi đua", "/chu-de/thi-dua/"}, {"khen thưởng", "javascript:alert(1)"}},
		Ptrs:   []*testTag{{"một", "/1/"}, nil},
		Meta:   map[string]string{"b": "2", "a": "1"},
		Ranks:  map[int]string{10: "mười", 2: "hai"},
		Author: &testPerson{"Lan", 40},
		Any:    testTag{"trong", "/i/"},
		Str:    testKind("x"),
		Kind:   "hoi-nghi",
		Nested: testNested{Inner: &testNested{Label: "sâu"}, Label: "nông"},
		Number: 7, unseen: "hidden", Pointer: &s,
		Addr:         testAddr{"a"},
		AddrPtrs:     []testAddr{{"b"}},
		testEmbedded: testEmbedded{"lộ"},
	}
}

var testFuncs = template.FuncMap{
	"upper": strings.ToUpper,
	"T": func(key string) (string, error) {
		if key == "missing" {
			return "", errors.New("no such text")
		}
		return "[" + key + "]", nil
	},
	"date":  func(t time.Time) string { return t.Format("02/01/2006") },
	"join":  func(sep string, parts ...any) string { return fmt.Sprint(sep, parts) },
	"pair":  func(a, b int) int { return a*10 + b },
	"bang":  func(string) string { panic("bang") },
	"value": func() any { return nil },
}

// outcome of executing a template both ways.
type outcome int

const (
	same        outcome = iota // both wrote the same
	unsupported                // left to html/template
)

// differ executes src with html/template and compiled, and reports
// whether the compiled program handled it; any difference fails t.
func differ(t *testing.T, src string, data any) outcome {
	t.Helper()
	set, err := template.New("page").Funcs(testFuncs).Parse(src)
	if err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	var want bytes.Buffer
	wantErr := set.Execute(&want, data)
	p, err := Compile(set, "page", testFuncs)
	if errors.Is(err, ErrUnsupported) {
		return unsupported
	}
	if err != nil {
		t.Fatalf("%s: Compile: %v", src, err)
	}
	var got bytes.Buffer
	gotErr := p.Execute(&got, data)
	switch {
	case errors.Is(gotErr, ErrUnsupported):
		return unsupported
	case gotErr != nil:
		t.Fatalf("%s: Execute: %v", src, gotErr)
	case wantErr != nil:
		t.Fatalf("%s: html/template failed (%v) but the program wrote %q", src, wantErr, got.String())
	case got.String() != want.String():
		t.Fatalf("%s:\n got %q\nwant %q", src, got.String(), want.String())
	}
	return same
}

func TestSameOutput(t *testing.T) {
	// Each template must come out exactly as html/template writes it,
	// without falling back.
	for _, src := range []string{
		`plain text only`,
		`<h1>{{.Title}}</h1>`,
		`<a href="{{.Tags}}" title="{{.Title}}">{{.Count}} {{.Big}} {{.Ratio}} {{.Flag}}</a>`,
		`<title>{{.Title}}</title>`,
		`<div>{{.Body}}</div><p>{{.Link}}</p>`,
		`<a href="{{.Link}}">x</a><a href="/p?q={{.Title}}">y</a><a href="{{.Title}}">z</a>`,
		`{{range .Tags}}<a href="{{.URL}}">{{.Name}}</a>{{end}}`,
		`{{range $i, $t := .Tags}}{{if $i}}, {{end}}{{$i}}={{$t.Name}}{{end}}`,
		`{{range $t := .Tags}}{{$t.URL}}{{end}}`,
		`{{range .Empty}}x{{else}}none{{end}}{{range .NilAny}}x{{else}}nil{{end}}`,
		`{{range $k, $v := .Meta}}{{$k}}:{{$v}};{{end}}{{range $k, $v := .Ranks}}{{$k}}:{{$v}};{{end}}`,
		`{{range 3}}{{.}}{{end}}`,
		`{{range .Number}}{{.}}{{end}}{{range $i := .Big}}{{if ge $i 3}}{{break}}{{end}}{{$i}}{{end}}{{range .Count}}{{.}}{{else}}none{{end}}`,
		`{{range .Tags}}{{if eq .Name "thi đua"}}{{continue}}{{end}}{{.Name}}{{break}}{{end}}`,
		`{{range 3}}[{{.}}{{range $.Empty}}x{{else}}e{{break}}E{{end}}]{{end}}{{range 3}}[{{.}}{{range $.Empty}}x{{else}}e{{continue}}E{{end}}]{{end}}`,
		`{{with .Author}}{{.Name}} {{.Age}} {{.Initials}}{{end}}{{with .Nobody}}x{{else}}không{{end}}`,
		`{{if and .Title .Count}}a{{end}}{{if or .Flag .Empty}}b{{else}}c{{end}}{{and 1 0 2}}{{or 0 "" "z"}}`,
		`{{if not .Flag}}n{{end}}{{len .Tags}} {{len .Title}} {{len .Meta}}`,
		`{{if gt (len .Tags) 1}}many{{end}}{{if lt .Count 5}}few{{end}}{{if ge .Big 200}}big{{end}}{{if le .Ratio 1.5}}r{{end}}{{if ne .Count 4}}ne{{end}}`,
		`{{eq .Count 1 2 3}} {{eq .Big 200}} {{eq .Kind "hoi-nghi"}} {{eq .Flag false}}`,
		`{{lt .Title "Khen"}}{{gt .Title "Khen"}}{{le "a" "a"}}{{lt "b" "a"}} {{lt .Ratio 2.5}}{{ge .Ratio 1.5}}{{gt 0.5 .Ratio}}{{le -0.0 0.0}}`,
		`{{printf "/%s/%d/" .Kind .Count}} {{print "a" 1 .Flag}}`,
		`{{upper .Title}} {{T "skip"}} {{date .When}} {{.When}}`,
		`{{.Kind}} {{.Kind.Section}} {{.Str}} {{.Number}} {{.Promoted}} {{.Greet "bạn"}} {{.ByValue}}`,
		`{{.Nested.Inner.Label}} {{.Nested.Label}} {{.Meta.a}} {{.Any.Name}} {{.Pointer}}`,
		`{{$x := .Title}}{{$x}}{{$x = "đổi"}}{{$x}}{{with $y := .Count}}{{$y}}{{end}}`,
		`{{define "part"}}<b>{{.Name}}</b>{{end}}{{range .Tags}}{{template "part" .}}{{end}}{{template "part" .Author}}`,
		`{{define "nodata"}}[{{.}}]{{end}}{{template "nodata"}}`,
		`<script type="application/ld+json">{{.Script}}</script>`,
		`<a href="/x" data-n="{{.Count}}" title={{.Title}}>u</a>`,
		`{{join "," "a" .Count}} {{pair 1 2}} {{.Title | upper}} {{"lit" | printf "%s!"}}`,
		`{{(.Nested).Label}} {{$.Title}} {{range .Tags}}{{$.Count}}{{end}}`,
		`<!-- {{.Title}} -->x`,
		`{{range .AddrPtrs}}{{.Pointer}}{{end}}{{.Addr.Pointer}}`,
		`{{.NilAny}}|{{.Nobody}}|{{value}}`,
	} {
		if got := differ(t, src, newTestPage()); got != same {
			t.Errorf("%s: left to html/template", src)
		}
	}
}

func TestLeftToHTMLTemplate(t *testing.T) {
	// What the program leaves to html/template: errors, and what it does
	// not compile. The output must never differ.
	for _, src := range []string{
		`{{T "missing"}}`,
		`{{.Fails}}`,
		`{{.Nobody.Name}}`,
		`{{.Missing}}`,
		`{{.unseen}}`,
		`{{bang "x"}}`,
		`{{index .Tags 0}}`,
		`{{.Meta.zzz}}`,
		`<a title="{{.Body}}">x</a>`,
		`<script>var s = {{.Title}};</script>`,
		`<style>p { color: {{.Title}} }</style>`,
		`{{range .Ptrs}}{{.Name}}{{end}}`,
		`{{lt .Flag true}}`,
		`{{eq .Count "3"}}`,
		`{{.Title | html}}`,
		`{{range .Nobody}}x{{end}}`,
	} {
		if got := differ(t, src, newTestPage()); got != unsupported {
			t.Errorf("%s: handled, but html/template fails or should run it", src)
		}
	}
}

func TestEscapersMatch(t *testing.T) {
	// Awkward text in every context the default theme uses.
	values := []string{
		"", "plain", `<>&"'+=` + "`", "\x00nul", "a\tb\nc d", "đường Huế",
		"\ufdd0\uffff\ufffd", "\xff\xfe bad", "javascript:alert(1)", "JAVASCRIPT:x", "mailto:a@b.vn",
		"http://x.vn/a b?c=d&e=đ#f", "/path/%41%zz%", "ftp://x", "a/b:c", "#frag", "?q=a+b",
	}
	for _, ctx := range []string{
		`<p>{{.}}</p>`, `<p title="{{.}}">x</p>`, `<p title={{.}}>x</p>`, `<title>{{.}}</title>`,
		`<a href="{{.}}">x</a>`, `<a href="/q?s={{.}}">x</a>`, `<a href="{{.}}/x?y={{.}}">x</a>`,
		`<img src="{{.}}" alt="{{.}}">`, `<textarea>{{.}}</textarea>`,
	} {
		for _, v := range values {
			if got := differ(t, ctx, v); got != same {
				t.Errorf("%s with %q: left to html/template", ctx, v)
			}
		}
	}
}

var longNumber = regexp.MustCompile(`[0-9]{4}`)

// maxLoops bounds the ranges and template calls of a fuzzed template: the
// mutator repeats pieces of the seeds, and nested ones cost the product of
// their lengths, which stalled the fuzzer for seconds at a time.
const maxLoops = 4

// FuzzExecute runs random templates on the test page both ways.
func FuzzExecute(f *testing.F) {
	for _, s := range []string{
		`<a href="{{.Link}}">{{.Title}}</a>`,
		`{{range $i, $t := .Tags}}{{if $i}},{{end}}{{$t.Name}}{{end}}`,
		`{{with .Author}}{{.Name}}{{else}}-{{end}}`,
		`<title>{{printf "%s %d" .Title .Count}}</title>`,
		`{{if and (gt .Count 1) (not .Flag)}}{{len .Tags}}{{end}}`,
	} {
		f.Add(s, "Thi đua <b>")
	}
	f.Fuzz(func(t *testing.T, src, title string) {
		if longNumber.MatchString(src) {
			return // {{range 999999999}} would run for ever both ways
		}
		if strings.Count(src, "range")+strings.Count(src, "template")+strings.Count(src, "block") > maxLoops {
			return // nested loops and calls multiply: 20 nested ranges over 3 tags run 3²⁰ times
		}
		set, err := template.New("page").Funcs(testFuncs).Parse(src)
		if err != nil {
			return
		}
		page := newTestPage()
		page.Title = title
		var want bytes.Buffer
		wantErr := set.Execute(&want, page)
		if wantErr != nil && strings.Contains(wantErr.Error(), "ZgotmplZ") {
			return
		}
		p, err := Compile(set, "page", testFuncs)
		if err != nil {
			return
		}
		var got bytes.Buffer
		gotErr := p.Execute(&got, page)
		switch {
		case errors.Is(gotErr, ErrUnsupported):
		case gotErr != nil:
			t.Fatalf("Execute: %v", gotErr)
		case wantErr != nil:
			t.Fatalf("html/template failed (%v) but the program wrote %q", wantErr, got.String())
		case got.String() != want.String():
			t.Fatalf("\n got %q\nwant %q", got.String(), want.String())
		}
	})
}

// TestConcurrentExecute runs one program from several goroutines, as the
// build does; under the race detector (.ci/run) it finds state shared
// between executions.
func TestConcurrentExecute(t *testing.T) {
	src := benchLayout + `{{if and .Title (or .Flag .Count) (not .Flag)}}{{eq .Count 3}}{{end}}{{range $k, $v := .Meta}}{{$k}}{{$v}}{{end}}`
	set := template.Must(template.New("page").Funcs(testFuncs).Parse(src))
	var want bytes.Buffer
	if err := set.Execute(&want, newTestPage()); err != nil {
		t.Fatal(err)
	}
	p, err := Compile(set, "page", testFuncs)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			page := newTestPage()
			for range 50 {
				var got bytes.Buffer
				if err := p.Execute(&got, page); err != nil || got.String() != want.String() {
					t.Errorf("a concurrent execution wrote another page (%v)", err)
					return
				}
			}
		})
	}
	wg.Wait()
}
