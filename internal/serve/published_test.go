package serve

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
	"vinhdanh/internal/i18n"
)

// secret is in files of the site's folder that no build publishes.
const secret = "MAT-KHAU-BI-MAT"

// TestServesOnlyTheLastGoodBuild changes a site's bundle and static files
// into links that stay inside content/ or static/ and links that leave
// them, named pipes and URL collisions, and after each change requests
// every bundle and static file: each answer is what the last good build
// published (as a whole build of the same sources writes it), or not
// found; never a file the build refused, never a path of the computer.
func TestServesOnlyTheLastGoodBuild(t *testing.T) {
	src := t.TempDir()
	writeFiles(t, src, map[string]string{
		"site.yaml":                             "title: Trang thử\n# " + secret + "\n",
		".env":                                  "TOKEN=" + secret + "\n",
		"content/tin-tuc/2023/b/index.md":       "---\ntitle: Bài có ảnh\ndate: 2023-02-01\nkind: news\n---\n\n[Ảnh](anh.jpg)\n",
		"content/tin-tuc/2023/b/anh.jpg":        "\xff\xd8\xff ảnh",
		"content/tin-tuc/2023/b/tep.pdf":        "%PDF-1.4 tệp",
		"content/tin-tuc/2023/b/giu-nguyen.pdf": "%PDF-1.4 giữ nguyên",
		"content/tin-tuc/2023/c/index.md":       "---\ntitle: Bài khác\ndate: 2023-02-02\nkind: news\n---\n\nThân bài.\n",
		"content/tin-tuc/2023/c/bang.pdf":       "%PDF-1.4 bảng",
		"static/tai-lieu.pdf":                   "%PDF-1.4 tài liệu",
		"static/anh/logo.png":                   "\x89PNG logo",
	})
	p := startPreview(t, Options{Source: src})
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resources := []string{"tin-tuc/2023/b/anh.jpg", "tin-tuc/2023/b/tep.pdf", "tin-tuc/2023/b/giu-nguyen.pdf",
		"tin-tuc/2023/c/bang.pdf", "tai-lieu.pdf", "anh/logo.png", "bi-mat.txt", "cau-hinh.txt", "tin-tuc/2023/c/env.txt"}
	// untouched are files no step changes: they are served all along.
	untouched := []string{"tin-tuc/2023/b/giu-nguyen.pdf", "anh/logo.png"}
	lastGood := p.wholeBuild(t)
	if lastGood == nil {
		t.Fatal("the site does not build")
	}
	check := func(step string) {
		t.Helper()
		for _, name := range resources {
			status, body := p.get(t, client, name)
			want, published := lastGood[name]
			switch {
			case bytes.Contains(body, []byte(secret)):
				t.Errorf("%s: /%s gave a file that no build publishes", step, name)
			case bytes.Contains(body, []byte(src)):
				t.Errorf("%s: /%s names the site's folder: %q", step, name, body)
			case status == http.StatusOK && (!published || string(body) != want):
				t.Errorf("%s: /%s gave %q, not what the last good build published", step, name, body)
			case status != http.StatusOK && status != http.StatusNotFound:
				t.Errorf("%s: /%s: status %d", step, name, status)
			case status != http.StatusOK && published && contains(untouched, name):
				t.Errorf("%s: /%s, which did not change, is not served: %d", step, name, status)
			}
		}
	}
	check("first build")
	step := func(name string, change func(), builds bool) {
		t.Helper()
		n := p.s.reports.Load()
		change()
		p.settle(t, n, func() bool { return p.failing() != builds })
		got := p.wholeBuild(t)
		if (got != nil) != builds {
			t.Fatalf("%s: the whole build succeeds: %v, want %v", name, got != nil, builds)
		}
		if builds {
			lastGood = got
		}
		if p.failing() == builds {
			t.Fatalf("%s: the preview fails: %v, want %v; the log:\n%s", name, p.failing(), !builds, p.log)
		}
		check(name)
	}
	at := func(name string) string { return filepath.Join(src, filepath.FromSlash(name)) }
	remove := func(name string) {
		t.Helper()
		if err := os.Remove(at(name)); err != nil {
			t.Fatal(err)
		}
	}
	link := func(target, name string) {
		t.Helper()
		if err := os.Symlink(filepath.FromSlash(target), at(name)); err != nil {
			t.Skipf("symbolic links: %v", err)
		}
	}
	restore := func(name, data string) func() {
		return func() {
			_ = os.Remove(at(name))
			writeFiles(t, src, map[string]string{name: data})
		}
	}

	step("a bundle photo becomes a link out of content/", func() {
		remove("content/tin-tuc/2023/b/anh.jpg")
		link("../../../../.env", "content/tin-tuc/2023/b/anh.jpg")
	}, false)
	step("a bundle file becomes a link to site.yaml", func() {
		remove("content/tin-tuc/2023/b/tep.pdf")
		link("../../../../site.yaml", "content/tin-tuc/2023/b/tep.pdf")
	}, false)
	step("the files come back", func() {
		restore("content/tin-tuc/2023/b/anh.jpg", "\xff\xd8\xff ảnh mới")()
		restore("content/tin-tuc/2023/b/tep.pdf", "%PDF-1.4 tệp mới")()
	}, true)
	step("a bundle file becomes a link inside content/", func() {
		remove("content/tin-tuc/2023/b/tep.pdf")
		link("../../2023/c/bang.pdf", "content/tin-tuc/2023/b/tep.pdf")
	}, true)
	step("new files are links out of content/ and static/", func() {
		link("../../../../.env", "content/tin-tuc/2023/c/env.txt")
		link("../.env", "static/bi-mat.txt")
		link("../site.yaml", "static/cau-hinh.txt")
	}, false)
	step("the links go", func() {
		remove("content/tin-tuc/2023/c/env.txt")
		remove("static/bi-mat.txt")
		remove("static/cau-hinh.txt")
	}, true)
	step("a static file collides with a bundle file", func() {
		writeFiles(t, src, map[string]string{"static/tin-tuc/2023/b/anh.jpg": "\xff\xd8\xff ảnh tĩnh"})
	}, false)
	step("a bundle file changes while the site does not build", restore("content/tin-tuc/2023/c/bang.pdf", "%PDF-1.4 bảng mới "+strings.Repeat("x", 10)), false)
	step("the collision goes", func() { remove("static/tin-tuc/2023/b/anh.jpg") }, true)
	if runtime.GOOS == "linux" {
		step("a static file becomes a named pipe", func() {
			remove("static/tai-lieu.pdf")
			if err := mkfifo(at("static/tai-lieu.pdf")); err != nil {
				t.Fatal(err)
			}
		}, false)
		step("a bundle photo becomes a named pipe", func() {
			remove("content/tin-tuc/2023/b/anh.jpg")
			if err := mkfifo(at("content/tin-tuc/2023/b/anh.jpg")); err != nil {
				t.Fatal(err)
			}
		}, false)
		step("the pipes go", func() {
			restore("static/tai-lieu.pdf", "%PDF-1.4 tài liệu mới")()
			restore("content/tin-tuc/2023/b/anh.jpg", "\xff\xd8\xff ảnh")()
		}, true)
	}

	// Escape attempts find nothing, and no answer names a path.
	for _, attempt := range []string{"/../.env", "/%2e%2e/.env", "/..%2f.env", "/tin-tuc/../../.env", "/%2e%2e%2fsite.yaml",
		"/static/../.env", "/content/tin-tuc/2023/b/anh.jpg", "/site.yaml", "/.env"} {
		resp, err := client.Get(p.base + strings.TrimPrefix(attempt, "/"))
		if err != nil {
			t.Fatal(err)
		}
		var body bytes.Buffer
		_, _ = body.ReadFrom(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusNotFound || bytes.Contains(body.Bytes(), []byte(secret)) || bytes.Contains(body.Bytes(), []byte(src)) {
			t.Errorf("%s: status %d, %q", attempt, resp.StatusCode, body.Bytes())
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestHosts answers loopback names and the bind address, and refuses other
// names, which a page elsewhere could point at the preview (DNS rebinding).
func TestHosts(t *testing.T) {
	allowed := allowedHosts("127.0.0.1", 1313)
	for _, host := range []string{"localhost:1313", "LOCALHOST:1313", "localhost", "xem-thu.localhost:1313", "127.0.0.1:1313",
		"127.0.0.1", "127.1.2.3:1313", "[::1]:1313", "[::1]", "localhost.:1313"} {
		if !allowed(host) {
			t.Errorf("%s is refused", host)
		}
	}
	for _, host := range []string{"evil.example:1313", "evil.example", "localhost.evil.example:1313", "192.168.1.5:1313",
		"localhost:80", "", "127.0.0.1.nip.io:1313", "[::ffff:8.8.8.8]:1313"} {
		if allowed(host) {
			t.Errorf("%s is answered", host)
		}
	}
	lan := allowedHosts("192.168.1.5", 8080)
	if !lan("192.168.1.5:8080") || !lan("192.168.1.5") || !lan("localhost:8080") || lan("evil.example:8080") {
		t.Error("the bind address is not answered, or another name is")
	}

	s := newServer(allowed)
	req, _ := http.NewRequest("GET", "http://evil.example:1313/", nil)
	rec := &recorder{header: http.Header{}}
	s.ServeHTTP(rec, req)
	if rec.status != http.StatusForbidden {
		t.Errorf("a request for evil.example: status %d, want 403", rec.status)
	}
}

// recorder is the smallest http.ResponseWriter.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header { return r.header }
func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = 200
	}
	return r.body.Write(b)
}
func (r *recorder) WriteHeader(status int) { r.status = status }

func TestBaseURL(t *testing.T) {
	for _, tc := range []struct{ bind, want string }{
		{"127.0.0.1", "http://127.0.0.1:1313/"},
		{"localhost", "http://localhost:1313/"},
		{"0.0.0.0", "http://127.0.0.1:1313/"},
		{"", "http://127.0.0.1:1313/"},
		{"::", "http://[::1]:1313/"},
		{"::1", "http://[::1]:1313/"},
		{"192.168.1.5", "http://192.168.1.5:1313/"},
	} {
		if got := baseURL(tc.bind, 1313); got != tc.want {
			t.Errorf("--bind %q: %s, want %s", tc.bind, got, tc.want)
		}
	}
	for bind, want := range map[string]bool{"127.0.0.1": true, "::1": true, "localhost": true, "0.0.0.0": false, "::": false, "": false, "192.168.1.5": false} {
		if isLoopback(bind) != want {
			t.Errorf("isLoopback(%q) = %v", bind, !want)
		}
	}
}

// TestTakenPort serves on the next port when the one asked for is taken,
// and says so.
func TestTakenPort(t *testing.T) {
	src := savesSite(t)
	ln, err := listen(i18n.En, "127.0.0.1", 0, &syncBuffer{})
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	taken := ln.Addr().String()
	port := ln.Addr().(*net.TCPAddr).Port
	p := startPreview(t, Options{Source: src, Port: port})
	if strings.Contains(p.base, taken) || !strings.Contains(p.log.String(), "is in use; serving on port") {
		t.Errorf("serving at %s with port %d taken; the log:\n%s", p.base, port, p.log)
	}
}

// TestOpen opens the browser with each system's command, and a browser
// that cannot be started is only a message.
func TestOpen(t *testing.T) {
	t.Parallel()
	for goos, want := range map[string]string{
		"linux":   "xdg-open http://127.0.0.1:1313/",
		"windows": "rundll32 url.dll,FileProtocolHandler http://127.0.0.1:1313/",
		"darwin":  "open http://127.0.0.1:1313/",
	} {
		name, args := browserCommand(goos, "http://127.0.0.1:1313/")
		if got := strings.Join(append([]string{name}, args...), " "); got != want {
			t.Errorf("%s: %s, want %s", goos, got, want)
		}
	}
	opened := make(chan string, 2)
	p := startPreview(t, Options{Source: savesSite(t), Open: true, openURL: func(url string) error {
		opened <- url
		return os.ErrNotExist
	}})
	select {
	case url := <-opened:
		if url != p.base {
			t.Errorf("opened %s, want %s", url, p.base)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the browser was not started")
	}
	// The message follows the failed start; the server logs it at once.
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(p.log.String(), "Could not open the browser"); {
		if time.Now().After(deadline) {
			t.Fatalf("no message that the browser did not open; the log:\n%s", p.log)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if len(opened) != 0 {
		t.Errorf("the browser was started twice")
	}
}

// TestStopDuringBuild ends the server while its first build runs: Run
// returns within a second.
func TestStopDuringBuild(t *testing.T) {
	src := savesSite(t)
	articles := map[string]string{}
	for i := range 800 {
		articles[fmt.Sprintf("content/tin-tuc/2023/s%d.md", i)] = goodArticle(0, i)
	}
	writeFiles(t, src, articles)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Run(ctx, Options{Source: src, Bind: "127.0.0.1", Now: previewNow}, &syncBuffer{}, nil) }()
	time.Sleep(50 * time.Millisecond)
	cancel()
	start := time.Now()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
		if took := time.Since(start); took > time.Second {
			t.Errorf("Run took %v to stop", took)
		}
	case <-time.After(time.Second):
		t.Fatal("Run did not stop within a second")
	}
}
