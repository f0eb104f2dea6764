package archetype

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"vinhdanh/internal/build"
	sitecheck "vinhdanh/internal/check"
	"vinhdanh/internal/metadata"
)

// TestNewSiteBuilds checks that a new site builds at once, with no warning
// but the one about base_url, which the workflows' --base-url answers, and
// that it passes check and a strict build with --base-url, as in CI. It is
// built at the new site's own clock, not the test's: its articles are in
// the past on any day after it was written.
func TestNewSiteBuilds(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "trang-cua-toi")
	created, err := CreateSite(SiteRequest{Folder: dir, Version: "1.2.0", Repository: "vinhdanh/vinhdanh"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"site.yaml", ".gitignore", ".gitlab-ci.yml", ".github/workflows/pages.yml", "static/.gitkeep"} {
		if _, err := os.Stat(filepath.Join(dir, want)); err != nil {
			t.Errorf("no %s: %v", want, err)
		}
	}
	if len(created.Files) < 9 {
		t.Errorf("wrote %d files: %v", len(created.Files), created.Files)
	}
	now := time.Now()
	sum, err := build.Run(build.Options{Source: dir, Dest: filepath.Join(t.TempDir(), "public"), Now: now})
	if err != nil {
		t.Fatalf("the new site does not build: %v", err)
	}
	if sum.Articles != 4 || sum.Drafts != 0 || sum.Future != 0 {
		t.Errorf("%d articles, %d drafts, %d future; want the 4 samples published", sum.Articles, sum.Drafts, sum.Future)
	}
	if len(sum.Warnings) != 1 || !strings.Contains(sum.Warnings[0].Message, "base_url is not set") {
		t.Errorf("warnings: %v; want only the one about base_url", sum.Warnings)
	}
	opts := build.Options{Source: dir, Dest: filepath.Join(t.TempDir(), "public"), BaseURL: "https://owner.github.io/trang/", Now: now, Strict: true}
	if rep, err := sitecheck.Run(t.Context(), sitecheck.Options{Build: opts}); err != nil || len(rep.Diagnostics) > 0 {
		t.Errorf("check --strict --base-url: %v %v", err, rep)
	}
	if _, err := build.Run(opts); err != nil {
		t.Errorf("build --strict --base-url: %v", err)
	}
}

// TestNewSiteFiles checks the files that are not the site's content: every
// key of site.yaml has a comment, the workflows name the release, and both
// workflows are YAML.
func TestNewSiteFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	if _, err := CreateSite(SiteRequest{Folder: dir, Version: "1.2.0", Repository: "owner/vinhdanh"}); err != nil {
		t.Fatal(err)
	}
	cfg, err := os.ReadFile(filepath.Join(dir, "site.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(string(cfg), "\n") {
		key, _, isKey := strings.Cut(strings.TrimSpace(line), ":")
		if isKey && !strings.HasPrefix(key, "#") && !strings.HasPrefix(key, "-") && !strings.Contains(line, " # ") && !strings.Contains(line, "  # ") {
			t.Errorf("site.yaml:%d: the key %s has no comment", i+1, key)
		}
	}
	for _, name := range []string{".github/workflows/pages.yml", ".gitlab-ci.yml"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		if strings.Contains(text, "@VERSION@") || !strings.Contains(text, `VINHDANH_VERSION: "1.2.0"`) || !strings.Contains(text, `"owner/vinhdanh"`) {
			t.Errorf("%s does not name release 1.2.0 of owner/vinhdanh", name)
		}
		if !strings.Contains(text, "sha256sum -c") || strings.Count(text, "vinhdanh check") != 1+strings.Count(name, "gitlab") {
			t.Errorf("%s should verify the archive, and run check once a job", name)
		}
		if !strings.Contains(text, ".vinhdanh-cache") {
			t.Errorf("%s should keep the pictures' cache between runs", name)
		}
		if _, err := metadata.Parse(metadata.YAML, data, metadata.Pos{Line: 1, Col: 1}); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestNewSiteFolder checks which folders CreateSite takes: a new one, an
// empty one, one with only .git; never one with files.
func TestNewSiteFolder(t *testing.T) {
	empty := t.TempDir()
	withGit := t.TempDir()
	if err := os.Mkdir(filepath.Join(withGit, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{filepath.Join(t.TempDir(), "a", "b"), empty, withGit} {
		if _, err := CreateSite(SiteRequest{Folder: dir, Version: "1.2.0"}); err != nil {
			t.Errorf("%s: %v", dir, err)
		}
	}
	full := t.TempDir()
	if err := os.WriteFile(filepath.Join(full, "ghi-chu.txt"), []byte("của tôi"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := CreateSite(SiteRequest{Folder: full, Version: "1.2.0"})
	var ne *NotEmptyError
	if !errors.As(err, &ne) || len(ne.Names) != 1 || ne.Names[0] != "ghi-chu.txt" {
		t.Errorf("a folder with a file: %v; want a NotEmptyError naming ghi-chu.txt", err)
	}
	if entries, _ := os.ReadDir(full); len(entries) != 1 {
		t.Errorf("the refused folder holds %d entries; want it untouched", len(entries))
	}
	if _, err := CreateSite(SiteRequest{Folder: filepath.Join(full, "ghi-chu.txt")}); err == nil {
		t.Error("a file taken for a folder: no error")
	}
}

func TestIsRelease(t *testing.T) {
	for v, want := range map[string]bool{"1.2.0": true, "1.3.0-rc.1": true, "dev": false, "1.2.0-3-gabc1234": false, "1.2.0-dirty": false, "e2bbcec": false} {
		if IsRelease(v) != want {
			t.Errorf("IsRelease(%q) = %v", v, !want)
		}
	}
}
