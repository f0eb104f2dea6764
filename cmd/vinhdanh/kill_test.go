package main

import (
	"crypto/sha256"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"vinhdanh/internal/testsupport/sitetest"
)

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
		out, err := exec.Command("go", "build", "-tags", "nodynamic", "-o", binaryPath, ".").CombinedOutput()
		if err != nil {
			binaryErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binaryErr != nil {
		tb.Fatal(binaryErr)
	}
	return binaryPath
}

// hashTree returns the SHA-256 of every file under dir, by relative path.
func hashTree(t *testing.T, dir string) map[string][32]byte {
	t.Helper()
	sums := map[string][32]byte{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		sums[rel] = sha256.Sum256(data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return sums
}

func sameTree(a, b map[string][32]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// TestKilledBuildLeavesOutputWhole kills builds of a site of 1,500 articles
// with SIGKILL in every phase and checks each time that the output is
// exactly the previous one, or (when the kill came after the exchange, while
// the old tree was being deleted) exactly the complete new one: never a
// mixture. The killed builds use
// another base URL, so that a tree partly replaced would show.
//
// Kills are aimed at phases by watching the build's own folder beside the
// output: while it fills (at 5%, 40% and 90% of the files), and after the
// exchange, when it holds the old tree being deleted. Others fall at moments
// spread over a build's duration.
func TestKilledBuildLeavesOutputWhole(t *testing.T) {
	if os.Getenv("VINHDANH_SCALE_TESTS") == "" {
		t.Skip("builds a site of 1,500 articles many times: make test-scale runs it")
	}
	src := sitetest.Articles(t, 1500)
	bin := binary(t)
	dest := filepath.Join(t.TempDir(), "public")
	buildInto := func(dir, baseURL string) *exec.Cmd {
		return exec.Command(bin, "build", "--source", src, "--dest", dir, "--base-url", baseURL, "--now", "2026-11-21", "--quiet")
	}
	if out, err := buildInto(dest, "https://old.example/").CombinedOutput(); err != nil {
		t.Fatalf("first build: %v\n%s", err, out)
	}
	before := hashTree(t, dest)
	if len(before) < 1500 {
		t.Fatalf("first build wrote %d files", len(before))
	}
	// What a complete build with the new base URL gives, and how long it takes.
	reference := filepath.Join(t.TempDir(), "reference")
	start := time.Now()
	if out, err := buildInto(reference, "https://new.example/").CombinedOutput(); err != nil {
		t.Fatalf("reference build: %v\n%s", err, out)
	}
	full := time.Since(start)
	complete := hashTree(t, reference)

	type plan struct {
		name string
		// ready returns, for the base URL of the tree being replaced, a test
		// that says from the build's own folder that it is time to kill.
		ready func(replaced string) func(work string) bool
		delay time.Duration
	}
	filled := func(fraction float64) func(string) func(string) bool {
		return func(string) func(string) bool {
			return func(work string) bool { return countFiles(work) >= int(fraction*float64(len(complete))) }
		}
	}
	holdsOldTree := func(replaced string) func(string) bool {
		return func(work string) bool {
			home, _ := os.ReadFile(filepath.Join(work, "index.html"))
			return strings.Contains(string(home), replaced)
		}
	}
	plans := []plan{
		{name: "5% written", ready: filled(0.05)},
		{name: "40% written", ready: filled(0.40)},
		{name: "90% written", ready: filled(0.90)},
		{name: "deleting the old tree", ready: holdsOldTree},
	}
	for i := range 6 {
		plans = append(plans, plan{name: "timed", delay: full * time.Duration(2*i+1) / 6})
	}
	// Each build goes from the tree that is there to the other one: from
	// the old base URL's to the new one's, or back.
	trees := map[string]map[string][32]byte{"https://old.example/": before, "https://new.example/": complete}
	current, other := "https://old.example/", "https://new.example/"
	killed, afterSwap, finished := 0, 0, 0
	for i, pl := range plans {
		cmd := buildInto(dest, other)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		if pl.ready != nil {
			waitFor(cmd.Process.Pid, filepath.Dir(dest), pl.ready(current))
		} else {
			time.Sleep(pl.delay)
		}
		_ = cmd.Process.Kill()
		err := cmd.Wait()
		after := hashTree(t, dest)
		switch {
		case sameTree(after, trees[other]):
			if err == nil {
				finished++
			} else {
				afterSwap++
			}
			current, other = other, current
		case err == nil:
			t.Fatalf("kill %d (%s): the build finished but the output is not the complete new one", i, pl.name)
		case !sameTree(after, trees[current]):
			t.Fatalf("kill %d (%s): the output is neither the previous one nor the complete new one (%d files, was %d)", i, pl.name, len(after), len(trees[current]))
		default:
			killed++
		}
	}
	t.Logf("of %d builds: %d killed before the exchange, %d killed after it, %d finished (a full build took %v)",
		len(plans), killed, afterSwap, finished, full)
	if killed < 3 {
		t.Fatalf("only %d builds were killed before the exchange; the test did not test much", killed)
	}
	// The next complete build succeeds and removes the killed builds' folders.
	if out, err := buildInto(dest, "https://final.example/").CombinedOutput(); err != nil {
		t.Fatalf("build after the kills: %v\n%s", err, out)
	}
	entries, _ := os.ReadDir(filepath.Dir(dest))
	for _, e := range entries {
		if strings.Contains(e.Name(), ".vinhdanh-") {
			t.Errorf("a killed build's folder was not removed: %s", e.Name())
		}
	}
	if page, _ := os.ReadFile(filepath.Join(dest, "index.html")); !strings.Contains(string(page), "https://final.example/") {
		t.Error("the final build did not replace the output")
	}
}

// waitFor polls, for up to a minute, the folder that build process pid
// writes beside the output in parent, until ready says so or the folder is
// gone after having appeared.
func waitFor(pid int, parent string, ready func(work string) bool) {
	pattern := filepath.Join(parent, fmt.Sprintf(".public.vinhdanh-%d-*", pid))
	seen := false
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(2 * time.Millisecond) {
		matches, _ := filepath.Glob(pattern)
		if len(matches) == 0 {
			if seen {
				return
			}
			continue
		}
		seen = true
		if ready(matches[0]) {
			return
		}
	}
}

// countFiles counts the regular files under dir.
func countFiles(dir string) int {
	n := 0
	_ = filepath.WalkDir(dir, func(_ string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			n++
		}
		return nil
	})
	return n
}
