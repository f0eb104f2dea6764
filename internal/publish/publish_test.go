package publish

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"vinhdanh/internal/osfile"
)

func TestCommitReplacesWholeTree(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	p, err := Begin(dest)
	if err != nil {
		t.Fatal(err)
	}
	mustWrite(t, p, "index.html", "<p>một</p>")
	mustWrite(t, p, "cu/index.html", "<p>cũ</p>")
	if err := p.Commit(); err != nil {
		t.Fatal(err)
	}
	p, err = Begin(dest)
	if err != nil {
		t.Fatal(err)
	}
	mustWrite(t, p, "index.html", "<p>hai</p>")
	// Before Commit the old output is still what is there.
	if got := read(t, dest, "index.html"); got != "<p>một</p>" {
		t.Errorf("before commit: %q", got)
	}
	if err := p.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := read(t, dest, "index.html"); got != "<p>hai</p>" {
		t.Errorf("after commit: %q", got)
	}
	if _, err := os.Stat(filepath.Join(dest, "cu")); !os.IsNotExist(err) {
		t.Error("a file of the old tree is still there")
	}
	assertNoTemp(t, dest)
	if files, n := p.Stats(); files != 1 || n != int64(len("<p>hai</p>")) {
		t.Errorf("stats = %d files, %d bytes", files, n)
	}
}

func TestAbortLeavesOutput(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	if err := os.MkdirAll(dest, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string]string{"index.html": "cũ", Marker: markerText} {
		if err := os.WriteFile(filepath.Join(dest, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p, err := Begin(dest)
	if err != nil {
		t.Fatal(err)
	}
	mustWrite(t, p, "index.html", "<p>mới</p>")
	p.Abort()
	if got := read(t, dest, "index.html"); got != "cũ" {
		t.Errorf("abort changed the output: %q", got)
	}
	assertNoTemp(t, dest)
}

func TestForeignFolderIsNotReplaced(t *testing.T) {
	dest := t.TempDir()
	if err := os.WriteFile(filepath.Join(dest, "luan-van.txt"), []byte("việc cả năm"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Begin(dest); !errors.Is(err, ErrNotOutput) {
		t.Fatalf("Begin on a folder of other files: %v", err)
	}
	if got := read(t, dest, "luan-van.txt"); got != "việc cả năm" {
		t.Errorf("the folder changed: %q", got)
	}
	// An empty folder is fine, and the output it gets carries the marker.
	empty := filepath.Join(t.TempDir(), "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	p, err := Begin(empty)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := read(t, empty, Marker); got != markerText {
		t.Errorf("marker = %q", got)
	}
	if _, err := Begin(empty); err != nil {
		t.Errorf("a folder with the marker should be accepted: %v", err)
	}
}

func TestStaleFoldersAreRemoved(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	dead := filepath.Join(parent, ".public"+tempMarker+"999999999-abcd")
	// In a PID namespace a killed build may have been PID 1, which always
	// exists: its folder is unlocked, so stale all the same.
	deadOne := filepath.Join(parent, ".public"+tempMarker+"1-abcd")
	alive := filepath.Join(parent, ".public"+tempMarker+"1-ef01")
	other := filepath.Join(parent, ".other"+tempMarker+"999999999-abcd")
	for _, d := range []string{dead, deadOne, alive, other} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	lock, err := osfile.Lock(alive)
	if err != nil {
		t.Fatal(err)
	}
	if lock == nil {
		t.Skip("no locks here")
	}
	defer lock.Close()
	p, err := Begin(dest)
	if err != nil {
		t.Fatal(err)
	}
	p.Abort()
	for _, d := range []string{dead, deadOne} {
		if _, err := os.Stat(d); !os.IsNotExist(err) {
			t.Errorf("%s, the folder of a dead build, was kept", filepath.Base(d))
		}
	}
	for _, d := range []string{alive, other} {
		if _, err := os.Stat(d); err != nil {
			t.Errorf("%s should be kept: %v", filepath.Base(d), err)
		}
	}
}

func TestRefusals(t *testing.T) {
	p, err := Begin(filepath.Join(t.TempDir(), "public"))
	if err != nil {
		t.Fatal(err)
	}
	defer p.Abort()
	for _, bad := range []string{"../x.html", "/etc/x", "a/../../x", "", "a//b"} {
		if err := p.WriteRaw(bad, nil); err == nil {
			t.Errorf("writing %q should be refused", bad)
		}
	}
	mustWrite(t, p, "a.html", "x")
	if err := p.WriteRaw("a.html", nil); err == nil || !strings.Contains(err.Error(), "two files") {
		t.Errorf("a second write of a.html: %v", err)
	}
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Begin(file); err == nil {
		t.Error("a destination that is a file should be refused")
	}
}

func TestMinifyByExtension(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	p, err := Begin(dest)
	if err != nil {
		t.Fatal(err)
	}
	mustWrite(t, p, "a.html", "<!DOCTYPE html>\n<html lang=\"vi\">\n<head><title> T </title></head>\n<body>\n  <p class=\"x\">  Xin   chào  </p>\n<script>\ntry { f() } catch (e) { }\n</script>\n</body>\n</html>\n")
	mustWrite(t, p, "a.css", "body {\n  color : red ;\n}\n")
	mustWrite(t, p, "a.json", "{ \"a\" : [ 1, 2 ] }")
	mustWrite(t, p, "a.xml", "<?xml version=\"1.0\"?>\n<a>\n  <b>x</b>\n</a>\n")
	if err := p.Copy("b.js", fstest.MapFS{"b.js": {Data: []byte("function f ( a ) {\n  return a ;\n}\n")}}, "b.js"); err != nil {
		t.Fatal(err)
	}
	if err := p.Copy("c.pdf", fstest.MapFS{"c.pdf": {Data: []byte("%PDF  keep  spaces")}}, "c.pdf"); err != nil {
		t.Fatal(err)
	}
	if err := p.Commit(); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"a.html": `<!doctype html><html lang=vi><head><title>T</title></head><body><p class=x>Xin chào</p><script>try{f()}catch(e){}</script></body></html>`,
		"a.css":  "body{color:red}",
		"a.json": `{"a":[1,2]}`,
		"a.xml":  `<?xml version="1.0"?><a><b>x</b></a>`,
		"b.js":   "function f(e){return e}",
		"c.pdf":  "%PDF  keep  spaces",
	} {
		if got := read(t, dest, name); got != want {
			t.Errorf("%s = %q\nwant %q", name, got, want)
		}
	}
}

func mustWrite(t *testing.T, p *Publisher, name, data string) {
	t.Helper()
	if err := p.Write(name, []byte(data)); err != nil {
		t.Fatal(err)
	}
}

func read(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func assertNoTemp(t *testing.T, dest string) {
	t.Helper()
	entries, _ := os.ReadDir(filepath.Dir(dest))
	for _, e := range entries {
		if strings.Contains(e.Name(), tempMarker) {
			t.Errorf("leftover %s", e.Name())
		}
	}
}

func TestRenameFolder(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	p, err := Begin(dest)
	if err != nil {
		t.Fatal(err)
	}
	mustWrite(t, p, "tim/.tmp/s/1.bin", "một")
	mustWrite(t, p, "tim/.tmp/r.bin", "hai")
	mustWrite(t, p, "tim/index.html", "ba")
	if err := p.Rename("tim/.tmp", "tim/index.html"); err == nil {
		t.Error("renaming onto a written file should be refused")
	}
	if err := p.Rename("tim/.tmp", "../x"); err == nil {
		t.Error("renaming outside the output should be refused")
	}
	if err := p.Rename("tim/.tmp", "tim/abc"); err != nil {
		t.Fatal(err)
	}
	// The old names are free again, the new ones taken.
	mustWrite(t, p, "tim/.tmp/s/1.bin", "bốn")
	if err := p.WriteRaw("tim/abc/r.bin", nil); err == nil {
		t.Error("a moved file's new name should count as written")
	}
	if err := p.Rename("tim/.tmp", "tim/abc"); err == nil {
		t.Error("renaming onto an existing folder should be refused")
	}
	if err := p.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := read(t, dest, "tim/abc/s/1.bin"); got != "một" {
		t.Errorf("moved file holds %q", got)
	}
	if got := read(t, dest, "tim/.tmp/s/1.bin"); got != "bốn" {
		t.Errorf("file written after the move holds %q", got)
	}
}

// TestWrittenFiles checks that both outputs tell what they hold, before a
// Publisher commits: the link check reads them so.
func TestWrittenFiles(t *testing.T) {
	p, err := Begin(filepath.Join(t.TempDir(), "public"))
	if err != nil {
		t.Fatal(err)
	}
	defer p.Abort()
	m := NewMemory(nil)
	src := fstest.MapFS{"anh.jpg": {Data: []byte("jpeg")}}
	for _, out := range []interface {
		WriteRaw(name string, data []byte) error
		Copy(name string, src fs.FS, srcPath string) error
		Has(name string) bool
		Names() []string
		ReadFile(name string) ([]byte, error)
	}{p, m} {
		if err := out.WriteRaw("a/index.html", []byte(`<h2 id=x>`)); err != nil {
			t.Fatal(err)
		}
		if err := out.Copy("a/anh.jpg", src, "anh.jpg"); err != nil {
			t.Fatal(err)
		}
		if !out.Has("a/index.html") || !out.Has("a/anh.jpg") || out.Has("a") || out.Has("b/index.html") {
			t.Errorf("%T: Has is wrong", out)
		}
		if names := out.Names(); len(names) != 2 || names[0] != "a/anh.jpg" || names[1] != "a/index.html" {
			t.Errorf("%T: Names = %q", out, names)
		}
		for name, want := range map[string]string{"a/index.html": `<h2 id=x>`, "a/anh.jpg": "jpeg"} {
			if got, err := out.ReadFile(name); err != nil || string(got) != want {
				t.Errorf("%T: ReadFile(%s) = %q, %v", out, name, got, err)
			}
		}
		if _, err := out.ReadFile("b/index.html"); err == nil {
			t.Errorf("%T: reading a file not written succeeded", out)
		}
	}
}

// TestSwapByRenames checks the swap that systems without an atomic exchange
// of folders use, here on every system.
func TestSwapByRenames(t *testing.T) {
	parent := t.TempDir()
	a, b := filepath.Join(parent, "new"), filepath.Join(parent, "public")
	for dir, text := range map[string]string{a: "mới", b: "cũ"} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := exchangeByRenames(a, b); err != nil {
		t.Fatal(err)
	}
	for dir, want := range map[string]string{a: "cũ", b: "mới"} {
		if got, err := os.ReadFile(filepath.Join(dir, "index.html")); err != nil || string(got) != want {
			t.Errorf("%s holds %q, %v; want %q", filepath.Base(dir), got, err, want)
		}
	}
	if _, err := os.Lstat(asideName(b)); !os.IsNotExist(err) {
		t.Errorf("%s is left behind", asideName(b))
	}
}

// TestInterruptedSwapIsRepaired checks that a build killed between the two
// renames of the swap loses nothing: the next Begin puts the previous
// output back in place.
func TestInterruptedSwapIsRepaired(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	aside := asideName(dest)
	if err := os.MkdirAll(aside, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{Marker: markerText, "index.html": "cũ"} {
		if err := os.WriteFile(filepath.Join(aside, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p, err := Begin(dest)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := os.ReadFile(filepath.Join(dest, "index.html")); err != nil || string(got) != "cũ" {
		t.Errorf("after Begin, the previous output holds %q, %v", got, err)
	}
	p.Abort()
	if _, err := os.Lstat(aside); !os.IsNotExist(err) {
		t.Errorf("%s is left behind", aside)
	}
}
