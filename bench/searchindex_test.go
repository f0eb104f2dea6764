package bench

import (
	"fmt"
	"slices"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"vinhdanh/bench/corpus"
	"vinhdanh/internal/config"
	"vinhdanh/internal/content"
	"vinhdanh/internal/markdown"
	"vinhdanh/internal/search"
)

var (
	corpusDocsMu sync.Mutex
	corpusDocs   = map[int][]search.Doc{}
)

// generatedDocs returns the documents of a generated site of n articles,
// as the build gives them to the index (plain text of the rendered body).
func generatedDocs(tb testing.TB, n int) []search.Doc {
	tb.Helper()
	corpusDocsMu.Lock()
	defer corpusDocsMu.Unlock()
	if docs, ok := corpusDocs[n]; ok {
		return docs
	}
	fsys := fstest.MapFS{}
	err := corpus.Generate(corpus.Options{Articles: n}, func(path string, data []byte) error {
		fsys[path] = &fstest.MapFile{Data: data}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	cfg, diags := config.Load(fsys)
	if errs := diags.Errors(false); len(errs) > 0 {
		tb.Fatal(errs)
	}
	site, diags := content.Load(fsys, cfg, content.Options{Now: time.Date(2026, 11, 21, 0, 0, 0, 0, cfg.Location)})
	if errs := diags.Errors(false); len(errs) > 0 {
		tb.Fatal(errs)
	}
	md := markdown.New(markdown.Options{})
	docs := make([]search.Doc, len(site.Articles))
	for i, a := range site.Articles {
		res, err := md.Render(a.Body)
		if err != nil {
			tb.Fatal(err)
		}
		docs[i] = search.Doc{ID: i, URL: a.URL, Title: a.Title, Summary: a.Summary, Text: res.Text, Date: a.Date,
			Kind: slices.Index(content.Kinds, a.Kind), Places: "Nghệ An", Provinces: []string{"nghe-an"}}
	}
	corpusDocs[n] = docs
	return docs
}

// BenchmarkSearchBuilder indexes a generated site's documents with
// search.Builder (Add from as many goroutines as the build uses, then
// Finish); the rendering of the pages is not counted.
func BenchmarkSearchBuilder(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			docs := generatedDocs(b, n)
			var adding, finishing time.Duration
			for b.Loop() {
				start := time.Now()
				builder := search.NewBuilder(len(docs))
				var wg sync.WaitGroup
				next := make(chan int)
				for range 8 {
					wg.Go(func() {
						for i := range next {
							if err := builder.Add(docs[i]); err != nil {
								b.Error(err)
							}
						}
					})
				}
				for i := range docs {
					next <- i
				}
				close(next)
				wg.Wait()
				adding += time.Since(start)
				start = time.Now()
				if _, err := builder.Finish(func(string, []byte) error { return nil }); err != nil {
					b.Fatal(err)
				}
				finishing += time.Since(start)
			}
			b.ReportMetric(adding.Seconds()/float64(b.N), "add-s/op")
			b.ReportMetric(finishing.Seconds()/float64(b.N), "finish-s/op")
		})
	}
}
