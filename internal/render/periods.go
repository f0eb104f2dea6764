package render

import (
	"fmt"

	"vinhdanh/internal/index"
)

// Years renders the page of every year and of every month with articles.
func (r *Renderer) Years(emit Emit) error {
	home := Crumb{Name: r.t("home"), URL: "/"}
	archive := Crumb{Name: r.t("archive_title"), URL: "/luu-tru/"}
	years := r.idx.Years // newest first
	// All months in time order, for the links between neighbours.
	var months []*index.MonthPage
	for i := len(years) - 1; i >= 0; i-- {
		months = append(months, years[i].Months...)
	}
	monthAt := map[*index.MonthPage]int{}
	for i, m := range months {
		monthAt[m] = i
	}
	for i, y := range years {
		yearTitle := fmt.Sprintf(r.t("year_title"), y.Year)
		h := &ListHeader{NeighbourLabel: r.t("year_word")}
		if i+1 < len(years) {
			h.Prev = &Link{Name: fmt.Sprintf(r.t("year_title"), years[i+1].Year), URL: years[i+1].URL()}
		}
		if i > 0 {
			h.Next = &Link{Name: fmt.Sprintf(r.t("year_title"), years[i-1].Year), URL: years[i-1].URL()}
		}
		for _, m := range y.Months {
			h.Months = append(h.Months, Link{Name: r.monthTitle(m), URL: m.URL(), Count: len(m.Articles)})
		}
		yearCrumb := Crumb{Name: yearTitle, URL: y.URL()}
		err := r.list(listSpec{layout: "list", base: y.URL(), title: yearTitle, items: y.Articles,
			crumbs: []Crumb{home, archive, yearCrumb}, header: h}, emit)
		if err != nil {
			return err
		}
		for _, m := range y.Months {
			title := r.monthTitle(m)
			h := &ListHeader{NeighbourLabel: r.t("month_word")}
			if at := monthAt[m]; at > 0 {
				h.Prev = &Link{Name: r.monthTitle(months[at-1]), URL: months[at-1].URL()}
			}
			if at := monthAt[m]; at+1 < len(months) {
				h.Next = &Link{Name: r.monthTitle(months[at+1]), URL: months[at+1].URL()}
			}
			err := r.list(listSpec{layout: "list", base: m.URL(), title: title, items: m.Articles,
				crumbs: []Crumb{home, archive, yearCrumb, {Name: title, URL: m.URL()}}, header: h}, emit)
			if err != nil {
				return err
			}
		}
	}
	return nil
}

func (r *Renderer) monthTitle(m *index.MonthPage) string {
	return fmt.Sprintf(r.t("month_title"), m.Month, m.Year)
}

func (r *Renderer) periodTitle(p *index.PeriodPage) string {
	return r.t("period") + " " + p.Period.String()
}

// Periods renders the page of every term (giai đoạn).
func (r *Renderer) Periods(emit Emit) error {
	home := Crumb{Name: r.t("home"), URL: "/"}
	archive := Crumb{Name: r.t("archive_title"), URL: "/luu-tru/"}
	periods := r.idx.Periods
	for i, p := range periods {
		title := r.periodTitle(p)
		h := &ListHeader{NeighbourLabel: r.t("period_word")}
		if i > 0 {
			h.Prev = &Link{Name: r.periodTitle(periods[i-1]), URL: periods[i-1].URL()}
		}
		if i+1 < len(periods) {
			h.Next = &Link{Name: r.periodTitle(periods[i+1]), URL: periods[i+1].URL()}
		}
		err := r.list(listSpec{layout: "list", base: p.URL(), title: title, items: p.Articles,
			intro:  fmt.Sprintf(r.t("period_intro"), p.Period.String()),
			crumbs: []Crumb{home, archive, {Name: title, URL: p.URL()}}, header: h}, emit)
		if err != nil {
			return err
		}
	}
	return nil
}

// Archive renders /luu-tru/: years by months, with counts, and the terms.
func (r *Renderer) Archive() (File, error) {
	view := &ArchiveView{Total: len(r.idx.Articles)}
	for _, y := range r.idx.Years {
		row := ArchiveYear{Link: Link{Name: fmt.Sprint(y.Year), URL: y.URL(), Count: len(y.Articles)}}
		for _, m := range y.Months {
			row.Months[m.Month-1] = Link{Name: r.monthTitle(m), URL: m.URL(), Count: len(m.Articles)}
		}
		view.Years = append(view.Years, row)
	}
	for _, p := range r.idx.Periods {
		view.Periods = append(view.Periods, Link{Name: r.periodTitle(p), URL: p.URL(), Count: len(p.Articles)})
	}
	title := r.t("archive_title")
	lastMod := newestChange(r.idx.Articles)
	var key uint64
	if r.reuse != nil {
		k := newPageKey("archive")
		k.number(view.Total)
		k.text(lastMod.String())
		for i := range view.Years {
			y := &view.Years[i]
			k.links(&y.Link)
			for m := range y.Months {
				k.links(&y.Months[m])
			}
		}
		for i := range view.Periods {
			k.links(&view.Periods[i])
		}
		key = k.sum()
		if f, ok := r.reused("luu-tru/index.html", key, true, lastMod); ok {
			return f, nil
		}
	}
	p := r.newPage("archive", "/luu-tru/", title)
	p.Description = r.t("archive_intro")
	p.Breadcrumbs = []Crumb{{Name: r.t("home"), URL: "/"}, {Name: title, URL: "/luu-tru/"}}
	p.Archive = view
	p.JSONLD = r.breadcrumbJSONLD(p.Breadcrumbs)
	f, err := r.execute("archive", p)
	f.LastMod, f.Key = lastMod, key
	return f, err
}
