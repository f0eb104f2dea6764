//go:build unix

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"vinhdanh/internal/testsupport/sitetest"
)

// TestSignalLeavesNoFolder sends SIGTERM and SIGINT to builds of a site of
// 1,500 articles while they write: each must end within a second, with
// status 1, having removed its folder and left the previous output as it
// was.
func TestSignalLeavesNoFolder(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a site of 1,500 articles several times")
	}
	src := sitetest.Articles(t, 1500)
	bin := binary(t)
	dest := filepath.Join(t.TempDir(), "public")
	if out, err := exec.Command(bin, "build", "--source", src, "--dest", dest, "--now", "2026-11-21", "--quiet").CombinedOutput(); err != nil {
		t.Fatalf("first build: %v\n%s", err, out)
	}
	before := hashTree(t, dest)
	for i, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT, syscall.SIGTERM, syscall.SIGINT} {
		cmd := exec.Command(bin, "build", "--source", src, "--dest", dest, "--base-url", "https://new.example/", "--now", "2026-11-21", "--quiet")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		fraction := 0.1 + 0.25*float64(i)
		waitFor(cmd.Process.Pid, filepath.Dir(dest), func(work string) bool { return countFiles(work) >= int(fraction*float64(len(before))) })
		_ = cmd.Process.Signal(sig)
		sent := time.Now()
		err := cmd.Wait()
		took := time.Since(sent)
		if took > time.Second {
			t.Errorf("%v %d: the build took %v to end", sig, i, took)
		}
		after := hashTree(t, dest)
		if err == nil && sameTree(after, before) {
			t.Errorf("%v %d: finished without replacing the output", sig, i)
		}
		if err == nil {
			// It finished before the signal came: start again from its output.
			before = after
			continue
		}
		if code := cmd.ProcessState.ExitCode(); code != 1 {
			t.Errorf("%v %d: exit status %d, want 1", sig, i, code)
		}
		if !sameTree(after, before) {
			t.Errorf("%v %d: the previous output changed", sig, i)
		}
		entries, _ := os.ReadDir(filepath.Dir(dest))
		for _, e := range entries {
			if strings.Contains(e.Name(), ".vinhdanh-") {
				t.Errorf("%v %d: its folder was left: %s", sig, i, e.Name())
			}
		}
	}
}
