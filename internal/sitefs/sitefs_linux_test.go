package sitefs

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

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
