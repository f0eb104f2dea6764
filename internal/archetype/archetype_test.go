package archetype

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"vinhdanh/internal/build"
	"vinhdanh/internal/content"
	"vinhdanh/internal/metadata"
	"vinhdanh/internal/testsupport/sitetest"
)

var now = time.Date(2026, 11, 21, 10, 30, 0, 0, time.UTC) // 17:30 in Hà Nội

const baseSite = `
-- site.yaml --
title: Trang thử
base_url: http://localhost/
-- content/quyet-dinh/2023/qd-1378.md --
---
title: Khen thưởng 41 tập thể, cá nhân
date: 2023-08-20
kind: decision
province: Bắc Kạn
decision: {number: 1378/QĐ-UBND, signed: 2023-08-14}
---
Nội dung.
`

// buildDrafts builds the site with drafts and fails the test on an error.
func buildDrafts(t *testing.T, dir string) *build.Summary {
	t.Helper()
	sum, err := build.Run(build.Options{Source: dir, Dest: filepath.Join(t.TempDir(), "public"), Drafts: true, Now: now.Add(time.Hour)})
	if err != nil {
		t.Fatalf("the site does not build with the new article:\n%v", err)
	}
	return sum
}

// TestEveryKindBuildsAsWritten creates an article of each kind and builds
// the site: as a draft and, once draft: true is gone and the keys the
// warnings name are filled in, published.
func TestEveryKindBuildsAsWritten(t *testing.T) {
	fill := map[string][2]string{
		"decision": {"  number:  #", `  number: "946/QĐ-UBND"  #`},
		"exemplar": {"  name:  #", `  name: "Lò Thị Hoa"  #`},
	}
	for _, kind := range content.Kinds {
		t.Run(string(kind), func(t *testing.T) {
			dir := sitetest.Write(t, baseSite)
			got, err := Create(Request{Source: dir, Kind: string(kind), Title: "Hội nghị: tổng kết \"năm\" 2025", Province: "Bac Kan", Date: "02/06/2023 09:15", Now: now})
			if err != nil {
				t.Fatal(err)
			}
			want := "content/" + kind.Section() + "/2023/hoi-nghi-tong-ket-nam-2025.md"
			if got.Path != want {
				t.Errorf("wrote %s, want %s", got.Path, want)
			}
			src, err := os.ReadFile(filepath.Join(dir, want))
			if err != nil {
				t.Fatal(err)
			}
			text := string(src)
			for _, line := range []string{`title: "Hội nghị: tổng kết \"năm\" 2025"`, "date: 2023-06-02 09:15", "kind: " + string(kind), `province: "Bắc Kạn"`, "draft: true"} {
				if !strings.Contains(text, line+" ") {
					t.Errorf("the new file lacks %q:\n%s", line, text)
				}
			}
			sum := buildDrafts(t, dir)
			if sum.Articles != 2 {
				t.Errorf("built %d articles with drafts, want 2", sum.Articles)
			}
			if f, ok := fill[string(kind)]; ok {
				if len(got.Warnings) != 1 || !strings.Contains(got.Warnings[0].Message, "fill it in") {
					t.Errorf("warnings %v, want one that asks to fill in a key", got.Warnings)
				}
				text = strings.Replace(text, f[0], f[1], 1)
			} else if len(got.Warnings) != 0 {
				t.Errorf("unexpected warnings %v", got.Warnings)
			}
			text = strings.Replace(text, "draft: true", "draft: false", 1)
			if err := os.WriteFile(filepath.Join(dir, want), []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			sum, err = build.Run(build.Options{Source: dir, Dest: filepath.Join(t.TempDir(), "public"), Strict: true, Now: now})
			if err != nil {
				t.Fatalf("the filled-in article does not build under --strict:\n%v", err)
			}
			if sum.Articles != 2 {
				t.Errorf("published %d articles, want 2", sum.Articles)
			}
		})
	}
}

// TestArchetypeListsEveryKey checks that each kind's file names every key
// an article may have, each with a comment.
func TestArchetypeListsEveryKey(t *testing.T) {
	for _, kind := range content.Kinds {
		dir := sitetest.Write(t, baseSite)
		got, err := Create(Request{Source: dir, Kind: string(kind), Title: "Bài mới", Now: now})
		if err != nil {
			t.Fatal(err)
		}
		src, _ := os.ReadFile(filepath.Join(dir, got.Path))
		// decision: and exemplar: belong to their kinds only.
		var keys []string
		for _, k := range content.FrontMatterKeys {
			if (k != "decision" || kind == content.Decision) && (k != "exemplar" || kind == content.Exemplar) {
				keys = append(keys, k)
			}
		}
		switch kind {
		case content.Decision:
			keys = append(keys, content.DecisionKeys...)
		case content.Exemplar:
			keys = append(keys, content.ExemplarKeys...)
		}
		for _, key := range keys {
			if !regexp.MustCompile(`(?m)\b` + key + `:`).Match(src) {
				t.Errorf("%s: the new file does not name %s:\n%s", kind, key, src)
			}
		}
		for i, line := range strings.Split(string(src), "\n") {
			if strings.Contains(line, ":") && !strings.HasPrefix(line, "#") && !strings.Contains(line, "  # ") {
				t.Errorf("%s: line %d has no comment: %q", kind, i+1, line)
			}
		}
	}
}

func TestDefaultsAreNowAndNational(t *testing.T) {
	dir := sitetest.Write(t, baseSite)
	got, err := Create(Request{Source: dir, Kind: "Tin tức", Title: "Phát động thi đua", Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if got.Path != "content/tin-tuc/2026/phat-dong-thi-dua.md" || got.Future {
		t.Errorf("got %+v", got)
	}
	src, _ := os.ReadFile(filepath.Join(dir, got.Path))
	for _, want := range []string{"date: 2026-11-21 17:30 ", `province: "Trung ương" `} {
		if !strings.Contains(string(src), want) {
			t.Errorf("the new file lacks %q:\n%s", want, src)
		}
	}
	future, err := Create(Request{Source: dir, Kind: "news", Title: "Sắp diễn ra", Date: "2027-01-05", Now: now})
	if err != nil || !future.Future || future.Path != "content/tin-tuc/2027/sap-dien-ra.md" {
		t.Errorf("a future date: %+v, %v", future, err)
	}
}

func TestRefusals(t *testing.T) {
	dir := sitetest.Write(t, baseSite+`
-- content/tin-tuc/2026/da-co/index.md --
---
title: Đã có
date: 2026-01-02
kind: news
---
-- content/tin-tuc/2026/bai-khac.md --
---
title: Bài khác
date: 2026-01-02
kind: news
slug: trung-dia-chi
---
`)
	for _, c := range []struct {
		req  Request
		want string
	}{
		{Request{Kind: "decision", Title: "Khen thưởng 41 tập thể", Date: "2023-08-20"}, ""},
		{Request{Kind: "decision", Title: "Khen thưởng 41 tập thể", Date: "2023-08-20"}, "content/quyet-dinh/2023/khen-thuong-41-tap-the.md already exists"},
		{Request{Kind: "news", Title: "Đã có", Date: "2026-03-01"}, "content/tin-tuc/2026/da-co/index.md already exists"},
		{Request{Kind: "news", Title: "Trùng địa chỉ", Date: "2026-03-01"}, "content/tin-tuc/2026/bai-khac.md"},
		{Request{Kind: "article", Title: "A"}, `unknown kind "article"`},
		{Request{Kind: "news", Title: "  "}, "the title is empty"},
		{Request{Kind: "news", Title: "?!"}, "no Latin letters or digits"},
		{Request{Kind: "news", Title: "A", Province: "Bac Can"}, `did you mean "Bắc Kạn"?`},
		{Request{Kind: "news", Title: "A", Date: "31/02/2023"}, "February 2023 has 28 days"},
	} {
		c.req.Source, c.req.Now = dir, now
		before := listFiles(t, dir)
		_, err := Create(c.req)
		if c.want == "" {
			if err != nil {
				t.Fatalf("%+v: %v", c.req, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: got %v, want an error with %q", c.req, err, c.want)
		}
		if after := listFiles(t, dir); after != before {
			t.Errorf("%+v: files changed from\n%s\nto\n%s", c.req, before, after)
		}
	}
}

func TestThemeArchetypes(t *testing.T) {
	dir := sitetest.Write(t, baseSite+`
-- site.yaml --
title: Trang thử
theme: toasoan
-- themes/toasoan/archetypes/news.md --
+++
title = {{ quote .Title }} # tiêu đề
date = "{{ .Date }}" # ngày đăng
kind = "{{ .Kind }}" # loại bài
draft = true # bản nháp
author = "Phòng Thi đua" # tác giả
+++

Tin {{ .Slug }} năm {{ .Year }}.
-- themes/toasoan/archetypes/conference.md --
---
title: {{ quote .Title }}
---
`)
	got, err := Create(Request{Source: dir, Kind: "news", Title: `Tin "mới"`, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	src, _ := os.ReadFile(filepath.Join(dir, got.Path))
	if want := "+++\ntitle = \"Tin \\\"mới\\\"\" # tiêu đề\ndate = \"2026-11-21 17:30\""; !strings.HasPrefix(string(src), want) || !strings.Contains(string(src), "Tin tin-moi năm 2026.") {
		t.Errorf("the theme's archetype was not used:\n%s", src)
	}
	buildDrafts(t, dir)

	// An archetype that leaves out a required key is refused, not written.
	_, err = Create(Request{Source: dir, Kind: "conference", Title: "Hội nghị", Now: now})
	var ce *NewFileError
	if !errors.As(err, &ce) || !strings.Contains(err.Error(), "content/hoi-nghi/2026/hoi-nghi.md:1:1: missing date") || ce.Archetype != "themes/toasoan/archetypes/conference.md" {
		t.Errorf("got %v, want the missing date of the new file", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "content/hoi-nghi/2026/hoi-nghi.md")); err == nil {
		t.Error("a file that does not build was written")
	}
	// The default theme's archetypes fill in for those the theme lacks.
	if _, err := Create(Request{Source: dir, Kind: "exemplar", Title: "Điển hình", Now: now}); err != nil {
		t.Error(err)
	}
}

func TestSlug(t *testing.T) {
	long := strings.Repeat("Thi đua yêu nước ", 10)
	s := Slug(long)
	if len(s) > MaxSlugLength || strings.HasSuffix(s, "-") || !strings.HasPrefix(s, "thi-dua-yeu-nuoc-thi-dua") {
		t.Errorf("Slug(%q) = %q", long, s)
	}
	if got := Slug(strings.Repeat("a", 100)); len(got) != MaxSlugLength {
		t.Errorf("an unbroken slug is %d long", len(got))
	}
	if got := Slug("Đường về nông thôn mới"); got != "duong-ve-nong-thon-moi" {
		t.Errorf("got %q", got)
	}
}

// FuzzQuote checks that quote writes strings that YAML and TOML read back
// unchanged.
func FuzzQuote(f *testing.F) {
	for _, s := range []string{"", "Hội nghị: tổng kết", `a "b" \c`, "tab\there", "line\nbreak", "\x7f#{{x}}", "'single'"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // titles come from the command line as text
		}
		var y struct{ V string }
		if err := yaml.Unmarshal([]byte("v: "+quote(s)+"\n"), &y); err != nil || y.V != s {
			t.Errorf("YAML read %s as %q (%v), want %q", quote(s), y.V, err, s)
		}
		tm, err := metadata.Parse(metadata.TOML, []byte("V = "+quote(s)+"\n"), metadata.Pos{Line: 1, Col: 1})
		if err != nil || tm.Get("V").Value != s {
			t.Errorf("TOML read %s as %v (%v), want %q", quote(s), tm.Get("V"), err, s)
		}
	})
}

func listFiles(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		b.WriteString(rel + "\n")
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}
