// Package link checks the links and images of articles' Markdown against
// the files of the built site. vinhdanh build runs it once every file is
// written and before the output is put in place, so that build, serve and
// check report the same problems in the same words.
//
// The rules, for each link and image of a published article's body:
//
//   - An image needs a description, between its brackets:
//     ![Đại biểu dự hội nghị](anh.jpg), for readers who cannot see it.
//   - An image whose address is a file name (anh.jpg, hình/ảnh.png) is
//     looked up as front matter's image is: in the article's page bundle,
//     then in static/ (see content.Site.Picture; the page shows a file of
//     static/ at the site's root). One in neither is missing.
//   - Any other address inside the site (a path such as
//     /quyet-dinh/2023/x/, or one relative to the article's address, such
//     as ../b/) must lead to a file of the built site: a page (a folder's
//     index.html, with or without the final slash), a photo or attachment
//     of a page bundle, a file of static/ or of the theme. A #fragment must
//     name an element id of the page it leads to. A link to a source file
//     (.md) gets the article's address to write instead.
//   - Web addresses (http:, https:, //host) are only listed, with the
//     places they are written, for vinhdanh check --external; other
//     schemes (mailto:, tel:) are not checked, nor links in raw HTML.
//
// Every problem is a warning at the file, line and column of the link's
// first character ("[", "![" or "<"), with the likely fix; --strict makes
// warnings errors.
package link

import (
	"cmp"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strings"

	"vinhdanh/internal/content"
	"vinhdanh/internal/diagnostic"
	"vinhdanh/internal/i18n"
	"vinhdanh/internal/markdown"
	"vinhdanh/internal/vietnamese"
)

// Files are the files of a built site, by their slash paths in the output
// ("tin-tuc/2023/a/index.html").
type Files interface {
	Has(name string) bool
	// Names lists every file; it is asked only for suggestions.
	Names() []string
	// ReadFile returns a file's bytes; it is asked only for the pages
	// that #fragments lead to.
	ReadFile(name string) ([]byte, error)
}

// Place is where a link is written.
type Place struct {
	File      string
	Line, Col int
}

// WebLink is a web address as an article writes it.
type WebLink struct {
	URL string // with https: put in front of //host
	Place
}

// Report is what Check found.
type Report struct {
	// Diagnostics are the problems, as warnings, in the order met.
	Diagnostics diagnostic.List
	Internal    int       // links and images inside the site
	Web         []WebLink // every web link, in the order met
}

// Check checks the links and images of site's articles against files;
// refs[i] are those of site.Articles[i]'s body.
func Check(site *content.Site, refs [][]markdown.Reference, files Files) *Report {
	c := &checker{site: site, files: files, ids: map[string][]string{}}
	for i, a := range site.Articles {
		for _, ref := range refs[i] {
			c.reference(a, ref)
		}
	}
	return &c.report
}

type checker struct {
	site   *content.Site
	files  Files
	report Report
	// byPath finds articles by their source path, for links to .md files;
	// pages lists the built files' addresses by folder, for suggestions;
	// both made when first needed.
	byPath map[string]*content.Article
	pages  map[string][]string
	ids    map[string][]string // element ids of the pages read, by file
}

// reference checks one link or image of article a.
func (c *checker) reference(a *content.Article, ref markdown.Reference) {
	at := Place{File: a.Path, Line: a.BodyLine}
	if ref.Line > 0 {
		at.Line, at.Col = a.BodyLine+ref.Line-1, ref.Col
	}
	d := &c.report.Diagnostics
	dest := strings.TrimSpace(ref.Destination)
	if dest == "" {
		if ref.Image {
			d.Warn(at.File, at.Line, at.Col, "image with no address: write the picture's file name between the parentheses, as in ![Đại biểu dự hội nghị](anh.jpg)")
		} else {
			d.Warn(at.File, at.Line, at.Col, "link with no address: write one between the parentheses, as in [text](/tin-tuc/2023/bai-viet/)")
		}
		return
	}
	if ref.Image && strings.TrimSpace(ref.Alt) == "" {
		d.Warn(at.File, at.Line, at.Col, "image %q has no description: write what it shows between the brackets, as in ![Đại biểu dự hội nghị](%s), for readers who cannot see it", dest, dest)
	}
	u, err := url.Parse(dest)
	if err != nil {
		if ref.Image {
			d.Warn(at.File, at.Line, at.Col, "image %q is not a valid address: %v", dest, unwrapURLError(err))
		} else {
			d.Warn(at.File, at.Line, at.Col, "link %q is not a valid address: %v", dest, unwrapURLError(err))
		}
		return
	}
	switch {
	case u.Scheme == "http" || u.Scheme == "https" || (u.Scheme == "" && u.Host != ""):
		if u.Scheme == "" {
			u.Scheme = "https"
			dest = u.String()
		}
		c.report.Web = append(c.report.Web, WebLink{URL: dest, Place: at})
		return
	case u.Scheme != "":
		return // mailto:, tel: and the like
	}
	c.report.Internal++
	if ref.Image {
		if res, named := c.site.Picture(a, dest); named {
			if res == nil {
				c.missingPicture(a, at, dest, u.Path)
			}
			return
		}
	}
	target := (&url.URL{Path: a.URL}).ResolveReference(u)
	name, ok := c.find(target.Path)
	switch {
	case !ok && strings.EqualFold(path.Ext(target.Path), ".md"):
		if other := c.source(a, dest); other != nil {
			d.Warn(at.File, at.Line, at.Col, "link %q leads to a source file; link to the article's address instead: %s", dest, other.URL)
			return
		}
		fallthrough
	case !ok && !ref.Image:
		d.Warn(at.File, at.Line, at.Col, "broken link %q: the site has no page or file %s%s", dest, target.Path, c.suggest(target.Path))
	case !ok:
		d.Warn(at.File, at.Line, at.Col, "missing image %q: the site has no file %s; put the image in the article's page bundle or in static/", dest, target.Path)
	case u.Fragment != "" && strings.HasSuffix(name, ".html"):
		if ids, read := c.pageIDs(name); read && !slices.Contains(ids, u.Fragment) {
			d.Warn(at.File, at.Line, at.Col, "link %q: the page %s has no part #%s%s", dest, target.Path, u.Fragment, didYouMean(u.Fragment, ids))
		}
	}
}

// missingPicture reports a picture named by its file name, p, that is
// neither in a's page bundle nor in static/.
func (c *checker) missingPicture(a *content.Article, at Place, dest, p string) {
	name := path.Clean(vietnamese.NFC(strings.ReplaceAll(p, `\`, "/")))
	bundle, static := c.site.Pictures(a)
	hint := diagnostic.DidYouMean(name, slices.Concat(bundle, static), strings.ToLower)
	if hint.Key == "" && len(bundle) == 1 {
		// However unlike, the one picture beside the article is likely the
		// one meant: suggested as the nearest of itself.
		hint = diagnostic.DidYouMean(bundle[0], bundle, nil)
	}
	if a.BundleDir != "" {
		c.report.Diagnostics.Warn(at.File, at.Line, at.Col, "missing image %q: no file %s in this article's folder or in static/; check the name%s", dest, name, hint)
		return
	}
	c.report.Diagnostics.Warn(at.File, at.Line, at.Col, "missing image %q: no file %s in static/; check the name%s, or make the article a page bundle (a folder with index.md) to keep its pictures beside it", dest, name, hint)
}

// find returns the output file that the site path p leads to.
func (c *checker) find(p string) (string, bool) {
	name := strings.TrimPrefix(path.Clean("/"+p), "/")
	if strings.HasSuffix(p, "/") || name == "" {
		name = strings.TrimPrefix(name+"/index.html", "/")
		return name, c.files.Has(name)
	}
	if c.files.Has(name) {
		return name, true
	}
	// A page's address without its final slash: hosts send the reader on.
	if c.files.Has(name + "/index.html") {
		return name + "/index.html", true
	}
	return name, false
}

// source returns the published article whose source file a link to a .md
// file names, or nil.
func (c *checker) source(a *content.Article, dest string) *content.Article {
	if c.byPath == nil {
		c.byPath = make(map[string]*content.Article, len(c.site.Articles))
		for _, a := range c.site.Articles {
			c.byPath[a.Path] = a
		}
	}
	file, _, _ := strings.Cut(dest, "#")
	for _, candidate := range []string{path.Join(path.Dir(a.Path), file), strings.TrimPrefix(path.Clean("/"+file), "/"), content.ContentDir + path.Clean("/"+file)} {
		if other, ok := c.byPath[candidate]; ok {
			return other
		}
	}
	return nil
}

// suggest finds a built page or file whose address is close to target.
func (c *checker) suggest(target string) i18n.Text {
	if c.pages == nil {
		c.pages = map[string][]string{}
		for _, name := range c.files.Names() {
			addr := "/" + strings.TrimSuffix(name, "index.html")
			dir := path.Dir(strings.TrimSuffix(addr, "/"))
			c.pages[dir] = append(c.pages[dir], addr)
		}
	}
	dir := path.Dir(strings.TrimSuffix(target, "/"))
	return didYouMean(target, c.pages[dir])
}

// pageIDs returns the element ids of the page at name, and whether it
// could be read.
func (c *checker) pageIDs(name string) ([]string, bool) {
	if ids, ok := c.ids[name]; ok {
		return ids, ids != nil
	}
	data, err := c.files.ReadFile(name)
	var ids []string
	if err == nil {
		ids = idsOf(data)
		if ids == nil {
			ids = []string{}
		}
	}
	c.ids[name] = ids
	return ids, ids != nil
}

// didYouMean suggests the candidate nearest to word, or else the shortest
// that begins with word without its final slash: a slug or heading cut
// short ("/quyet-dinh/2023/khen-thuong/" for ".../khen-thuong-41-tap-the/").
func didYouMean(word string, candidates []string) i18n.Text {
	if hint := diagnostic.DidYouMean(word, candidates, strings.ToLower); hint.Key != "" {
		return hint
	}
	stem := strings.ToLower(strings.TrimSuffix(word, "/"))
	best := ""
	for _, c := range candidates {
		if strings.HasPrefix(strings.ToLower(c), stem) && (best == "" || len(c) < len(best)) {
			best = c
		}
	}
	if best == "" || stem == "" {
		return i18n.Text{}
	}
	return i18n.T(" (did you mean %q?)", best)
}

// idAttribute finds the id attributes of tags, quoted or not (minified
// pages drop the quotes where they can).
var idAttribute = regexp.MustCompile(`<[a-zA-Z][^<>]*?\sid=(?:"([^"]*)"|'([^']*)'|([^\s"'=<>` + "`" + `]+))`)

// idsOf lists the element ids of an HTML page.
func idsOf(page []byte) []string {
	var out []string
	for _, m := range idAttribute.FindAllSubmatch(page, -1) {
		out = append(out, cmp.Or(string(m[1]), string(m[2]), string(m[3])))
	}
	return out
}

func unwrapURLError(err error) error {
	if ue, ok := err.(*url.Error); ok {
		return ue.Err
	}
	return err
}
