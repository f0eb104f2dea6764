package build

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
	"vinhdanh/internal/diagnostic"

	"vinhdanh/internal/testsupport/sitetest"
)

func TestMinimalSiteUsesEmbeddedTheme(t *testing.T) {
	dest, sum := buildSite(t, `
-- site.yaml --
title: Trang thử
-- content/hoi-nghi/2023/hoi-nghi-tong-ket.md --
---
title: Hội nghị tổng kết công tác thi đua năm 2023
date: 2023-12-20 09:00
kind: conference
province: Nghệ An
---
Sáng 20/12, tỉnh **Nghệ An** tổ chức hội nghị.
`, nil)
	if sum.Articles != 1 || sum.ArticlePages != 1 {
		t.Errorf("summary = %+v", sum)
	}
	if len(sum.Warnings) != 1 || !strings.Contains(sum.Warnings[0].Message, "base_url is not set") {
		t.Errorf("warnings = %v", sum.Warnings)
	}
	assertExists(t, dest, "index.html", "404.html", "hoi-nghi/index.html", "dien-hinh/index.html",
		"quyet-dinh/index.html", "tin-tuc/index.html", "css/main.css", "js/fontsize.js",
		"hoi-nghi/2023/hoi-nghi-tong-ket/index.html")
	page := readOutput(t, dest, "hoi-nghi/2023/hoi-nghi-tong-ket/index.html")
	assertContains(t, "article", page,
		"<!doctype html>", `<html lang="vi">`, "<title>Hội nghị tổng kết công tác thi đua năm 2023 – Trang thử</title>",
		`<link rel=canonical href="/hoi-nghi/2023/hoi-nghi-tong-ket/">`, `property="og:title"`, `"@type":"NewsArticle"`,
		`"@type":"BreadcrumbList"`, "Thứ Tư, 20/12/2023 09:00", "<strong>Nghệ An</strong>", `class=skip href=#main`,
		`data-font-step=1`)
	home := readOutput(t, dest, "index.html")
	assertContains(t, "home", home, "Hội nghị tổng kết công tác thi đua năm 2023", "Sáng 20/12, tỉnh Nghệ An tổ chức hội nghị.")
}

func TestDraftsAndFutureArticles(t *testing.T) {
	site := `
-- site.yaml --
title: T
base_url: https://example.vn/
-- content/tin-tuc/2026/ban-nhap.md --
---
title: Bản nháp
date: 2026-01-02
kind: news
draft: true
---
Nháp.
-- content/tin-tuc/2026/sap-dang.md --
---
title: Sắp đăng
date: 2026-12-01
kind: news
---
Tương lai.
-- content/tin-tuc/2026/da-dang.md --
---
title: Đã đăng
date: 2026-11-20
kind: news
---
Hôm qua.
`
	dest, sum := buildSite(t, site, nil)
	if sum.Articles != 1 || sum.Drafts != 1 || sum.Future != 1 {
		t.Errorf("summary = %+v", sum)
	}
	assertExists(t, dest, "tin-tuc/2026/da-dang/index.html")
	assertMissing(t, dest, "tin-tuc/2026/ban-nhap/index.html", "tin-tuc/2026/sap-dang/index.html")
	assertNotContains(t, "home", readOutput(t, dest, "index.html"), "Bản nháp", "Sắp đăng")

	dest, sum = buildSite(t, site, func(o *Options) { o.Drafts, o.Future = true, true })
	if sum.Articles != 3 {
		t.Errorf("with --drafts --future: %d articles", sum.Articles)
	}
	assertExists(t, dest, "tin-tuc/2026/ban-nhap/index.html", "tin-tuc/2026/sap-dang/index.html")
}

// TestNowInSiteTimeZone checks that --now without a time zone is read in the
// site's: at midnight in Paris, 20:00 the evening before in Paris is past.
func TestNowInSiteTimeZone(t *testing.T) {
	_, sum := buildSite(t, `
-- site.yaml --
title: T
base_url: https://example.vn/
timezone: Europe/Paris
-- content/tin-tuc/2026/a.md --
---
title: A
date: 2026-11-20 20:00
kind: news
---
A.
`, func(o *Options) { o.NowText = "2026-11-21" })
	if sum.Articles != 1 || sum.Future != 0 {
		t.Errorf("summary = %+v", sum)
	}
}

func TestBundlesStaticAndAttachments(t *testing.T) {
	dest, _ := buildSite(t, `
-- site.yaml --
title: T
base_url: https://example.vn/
logo: images/logo.svg
-- static/images/logo.svg --
<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40">  <rect width="40" height="40"/>  </svg>
-- static/robots-extra.txt --
tệp tĩnh
-- content/quyet-dinh/2023/khen-thuong/index.md --
---
title: Khen thưởng 41 tập thể
date: 02/06/2023
kind: decision
province: bac-kan
image: anh.svg
image_alt: Lễ trao Bằng khen
image_caption: "Ảnh: Thu Trang"
attachments:
  - {file: qd.pdf, title: "Quyết định số 1378/QĐ-UBND"}
  - images/logo.svg
decision:
  number: 1378/qd-ubnd
  signed: 2023-05-30
  signer: Chủ tịch UBND tỉnh Bắc Kạn
  recipients: 41
awards: [Bằng khen của UBND tỉnh]
---
Nội dung quyết định.
-- content/quyet-dinh/2023/khen-thuong/anh.svg --
<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30"/></svg>
-- content/quyet-dinh/2023/khen-thuong/qd.pdf --
%PDF-1.4 tệp mẫu
-- content/quyet-dinh/2023/khen-thuong/phu-luc/bang.csv --
a,b
`, nil)
	assertExists(t, dest, "quyet-dinh/2023/khen-thuong/anh.svg", "quyet-dinh/2023/khen-thuong/qd.pdf",
		"quyet-dinh/2023/khen-thuong/phu-luc/bang.csv", "images/logo.svg", "robots-extra.txt")
	page := readOutput(t, dest, "quyet-dinh/2023/khen-thuong/index.html")
	assertContains(t, "decision", page,
		`<img src="/quyet-dinh/2023/khen-thuong/anh.svg" alt="Lễ trao Bằng khen"`, "<figcaption>Ảnh: Thu Trang</figcaption>",
		"1378/QĐ-UBND", "30/05/2023", "Chủ tịch UBND tỉnh Bắc Kạn", "Bằng khen của Chủ tịch UBND tỉnh", "<dd>41</dd>",
		`href="/quyet-dinh/2023/khen-thuong/qd.pdf" download>Quyết định số 1378/QĐ-UBND</a>`, "(PDF,",
		`href="/images/logo.svg" download>logo.svg</a>`, `"image":["https://example.vn/quyet-dinh/2023/khen-thuong/anh.svg"]`,
		`<meta property="og:image" content="https://example.vn/quyet-dinh/2023/khen-thuong/anh.svg">`)
	if got := readOutput(t, dest, "images/logo.svg"); strings.Contains(got, "  ") {
		t.Errorf("SVG not minified: %q", got)
	}
	if got := readOutput(t, dest, "quyet-dinh/2023/khen-thuong/qd.pdf"); got != "%PDF-1.4 tệp mẫu\n" {
		t.Errorf("PDF changed: %q", got)
	}
}

// TestFileNames checks a photo saved with a decomposed (NFD) name, as a Mac
// writes it, and a file name that needs escaping in a URL.
func TestFileNames(t *testing.T) {
	nfd := "a\u0309nh.jpg" // "ảnh.jpg" decomposed
	dest, _ := buildSite(t, `
-- site.yaml --
title: T
base_url: https://example.vn/
-- content/tin-tuc/2023/a/index.md --
---
title: Bài
date: 2023-01-02
kind: news
image: ảnh.jpg
image_alt: Ảnh
attachments: ["quyết định #1.pdf"]
---
Nội dung.
-- content/tin-tuc/2023/a/quyết định #1.pdf --
pdf
`, func(o *Options) { writePhoto(t, o.Source, "content/tin-tuc/2023/a/"+nfd, 400, 300) })
	page := readOutput(t, dest, "tin-tuc/2023/a/index.html")
	assertContains(t, "page", page, `src="/tin-tuc/2023/a/%E1%BA%A3nh-360.`, `href="/tin-tuc/2023/a/quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20%231.pdf"`)
	assertExists(t, dest, "tin-tuc/2023/a/quyết định #1.pdf")
	// The photo's copies are named from its NFC name; it is not itself published.
	assertMissing(t, dest, "tin-tuc/2023/a/ảnh.jpg", "tin-tuc/2023/a/"+nfd)
	if m, _ := filepath.Glob(filepath.Join(dest, "tin-tuc/2023/a/ảnh-360.*.webp")); len(m) != 1 {
		t.Errorf("the 360-pixel WebP copy: %v", m)
	}
}

func TestExemplarLinksItsDecision(t *testing.T) {
	dest, _ := buildSite(t, `
-- site.yaml --
title: T
base_url: https://example.vn/
-- content/quyet-dinh/2023/qd.md --
---
title: Tặng Bằng khen
date: 2023-06-01
kind: decision
decision: {number: 946/QĐ-UBND}
---
Quyết định.
-- content/dien-hinh/2023/a.md --
---
title: Cô giáo A
date: 2023-07-01
kind: exemplar
exemplar: {name: Nguyễn Thị A, type: cá nhân, field: Giáo dục, decision: "946"}
---
Chân dung.
-- content/dien-hinh/2023/b.md --
---
title: Hợp tác xã B
date: 2023-07-02
kind: exemplar
exemplar: {name: HTX B, type: collective, decision: content/quyet-dinh/2023/qd.md}
---
Chân dung.
`, nil)
	for _, p := range []string{"dien-hinh/2023/a/index.html", "dien-hinh/2023/b/index.html"} {
		assertContains(t, p, readOutput(t, dest, p), `<a href="/quyet-dinh/2023/qd/">946/QĐ-UBND</a>`)
	}
	assertContains(t, "a", readOutput(t, dest, "dien-hinh/2023/a/index.html"), "Cá nhân", "Giáo dục")
}

func TestAliases(t *testing.T) {
	dest, sum := buildSite(t, `
-- site.yaml --
title: T
base_url: https://example.vn/tin/
-- content/tin-tuc/2021/bai.md --
---
title: Bài đã chuyển
date: 2021-05-01
kind: news
aliases: [/tin-cu/2021/bai.html, "tin-cu/bai-khac"]
---
Nội dung.
`, nil)
	if sum.AliasPages != 2 {
		t.Errorf("alias pages = %d", sum.AliasPages)
	}
	for _, p := range []string{"tin-cu/2021/bai.html", "tin-cu/bai-khac/index.html"} {
		assertContains(t, p, readOutput(t, dest, p),
			`<link rel=canonical href="https://example.vn/tin/tin-tuc/2021/bai/">`,
			`<meta http-equiv=refresh content="0; url=/tin/tin-tuc/2021/bai/">`, `<meta name=robots content="noindex">`)
	}
}

func TestBaseURLPathPrefixesLinks(t *testing.T) {
	dest, _ := buildSite(t, `
-- site.yaml --
title: T
-- content/tin-tuc/2021/bai.md --
---
title: Bài
date: 2021-05-01
kind: news
---
Nội dung.
`, func(o *Options) { o.BaseURL = "https://user.github.io/vinhdanh" })
	home := readOutput(t, dest, "index.html")
	assertContains(t, "home", home, `href="/vinhdanh/tin-tuc/2021/bai/"`, `href="/vinhdanh/css/main.css?v=`,
		`<link rel=canonical href="https://user.github.io/vinhdanh/">`)
	assertNotContains(t, "home", home, `href="/tin-tuc/`)
}

func TestPagination(t *testing.T) {
	var b strings.Builder
	b.WriteString("-- site.yaml --\ntitle: T\nbase_url: https://example.vn/\npaginate: 10\n")
	for i := 1; i <= 25; i++ {
		fmt.Fprintf(&b, "-- content/tin-tuc/2024/bai-%02d.md --\n---\ntitle: Bài số %d\ndate: 2024-01-%02d\nkind: news\n---\nNội dung %d.\n", i, i, i, i)
	}
	dest, _ := buildSite(t, b.String(), nil)
	assertExists(t, dest, "trang/2/index.html", "trang/3/index.html", "tin-tuc/trang/2/index.html", "tin-tuc/trang/3/index.html",
		"hoi-nghi/index.html", "nam/2024/01/trang/3/index.html", "tinh/trung-uong/trang/3/index.html")
	assertMissing(t, dest, "trang/4/index.html", "trang/1/index.html")
	first := readOutput(t, dest, "index.html")
	assertContains(t, "page 1", first, "Bài số 25", "Bài số 16", `rel=next href="/trang/2/"`, `aria-current=page>1</a>`)
	assertNotContains(t, "page 1", first, "Bài số 15<")
	last := readOutput(t, dest, "trang/3/index.html")
	assertContains(t, "page 3", last, "Bài số 5<", "Bài số 1<", `rel=prev href="/trang/2/"`, "Trang 3 / 3")
}

func TestThemeOverrideFallsBackToEmbedded(t *testing.T) {
	dest, _ := buildSite(t, `
-- site.yaml --
title: T
base_url: https://example.vn/
-- themes/default/layouts/404.html --
{{define "main"}}<h1>Lạc đường rồi</h1>{{end}}
-- themes/default/static/css/extra.css --
body { color: red; }
-- content/tin-tuc/2021/bai.md --
---
title: Bài
date: 2021-05-01
kind: news
---
Nội dung.
`, nil)
	assertContains(t, "404", readOutput(t, dest, "404.html"), "Lạc đường rồi", `<meta name=robots content="noindex">`)
	assertContains(t, "article", readOutput(t, dest, "tin-tuc/2021/bai/index.html"), "Nội dung.")
	assertExists(t, dest, "css/extra.css", "css/main.css")
}

// TestSiteStaticFileVersion checks that a site's own main.css replaces the
// theme's, and that pages ask for it by its own version.
func TestSiteStaticFileVersion(t *testing.T) {
	site := `
-- site.yaml --
title: T
base_url: https://example.vn/
-- static/css/main.css --
body { color: %s }
-- content/tin-tuc/2023/a.md --
---
title: A
date: 2023-01-02
kind: news
---
A.
`
	versions := map[string]bool{}
	for _, colour := range []string{"red", "blue"} {
		dest, _ := buildSite(t, fmt.Sprintf(site, colour), nil)
		if css := readOutput(t, dest, "css/main.css"); css != "body{color:"+colour+"}" {
			t.Errorf("css = %q", css)
		}
		page := readOutput(t, dest, "404.html")
		i := strings.Index(page, "main.css?v=")
		if i < 0 {
			t.Fatal("no versioned stylesheet link")
		}
		versions[page[i:i+19]] = true
	}
	if len(versions) != 2 {
		t.Errorf("the version did not change with the site's stylesheet: %v", versions)
	}
}

func TestRebuildDropsDeletedArticles(t *testing.T) {
	src := sitetest.Write(t, `
-- site.yaml --
title: T
base_url: https://example.vn/
-- content/tin-tuc/2021/a.md --
---
title: A
date: 2021-05-01
kind: news
---
A.
-- content/tin-tuc/2021/b.md --
---
title: B
date: 2021-05-02
kind: news
---
B.
`)
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := Run(Options{Source: src, Dest: dest, Now: testNow}); err != nil {
		t.Fatal(err)
	}
	assertExists(t, dest, "tin-tuc/2021/b/index.html")
	if err := os.Remove(filepath.Join(src, "content/tin-tuc/2021/b.md")); err != nil {
		t.Fatal(err)
	}
	if _, err := Run(Options{Source: src, Dest: dest, Now: testNow}); err != nil {
		t.Fatal(err)
	}
	assertMissing(t, dest, "tin-tuc/2021/b/index.html")
	assertExists(t, dest, "tin-tuc/2021/a/index.html")
	entries, _ := os.ReadDir(filepath.Dir(dest))
	for _, e := range entries {
		if strings.Contains(e.Name(), ".vinhdanh-") {
			t.Errorf("leftover build folder %s", e.Name())
		}
	}
}

func TestDestInsideSourceIsRefused(t *testing.T) {
	src := sitetest.Write(t, "-- site.yaml --\ntitle: T\n-- content/.keep --\n")
	for _, dest := range []string{src, filepath.Join(src, "content", "out"), filepath.Dir(src)} {
		_, err := Run(Options{Source: src, Dest: dest, Now: testNow})
		if _, ok := err.(*diagnostic.UsageError); !ok {
			t.Errorf("dest %s: err = %v, want a usage error", dest, err)
		}
	}
}

func TestStaticFileCannotReplaceAPage(t *testing.T) {
	src := sitetest.Write(t, `
-- site.yaml --
title: T
base_url: https://example.vn/
-- static/index.html --
<p>tĩnh</p>
-- content/tin-tuc/2021/a.md --
---
title: A
date: 2021-05-01
kind: news
---
A.
`)
	_, err := Run(Options{Source: src, Dest: filepath.Join(t.TempDir(), "public"), Now: testNow})
	if err == nil || !strings.Contains(err.Error(), "static/index.html:1:1: this file would replace a list page at /index.html") {
		t.Errorf("err = %v", err)
	}
}

// TestDeterministic builds the same site with one and with several
// threads and compares every byte of the outputs.
func TestDeterministic(t *testing.T) {
	var b strings.Builder
	b.WriteString("-- site.yaml --\ntitle: T\nbase_url: https://example.vn/\npaginate: 7\n")
	// A theme that shows other articles' summaries on article pages, which
	// would differ from run to run if summaries were filled in while pages
	// are rendered.
	b.WriteString("-- themes/default/layouts/article.html --\n{{define \"main\"}}{{with .Article}}{{.Title}}{{range .Related}}<p>{{.Summary}}</p>{{end}}{{with .Older}}<p>{{.Summary}}</p>{{end}}{{with .Newer}}<p>{{.Summary}}</p>{{end}}{{end}}{{end}}\n")
	provinces := []string{"Bắc Kạn", "Thái Nguyên", "Nghệ An", "Hà Giang", "Cần Thơ"}
	kinds := []string{"conference", "news", "exemplar"}
	for i := range 120 {
		kind := kinds[i%3]
		extra := ""
		if kind == "exemplar" {
			extra = "exemplar: {name: Người " + fmt.Sprint(i) + ", type: individual}\n"
		}
		// Several articles share a date, so ties must be broken the same way.
		fmt.Fprintf(&b, "-- content/x/%03d.md --\n---\ntitle: Bài %d về thi đua\ndate: 2024-%02d-%02d 09:00\nkind: %s\nprovince: %s\ntags: [t%d, chung]\n%s---\nĐoạn một của bài %d.\n\nĐoạn hai.\n",
			i, i, i%12+1, i%5+1, kind, provinces[i%len(provinces)], i%7, extra, i)
	}
	src := sitetest.Write(t, b.String())
	trees := make([]map[string]string, 2)
	for i, procs := range []int{1, 4} {
		old := runtime.GOMAXPROCS(procs)
		dest := filepath.Join(t.TempDir(), "public")
		_, err := Run(Options{Source: src, Dest: dest, Now: testNow})
		runtime.GOMAXPROCS(old)
		if err != nil {
			t.Fatal(err)
		}
		trees[i] = readTree(t, dest)
	}
	if len(trees[0]) < 120 {
		t.Fatalf("only %d files", len(trees[0]))
	}
	if !strings.Contains(trees[0]["x/001/index.html"], "<p>Đoạn một") && !strings.Contains(trees[0]["tin-tuc/2024/001/index.html"], "<p>Đoạn một") {
		t.Error("the test theme shows no summaries of other articles")
	}
	for name, data := range trees[0] {
		if trees[1][name] != data {
			t.Errorf("%s differs between GOMAXPROCS 1 and 4", name)
		}
	}
	if len(trees[0]) != len(trees[1]) {
		t.Errorf("file counts differ: %d and %d", len(trees[0]), len(trees[1]))
	}
}

// readTree returns every file under dir by its slash path.
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

// TestCompiledLayoutsWriteTheSamePages builds the demo site with the
// layouts compiled (as every build does) and with html/template alone:
// every file must be the same. The bench module's test of the same name
// does it on a generated site of 400 articles.
func TestCompiledLayoutsWriteTheSamePages(t *testing.T) {
	t.Parallel()
	const src = "../.."
	trees := make([]map[string]string, 2)
	for i, interpret := range []bool{false, true} {
		dest := filepath.Join(t.TempDir(), "public")
		sum, err := Run(Options{Source: src, Dest: dest, Now: testNow, Drafts: true, Future: true, Interpret: interpret})
		if err != nil {
			t.Fatal(err)
		}
		trees[i] = readTree(t, dest)
		// Every page of the demo runs compiled: a page left to
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

// TestDraftLabels builds a site with a draft and an article dated after
// --now: without --drafts and --future neither is published and no page has
// a label; with them, each is labelled on its page and in the lists.
func TestDraftLabels(t *testing.T) {
	src := t.TempDir()
	for name, data := range map[string]string{
		"site.yaml":                    "title: Trang thử\n",
		"content/tin-tuc/2023/a.md":    "---\ntitle: Bài đã đăng\ndate: 2023-01-02\nkind: news\n---\nThân bài.\n",
		"content/tin-tuc/2023/nhap.md": "---\ntitle: Bài nháp\ndate: 2023-01-03\nkind: news\ndraft: true\n---\nThân bài.\n",
		"content/tin-tuc/2024/sau.md":  "---\ntitle: Bài hẹn giờ\ndate: 2024-03-01\nkind: news\n---\nThân bài.\n",
	} {
		p := filepath.Join(src, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		drafts, future bool
		labels         []string
	}{{false, false, nil}, {true, false, []string{"Bản nháp"}}, {false, true, []string{"Hẹn giờ đăng"}}, {true, true, []string{"Bản nháp", "Hẹn giờ đăng"}}} {
		dest := filepath.Join(t.TempDir(), "public")
		if _, err := Run(Options{Source: src, Dest: dest, Drafts: tc.drafts, Future: tc.future, Now: now}); err != nil {
			t.Fatal(err)
		}
		out := readTree(t, dest)
		home := out["index.html"]
		if len(tc.labels) == 0 && (strings.Contains(home, "status-") || strings.Contains(out["tin-tuc/2023/a/index.html"], "status-")) {
			t.Errorf("a build without drafts or the future has a label")
		}
		for _, label := range tc.labels {
			page := out["tin-tuc/2023/nhap/index.html"]
			if label == "Hẹn giờ đăng" {
				page = out["tin-tuc/2024/sau/index.html"]
			}
			if !strings.Contains(page, label) || !strings.Contains(home, label) || !strings.Contains(out["tin-tuc/index.html"], label) {
				t.Errorf("--drafts=%v --future=%v: %q is not on the article's page, the home page and its kind's list", tc.drafts, tc.future, label)
			}
		}
	}
}
