package bench

import (
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"vinhdanh/bench/corpus"
)

// corpusDir returns the shared generated site of n articles.
func corpusDir(tb testing.TB, n int) string {
	tb.Helper()
	dir, err := corpus.Shared(n)
	if err != nil {
		tb.Fatal(err)
	}
	return dir
}

var (
	binaryOnce sync.Once
	binaryPath string
	binaryErr  error
)

// binary builds vinhdanh (vinhdanh/cmd/vinhdanh, from the folder above)
// once for the test run.
func binary(tb testing.TB) string {
	tb.Helper()
	binaryOnce.Do(func() {
		dir, err := os.MkdirTemp("", "vinhdanh-bin-")
		if err != nil {
			binaryErr = err
			return
		}
		binaryPath = filepath.Join(dir, "vinhdanh")
		out, err := exec.Command("go", "build", "-tags", "nodynamic", "-o", binaryPath, "vinhdanh/cmd/vinhdanh").CombinedOutput()
		if err != nil {
			binaryErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binaryErr != nil {
		tb.Fatal(binaryErr)
	}
	return binaryPath
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
