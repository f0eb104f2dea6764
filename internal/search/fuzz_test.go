package search

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

// FuzzIndex builds an index of two documents from arbitrary text and
// checks that every syllable, and every adjacent pair, can be found in its
// shard under its folded form, with the documents that hold it.
func FuzzIndex(f *testing.F) {
	for _, seed := range [][2]string{
		{"Thi đua, khen thưởng.", "Biểu dương con đường"},
		{"946/QĐ-UBND", "a\u0301b"},
		{"", "\xff\xfe đ"},
		{"Ðắk Lắk", "ĐẮK LẮK"},
	} {
		f.Add(seed[0], seed[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		docs := []Doc{
			{ID: 0, URL: "/a/", Title: "Một", Text: a, Date: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)},
			{ID: 1, URL: "/b/", Title: "Hai", Text: b, Date: time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)},
		}
		out := buildIndex(t, docs, []int{1, 0})
		terms := map[string]decodedTerm{}
		for shard := range out.Config.Shards {
			if out.Files[fmt.Sprintf("s/%04x.bin", shard)] == nil {
				continue
			}
			for key, term := range readShard(t, out, shard) {
				if ShardOf(key, out.Config.Shards) != shard {
					t.Fatalf("%q is not in the shard its hash names", key)
				}
				terms[key] = term
			}
		}
		for id, d := range docs {
			tokens := Tokenize(d.Text)
			for i, tk := range tokens {
				keys := []string{tk.Folded}
				if tk.Joined && i > 0 {
					keys = append(keys, tokens[i-1].Folded+" "+tk.Folded)
				}
				for _, key := range keys {
					term, ok := terms[key]
					if !ok {
						t.Fatalf("%q is not in its shard", key)
					}
					if !slices.Contains(term.docs, id) && !slices.Contains(term.all, id) {
						t.Fatalf("%q is not found in document %d", key, id)
					}
				}
			}
		}
	})
}
