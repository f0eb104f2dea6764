// Package index arranges published articles into what the pages show: the
// newest-first stream, one stream per kind, numbered pages of a list, each
// article's neighbours in its kind, and its related articles.
//
// Every ordering is total and deterministic: newest first, then by source
// path. Nothing here depends on the order articles arrive in or on timing.
package index

import (
	"slices"

	"vinhdanh/internal/content"
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
}

// Build arranges articles; they need not be sorted.
func Build(articles []*content.Article) *Index {
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
	return idx
}
