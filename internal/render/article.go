package render

import (
	"html/template"
	"net/url"
	"strings"

	"vinhdanh/internal/content"
	"vinhdanh/internal/index"
	"vinhdanh/internal/markdown"
)

// Article renders a's page and returns it with what its body's Markdown
// gave besides the HTML: the plain text and the links and images. It reads
// articles and changes none, so pages may be rendered in parallel.
//
// With Reuse set, a page whose key the caller holds comes back Reused, with
// no body: the caller keeps the text and links with the page.
func (r *Renderer) Article(a *content.Article) (File, markdown.Result, error) {
	var key uint64
	if r.reuse != nil {
		k := newPageKey("article")
		k.articles(a, r.idx.Newer[a], r.idx.Older[a])
		k.articles(r.idx.Related[a]...)
		if a.Exemplar != nil {
			k.articles(a.Exemplar.Decision)
		}
		// The body's pictures are shown from the bundle when it has them,
		// with their sizes.
		for _, res := range a.Resources {
			k.text(res.Path)
			k.number(int(res.Size), res.Width, res.Height)
		}
		// The lead photo's variants are named by their bytes, and so are
		// those of the bundle's photos its body shows.
		if a.Image != nil {
			if pic := r.pictures[a.Image.Path]; pic != nil {
				for _, v := range pic.Variants {
					k.text(v.Name)
				}
				k.text(pic.Social.Name)
			}
		}
		for _, res := range a.Resources {
			if pic := r.pictures[res.Path]; pic != nil {
				for _, v := range pic.Variants {
					k.text(v.Name)
				}
			}
		}
		key = k.sum()
		if f, ok := r.reused(outputPath(a.URL), key, true, a.Modified()); ok {
			return f, markdown.Result{}, nil
		}
	}
	var images markdown.Pictures
	if r.findPicture != nil {
		images = func(dest string) markdown.Picture { return r.picture(a, dest) }
	}
	res, err := r.md.RenderWithPictures(a.Body, images)
	if err != nil {
		return File{}, markdown.Result{}, err
	}
	html := res.HTML
	res.HTML = nil
	var body string
	if r.compact != nil {
		if body, err = r.compact(html); err != nil {
			return File{}, markdown.Result{}, err
		}
	} else {
		body = string(html)
	}
	lead := a.Summary
	if a.SummaryFromBody {
		lead = ""
	}
	p := r.newPage("article", a.URL, a.Title)
	p.OGType = "article"
	p.Description = a.Summary
	if a.Image != nil {
		p.Image = r.abs(r.imageURL(a))
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
	p.Article.Honourees = r.honoureeTable(a)
	if h := r.idx.Honours.Exemplar[a]; h != nil {
		p.Article.HonoureeURL = h.URL()
	}
	p.JSONLD = r.articleJSONLD(a, p.Breadcrumbs)
	f, err := r.execute("article", p)
	if err != nil {
		return File{}, markdown.Result{}, err
	}
	f.LastMod, f.Key = a.Modified(), key
	// The article's card, for the lists; each article's slot is written by
	// the one worker that renders it, and read only after all have finished.
	card, err := r.theme.Partial("partials/card.html", a)
	if i, ok := r.position[a]; ok && err == nil {
		r.cards[i] = card
	}
	return f, res, err
}

// picture returns how a's page shows the picture its body writes at dest:
// a photo the images stage made copies of as a <picture> of them, any
// other file of the site at its address, with its size when known (a
// bundle file beside the page, a file of static/ at the site's root). An
// address that names no file of the site is left as written.
func (r *Renderer) picture(a *content.Article, dest string) markdown.Picture {
	res, _ := r.findPicture(a, dest)
	if res == nil {
		return markdown.Picture{Src: dest}
	}
	if r.pictures[res.Path] != nil {
		if set, ok := r.theme.Srcsets(r.site, res); ok {
			return markdown.Picture{Src: set.Src, Width: set.Width, Height: set.Height, WebP: set.WebP, Srcset: set.Other, Sizes: r.theme.BodySizes()}
		}
	}
	u, err := url.Parse(strings.TrimSpace(dest))
	if err != nil {
		return markdown.Picture{Src: dest}
	}
	addr := res.URL
	if rel, ok := strings.CutPrefix(res.Path, strings.TrimPrefix(a.URL, "/")); ok {
		if u.Path == rel {
			return markdown.Picture{Src: dest, Width: res.Width, Height: res.Height} // the common case, as written
		}
		addr = strings.TrimPrefix(res.URL, a.URL)
	}
	u.Path, u.RawPath = "", ""
	return markdown.Picture{Src: addr + u.String(), Width: res.Width, Height: res.Height}
}

// imageURL returns the site address of a's image for link previews and
// structured data: its copy made for them, or the file itself.
func (r *Renderer) imageURL(a *content.Article) string {
	if u := r.theme.SocialURL(a.Image); u != "" {
		return u
	}
	return a.Image.URL
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
