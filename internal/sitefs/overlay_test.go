package sitefs

import (
	"errors"
	"io/fs"
	"maps"
	"slices"
	"testing"
	"testing/fstest"
)

// TestOverlayIsAFileSystem checks Overlay with the standard file system
// tests: a new file in folders that exist, in part or not at all, and two
// trees that share folders and files.
func TestOverlayIsAFileSystem(t *testing.T) {
	t.Parallel()
	newFile := fstest.MapFS{"content/tin-tuc/2026/moi.md": {Data: []byte("---\ntitle: Mới\n---\n")}}
	for _, c := range []struct{ top, bottom fstest.MapFS }{
		{newFile, fstest.MapFS{"site.yaml": {Data: []byte("title: T\n")}}},
		{newFile, fstest.MapFS{"content/hoi-nghi/2025/a.md": {Data: []byte("a")}}},
		{newFile, fstest.MapFS{"content/tin-tuc/2026/b.md": {Data: []byte("b")}, "static/x.css": {Data: []byte("x")}}},
		{
			fstest.MapFS{"layouts/article.html": {Data: []byte("site's")}, "static/site.css": {Data: []byte("s")}},
			fstest.MapFS{"layouts/article.html": {Data: []byte("default")}, "layouts/list.html": {Data: []byte("l")}, "static/main.css": {Data: []byte("m")}},
		},
	} {
		o := Overlay(c.top, c.bottom)
		names := slices.Sorted(maps.Keys(c.top))
		for p := range c.bottom {
			if c.top[p] == nil {
				names = append(names, p)
			}
		}
		if err := fstest.TestFS(o, names...); err != nil {
			t.Errorf("top %v over %v: %v", slices.Sorted(maps.Keys(c.top)), slices.Sorted(maps.Keys(c.bottom)), err)
		}
	}
}

func TestOverlayTopWins(t *testing.T) {
	t.Parallel()
	o := Overlay(
		fstest.MapFS{"a.html": {Data: []byte("top")}, "link": {Data: []byte("a.html"), Mode: fs.ModeSymlink}},
		fstest.MapFS{"a.html": {Data: []byte("bottom")}, "b.html": {Data: []byte("b")}},
	)
	for name, want := range map[string]string{"a.html": "top", "b.html": "b"} {
		if data, err := fs.ReadFile(o, name); err != nil || string(data) != want {
			t.Errorf("ReadFile(%s) = %q, %v; want %q", name, data, err, want)
		}
	}
	if target, err := fs.ReadLink(o, "link"); err != nil || target != "a.html" {
		t.Errorf("ReadLink = %q, %v", target, err)
	}
	if info, err := fs.Lstat(o, "link"); err != nil || info.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("Lstat(link) = %v, %v; want a link", info, err)
	}
	if _, err := fs.ReadFile(o, "c.html"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("ReadFile of a name neither has: %v", err)
	}
}
