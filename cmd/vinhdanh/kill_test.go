package main

import (
	"crypto/sha256"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

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

// TestKilledBuildLeavesOutputWhole kills builds with SIGKILL at moments
// spread over a whole build, and checks each time that the output is
// exactly the previous one, or (when the kill came after the exchange, while
// the old tree was being deleted) exactly the complete new one: never a
// mixture. The killed builds use another base URL, so that a tree partly
// replaced would show.
func TestKilledBuildLeavesOutputWhole(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a generated site many times")
	}
	src := corpusDir(t, 2000)
	bin := binary(t)
	dest := filepath.Join(t.TempDir(), "public")
	buildInto := func(dir, baseURL string) *exec.Cmd {
		return exec.Command(bin, "build", "--source", src, "--dest", dir, "--base-url", baseURL, "--now", "2026-11-21", "--quiet")
	}
	build := func(baseURL string) *exec.Cmd { return buildInto(dest, baseURL) }
	start := time.Now()
	if out, err := build("https://old.example/").CombinedOutput(); err != nil {
		t.Fatalf("first build: %v\n%s", err, out)
	}
	full := time.Since(start)
	before := hashTree(t, dest)
	if len(before) < 2000 {
		t.Fatalf("first build wrote %d files", len(before))
	}
	// What a complete build with the new base URL gives.
	reference := filepath.Join(t.TempDir(), "reference")
	if out, err := buildInto(reference, "https://new.example/").CombinedOutput(); err != nil {
		t.Fatalf("reference build: %v\n%s", err, out)
	}
	complete := hashTree(t, reference)
	// Kill moments run from just after the start to past a full build's
	// duration (later builds also delete the tree they replace), so that some
	// kills fall around the final exchange and some builds finish.
	const kills = 14
	killed, afterSwap, finished := 0, 0, 0
	for i := range kills {
		delay := full * time.Duration(2*i+1) / 14
		cmd := build("https://new.example/")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		_ = cmd.Process.Kill()
		err := cmd.Wait()
		after := hashTree(t, dest)
		switch {
		case sameTree(after, complete):
			// Finished, or killed after the exchange: the new output is whole.
			if err == nil {
				finished++
			} else {
				afterSwap++
			}
			before = complete
		case err == nil:
			t.Fatalf("kill %d: the build finished but the output is not the complete new one", i)
		case !sameTree(after, before):
			t.Fatalf("kill %d after %v: the output is neither the previous one nor the complete new one (%d files, was %d)", i, delay, len(after), len(before))
		default:
			killed++
		}
	}
	t.Logf("of %d builds: %d killed before the exchange, %d killed after it, %d finished (a full build took %v)",
		kills, killed, afterSwap, finished, full)
	if killed < kills/2 {
		t.Fatalf("only %d builds were killed mid-way; the test did not test much", killed)
	}
	// The next complete build succeeds and removes the killed builds' folders.
	if out, err := build("https://new.example/").CombinedOutput(); err != nil {
		t.Fatalf("build after the kills: %v\n%s", err, out)
	}
	entries, _ := os.ReadDir(filepath.Dir(dest))
	for _, e := range entries {
		if strings.Contains(e.Name(), ".vinhdanh-") {
			t.Errorf("a killed build's folder was not removed: %s", e.Name())
		}
	}
	if page, _ := os.ReadFile(filepath.Join(dest, "index.html")); !strings.Contains(string(page), "https://new.example/") {
		t.Error("the final build did not replace the output")
	}
}
