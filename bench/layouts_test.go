package bench

import (
	"os"
	"path/filepath"
	"testing"

	"vinhdanh/bench/corpus"
	"vinhdanh/internal/build"
)

// readTree returns every file under dir by slash path.
func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestCompiledLayoutsWriteTheSamePages builds a generated site of 400
// articles with the layouts compiled (as every build does) and with
// html/template alone: every file must be the same. (build's test of the
// same name does it on the demo site.)
func TestCompiledLayoutsWriteTheSamePages(t *testing.T) {
	t.Parallel()
	src := filepath.Join(t.TempDir(), "generated")
	if err := corpus.WriteDir(src, corpus.Options{Articles: 400}); err != nil {
		t.Fatal(err)
	}
	trees := make([]map[string]string, 2)
	for i, interpret := range []bool{false, true} {
		dest := filepath.Join(t.TempDir(), "public")
		sum, err := build.Run(build.Options{Source: src, Dest: dest, Now: testNow, Drafts: true, Future: true, Interpret: interpret})
		if err != nil {
			t.Fatal(err)
		}
		trees[i] = readTree(t, dest)
		// Every page of the site runs compiled: a page left to
		// html/template costs ten times as much.
		if n := sum.Interpreted; !interpret && n > 0 {
			t.Errorf("html/template ran %d layouts or cards that the compiled layouts should have", n)
		}
		if interpret && sum.Interpreted == 0 {
			t.Error("with Interpret, html/template ran no layout")
		}
	}
	if len(trees[0]) < 100 {
		t.Fatalf("only %d files", len(trees[0]))
	}
	for name, data := range trees[1] {
		if trees[0][name] != data {
			t.Errorf("%s differs from html/template's", name)
		}
	}
	if len(trees[0]) != len(trees[1]) {
		t.Errorf("file counts differ: %d and %d", len(trees[0]), len(trees[1]))
	}
}
