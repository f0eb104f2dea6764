package themes_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"vinhdanh/internal/build"
	"vinhdanh/internal/testsupport/chromium"
)

// axeSourceEnv names axe-core's script (axe.min.js); without it the test
// looks where .ci/run installs it (npm ci --prefix .ci/web).
const axeSourceEnv = "VINHDANH_AXE"

// axeSource returns axe-core's script, or skips the test (fails it where
// browser tests are required) when it is not installed.
func axeSource(t *testing.T) string {
	t.Helper()
	path := os.Getenv(axeSourceEnv)
	if path == "" {
		path = filepath.Join("..", ".ci", "web", "node_modules", "axe-core", "axe.min.js")
	}
	src, err := os.ReadFile(path)
	if err != nil {
		msg := fmt.Sprintf("the accessibility test needs axe-core from the npm registry (npm ci --prefix .ci/web, or %s=path/to/axe.min.js): %v", axeSourceEnv, err)
		if os.Getenv(chromium.RequiredEnv) == "required" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return string(src)
}

// buildDemo builds the repository's demo site and returns its output folder.
func buildDemo(t *testing.T) string {
	t.Helper()
	return buildDemoWith(t, build.Options{})
}

// buildDemoWith builds the demo site with opts' Drafts and Future.
func buildDemoWith(t *testing.T, opts build.Options) string {
	t.Helper()
	dest := filepath.Join(t.TempDir(), "public")
	opts.Source, opts.Dest, opts.Now = "..", dest, time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)
	if _, err := build.Run(opts); err != nil {
		t.Fatal(err)
	}
	return dest
}

// serveDemo builds the repository's demo site and serves it.
func serveDemo(t *testing.T) string {
	t.Helper()
	return serveDir(t, buildDemo(t))
}

func serveDir(t *testing.T, dir string) string {
	t.Helper()
	srv := httptest.NewServer(noRanges(http.FileServer(http.Dir(dir))))
	t.Cleanup(srv.Close)
	return srv.URL
}

// previewPages are pages of the demo site built as the preview shows it,
// with drafts and scheduled articles and their labels: the home page and
// a draft.
var previewPages = []string{
	"/",
	"/tin-tuc/2026/tp-ho-chi-minh-chuan-bi-tuyen-duong-dien-hinh-tien-tien/",
}

// readerPages are the pages the accessibility checks cover: the home page,
// an article, a decision with its honourees, a province, the archive, the
// honour roll and an honouree's page, and a search's results.
var readerPages = []string{
	"/",
	"/hoi-nghi/2019/ha-tinh-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2019/",
	"/quyet-dinh/2024/dak-lak-khen-thuong-29-tap-the-ho-gia-dinh-ca-nhan/",
	"/tinh/ha-tinh/",
	"/luu-tru/",
	"/vinh-danh/",
	"/vinh-danh/luong-thi-hoa-nghe-an/",
	"/tim-kiem/?q=thi+đua",
}

// wcag22 are axe-core's tags for the WCAG 2.0, 2.1 and 2.2 rules of levels
// A and AA.
const wcag22 = `["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]`

// TestAccessibility runs axe-core's WCAG 2.2 A and AA rules on the reader's
// pages of the demo site, and of the demo built as the preview shows it
// (drafts labelled), at a phone's width and a desktop's, in the light
// colours and the dark ones, and fails on any violation, naming the rule
// and the elements.
func TestAccessibility(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the demo site and starts Chromium four times")
	}
	axe := axeSource(t)
	base := serveDemo(t)
	preview := serveDir(t, buildDemoWith(t, build.Options{Drafts: true, Future: true}))
	type page struct{ base, path string }
	var pages []page
	for _, p := range readerPages {
		pages = append(pages, page{base, p})
	}
	for _, p := range previewPages {
		pages = append(pages, page{preview, p})
	}
	for _, view := range []struct {
		width, height int
		scheme        string
	}{{360, 740, "light"}, {1280, 900, "light"}, {360, 740, "dark"}, {1280, 900, "dark"}} {
		t.Run(fmt.Sprintf("%dpx-%s", view.width, view.scheme), func(t *testing.T) {
			ctx := chromium.New(t, view.width, view.height)
			_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
				Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: view.scheme}},
			})
			if err != nil {
				t.Fatal(err)
			}
			for _, pg := range pages {
				page := pg.path
				chromium.Do(t, ctx, chromedp.Navigate(pg.base+page))
				if strings.HasPrefix(page, "/tim-kiem/") {
					waitAnswer(t, ctx)
				}
				if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.readyState === "complete"`)); err != nil {
					t.Fatalf("%s did not load: %v", page, err)
				}
				if dark := chromium.Eval[bool](t, ctx, `matchMedia("(prefers-color-scheme: dark)").matches`); dark != (view.scheme == "dark") {
					t.Fatalf("%s: the page is not in the %s colours", page, view.scheme)
				}
				chromium.Eval[bool](t, ctx, axe+"\n;true")
				violations, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`axe.run(document, {runOnly: {type: "tag", values: `+wcag22+`}, resultTypes: ["violations"]})
					.then(r => r.violations.map(v => v.id + " (" + v.impact + "): " + v.help + ": " + v.nodes.map(n => n.target.join(" ")).join(", ")))`,
					chromedp.EvalAwaitPromise))
				if err != nil {
					t.Fatalf("%s: running axe: %v", page, err)
				}
				for _, v := range violations {
					t.Errorf("%s: %s", page, v)
				}
			}
		})
	}
}
