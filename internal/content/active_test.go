package content

import (
	"strings"
	"testing"
)

// TestActiveBundleFiles: web pages and scripted SVG in a bundle are
// refused, unless markdown.unsafe is true; plain SVG passes either way.
func TestActiveBundleFiles(t *testing.T) {
	files := func(siteYAML string) map[string]string {
		return map[string]string{
			"site.yaml":                         siteYAML,
			"content/tin-tuc/2023/a/index.md":   "---\ntitle: A\ndate: 2023-02-03\nkind: news\n---\nA.\n",
			"content/tin-tuc/2023/a/p.html":     "<script>alert(1)</script>",
			"content/tin-tuc/2023/a/s.svg":      `<svg xmlns="http://www.w3.org/2000/svg"><set attributeName="href" to="JaVaScRiPt:alert(1)"/></svg>`,
			"content/tin-tuc/2023/a/ok.svg":     `<svg xmlns="http://www.w3.org/2000/svg"><a href="#x"><rect width="1" height="1"/></a></svg>`,
			"content/tin-tuc/2023/a/entity.svg": `<svg xmlns="http://www.w3.org/2000/svg"><a href="java&#115;cript:alert(1)"/></svg>`,
		}
	}
	_, diags := load(t, files("title: T\n"))
	var got []string
	for _, d := range diags {
		got = append(got, d.File)
	}
	want := "content/tin-tuc/2023/a/entity.svg content/tin-tuc/2023/a/p.html content/tin-tuc/2023/a/s.svg"
	if strings.Join(got, " ") != want {
		t.Errorf("refused %v, want %s", got, want)
	}
	if _, diags := load(t, files("title: T\nmarkdown:\n  unsafe: true\n")); len(diags) > 0 {
		t.Errorf("with markdown.unsafe: %v", diags)
	}
}
