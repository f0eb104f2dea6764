package main

import (
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"vinhdanh/internal/testsupport/chromium"
)

// TestScreenshots runs the program on the demo site and checks that it
// writes every page at both sizes, as PNG files of the viewport's size.
func TestScreenshots(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the demo site and starts Chromium twice")
	}
	chromium.Require(t)
	out := t.TempDir()
	if err := run(filepath.Join("..", ".."), out); err != nil {
		t.Fatal(err)
	}
	for _, page := range pages {
		for _, size := range sizes {
			name := filepath.Join(out, page.name+"-"+size.name+".png")
			f, err := os.Open(name)
			if err != nil {
				t.Fatal(err)
			}
			cfg, err := png.DecodeConfig(f)
			f.Close()
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if cfg.Width != size.width || cfg.Height != size.height {
				t.Errorf("%s is %dx%d, want %dx%d", name, cfg.Width, cfg.Height, size.width, size.height)
			}
		}
	}
}
