package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const searchSite = `
-- site.yaml --
title: T
base_url: https://example.vn/
%s
-- content/tin-tuc/2023/a.md --
---
title: Phong trào thi đua
date: 2023-01-02
kind: news
province: Bắc Kạn
---
Thi đua yêu nước.
`

// TestSearchIndexAndPage checks that the build writes the index into a
// folder named by its version, the search page that points at it, and a
// search box in every page's header; and that search.enabled false leaves
// all three out.
func TestSearchIndexAndPage(t *testing.T) {
	dest, sum := buildSite(t, strings.Replace(searchSite, "%s", "", 1), nil)
	page := readOutput(t, dest, "tim-kiem/index.html")
	start := strings.Index(page, `"v":"`)
	if start < 0 {
		t.Fatalf("the search page holds no configuration:\n%s", page)
	}
	version := page[start+5 : start+5+12]
	for _, name := range []string{"r/0.json", "k/3.bin", "p/bac-kan.bin", "p/thai-nguyen.bin"} {
		if _, err := os.Stat(filepath.Join(dest, "tim-kiem", version, filepath.FromSlash(name))); err != nil {
			t.Errorf("the index lacks %s: %v", name, err)
		}
	}
	if entries, _ := os.ReadDir(filepath.Join(dest, "tim-kiem")); len(entries) != 2 {
		t.Errorf("tim-kiem/ holds %d entries, want the page and the index's folder (no staging folder left)", len(entries))
	}
	if sum.SearchFiles == 0 || sum.SearchBytes == 0 {
		t.Errorf("summary: %d search files, %d bytes", sum.SearchFiles, sum.SearchBytes)
	}
	if !strings.Contains(readOutput(t, dest, "tin-tuc/2023/a/index.html"), `action="/tim-kiem/"`) {
		t.Error("an article's header has no search box")
	}

	dest, sum = buildSite(t, strings.Replace(searchSite, "%s", "search: {enabled: false}", 1), nil)
	if _, err := os.Stat(filepath.Join(dest, "tim-kiem")); !os.IsNotExist(err) {
		t.Errorf("search disabled, yet tim-kiem/ exists (%v)", err)
	}
	if strings.Contains(readOutput(t, dest, "tin-tuc/2023/a/index.html"), `/tim-kiem/`) {
		t.Error("search disabled, yet the header links to the search page")
	}
	if sum.SearchFiles != 0 {
		t.Errorf("search disabled, yet the summary counts %d search files", sum.SearchFiles)
	}
}
