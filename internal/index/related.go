package index

import (
	"cmp"
	"slices"
	"strconv"

	"vinhdanh/internal/content"
	"vinhdanh/internal/parallel"
	"vinhdanh/internal/registry"
	"vinhdanh/internal/vietnamese"
)

// RelatedCount is how many related articles an article lists.
const RelatedCount = 5

// relatedWindow is how many neighbours by date are considered in each shared
// province, tag, award or cluster: the work per article stays bounded however
// many articles share a key, and the nearest in time are the most related.
const relatedWindow = 40

// minimumScore is what two articles must share to be related: a province,
// a tag, or an award or period as well as the kind; being national, or of
// the same kind, is not enough alone.
const minimumScore = 3

// Scores of what two articles share.
const (
	scoreSameProvince     = 4 // the same unit
	scoreSameSuccessor    = 3 // units that are one since the 2025 merger
	scoreTag              = 3
	scoreAward            = 2
	scoreCluster          = 2
	scorePeriod           = 2
	scoreSameKind         = 1
	scoreNationalTogether = 1
)

// features are what related articles are scored on, gathered once, with
// every province, successor, tag, award and cluster as a small number:
// scoring compares numbers in a few short slices instead of following
// pointers and comparing strings across the whole site.
type features struct {
	provinces, successors []int32
	tags, awards          []int32
	cluster               int32 // 0 for none
	national              bool
	period                vietnamese.Period
	kind                  content.Kind
	keys                  []string
}

// interner numbers values from 1 in the order first met.
type interner[K comparable] map[K]int32

func (n interner[K]) id(k K) int32 {
	id, ok := n[k]
	if !ok {
		id = int32(len(n) + 1)
		n[k] = id
	}
	return id
}

// related scores, for each article, the articles near it in time that share
// a province, tag, award, cluster or year of their period with it. articles
// are newest first. Each article's list depends on the articles alone, so
// the work is shared out across the processors in blocks and the result is
// the same on any number of them.
func related(articles []*content.Article) map[*content.Article][]*content.Article {
	feats := make([]features, len(articles))
	groups := map[string][]int{} // key -> positions of the articles that have it, newest first
	units, tags, awards, clusters := interner[*registry.ProvinceUnit]{}, interner[string]{}, interner[*registry.Award]{}, interner[*registry.Cluster]{}
	for i, a := range articles {
		f := features{national: a.National(), period: a.Period, kind: a.Kind}
		for _, u := range a.Provinces {
			f.provinces = append(f.provinces, units.id(u))
			f.successors = append(f.successors, units.id(u.Successor))
			f.keys = append(f.keys, "p:"+u.Successor.Slug)
		}
		if a.National() {
			f.keys = append(f.keys, "p:")
		}
		for _, t := range a.Tags {
			f.tags = append(f.tags, tags.id(t.Slug))
			f.keys = append(f.keys, "t:"+t.Slug)
		}
		for _, aw := range a.Awards {
			f.awards = append(f.awards, awards.id(aw))
			f.keys = append(f.keys, "a:"+aw.Slug)
		}
		if a.Cluster != nil {
			f.cluster = clusters.id(a.Cluster)
			f.keys = append(f.keys, "c:"+a.Cluster.Slug)
		}
		for y := a.Period.Start; y != 0 && y <= a.Period.End; y++ {
			f.keys = append(f.keys, "y:"+strconv.Itoa(y))
		}
		slices.Sort(f.keys)
		f.keys = slices.Compact(f.keys)
		for _, k := range f.keys {
			groups[k] = append(groups[k], i)
		}
		feats[i] = f
	}
	unix := make([]int64, len(articles))
	for i, a := range articles {
		unix[i] = a.Date.Unix()
	}
	lists := make([][]*content.Article, len(articles))
	// Articles go to the workers in blocks, each worker with its own
	// scratch state.
	const block = 256
	_ = parallel.Workers((len(articles)+block-1)/block, parallel.PerCPU(1), func() func(int) error {
		seen := make([]int, len(articles)) // seen[j] == i+1 when j was considered for i
		var best topRelated
		return func(b int) error {
			from := b * block
			for i := from; i < min(from+block, len(articles)); i++ {
				f := &feats[i]
				best = best[:0]
				seen[i] = i + 1
				for _, k := range f.keys {
					list := groups[k]
					at, _ := slices.BinarySearch(list, i)
					for _, j := range list[max(0, at-relatedWindow/2):min(len(list), at+relatedWindow/2+1)] {
						if seen[j] == i+1 {
							continue
						}
						seen[j] = i + 1
						if s := score(f, &feats[j]); s >= minimumScore {
							d := unix[i] - unix[j]
							best.offer(candidate{j, s, max(d, -d)})
						}
					}
				}
				list := make([]*content.Article, len(best))
				for n, c := range best {
					list[n] = articles[c.position]
				}
				lists[i] = list
			}
			return nil
		}
	})
	out := make(map[*content.Article][]*content.Article, len(articles))
	for i, a := range articles {
		out[a] = lists[i]
	}
	return out
}

// candidate is an article considered as related to another.
type candidate struct {
	position int   // in the newest-first order
	score    int   // what the two share
	distance int64 // the time between them, in seconds
}

// before orders candidates: the highest score first, then the nearest in
// time, then the newest; no two candidates are equal.
func (c candidate) before(d candidate) bool {
	return cmp.Or(
		cmp.Compare(d.score, c.score),
		cmp.Compare(c.distance, d.distance),
		cmp.Compare(c.position, d.position),
	) < 0
}

// topRelated holds the best RelatedCount candidates offered, in order.
type topRelated []candidate

// offer keeps c if it is among the best so far.
func (t *topRelated) offer(c candidate) {
	list := *t
	if len(list) == RelatedCount && !c.before(list[len(list)-1]) {
		return
	}
	at := len(list)
	for at > 0 && c.before(list[at-1]) {
		at--
	}
	if len(list) < RelatedCount {
		list = append(list, candidate{})
	}
	copy(list[at+1:], list[at:len(list)-1])
	list[at] = c
	*t = list
}

// score measures what the articles of a and b share.
func score(a, b *features) int {
	s := 0
	for i, u := range a.provinces {
		for j, v := range b.provinces {
			switch {
			case u == v:
				s += scoreSameProvince
			case a.successors[i] == b.successors[j]:
				s += scoreSameSuccessor
			}
		}
	}
	if a.national && b.national {
		s += scoreNationalTogether
	}
	for _, t := range a.tags {
		for _, u := range b.tags {
			if t == u {
				s += scoreTag
			}
		}
	}
	for _, x := range a.awards {
		if slices.Contains(b.awards, x) {
			s += scoreAward
		}
	}
	if a.cluster != 0 && a.cluster == b.cluster {
		s += scoreCluster
	}
	if !a.period.IsZero() && !b.period.IsZero() && a.period.Overlaps(b.period) {
		s += scorePeriod
	}
	if a.kind == b.kind {
		s += scoreSameKind
	}
	return s
}
