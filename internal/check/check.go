// Package check is vinhdanh check: everything a build validates, plus the
// links and images in articles' Markdown, without writing anything.
//
// Run builds the site in memory, search index included, exactly as vinhdanh
// build would (same options, same errors), and then reads every published
// article's Markdown for links and images:
//
//   - An address inside the site (a path such as /quyet-dinh/2023/x/, or
//     one relative to the article's address, such as anh.jpg or ../b/) must
//     lead to a file of the built site: a page (a folder's index.html), a
//     photo or attachment of a page bundle, a file of static/ or of the
//     theme. A #fragment must name an element id of the page it leads to.
//     A link to a source file (.md) is an error that gives the article's
//     address instead.
//   - With External, each distinct http(s) address is asked once, through
//     a weblink.Checker, concurrently and with a time limit, and answers
//     are cached between runs.
//
// Every problem is a diagnostic at the file, line and column of the link's
// first character ("[", "![" or "<"). Other schemes (mailto:, tel:) are
// not checked. When the site does not build, Run returns the build's error
// and checks no links, since there is no site to check them against.
package check

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"vinhdanh/internal/build"
	"vinhdanh/internal/content"
	"vinhdanh/internal/diagnostic"
	"vinhdanh/internal/i18n"
	"vinhdanh/internal/markdown"
	"vinhdanh/internal/publish"
	"vinhdanh/internal/weblink"
)

// Options configure a check.
type Options struct {
	Build build.Options // Dest is not used
	// External asks web addresses whether they answer, with Web.
	External bool
	Web      *weblink.Checker
}

// Report is the outcome of a check of a site that builds.
type Report struct {
	// Diagnostics are the build's warnings and the links' problems, sorted.
	Diagnostics diagnostic.List
	Articles    int // articles read
	Internal    int // links and images inside the site
	External    int // distinct web addresses (asked only with External)
}

// Run checks the site.
func Run(ctx context.Context, opts Options) (*Report, error) {
	s, err := build.NewSession(opts.Build)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	out, err := s.Build(nil)
	if err != nil {
		return nil, err
	}
	files := out.Files
	if job := s.SearchJob(); job != nil {
		index, err := job.Run()
		if err != nil {
			return nil, err
		}
		withIndex, err := s.AddSearch(index)
		if err != nil {
			return nil, err
		}
		files = withIndex.Files
	}
	c := &checker{files: files, byPath: map[string]*content.Article{}, web: map[string][]place{}}
	articles := s.Site().Articles
	for _, a := range articles {
		c.byPath[a.Path] = a
	}
	md := markdown.New(markdown.Options{})
	for _, a := range articles {
		for _, ref := range md.References(a.Body) {
			c.reference(a, ref)
		}
	}
	report := &Report{Articles: len(articles), Internal: c.internal, External: len(c.webOrder)}
	if opts.External && len(c.webOrder) > 0 {
		web := opts.Web
		if web == nil {
			web = &weblink.Checker{}
		}
		for _, r := range web.Check(ctx, c.webOrder) {
			if r.OK() {
				continue
			}
			for _, p := range c.web[weblink.Key(r.URL)] {
				c.diags.Add(p.file, p.line, p.col, "web link %s: %s", r.URL, r.Problem)
			}
		}
	}
	report.Diagnostics = slices.Concat(out.Summary.Warnings, c.diags).Sort()
	return report, nil
}

// place is where a reference is written.
type place struct {
	file      string
	line, col int
}

type checker struct {
	files    *publish.Memory
	byPath   map[string]*content.Article
	diags    diagnostic.List
	internal int
	web      map[string][]place // by weblink.Key
	webOrder []string           // one spelling a Key, in the order first met
	// pages lists the built pages and files by folder, for suggestions;
	// made when first needed.
	pages map[string][]string
}

// reference checks one link or image of article a.
func (c *checker) reference(a *content.Article, ref markdown.Reference) {
	at := position(a, ref.Offset)
	what := "link"
	if ref.Image {
		what = "image"
	}
	dest := strings.TrimSpace(ref.Destination)
	if dest == "" {
		c.diags.Add(at.file, at.line, at.col, "%s with no address: write one between the parentheses, as in [text](/tin-tuc/2023/bai-viet/)", what)
		return
	}
	u, err := url.Parse(dest)
	if err != nil {
		c.diags.Add(at.file, at.line, at.col, "%s %q is not a valid address: %v", what, dest, unwrapURLError(err))
		return
	}
	switch {
	case u.Scheme == "http" || u.Scheme == "https" || (u.Scheme == "" && u.Host != ""):
		if u.Scheme == "" {
			u.Scheme = "https"
			dest = u.String()
		}
		key := weblink.Key(dest)
		if _, seen := c.web[key]; !seen {
			c.webOrder = append(c.webOrder, dest)
		}
		c.web[key] = append(c.web[key], at)
		return
	case u.Scheme != "":
		return // mailto:, tel: and the like
	}
	c.internal++
	target := (&url.URL{Path: a.URL}).ResolveReference(u)
	name, ok := c.find(target.Path)
	if !ok {
		c.diags.Add(at.file, at.line, at.col, "%s", c.missing(a, what, dest, target.Path))
		return
	}
	if f, _ := c.files.Lookup(name); u.Fragment != "" && strings.HasSuffix(name, ".html") && f.Data != nil {
		if !hasID(f.Data, u.Fragment) {
			c.diags.Add(at.file, at.line, at.col, "link %q: the page %s has no part #%s%s", dest, target.Path, u.Fragment,
				didYouMean(u.Fragment, ids(f.Data)))
		}
	}
}

// find returns the output file that the site path p leads to.
func (c *checker) find(p string) (string, bool) {
	name := strings.TrimPrefix(path.Clean("/"+p), "/")
	if strings.HasSuffix(p, "/") || name == "" {
		name = strings.TrimPrefix(name+"/index.html", "/")
		_, ok := c.files.Lookup(name)
		return name, ok
	}
	if _, ok := c.files.Lookup(name); ok {
		return name, true
	}
	// A page's address without its final slash: hosts send the reader on.
	if _, ok := c.files.Lookup(name + "/index.html"); ok {
		return name + "/index.html", true
	}
	return name, false
}

// missing says what is wrong with a reference that leads nowhere.
func (c *checker) missing(a *content.Article, what, dest, target string) string {
	if strings.EqualFold(path.Ext(target), ".md") {
		file, _, _ := strings.Cut(dest, "#")
		for _, candidate := range []string{path.Join(path.Dir(a.Path), file), strings.TrimPrefix(path.Clean("/"+file), "/"), content.ContentDir + path.Clean("/"+file)} {
			if other, ok := c.byPath[candidate]; ok {
				return fmt.Sprintf("link %q leads to a source file; link to the article's address instead: %s", dest, other.URL)
			}
		}
	}
	if what == "image" {
		return fmt.Sprintf("missing image %q: the site has no file %s; put the image in the article's page bundle or in static/", dest, target)
	}
	return fmt.Sprintf("broken link %q: the site has no page or file %s%s", dest, target, c.suggest(target))
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

// position turns a byte offset in a's body into a place in its file.
func position(a *content.Article, offset int) place {
	if offset < 0 || offset > len(a.Body) {
		return place{file: a.Path, line: a.BodyLine}
	}
	before := a.Body[:offset]
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	return place{
		file: a.Path,
		line: a.BodyLine + bytes.Count(before, []byte{'\n'}),
		col:  utf8.RuneCount(before[lineStart:]) + 1,
	}
}

// idAttribute finds the id attributes of tags, quoted or not (minified
// pages drop the quotes where they can).
var idAttribute = regexp.MustCompile(`<[a-zA-Z][^<>]*?\sid=(?:"([^"]*)"|'([^']*)'|([^\s"'=<>` + "`" + `]+))`)

// ids lists the element ids of an HTML page.
func ids(page []byte) []string {
	var out []string
	for _, m := range idAttribute.FindAllSubmatch(page, -1) {
		out = append(out, cmp.Or(string(m[1]), string(m[2]), string(m[3])))
	}
	return out
}

func hasID(page []byte, id string) bool { return slices.Contains(ids(page), id) }

func unwrapURLError(err error) error {
	if ue, ok := err.(*url.Error); ok {
		return ue.Err
	}
	return err
}
