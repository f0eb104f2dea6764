package themes_test

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"vinhdanh/internal/build"
	"vinhdanh/internal/testsupport/chromium"
)

// serveSite builds a two-article site with the default theme and serves it.
func serveSite(t *testing.T) string {
	t.Helper()
	return serveFiles(t, map[string]string{
		"site.yaml":                 "title: Trang thử\nbase_url: http://localhost/\n",
		"content/tin-tuc/2023/a.md": "---\ntitle: Bài một\ndate: 2023-01-02\nkind: news\n---\nThân bài một.\n",
		"content/tin-tuc/2023/b.md": "---\ntitle: Bài hai\ndate: 2023-01-03\nkind: news\n---\nThân bài hai.\n",
	})
}

// serveFiles builds the site made of files (path: content) and serves it
// as vinhdanh serve does; it returns the server's address.
func serveFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	src := t.TempDir()
	for name, data := range files {
		p := filepath.Join(src, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := build.Run(build.Options{Source: src, Dest: dest, Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(noRanges(http.FileServer(http.Dir(dest))))
	t.Cleanup(srv.Close)
	return srv.URL
}

// noRanges serves as a plain static server that knows no HTTP ranges
// (Python's http.server, some caches): whole files, always.
func noRanges(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Header.Del("Range")
		r.Header.Del("If-Range")
		h.ServeHTTP(w, r)
	})
}

// TestFontSizeControl checks the A- A A+ buttons: visible with JavaScript,
// usable with the mouse and the keyboard, remembered across pages, and
// bounded.
func TestFontSizeControl(t *testing.T) {
	base := serveSite(t)
	ctx := chromium.New(t, 390, 844)
	level := func() string {
		return chromium.Eval[string](t, ctx, `document.documentElement.getAttribute("data-font") || ""`)
	}
	fontSize := func() float64 {
		return chromium.Eval[float64](t, ctx, `parseFloat(getComputedStyle(document.body).fontSize)`)
	}
	chromium.Do(t, ctx, chromedp.Navigate(base+"/tin-tuc/2023/a/"), chromedp.WaitVisible(`.fontsize`))
	if chromium.Eval[bool](t, ctx, `document.querySelector(".fontsize").hidden`) {
		t.Error("the font-size buttons stay hidden with JavaScript on")
	}
	before := fontSize()
	chromium.Do(t, ctx, chromedp.Click(`button[data-font-step="1"]`))
	if got, after := level(), fontSize(); got != "1" || after <= before {
		t.Errorf("A+ gave level %q and size %.1f -> %.1f", got, before, after)
	}

	// Another page keeps the size.
	chromium.Do(t, ctx, chromedp.Navigate(base+"/tin-tuc/2023/b/"), chromedp.WaitVisible(`.fontsize`))
	if got := level(); got != "1" {
		t.Errorf("the size was not remembered on the next page: %q", got)
	}

	// Keyboard: focus A- and press Enter three times; the size stops at the smallest step.
	chromium.Do(t, ctx,
		chromedp.Focus(`button[data-font-step="-1"]`),
		chromedp.KeyEvent(kb.Enter), chromedp.KeyEvent(kb.Enter), chromedp.KeyEvent(kb.Enter))
	if got := level(); got != "-1" {
		t.Errorf("after A- three times from the keyboard: level %q, want -1 (the smallest)", got)
	}
	if got := chromium.Eval[string](t, ctx, `document.querySelector('button[data-font-step="-1"]').getAttribute("aria-disabled")`); got != "true" {
		t.Errorf("A- at the smallest size: aria-disabled=%q", got)
	}

	chromium.Do(t, ctx, chromedp.Click(`button[data-font-step="0"]`))
	if got, stored := level(), chromium.Eval[string](t, ctx, `localStorage.getItem("vd-font") || ""`); got != "" || stored != "" {
		t.Errorf("A did not reset the size: level %q, stored %q", got, stored)
	}
}

// TestPagesWorkWithoutJavaScript checks that without JavaScript the page
// reads normally and the font-size buttons, which would do nothing, are
// not shown.
func TestPagesWorkWithoutJavaScript(t *testing.T) {
	base := serveSite(t)
	ctx := chromium.New(t, 1280, 900)
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	chromium.Do(t, ctx, chromedp.Navigate(base+"/tin-tuc/2023/a/"))
	heading, err := chromedp.Run(ctx, chromedp.Text(`h1`))
	if err != nil {
		t.Fatal(err)
	}
	if heading != "Bài một" {
		t.Errorf("heading = %q", heading)
	}
	visible, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.querySelector(".fontsize").offsetParent !== null`))
	if err != nil {
		t.Fatal(err)
	}
	if visible {
		t.Error("font-size buttons are shown without JavaScript")
	}
}
