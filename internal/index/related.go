package index

import (
	"cmp"
	"slices"

	"vinhdanh/internal/content"
	"vinhdanh/internal/vietnamese"
)

// RelatedCount is how many related articles an article lists.
const RelatedCount = 5

// relatedWindow is how many neighbours by date are considered in each shared
// province, tag, award or cluster: the work per article stays bounded however
// many articles share a key, and the nearest in time are the most related.
const relatedWindow = 40

// Scores of what two articles share.
const (
	scoreSameProvince     = 4 // the same unit
	scoreSameSuccessor    = 2 // units that are one since the 2025 merger
	scoreTag              = 3
	scoreAward            = 2
	scoreCluster          = 2
	scorePeriod           = 2
	scoreSameKind         = 1
	scoreNationalTogether = 1
)

// related scores, for each article, the articles near it in time that share
// a province, tag, award or cluster with it.
func related(articles []*content.Article) map[*content.Article][]*content.Article {
	groups := map[string][]*content.Article{} // key -> articles, newest first
	keys := func(a *content.Article) []string {
		var ks []string
		for _, u := range a.Provinces {
			ks = append(ks, "p:"+u.Successor.Slug)
		}
		if a.National() {
			ks = append(ks, "p:")
		}
		for _, t := range a.Tags {
			ks = append(ks, "t:"+vietnamese.Slug(t))
		}
		for _, aw := range a.Awards {
			ks = append(ks, "a:"+aw.Slug)
		}
		if a.Cluster != nil {
			ks = append(ks, "c:"+a.Cluster.Slug)
		}
		return ks
	}
	position := map[string]map[*content.Article]int{}
	for _, a := range articles { // already newest first
		for _, k := range keys(a) {
			if position[k] == nil {
				position[k] = map[*content.Article]int{}
			}
			position[k][a] = len(groups[k])
			groups[k] = append(groups[k], a)
		}
	}
	out := make(map[*content.Article][]*content.Article, len(articles))
	type scored struct {
		a     *content.Article
		score int
	}
	for _, a := range articles {
		seen := map[*content.Article]bool{a: true}
		var candidates []scored
		for _, k := range keys(a) {
			list := groups[k]
			i := position[k][a]
			for j := max(0, i-relatedWindow/2); j < min(len(list), i+relatedWindow/2+1); j++ {
				b := list[j]
				if seen[b] {
					continue
				}
				seen[b] = true
				if s := score(a, b); s > scoreSameKind {
					candidates = append(candidates, scored{b, s})
				}
			}
		}
		slices.SortFunc(candidates, func(x, y scored) int {
			return cmp.Or(
				cmp.Compare(y.score, x.score),
				cmp.Compare(distance(a, x.a), distance(a, y.a)),
				content.Newest(x.a, y.a),
			)
		})
		n := min(RelatedCount, len(candidates))
		list := make([]*content.Article, n)
		for i := range list {
			list[i] = candidates[i].a
		}
		out[a] = list
	}
	return out
}

// distance is the time between two articles, in seconds.
func distance(a, b *content.Article) int64 {
	d := a.Date.Unix() - b.Date.Unix()
	if d < 0 {
		return -d
	}
	return d
}

// score measures what a and b share.
func score(a, b *content.Article) int {
	s := 0
	for _, u := range a.Provinces {
		for _, v := range b.Provinces {
			switch {
			case u == v:
				s += scoreSameProvince
			case u.Successor == v.Successor:
				s += scoreSameSuccessor
			}
		}
	}
	if a.National() && b.National() {
		s += scoreNationalTogether
	}
	for _, t := range a.Tags {
		for _, u := range b.Tags {
			if vietnamese.Slug(t) == vietnamese.Slug(u) {
				s += scoreTag
			}
		}
	}
	for _, x := range a.Awards {
		if slices.Contains(b.Awards, x) {
			s += scoreAward
		}
	}
	if a.Cluster != nil && a.Cluster == b.Cluster {
		s += scoreCluster
	}
	if !a.Period.IsZero() && !b.Period.IsZero() && a.Period.Overlaps(b.Period) {
		s += scorePeriod
	}
	if a.Kind == b.Kind {
		s += scoreSameKind
	}
	return s
}
