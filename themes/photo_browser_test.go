package themes_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"vinhdanh/internal/build"
	"vinhdanh/internal/testsupport/chromium"
	"vinhdanh/internal/testsupport/photo"
)

// TestLeadPhotoWeight opens an article whose lead photo is a 4000×3000
// camera JPEG of 5 to 6 MB, at a phone's width and at a desktop's, and
// adds up what the browser transferred for its images (Resource Timing):
// under 150 KB at 360 px, under 250 KB at 1280 px.
func TestLeadPhotoWeight(t *testing.T) {
	if testing.Short() {
		t.Skip("makes a 5 MB photo, builds a site and starts Chromium")
	}
	t.Parallel()
	src := t.TempDir()
	bundle := filepath.Join(src, "content", "hoi-nghi", "2025", "hoi-nghi-dien-hinh")
	if err := os.MkdirAll(bundle, 0o755); err != nil {
		t.Fatal(err)
	}
	camera := photo.CameraAt(7, 4000, 3000, 1, 97)
	if len(camera) < 4_500_000 {
		t.Fatalf("the source photo is %d bytes; the test wants a camera-sized one of 5 MB or more", len(camera))
	}
	files := map[string][]byte{
		filepath.Join(src, "site.yaml"):  []byte("title: Trang thử\nbase_url: http://localhost/\n"),
		filepath.Join(bundle, "anh.jpg"): camera,
		filepath.Join(bundle, "index.md"): []byte("---\ntitle: Hội nghị điển hình tiên tiến\ndate: 2025-09-12\nkind: conference\nprovince: Hà Nội\n" +
			"image: anh.jpg\nimage_alt: Quang cảnh hội nghị\n---\nHội nghị biểu dương các điển hình tiên tiến.\n"),
	}
	for p, data := range files {
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := build.Run(build.Options{Source: src, Dest: dest, Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	base := serveDir(t, dest)
	for _, c := range []struct {
		width, height int
		limit         int
	}{{360, 740, 150_000}, {1280, 900, 250_000}} {
		ctx := chromium.New(t, c.width, c.height)
		chromium.Do(t, ctx, chromedp.Navigate(base+"/hoi-nghi/2025/hoi-nghi-dien-hinh/"))
		// Every picture in view is decoded before its bytes are counted.
		if err := chromium.Await(ctx, `Promise.all([...document.images].map(i => i.decode().catch(() => {})))`); err != nil {
			t.Fatal(err)
		}
		got := chromium.Eval[int](t, ctx, `performance.getEntriesByType("resource").filter(e => /\.(webp|jpe?g|png|gif|avif)(\?|$)/.test(e.name)).reduce((n, e) => n + e.transferSize, 0)`)
		names := chromium.Eval[[]string](t, ctx, `performance.getEntriesByType("resource").filter(e => /\.(webp|jpe?g|png|gif|avif)(\?|$)/.test(e.name)).map(e => e.name.replace(location.origin, "") + " " + e.transferSize)`)
		t.Logf("at %d px: %d bytes of images: %v", c.width, got, names)
		if got == 0 || got > c.limit {
			t.Errorf("at %d px the images transferred %d bytes; want more than none and at most %d", c.width, got, c.limit)
		}
	}
}
