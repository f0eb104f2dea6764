package index

import (
	"vinhdanh/internal/content"
	"vinhdanh/internal/registry"
	"vinhdanh/internal/vietnamese"
)

// NationalSlug is the slug of the page of national articles.
const NationalSlug = "trung-uong"

// ProvincePage lists the articles about one provincial unit, or the
// national articles.
type ProvincePage struct {
	Unit     *registry.ProvinceUnit // nil for the national page
	Articles []*content.Article     // newest first
}

// Slug is the page's slug: the unit's, or NationalSlug.
func (p *ProvincePage) Slug() string {
	if p.Unit == nil {
		return NationalSlug
	}
	return p.Unit.Slug
}

// URL is the page's site path: "/tinh/bac-kan/".
func (p *ProvincePage) URL() string { return "/tinh/" + p.Slug() + "/" }

// ProvinceGroup is one current unit of the directory, with the former units
// it was formed from.
type ProvinceGroup struct {
	Unit *registry.ProvinceUnit
	Page *ProvincePage // nil when no article concerns the unit
	// Constituents are the former units the unit was formed from, in
	// collation order, each with its page if it has articles of its own.
	// A unit that kept its name is its own constituent: its page is the
	// current unit's.
	Constituents []Constituent
}

// Constituent is a former unit within its current unit's group.
type Constituent struct {
	Unit *registry.ProvinceUnit
	Page *ProvincePage // nil when no article names the unit
	// Count is the number of articles that name this former unit, which for
	// a unit that kept its name differs from its page's count.
	Count int
}

// Provinces is the province index.
type Provinces struct {
	// Groups are the 34 current units in collation order.
	Groups []*ProvinceGroup
	// National lists the articles that name no province.
	National *ProvincePage
	// Pages are every page to publish: the groups' in order (each current
	// unit, then its former units), then the national page. A unit no
	// article concerns has no page.
	Pages  []*ProvincePage
	byUnit map[*registry.ProvinceUnit]*ProvincePage
}

// Page returns the page of unit u, or nil when it has none.
func (p *Provinces) Page(u *registry.ProvinceUnit) *ProvincePage { return p.byUnit[u] }

// provinces files each article under every unit it names and under the
// current unit each of those belongs to now: an article about Bắc Kạn in 2023
// is on Bắc Kạn's page and on Thái Nguyên's.
func provinces(articles []*content.Article, reg *registry.Registry) *Provinces {
	idx := &Provinces{National: &ProvincePage{}, byUnit: map[*registry.ProvinceUnit]*ProvincePage{}}
	named := map[*registry.ProvinceUnit]int{} // articles naming each unit
	for _, a := range articles {              // newest first, so pages are too
		if a.National() {
			idx.National.Articles = append(idx.National.Articles, a)
			continue
		}
		var units []*registry.ProvinceUnit
		add := func(u *registry.ProvinceUnit) {
			for _, v := range units {
				if v == u {
					return
				}
			}
			units = append(units, u)
		}
		for _, u := range a.Provinces {
			named[u]++
			add(u)
			add(u.Successor)
		}
		for _, u := range units {
			page := idx.byUnit[u]
			if page == nil {
				page = &ProvincePage{Unit: u}
				idx.byUnit[u] = page
			}
			page.Articles = append(page.Articles, a)
		}
	}
	current := append([]*registry.ProvinceUnit(nil), reg.CurrentProvinces()...)
	vietnamese.SortFunc(current, func(u *registry.ProvinceUnit) string { return u.Name })
	for _, u := range current {
		g := &ProvinceGroup{Unit: u, Page: idx.byUnit[u]}
		constituents := append([]*registry.ProvinceUnit(nil), u.Constituents...)
		vietnamese.SortFunc(constituents, func(u *registry.ProvinceUnit) string { return u.Name })
		for _, c := range constituents {
			g.Constituents = append(g.Constituents, Constituent{Unit: c, Page: idx.byUnit[c], Count: named[c]})
		}
		idx.Groups = append(idx.Groups, g)
		if g.Page != nil {
			idx.Pages = append(idx.Pages, g.Page)
		}
		for _, c := range g.Constituents {
			if c.Page != nil && c.Unit != u {
				idx.Pages = append(idx.Pages, c.Page)
			}
		}
	}
	if len(idx.National.Articles) > 0 {
		idx.Pages = append(idx.Pages, idx.National)
	}
	return idx
}
