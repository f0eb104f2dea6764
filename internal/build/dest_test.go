package build

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"vinhdanh/internal/diagnostic"
)

// TestDestThroughLinks: an output folder reached through a symbolic link
// into the sources, or sources reached through one around the output, are
// refused like the plain paths; an output beside the site is not.
func TestDestThroughLinks(t *testing.T) {
	dir := t.TempDir()
	site := filepath.Join(dir, "site")
	for _, d := range []string{"content/tin-tuc", "static", "themes"} {
		if err := os.MkdirAll(filepath.Join(site, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	links := map[string]string{"to-content": "site/content", "to-static": "site/static/", "to-site": "site", "to-themes": "site/themes"}
	for name, target := range links {
		if err := os.Symlink(filepath.Join(dir, target), filepath.Join(dir, name)); err != nil {
			t.Skip("no symbolic links here:", err)
		}
	}
	for _, c := range []struct {
		source, dest string
		refused      bool
	}{
		{"site", "to-content/public", true},
		{"site", "to-content/tin-tuc/x/y", true},
		{"site", "to-static", true},
		{"site", "to-themes/public", true},
		{"site", "to-site/content/public", true},
		{"to-site", "site/content/public", true},
		{"to-site", "site", true},
		{"site", "to-site", true},
		{"to-site/content", "site/content/../..", true},
		{"site", "to-site/public", false},
		{"to-site", "public", false},
	} {
		err := checkDest(filepath.Join(dir, c.source), filepath.Join(dir, c.dest))
		var usage *diagnostic.UsageError
		if refused := errors.As(err, &usage); refused != c.refused {
			t.Errorf("source %s, dest %s: %v, want refused %v", c.source, c.dest, err, c.refused)
		}
	}
}
