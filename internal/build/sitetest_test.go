package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"vinhdanh/internal/testsupport/sitetest"
)

// testNow is the build moment of the whole-site tests.
var testNow = time.Date(2026, 11, 21, 9, 0, 0, 0, time.FixedZone("ICT", 7*3600))

// buildSite builds the site in archive and returns the output folder.
func buildSite(t *testing.T, archive string, change func(*Options)) (string, *Summary) {
	t.Helper()
	src := sitetest.Write(t, archive)
	dest := filepath.Join(t.TempDir(), "public")
	opts := Options{Source: src, Dest: dest, Now: testNow}
	if change != nil {
		change(&opts)
	}
	sum, err := Run(opts)
	if err != nil {
		t.Fatalf("build failed:\n%v", err)
	}
	return dest, sum
}

func readOutput(t *testing.T, dest, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dest, filepath.FromSlash(name)))
	if err != nil {
		t.Fatalf("output %s: %v", name, err)
	}
	return string(b)
}

func assertContains(t *testing.T, name, got string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(got, w) {
			t.Errorf("%s does not contain %q", name, w)
		}
	}
}

func assertNotContains(t *testing.T, name, got string, unwanted ...string) {
	t.Helper()
	for _, w := range unwanted {
		if strings.Contains(got, w) {
			t.Errorf("%s contains %q", name, w)
		}
	}
}

func assertExists(t *testing.T, dest string, names ...string) {
	t.Helper()
	for _, n := range names {
		if _, err := os.Stat(filepath.Join(dest, filepath.FromSlash(n))); err != nil {
			t.Errorf("missing output %s", n)
		}
	}
}

func assertMissing(t *testing.T, dest string, names ...string) {
	t.Helper()
	for _, n := range names {
		if _, err := os.Stat(filepath.Join(dest, filepath.FromSlash(n))); err == nil {
			t.Errorf("output %s should not exist", n)
		}
	}
}
