package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"vinhdanh/internal/testsupport/sitetest"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the expected output of the invalid sites")

// defaultSiteYAML is used by fixtures that have no site.yaml of their own.
const defaultSiteYAML = "title: Trang thử\nbase_url: https://example.vn/\n"

// writeFixture writes a fixture's site into dir with sitetest.WriteArchive
// (so "symlink PATH" and "fifo PATH" sections, and \xFF in files, mean what
// they mean there), and site.yaml's default when the fixture has none.
// "args" and the sections that start with "want" are not files, and are
// returned; nor are "PATH contains" sections.
func writeFixture(t *testing.T, dir string, a *txtar.Archive) (args []string, wants map[string]string) {
	t.Helper()
	hasConfig := false
	wants = map[string]string{}
	site := &txtar.Archive{}
	for _, f := range a.Files {
		switch {
		case f.Name == "want" || strings.HasPrefix(f.Name, "want."):
			wants[f.Name] = string(f.Data)
		case f.Name == "args":
			args = strings.Fields(string(f.Data))
		case strings.HasSuffix(f.Name, " contains"):
		default:
			hasConfig = hasConfig || f.Name == "site.yaml" || f.Name == "fifo site.yaml"
			site.Files = append(site.Files, f)
		}
	}
	if !hasConfig {
		site.Files = append(site.Files, txtar.File{Name: "site.yaml", Data: []byte(defaultSiteYAML)})
	}
	sitetest.WriteArchive(t, dir, site)
	return args, wants
}

// previousOutput writes a stand-in for an earlier build's output.
func previousOutput(t *testing.T, dest string) map[string]string {
	t.Helper()
	files := map[string]string{
		"index.html":                       "<p>bản cũ</p>",
		"tin-tuc/2022/cu/index.html":       "<p>bài cũ</p>",
		"quyet-dinh/2022/x/quyet-dinh.pdf": "%PDF",
		".vinhdanh":                        "written by an earlier build",
	}
	for name, data := range files {
		p := filepath.Join(dest, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return files
}

// assertTree checks that dest holds exactly files, and that no build left
// a folder beside it.
func assertTree(t *testing.T, dest string, files map[string]string) {
	t.Helper()
	seen := 0
	err := filepath.WalkDir(dest, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dest, p)
		want, ok := files[filepath.ToSlash(rel)]
		got, _ := os.ReadFile(p)
		if !ok || string(got) != want {
			t.Errorf("previous output changed at %s", rel)
		}
		seen++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen != len(files) {
		t.Errorf("previous output has %d files, want %d", seen, len(files))
	}
	entries, _ := os.ReadDir(filepath.Dir(dest))
	for _, e := range entries {
		if strings.Contains(e.Name(), ".vinhdanh-") {
			t.Errorf("a build folder was left beside the output: %s", e.Name())
		}
	}
}

// TestInvalidSites builds each site of testdata/invalid, expecting exit
// status 1, exactly the errors of its "want" section (in Vietnamese, the
// default language) and of its "want.en" section (with --lang en), and the
// previous output untouched. Run with -update to rewrite both sections.
func TestInvalidSites(t *testing.T) {
	eachFixture(t, "testdata/invalid", func(t *testing.T, a *txtar.Archive, src string, args []string, wants map[string]string) {
		for _, lang := range []string{"vi", "en"} {
			dest := filepath.Join(t.TempDir(), "public")
			before := previousOutput(t, dest)
			var stdout, stderr bytes.Buffer
			code := run(append([]string{"build", "--lang", lang, "--source", src, "--dest", dest, "--now", "2026-11-21"}, args...), &stdout, &stderr)
			if code != 1 {
				t.Errorf("--lang %s: exit status %d, want 1\n%s", lang, code, stderr.String())
			}
			want := compareWant(t, a, wants, lang, stderr.String())
			if want != "" && !strings.Contains(want, ": ") {
				t.Errorf("the expected output names no file")
			}
			assertTree(t, dest, before)
		}
	})
}

// wantSection names the section of a fixture that holds its expected output
// in lang: "want" for Vietnamese, the default, "want.en" for English.
func wantSection(lang string) string {
	if lang == "vi" {
		return "want"
	}
	return "want." + lang
}

// eachFixture runs test on each fixture of dir, in a subtest, with the
// folder its site is written into, its args and its "want" sections; under
// -update it writes the fixture back once test has set its sections.
func eachFixture(t *testing.T, dir string, test func(t *testing.T, a *txtar.Archive, src string, args []string, wants map[string]string)) {
	fixtures, err := filepath.Glob(filepath.Join(dir, "*.txtar"))
	if err != nil || len(fixtures) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, path := range fixtures {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			a, err := txtar.ParseFile(path)
			if err != nil {
				t.Fatal(err)
			}
			src := t.TempDir()
			args, wants := writeFixture(t, src, a)
			test(t, a, src, args, wants)
			if *update {
				if err := os.WriteFile(path, txtar.Format(a), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

// compareWant checks the output got in lang against the fixture's section
// for lang, or, under -update, puts it there. It returns the section.
func compareWant(t *testing.T, a *txtar.Archive, wants map[string]string, lang, got string) string {
	t.Helper()
	section := wantSection(lang)
	want, ok := wants[section]
	switch {
	case *update:
		setSection(a, section, []byte(got))
	case !ok:
		t.Errorf("no %q section", section)
	case got != want:
		t.Errorf("--lang %s: printed:\n%s\nwant:\n%s", lang, got, want)
	}
	return want
}

// setSection puts data in a's section name, adding it when a has none.
func setSection(a *txtar.Archive, name string, data []byte) {
	for i := range a.Files {
		if a.Files[i].Name == name {
			a.Files[i].Data = data
			return
		}
	}
	// Vietnamese first, before the other languages.
	at := len(a.Files)
	for i := range a.Files {
		if name == "want" && strings.HasPrefix(a.Files[i].Name, "want.") {
			at = i
			break
		}
	}
	a.Files = slices.Insert(a.Files, at, txtar.File{Name: name, Data: data})
}

// TestWarningSites builds each site of testdata/warnings, what editors
// paste from a word processor: exit status 0, exactly the warnings of its
// "want" section (Vietnamese) and "want.en" section (--lang en), and in each
// output file named by a "public/PATH contains" section every line of that
// section. Run with -update to rewrite the "want" sections.
func TestWarningSites(t *testing.T) {
	eachFixture(t, "testdata/warnings", func(t *testing.T, a *txtar.Archive, src string, args []string, wants map[string]string) {
		dest := filepath.Join(t.TempDir(), "public")
		for _, lang := range []string{"vi", "en"} {
			var stdout, stderr bytes.Buffer
			code := run(append([]string{"build", "--lang", lang, "--source", src, "--dest", dest, "--now", "2026-11-21"}, args...), &stdout, &stderr)
			if code != 0 {
				t.Errorf("--lang %s: exit status %d, want 0\n%s", lang, code, stderr.String())
			}
			compareWant(t, a, wants, lang, stderr.String())
		}
		if !strings.Contains(wants["want.en"], ": warning: ") {
			t.Errorf("the expected output holds no warning")
		}
		checked := checkContains(t, a, dest)
		if checked == 0 {
			t.Errorf("no public/PATH contains section")
		}
	})
}

// TestPhotoSites builds each site of testdata/photos, pictures that are
// unusual but can be published (a CMYK JPEG, a 16-bit PNG): exit status
// 0, no warning, and in each output file named by a "public/PATH
// contains" section every line of that section.
func TestPhotoSites(t *testing.T) {
	eachFixture(t, "testdata/photos", func(t *testing.T, a *txtar.Archive, src string, args []string, wants map[string]string) {
		dest := filepath.Join(t.TempDir(), "public")
		var stdout, stderr bytes.Buffer
		code := run(append([]string{"build", "--strict", "--source", src, "--dest", dest, "--now", "2026-11-21", "--cache", t.TempDir()}, args...), &stdout, &stderr)
		if code != 0 || stderr.Len() > 0 {
			t.Errorf("exit status %d, want 0 and no warning\n%s", code, stderr.String())
		}
		if checkContains(t, a, dest) == 0 {
			t.Errorf("no public/PATH contains section")
		}
	})
}

// checkContains checks each "public/PATH contains" section of a: the
// output file PATH under dest holds every line of the section. It returns
// how many sections it checked.
func checkContains(t *testing.T, a *txtar.Archive, dest string) int {
	t.Helper()
	checked := 0
	for _, f := range a.Files {
		name, ok := strings.CutSuffix(f.Name, " contains")
		if !ok {
			continue
		}
		out, ok := strings.CutPrefix(name, "public/")
		if !ok {
			t.Fatalf("section %q: name a file of the output, public/PATH", f.Name)
		}
		page, err := os.ReadFile(filepath.Join(dest, filepath.FromSlash(out)))
		if err != nil {
			t.Error(err)
			continue
		}
		for _, line := range strings.Split(string(f.Data), "\n") {
			if line = strings.TrimSpace(line); line != "" && !bytes.Contains(page, []byte(line)) {
				t.Errorf("%s does not contain %s", name, line)
			}
		}
		checked++
	}
	return checked
}

// TestWarningsBuild builds each fixture of testdata/invalid that fails
// only under --strict without it: the build succeeds, writes the site, and
// prints as warnings what --strict made errors. The links and images of
// bodies are among them.
func TestWarningsBuild(t *testing.T) {
	fixtures, _ := filepath.Glob("testdata/invalid/*.txtar")
	tried := 0
	for _, path := range fixtures {
		a, err := txtar.ParseFile(path)
		if err != nil {
			t.Fatal(err)
		}
		src := t.TempDir()
		args, wants := writeFixture(t, src, a)
		want := wants["want.en"]
		if !slices.Equal(args, []string{"--strict"}) {
			continue
		}
		tried++
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			dest := filepath.Join(t.TempDir(), "public")
			var stdout, stderr bytes.Buffer
			if code := run([]string{"build", "--lang", "en", "--source", src, "--dest", dest, "--now", "2026-11-21"}, &stdout, &stderr); code != 0 {
				t.Fatalf("exit status %d\n%s", code, stderr.String())
			}
			lines := strings.SplitAfter(want, "\n")
			warnings := strings.Join(lines[:len(lines)-2], "") // all but the count and the empty end
			if got := stderr.String(); got != warnings || !strings.Contains(got, ": warning: ") {
				t.Errorf("printed:\n%s\nwant the warnings:\n%s", got, warnings)
			}
			if !strings.HasPrefix(stdout.String(), "Built ") {
				t.Errorf("no summary: %s", stdout.String())
			}
			if _, err := os.Stat(filepath.Join(dest, "index.html")); err != nil {
				t.Errorf("the site was not written: %v", err)
			}
		})
	}
	if tried < 6 {
		t.Errorf("only %d fixtures fail under --strict alone", tried)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"bulid"},
		{"build", "--no-such-flag"},
		{"build", "--now", "hôm qua"},
		{"build", "--base-url", "example.vn"},
		{"build", "extra-argument"},
		{"build", "--source", "/no/such/folder"},
		{"new"},
		{"new", "news"},
		{"new", "poem", "Bài thơ"},
		{"new", "news", "Tin", "--province", "Bac Can", "--source", "../.."},
		{"new", "news", "Tin", "--source", "/no/such/folder"},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(args, &stdout, &stderr); code != 2 {
			t.Errorf("%q: exit status %d, want 2", args, code)
		}
		if stderr.Len() == 0 {
			t.Errorf("%q: no message", args)
		}
	}
}

func TestVersion(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"version"}, &stdout, &stderr); code != 0 || !strings.HasPrefix(stdout.String(), "vinhdanh ") {
		t.Errorf("version: %d %q", code, stdout.String())
	}
}

func TestBuildTime(t *testing.T) {
	got, err := buildTime("", "1700000000")
	if err != nil || got.Unix() != 1700000000 {
		t.Errorf("SOURCE_DATE_EPOCH: %v %v", got, err)
	}
	got, err = buildTime("2026-11-21", "1700000000")
	if err != nil || got.Format("2006-01-02T15:04:05Z07:00") != "2026-11-21T00:00:00+07:00" {
		t.Errorf("--now wins over SOURCE_DATE_EPOCH: %v %v", got, err)
	}
	if _, err := buildTime("", "soon"); err == nil {
		t.Error("a bad SOURCE_DATE_EPOCH should be refused")
	}
}

// TestDemoSite builds the repository's own demo site strictly: no errors and
// no warnings.
func TestDemoSite(t *testing.T) {
	var stdout, stderr bytes.Buffer
	dest := filepath.Join(t.TempDir(), "public")
	code := run([]string{"build", "--lang", "en", "--source", "../..", "--dest", dest, "--strict", "--now", "2026-11-21"}, &stdout, &stderr)
	if code != 0 || stderr.Len() > 0 {
		t.Fatalf("exit status %d\n%s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "Built 49 articles (left out: 1 draft)") || !strings.Contains(stdout.String(), "pages: 49 articles, 177 list and index pages, 155 feeds, 2 aliases, 3 others") || !strings.Contains(stdout.String(), "search index: ") {
		t.Errorf("summary: %s", stdout.String())
	}
	for _, p := range []string{"index.html", "404.html", "quyet-dinh/2023/bac-kan-khen-thuong-41-tap-the-ca-nhan/quyet-dinh-1378-qd-ubnd.pdf",
		"tinh/index.html", "tinh/bac-kan/index.html", "luu-tru/index.html", "chu-de/index.html", "khen-thuong/index.html",
		"cum-thi-dua/index.html", "vinh-danh/index.html", "vinh-danh/luong-thi-hoa-nghe-an/index.html", "giai-doan/2021-2025/index.html", "nam/2023/index.html", "nam/2023/06/index.html",
		"sitemap.xml", "news-sitemap.xml", "robots.txt", "atom.xml", "index.xml", "tinh/bac-kan/index.xml", "tim-kiem/index.html"} {
		if _, err := os.Stat(filepath.Join(dest, p)); err != nil {
			t.Errorf("missing %s", p)
		}
	}
	// Every article is within three clicks of /tinh/ and of /luu-tru/.
	var articles []string
	for _, section := range []string{"hoi-nghi", "dien-hinh", "quyet-dinh", "tin-tuc"} {
		pages, _ := filepath.Glob(filepath.Join(dest, section, "20[0-9][0-9]", "*", "index.html"))
		articles = append(articles, pages...)
	}
	if len(articles) != 49 {
		t.Fatalf("%d article pages", len(articles))
	}
	for _, start := range []string{"/tinh/", "/luu-tru/"} {
		reached := clicks(t, dest, start, 3)
		for _, a := range articles {
			rel, _ := filepath.Rel(dest, filepath.Dir(a))
			if !reached["/"+filepath.ToSlash(rel)+"/"] {
				t.Errorf("%s is more than three clicks from %s", rel, start)
			}
		}
	}
}

var pageLink = regexp.MustCompile(`href="?(/[^"\s>#]*)`)

// clicks returns the site paths reachable from start by following at most
// depth links between the pages of the built site in dest.
func clicks(t *testing.T, dest, start string, depth int) map[string]bool {
	t.Helper()
	reached := map[string]bool{start: true}
	frontier := []string{start}
	for range depth {
		var next []string
		for _, page := range frontier {
			data, err := os.ReadFile(filepath.Join(dest, filepath.FromSlash(strings.TrimPrefix(page, "/")), "index.html"))
			if err != nil {
				continue // a file, not a page
			}
			for _, m := range pageLink.FindAllStringSubmatch(string(data), -1) {
				if !reached[m[1]] {
					reached[m[1]] = true
					next = append(next, m[1])
				}
			}
		}
		frontier = next
	}
	return reached
}

// TestForeignDestIsRefused checks that a --dest holding other files, and no
// mark of an earlier build, is refused and left alone.
func TestForeignDestIsRefused(t *testing.T) {
	dest := t.TempDir()
	thesis := filepath.Join(dest, "luan-van.txt")
	if err := os.WriteFile(thesis, []byte("việc cả năm"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"build", "--lang", "en", "--source", "../..", "--dest", dest, "--now", "2026-11-21"}, &stdout, &stderr); code != 2 {
		t.Errorf("exit status %d, want 2\n%s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "was not written by vinhdanh") {
		t.Errorf("message: %s", stderr.String())
	}
	if data, err := os.ReadFile(thesis); err != nil || string(data) != "việc cả năm" {
		t.Errorf("the folder's file was touched: %q, %v", data, err)
	}
}

// TestNewThenBuild runs vinhdanh new as an editor would, flags after the
// arguments, and builds the site with the new draft and, once it is
// published, without --drafts.
func TestNewThenBuild(t *testing.T) {
	src := t.TempDir()
	writeFixture(t, src, &txtar.Archive{})
	var stdout, stderr bytes.Buffer
	code := run([]string{"new", "--lang", "en", "decision", "Tặng Bằng khen cho 41 tập thể", "--province", "bac-kan", "--date", "20/08/2023", "--source", src}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("new: exit status %d\n%s", code, stderr.String())
	}
	const file = "content/quyet-dinh/2023/tang-bang-khen-cho-41-tap-the.md"
	for _, want := range []string{"Wrote " + file + ", a draft.", file + ":", "decision.number is empty", "vinhdanh serve, which shows drafts"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("new printed %q, want it to say %q", stdout.String(), want)
		}
	}
	dest := filepath.Join(t.TempDir(), "public")
	stdout.Reset()
	if code := run([]string{"build", "--source", src, "--dest", dest, "--drafts", "--now", "2026-11-21"}, &stdout, &stderr); code != 0 {
		t.Fatalf("build --drafts: exit status %d\n%s", code, stderr.String())
	}
	if _, err := os.Stat(filepath.Join(dest, "quyet-dinh/2023/tang-bang-khen-cho-41-tap-the/index.html")); err != nil {
		t.Error(err)
	}
	// Published without its number, it is an error; with it, it builds.
	path := filepath.Join(src, filepath.FromSlash(file))
	text, _ := os.ReadFile(path)
	published := strings.Replace(string(text), "draft: true", "draft: false", 1)
	os.WriteFile(path, []byte(published), 0o644)
	stderr.Reset()
	if code := run([]string{"build", "--lang", "en", "--source", src, "--dest", dest, "--now", "2026-11-21"}, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), file+":23:10: empty document number") {
		t.Errorf("publishing without a number: exit status %d\n%s", code, stderr.String())
	}
	os.WriteFile(path, []byte(strings.Replace(published, "  number: ", "  number: 1378/QĐ-UBND ", 1)), 0o644)
	if code := run([]string{"build", "--source", src, "--dest", dest, "--strict", "--now", "2026-11-21"}, &stdout, &stderr); code != 0 {
		t.Errorf("the filled-in article: exit status %d\n%s", code, stderr.String())
	}
	// The same title again is refused.
	stderr.Reset()
	if code := run([]string{"new", "--lang", "en", "--source", src, "--date", "2023-09-01", "quyet-dinh", "Tặng Bằng khen cho 41 tập thể"}, &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), "already exists") {
		t.Errorf("a second new: exit status %d\n%s", code, stderr.String())
	}
}

// TestFlagsInVietnamese checks that mistakes in flags and the help are in
// the editor's language, where the flag package would print English.
func TestFlagsInVietnamese(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		want []string
	}{
		{[]string{"build", "--no-such-flag"}, 2, []string{"vinhdanh build: không có tuỳ chọn -no-such-flag", "Cách dùng: vinhdanh build [tuỳ chọn]", `(mặc định "public")`}},
		{[]string{"serve", "--drafts=maybe"}, 2, []string{`-drafts nhận true hoặc false, không phải "maybe"`}},
		{[]string{"check", "--timeout"}, 2, []string{"tuỳ chọn -timeout cần một giá trị đi sau"}},
		{[]string{"new", "-h"}, 0, []string{"Cách dùng: vinhdanh new", "(mặc định"}},
		{[]string{"build", "--lang", "en", "--no-such-flag"}, 2, []string{"there is no flag -no-such-flag", `(default "public")`}},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(tc.args, &stdout, &stderr); code != tc.code {
			t.Errorf("%q: exit status %d, want %d", tc.args, code, tc.code)
		}
		for _, w := range tc.want {
			if !strings.Contains(stderr.String(), w) {
				t.Errorf("%q: no %q in\n%s", tc.args, w, stderr.String())
			}
		}
		if strings.Contains(stderr.String(), "flag provided") || strings.Contains(stderr.String(), "(default") != slices.Contains(tc.args, "en") {
			t.Errorf("%q: the flag package's English in\n%s", tc.args, stderr.String())
		}
	}
}
