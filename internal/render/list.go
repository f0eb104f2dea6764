package render

import (
	"strconv"
	"time"

	"vinhdanh/internal/content"
	"vinhdanh/internal/index"
)

// listSpec describes a list of articles to render: its pages, and its feed.
type listSpec struct {
	layout string // "home" or "list"
	base   string // the first page's site path
	title  string
	intro  string
	items  []*content.Article // newest first
	crumbs []Crumb            // up to the list itself
	header *ListHeader
}

// Emit receives each file as it is rendered, so that a family of pages is
// never held in memory whole.
type Emit func(File) error

// list renders every page of a list, and its RSS feed beside the first page.
func (r *Renderer) list(spec listSpec, emit Emit) error {
	pages := index.Paginate(spec.items, r.site.Paginate, spec.base)
	feed := spec.base + "index.xml"
	for _, pg := range pages {
		url := pg.URL(pg.Number)
		var key uint64
		if r.reuse != nil {
			k := newPageKey(spec.layout)
			k.text(url, spec.title, spec.intro)
			k.number(pg.Number, pg.Total, len(spec.items))
			k.articles(pg.Items...)
			k.crumbs(spec.crumbs)
			k.header(spec.header)
			key = k.sum()
			if f, ok := r.reused(outputPath(url), key, true, newestChange(pg.Items)); ok {
				if err := emit(f); err != nil {
					return err
				}
				continue
			}
		}
		p := r.newPage(spec.layout, url, spec.title)
		pageSuffix := ""
		if pg.Number > 1 {
			pageSuffix = " – " + r.t("page") + " " + strconv.Itoa(pg.Number)
		}
		if spec.layout == "home" {
			p.HeadTitle = r.site.Title + pageSuffix
		} else {
			p.HeadTitle = spec.title + pageSuffix + " – " + r.site.Title
		}
		p.Description = spec.intro
		if p.Description == "" {
			p.Description = r.site.Description
		}
		p.Feed = feed
		p.Breadcrumbs = append([]Crumb{}, spec.crumbs...)
		if pg.Number > 1 {
			p.Breadcrumbs = append(p.Breadcrumbs, Crumb{Name: r.t("page") + " " + strconv.Itoa(pg.Number), URL: url})
		}
		cards, err := r.cardsOf(pg.Items)
		if err != nil {
			return err
		}
		p.List = &ListView{Intro: spec.intro, Count: len(spec.items), Items: pg.Items, Cards: cards, Page: pg, Links: pg.Links(), Header: spec.header}
		if pg.Number > 1 {
			p.List.PrevURL = pg.URL(pg.Number - 1)
		}
		if pg.Number < pg.Total {
			p.List.NextURL = pg.URL(pg.Number + 1)
		}
		p.JSONLD = r.listJSONLD(spec.layout, p.Breadcrumbs)
		f, err := r.execute(spec.layout, p)
		if err != nil {
			return err
		}
		f.LastMod, f.Key = newestChange(pg.Items), key
		if err := emit(f); err != nil {
			return err
		}
	}
	rss, err := r.rss(feed, spec.title, spec.intro, spec.base, spec.items)
	if err != nil {
		return err
	}
	return emit(rss)
}

// newestChange is the latest modification among articles.
func newestChange(articles []*content.Article) time.Time {
	var t time.Time
	for _, a := range articles {
		if m := a.Modified(); m.After(t) {
			t = m
		}
	}
	return t
}

// Home renders every page of the newest-first stream.
func (r *Renderer) Home(emit Emit) error {
	return r.list(listSpec{layout: "home", base: "/", title: r.site.Title, intro: r.site.Description,
		items: r.idx.Articles, crumbs: []Crumb{{Name: r.t("home"), URL: "/"}}}, emit)
}

// Kind renders every page of one kind's stream. The decisions' stream is
// the register, a table: see Register.
func (r *Renderer) Kind(k content.Kind, emit Emit) error {
	if k == content.Decision {
		return r.Register(emit)
	}
	base := "/" + k.Section() + "/"
	return r.list(listSpec{layout: "list", base: base, title: r.kindLabel(k), items: r.idx.ByKind[k],
		crumbs: []Crumb{{Name: r.t("home"), URL: "/"}, {Name: r.kindLabel(k), URL: base}}}, emit)
}

// NotFound renders /404.html.
func (r *Renderer) NotFound() (File, error) {
	p := r.newPage("404", "/404.html", r.t("not_found_title"))
	p.NoIndex = true
	p.Breadcrumbs = []Crumb{{Name: r.t("home"), URL: "/"}, {Name: p.Title, URL: p.URL}}
	p.JSONLD = r.breadcrumbJSONLD(p.Breadcrumbs)
	p.List = &ListView{}
	for _, k := range content.Kinds {
		p.List.Kinds = append(p.List.Kinds, MenuLink{Name: r.kindLabel(k), URL: "/" + k.Section() + "/"})
	}
	return r.execute("404", p)
}

// Aliases renders the redirect pages of a's old URLs.
func (r *Renderer) Aliases(a *content.Article) ([]File, error) {
	var files []File
	for _, alias := range a.Aliases {
		var key uint64
		if r.reuse != nil {
			k := newPageKey("alias")
			k.text(alias)
			k.articles(a)
			key = k.sum()
			if f, ok := r.reused(outputPath(alias), key, false, time.Time{}); ok {
				files = append(files, f)
				continue
			}
		}
		p := r.newPage("alias", alias, a.Title)
		p.Canonical = r.abs(a.URL)
		p.NoIndex = true
		p.Article = &ArticleView{Article: a}
		f, err := r.execute("alias", p)
		if err != nil {
			return nil, err
		}
		f.Key = key
		files = append(files, f)
	}
	return files, nil
}
