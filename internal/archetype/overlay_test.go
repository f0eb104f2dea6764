package archetype

import (
	"testing"
	"testing/fstest"
)

// TestWithFileIsAFileSystem checks the overlay with the standard file
// system tests, for a new file in folders that exist, in part or not at all.
func TestWithFileIsAFileSystem(t *testing.T) {
	const name = "content/tin-tuc/2026/moi.md"
	for _, base := range []fstest.MapFS{
		{"site.yaml": {Data: []byte("title: T\n")}},
		{"content/hoi-nghi/2025/a.md": {Data: []byte("a")}},
		{"content/tin-tuc/2026/b.md": {Data: []byte("b")}, "static/x.css": {Data: []byte("x")}},
	} {
		w := withFile{base: base, name: name, data: []byte("---\ntitle: Mới\n---\n")}
		var want []string
		for p := range base {
			want = append(want, p)
		}
		if err := fstest.TestFS(w, append(want, name)...); err != nil {
			t.Errorf("with %d base files: %v", len(base), err)
		}
	}
}
