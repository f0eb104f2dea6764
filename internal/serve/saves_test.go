package serve

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"vinhdanh/internal/build"
	"vinhdanh/internal/i18n"
	"vinhdanh/internal/publish"
)

// previewNow is the clock of the tests' previews and builds.
var previewNow = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)

// writeFiles writes files (slash paths to contents) under dir.
func writeFiles(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// preview is a running server of a test.
type preview struct {
	base string
	s    *server
	log  *syncBuffer
	opts Options
}

// startPreview runs the server on opts until the test ends.
func startPreview(t testing.TB, opts Options) *preview {
	t.Helper()
	if opts.Bind == "" {
		opts.Bind = "127.0.0.1"
	}
	if opts.Now.IsZero() {
		opts.Now = previewNow
	}
	if opts.Lang == "" {
		opts.Lang = i18n.En // the tests read the log's English
	}
	ctx, cancel := context.WithCancel(context.Background())
	started := make(chan *server, 1)
	opts.started = func(s *server) { started <- s }
	p := &preview{log: &syncBuffer{}, opts: opts}
	urls := make(chan string, 1)
	done := make(chan error, 1)
	go func() { done <- Run(ctx, opts, p.log, func(u string) { urls <- u }) }()
	select {
	case p.base = <-urls:
	case err := <-done:
		t.Fatalf("serve stopped early: %v\n%s", err, p.log)
	}
	p.s = <-started
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	return p
}

// settle waits until the server has reported a build after the first
// reports and done holds, and then no other build comes for a while: a
// change the watcher saw has been built, as one batch or several.
func (p *preview) settle(t testing.TB, after int64, done func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		for p.s.reports.Load() <= after || !done() {
			if time.Now().After(deadline) {
				t.Fatalf("the change is not built as expected; the log:\n%s", p.log)
			}
			time.Sleep(5 * time.Millisecond)
		}
		n := p.s.reports.Load()
		time.Sleep(maxDelay + 50*time.Millisecond)
		if p.s.reports.Load() == n {
			return
		}
	}
}

// failing reports whether the last build failed.
func (p *preview) failing() bool {
	p.s.mu.Lock()
	defer p.s.mu.Unlock()
	return p.s.problems != nil
}

// get fetches a site path (a slash path of the output, unescaped).
func (p *preview) get(t testing.TB, client *http.Client, name string) (int, []byte) {
	t.Helper()
	u := p.base + strings.TrimPrefix((&url.URL{Path: "/" + name}).EscapedPath(), "/")
	resp, err := client.Get(u)
	if err != nil {
		t.Fatalf("GET %s: %v", name, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: %v", name, err)
	}
	return resp.StatusCode, body
}

// wholeBuild builds the sources with the preview's options into a new
// folder and returns its files, or nil when the build fails.
func (p *preview) wholeBuild(t testing.TB) map[string]string {
	t.Helper()
	dest := filepath.Join(t.TempDir(), "public")
	_, err := build.Run(build.Options{Source: p.opts.Source, Dest: dest, BaseURL: p.base,
		Drafts: p.opts.Drafts, Future: p.opts.Future, Now: p.opts.Now})
	if err != nil {
		return nil
	}
	out := map[string]string{}
	err = filepath.WalkDir(dest, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dest, path)
		out[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	delete(out, publish.Marker)
	return out
}

// difference compares what the server serves, file for file, with want,
// and describes the first difference; "" when they are the same.
func (p *preview) difference(t testing.TB, client *http.Client, want map[string]string) string {
	t.Helper()
	files := p.s.files.Load()
	if files == nil {
		return "nothing is served"
	}
	names := files.Names()
	for _, name := range names {
		if _, ok := want[name]; !ok {
			return "the server holds " + name + ", which a whole build does not write"
		}
	}
	for name, data := range want {
		if !slices.Contains(names, name) {
			return "the server lacks " + name
		}
		status, body := p.get(t, client, name)
		got := string(body)
		if strings.HasSuffix(name, ".html") {
			got = strings.Replace(got, liveTag, "", 1)
		}
		if status != http.StatusOK || got != data {
			return fmt.Sprintf("%s: status %d, %d bytes, not the %d bytes of a whole build", name, status, len(got), len(data))
		}
	}
	return ""
}

// waitSame waits until the server serves what a whole build of the sources
// writes.
func (p *preview) waitSame(t testing.TB, client *http.Client) {
	t.Helper()
	want := p.wholeBuild(t)
	if want == nil {
		t.Fatal("the final sources do not build")
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		diff := p.difference(t, client, want)
		if diff == "" {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the server does not serve what a whole build writes: %s; the log:\n%s", diff, p.log)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// savesSite is a small site with three articles, one a bundle with a photo
// and a PDF, and a static file.
func savesSite(t testing.TB) string {
	src := t.TempDir()
	files := map[string]string{
		"site.yaml":                             "title: Trang thử\n",
		"content/tin-tuc/2023/b/anh.jpg":        "\xff\xd8\xff ảnh thử",
		"content/tin-tuc/2023/b/quyet-dinh.pdf": "%PDF-1.4 quyết định",
		"static/tai-lieu.pdf":                   "%PDF-1.4 tài liệu",
	}
	for i := range savedArticles {
		files[savedArticles[i]] = goodArticle(i, 0)
	}
	writeFiles(t, src, files)
	return src
}

// savedArticles are the files the save tests write.
var savedArticles = []string{"content/tin-tuc/2023/a.md", "content/tin-tuc/2023/b/index.md", "content/hoi-nghi/2023/c.md"}

var articleURLs = []string{"tin-tuc/2023/a/", "tin-tuc/2023/b/", "hoi-nghi/2023/c/"}

// goodArticle is version v of article i; versions differ in their title,
// body, tags or province, so that saves change pages, lists and feeds.
func goodArticle(i, v int) string {
	kind := []string{"news", "news", "conference"}[i]
	province := []string{"Hà Nội", "Huế", "Nghệ An", ""}[v%4]
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: Bài %d, bản %d\ndate: 2023-0%d-1%d\nkind: %s\n", i, v%3, i+1, v%5, kind)
	if province != "" {
		fmt.Fprintf(&b, "province: %s\n", province)
	}
	// The photo is linked from the body, which publishes it as it is:
	// these saves are not real JPEGs, which the images stage would refuse
	// for front matter's image or a picture the body shows.
	photo := ""
	if i == 1 {
		photo = "\n\n[Ảnh thử](anh.jpg)"
	}
	fmt.Fprintf(&b, "tags: [thi đua, bản %d]\n---\n\nĐoạn mở đầu %d của bài %d.\n\nThân bài %d.%s\n", v%2, v, i, v*7, photo)
	return b.String()
}

// brokenArticle is a broken save of article i, of one of a few kinds.
func brokenArticle(i, v int) string {
	good := goodArticle(i, v)
	switch v % 4 {
	case 0:
		return strings.Replace(good, "kind: ", "kind: x", 1)
	case 1:
		return strings.Replace(good, "date: 2023", "date: 2023-13", 1)
	case 2:
		return strings.TrimPrefix(good, "---\n") // no front matter
	}
	return strings.Replace(good, "title: ", "title: [", 1)
}

// save writes data to the site's file name: in place, or, as many editors
// do, to a temporary file renamed over it.
func save(t testing.TB, src, name, data string, rename bool) {
	t.Helper()
	p := filepath.Join(src, filepath.FromSlash(name))
	if !rename {
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	tmp := filepath.Join(filepath.Dir(p), ".~"+filepath.Base(p)+".tmp")
	if err := os.WriteFile(tmp, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, p); err != nil {
		t.Fatal(err)
	}
}

// TestBrokenSaveWithinSearchDelay is issue 14's crash: a good save, then a
// broken one before the search index of the good one is made. The server
// keeps serving the good build, indexes it, and serves the fix as a whole
// build writes it.
func TestBrokenSaveWithinSearchDelay(t *testing.T) {
	src := savesSite(t)
	p := startPreview(t, Options{Source: src, Drafts: true, Future: true})
	client := &http.Client{}
	save(t, src, savedArticles[0], goodArticle(0, 1), true)
	// The good save is built (its page served) ...
	deadline := time.Now().Add(10 * time.Second)
	for {
		if _, body := p.get(t, client, articleURLs[0]); strings.Contains(string(body), "Bài 0, bản 1") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the good save is not served; the log:\n%s", p.log)
		}
		time.Sleep(time.Millisecond)
	}
	// ... and the broken one follows before the search index is made.
	n := p.s.reports.Load()
	save(t, src, savedArticles[0], brokenArticle(0, 0), true)
	p.settle(t, n, p.failing)
	time.Sleep(searchDelay + 200*time.Millisecond)
	if status, body := p.get(t, client, articleURLs[0]); status != http.StatusOK || !strings.Contains(string(body), "Bài 0, bản 1") {
		t.Errorf("the good save is not served: %d", status)
	}
	save(t, src, savedArticles[0], goodArticle(0, 2), false)
	p.waitSame(t, client)
}

// TestRandomSaves makes 200 saves, good and broken, of three articles and a
// photo at random moments, while pages and files are fetched all along:
// every request is answered, none with a server error, and once the saves
// end the server serves what a whole build of the last sources writes.
func TestRandomSaves(t *testing.T) {
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 14))
	src := savesSite(t)
	p := startPreview(t, Options{Source: src, Drafts: true, Future: true})
	client := &http.Client{Timeout: 10 * time.Second}

	var stop atomic.Bool
	var wg sync.WaitGroup
	var requests atomic.Int64
	paths := append([]string{"", "tin-tuc/", "hoi-nghi/", "tim-kiem/", "index.xml", "khong-co/", "static-none.pdf"}, articleURLs...)
	resources := []string{"tin-tuc/2023/b/anh.jpg", "tin-tuc/2023/b/quyet-dinh.pdf", "tai-lieu.pdf"}
	all := append(slices.Clip(paths), resources...)
	errs := make(chan string, 10)
	for range 2 {
		wg.Go(func() {
			for i := 0; !stop.Load(); i++ {
				name := all[i%len(all)]
				u := p.base + name
				resp, err := client.Get(u)
				if err != nil {
					errs <- fmt.Sprintf("GET /%s: %v", name, err)
					return
				}
				_, _ = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				requests.Add(1)
				if resp.StatusCode >= 500 {
					errs <- fmt.Sprintf("GET /%s: status %d", name, resp.StatusCode)
					return
				}
			}
		})
	}
	const saves = 200
	for i := range saves {
		switch article := rng.IntN(len(savedArticles) + 1); {
		case i >= saves-len(savedArticles): // end with every article good
			j := i - (saves - len(savedArticles))
			save(t, src, savedArticles[j], goodArticle(j, rng.IntN(20)), rng.IntN(2) == 0)
		case article == len(savedArticles): // the photo
			save(t, src, "content/tin-tuc/2023/b/anh.jpg", fmt.Sprintf("\xff\xd8\xff ảnh %d", i), rng.IntN(2) == 0)
		case rng.IntN(3) == 0:
			save(t, src, savedArticles[article], brokenArticle(article, rng.IntN(8)), rng.IntN(2) == 0)
		default:
			save(t, src, savedArticles[article], goodArticle(article, rng.IntN(20)), rng.IntN(2) == 0)
		}
		time.Sleep(time.Duration(rng.IntN(30)) * time.Millisecond)
	}
	p.waitSame(t, client)
	stop.Store(true)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if requests.Load() < 100 {
		t.Errorf("only %d requests were answered during the saves", requests.Load())
	}
	if strings.Contains(p.log.String(), "panic") || strings.Contains(p.log.String(), "vinhdanh serve:") {
		t.Errorf("the server reported a fault; the log:\n%s", p.log)
	}
}
