// Command screenshots photographs the demo site's reader pages in Chromium,
// at a phone's width and a desktop's, for the README:
//
//	go run ./cmd/screenshots            # writes docs/screenshots/*.png
//	go run ./cmd/screenshots -out DIR
//
// It builds the demo site (the repository's content/ and site.yaml, at the
// fixed date the tests use) into a temporary folder, serves it on a local
// port, and writes one PNG a page and width: home, article, province,
// archive and search results, each -phone (360x740) and -desktop
// (1280x900). It needs Debian's chromium package.
package main

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"time"

	"vinhdanh/internal/build"
	"vinhdanh/internal/testsupport/chromium"
)

// pages are the reader's pages photographed, by file name.
var pages = []struct{ name, path string }{
	{"home", "/"},
	{"article", "/hoi-nghi/2025/dai-hoi-thi-dua-yeu-nuoc-tinh-thai-nguyen-lan-thu-i/"},
	{"province", "/tinh/thai-nguyen/"},
	{"archive", "/luu-tru/"},
	{"search", "/tim-kiem/?q=thi+đua"},
}

var sizes = []struct {
	name          string
	width, height int
}{{"phone", 360, 740}, {"desktop", 1280, 900}}

func main() {
	out := flag.String("out", filepath.Join("docs", "screenshots"), "folder for the PNG files")
	source := flag.String("source", ".", "the site to build")
	flag.Parse()
	if err := run(*source, *out); err != nil {
		fmt.Fprintln(os.Stderr, "screenshots:", err)
		os.Exit(1)
	}
}

func run(source, out string) error {
	tmp, err := os.MkdirTemp("", "vinhdanh-screenshots-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	dest := filepath.Join(tmp, "public")
	if _, err := build.Run(build.Options{Source: source, Dest: dest, Now: time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)}); err != nil {
		return err
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(dest)))
	defer srv.Close()
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for i, size := range sizes {
		profile := filepath.Join(tmp, fmt.Sprintf("profile-%d", i))
		if err := shoot(srv.URL, out, profile, size.name, size.width, size.height); err != nil {
			return err
		}
	}
	return nil
}

// shoot photographs every page at one size.
func shoot(base, out, profile, sizeName string, width, height int) error {
	ctx, stop, err := chromium.Start(width, height, profile)
	if err != nil {
		return err
	}
	defer stop()
	for _, page := range pages {
		if err := chromium.Navigate(ctx, base+page.path); err != nil {
			return fmt.Errorf("%s: %v", page.path, err)
		}
		if err := waitReady(ctx, page.path); err != nil {
			return err
		}
		png, err := chromium.Screenshot(ctx)
		if err != nil {
			return fmt.Errorf("%s: %v", page.path, err)
		}
		file := filepath.Join(out, page.name+"-"+sizeName+".png")
		if err := os.WriteFile(file, png, 0o644); err != nil {
			return err
		}
		fmt.Println(file)
	}
	return nil
}

// waitReady waits until the page has loaded, and the search page until it
// has shown its results.
func waitReady(ctx context.Context, path string) error {
	ready := `document.readyState === "complete"`
	if strings.HasPrefix(path, "/tim-kiem/") {
		ready += ` && document.querySelectorAll("#search-results li").length > 0`
	}
	if err := chromium.WaitUntil(ctx, ready); err != nil {
		return fmt.Errorf("%s did not load: %v", path, err)
	}
	// Lazy images below the top are not in the picture; those in it are
	// decoded before it is taken.
	return chromium.Await(ctx, `Promise.all([...document.images].filter(i => i.getBoundingClientRect().top < innerHeight).map(i => i.decode().catch(() => {})))`)
}
