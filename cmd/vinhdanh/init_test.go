package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestInit runs init as an editor would: into a new folder, then again into
// the same folder, which is refused.
func TestInit(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "trang-cua-toi")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"init", dir}, &stdout, &stderr); code != 0 {
		t.Fatalf("init: exit %d\n%s%s", code, stdout.String(), stderr.String())
	}
	if !strings.Contains(stdout.String(), "site.yaml") || !strings.Contains(stdout.String(), "vinhdanh serve") {
		t.Errorf("init says:\n%s", stdout.String())
	}
	stdout.Reset()
	if code := run([]string{"build", "--source", dir, "--dest", filepath.Join(t.TempDir(), "public"), "--quiet", "--strict", "--base-url", "https://example.vn/"}, &stdout, &stderr); code != 0 {
		t.Errorf("build of the new site: exit %d\n%s%s", code, stdout.String(), stderr.String())
	}
	stderr.Reset()
	if code := run([]string{"init", "--lang", "en", dir}, &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), "is not empty (it holds .github, .gitignore, .gitlab-ci.yml, content, site.yaml, ...)") {
		t.Errorf("init into the same folder: exit %d\n%s", code, stderr.String())
	}
	if code := run([]string{"init", "a", "b"}, &stdout, &stderr); code != 2 {
		t.Errorf("init with two folders: exit %d", code)
	}
}

// TestMissingSite checks that each command, run where there is no
// site.yaml, says so and points to init.
func TestMissingSite(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "content"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"build", "--source", dir, "--dest", filepath.Join(t.TempDir(), "public")},
		{"check", "--source", dir},
		{"new", "news", "Tin mới", "--source", dir},
		{"serve", "--source", dir, "--port", "0"},
	} {
		var stdout, stderr bytes.Buffer
		code := run(append(args, "--lang", "en"), &stdout, &stderr)
		if code != 1 || !strings.Contains(stderr.String(), "has no site.yaml") || !strings.Contains(stderr.String(), "vinhdanh init") {
			t.Errorf("%s: exit %d\n%s", args[0], code, stderr.String())
		}
	}
}
