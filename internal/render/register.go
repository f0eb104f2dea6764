package render

import (
	"strconv"
	"time"

	"vinhdanh/internal/index"
)

// Register renders the decisions register /quyet-dinh/: a table of the
// decisions, newest first, with number, date, signer, awards and recipients,
// linking each decision's article and the exemplars that cite it. Its feed
// is the decisions' feed.
func (r *Renderer) Register(emit Emit) error {
	rows := r.idx.Register
	base := "/quyet-dinh/"
	title := r.t("register_title")
	crumbs := []Crumb{{Name: r.t("home"), URL: "/"}, {Name: r.t("kind_decision"), URL: base}}
	total := max(1, (len(rows)+r.site.Paginate-1)/r.site.Paginate)
	for n := 1; n <= total; n++ {
		lo, hi := (n-1)*r.site.Paginate, min(n*r.site.Paginate, len(rows))
		pg := index.Page{Number: n, Total: total, Base: base}
		url := pg.URL(n)
		var lastMod time.Time
		for _, row := range rows[lo:hi] {
			if m := row.Decision.Modified(); m.After(lastMod) {
				lastMod = m
			}
		}
		var key uint64
		if r.reuse != nil {
			k := newPageKey("register")
			k.number(n, total, len(rows))
			for _, row := range rows[lo:hi] {
				k.articles(row.Decision)
				k.articles(row.Exemplars...)
			}
			key = k.sum()
			if f, ok := r.reused(outputPath(url), key, true, lastMod); ok {
				if err := emit(f); err != nil {
					return err
				}
				continue
			}
		}
		p := r.newPage("register", url, title)
		p.Description = r.t("register_intro")
		p.Feed = base + "index.xml"
		p.HeadTitle = title + " – " + r.site.Title
		p.Breadcrumbs = append([]Crumb{}, crumbs...)
		if n > 1 {
			p.HeadTitle = title + " – " + r.t("page") + " " + strconv.Itoa(n) + " – " + r.site.Title
			p.Breadcrumbs = append(p.Breadcrumbs, Crumb{Name: r.t("page") + " " + strconv.Itoa(n), URL: url})
		}
		view := &RegisterView{Count: len(rows), Rows: rows[lo:hi], Page: pg, Links: pg.Links()}
		if n > 1 {
			view.PrevURL = pg.URL(n - 1)
		}
		if n < total {
			view.NextURL = pg.URL(n + 1)
		}
		p.Register = view
		p.JSONLD = r.breadcrumbJSONLD(p.Breadcrumbs)
		f, err := r.execute("register", p)
		if err != nil {
			return err
		}
		f.LastMod, f.Key = lastMod, key
		if err := emit(f); err != nil {
			return err
		}
	}
	rss, err := r.rss(base+"index.xml", r.t("kind_decision"), r.t("register_intro"), base, r.idx.ByKind["decision"])
	if err != nil {
		return err
	}
	return emit(rss)
}
