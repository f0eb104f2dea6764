package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"vinhdanh/internal/corpus"
)

// corpusDir writes (once per machine and size) a generated site of n
// articles under the temporary folder and returns its path.
func corpusDir(tb testing.TB, n int) string {
	tb.Helper()
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("vinhdanh-corpus-%d", n))
	if _, err := os.Stat(filepath.Join(dir, "site.yaml")); err == nil {
		return dir
	}
	tmp := dir + fmt.Sprintf(".tmp-%d", os.Getpid())
	if err := corpus.WriteDir(tmp, corpus.Options{Articles: n}); err != nil {
		tb.Fatal(err)
	}
	if err := os.Rename(tmp, dir); err != nil {
		os.RemoveAll(tmp)
		if _, statErr := os.Stat(filepath.Join(dir, "site.yaml")); statErr != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

var (
	binaryOnce sync.Once
	binaryPath string
	binaryErr  error
)

// binary builds vinhdanh once for the test run.
func binary(tb testing.TB) string {
	tb.Helper()
	binaryOnce.Do(func() {
		dir, err := os.MkdirTemp("", "vinhdanh-bin-")
		if err != nil {
			binaryErr = err
			return
		}
		binaryPath = filepath.Join(dir, "vinhdanh")
		out, err := exec.Command("go", "build", "-o", binaryPath, ".").CombinedOutput()
		if err != nil {
			binaryErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binaryErr != nil {
		tb.Fatal(binaryErr)
	}
	return binaryPath
}

// BenchmarkBuild builds generated sites of 1,000 and 10,000 articles with
// the real binary, and reports articles per second and the peak memory
// (maximum resident set size) of the build process; ns/op is the wall time.
// make bench runs it three times for medians.
func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			src := corpusDir(b, n)
			bin := binary(b)
			dest := filepath.Join(b.TempDir(), "public")
			var walls []time.Duration
			var peaks []int64
			for b.Loop() {
				cmd := exec.Command(bin, "build", "--source", src, "--dest", dest, "--now", "2026-11-21", "--quiet")
				start := time.Now()
				out, err := cmd.CombinedOutput()
				walls = append(walls, time.Since(start))
				if err != nil {
					b.Fatalf("build: %v\n%s", err, out)
				}
				peaks = append(peaks, cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss)
			}
			slices.Sort(walls)
			slices.Sort(peaks)
			median := walls[len(walls)/2]
			b.ReportMetric(float64(n)/median.Seconds(), "articles/s")
			b.ReportMetric(float64(peaks[len(peaks)/2])/1024, "peak-MB")
			b.ReportMetric(median.Seconds(), "median-s")
		})
	}
}

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

// queryCost is what search-bench.js reports for one query.
type queryCost struct {
	Query    string  `json:"query"`
	Base     string  `json:"base"`
	Form     string  `json:"form"`
	Results  int     `json:"results"`
	Requests int     `json:"requests"`
	Bytes    int     `json:"bytes"`
	WarmMS   float64 `json:"warm_ms"`
}

// BenchmarkSearch builds generated sites of 10,000 and 100,000 articles
// with and without the search index, then runs a fixed set of queries (20,
// of 1 to 4 syllables, each accented, unaccented and in Telex) through the
// browser client in Node against the built index. It reports, per cold
// query (a first visit: the index files and the first page's records), the
// requests and kilobytes (median and 90th percentile); the warm query time
// (the same query again); the index's size and files; and the build time
// the index adds. make bench-search runs it.
func BenchmarkSearch(b *testing.B) {
	node, err := exec.LookPath("node")
	if err != nil {
		b.Skip("the search benchmark runs the client in Node.js (Debian package nodejs)")
	}
	for _, n := range []int{10000, 100000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			src := corpusDir(b, n)
			plain := withoutSearch(b, src)
			bin := binary(b)
			dest := filepath.Join(b.TempDir(), "public")
			build := func(source string) time.Duration {
				start := time.Now()
				out, err := exec.Command(bin, "build", "--source", source, "--dest", dest, "--now", "2026-11-21", "--quiet").CombinedOutput()
				if err != nil {
					b.Fatalf("build: %v\n%s", err, out)
				}
				return time.Since(start)
			}
			var with, without []time.Duration
			var costs []queryCost
			for b.Loop() {
				without = append(without, build(plain))
				with = append(with, build(src))
				out, err := exec.Command(node, "testdata/search-bench.js", dest).Output()
				if err != nil {
					b.Fatalf("search-bench.js: %v", err)
				}
				costs = costs[:0]
				for line := range strings.Lines(string(out)) {
					var c queryCost
					if err := json.Unmarshal([]byte(line), &c); err != nil {
						b.Fatal(err)
					}
					costs = append(costs, c)
				}
			}
			files, bytes := 0, int64(0)
			err := filepath.WalkDir(filepath.Join(dest, "tim-kiem"), func(p string, d os.DirEntry, err error) error {
				if err == nil && !d.IsDir() && strings.HasSuffix(p, ".bin") {
					info, err := d.Info()
					if err != nil {
						return err
					}
					files++
					bytes += info.Size()
				}
				return err
			})
			if err != nil {
				b.Fatal(err)
			}
			requests := make([]float64, len(costs))
			kilobytes := make([]float64, len(costs))
			warm := make([]float64, len(costs))
			for i, c := range costs {
				requests[i], kilobytes[i], warm[i] = float64(c.Requests), float64(c.Bytes)/1000, c.WarmMS
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
			b.ReportMetric((median(with) - median(without)).Seconds(), "index-adds-s")
			for _, form := range []string{"accented", "unaccented", "telex"} {
				var r, k, w []float64
				for _, c := range costs {
					if c.Form == form {
						r, k, w = append(r, float64(c.Requests)), append(k, float64(c.Bytes)/1000), append(w, c.WarmMS)
					}
				}
				b.Logf("%-10s cold requests median %.0f p90 %.0f; cold kB median %.1f p90 %.1f; warm ms median %.1f p90 %.1f",
					form, percentile(r, 50), percentile(r, 90), percentile(k, 50), percentile(k, 90), percentile(w, 50), percentile(w, 90))
			}
		})
	}
}

// percentile returns the p-th percentile of values by the nearest-rank
// method.
func percentile(values []float64, p float64) float64 {
	if len(values) == 0 {
		return 0
	}
	sorted := slices.Clone(values)
	slices.Sort(sorted)
	rank := int(math.Ceil(p / 100 * float64(len(sorted))))
	return sorted[max(rank, 1)-1]
}

// median returns the median of durations.
func median(ds []time.Duration) time.Duration {
	sorted := slices.Clone(ds)
	slices.Sort(sorted)
	return sorted[len(sorted)/2]
}
