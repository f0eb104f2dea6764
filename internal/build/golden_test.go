package build

import (
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"vinhdanh/internal/testsupport/sitetest"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/output.txtar")

// TestGolden builds testdata/golden/site.txtar and compares every output
// file with testdata/golden/output.txtar.
func TestGolden(t *testing.T) {
	site, err := txtar.ParseFile("testdata/golden/site.txtar")
	if err != nil {
		t.Fatal(err)
	}
	src := t.TempDir()
	sitetest.WriteArchive(t, src, site)
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := Run(Options{Source: src, Dest: dest, Now: testNow}); err != nil {
		t.Fatal(err)
	}
	got := readTree(t, dest)
	names := make([]string, 0, len(got))
	for name := range got {
		names = append(names, name)
	}
	slices.Sort(names)
	out := &txtar.Archive{Comment: []byte("The output of site.txtar. Refresh with: go test ./internal/build -run TestGolden -update\n")}
	for _, name := range names {
		data := got[name]
		if strings.HasSuffix(name, ".bin") {
			// The search index: its bytes are tested in package search;
			// here a digest shows that they changed.
			data = fmt.Sprintf("binary, %d bytes, sha256 %x", len(data), sha256.Sum256([]byte(data)))
		}
		out.Files = append(out.Files, txtar.File{Name: name, Data: []byte(data + "\n")})
	}
	const golden = "testdata/golden/output.txtar"
	if *update {
		if err := os.WriteFile(golden, txtar.Format(out), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := txtar.ParseFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	wantFiles := map[string]string{}
	for _, f := range want.Files {
		wantFiles[f.Name] = string(f.Data)
	}
	for _, f := range out.Files {
		w, ok := wantFiles[f.Name]
		switch {
		case !ok:
			t.Errorf("new output file %s", f.Name)
		case w != string(f.Data):
			t.Errorf("%s differs from the golden file (run with -update if the change is right):\n%s", f.Name, firstDifference(string(f.Data), w))
		}
		delete(wantFiles, f.Name)
	}
	for name := range wantFiles {
		t.Errorf("output file %s is missing", name)
	}
}

// firstDifference shows where got and want first differ, with some context.
func firstDifference(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	lo := max(0, i-60)
	clip := func(s string) string {
		hi := min(len(s), i+60)
		if lo > hi {
			return ""
		}
		return strings.ToValidUTF8(s[lo:hi], "")
	}
	return fmt.Sprintf("at byte %d\n got: …%s…\nwant: …%s…", i, clip(got), clip(want))
}
