package serve

import (
	"context"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"vinhdanh/internal/testsupport/chromium"
	"vinhdanh/internal/testsupport/sitetest"
)

// startServe runs the server on the site at src until the test ends, and
// returns its base URL. The clock is set past the site's last article.
func startServe(t testing.TB, src string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	urls := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, Options{Source: src, Bind: "127.0.0.1", Now: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)}, io.Discard,
			func(u string) { urls <- u })
	}()
	var base string
	select {
	case base = <-urls:
	case err := <-done:
		t.Fatalf("serve stopped early: %v", err)
	}
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	return base
}

// newsArticle returns a news article's source path and its URL path.
func newsArticle(t testing.TB, src string) (string, string) {
	t.Helper()
	var found string
	err := filepath.WalkDir(filepath.Join(src, "content", "tin-tuc"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && found == "" && strings.HasSuffix(p, ".md") {
			found = p
		}
		return err
	})
	if err != nil || found == "" {
		t.Fatalf("no news article in the site: %v", err)
	}
	rel, _ := filepath.Rel(filepath.Join(src, "content"), found)
	return found, "/" + strings.TrimSuffix(filepath.ToSlash(rel), ".md") + "/"
}

// waitFor polls a JavaScript condition in the page until it holds; the page
// may be reloading meanwhile.
func waitFor(t testing.TB, ctx context.Context, what, condition string) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		if ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](condition)); err == nil && ok {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("waiting for %s: %s never held", what, condition)
}

func rewrite(t testing.TB, file string, change func(string) string) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, []byte(change(string(data))), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestLiveReload edits an article of a site of 300 articles while its page is
// open in Chromium: the page reloads with the edit; a broken edit shows the
// errors over the page, which stays the last good build; the fix clears
// them. public/ is never written.
func TestLiveReload(t *testing.T) {
	src := sitetest.Articles(t, 300)
	base := startServe(t, src)
	file, url := newsArticle(t, src)
	ctx := chromium.New(t, 1280, 900)
	chromium.Do(t, ctx, chromedp.Navigate(base+strings.TrimPrefix(url, "/")))
	waitFor(t, ctx, "the live script", `!!document.getElementById("vinhdanh-live")`)
	mark := func() { chromium.Eval[bool](t, ctx, `window.notReloaded = true`) }
	mark()

	rewrite(t, file, func(s string) string { return s + "\nĐoạn sửa thử thứ nhất.\n" })
	waitFor(t, ctx, "the reload with the edit", `!window.notReloaded && document.body.innerText.includes("Đoạn sửa thử thứ nhất.")`)
	mark()

	rewrite(t, file, func(s string) string { return strings.Replace(s, `kind: "news"`, `kind: "tin"`, 1) })
	rel, _ := filepath.Rel(src, file)
	// The server speaks Vietnamese, as it does unless told otherwise.
	waitFor(t, ctx, "the overlay", `(e => !!e && e.innerText.includes(`+quoteJS(filepath.ToSlash(rel)+":4:")+`) && e.innerText.includes("Trang chưa dựng được"))(document.getElementById("vinhdanh-build-error"))`)
	if !chromium.Eval[bool](t, ctx, `window.notReloaded === true && document.body.innerText.includes("Đoạn sửa thử thứ nhất.")`) {
		t.Error("the page under the overlay is not the last good build")
	}

	rewrite(t, file, func(s string) string {
		return strings.Replace(s, `kind: "tin"`, `kind: "news"`, 1) + "\nĐoạn sửa thử thứ hai.\n"
	})
	waitFor(t, ctx, "the fix", `!document.getElementById("vinhdanh-build-error") && document.body.innerText.includes("Đoạn sửa thử thứ hai.")`)

	if _, err := os.Stat(filepath.Join(src, "public")); !os.IsNotExist(err) {
		t.Error("serve wrote public/")
	}
}

// TestOverlayGoesWhenAnotherPageIsFixed: a page that did not change still
// loses the overlay once the site builds again.
func TestOverlayGoesWhenAnotherPageIsFixed(t *testing.T) {
	src := sitetest.Articles(t, 50)
	base := startServe(t, src)
	file, _ := newsArticle(t, src)
	ctx := chromium.New(t, 1280, 900)
	chromium.Do(t, ctx, chromedp.Navigate(base+"luu-tru/"))
	waitFor(t, ctx, "the live script", `!!document.getElementById("vinhdanh-live")`)
	rewrite(t, file, func(s string) string { return strings.Replace(s, "---\n", "---\ntitle: [\n", 1) })
	waitFor(t, ctx, "the overlay", `!!document.getElementById("vinhdanh-build-error")`)
	rewrite(t, file, func(s string) string { return strings.Replace(s, "---\ntitle: [\n", "---\n", 1) })
	waitFor(t, ctx, "the overlay to go", `!document.getElementById("vinhdanh-build-error")`)
}

func quoteJS(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

// syncBuffer is a log that tests read while the server writes it.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
