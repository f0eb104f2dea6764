package templateexec

import (
	"bytes"
	"html/template"
	"testing"
)

// benchLayout is a page in the manner of the default theme's layouts: a
// head of attributes, a menu, a list of links, conditions and functions.
const benchLayout = `<!DOCTYPE html><html lang="vi"><head><title>{{.Title}}</title>
<meta property="og:title" content="{{.Title}}"><link rel="canonical" href="{{.Link}}">
<script type="application/ld+json">{{.Script}}</script></head><body>
<nav>{{range $i, $t := .Tags}}{{if $i}} · {{end}}<a href="{{.URL}}">{{upper .Name}}</a>{{end}}</nav>
<h1>{{.Title}}</h1><p class="meta"><time datetime="{{date .When}}">{{date .When}}</time> {{T "by"}} {{with .Author}}{{.Name}}{{end}}</p>
<div class="body">{{.Body}}</div>
{{if gt (len .Tags) 1}}<p>{{printf "%d thẻ" (len .Tags)}}</p>{{end}}
<ul>{{range .AddrPtrs}}<li>{{.Value}}</li>{{end}}{{range .Tags}}<li><a href="{{.URL}}" title="{{.Name}}">{{.Name}}</a></li>{{end}}</ul>
<footer>{{.Kind.Section}} {{.Promoted}} {{.Count}}</footer></body></html>`

// BenchmarkExecute runs the same layout with html/template and compiled;
// compare their ns/op.
func BenchmarkExecute(b *testing.B) {
	set := template.Must(template.New("page").Funcs(testFuncs).Parse(benchLayout))
	page := newTestPage()
	var buf bytes.Buffer
	if err := set.Execute(&buf, page); err != nil {
		b.Fatal(err)
	}
	p, err := Compile(set, "page", testFuncs)
	if err != nil {
		b.Fatal(err)
	}
	var compiled bytes.Buffer
	if err := p.Execute(&compiled, page); err != nil || compiled.String() != buf.String() {
		b.Fatalf("the compiled layout does not write what html/template writes (%v)", err)
	}
	b.Run("html-template", func(b *testing.B) {
		for b.Loop() {
			buf.Reset()
			if err := set.Execute(&buf, page); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("compiled", func(b *testing.B) {
		for b.Loop() {
			buf.Reset()
			if err := p.Execute(&buf, page); err != nil {
				b.Fatal(err)
			}
		}
	})
}
