package themes_test

import (
	"bytes"
	"compress/gzip"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Budgets for what a reader on a slow phone network downloads, gzipped.
const (
	articleBudget = 30 << 10 // an article page, without its images
	assetsBudget  = 20 << 10 // the theme's CSS and JavaScript together
)

func gzipSize(t *testing.T, path string) int {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.DefaultCompression)
	w.Write(data)
	w.Close()
	return buf.Len()
}

// articlePage matches the output path of an article: section, year, slug.
var articlePage = regexp.MustCompile(`^(hoi-nghi|dien-hinh|quyet-dinh|tin-tuc)/\d{4}/[^/]+/index\.html$`)

// TestPageWeight keeps every article page of the demo site, and the CSS
// and JavaScript every page may load, within their gzipped budgets.
func TestPageWeight(t *testing.T) {
	dest := buildDemo(t)
	articles, heaviest, assets := 0, 0, 0
	err := filepath.WalkDir(dest, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel := filepath.ToSlash(strings.TrimPrefix(path, dest+string(filepath.Separator)))
		switch {
		case articlePage.MatchString(rel):
			articles++
			size := gzipSize(t, path)
			heaviest = max(heaviest, size)
			if size > articleBudget {
				t.Errorf("%s is %d bytes gzipped; the budget is %d", rel, size, articleBudget)
			}
		case strings.HasSuffix(rel, ".css"), strings.HasSuffix(rel, ".js"):
			assets += gzipSize(t, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if articles < 40 {
		t.Fatalf("found %d article pages; the demo site has more", articles)
	}
	if assets == 0 || assets > assetsBudget {
		t.Errorf("CSS and JavaScript are %d bytes gzipped; the budget is %d", assets, assetsBudget)
	}
	t.Logf("%d articles, the heaviest %d bytes gzipped; CSS and JavaScript %d bytes gzipped", articles, heaviest, assets)
}
