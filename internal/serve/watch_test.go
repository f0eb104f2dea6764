package serve

import (
	"path/filepath"
	"testing"
)

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
