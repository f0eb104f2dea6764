package render

import (
	"encoding/json"
	"fmt"
	"html/template"
	"slices"
	"strconv"
	"strings"

	"vinhdanh/internal/content"
	"vinhdanh/internal/registry"
	"vinhdanh/internal/search"
)

// SearchPageSize is how many results the search page shows at a time.
const SearchPageSize = 5

// SearchView is what the search page shows around the client.
type SearchView struct {
	Config    template.JS // for the client: the index's Config, addresses and words
	Provinces []Link      // the filter's provinces: current units, each with its former ones
	Kinds     []Link      // URL holds the kind's number in the index
	Years     []int
}

// SearchPage is the output path of the search page.
const SearchPage = "tim-kiem/index.html"

// Search renders /tim-kiem/, the search page, for the index built with cfg.
func (r *Renderer) Search(cfg search.Config) (File, error) {
	view := &SearchView{}
	for _, y := range cfg.Years {
		view.Years = append(view.Years, y.Year)
	}
	kinds := make([]string, 0, search.Kinds)
	for _, k := range content.Kinds {
		kinds = append(kinds, r.kindLabel(k))
	}
	if r.HonoureePages() > 0 {
		kinds = append(kinds, r.t("search_kind_individual"), r.t("search_kind_collective"))
	}
	for i, k := range kinds {
		view.Kinds = append(view.Kinds, Link{Name: k, URL: strconv.Itoa(i)})
	}
	has := map[string]bool{}
	for _, slug := range cfg.Provinces {
		has[slug] = true
	}
	for _, g := range r.idx.Provinces.Groups {
		if has[g.Unit.Slug] {
			view.Provinces = append(view.Provinces, Link{Name: g.Unit.Name, URL: g.Unit.Slug})
		}
		for _, c := range g.Constituents {
			if c.Unit != g.Unit && has[c.Unit.Slug] {
				view.Provinces = append(view.Provinces, Link{Name: "\u00a0\u00a0" + c.Unit.Name + " " + r.t("former"), URL: c.Unit.Slug})
			}
		}
	}
	if has[r.idx.Provinces.National.Slug()] {
		view.Provinces = append(view.Provinces, Link{Name: r.t("national"), URL: r.idx.Provinces.National.Slug()})
	}
	client := struct {
		search.Config
		Root string         `json:"root"`
		Base string         `json:"base"`
		Page int            `json:"page"`
		Text map[string]any `json:"text"`
	}{
		Config: cfg, Root: r.info.rel("/tim-kiem/" + cfg.Version + "/"), Base: r.info.rel("/"), Page: SearchPageSize,
		Text: map[string]any{
			"kinds": kinds, "searching": r.t("search_searching"), "found": r.t("search_found"),
			"none": r.t("search_none"), "near": r.t("search_near"), "suggest": r.t("search_suggest"), "failed": r.t("search_failed"),
			"why": map[string]string{
				"a": r.t("search_why_award"), "n": r.t("search_why_number"), "s": r.t("search_why_signer"),
				"e": r.t("search_why_exemplar"), "f": r.t("search_why_field"), "u": r.t("search_why_author"), "h": r.t("search_why_honourees"),
			},
		},
	}
	data, err := json.Marshal(client)
	if err != nil {
		return File{}, err
	}
	view.Config = template.JS(data)
	title := r.t("search_title")
	p := r.newPage("search", "/tim-kiem/", title)
	p.Description = r.t("search_intro")
	p.Breadcrumbs = []Crumb{{Name: r.t("home"), URL: "/"}, {Name: title, URL: "/tim-kiem/"}}
	p.JSONLD = r.breadcrumbJSONLD(p.Breadcrumbs)
	p.Search = view
	return r.execute("search", p)
}

// HonoureeDocs returns the search documents of the honourees that have a
// page, numbered from first: the name as title; the newest position and
// unit as summary, with the number of honours as its Note; each decision's
// number and date and the titles of the articles about them as text; the
// units as a field. Not the decisions' titles nor the awards: half the
// honourees share their words (thi đua, bằng khen), which would put them
// all in those terms' document sets, read by most queries; a search for an
// award finds the articles about it, and the honourees are on its page.
// Honourees honoured once are found through their decision, which holds
// their names.
func (r *Renderer) HonoureeDocs(first int) []search.Doc {
	if r.idx.Honours == nil {
		return nil
	}
	docs := make([]search.Doc, len(r.idx.Honours.Pages))
	for i, h := range r.idx.Honours.Pages {
		d := search.Doc{ID: first + i, URL: h.URL(), Title: h.Name, Kind: search.HonoureeKind}
		if h.Type != registry.Individual {
			d.Kind = search.CollectiveKind
		}
		if h.Province != nil {
			d.Places = h.Province.Name
			d.Provinces = []string{h.Province.Slug, h.Province.Successor.Slug}
		}
		var summary []string
		var text strings.Builder
		seenUnit := map[string]bool{}
		for j, hon := range h.Honours {
			e := hon.Entry
			if j == 0 {
				d.Date = hon.Decision.Date
				summary = slices.DeleteFunc([]string{e.Position, e.Unit}, func(s string) bool { return s == "" })
			}
			// The number and date, not the decision's title: its words
			// (thi đua, khen thưởng …) would put every honouree in the
			// postings of the commonest terms.
			text.WriteString(hon.Decision.Decision.Number.String() + ", " + hon.Decision.Date.Format("02/01/2006") + ".\n")
			if e.Unit != "" && !seenUnit[e.Unit] {
				seenUnit[e.Unit] = true
				d.Fields = append(d.Fields, search.Field{Text: e.Unit, Weight: 1})
			}
		}
		for _, a := range h.Exemplars {
			if d.Date.IsZero() || a.Date.After(d.Date) {
				d.Date = a.Date
			}
			text.WriteString(a.Title + ".\n")
		}
		d.Text = text.String()
		d.Summary = strings.Join(summary, " · ")
		d.Note = fmt.Sprintf(r.t("honouree_times"), len(h.Honours))
		docs[i] = d
	}
	return docs
}

// HonoureePages is the number of honourees with a page: the search
// documents HonoureeDocs returns.
func (r *Renderer) HonoureePages() int {
	if r.idx.Honours == nil {
		return 0
	}
	return len(r.idx.Honours.Pages)
}
