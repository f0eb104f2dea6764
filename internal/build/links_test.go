package build

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"vinhdanh/internal/diagnostic"

	"vinhdanh/internal/testsupport/sitetest"
)

// linksSite has pictures found in the bundle and in static/, and the three
// problems a build warns of: a missing picture, a picture without a
// description, a link to no page. They are SVG, which is published as it
// is, so that the files need not be photos (pictures_test.go has those).
const linksSite = `
-- site.yaml --
title: T
base_url: https://example.vn/vinh-danh/
-- static/logo.svg --
png
-- static/images/hoi-truong.svg --
jpeg
-- content/hoi-nghi/2024/tong-ket/index.md --
---
title: Hội nghị tổng kết
date: 2024-01-10
kind: conference
---
![Đại biểu](dai-bieu.svg) ![Logo](logo.svg) ![Hội trường](images/hoi-truong.svg)

![](dai-bieu.svg) ![Mất](dai-bieu-2.svg) [Tin](/tin-tuc/2024/tin/) [Cũ](/tin-tuc/2024/tin-cu/)
-- content/hoi-nghi/2024/tong-ket/dai-bieu.svg --
jpeg
-- content/tin-tuc/2024/tin.md --
---
title: Tin
date: 2024-01-11
kind: news
---
![Hội trường](images/hoi-truong.svg) ![Ảnh](anh.jpg)
`

var linksWarnings = []string{
	`content/hoi-nghi/2024/tong-ket/index.md:8:1: warning: image "dai-bieu.svg" has no description: write what it shows between the brackets, as in ![Đại biểu dự hội nghị](dai-bieu.svg), for readers who cannot see it`,
	`content/hoi-nghi/2024/tong-ket/index.md:8:19: warning: missing image "dai-bieu-2.svg": no file dai-bieu-2.svg in this article's folder or in static/; check the name (did you mean "dai-bieu.svg"?)`,
	`content/hoi-nghi/2024/tong-ket/index.md:8:68: warning: broken link "/tin-tuc/2024/tin-cu/": the site has no page or file /tin-tuc/2024/tin-cu/ (did you mean "/tin-tuc/2024/tin/"?)`,
	`content/tin-tuc/2024/tin.md:6:38: warning: missing image "anh.jpg": no file anh.jpg in static/; check the name, or make the article a page bundle (a folder with index.md) to keep its pictures beside it`,
}

// TestBodyLinksAndImages checks that a build publishes the body's pictures
// where its pages show them, warns of the problems of links and images,
// and fails on them under --strict, leaving the output as it was.
func TestBodyLinksAndImages(t *testing.T) {
	dest, sum := buildSite(t, linksSite, nil)
	var got []string
	for _, d := range sum.Warnings {
		got = append(got, d.String())
	}
	if strings.Join(got, "\n") != strings.Join(linksWarnings, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(linksWarnings, "\n"))
	}
	if sum.Links == nil || sum.Links.Internal != 9 {
		t.Errorf("links: %+v", sum.Links)
	}
	assertContains(t, "conference", readOutput(t, dest, "hoi-nghi/2024/tong-ket/index.html"),
		`<img src=dai-bieu.svg alt="Đại biểu"`, `<img src=/vinh-danh/logo.svg alt=Logo`, `<img src=/vinh-danh/images/hoi-truong.svg alt="Hội trường"`,
		`href=/vinh-danh/tin-tuc/2024/tin/>`)
	assertContains(t, "news", readOutput(t, dest, "tin-tuc/2024/tin/index.html"),
		`<img src=/vinh-danh/images/hoi-truong.svg alt="Hội trường"`, `<img src=anh.jpg alt=Ảnh`)
	assertExists(t, dest, "hoi-nghi/2024/tong-ket/dai-bieu.svg", "logo.svg", "images/hoi-truong.svg")

	src := sitetest.Write(t, linksSite)
	strictDest := filepath.Join(t.TempDir(), "public")
	_, err := Run(Options{Source: src, Dest: strictDest, Now: testNow, Strict: true})
	var ce diagnostic.List
	if !errors.As(err, &ce) || ce.Error() != strings.Join(linksWarnings, "\n") {
		t.Errorf("under --strict: got %v, want the warnings", err)
	}
	if _, err := os.Stat(strictDest); err == nil {
		t.Errorf("a build that failed under --strict wrote %s", strictDest)
	}
}

// TestSessionChecksLinks checks that a session warns as a build does,
// follows a fix, and under Strict fails and keeps the previous output.
func TestSessionChecksLinks(t *testing.T) {
	src := sitetest.Write(t, linksSite)
	s, err := NewSession(Options{Source: src, Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	out, err := s.Build(nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := out.Summary.Warnings.Error(); got != strings.Join(linksWarnings, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", got, strings.Join(linksWarnings, "\n"))
	}
	// The page kept is checked again: its link now leads to a page.
	page := "content/tin-tuc/2024/tin-cu.md"
	if err := os.WriteFile(filepath.Join(src, page), []byte("---\ntitle: Tin cũ\ndate: 2024-01-09\nkind: news\n---\nCũ.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err = s.Build([]string{page})
	if err != nil {
		t.Fatal(err)
	}
	if got := out.Summary.Warnings.Error(); strings.Contains(got, "tin-cu") || len(out.Summary.Warnings) != 3 {
		t.Errorf("after the page was added:\n%s", got)
	}
	// A picture put in the bundle is shown from there, no longer from
	// static/, though the article did not change.
	picture := "content/hoi-nghi/2024/tong-ket/logo.svg"
	if err := os.WriteFile(filepath.Join(src, picture), []byte("png"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err = s.Build([]string{picture})
	if err != nil {
		t.Fatal(err)
	}
	if page, _ := out.Files.Lookup("hoi-nghi/2024/tong-ket/index.html"); !strings.Contains(string(page.Data), `<img src=logo.svg alt=Logo`) {
		t.Errorf("the page does not show the bundle's picture:\n%s", page.Data)
	}

	strict, err := NewSession(Options{Source: src, Now: testNow, Strict: true})
	if err != nil {
		t.Fatal(err)
	}
	defer strict.Close()
	var ce diagnostic.List
	if _, err := strict.Build(nil); !errors.As(err, &ce) || len(ce) != 3 {
		t.Fatalf("under Strict: got %v, want the three warnings", err)
	}
	if strict.Site() != nil {
		t.Error("a session whose first build failed has a site")
	}
}
