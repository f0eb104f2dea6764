// Package sitetest writes whole sites for tests from txtar archives: each
// file of the archive becomes a file of a new folder, at its slash path,
// with its folders made; Articles writes a site of any number of plain
// articles. It is for tests only, as net/http/httptest is.
package sitetest

import (
	"os"
	"path/filepath"
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

// WriteArchive writes the files of a into dir.
func WriteArchive(t testing.TB, dir string, a *txtar.Archive) {
	t.Helper()
	for _, f := range a.Files {
		writeFile(t, filepath.Join(dir, filepath.FromSlash(f.Name)), f.Data)
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
