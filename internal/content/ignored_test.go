package content

import "testing"

// TestIgnoredName checks the names that are not part of the site, for the
// build and for the preview's watcher alike.
func TestIgnoredName(t *testing.T) {
	for _, name := range []string{
		"sedAb12xZ", "sed0a9ZZq",
		".a.md.swp", "a.md.swp", "a.md.swx", "a.md.swo", ".a.md.swo", "4913", "a.md~", "index.md~",
		"~$bao-cao.docx", "~$danh-sach.xlsx", ".~lock.bao-cao.docx#",
		".#a.md", "#a.md#",
		".DS_Store", "Thumbs.db", "thumbs.db", "desktop.ini",
		"a.tmp", "anh.jpg.crdownload", "a.md___jb_tmp___", "a.md.crswap",
	} {
		if !Ignored(name) {
			t.Errorf("%q is not ignored", name)
		}
	}
	for _, name := range []string{
		"a.md", "index.md", "sed.md", "sedan.jpg", "sedimentary.md", "seda.md", "anh-1.jpg", "bao-cao.docx",
		"4913.md", "danh-sach.xlsx", "tmp.md", "thumbs.jpg", "site.yaml", "main.css",
	} {
		if Ignored(name) {
			t.Errorf("%q is ignored", name)
		}
	}
}
