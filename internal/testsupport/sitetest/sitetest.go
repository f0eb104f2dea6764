// Package sitetest writes whole sites for tests from txtar archives: each
// file of the archive becomes a file of a new folder, at its slash path,
// with its folders made; Articles writes a site of any number of plain
// articles. It is for tests only, as net/http/httptest is.
package sitetest

import (
	"bytes"
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// Write writes the files of the txtar text archive into a new temporary
// folder, removed when the test ends, and returns the folder.
func Write(t testing.TB, archive string) string {
	t.Helper()
	dir := t.TempDir()
	WriteArchive(t, dir, txtar.Parse([]byte(archive)))
	return dir
}

// WriteArchive writes the files of a into dir. Three kinds of section make
// something else than the section's text: "symlink PATH" a symbolic link
// at PATH to the section's first line, "fifo PATH" a named pipe at PATH
// (the test is skipped where there are none), and "base64 PATH" a file at
// PATH holding the bytes the section's text encodes in standard base64
// (lines of any length), for pictures and other binary files. In a file, the four characters \xFF
// stand for the byte 0xFF, for tests of encodings.
func WriteArchive(t testing.TB, dir string, a *txtar.Archive) {
	t.Helper()
	for _, f := range a.Files {
		name, kind := f.Name, ""
		if k, rest, ok := strings.Cut(f.Name, " "); ok && (k == "symlink" || k == "fifo" || k == "base64") {
			name, kind = rest, k
		}
		p := filepath.Join(dir, filepath.FromSlash(name))
		switch kind {
		case "symlink":
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(strings.TrimSpace(string(f.Data)), p); err != nil {
				t.Fatal(err)
			}
		case "base64":
			data, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(string(f.Data)), ""))
			if err != nil {
				t.Fatalf("section %q: %v", f.Name, err)
			}
			writeFile(t, p, data)
		case "fifo":
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			mkfifo(t, p)
		default:
			writeFile(t, p, bytes.ReplaceAll(f.Data, []byte(`\xFF`), []byte{0xFF}))
		}
	}
}

// writeFile writes data to the file p, making its folders.
func writeFile(t testing.TB, p string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
