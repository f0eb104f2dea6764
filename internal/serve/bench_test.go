package serve

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"vinhdanh/internal/build"
	"vinhdanh/internal/corpus"
	"vinhdanh/internal/testsupport/chromium"
)

// benchSizes are the sites BenchmarkEditToReload runs on.
var benchSizes = []int{1000, 10000}

// editsMeasured is how many edits BenchmarkEditToReload times.
const editsMeasured = 20

// BenchmarkEditToReload measures, on a generated site of 10,000 articles,
// the time from saving an article's Markdown to its page, open in
// Chromium, having reloaded with the edit (the new document's
// DOMContentLoaded, on the same clock as the save). Each edit adds a
// paragraph to the article's body; after each, the benchmark waits for the
// search index to follow, as an editor's pauses let it. It reports the
// median and 90th percentile of editsMeasured edits, the median rebuild
// time the server logs, and a whole build of the same site for comparison.
//
//	go test ./internal/serve -run '^$' -bench EditToReload -benchtime 1x
func BenchmarkEditToReload(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			src := filepath.Join(b.TempDir(), "site")
			if err := corpus.WriteDir(src, corpus.Options{Articles: n}); err != nil {
				b.Fatal(err)
			}
			start := time.Now()
			_, err := build.Run(build.Options{Source: src, Dest: filepath.Join(b.TempDir(), "public"), Now: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)})
			if err != nil {
				b.Fatal(err)
			}
			whole := time.Since(start)

			log := &syncBuffer{}
			base := startServe(b, src, log)
			file, url := corpusArticle(b, src)
			ctx := chromium.New(b, 1280, 900)
			chromium.Do(b, ctx, chromedp.Navigate(base+strings.TrimPrefix(url, "/")))
			waitFor(b, ctx, "the live script", `!!document.getElementById("vinhdanh-live")`)
			settle := func() { time.Sleep(searchDelay + time.Duration(n/5)*time.Millisecond) }
			settle()

			rebuilt := regexp.MustCompile(`Rebuilt in (\d+) ms`)
			var latencies, rebuilds, starts []float64
			b.ResetTimer()
			for i := range editsMeasured {
				marker := fmt.Sprintf("Đoạn đo thời gian thứ %d.", i+1)
				logged := len(rebuilt.FindAllString(log.String(), -1))
				saved := time.Now()
				rewrite(b, file, func(s string) string { return s + "\n" + marker + "\n" })
				waitFor(b, ctx, "the edit", `document.readyState !== "loading" && document.body.innerText.includes(`+quoteJS(marker)+`)`)
				loaded := chromium.Eval[float64](b, ctx, `performance.timeOrigin + performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd`)
				began := chromium.Eval[float64](b, ctx, `performance.timeOrigin`)
				latencies = append(latencies, loaded-float64(saved.UnixMicro())/1000)
				starts = append(starts, began-float64(saved.UnixMicro())/1000)
				if all := rebuilt.FindAllStringSubmatch(log.String(), -1); len(all) > logged {
					ms, _ := strconv.ParseFloat(all[len(all)-1][1], 64)
					rebuilds = append(rebuilds, ms)
				}
				settle()
			}
			b.StopTimer()
			b.ReportMetric(percentile(latencies, 50), "reload-ms-median")
			b.ReportMetric(percentile(latencies, 90), "reload-ms-p90")
			b.ReportMetric(percentile(rebuilds, 50), "rebuild-ms-median")
			b.ReportMetric(percentile(starts, 50), "reload-starts-ms-median")
			b.ReportMetric(whole.Seconds(), "whole-build-s")
			b.Logf("edit to reload, ms: %.0f", latencies)
		})
	}
}

// percentile returns the p-th percentile of values (nearest rank).
func percentile(values []float64, p int) float64 {
	if len(values) == 0 {
		return 0
	}
	sorted := slices.Clone(values)
	slices.Sort(sorted)
	rank := (p*len(sorted) + 99) / 100
	return sorted[max(rank, 1)-1]
}
