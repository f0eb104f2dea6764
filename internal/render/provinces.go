package render

import (
	"time"

	"vinhdanh/internal/registry"
	"vinhdanh/internal/vietnamese"
)

// unitName is the name of a provincial unit with its type: "Tỉnh Bắc Kạn".
func (r *Renderer) unitName(u *registry.ProvinceUnit) string {
	return r.t("unit_"+string(u.Type)) + " " + u.Name
}

// provinceLink links a unit's page; a unit without a page gets no URL.
func (r *Renderer) provinceLink(u *registry.ProvinceUnit, count int) Link {
	l := Link{Name: u.Name, Count: count}
	if page := r.idx.Provinces.Page(u); page != nil {
		l.URL = page.URL()
	}
	return l
}

// Provinces renders the directory /tinh/ and every province page.
func (r *Renderer) Provinces(emit Emit) error {
	idx := r.idx.Provinces
	home := Crumb{Name: r.t("home"), URL: "/"}
	directory := Crumb{Name: r.t("provinces_title"), URL: "/tinh/"}
	dir := &DirectoryView{Intro: r.t("provinces_intro")}
	for _, g := range idx.Groups {
		count := 0
		if g.Page != nil {
			count = len(g.Page.Articles)
		}
		group := DirectoryGroup{Head: r.provinceLink(g.Unit, count)}
		if len(g.Constituents) > 1 || g.Constituents[0].Unit != g.Unit {
			for _, c := range g.Constituents {
				l := r.provinceLink(c.Unit, c.Count)
				if c.Unit == g.Unit {
					l.Note = r.t("former")
				}
				group.Items = append(group.Items, l)
			}
		}
		dir.Groups = append(dir.Groups, group)
	}
	if n := len(idx.National.Articles); n > 0 {
		dir.Groups = append(dir.Groups, DirectoryGroup{Head: Link{Name: r.t("national"), URL: idx.National.URL(), Count: n}})
	}
	if err := r.directory("/tinh/", r.t("provinces_title"), dir, []Crumb{home, directory}, emit); err != nil {
		return err
	}
	for _, page := range idx.Pages {
		title, header := r.t("national"), (*ListHeader)(nil)
		if u := page.Unit; u != nil {
			title, header = r.unitName(u), r.provinceHeader(u)
		}
		err := r.list(listSpec{layout: "list", base: page.URL(), title: title, items: page.Articles,
			crumbs: []Crumb{home, directory, {Name: title, URL: page.URL()}}, header: header}, emit)
		if err != nil {
			return err
		}
	}
	return nil
}

// provinceHeader says what a former unit became, and what a current unit
// was formed from.
func (r *Renderer) provinceHeader(u *registry.ProvinceUnit) *ListHeader {
	h := &ListHeader{}
	if u.Merged() {
		into := r.provinceLink(u.Successor, 0)
		into.Name = r.unitName(u.Successor)
		since, _ := time.ParseInLocation("2006-01-02", u.Since, r.site.Location)
		h.MergedInto, h.MergedSince = &into, since
		return h
	}
	if u.Current && (len(u.Constituents) > 1 || u.Constituents[0] != u) {
		constituents := append([]*registry.ProvinceUnit(nil), u.Constituents...)
		vietnamese.SortFunc(constituents, func(u *registry.ProvinceUnit) string { return u.Name })
		for _, c := range constituents {
			l := r.provinceLink(c, 0)
			l.Name = r.unitName(c)
			if c == u {
				l.Name += " " + r.t("former")
				l.URL = ""
			}
			h.FormedFrom = append(h.FormedFrom, l)
		}
		h.Renamed = len(u.Constituents) == 1
		return h
	}
	return nil
}

// directory renders a directory page.
func (r *Renderer) directory(url, title string, view *DirectoryView, crumbs []Crumb, emit Emit) error {
	var key uint64
	if r.reuse != nil {
		k := newPageKey("directory")
		k.text(url, title, view.Intro)
		k.crumbs(crumbs)
		for i := range view.Letters {
			k.links(&view.Letters[i])
		}
		for i := range view.Pages {
			k.links(&view.Pages[i])
		}
		for i := range view.Groups {
			g := &view.Groups[i]
			k.text(g.ID)
			k.links(&g.Head)
			for j := range g.Items {
				k.links(&g.Items[j])
			}
		}
		key = k.sum()
		if f, ok := r.reused(outputPath(url), key, true, time.Time{}); ok {
			return emit(f)
		}
	}
	p := r.newPage("directory", url, title)
	p.Description = view.Intro
	p.Breadcrumbs = crumbs
	p.Directory = view
	p.JSONLD = r.breadcrumbJSONLD(crumbs)
	f, err := r.execute("directory", p)
	if err != nil {
		return err
	}
	f.Key = key
	return emit(f)
}
