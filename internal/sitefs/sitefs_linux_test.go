package sitefs

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestOneCallReads checks that files beneath the folder are read the fast
// way, and that links out of it are left to the os.Root.
func TestOneCallReads(t *testing.T) {
	f, err := Open(site(t))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, ok := f.fast.readFile("content/tin-tuc/2025/a.md"); !ok && f.fast.off.Load() {
		t.Skip("this kernel has no openat2 (Linux 5.6 and later have it)")
	}
	for name, fast := range map[string]bool{"content/tin-tuc/2025/a.md": true, "content/inside.md": true, "content/outside.md": false, "content/absolute.md": false, "content/tin-tuc": false} {
		if _, ok := f.fast.readFile(name); ok != fast {
			t.Errorf("readFile(%s) read it: %v; want %v", name, ok, fast)
		}
	}
}

// TestNamedPipeNotWaitedOn opens and reads a named pipe, which a plain open
// would wait on until a writer came: both are refused at once.
func TestNamedPipeNotWaitedOn(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe"), 0o644); err != nil {
		t.Skip(err)
	}
	f, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	done := make(chan error, 2)
	go func() {
		_, err := f.Open("pipe")
		done <- err
		_, err = f.ReadFile("pipe")
		done <- err
	}()
	for range 2 {
		select {
		case err := <-done:
			if err == nil {
				t.Error("a named pipe was opened")
			}
		case <-time.After(5 * time.Second):
			t.Fatal("opening a named pipe waits")
		}
	}
}
