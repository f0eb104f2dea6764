package index

import (
	"cmp"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"

	"vinhdanh/internal/content"
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

// features are what related articles are scored on, gathered once.
type features struct {
	article *content.Article
	keys    []string
}

// related scores, for each article, the articles near it in time that share
// a province, tag, award, cluster or year of their period with it. articles
// are newest first. Each article's list depends on the articles alone, so
// the work is shared out across the processors in blocks and the result is
// the same on any number of them.
func related(articles []*content.Article) map[*content.Article][]*content.Article {
	feats := make([]features, len(articles))
	groups := map[string][]int{} // key -> positions of the articles that have it, newest first
	for i, a := range articles {
		f := features{article: a}
		for _, u := range a.Provinces {
			f.keys = append(f.keys, "p:"+u.Successor.Slug)
		}
		if a.National() {
			f.keys = append(f.keys, "p:")
		}
		for _, t := range a.Tags {
			f.keys = append(f.keys, "t:"+t.Slug)
		}
		for _, aw := range a.Awards {
			f.keys = append(f.keys, "a:"+aw.Slug)
		}
		if a.Cluster != nil {
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
	const block = 256
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), (len(articles)+block-1)/block) {
		wg.Go(func() {
			seen := make([]int, len(articles)) // seen[j] == i+1 when j was considered for i
			var best topRelated
			for {
				from := int(next.Add(block)) - block
				if from >= len(articles) {
					return
				}
				for i := from; i < min(from+block, len(articles)); i++ {
					f := feats[i]
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
							if s := score(f.article, articles[j]); s >= minimumScore {
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
			}
		})
	}
	wg.Wait()
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
			if t.Slug == u.Slug {
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
