package serve

import (
	"net/http"
	"strings"
	"testing"
)

// TestPreviewShowsDraftsLabelled serves a draft and an article dated after
// the preview's moment, each labelled on its page and in the lists; with
// --drafts=false and --future=false they are left out, as by a build.
func TestPreviewShowsDraftsLabelled(t *testing.T) {
	src := t.TempDir()
	writeFiles(t, src, map[string]string{
		"site.yaml":                    "title: Trang thử\n",
		"content/tin-tuc/2023/a.md":    "---\ntitle: Bài đã đăng\ndate: 2023-01-02\nkind: news\n---\nThân bài.\n",
		"content/tin-tuc/2023/nhap.md": "---\ntitle: Bài nháp\ndate: 2023-01-03\nkind: news\ndraft: true\n---\nThân bài.\n",
		"content/tin-tuc/2024/sau.md":  "---\ntitle: Bài hẹn giờ\ndate: 2024-03-01\nkind: news\n---\nThân bài.\n",
	})
	client := &http.Client{}
	p := startPreview(t, Options{Source: src, Drafts: true, Future: true})
	for path, want := range map[string][]string{
		"tin-tuc/2023/nhap/": {"Bản nháp"},
		"tin-tuc/2024/sau/":  {"Hẹn giờ đăng"},
		"":                   {"Bản nháp", "Hẹn giờ đăng"},
		"tin-tuc/":           {"Bản nháp", "Hẹn giờ đăng"},
	} {
		status, body := p.get(t, client, path)
		for _, w := range want {
			if status != http.StatusOK || !strings.Contains(string(body), `class="status status-`) || !strings.Contains(string(body), w) {
				t.Errorf("/%s: status %d, without the label %q", path, status, w)
			}
		}
	}
	// A published article's own kicker has no label (its neighbours, the
	// draft among them, have theirs).
	_, body := p.get(t, client, "tin-tuc/2023/a/")
	kicker, _, _ := strings.Cut(string(body[strings.Index(string(body), "kicker"):]), "</p>")
	if strings.Contains(kicker, "status-") || !strings.Contains(string(body), "status-draft") {
		t.Errorf("a published article is labelled, or its draft neighbour is not: %s", kicker)
	}

	hidden := startPreview(t, Options{Source: src})
	for _, path := range []string{"tin-tuc/2023/nhap/", "tin-tuc/2024/sau/"} {
		if status, _ := hidden.get(t, client, path); status != http.StatusNotFound {
			t.Errorf("without drafts and the future, /%s: status %d", path, status)
		}
	}
	if _, body := hidden.get(t, client, ""); strings.Contains(string(body), `class="status`) {
		t.Error("without drafts and the future, the home page has a label")
	}
}
