package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
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
