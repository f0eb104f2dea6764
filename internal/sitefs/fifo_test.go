//go:build unix

package sitefs

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestNamedPipe: a named pipe, directly or through a link, is refused at
// once by ReadFile and Open, where reading it would wait for a writer.
func TestNamedPipe(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "site.yaml"), 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	if err := os.Symlink("site.yaml", filepath.Join(dir, "link.yaml")); err != nil {
		t.Fatal(err)
	}
	f, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	done := make(chan struct{})
	go func() {
		defer close(done)
		for _, name := range []string{"site.yaml", "link.yaml"} {
			if _, err := f.ReadFile(name); !errors.Is(err, ErrNotRegular) {
				t.Errorf("ReadFile(%s): %v, want ErrNotRegular", name, err)
			}
			if _, err := fs.ReadFile(f, name); !errors.Is(err, ErrNotRegular) {
				t.Errorf("fs.ReadFile(%s): %v, want ErrNotRegular", name, err)
			}
			if file, err := f.Open(name); !errors.Is(err, ErrNotRegular) {
				t.Errorf("Open(%s): %v, want ErrNotRegular", name, err)
				if file != nil {
					file.Close()
				}
			}
		}
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("reading a named pipe blocked")
	}
}
