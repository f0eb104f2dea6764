package sitefs

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"testing/fstest"
)

// site makes a folder with a nested file, a link to it, and a link and a
// file outside the folder.
func site(t *testing.T) string {
	t.Helper()
	top := t.TempDir()
	dir := filepath.Join(top, "site")
	for name, data := range map[string]string{"site/content/tin-tuc/2025/a.md": "# Bài\n", "secret.txt": "outside\n"} {
		p := filepath.Join(top, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for link, target := range map[string]string{"content/inside.md": "tin-tuc/2025/a.md", "content/outside.md": "../../secret.txt", "content/absolute.md": filepath.Join(top, "secret.txt")} {
		if err := os.Symlink(target, filepath.Join(dir, filepath.FromSlash(link))); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestReadFile(t *testing.T) {
	f, err := Open(site(t))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, name := range []string{"content/tin-tuc/2025/a.md", "content/inside.md"} {
		if data, err := f.ReadFile(name); err != nil || string(data) != "# Bài\n" {
			t.Errorf("ReadFile(%s) = %q, %v", name, data, err)
		}
	}
	for _, name := range []string{"content/outside.md", "content/absolute.md", "../secret.txt", "/secret.txt", "content/tin-tuc"} {
		if data, err := f.ReadFile(name); err == nil {
			t.Errorf("ReadFile(%s) = %q; want an error", name, data)
		}
	}
	if _, err := f.ReadFile("content/khong-co.md"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v; want fs.ErrNotExist", err)
	}
}

// TestFS runs the standard file system checks over a plain folder.
func TestFS(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "content", "a"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "content", "a", "b.md"), []byte("b"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := fstest.TestFS(f, "content/a/b.md"); err != nil {
		t.Error(err)
	}
}

// TestInterfaces checks that FS offers what an os.Root's FS offers, which
// callers look for by type.
func TestInterfaces(t *testing.T) {
	dir := t.TempDir()
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	f, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	theirs, ours := reflect.TypeOf(root.FS()), reflect.TypeOf(f)
	for _, iface := range []reflect.Type{
		reflect.TypeFor[fs.ReadFileFS](), reflect.TypeFor[fs.ReadDirFS](), reflect.TypeFor[fs.StatFS](),
		reflect.TypeFor[fs.ReadLinkFS](), reflect.TypeFor[fs.SubFS](), reflect.TypeFor[fs.GlobFS](),
	} {
		if theirs.Implements(iface) && !ours.Implements(iface) {
			t.Errorf("os.Root's FS is an %s and FS is not", iface)
		}
	}
}
