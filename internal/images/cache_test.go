package images

import (
	"os"
	"strings"
	"testing"
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
