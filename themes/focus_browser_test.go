package themes_test

import (
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"vinhdanh/internal/testsupport/chromium"
)

// TestKeyboardFocusIsVisible tabs through the start of an article page:
// the first stop is the skip link, shown on the screen, which leads to the
// main content; every stop after it has a visible outline.
func TestKeyboardFocusIsVisible(t *testing.T) {
	base := serveSite(t)
	ctx := chromium.New(t, 1280, 900)
	chromium.Do(t, ctx, chromedp.Navigate(base+"/tin-tuc/2023/a/"), chromedp.KeyEvent(kb.Tab))
	type focus struct {
		Class, Href, Outline string
		Left, Top            float64
	}
	focused := func() focus {
		return chromium.Eval[focus](t, ctx, `(e => { const r = e.getBoundingClientRect(), s = getComputedStyle(e);
			return {Class: e.className, Href: e.getAttribute("href") || "", Outline: s.outlineStyle + " " + s.outlineWidth, Left: r.left, Top: r.top} })(document.activeElement)`)
	}
	skip := focused()
	if skip.Class != "skip" || skip.Href != "#main" || skip.Left < 0 || skip.Top < 0 {
		t.Fatalf("first Tab stop = %+v, want the skip link to #main, on the screen", skip)
	}
	for range 6 {
		chromium.Do(t, ctx, chromedp.KeyEvent(kb.Tab))
		if f := focused(); f.Outline != "solid 3px" {
			t.Errorf("Tab stop %+v has outline %q, want solid 3px", f, f.Outline)
		}
	}
}
