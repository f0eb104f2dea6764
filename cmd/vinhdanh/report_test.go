package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"vinhdanh/internal/diagnostic"
	"vinhdanh/internal/i18n"
)

// TestGitHubAnnotations runs build and check as a GitHub Actions job
// would, on a site in a folder of the repository, and checks that every
// problem is also a workflow command that names the file from the
// repository's root.
func TestGitHubAnnotations(t *testing.T) {
	workspace := t.TempDir()
	src := filepath.Join(workspace, "trang")
	writeFixture(t, src, txtar.Parse([]byte(`
-- content/tin-tuc/2023/a.md --
---
title: Bài
date: 2023-09-01
kind: news
province: Bac Can
---
Xem [bài khác](/tin-tuc/2023/khong-co/) và ![ảnh](anh.png).
`)))
	t.Setenv("GITHUB_ACTIONS", "true")
	t.Setenv("GITHUB_WORKSPACE", workspace)

	var stdout, stderr bytes.Buffer
	code := run([]string{"build", "--lang", "en", "--source", src, "--dest", filepath.Join(t.TempDir(), "public"), "--now", "2026-11-21"}, &stdout, &stderr)
	want := `::error file=trang/content/tin-tuc/2023/a.md,line=5,col=11::unknown province "Bac Can" (did you mean "Bắc Kạn"?)` + "\n"
	if code != 1 || stdout.String() != want {
		t.Errorf("build: exit status %d, stdout:\n%s\nwant:\n%s", code, stdout.String(), want)
	}
	if !strings.Contains(stderr.String(), `content/tin-tuc/2023/a.md:5:11: unknown province`) {
		t.Errorf("the plain error is gone from stderr:\n%s", stderr.String())
	}

	p := filepath.Join(src, "content/tin-tuc/2023/a.md")
	text, _ := os.ReadFile(p)
	os.WriteFile(p, bytes.Replace(text, []byte("Bac Can"), []byte("Bắc Kạn"), 1), 0o644)
	stdout.Reset()
	stderr.Reset()
	// From the site's folder, as a workflow step with working-directory would.
	t.Chdir(src)
	code = run([]string{"check", "--lang", "en", "--now", "2026-11-21"}, &stdout, &stderr)
	for _, want := range []string{
		`::error file=trang/content/tin-tuc/2023/a.md,line=7,col=5::broken link "/tin-tuc/2023/khong-co/"`,
		`::error file=trang/content/tin-tuc/2023/a.md,line=7,col=44::missing image "anh.png"`,
		"Checked 1 article: 2 links and images inside the site, 0 web addresses (not asked; add --external).",
	} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("check printed:\n%s\nwant a line with:\n%s", stdout.String(), want)
		}
	}
	if code != 1 || !strings.Contains(stderr.String(), "2 errors.") {
		t.Errorf("check: exit status %d\n%s", code, stderr.String())
	}
}

func TestAnnotationEscapes(t *testing.T) {
	d := diagnostic.Diagnostic{File: "content/a,b:c.md", Line: 3, Message: "100% sure\nsecond line", Warning: true}
	got := annotation(i18n.En, d, "")
	want := "::warning file=content/a%2Cb%3Ac.md,line=3::100%25 sure%0Asecond line"
	if got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	for _, c := range []struct{ source, workspace, want string }{
		{".", "", ""},
		{"site", "", "site"},
		{"./site/", "", "site"},
		{"/w/repo/site", "/w/repo", "site"},
		{"/elsewhere/site", "/w/repo", "/elsewhere/site"},
	} {
		if got := repoPath(c.source, c.workspace); got != c.want {
			t.Errorf("repoPath(%q, %q) = %q, want %q", c.source, c.workspace, got, c.want)
		}
	}
}
