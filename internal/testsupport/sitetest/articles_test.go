package sitetest_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"vinhdanh/internal/build"
	"vinhdanh/internal/testsupport/sitetest"
)

// TestArticlesBuild: the site of Articles builds with no warning, and line 4
// of an article is its kind, as the tests that break it expect.
func TestArticlesBuild(t *testing.T) {
	src := sitetest.Articles(t, 40)
	sum, err := build.Run(build.Options{Source: src, Dest: filepath.Join(t.TempDir(), "public"), Now: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC), Strict: true})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Articles != 40 || len(sum.Warnings) > 0 {
		t.Errorf("%d articles, warnings %v", sum.Articles, sum.Warnings)
	}
	data, err := os.ReadFile(filepath.Join(src, "content", "tin-tuc", "2021", "bai-1.md"))
	if err != nil {
		t.Fatal(err)
	}
	if lines := strings.Split(string(data), "\n"); lines[3] != `kind: "news"` {
		t.Errorf("line 4 is %q", lines[3])
	}
}
