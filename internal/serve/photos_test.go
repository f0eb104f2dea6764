package serve

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"vinhdanh/internal/testsupport/photo"
)

// TestPhotosOffTheReloadPath: the preview serves an article with a new
// camera photo at once, showing the photo itself, and the copies once they
// are made, without a save; a later save of the text shows at once and
// makes no copies again.
func TestPhotosOffTheReloadPath(t *testing.T) {
	src := t.TempDir()
	article := "content/hoi-nghi/2023/tong-ket/index.md"
	text := func(v int) string {
		return "---\ntitle: Hội nghị tổng kết\ndate: 2023-12-20\nkind: conference\nimage: anh.jpg\nimage_alt: Toàn cảnh hội nghị\n---\n\nBản " + string(rune('0'+v)) + ".\n"
	}
	writeFiles(t, src, map[string]string{"site.yaml": "title: Trang thử\n", article: text(0)})
	if err := os.WriteFile(filepath.Join(src, "content/hoi-nghi/2023/tong-ket/anh.jpg"), photo.Camera(1, 2400, 1800, 1), 0o644); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	p := startPreview(t, Options{Source: src, Cache: t.TempDir()})
	served := time.Since(start)
	client := &http.Client{}
	page := "hoi-nghi/2023/tong-ket/"
	_, body := p.get(t, client, page)
	if !strings.Contains(string(body), `src="/hoi-nghi/2023/tong-ket/anh.jpg"`) {
		t.Fatalf("the first page does not show the photo itself:\n%s", body)
	}
	if status, _ := p.get(t, client, page+"anh.jpg"); status != http.StatusOK {
		t.Errorf("the photo itself is not served: %d", status)
	}
	deadline := time.Now().Add(60 * time.Second)
	for !strings.Contains(string(body), "<picture>") {
		if time.Now().After(deadline) {
			t.Fatalf("the copies are not shown; the log:\n%s", p.log)
		}
		time.Sleep(20 * time.Millisecond)
		_, body = p.get(t, client, page)
	}
	log := p.log.String()
	if !strings.Contains(log, "Making the copies of 1 photos") || !strings.Contains(log, "Copies of 1 photos made in") {
		t.Errorf("the log does not say what happens to the photo:\n%s", log)
	}
	t.Logf("served in %v, the copies in %v", served, time.Since(start))
	// A save of the text: built at once, no copies made again.
	n := p.s.reports.Load()
	save(t, src, article, text(1), false)
	p.settle(t, n, func() bool { _, b := p.get(t, client, page); return strings.Contains(string(b), "Bản 1.") })
	if _, body = p.get(t, client, page); !strings.Contains(string(body), "<picture>") {
		t.Errorf("after a save of the text, the copies are not shown")
	}
	if strings.Count(p.log.String(), "Making the copies") != 1 {
		t.Errorf("the save made copies again:\n%s", p.log)
	}
}
