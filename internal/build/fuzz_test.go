package build

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
	"vinhdanh/internal/diagnostic"
)

// FuzzSite builds whole small sites made from the fuzzer's bytes: article
// file names with NFC, NFD and case variants, slugs up to far too long,
// aliases, tags, repeated headings, bundles with pictures, pages and
// scripted SVG, static files where pages go. It checks the build's
// promises: it ends (within a time limit) and does not panic; it succeeds,
// or fails with a diagnostic.List, never another error; on failure the
// previous output is unchanged and every error is at a line of a source
// file that exists; on success nothing from outside the site's content,
// static files and theme is published (a secret planted in site.yaml, .git
// and a hidden file never appears).
func FuzzSite(f *testing.F) {
	for _, seed := range []string{
		"",
		"\x00\x01\x02\x03\x04\x05\x06\x07",
		"\x01\x11\x21\x31\x41\x51\x61\x71\x81\x91",
		"\x03\x02\x05\x07\x0b\x0d\x11\x13\x17\x1d\x1f\x25\x29\x2b\x2f",
		strings.Repeat("\x04\x09", 20),
		strings.Repeat("\xff\x80\x7f", 12),
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		src, secret := t.TempDir(), "BI-MAT-9f3c2e"
		site := genSite(data, secret)
		for name, body := range site {
			p := filepath.Join(src, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		dest := filepath.Join(t.TempDir(), "public")
		previous := map[string]string{".vinhdanh": "an earlier build", "index.html": "<p>cũ</p>", "tin-tuc/2020/x/index.html": "<p>bài cũ</p>"}
		for name, body := range previous {
			p := filepath.Join(dest, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		type result struct {
			err   error
			panic any
		}
		done := make(chan result, 1)
		go func() {
			defer func() {
				if p := recover(); p != nil {
					done <- result{panic: p}
				}
			}()
			_, err := Run(Options{Source: src, Dest: dest, Now: time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)})
			done <- result{err: err}
		}()
		var r result
		select {
		case r = <-done:
		case <-time.After(30 * time.Second):
			t.Fatalf("the build did not end within 30 s; site:\n%s", describeSite(site))
		}
		if r.panic != nil {
			t.Fatalf("panic: %v; site:\n%s", r.panic, describeSite(site))
		}
		got := readTree(t, dest)
		var ce diagnostic.List
		switch {
		case r.err == nil:
			for name, body := range got {
				if strings.Contains(body, secret) {
					t.Errorf("%s publishes a file from outside content/ and static/; site:\n%s", name, describeSite(site))
				}
			}
		case errors.As(r.err, &ce):
			if len(got) != len(previous) {
				t.Errorf("the previous output changed: %d files, was %d", len(got), len(previous))
			}
			for name, body := range previous {
				if got[name] != body {
					t.Errorf("the previous output changed at %s", name)
				}
			}
			for _, d := range ce.Errors(false) {
				if _, err := os.Lstat(filepath.Join(src, filepath.FromSlash(d.File))); err != nil || d.Line < 1 {
					t.Errorf("error not at a line of a source file: %v; site:\n%s", d, describeSite(site))
				}
			}
		default:
			t.Fatalf("error that is not about the content: %v; site:\n%s", r.err, describeSite(site))
		}
	})
}

// describeSite lists a generated site's files, shortened, for a failure.
func describeSite(site map[string]string) string {
	var b strings.Builder
	for name, body := range site {
		if len(body) > 300 {
			body = body[:300] + "..."
		}
		fmt.Fprintf(&b, "-- %q --\n%s\n", name, body)
	}
	return b.String()
}

// genSite turns data into a small site: each byte picks the next choice.
func genSite(data []byte, secret string) map[string]string {
	next := func(n int) int {
		if len(data) == 0 {
			return 0
		}
		b := data[0]
		data = data[1:]
		return int(b) % n
	}
	names := []string{"Đà Nẵng", "Đa\u0300 Na\u0306\u0303ng" /* NFD */, "ĐÀ NẴNG", "da-nang", "Da Nang", "hoi-nghi", "Hội nghị",
		strings.Repeat("dai-hoi-thi-dua-", 14), strings.Repeat("a", 240), "index", "_index", ".an", "bai~", "Bài (1)"}
	slugs := []string{"", "", "bai-viet", "da-nang", strings.Repeat("x", 199), strings.Repeat("x", 201), strings.Repeat("y", 600), "Không Hợp Lệ", "---"}
	aliases := []string{"/tin-cu/a.html", "/tin-cu/A.html", "/tin-cu/a.html/b/", "/tinh/", "/chu-de/x/", "/cu/", "/cu/x/",
		"/" + strings.Repeat("z", 250) + ".html", "/" + strings.Repeat("q/", 210), "/tin-tuc/2023/da-nang/", "/a.aspx", "../x", "/robots.txt"}
	tags := []string{"Thi đua", "thi dua", "Khen thưởng", strings.Repeat("Thi đua ", 40), "!!!", "Đà Nẵng"}
	headings := []string{"## Kết quả\n\n", "## Main\n\n", "## Kết quả 1\n\n", "# \n\n", "### " + strings.Repeat("x", 300) + "\n\n"}
	kinds := []string{"news", "conference", "decision", "exemplar", "poem"}
	bundleFiles := []string{"anh.svg", "Anh.svg", "trang.html", "x.svg", "tai-lieu.pdf", "a\u0309nh.svg" /* NFD */, "ảnh.svg", "index.html", strings.Repeat("t", 210) + ".pdf"}
	svgs := []string{`<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"><rect width="4" height="3"/></svg>`,
		`<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>`, `<svg><script>alert(1)</script></svg>`, `<svg`}
	statics := []string{"robots.txt", "css/main.css", "favicon.svg", "tinh", "chu-de", "tin-tuc/2023/da-nang/index.html", "Logo.png", "logo.png", "index.xml/a", "tin-cu/a.html"}

	site := map[string]string{
		"site.yaml":          "title: Trang thử\n# " + secret + "\n",
		".git/config":        "[remote]\n\turl = https://" + secret + "@example.vn/\n",
		"content/.an/bai.md": "---\ntitle: Ẩn\ndate: 2023-01-01\nkind: news\n---\n" + secret + "\n",
	}
	if next(4) == 0 {
		site["site.yaml"] += "markdown:\n  unsafe: true\n"
	}
	for i := range 1 + next(4) {
		var front strings.Builder
		fmt.Fprintf(&front, "---\ntitle: Bài %d\ndate: 2023-0%d-0%d\nkind: %s\n", i, 1+next(9), 1+next(9), kinds[next(len(kinds))])
		if s := slugs[next(len(slugs))]; s != "" {
			fmt.Fprintf(&front, "slug: %q\n", s)
		}
		if n := next(4); n > 0 {
			front.WriteString("aliases:\n")
			for range n {
				fmt.Fprintf(&front, "  - %q\n", aliases[next(len(aliases))])
			}
		}
		if n := next(4); n > 0 {
			front.WriteString("tags:\n")
			for range n {
				fmt.Fprintf(&front, "  - %q\n", tags[next(len(tags))])
			}
		}
		front.WriteString("---\n")
		body := "Đoạn mở đầu của bài.\n\n"
		for range next(6) {
			body += headings[next(len(headings))]
		}
		name := names[next(len(names))]
		dir := "content/tin-tuc/2023/"
		if next(2) == 0 {
			site[dir+name+".md"] = front.String() + body
			continue
		}
		site[dir+name+"/index.md"] = front.String() + body
		for range next(4) {
			file := bundleFiles[next(len(bundleFiles))]
			body := "%PDF"
			if strings.HasSuffix(file, ".svg") {
				body = svgs[next(len(svgs))]
			}
			site[dir+name+"/"+file] = body
		}
	}
	for range next(3) {
		site["static/"+statics[next(len(statics))]] = "tệp tĩnh\n"
	}
	for name := range site {
		if !utf8.ValidString(name) {
			delete(site, name)
		}
	}
	return site
}
