package build

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"vinhdanh/internal/diagnostic"

	"vinhdanh/internal/publish"
)

// copyDemo copies the repository's demo site (site.yaml, content/ and
// themes/) into a new folder and returns it.
func copyDemo(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{"site.yaml", "content", "themes/default"} {
		src := filepath.Join("..", "..", name)
		err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(filepath.Join("..", ".."), p)
			if d.IsDir() {
				return os.MkdirAll(filepath.Join(dir, rel), 0o755)
			}
			if strings.HasSuffix(p, "_test.go") {
				return nil
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(dir, rel), data, 0o644)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// memoryTree reads every file of a session's output.
func memoryTree(t *testing.T, m *publish.Memory) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, name := range m.Names() {
		f, _ := m.Lookup(name)
		if f.Source != nil {
			data, err := fs.ReadFile(f.Source, f.SourcePath)
			if err != nil {
				t.Fatal(err)
			}
			out[name] = string(data)
			continue
		}
		out[name] = string(f.Data)
	}
	return out
}

// sessionBuild builds again after changed, finishes the search index, and
// returns the whole output with the paths the build reported changed.
func sessionBuild(t *testing.T, s *Session, changed ...string) (map[string]string, []string) {
	t.Helper()
	if changed == nil {
		changed = []string{}
	}
	out, err := s.Build(changed)
	if err != nil {
		t.Fatalf("session build after %v: %v", changed, err)
	}
	files := out.Files
	if job := s.SearchJob(); job != nil {
		found, err := job.Run()
		if err != nil {
			t.Fatal(err)
		}
		withSearch, err := s.AddSearch(found)
		if err != nil || withSearch == nil {
			t.Fatalf("adding the search index: %v, %v", withSearch, err)
		}
		files = withSearch.Files
	}
	return memoryTree(t, files), out.Changed
}

// compareWithBuild checks that a session's output is what a whole build of
// the same sources writes.
func compareWithBuild(t *testing.T, step, site string, got map[string]string, now time.Time) {
	t.Helper()
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := Run(Options{Source: site, Dest: dest, Now: now}); err != nil {
		t.Fatalf("%s: whole build: %v", step, err)
	}
	want := readTree(t, dest)
	delete(want, publish.Marker)
	for name, data := range want {
		if g, ok := got[name]; !ok {
			t.Errorf("%s: the session's output lacks %s", step, name)
		} else if g != data {
			t.Errorf("%s: %s differs from a whole build's: %s", step, name, firstDifference(g, data))
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("%s: the session's output has %s, which a whole build does not", step, name)
		}
	}
}

func TestSessionMatchesWholeBuilds(t *testing.T) {
	site := copyDemo(t)
	now := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	s, err := NewSession(Options{Source: site, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	first, err := s.Build(nil)
	if err != nil {
		t.Fatal(err)
	}
	if first.Changed != nil {
		t.Errorf("a first build reports changes: %v", first.Changed)
	}
	got, _ := sessionBuild(t, s)
	compareWithBuild(t, "first build", site, got, now)

	// A YAML article whose summary is its first paragraph.
	article := "content/tin-tuc/2019/quang-tri-kiem-tra-cong-tac-thi-dua-khen-thuong.md"
	edit := func(name string, change func(string) string) {
		t.Helper()
		p := filepath.Join(site, filepath.FromSlash(name))
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(change(string(data))), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	steps := []struct {
		name    string
		file    string
		change  func(string) string
		changed []string // among the paths reported changed
	}{
		{"body edit", article, func(s string) string { return s + "\nMột đoạn mới về phong trào thi đua.\n" }, nil},
		{"first paragraph edit", article, func(s string) string {
			end := 4 + strings.Index(s[4:], "\n---\n") + 5
			return s[:end] + "\nĐoạn mở đầu đã sửa.\n" + s[end:]
		}, []string{"tinh/quang-tri/index.html"}},
		{"title edit", article, func(s string) string {
			return strings.Replace(s, "title: ", "title: Sửa tiêu đề ", 1)
		}, []string{"tinh/quang-tri/index.html"}},
		{"date edit", article, func(s string) string {
			i := strings.Index(s, "date: ")
			end := strings.Index(s[i:], "\n")
			return s[:i] + "date: 2026-05-30" + s[i+end:]
		}, []string{"index.html", "tin-tuc/index.html"}},
		// A photo saved again: new copies, new names, in its page and cards.
		{"photo edit", "content/dien-hinh/2024/ho-ong-y-khue-mlo-va-vuon-ca-phe-xanh/vuon-ca-phe.jpg",
			func(string) string { return string(photo(t, 900, 600)) },
			[]string{"dien-hinh/2024/ho-ong-y-khue-mlo-va-vuon-ca-phe-xanh/index.html"}},
		{"site.yaml edit", "site.yaml", func(s string) string { return s + "\n" }, nil},
		{"theme edit", "themes/default/static/css/main.css", func(s string) string { return s + "\nbody{margin:0}\n" }, nil},
	}
	for _, step := range steps {
		edit(step.file, step.change)
		got, changed := sessionBuild(t, s, step.file)
		compareWithBuild(t, step.name, site, got, now)
		for _, want := range step.changed {
			if !contains(changed, want) {
				t.Errorf("%s: %s is not among the changed paths %v", step.name, want, changed)
			}
		}
	}

	// A new article, then the article deleted.
	added := "content/tin-tuc/2026/bai-moi.md"
	if err := os.MkdirAll(filepath.Join(site, "content/tin-tuc/2026"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(site, added), []byte("---\ntitle: Bài mới về thi đua\ndate: 2026-05-31\nkind: news\nprovince: Hà Nội\n---\n\nNội dung bài mới.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, changed := sessionBuild(t, s, added)
	compareWithBuild(t, "new article", site, got, now)
	if !contains(changed, "tin-tuc/2026/bai-moi/index.html") {
		t.Errorf("the new article is not among the changed paths")
	}
	if err := os.Remove(filepath.Join(site, added)); err != nil {
		t.Fatal(err)
	}
	got, changed = sessionBuild(t, s, added)
	compareWithBuild(t, "deleted article", site, got, now)
	if !contains(changed, "tin-tuc/2026/bai-moi/index.html") {
		t.Errorf("the deleted article is not among the changed paths")
	}

	// A broken edit fails and leaves the session able to build the fix.
	edit(article, func(s string) string { return strings.Replace(s, "kind: ", "kind: x", 1) })
	_, err = s.Build([]string{article})
	var ce diagnostic.List
	if !errors.As(err, &ce) || !strings.Contains(ce.Error(), article) {
		t.Fatalf("a broken edit: got %v, want an error naming %s", err, article)
	}
	edit(article, func(s string) string { return strings.Replace(s, "kind: x", "kind: ", 1) })
	got, _ = sessionBuild(t, s, article)
	compareWithBuild(t, "fixed edit", site, got, now)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestSessionSearchAfterFailedBuild is the preview's sequence of issue 14: a
// good save, then a broken one before the search index of the good one is
// made. The index of the good build is made with that build's renderer and
// articles, and the session builds the fix.
func TestSessionSearchAfterFailedBuild(t *testing.T) {
	site := copyDemo(t)
	now := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	s, err := NewSession(Options{Source: site, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Build(nil); err != nil {
		t.Fatal(err)
	}
	article := "content/tin-tuc/2019/quang-tri-kiem-tra-cong-tac-thi-dua-khen-thuong.md"
	p := filepath.Join(site, filepath.FromSlash(article))
	good, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	write := func(data string) {
		t.Helper()
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(string(good) + "\nMột đoạn mới.\n")
	if _, err := s.Build([]string{article}); err != nil {
		t.Fatal(err)
	}
	goodBuild := s.out
	write(strings.Replace(string(good), "kind: ", "kind: x", 1))
	if _, err := s.Build([]string{article}); err == nil {
		t.Fatal("a broken save built")
	}
	// A body edit of the broken site fails too, and may update articles
	// in place: the index of the good build must not see it.
	write(strings.Replace(string(good), "kind: ", "kind: x", 1) + "\nThêm nữa.\n")
	if _, err := s.Build([]string{article}); err == nil {
		t.Fatal("a broken save built")
	}
	job := s.SearchJob()
	if job == nil {
		t.Fatal("no search job for the good build")
	}
	files, err := job.Run()
	if err != nil {
		t.Fatal(err)
	}
	withIndex, err := s.AddSearch(files)
	if err != nil || withIndex == nil {
		t.Fatalf("adding the good build's index: %v, %v", withIndex, err)
	}
	write(string(good) + "\nMột đoạn mới.\n")
	got := memoryTree(t, withIndex.Files)
	compareWithBuild(t, "the good build with its index", site, got, now)
	if s.out == goodBuild {
		t.Error("the index did not replace the good build's output")
	}
	got, _ = sessionBuild(t, s, article)
	compareWithBuild(t, "the fix", site, got, now)
}
