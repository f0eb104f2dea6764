package themes_test

import (
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"vinhdanh/internal/testsupport/chromium"
)

// TestPrintStylesheet prints a decision's page as a browser would: no
// navigation, the decision box kept, and links followed by their full
// address, the site's origin before site paths.
func TestPrintStylesheet(t *testing.T) {
	base := serveFiles(t, map[string]string{
		"site.yaml": "title: Trang thử\nbase_url: https://thiduakhenthuong.example.vn/\n",
		"content/quyet-dinh/2023/qd.md": "---\ntitle: Quyết định khen thưởng\ndate: 2023-01-02\nkind: decision\nprovince: Nghệ An\n" +
			"decision:\n  number: 946/QĐ-UBND\n  signed: 2023-01-02\n---\nXem [bài trước](/tin-tuc/2023/a/) và [cổng](https://nghean.gov.vn/).\n",
		"content/tin-tuc/2023/a.md": "---\ntitle: Bài một\ndate: 2023-01-01\nkind: news\n---\nThân bài.\n",
	})
	ctx := chromium.New(t, 1280, 900)
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	chromium.Do(t, ctx, chromedp.Navigate(base+"/quyet-dinh/2023/qd/"))
	if !chromium.Eval[bool](t, ctx, `matchMedia("print").matches`) {
		t.Fatal("the page is not in print media")
	}
	shown := func(selector string) bool {
		return chromium.Eval[bool](t, ctx, `(e => !!e && getComputedStyle(e).display !== "none")(document.querySelector(`+"`"+selector+"`"+`))`)
	}
	for _, hidden := range []string{".main-nav", ".breadcrumbs", ".site-footer", ".skip"} {
		if shown(hidden) {
			t.Errorf("%s is printed", hidden)
		}
	}
	if !shown(".decision-box") {
		t.Error("the decision box is not printed")
	}
	after := func(selector string) string {
		return chromium.Eval[string](t, ctx, `getComputedStyle(document.querySelector(`+"`"+selector+"`"+`), "::after").content`)
	}
	for selector, want := range map[string]string{
		`.body a[href^="/"]`:      `" (https://thiduakhenthuong.example.vn/tin-tuc/2023/a/)"`,
		`.body a[href^="https:"]`: `" (https://nghean.gov.vn/)"`,
	} {
		if got := after(selector); got != want {
			t.Errorf("%s prints %s after it, want %s", selector, got, want)
		}
	}
}
