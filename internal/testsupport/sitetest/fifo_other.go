//go:build !unix

package sitetest

import "testing"

// mkfifo skips a fixture with a named pipe where there are none.
func mkfifo(t testing.TB, p string) {
	t.Skip("no named pipes here")
}
