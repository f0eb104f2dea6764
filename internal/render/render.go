// Package render turns the index and the theme into pages: bytes of HTML
// for each URL, in memory. It does no I/O; the build hands what it returns
// to the publisher.
//
// Rendering reads the articles and changes none of them: summaries taken
// from bodies are filled in before, by the build's summaries stage. Bodies
// are converted with package markdown, a library that render uses, not a
// stage of its own. Article pages are rendered first, each with its card
// (partials/card.html), which the lists then reuse: an article's card is
// rendered once, not once for every list it is in.
//
// Pages: one per article at its URL; the home stream at / and /trang/N/;
// one stream per kind at /<section>/ and /<section>/trang/N/; /404.html; and
// for each alias a small page with a canonical link and a meta refresh. Every
// page carries its canonical URL, OpenGraph and Twitter tags, and JSON-LD: a
// BreadcrumbList everywhere, and a NewsArticle on articles. Layouts receive a
// *Page (see page.go); article bodies are rendered from Markdown here, each
// picture shown where it is published (a file of static/ named in a body
// as front matter would name it is at the site's root).
//
// Paths returned are output file paths relative to the destination:
// "hoi-nghi/2024/x/index.html", "404.html". The same input gives the same
// bytes on every run.
package render

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html/template"
	"strings"
	"sync"
	"time"

	"vinhdanh/internal/config"
	"vinhdanh/internal/content"
	"vinhdanh/internal/images"
	"vinhdanh/internal/index"
	"vinhdanh/internal/markdown"
	"vinhdanh/internal/theme"
)

// Renderer renders one build's pages. Its methods may be called concurrently
// for different articles and lists.
type Renderer struct {
	site   *config.Site
	theme  *theme.Theme
	idx    *index.Index
	md     *markdown.Renderer
	info   *SiteInfo
	assets map[string]string
	// cards holds each article's card, by its position in idx.Articles,
	// rendered once with its page and reused by every list.
	cards    []template.HTML
	position map[*content.Article]int
	// compact minifies article bodies when the layouts were compacted, so
	// that pages come out minified whole; nil leaves bodies as they are.
	compact func([]byte) (string, error)

	pictures    map[string]*images.Result
	findPicture func(a *content.Article, dest string) (res *content.Resource, named bool)
	reuse       func(path string, key uint64) bool
	lend        bool
}

// Options are what a Renderer renders, and how.
type Options struct {
	Site  *config.Site
	Theme *theme.Theme
	Index *index.Index
	// Markdown converts the articles' bodies.
	Markdown *markdown.Renderer
	// Now is the build's moment (the footer's year).
	Now time.Time
	// ReadAsset returns the content that will be published for a theme's
	// static file (a site's file of the same name replaces the theme's),
	// from which its version is made.
	ReadAsset func(path string) ([]byte, error)
	// Compact, when the theme's layouts were compacted with it, minifies
	// article bodies too, and pages are then marked Compact; nil leaves
	// bodies as they are.
	Compact func([]byte) (string, error)

	// Picture, when set, finds the file of a picture of an article's body
	// (see content.Site.Picture), so that the page shows it where it is
	// published, with its size; unset, pictures keep the addresses written.
	Picture func(a *content.Article, dest string) (res *content.Resource, named bool)
	// Pictures are the variants the images stage made of the articles'
	// photos, by the output path of their resource: layouts show them
	// through the theme's picture function, and link previews and
	// structured data name their Social copy.
	Pictures map[string]*images.Result
	// Reuse, when set, is asked before a keyed page is rendered whether the
	// caller holds the file at path rendered from key (see reuse.go).
	Reuse func(path string, key uint64) bool
	// Lend, when set, has executed pages' Data lent from a pool instead of
	// copied out of it: the caller writes each File and then calls Release,
	// after which its Data is no longer the page. A whole build, which
	// writes each page as soon as it is rendered, saves a copy of every
	// page; a session, which keeps pages, leaves it unset.
	Lend bool
}

// File is one rendered output file.
type File struct {
	Path string // relative to the destination, slash-separated
	Data []byte
	// InSitemap is set for the pages sitemaps list, with the time the page
	// last changed (the newest change of the articles it shows).
	InSitemap bool
	LastMod   time.Time
	// Compact is set when Data is minified already.
	Compact bool
	// Key names what the page was made from, when Reuse is set; Reused
	// is set, and Data is empty, when the caller's file for that key stands.
	Key    uint64
	Reused bool

	// lent is the pooled buffer Data lies in, under Options.Lend.
	lent *bytes.Buffer
}

// Release gives the memory of a lent page back to its pool; f.Data must not
// be used afterwards. It does nothing to a page that was not lent.
func (f *File) Release() {
	if f.lent != nil {
		pageBuffers.Put(f.lent)
		f.lent, f.Data = nil, nil
	}
}

// New prepares a Renderer for opts.
func New(opts Options) (*Renderer, error) {
	site, th, idx := opts.Site, opts.Theme, opts.Index
	r := &Renderer{site: site, theme: th, idx: idx, md: opts.Markdown, assets: map[string]string{}, compact: opts.Compact,
		cards: make([]template.HTML, len(idx.Articles)), position: make(map[*content.Article]int, len(idx.Articles)),
		findPicture: opts.Picture, reuse: opts.Reuse, lend: opts.Lend}
	for i, a := range idx.Articles {
		r.position[a] = i
	}
	th.SetPictures(opts.Pictures)
	r.pictures = opts.Pictures
	for _, f := range th.Static {
		data, err := opts.ReadAsset(f.Path)
		if err != nil {
			return nil, err
		}
		sum := sha256.Sum256(data)
		r.assets[f.Path] = "/" + f.Path + "?v=" + hex.EncodeToString(sum[:4])
	}
	r.info = &SiteInfo{
		Title: site.Title, Description: site.Description, Language: site.Language, Locale: "vi_VN", Search: site.Search,
		Organisation: site.Organisation, Year: opts.Now.In(site.Location).Year(), assets: r.assets,
		rel: site.RelURL,
	}
	if site.Language == "en" {
		r.info.Locale = "en_US"
	}
	if r.info.Organisation == "" {
		r.info.Organisation = site.Title
	}
	if site.Logo != "" {
		r.info.Logo = "/" + site.Logo
	}
	if site.BaseURL != nil {
		r.info.Origin = site.BaseURL.Scheme + "://" + site.BaseURL.Host
		r.info.OriginStyle = originStyle(r.info.Origin)
	}
	for _, m := range site.Menu {
		r.info.Menu = append(r.info.Menu, MenuLink{Name: m.Name, URL: m.URL})
	}
	return r, nil
}

// outputPath maps a page URL to the file that serves it.
func outputPath(url string) string {
	p := strings.TrimPrefix(url, "/")
	if p == "" || strings.HasSuffix(p, "/") {
		return p + "index.html"
	}
	return p
}

func (r *Renderer) execute(layout string, page *Page) (File, error) {
	if n := len(page.Breadcrumbs); n > 0 {
		page.Breadcrumbs[n-1].Current = true
	}
	buf := pageBuffers.Get().(*bytes.Buffer)
	buf.Reset()
	if err := r.theme.Execute(buf, layout, page); err != nil {
		pageBuffers.Put(buf)
		return File{}, fmt.Errorf("%s: %v", page.URL, err)
	}
	data := buf.Bytes()
	if r.compact != nil {
		// html/template writes + as &#43; in attributes and text (an old
		// guard against UTF-7); a literal + means nothing special there,
		// and dates ("2023-06-02T09:00:00+07:00") read better with it. In
		// scripts it escapes + otherwise, so this touches HTML only.
		data = replaceShorter(data, []byte("&#43;"), []byte("+"))
	}
	return r.pageFile(File{Path: outputPath(page.URL), InSitemap: !page.NoIndex, Compact: r.compact != nil}, buf, data), nil
}

// pageFile returns f with data, which lies in buf, a buffer from
// pageBuffers: lent, under Lend, or else copied out, and buf put back.
func (r *Renderer) pageFile(f File, buf *bytes.Buffer, data []byte) File {
	if r.lend {
		f.Data, f.lent = data, buf
	} else {
		f.Data = bytes.Clone(data)
		pageBuffers.Put(buf)
	}
	return f
}

// replaceShorter replaces every old in b with new, which is no longer, in
// place, and returns the shortened b.
func replaceShorter(b, old, new []byte) []byte {
	w, r := 0, 0 // where the next bytes are written, and read
	for {
		i := bytes.Index(b[r:], old)
		if i < 0 {
			i = len(b) - r
		}
		if w < r {
			copy(b[w:], b[r:r+i])
		}
		w, r = w+i, r+i
		if r == len(b) {
			return b[:w]
		}
		w += copy(b[w:], new)
		r += len(old)
	}
}

// pageBuffers hold pages while they are executed, and, under Lend, until
// they are written; otherwise the bytes of each page are copied out once, at
// their final size.
var pageBuffers = sync.Pool{New: func() any { return bytes.NewBuffer(make([]byte, 0, 32<<10)) }}

// menu marks the menu entry that leads to url's section.
func (r *Renderer) menu(url string) []MenuLink {
	menu := make([]MenuLink, len(r.info.Menu))
	copy(menu, r.info.Menu)
	// The home page's entry is current on the home stream only, not on
	// every page below "/".
	inSection := func(m MenuLink) bool {
		if m.URL == "/" {
			return url == "/" || strings.HasPrefix(url, "/trang/")
		}
		return strings.HasPrefix(url, m.URL)
	}
	best := -1
	for i, m := range menu {
		if inSection(m) && (best < 0 || len(m.URL) > len(menu[best].URL)) {
			best = i
		}
	}
	if best >= 0 {
		menu[best].Current = "true"
		if menu[best].URL == url {
			menu[best].Current = "page"
		}
	}
	return menu
}

func (r *Renderer) newPage(layout, url, title string) *Page {
	return &Page{
		Site: r.info, Layout: layout, URL: url, Title: title, Menu: r.menu(url),
		Canonical: r.site.AbsURL(url), OGType: "website",
		HeadTitle: title + " – " + r.site.Title,
	}
}

// abs returns the absolute URL of site path p.
func (r *Renderer) abs(p string) string { return r.site.AbsURL(p) }

// card returns a's card, rendering it if the article phase has not.
func (r *Renderer) card(a *content.Article) (template.HTML, error) {
	if i, ok := r.position[a]; ok && r.cards[i] != "" {
		return r.cards[i], nil
	}
	return r.theme.Partial("partials/card.html", a)
}

// cardsOf returns the cards of articles.
func (r *Renderer) cardsOf(articles []*content.Article) ([]template.HTML, error) {
	out := make([]template.HTML, len(articles))
	for i, a := range articles {
		c, err := r.card(a)
		if err != nil {
			return nil, err
		}
		out[i] = c
	}
	return out, nil
}
