package index

import (
	"cmp"
	"slices"

	"vinhdanh/internal/content"
	"vinhdanh/internal/registry"
	"vinhdanh/internal/vietnamese"
)

// TermPage lists the articles of a tag (chủ đề).
type TermPage struct {
	Name     string // the spelling most articles use
	Slug     string
	Articles []*content.Article // newest first
}

// URL is the page's site path: "/chu-de/nong-thon-moi/".
func (t *TermPage) URL() string { return TagURL(t.Slug) }

// TagURL is the site path of the tag with slug.
func TagURL(slug string) string { return "/chu-de/" + slug + "/" }

// AwardURL is the site path of the award with slug.
func AwardURL(slug string) string { return "/khen-thuong/" + slug + "/" }

// ClusterURL is the site path of the cluster with slug.
func ClusterURL(slug string) string { return "/cum-thi-dua/" + slug + "/" }

// tags groups articles by tag. Tags with the same slug are one tag, named
// by the spelling most of its articles use (ties to the first in collation).
func tags(articles []*content.Article) []*TermPage {
	bySlug := map[string]*TermPage{}
	spellings := map[string]map[string]int{}
	var out []*TermPage
	for _, a := range articles {
		for _, t := range a.Tags {
			page := bySlug[t.Slug]
			if page == nil {
				page = &TermPage{Slug: t.Slug}
				bySlug[t.Slug] = page
				spellings[t.Slug] = map[string]int{}
				out = append(out, page)
			}
			page.Articles = append(page.Articles, a)
			spellings[t.Slug][t.Name]++
		}
	}
	for _, page := range out {
		var names []string
		for name := range spellings[page.Slug] {
			names = append(names, name)
		}
		vietnamese.Sort(names)
		best := names[0]
		for _, n := range names[1:] {
			if spellings[page.Slug][n] > spellings[page.Slug][best] {
				best = n
			}
		}
		page.Name = best
	}
	vietnamese.SortFunc(out, func(t *TermPage) string { return t.Name })
	return out
}

// AwardPage lists the articles about one form of reward.
type AwardPage struct {
	Award    *registry.Award
	Articles []*content.Article // newest first
}

// URL is the page's site path: "/khen-thuong/huan-chuong-lao-dong-hang-ba/".
func (p *AwardPage) URL() string { return AwardURL(p.Award.Slug) }

// awards groups articles by award, in the law's order of awards.
func awards(articles []*content.Article) []*AwardPage {
	byAward := map[*registry.Award]*AwardPage{}
	var out []*AwardPage
	for _, a := range articles {
		for _, aw := range a.Awards {
			page := byAward[aw]
			if page == nil {
				page = &AwardPage{Award: aw}
				byAward[aw] = page
				out = append(out, page)
			}
			page.Articles = append(page.Articles, a)
		}
	}
	slices.SortFunc(out, func(a, b *AwardPage) int { return cmp.Compare(a.Award.Rank, b.Award.Rank) })
	return out
}

// ClusterPage lists the articles about an emulation cluster.
type ClusterPage struct {
	Cluster  *registry.Cluster
	Articles []*content.Article // newest first
}

// URL is the page's site path: "/cum-thi-dua/bac-trung-bo/".
func (p *ClusterPage) URL() string { return ClusterURL(p.Cluster.Slug) }

// clusters makes a page for every cluster the site declares, in collation
// order, with the articles that name it.
func clusters(articles []*content.Article, reg *registry.Registry) []*ClusterPage {
	byCluster := map[*registry.Cluster]*ClusterPage{}
	var out []*ClusterPage
	for _, c := range reg.Clusters() {
		page := &ClusterPage{Cluster: c}
		byCluster[c] = page
		out = append(out, page)
	}
	for _, a := range articles {
		if a.Cluster != nil {
			byCluster[a.Cluster].Articles = append(byCluster[a.Cluster].Articles, a)
		}
	}
	vietnamese.SortFunc(out, func(p *ClusterPage) string { return p.Cluster.Name })
	return out
}

// RegisterRow is a decision with the exemplars that cite it.
type RegisterRow struct {
	Decision  *content.Article
	Exemplars []*content.Article // by the exemplar's name, in collation order
}

// register lists the decisions, newest first, each with the published
// exemplars that cite it, by name.
func register(decisions, articles []*content.Article) []RegisterRow {
	citing := map[*content.Article][]*content.Article{}
	for _, a := range articles { // newest first
		if a.Exemplar != nil && a.Exemplar.Decision != nil {
			citing[a.Exemplar.Decision] = append(citing[a.Exemplar.Decision], a)
		}
	}
	rows := make([]RegisterRow, len(decisions))
	for i, d := range decisions {
		exemplars := citing[d]
		vietnamese.SortFunc(exemplars, func(a *content.Article) string { return a.Exemplar.Name })
		rows[i] = RegisterRow{Decision: d, Exemplars: exemplars}
	}
	return rows
}
