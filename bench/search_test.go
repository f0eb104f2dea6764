package bench

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"golang.org/x/text/unicode/norm"

	"vinhdanh/bench/corpus"
	"vinhdanh/internal/testsupport/chromium"
	"vinhdanh/internal/vietnamese"
)

// withoutSearch returns a copy of the site at src, its files hard links,
// whose site.yaml turns the search index off: building both tells what the
// index adds to a build.
func withoutSearch(tb testing.TB, src string) string {
	tb.Helper()
	dir := src + "-nosearch"
	if _, err := os.Stat(filepath.Join(dir, "site.yaml")); err == nil {
		return dir
	}
	tmp := dir + fmt.Sprintf(".tmp-%d", os.Getpid())
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(tmp, rel)
		switch {
		case d.IsDir():
			return os.MkdirAll(target, 0o755)
		case rel == "site.yaml":
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			return os.WriteFile(target, append(data, "\nsearch:\n  enabled: false\n"...), 0o644)
		default:
			return os.Link(p, target)
		}
	})
	if err == nil {
		err = os.Rename(tmp, dir)
	}
	if err != nil {
		os.RemoveAll(tmp)
		tb.Fatal(err)
	}
	return dir
}

// searchQueries are the benchmark's queries, 1 to 4 syllables, as written
// with their marks; each is also run unaccented and as typed in Telex.
var searchQueries = []string{
	"đường", "khen", "lúa", "trường", "Huế",
	"thi đua", "khen thưởng", "bằng khen", "Nghệ An", "giáo dục",
	"điển hình tiên tiến", "chiến sĩ thi đua", "huân chương lao động", "nông thôn mới", "cờ thi đua",
	"thi đua yêu nước", "người tốt việc tốt", "lao động sáng tạo", "xây dựng nông thôn", "bằng khen Thủ tướng",
}

// telexTyping returns what a reader types for text on a keyboard without
// a Vietnamese input method, in Telex: "đường" -> "dduwowngf".
func telexTyping(text string) string {
	tones := map[rune]string{'\u0301': "s", '\u0300': "f", '\u0309': "r", '\u0303': "x", '\u0323': "j"}
	var words []string
	for _, word := range strings.Fields(text) {
		var out []rune
		tone := ""
		for _, r := range norm.NFD.String(word) {
			switch {
			case tones[r] != "":
				tone = tones[r]
			case r == '\u0302' && len(out) > 0: // â ê ô: the vowel twice
				out = append(out, out[len(out)-1])
			case r == '\u0306' || r == '\u031b': // ă, ơ, ư
				out = append(out, 'w')
			case r == 'đ':
				out = append(out, 'd', 'd')
			case r == 'Đ':
				out = append(out, 'D', 'd')
			default:
				out = append(out, r)
			}
		}
		words = append(words, string(out)+tone)
	}
	return strings.Join(words, " ")
}

// queryCost is what one query costs in the browser.
type queryCost struct {
	query, form string
	requests    int     // requests for index files on a first visit
	bytes       int     // their bytes on the wire, headers included
	warmMS      float64 // the same query again, until its results are on the page
}

// measureQueries runs each query on the built site's search page in
// Chromium: cold, as on a first visit with an empty cache (every request
// for the index's files counted, with its transfer size), then warm (the
// same query submitted again, timed until its results are on the page).
func measureQueries(b *testing.B, dest string) []queryCost {
	// A plain static server that knows no ranges (Python's http.server,
	// some caches): whole files, always.
	files := http.FileServer(http.Dir(dest))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Header.Del("Range")
		files.ServeHTTP(w, r)
	}))
	defer srv.Close()
	ctx := chromium.New(b, 1280, 900)
	if _, err := chromedp.Call(ctx, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true}); err != nil {
		b.Fatal(err)
	}
	const answered = `(s => s !== "" && s !== "Đang tìm…")(document.getElementById("search-status").textContent)`
	const resources = `(() => {
		const root = JSON.parse(document.getElementById("search-config").textContent).root;
		const files = performance.getEntriesByType("resource").filter(e => new URL(e.name).pathname.startsWith(root));
		return [files.length, files.reduce((n, e) => n + e.transferSize, 0)];
	})()`
	const again = `new Promise(resolve => {
		const status = document.getElementById("search-status");
		const start = performance.now();
		const watch = new MutationObserver(() => {
			if (status.textContent !== "" && status.textContent !== "Đang tìm…") {
				watch.disconnect();
				resolve(performance.now() - start);
			}
		});
		watch.observe(status, {childList: true, characterData: true, subtree: true});
		document.getElementById("search-form").requestSubmit();
	})`
	var costs []queryCost
	for _, base := range searchQueries {
		forms := [][2]string{{"accented", base}, {"unaccented", vietnamese.Fold(base)}, {"telex", telexTyping(base)}}
		for _, f := range forms {
			chromium.Do(b, ctx, chromedp.Navigate(srv.URL+"/tim-kiem/?q="+url.QueryEscape(f[1])))
			if _, err := chromedp.Run(ctx, chromedp.Poll[bool](answered)); err != nil {
				b.Fatalf("%q: no answer: %v", f[1], err)
			}
			cold := chromium.Eval[[2]int](b, ctx, resources)
			var warm []float64
			for range 5 {
				ms, err := chromedp.Run(ctx, chromedp.Evaluate[float64](again, chromedp.EvalAwaitPromise))
				if err != nil {
					b.Fatal(err)
				}
				warm = append(warm, ms)
			}
			if after := chromium.Eval[[2]int](b, ctx, resources); after[0] != cold[0] {
				b.Fatalf("%q: a warm query made %d requests", f[1], after[0]-cold[0])
			}
			costs = append(costs, queryCost{query: f[1], form: f[0], requests: cold[0], bytes: cold[1], warmMS: percentile(warm, 50)})
		}
	}
	return costs
}

// BenchmarkSearch builds generated sites of 10,000 and 100,000 articles
// whose decisions list their honourees (some five names an article), with
// and without the search index, and the same site without honourees; then
// runs a fixed set of queries (20, of 1 to 4 syllables, each accented,
// unaccented and in Telex) on the search page in Chromium, served by a
// static server that ignores HTTP ranges. It reports, per cold query (a
// first visit: the index files and the first page's records), the
// requests and kilobytes on the wire (median and 90th percentile); the
// warm query time (the same query again, to its results on the page); the
// index's size and files; the build's time and peak memory, the time the
// index adds, and how the honourees grew the build and the index. make
// bench-search runs it.
func BenchmarkSearch(b *testing.B) {
	for _, n := range []int{10000, 100000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			src, err := corpus.SharedWith(corpus.Options{Articles: n, Honourees: true})
			if err != nil {
				b.Fatal(err)
			}
			before := corpusDir(b, n)
			plain := withoutSearch(b, src)
			bin := binary(b)
			dest := filepath.Join(b.TempDir(), "public")
			build := func(source string) (time.Duration, int64) {
				// Each build starts from an empty destination, so that
				// none pays for removing the one before.
				if err := os.RemoveAll(dest); err != nil {
					b.Fatal(err)
				}
				start := time.Now()
				cmd := exec.Command(bin, "build", "--source", source, "--dest", dest, "--now", "2026-11-21", "--quiet")
				out, err := cmd.CombinedOutput()
				if err != nil {
					b.Fatalf("build: %v\n%s", err, out)
				}
				return time.Since(start), peakMemory(cmd.ProcessState)
			}
			var with, without, older []time.Duration
			var peaks []float64
			var costs []queryCost
			var olderFiles int
			var olderBytes int64
			for b.Loop() {
				d, _ := build(before)
				older = append(older, d)
				olderFiles, olderBytes = treeSize(b, filepath.Join(dest, "tim-kiem"), "")
				d, _ = build(plain)
				without = append(without, d)
				d, peak := build(src)
				with, peaks = append(with, d), append(peaks, float64(peak)/(1<<20))
				costs = measureQueries(b, dest)
			}
			files, bytes := treeSize(b, filepath.Join(dest, "tim-kiem"), "")
			requests := make([]float64, len(costs))
			kilobytes := make([]float64, len(costs))
			warm := make([]float64, len(costs))
			for i, c := range costs {
				requests[i], kilobytes[i], warm[i] = float64(c.requests), float64(c.bytes)/1000, c.warmMS
			}
			b.ReportMetric(percentile(requests, 50), "cold-requests-median")
			b.ReportMetric(percentile(requests, 90), "cold-requests-p90")
			b.ReportMetric(percentile(kilobytes, 50), "cold-kB-median")
			b.ReportMetric(percentile(kilobytes, 90), "cold-kB-p90")
			b.ReportMetric(percentile(warm, 50), "warm-ms-median")
			b.ReportMetric(percentile(warm, 90), "warm-ms-p90")
			b.ReportMetric(float64(bytes)/1e6, "index-MB")
			b.ReportMetric(float64(files), "index-files")
			b.ReportMetric(median(with).Seconds(), "build-s")
			b.ReportMetric(percentile(peaks, 50), "build-peak-MB")
			b.ReportMetric((median(with) - median(without)).Seconds(), "index-adds-s")
			b.ReportMetric(median(older).Seconds(), "no-honourees-build-s")
			b.ReportMetric(float64(olderBytes)/1e6, "no-honourees-index-MB")
			b.ReportMetric(float64(olderFiles), "no-honourees-index-files")
			slowest, dearest := costs[0], costs[0]
			for _, c := range costs {
				if c.warmMS > slowest.warmMS {
					slowest = c
				}
				if c.bytes > dearest.bytes || c.bytes == dearest.bytes && c.requests > dearest.requests {
					dearest = c
				}
			}
			b.Logf("slowest warm query: %q, %.1f ms; costliest cold query: %q, %d requests, %.1f kB",
				slowest.query, slowest.warmMS, dearest.query, dearest.requests, float64(dearest.bytes)/1000)
			for _, form := range []string{"accented", "unaccented", "telex"} {
				var r, k, w []float64
				for _, c := range costs {
					if c.form == form {
						r, k, w = append(r, float64(c.requests)), append(k, float64(c.bytes)/1000), append(w, c.warmMS)
					}
				}
				b.Logf("%-10s cold requests median %.0f p90 %.0f; cold kB median %.1f p90 %.1f; warm ms median %.1f p90 %.1f",
					form, percentile(r, 50), percentile(r, 90), percentile(k, 50), percentile(k, 90), percentile(w, 50), percentile(w, 90))
			}
		})
	}
}
