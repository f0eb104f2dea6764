package bench

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"vinhdanh/bench/corpus"
	"vinhdanh/internal/build"
)

// testNow is the build's moment in the tests: after every generated
// article.
var testNow = time.Date(2026, 11, 21, 9, 0, 0, 0, time.FixedZone("ICT", 7*3600))

// urlSet is a sitemap's URLs.
type urlSet struct {
	URLs []struct {
		Loc string `xml:"loc"`
	} `xml:"url"`
}

// readXML decodes the output file name, a slash path under dest, into v.
func readXML(t *testing.T, dest, name string, v any) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dest, filepath.FromSlash(name)))
	if err != nil {
		t.Fatalf("output %s: %v", name, err)
	}
	if err := xml.Unmarshal(data, v); err != nil {
		t.Fatalf("%s is not well-formed XML: %v", name, err)
	}
}

// TestSitemapIndexAt60000 builds 60,000 generated articles: the pages then
// number more than 50,000, so /sitemap.xml must be a sitemap index whose
// parts each hold at most 50,000 URLs, together every page once.
func TestSitemapIndexAt60000(t *testing.T) {
	if os.Getenv("VINHDANH_SCALE_TESTS") == "" {
		t.Skip("builds 60,000 articles: make test-scale runs it (render's TestSitemapIndex splits at a small limit)")
	}
	src := t.TempDir()
	if err := corpus.WriteDir(src, corpus.Options{Articles: 60000}); err != nil {
		t.Fatal(err)
	}
	dest := filepath.Join(t.TempDir(), "public")
	sum, err := build.Run(build.Options{Source: src, Dest: dest, Now: testNow, BaseURL: "https://example.vn/"})
	if err != nil {
		t.Fatal(err)
	}
	var index struct {
		XMLName  xml.Name `xml:"sitemapindex"`
		Sitemaps []struct {
			Loc string `xml:"loc"`
		} `xml:"sitemap"`
	}
	readXML(t, dest, "sitemap.xml", &index)
	if len(index.Sitemaps) < 2 {
		t.Fatalf("the index lists %d sitemaps", len(index.Sitemaps))
	}
	seen := map[string]bool{}
	for _, s := range index.Sitemaps {
		name := strings.TrimPrefix(s.Loc, "https://example.vn/")
		var part urlSet
		readXML(t, dest, name, &part)
		if n := len(part.URLs); n == 0 || n > 50000 {
			t.Errorf("%s holds %d URLs", name, n)
		}
		for _, u := range part.URLs {
			if seen[u.Loc] {
				t.Errorf("%s is listed twice", u.Loc)
			}
			seen[u.Loc] = true
		}
	}
	if want := sum.ArticlePages + sum.ListPages; len(seen) != want {
		t.Errorf("the sitemaps list %d pages, the build wrote %d", len(seen), want)
	}
	if len(seen) <= 50000 {
		t.Errorf("only %d pages: the test does not need an index", len(seen))
	}
	if _, err := os.Stat(filepath.Join(dest, "sitemap-1.xml")); err != nil {
		t.Error(err)
	}
	t.Logf("%d articles, %d pages in %d sitemaps, built in %v", sum.Articles, len(seen), len(index.Sitemaps), sum.Duration)
}
