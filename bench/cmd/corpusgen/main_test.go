package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	other := t.TempDir()
	if err := os.WriteFile(filepath.Join(other, "notes.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		args   []string
		status int
		out    string // in stdout, for status 0; in stderr otherwise
	}{
		{nil, 2, "-n must be at least 1"},
		{[]string{"-n", "3"}, 2, "-out is required"},
		{[]string{"-n", "x", "-out", dir}, 2, "invalid value"},
		{[]string{"-n", "3", "-out", dir, "extra"}, 2, "unexpected argument"},
		{[]string{"-n", "3", "-out", dir}, 0, "wrote 3 articles"},
		{[]string{"-n", "5", "-out", dir, "-seed", "9"}, 0, "wrote 5 articles"}, // replaces the corpus
		{[]string{"-n", "2", "-out", other}, 1, "not empty"},
	}
	for _, c := range cases {
		var stdout, stderr bytes.Buffer
		status := run(c.args, &stdout, &stderr)
		got := stderr.String()
		if c.status == 0 {
			got = stdout.String()
		}
		if status != c.status || !strings.Contains(got, c.out) {
			t.Errorf("corpusgen %s: status %d, stdout %q, stderr %q; want status %d and %q",
				strings.Join(c.args, " "), status, stdout.String(), stderr.String(), c.status, c.out)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "site.yaml")); err != nil {
		t.Error(err)
	}
}
