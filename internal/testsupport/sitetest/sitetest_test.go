package sitetest_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"vinhdanh/internal/testsupport/sitetest"
)

// TestWriteSections checks what each kind of section writes: text with
// \xFF made a byte, and base64 decoded across lines.
func TestWriteSections(t *testing.T) {
	dir := sitetest.Write(t, "-- a/b.txt --\nx\\xFFy\n-- base64 c/d.bin --\nAP8B\nAg==\n")
	for name, want := range map[string][]byte{"a/b.txt": {'x', 0xff, 'y', '\n'}, "c/d.bin": {0, 0xff, 1, 2}} {
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: % x, want % x", name, got, want)
		}
	}
}
