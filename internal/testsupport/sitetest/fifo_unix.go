//go:build unix

package sitetest

import (
	"syscall"
	"testing"
)

// mkfifo makes a named pipe at p, for fixtures' "-- fifo <path> --".
func mkfifo(t testing.TB, p string) {
	t.Helper()
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Fatal(err)
	}
}
