package content

import (
	"cmp"
	"path"
	"slices"
	"strings"

	"vinhdanh/internal/diagnostic"
	"vinhdanh/internal/i18n"
	"vinhdanh/internal/metadata"
	"vinhdanh/internal/vietnamese"
)

// Limits on the names vinhdanh writes, in bytes of UTF-8, checked before
// anything is written. A part of an output path (a folder or file name) is
// at most MaxNameBytes, well under the 255 that Linux, macOS and Windows
// allow a name; a whole path inside the output is at most MaxPathBytes, so
// that the destination's own path has room under Windows' 260 characters
// (where long paths are on) and an article's address fits a search record.
//
// MaxTags bounds an article's tags: each tag's page and feed lists the
// article, so tags cost pages in proportion to their number.
const (
	MaxNameBytes = 200
	MaxPathBytes = 400
	MaxTags      = 50
)

// listPages are the output paths, and the folders (ending in /), that the
// build's own pages own: lists, index pages, feeds and sitemaps.
var listPages = func() []string {
	out := []string{"index.html", "index.xml", "404.html", "atom.xml", "sitemap.xml", "news-sitemap.xml",
		"trang/", "tinh/", "nam/", "giai-doan/", "luu-tru/", "chu-de/", "khen-thuong/", "cum-thi-dua/", "tim-kiem/", "vinh-danh/"}
	for _, k := range Kinds {
		out = append(out, k.Section()+"/index.html", k.Section()+"/index.xml", k.Section()+"/trang/")
	}
	return out
}()

// The list pages by kind, for lookups in constant time: the files, the
// folders they own whole, and the folders that hold their files.
var listFiles, listDirs, listNeeded = func() (files, dirs, needed map[string]bool) {
	files, dirs, needed = map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, l := range listPages {
		if dir, ok := strings.CutSuffix(l, "/"); ok {
			dirs[dir] = true
			l = dir
		} else {
			files[l] = true
		}
		for dir := path.Dir(l); dir != "."; dir = path.Dir(dir) {
			needed[dir] = true
		}
		if dirs[l] {
			needed[l] = true
		}
	}
	return files, dirs, needed
}()

// isListPage reports whether output path p belongs to one of the build's
// own pages.
func isListPage(p string) bool {
	if listFiles[p] || (strings.HasPrefix(p, "sitemap-") && strings.HasSuffix(p, ".xml")) {
		return true
	}
	for dir := path.Dir(p); dir != "."; dir = path.Dir(dir) {
		if listDirs[dir] {
			return true
		}
	}
	return false
}

// A clash is why an output path cannot be had.
type clash int

const (
	noClash    clash = iota
	taken            // the path, or one equal in NFC, is another's
	listPage         // the path is one of the build's own pages
	caseOnly         // the path differs from another's only in case
	underFile        // a folder of the path is another's file
	overFolder       // the path is a folder of another's file
	longName         // a part of the path is over MaxNameBytes
	longPath         // the path is over MaxPathBytes
)

// outputs are the output paths claimed so far, each by its NFC spelling, so
// that two names equal but for Unicode normalisation meet, and by its
// case-folded spelling for the file systems of Windows and macOS.
type outputs struct {
	files, folded    map[string]claim
	dirs, foldedDirs map[string]claim
}

// claim is an output path and what holds it.
type claim struct {
	path string
	owner
}

func newOutputs() *outputs {
	return &outputs{files: map[string]claim{}, folded: map[string]claim{}, dirs: map[string]claim{}, foldedDirs: map[string]claim{}}
}

// claim gives output path p to o, unless it clashes with what holds the
// path, one of its folders, or a file below it.
func (out *outputs) claim(p string, o owner) (clash, claim) {
	p = vietnamese.NFC(p)
	if len(p) > MaxPathBytes {
		return longPath, claim{}
	}
	for part := range strings.SplitSeq(p, "/") {
		if len(part) > MaxNameBytes {
			return longName, claim{path: part}
		}
	}
	lower := strings.ToLower(p) // p itself when it has no capitals
	fold := func(s string) string {
		if lower == p {
			return s
		}
		return strings.ToLower(s)
	}
	list := claim{owner: owner{i18n.T("a list page"), ""}}
	switch {
	case isListPage(p) || (lower != p && isListPage(lower)):
		return listPage, list
	case listNeeded[p] || listNeeded[lower]:
		return overFolder, list
	}
	if prev, ok := out.files[p]; ok {
		return taken, prev
	}
	if prev, ok := out.dirs[p]; ok {
		return overFolder, prev
	}
	if prev, ok := out.folded[lower]; ok {
		return caseOnly, prev
	}
	if prev, ok := out.foldedDirs[lower]; ok {
		return overFolder, prev
	}
	for dir := path.Dir(p); dir != "."; dir = path.Dir(dir) {
		if listFiles[dir] {
			return underFile, list
		}
		if prev, ok := out.files[dir]; ok {
			return underFile, prev
		}
		if prev, ok := out.folded[fold(dir)]; ok {
			return underFile, prev
		}
	}
	c := claim{"/" + p, o}
	out.files[p], out.folded[lower] = c, c
	for dir := path.Dir(p); dir != "."; dir = path.Dir(dir) {
		if _, ok := out.dirs[dir]; ok {
			break
		}
		out.dirs[dir] = c
		out.foldedDirs[fold(dir)] = c
	}
	return noClash, c
}

// report adds the error for a clash of the output path p, which the source
// at file:pos wanted; the clashes every source shares. It reports whether
// it did: taken and listPage have messages of each source's own.
func report(diags *diagnostic.List, c clash, prev claim, p, file string, pos metadata.Pos) bool {
	addr := "/" + p
	switch c {
	case caseOnly:
		diags.Add(file, pos.Line, pos.Col, "the address %s differs only in upper and lower case from %s, of %s; Windows and macOS would make them one file, so change one of them", addr, prev.path, describe(prev.owner))
	case underFile:
		if prev.file == "" {
			diags.Add(file, pos.Line, pos.Col, "the address %s would be inside a file of a list page; change it", addr)
		} else {
			diags.Add(file, pos.Line, pos.Col, "the address %s would need a folder where %s is the file %s; change one of them", addr, describe(prev.owner), prev.path)
		}
	case overFolder:
		if prev.file == "" {
			diags.Add(file, pos.Line, pos.Col, "the address %s would be a file where the list pages need a folder; change it", addr)
		} else {
			diags.Add(file, pos.Line, pos.Col, "the address %s would be a file where %s needs a folder, for %s; change one of them", addr, describe(prev.owner), prev.path)
		}
	case longName:
		diags.Add(file, pos.Line, pos.Col, "the address has a part of %d bytes (%.30s...); at most %d bytes a part are allowed, since file systems refuse longer names: shorten it", len(prev.path), prev.path, MaxNameBytes)
	case longPath:
		diags.Add(file, pos.Line, pos.Col, "the address %.60s... is %d bytes long; at most %d are allowed, since file systems refuse longer paths: shorten it", addr, len(p), MaxPathBytes)
	default:
		return false
	}
	return true
}

// checkOutputs reports files that would be written at the same output path,
// or one a file system would take for it: articles that share a URL,
// aliases that meet a page or a file, static files or bundle files that
// would replace a page, a file where another needs a folder, names equal
// but for case or Unicode normalisation, and names too long to write. The
// first owner of a path, in the order articles, their files, aliases,
// static files, keeps it.
func checkOutputs(published []*Article, static []Resource, diags *diagnostic.List) {
	out := newOutputs()
	first := metadata.Pos{Line: 1, Col: 1}
	var byPath []*Article
	for _, a := range published {
		if a.URL != "" { // an article without one has errors of its own
			byPath = append(byPath, a)
		}
	}
	slices.SortFunc(byPath, func(a, b *Article) int { return cmp.Compare(a.Path, b.Path) })
	for _, a := range byPath {
		p := strings.TrimPrefix(a.URL, "/") + "index.html"
		c, prev := out.claim(p, owner{i18n.T("the article %s", a.Path), a.Path})
		if c == taken || c == listPage {
			diags.Add(a.Path, 1, 1, "the URL %s is already used by %s; give one of them another slug (slug: ...)", a.URL, describe(prev.owner))
		} else {
			report(diags, c, prev, p, a.Path, first)
		}
	}
	for _, a := range byPath {
		if a.Decision != nil && a.Decision.ListPath != "" {
			p := a.Decision.ListPath
			c, prev := out.claim(p, owner{i18n.T("the list of honourees of %s", a.Path), a.Path})
			report(diags, c, prev, p, a.Path, first)
		}
		for _, r := range a.Resources {
			c, prev := out.claim(r.Path, owner{i18n.T("the file %s", r.Source), r.Source})
			if c == taken || c == listPage {
				diags.Add(r.Source, 1, 1, "this file would be published at %s, where %s is; rename it", r.URL, describe(prev.owner))
			} else {
				report(diags, c, prev, r.Path, r.Source, first)
			}
		}
	}
	for _, a := range byPath {
		for i, alias := range a.Aliases {
			p := strings.TrimPrefix(alias, "/")
			if strings.HasSuffix(p, "/") || p == "" {
				p += "index.html"
			}
			c, prev := out.claim(p, owner{i18n.T("an alias of %s", a.Path), a.Path})
			if c == taken || c == listPage {
				diags.Add(a.Path, a.aliasPos[i].Line, a.aliasPos[i].Col, "alias %s would replace %s; remove the alias", alias, describe(prev.owner))
			} else {
				report(diags, c, prev, p, a.Path, a.aliasPos[i])
			}
		}
	}
	for _, r := range static {
		c, prev := out.claim(r.Path, owner{i18n.T("the static file %s", r.Source), r.Source})
		if c == taken || c == listPage {
			diags.Add(r.Source, 1, 1, "this file would replace %s at %s; rename or remove it", describe(prev.owner), r.URL)
		} else {
			report(diags, c, prev, r.Path, r.Source, first)
		}
	}
}

// owner is what claims an output path: its words in messages, and the
// source file it comes from, if any.
type owner struct {
	what i18n.Text
	file string
}

// describe is owner o in messages: "the article content/a.md".
func describe(o owner) i18n.Text { return o.what }
