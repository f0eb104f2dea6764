package serve

import (
	"path/filepath"
	"testing"
)

func TestIgnoredName(t *testing.T) {
	for _, name := range []string{
		"sedAb12xZ", "sed0a9ZZq",
		".a.md.swp", "a.md.swp", "a.md.swx", "a.md.swo", ".a.md.swo", "4913", "a.md~", "index.md~",
		"~$bao-cao.docx", "~$danh-sach.xlsx", ".~lock.bao-cao.docx#",
		".#a.md", "#a.md#",
		".DS_Store", "Thumbs.db", "thumbs.db", "desktop.ini",
		"a.tmp", "anh.jpg.crdownload", "a.md___jb_tmp___", "a.md.crswap",
	} {
		if !ignoredName(name) {
			t.Errorf("%q is not ignored", name)
		}
	}
	for _, name := range []string{
		"a.md", "index.md", "sed.md", "sedan.jpg", "sedimentary.md", "seda.md", "anh-1.jpg", "bao-cao.docx",
		"4913.md", "danh-sach.xlsx", "tmp.md", "thumbs.jpg", "site.yaml", "main.css",
	} {
		if ignoredName(name) {
			t.Errorf("%q is ignored", name)
		}
	}
}

func TestSitePathIgnoresTemporaryFiles(t *testing.T) {
	w := &watcher{root: filepath.FromSlash("/site")}
	for _, p := range []string{"/site/content/tin-tuc/sedX1y2Z3", "/site/content/a/~$x.docx", "/site/static/Thumbs.db",
		"/site/content/a/.~lock.x.docx#", "/site/content/.git/x", "/site/public/index.html"} {
		if rel, ok := w.sitePath(filepath.FromSlash(p)); ok {
			t.Errorf("%s is watched as %s", p, rel)
		}
	}
	for _, p := range []string{"/site/content/tin-tuc/2023/a.md", "/site/site.yaml", "/site/static/logo.png", "/site/themes/default/layouts/article.html"} {
		if _, ok := w.sitePath(filepath.FromSlash(p)); !ok {
			t.Errorf("%s is not watched", p)
		}
	}
}
