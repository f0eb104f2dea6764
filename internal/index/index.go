// Package index arranges published articles into what the pages show: the
// newest-first stream; one stream per kind; per province (with the 2025
// merger), per year and month, per period (giai đoạn), per tag, award and
// emulation cluster; the decisions register; the honour roll (see
// Honouree); numbered pages of a list; each
// article's neighbours in its kind and its related articles. Page types here
// know their own URLs.
//
// Every ordering is total and deterministic: articles newest first, then by
// source path; names in Vietnamese collation order (provinces, tags,
// clusters), awards in the law's order, periods by their years. Nothing
// depends on the order articles arrive in or on timing, and every grouping
// is a single pass over the articles plus sorting, so building the index
// stays cheap at 100,000 articles.
package index

import (
	"slices"

	"vinhdanh/internal/content"
	"vinhdanh/internal/registry"
)

// Index is the arranged site.
type Index struct {
	// Articles are all published articles, newest first.
	Articles []*content.Article
	// ByKind holds each kind's articles, newest first.
	ByKind map[content.Kind][]*content.Article
	// Newer and Older are an article's neighbours within its kind.
	Newer, Older map[*content.Article]*content.Article
	// Related lists up to RelatedCount related articles of each article,
	// best first.
	Related map[*content.Article][]*content.Article

	Provinces *Provinces
	Years     []*YearPage   // newest first
	Periods   []*PeriodPage // by start, then end
	Tags      []*TermPage   // in collation order
	Awards    []*AwardPage  // in the law's order
	Clusters  []*ClusterPage
	Register  []RegisterRow // the decisions, newest first
	Honours   *HonourRoll   // the honourees of the decisions

	periods map[periodKey]*PeriodPage
}

// Build arranges articles, which need not be sorted; reg supplies the
// provincial units for the directory.
func Build(articles []*content.Article, reg *registry.Registry) *Index {
	idx := &Index{
		Articles: slices.Clone(articles),
		ByKind:   map[content.Kind][]*content.Article{},
		Newer:    map[*content.Article]*content.Article{},
		Older:    map[*content.Article]*content.Article{},
	}
	slices.SortFunc(idx.Articles, content.Newest)
	for _, a := range idx.Articles {
		idx.ByKind[a.Kind] = append(idx.ByKind[a.Kind], a)
	}
	for _, list := range idx.ByKind {
		for i, a := range list {
			if i > 0 {
				idx.Newer[a] = list[i-1]
			}
			if i+1 < len(list) {
				idx.Older[a] = list[i+1]
			}
		}
	}
	idx.Related = related(idx.Articles)
	idx.Provinces = provinces(idx.Articles, reg)
	idx.Years = years(idx.Articles)
	idx.Periods, idx.periods = periods(idx.Articles)
	idx.Tags = tags(idx.Articles)
	idx.Awards = awards(idx.Articles)
	idx.Clusters = clusters(idx.Articles, reg)
	idx.Register = register(idx.ByKind[content.Decision], idx.Articles)
	idx.Honours = honourRoll(idx.ByKind[content.Decision], idx.ByKind[content.Exemplar])
	return idx
}
