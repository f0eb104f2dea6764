package images

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"vinhdanh/internal/testsupport/photo"
)

// TestCacheKeyNamesTheLibraries checks that an upgrade of Go or of the
// WebP encoder starts a new cache: their versions are in the key.
func TestCacheKeyNamesTheLibraries(t *testing.T) {
	t.Parallel()
	s := newProcessor(t, Options{}).settings()
	for _, want := range []string{"github.com/gen2brain/webp v", "github.com/tetratelabs/wazero v", "go1.", "webp q75 m4", "jpeg q78", "widths 360 720 1080 1600", "social 1200", "metadata false"} {
		if !strings.Contains(s, want) {
			t.Errorf("the settings line %q lacks %q", s, want)
		}
	}
	mod, err := os.ReadFile("../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range strings.Split(libraries, ", ") {
		if !strings.Contains(string(mod), "\t"+m+"\n") && !strings.Contains(string(mod), "\t"+m+" //") {
			t.Errorf("go.mod does not require %s: set libraries to the versions it requires", m)
		}
	}
	if a, b := newProcessor(t, Options{}).settings(), newProcessor(t, Options{KeepMetadata: true}).settings(); a == b {
		t.Error("KeepMetadata does not change the key")
	}
}

// childEnv, when set, makes the test binary a child of
// TestTwoProcessesShareACache: it fills the cache folder the variable
// names and exits.
const childEnv = "VINHDANH_IMAGES_CACHE_CHILD"

func TestMain(m *testing.M) {
	if dir := os.Getenv(childEnv); dir != "" {
		p, err := New(Options{Widths: []int{40, 80}, CacheDir: dir})
		if err == nil {
			for i := range 6 {
				if _, err = p.Variants(photo.Camera(uint64(100+i), 120, 90, 1), "c"); err != nil {
					break
				}
			}
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestTwoProcessesShareACache runs two processes that fill one cache with
// the same six results at once, then checks that every entry reads back
// whole and that no temporary file is left.
func TestTwoProcessesShareACache(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	var cmds []*exec.Cmd
	for range 2 {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), childEnv+"="+dir)
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds = append(cmds, cmd)
	}
	for _, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Fatal(err)
		}
	}
	names := entries(t, dir)
	if len(names) != 6 {
		t.Errorf("the cache holds %v, want six entries", names)
	}
	p := newProcessor(t, Options{Widths: []int{40, 80}, CacheDir: dir})
	for i := range 6 {
		r, err := p.Variants(photo.Camera(uint64(100+i), 120, 90, 1), "c")
		if err != nil || !r.Cached {
			t.Errorf("source %d: cached %t, %v", i, r != nil && r.Cached, err)
		}
	}
}
