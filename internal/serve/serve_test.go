package serve

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vinhdanh/internal/i18n"
	"vinhdanh/internal/publish"
)

func TestHandler(t *testing.T) {
	files := publish.NewMemory(nil)
	for name, data := range map[string]string{
		"index.html":           "<html><body>home</body></html>",
		"404.html":             "lạc đường",
		"tin-tuc/a/index.html": "bài a",
		"css/main.css":         "body{}",
	} {
		if err := files.WriteRaw(name, []byte(data)); err != nil {
			t.Fatal(err)
		}
	}
	s := newServer(nil)
	s.publish(files, nil)
	srv := httptest.NewServer(s)
	defer srv.Close()
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for _, tc := range []struct {
		path   string
		status int
		body   string
	}{
		{"/", 200, "<html><body>home" + liveTag + "</body></html>"},
		{"/tin-tuc/a/", 200, "bài a"},
		{"/tin-tuc/a", 301, ""},
		{"/css/main.css", 200, "body{}"},
		{"/khong-co/", 404, "lạc đường"},
		{"/../secret.txt", 404, "lạc đường"},
		{"/%2e%2e/secret.txt", 404, "lạc đường"},
	} {
		resp, err := client.Get(srv.URL + tc.path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tc.status || (tc.body != "" && !strings.HasPrefix(string(body), tc.body)) {
			t.Errorf("%s: %d %q, want %d %q", tc.path, resp.StatusCode, body, tc.status, tc.body)
		}
	}
}

func TestRunServesABuild(t *testing.T) {
	src := t.TempDir()
	for name, data := range map[string]string{
		"site.yaml":                 "title: Trang thử\n",
		"content/tin-tuc/2023/a.md": "---\ntitle: Bài thử\ndate: 2023-01-02\nkind: news\n---\nThân bài.\n",
	} {
		p := filepath.Join(src, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	urls := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, Options{Source: src, Bind: "127.0.0.1", Port: 0}, io.Discard, func(u string) { urls <- u })
	}()
	var base string
	select {
	case base = <-urls:
	case err := <-done:
		t.Fatalf("Run stopped early: %v", err)
	}
	resp, err := http.Get(base + "tin-tuc/2023/a/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "Bài thử") || !strings.Contains(string(body), base+"tin-tuc/2023/a/") {
		t.Errorf("status %d, body without the article or its canonical URL", resp.StatusCode)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(src, "public")); !os.IsNotExist(err) {
		t.Error("serve wrote public/")
	}
}

// TestErrorsInTheEditorsLanguage checks that the overlay's words and the
// page shown while the site has never built are in the server's language,
// Vietnamese unless it is English.
func TestErrorsInTheEditorsLanguage(t *testing.T) {
	for _, tc := range []struct {
		lang        i18n.Lang
		title, page string
	}{
		{i18n.Vi, "Trang chưa dựng được. Đây là bản dựng tốt gần nhất.", "<html lang=vi>"},
		{"", "Trang chưa dựng được. Đây là bản dựng tốt gần nhất.", "<html lang=vi>"},
		{i18n.En, "The site does not build. This page is the last good build.", "<html lang=en>"},
	} {
		s := newServer(nil)
		s.lang = tc.lang
		ev := s.failedEvent([]string{"content/a.md:1:1: lỗi"})
		var data struct {
			Problems    []string
			Title, Note string
		}
		if err := json.Unmarshal([]byte(ev.data), &data); err != nil {
			t.Fatal(err)
		}
		if data.Title != tc.title || data.Note == "" || len(data.Problems) != 1 {
			t.Errorf("%q: failed event %s", tc.lang, ev.data)
		}
		if page := string(s.errorPage(data.Problems)); !strings.Contains(page, tc.page) || !strings.Contains(page, "content/a.md:1:1") {
			t.Errorf("%q: error page %s", tc.lang, page)
		}
	}
}

// TestIndexKeepsTheFailure checks that the search index of the last good
// build, finished after a build that failed, is served without hiding that
// failure: the pages still show its problems, and a good build clears them.
func TestIndexKeepsTheFailure(t *testing.T) {
	s := newServer(nil)
	s.publish(publish.NewMemory(nil), nil)
	s.fail([]string{"content/a.md:2:1: lỗi"})
	withIndex := publish.NewMemory(nil)
	if err := withIndex.WriteRaw("tim-kiem/index.html", []byte("tìm")); err != nil {
		t.Fatal(err)
	}
	s.publishIndex(withIndex, []string{"tim-kiem/index.html"})
	if s.problems == nil {
		t.Error("the index hid the failed build's problems")
	}
	if s.files.Load() != withIndex {
		t.Error("the index is not served")
	}
	s.publish(publish.NewMemory(nil), []string{"index.html"})
	if s.problems != nil {
		t.Error("a good build left the problems shown")
	}
}
