package render

import (
	"strconv"

	"vinhdanh/internal/content"
	"vinhdanh/internal/index"
)

// Home renders every page of the newest-first stream.
func (r *Renderer) Home() ([]File, error) {
	return r.list("home", "/", r.site.Title, r.site.Description, r.idx.Articles, []Crumb{{Name: r.t("home"), URL: "/"}})
}

// Kind renders every page of one kind's stream.
func (r *Renderer) Kind(k content.Kind) ([]File, error) {
	base := "/" + k.Section() + "/"
	crumbs := []Crumb{{Name: r.t("home"), URL: "/"}, {Name: r.kindLabel(k), URL: base}}
	return r.list("list", base, r.kindLabel(k), "", r.idx.ByKind[k], crumbs)
}

func (r *Renderer) list(layout, base, title, intro string, items []*content.Article, crumbs []Crumb) ([]File, error) {
	pages := index.Paginate(items, r.site.Paginate, base)
	files := make([]File, 0, len(pages))
	for _, pg := range pages {
		url := pg.URL(pg.Number)
		p := r.newPage(layout, url, title)
		pageSuffix := ""
		if pg.Number > 1 {
			pageSuffix = " – " + r.t("page") + " " + strconv.Itoa(pg.Number)
		}
		if layout == "home" {
			p.HeadTitle = r.site.Title + pageSuffix
		} else {
			p.HeadTitle = title + pageSuffix + " – " + r.site.Title
		}
		p.Description = intro
		if p.Description == "" {
			p.Description = r.site.Description
		}
		p.Breadcrumbs = append([]Crumb{}, crumbs...)
		if pg.Number > 1 {
			p.Breadcrumbs = append(p.Breadcrumbs, Crumb{Name: r.t("page") + " " + strconv.Itoa(pg.Number), URL: url})
		}
		p.List = &ListView{Intro: intro, Count: len(items), Items: pg.Items, Page: pg, Links: pg.Links()}
		if pg.Number > 1 {
			p.List.PrevURL = pg.URL(pg.Number - 1)
		}
		if pg.Number < pg.Total {
			p.List.NextURL = pg.URL(pg.Number + 1)
		}
		p.JSONLD = r.listJSONLD(layout, p.Breadcrumbs)
		f, err := r.execute(layout, p)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	return files, nil
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
		p := r.newPage("alias", alias, a.Title)
		p.Canonical = r.abs(a.URL)
		p.Article = &ArticleView{Article: a}
		f, err := r.execute("alias", p)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	return files, nil
}
