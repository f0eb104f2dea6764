package themes_test

import (
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"vinhdanh/internal/testsupport/chromium"
)

// TestReaderPagesOnASmallPhone opens the reader's pages of the demo site on
// a 320 px phone, the narrowest the theme is made for: nothing may be wider
// than the screen, and the browser may ask no other host than the site's
// for anything, fonts, scripts and images included.
func TestReaderPagesOnASmallPhone(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the demo site and starts Chromium")
	}
	base := serveDemo(t)
	site, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	ctx := chromium.New(t, 320, 640)
	var mu sync.Mutex
	var elsewhere []string
	if err := chromedp.Listen(ctx, func(ev any) {
		if req, ok := ev.(*network.EventRequestWillBeSent); ok {
			u, err := url.Parse(req.Request.URL)
			if err == nil && u.Scheme != "data" && u.Host != site.Host {
				mu.Lock()
				elsewhere = append(elsewhere, req.Request.URL)
				mu.Unlock()
			}
		}
	}); err != nil {
		t.Fatal(err)
	}
	for _, page := range readerPages {
		chromium.Do(t, ctx, chromedp.Navigate(base+page))
		if strings.HasPrefix(page, "/tim-kiem/") {
			waitAnswer(t, ctx)
		}
		if over := chromium.Eval[int](t, ctx, `document.documentElement.scrollWidth - document.documentElement.clientWidth`); over > 0 {
			t.Errorf("%s is %d px wider than a 320 px phone", page, over)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	for _, u := range elsewhere {
		t.Errorf("the browser asked another host: %s", u)
	}
}

// TestMenuInSightOnAPhone: at 320 and 360 px every section of the main
// menu is inside the screen, none hidden in a row that scrolls sideways.
func TestMenuInSightOnAPhone(t *testing.T) {
	base := serveSite(t)
	for _, width := range []int{320, 360} {
		ctx := chromium.New(t, width, 640)
		chromium.Do(t, ctx, chromedp.Navigate(base+"/"))
		out := chromium.Eval[[]string](t, ctx, `[...document.querySelectorAll(".main-nav a")].filter(a => {
			const r = a.getBoundingClientRect();
			return r.width === 0 || r.left < 0 || r.right > innerWidth;
		}).map(a => a.textContent)`)
		n := chromium.Eval[int](t, ctx, `document.querySelectorAll(".main-nav a").length`)
		if n < 5 || len(out) > 0 {
			t.Errorf("%d px: of %d sections, out of sight: %q", width, n, out)
		}
	}
}
