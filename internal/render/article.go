package render

import (
	"html/template"
	"net/url"
	"path"
	"strings"

	"vinhdanh/internal/content"
	"vinhdanh/internal/index"
	"vinhdanh/internal/markdown"
)

// Article renders a's page and returns it with the body's plain text. It
// reads articles and changes none, so pages may be rendered in parallel.
//
// With Reuse set, a page whose key the caller holds comes back Reused, with
// no text: the caller keeps the text with the page.
func (r *Renderer) Article(a *content.Article) (File, string, error) {
	var key uint64
	if r.Reuse != nil {
		k := newPageKey("article")
		k.articles(a, r.idx.Newer[a], r.idx.Older[a])
		k.articles(r.idx.Related[a]...)
		if a.Exemplar != nil {
			k.articles(a.Exemplar.Decision)
		}
		key = k.sum()
		if f, ok := r.reused(outputPath(a.URL), key, true, a.Modified()); ok {
			return f, "", nil
		}
	}
	// Only bundles hold pictures whose size is known; other articles are
	// not walked for images.
	var size markdown.ImageSize
	if len(a.Resources) > 0 {
		size = func(dest string) (int, int) { return bundleImageSize(a, dest) }
	}
	res, err := r.md.RenderWithImages(a.Body, size)
	if err != nil {
		return File{}, "", err
	}
	var body string
	if r.compact != nil {
		if body, err = r.compact(res.HTML); err != nil {
			return File{}, "", err
		}
	} else {
		body = string(res.HTML)
	}
	lead := a.Summary
	if a.SummaryFromBody {
		lead = ""
	}
	p := r.newPage("article", a.URL, a.Title)
	p.OGType = "article"
	p.Description = a.Summary
	if a.Image != nil {
		p.Image = r.abs(a.Image.URL)
		p.ImageAlt = a.ImageAlt
	}
	p.Breadcrumbs = []Crumb{
		{Name: r.t("home"), URL: "/"},
		{Name: r.kindLabel(a.Kind), URL: "/" + a.Kind.Section() + "/"},
		{Name: a.Title, URL: a.URL},
	}
	p.Article = &ArticleView{
		Article: a,
		Lead:    lead,
		Body:    template.HTML(body),
		Related: r.idx.Related[a],
		Newer:   r.idx.Newer[a],
		Older:   r.idx.Older[a],
	}
	r.indexLinks(p.Article)
	p.JSONLD = r.articleJSONLD(a, p.Breadcrumbs)
	f, err := r.execute("article", p)
	if err != nil {
		return File{}, "", err
	}
	f.LastMod, f.Key = a.Modified(), key
	// The article's card, for the lists; each article's slot is written by
	// the one worker that renders it, and read only after all have finished.
	card, err := r.theme.Partial("partials/card.html", a)
	if i, ok := r.position[a]; ok && err == nil {
		r.cards[i] = card
	}
	return f, res.Text, err
}

// bundleImageSize returns the size of the bundle image that dest, an
// address relative to the article as its Markdown gives it, names, or 0, 0.
func bundleImageSize(a *content.Article, dest string) (int, int) {
	u, err := url.Parse(dest)
	if err != nil || u.Scheme != "" || u.Host != "" || u.Path == "" || strings.HasPrefix(u.Path, "/") {
		return 0, 0
	}
	p := strings.TrimPrefix(path.Join(a.URL, u.Path), "/")
	for _, res := range a.Resources {
		if res.Path == p {
			return res.Width, res.Height
		}
	}
	return 0, 0
}

// kindLabel returns the theme's name of kind k.
func (r *Renderer) kindLabel(k content.Kind) string { return r.t("kind_" + string(k)) }

// t returns a theme string; layouts are checked for their strings at
// execution, so a missing one here falls back to the key.
func (r *Renderer) t(key string) string {
	s, err := r.theme.T(key)
	if err != nil {
		return key
	}
	return s
}

// indexLinks fills in the links from an article to the index pages it is on.
func (r *Renderer) indexLinks(v *ArticleView) {
	a := v.Article
	for _, u := range a.Provinces {
		v.ProvinceLinks = append(v.ProvinceLinks, r.provinceLink(u, 0))
	}
	if a.National() {
		v.ProvinceLinks = []Link{{Name: r.t("national"), URL: r.idx.Provinces.National.URL()}}
	}
	if page := r.idx.PeriodPage(a.Period); page != nil {
		v.PeriodLink = &Link{Name: r.periodTitle(page), URL: page.URL()}
	}
	month := &index.MonthPage{Year: a.Date.Year(), Month: int(a.Date.Month())}
	v.MonthLink = Link{Name: r.monthTitle(month), URL: month.URL()}
	for _, t := range a.Tags {
		v.TagLinks = append(v.TagLinks, Link{Name: t.Name, URL: index.TagURL(t.Slug)})
	}
	for _, aw := range a.Awards {
		v.AwardLinks = append(v.AwardLinks, Link{Name: aw.Name, URL: index.AwardURL(aw.Slug)})
	}
	if a.Cluster != nil {
		v.ClusterLink = &Link{Name: a.Cluster.Name, URL: index.ClusterURL(a.Cluster.Slug)}
	}
}
