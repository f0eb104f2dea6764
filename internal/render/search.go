package render

import (
	"encoding/json"
	"html/template"
	"strconv"

	"vinhdanh/internal/content"
	"vinhdanh/internal/search"
)

// SearchPageSize is how many results the search page shows at a time.
const SearchPageSize = 6

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
	for i, k := range content.Kinds {
		view.Kinds = append(view.Kinds, Link{Name: r.kindLabel(k), URL: strconv.Itoa(i)})
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
	kinds := make([]string, len(content.Kinds))
	for i, k := range content.Kinds {
		kinds[i] = r.kindLabel(k)
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
