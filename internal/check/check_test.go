package check

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"vinhdanh/internal/build"
	"vinhdanh/internal/testsupport/sitetest"
	"vinhdanh/internal/weblink"
)

var now = time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)

// site has one article of every kind of reference, good and broken; the
// line numbers in the tests below are those of the a.md it writes.
const site = `
-- site.yaml --
title: Trang thử
base_url: http://localhost/
-- static/tai-lieu/huong-dan.pdf --
%PDF
-- content/quyet-dinh/2023/qd/index.md --
---
title: Quyết định khen thưởng
date: 2023-08-20
kind: decision
decision: {number: 1378/QĐ-UBND}
---
## Danh sách khen thưởng

Nội dung.
-- content/quyet-dinh/2023/qd/qd-1378.pdf --
%PDF
-- content/tin-tuc/2023/a/index.md --
---
title: Bài có liên kết
date: 2023-09-01
kind: news
---
Đúng: [quyết định](/quyet-dinh/2023/qd/), [không gạch chéo](/quyet-dinh/2023/qd),
[tương đối](../../../quyet-dinh/2023/qd/#danh-sach-khen-thuong), [tệp](/quyet-dinh/2023/qd/qd-1378.pdf),
[hướng dẫn](/tai-lieu/huong-dan.pdf), [trang chủ](/), [tìm](/tim-kiem/?q=thi+dua), [mục](#muc-mot),
![ảnh](anh.png), [thư](mailto:a@b.vn), [css](/css/main.css).

## Mục một

Hỏng: [trang](/quyet-dinh/2023/q/), ![ảnh](anh-khac.png), [nguồn](../b.md),
[phần](/quyet-dinh/2023/qd/#danh-sach), [trống]() và [ngoài](//example.invalid/x).
-- content/tin-tuc/2023/a/anh.png --
PNG
-- content/tin-tuc/2023/b.md --
---
title: Bài thứ hai
date: 2023-09-02
kind: news
---
Xem [bài có liên kết](/tin-tuc/2023/a/#muc-mot).
`

func TestInternalReferences(t *testing.T) {
	dir := sitetest.Write(t, site)
	// The picture the body shows is a real one: the build makes its copies.
	var png bytes.Buffer
	if err := pngEncode(&png); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "content/tin-tuc/2023/a/anh.png"), png.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	rep, err := Run(context.Background(), Options{Build: build.Options{Source: dir, Now: now}})
	if err != nil {
		t.Fatal(err)
	}
	const a = "content/tin-tuc/2023/a/index.md"
	want := []string{
		a + `:13:7: broken link "/quyet-dinh/2023/q/": the site has no page or file /quyet-dinh/2023/q/ (did you mean "/quyet-dinh/2023/qd/"?)`,
		a + `:13:37: missing image "anh-khac.png": no file anh-khac.png in this article's folder or in static/; check the name (did you mean "anh.png"?)`,
		a + `:13:59: link "../b.md" leads to a source file; link to the article's address instead: /tin-tuc/2023/b/`,
		a + `:14:1: link "/quyet-dinh/2023/qd/#danh-sach": the page /quyet-dinh/2023/qd/ has no part #danh-sach (did you mean "danh-sach-khen-thuong"?)`,
		a + `:14:41: link with no address: write one between the parentheses, as in [text](/tin-tuc/2023/bai-viet/)`,
	}
	var got []string
	for _, d := range rep.Diagnostics {
		got = append(got, d.String())
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if rep.Articles != 3 || rep.Internal != 15 || rep.External != 1 {
		t.Errorf("counted %d articles, %d internal, %d external; want 3, 15, 1", rep.Articles, rep.Internal, rep.External)
	}
	if _, err := os.Stat(filepath.Join(dir, "public")); err == nil {
		t.Error("check wrote public/")
	}
}

func TestSiteThatDoesNotBuild(t *testing.T) {
	dir := sitetest.Write(t, site+"-- content/tin-tuc/2023/c.md --\n---\ntitle: C\nkind: news\n---\n")
	_, err := Run(context.Background(), Options{Build: build.Options{Source: dir, Now: now}})
	if err == nil || !strings.Contains(err.Error(), "content/tin-tuc/2023/c.md:1:1: missing date") {
		t.Errorf("got %v, want the build's error", err)
	}
}

// TestExternal checks web links against a local server: good, missing,
// too slow, moved, and the cache that spares a second run its requests.
func TestExternal(t *testing.T) {
	var requests atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		switch r.URL.Path {
		case "/ok", "/moi":
		case "/cu":
			http.Redirect(w, r, "/moi", http.StatusMovedPermanently)
		case "/cham":
			select {
			case <-time.After(2 * time.Second):
			case <-r.Context().Done():
			}
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	dir := sitetest.Write(t, `
-- site.yaml --
title: Trang thử
base_url: http://localhost/
-- content/tin-tuc/2023/a.md --
---
title: A
date: 2023-09-01
kind: news
---
[tốt](URL/ok), [mất](URL/mat) và [chậm](URL/cham).
Lại [tốt](URL/ok#p), [chuyển](URL/cu), <URL/mat>, [mất](URL/mat#muc).
`)
	p := filepath.Join(dir, "content/tin-tuc/2023/a.md")
	src, _ := os.ReadFile(p)
	text := strings.ReplaceAll(string(src), "URL", srv.URL)
	os.WriteFile(p, []byte(text), 0o644)
	lines := strings.Split(text, "\n")
	// at gives the place of the first character of needle on line n.
	at := func(n int, needle string) string {
		i := strings.Index(lines[n-1], needle)
		return fmt.Sprintf("%d:%d", n, utf8.RuneCountInString(lines[n-1][:i])+1)
	}

	cache, err := weblink.OpenCache(filepath.Join(t.TempDir(), "links.json"), time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	opts := Options{Build: build.Options{Source: dir, Now: now}, External: true, Web: &weblink.Checker{Timeout: 300 * time.Millisecond, Cache: cache}}
	start := time.Now()
	rep, err := Run(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took > 1500*time.Millisecond {
		t.Errorf("the check took %v: the time-out did not hold", took)
	}
	const a = "content/tin-tuc/2023/a.md"
	want := []string{
		a + ":" + at(6, "[mất]") + ": web link " + srv.URL + "/mat: answers 404 Not Found",
		a + ":" + at(6, "[chậm]") + ": web link " + srv.URL + "/cham: no answer within 300ms",
		a + ":" + at(7, "<") + ": web link " + srv.URL + "/mat: answers 404 Not Found",
		a + ":" + at(7, "[mất]") + ": web link " + srv.URL + "/mat: answers 404 Not Found",
	}
	var got []string
	for _, d := range rep.Diagnostics {
		got = append(got, d.String())
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if rep.External != 4 {
		t.Errorf("%d web addresses, want 4 (fragments make no new ones)", rep.External)
	}

	// The good answers are remembered: a second run asks only the others.
	requests.Store(0)
	if _, err := Run(context.Background(), opts); err != nil {
		t.Fatal(err)
	}
	if n := requests.Load(); n == 0 || n > 4 {
		t.Errorf("the second run made %d requests; want only those for /mat and /cham (1 to 4)", n)
	}
	// Without External, nothing is asked.
	requests.Store(0)
	opts.External = false
	if rep, err := Run(context.Background(), opts); err != nil || len(rep.Diagnostics) != 0 || requests.Load() != 0 {
		t.Errorf("without External: %v, %v, %d requests", rep.Diagnostics, err, requests.Load())
	}
}

// pngEncode writes a small opaque PNG.
func pngEncode(w io.Writer) error {
	img := image.NewNRGBA(image.Rect(0, 0, 40, 30))
	for i := range img.Pix {
		img.Pix[i] = 0xc0
	}
	return png.Encode(w, img)
}
