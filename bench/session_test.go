package bench

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"vinhdanh/bench/corpus"
	"vinhdanh/internal/build"
)

// BenchmarkSessionEdit times a session's rebuild after an edit of one
// article, on a generated site of 10,000 articles: the work the preview
// server does between a save and the reload. "body" adds a paragraph;
// "title" changes the front matter, so the site is arranged again.
func BenchmarkSessionEdit(b *testing.B) {
	src := filepath.Join(b.TempDir(), "site")
	if err := corpus.WriteDir(src, corpus.Options{Articles: 10000}); err != nil {
		b.Fatal(err)
	}
	var article string
	_ = filepath.WalkDir(filepath.Join(src, "content", "tin-tuc"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && article == "" && strings.HasSuffix(p, ".md") {
			article = p
		}
		return err
	})
	rel, _ := filepath.Rel(src, article)
	s, err := build.NewSession(build.Options{Source: src, Now: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Build(nil); err != nil {
		b.Fatal(err)
	}
	original, err := os.ReadFile(article)
	if err != nil {
		b.Fatal(err)
	}
	edits := map[string]func(i int) string{
		"body": func(i int) string { return string(original) + fmt.Sprintf("\nĐoạn thêm thứ %d.\n", i) },
		"title": func(i int) string {
			return strings.Replace(string(original), "title: \"", fmt.Sprintf("title: \"Sửa lần %d: ", i), 1)
		},
	}
	for _, name := range []string{"body", "title"} {
		b.Run(name, func(b *testing.B) {
			for i := range b.N {
				b.StopTimer()
				if err := os.WriteFile(article, []byte(edits[name](i)), 0o644); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				if _, err := s.Build([]string{filepath.ToSlash(rel)}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
