package bench

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"vinhdanh/bench/corpus"
	"vinhdanh/internal/build"
	"vinhdanh/internal/testsupport/chromium"
)

// serveSizes are the sites BenchmarkEditToReload runs on.
var serveSizes = []int{1000, 10000}

// editsMeasured is how many edits BenchmarkEditToReload times.
const editsMeasured = 20

// searchDelay is how long vinhdanh serve waits after a build, with no new
// change, before it indexes the site (serve's searchDelay).
const searchDelay = 400 * time.Millisecond

// BenchmarkEditToReload measures, on generated sites of 1,000 and 10,000
// articles, the time from saving an article's Markdown to its page, open
// in Chromium from the vinhdanh serve binary, having reloaded with the
// edit (the new document's DOMContentLoaded, on the same clock as the
// save). Each edit adds a paragraph to the article's body; after each,
// the benchmark waits for the search index to follow, as an editor's
// pauses let it. It reports the median and 90th percentile of
// editsMeasured edits, the median rebuild time the server logs ("Rebuilt
// in N ms"), and a whole build of the same site for comparison.
//
//	go test -run '^$' -bench EditToReload -benchtime 1x
func BenchmarkEditToReload(b *testing.B) {
	for _, n := range serveSizes {
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
			file, url := newsArticle(b, src)
			ctx := chromium.New(b, 1280, 900)
			if err := chromium.Navigate(ctx, base+strings.TrimPrefix(url, "/")); err != nil {
				b.Fatal(err)
			}
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

// startServe runs vinhdanh serve on the site at src, on a free port and
// with its messages in English into log, until the benchmark ends, and
// returns its base URL once it serves.
func startServe(tb testing.TB, src string, log *syncBuffer) string {
	tb.Helper()
	cmd := exec.Command(binary(tb), "serve", "--source", src, "--port", "0", "--lang", "en")
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	exited := make(chan struct{})
	go func() {
		_ = cmd.Wait()
		close(exited)
	}()
	tb.Cleanup(func() {
		if err := cmd.Process.Signal(os.Interrupt); err != nil {
			_ = cmd.Process.Kill() // Windows has no interrupt to send
		}
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			_ = cmd.Process.Kill()
			<-exited
		}
	})
	serving := regexp.MustCompile(`Serving at (http://\S+)`)
	for deadline := time.Now().Add(5 * time.Minute); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m := serving.FindStringSubmatch(log.String()); m != nil {
			return m[1]
		}
		select {
		case <-exited:
			tb.Fatalf("vinhdanh serve stopped:\n%s", log.String())
		default:
		}
	}
	tb.Fatalf("vinhdanh serve did not say where it serves:\n%s", log.String())
	return ""
}

// newsArticle returns a news article's source path and its URL path.
func newsArticle(tb testing.TB, src string) (string, string) {
	tb.Helper()
	var found string
	err := filepath.WalkDir(filepath.Join(src, "content", "tin-tuc"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && found == "" && strings.HasSuffix(p, ".md") {
			found = p
		}
		return err
	})
	if err != nil || found == "" {
		tb.Fatalf("no news article in the corpus: %v", err)
	}
	rel, _ := filepath.Rel(filepath.Join(src, "content"), found)
	return found, "/" + strings.TrimSuffix(filepath.ToSlash(rel), ".md") + "/"
}

// waitFor polls a JavaScript condition in the page until it holds; the page
// may be reloading meanwhile.
func waitFor(tb testing.TB, ctx context.Context, what, condition string) {
	tb.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		if ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](condition)); err == nil && ok {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	tb.Fatalf("waiting for %s: %s never held", what, condition)
}

// rewrite replaces the file's text with what change makes of it.
func rewrite(tb testing.TB, file string, change func(string) string) {
	tb.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(file, []byte(change(string(data))), 0o644); err != nil {
		tb.Fatal(err)
	}
}

// quoteJS returns s as a JavaScript string literal.
func quoteJS(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

// syncBuffer is a log that the benchmark reads while the server writes it.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
