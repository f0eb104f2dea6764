package bench

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// BenchmarkBuild builds generated sites of 1,000, 10,000 and 100,000
// articles with the real binary, each into an output folder that does not
// exist yet, as in CI, which builds a fresh clone (replacing an output adds
// its removal: 0.2 s at 10,000 articles, 2 s at 100,000), and reports the median
// wall time of a build (median-s; ns/op is the mean), articles per second,
// the median peak memory (maximum resident set size) of the build process,
// and the output's files and megabytes. make bench runs it three times.
// -bench 'BenchmarkBuild/articles=10000$' picks one size.
func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			src := corpusDir(b, n)
			bin := binary(b)
			dest := filepath.Join(b.TempDir(), "public")
			var walls []time.Duration
			var peaks []int64
			for b.Loop() {
				if err := os.RemoveAll(dest); err != nil {
					b.Fatal(err)
				}
				cmd := exec.Command(bin, "build", "--source", src, "--dest", dest, "--now", "2026-11-21", "--quiet")
				start := time.Now()
				out, err := cmd.CombinedOutput()
				walls = append(walls, time.Since(start))
				if err != nil {
					b.Fatalf("build: %v\n%s", err, out)
				}
				peaks = append(peaks, peakMemory(cmd.ProcessState)/1024)
			}
			slices.Sort(walls)
			slices.Sort(peaks)
			median := walls[len(walls)/2]
			files, bytes := treeSize(b, dest, "")
			b.ReportMetric(float64(n)/median.Seconds(), "articles/s")
			b.ReportMetric(float64(peaks[len(peaks)/2])/1024, "peak-MB")
			b.ReportMetric(median.Seconds(), "median-s")
			b.ReportMetric(float64(files), "files")
			b.ReportMetric(float64(bytes)/1e6, "out-MB")
		})
	}
}

// treeSize counts the files under dir whose names end in suffix ("" for
// all) and their bytes.
func treeSize(tb testing.TB, dir, suffix string) (files int, bytes int64) {
	tb.Helper()
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, suffix) {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		files++
		bytes += info.Size()
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return files, bytes
}
