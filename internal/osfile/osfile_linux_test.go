package osfile

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestDirReadsBeneath checks that files beneath the folder are read, and
// that links out of it, and folders, are left to the caller.
func TestDirReadsBeneath(t *testing.T) {
	t.Parallel()
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
	d := OpenDir(dir)
	defer d.Close()
	if _, ok := d.ReadFile("content/tin-tuc/2025/a.md"); !ok && d.off.Load() {
		t.Skip("this kernel has no openat2 (Linux 5.6 and later have it)")
	}
	for name, read := range map[string]bool{"content/tin-tuc/2025/a.md": true, "content/inside.md": true, "content/outside.md": false, "content/absolute.md": false, "content/tin-tuc": false, "missing.md": false} {
		data, ok := d.ReadFile(name)
		if ok != read {
			t.Errorf("ReadFile(%s) read it: %v; want %v", name, ok, read)
		}
		if ok && string(data) != "# Bài\n" {
			t.Errorf("ReadFile(%s) = %q", name, data)
		}
	}
	if _, ok := OpenDir(filepath.Join(top, "missing")).ReadFile("a"); ok {
		t.Error("a Dir that could not be opened read a file")
	}
}

func TestExchangeAndWriteNew(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	for _, p := range []string{a, b} {
		if err := os.Mkdir(p, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := WriteNew(filepath.Join(p, "name"), []byte(filepath.Base(p))); err != nil {
			t.Fatal(err)
		}
	}
	err := Exchange(a, b)
	if errors.Is(err, errors.ErrUnsupported) {
		t.Skip("no RENAME_EXCHANGE on this file system")
	}
	if err != nil {
		t.Fatal(err)
	}
	if data, err := os.ReadFile(filepath.Join(a, "name")); err != nil || string(data) != "b" {
		t.Errorf("after Exchange, a holds %q, %v; want b's file", data, err)
	}
}
