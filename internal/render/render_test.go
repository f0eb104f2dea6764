package render

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"net/url"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"vinhdanh/internal/config"
	"vinhdanh/internal/content"
	"vinhdanh/internal/diagnostic"
	"vinhdanh/internal/index"
	"vinhdanh/internal/markdown"
	"vinhdanh/internal/theme"
)

func renderer(t *testing.T, articles []*content.Article) *Renderer {
	t.Helper()
	var diags diagnostic.List
	site := config.Parse([]byte("title: Trang\nbase_url: https://example.vn/\norganisation: Tòa soạn\n"), &diags)
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	th, err := theme.Load(fstest.MapFS{}, site, theme.Options{})
	if err != nil {
		t.Fatal(err)
	}
	md := markdown.New(markdown.Options{})
	for _, a := range articles {
		if a.Summary == "" {
			a.Summary, a.SummaryFromBody = md.Summary(a.Body), true
		}
	}
	r, err := New(Options{Site: site, Theme: th, Index: index.Build(articles, site.Registry), Markdown: md, Now: time.Date(2026, 1, 1, 0, 0, 0, 0, site.Location), ReadAsset: th.ReadStatic})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestOutputPath(t *testing.T) {
	for url, want := range map[string]string{"/": "index.html", "/tin-tuc/2023/a/": "tin-tuc/2023/a/index.html", "/404.html": "404.html", "/tin-cu/a.html": "tin-cu/a.html"} {
		if got := outputPath(url); got != want {
			t.Errorf("outputPath(%q) = %q, want %q", url, got, want)
		}
	}
}

func TestArticleStructuredData(t *testing.T) {
	a := &content.Article{
		Path: "content/tin-tuc/2023/a.md", URL: "/tin-tuc/2023/a/", Title: `Bài "thử" </script>`, Kind: content.News,
		Date:    time.Date(2023, 6, 2, 9, 0, 0, 0, time.FixedZone("ICT", 7*3600)),
		Updated: time.Date(2023, 6, 3, 9, 0, 0, 0, time.FixedZone("ICT", 7*3600)),
		Author:  "Minh Châu", Tags: []content.Tag{{Name: "giáo dục", Slug: "giao-duc"}},
		Body: []byte("Đoạn đầu tiên.\n\nĐoạn hai.\n"),
	}
	r := renderer(t, []*content.Article{a})
	f, body, err := r.Article(a)
	if err != nil {
		t.Fatal(err)
	}
	page, text := string(f.Data), body.Text
	if f.Path != "tin-tuc/2023/a/index.html" || !strings.Contains(text, "Đoạn hai.") || a.Summary != "Đoạn đầu tiên." {
		t.Errorf("path %s, text %q, summary %q", f.Path, text, a.Summary)
	}
	m := regexp.MustCompile(`(?s)<script type="application/ld\+json">(.*?)</script>`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no JSON-LD")
	}
	var data []map[string]any
	if err := json.Unmarshal([]byte(m[1]), &data); err != nil {
		t.Fatalf("JSON-LD does not parse: %v\n%s", err, m[1])
	}
	article, crumbs := data[0], data[1]
	for key, want := range map[string]any{
		"@type": "NewsArticle", "headline": `Bài "thử" </script>`, "datePublished": "2023-06-02T09:00:00+07:00",
		"dateModified": "2023-06-03T09:00:00+07:00", "mainEntityOfPage": "https://example.vn/tin-tuc/2023/a/",
		"description": "Đoạn đầu tiên.",
	} {
		if article[key] != want {
			t.Errorf("NewsArticle %s = %v, want %v", key, article[key], want)
		}
	}
	if article["author"].(map[string]any)["name"] != "Minh Châu" || article["publisher"].(map[string]any)["name"] != "Tòa soạn" {
		t.Errorf("author or publisher wrong: %v %v", article["author"], article["publisher"])
	}
	items := crumbs["itemListElement"].([]any)
	if crumbs["@type"] != "BreadcrumbList" || len(items) != 3 || items[2].(map[string]any)["item"] != "https://example.vn/tin-tuc/2023/a/" {
		t.Errorf("breadcrumbs = %v", crumbs)
	}
	for _, want := range []string{`<link rel="canonical" href="https://example.vn/tin-tuc/2023/a/">`, `<meta property="og:type" content="article">`,
		`aria-current="page"`, `<a href="/tin-tuc/" aria-current="true">Tin tức</a>`} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	if strings.Count(page, "</script>") != strings.Count(page, "<script") {
		t.Error("the title closed a script element early")
	}
}

func TestLists(t *testing.T) {
	var articles []*content.Article
	for i := range 45 {
		articles = append(articles, &content.Article{
			Path: "content/x.md", URL: "/tin-tuc/2023/a" + string(rune('a'+i%26)) + "/", Title: "Bài", Kind: content.News,
			Date: time.Date(2023, 1, 1+i%28, 0, 0, 0, 0, time.UTC), Summary: "Tóm tắt.",
		})
	}
	r := renderer(t, articles)
	var home []File
	if err := r.Home(func(f File) error { home = append(home, f); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(home) != 4 || home[1].Path != "trang/2/index.html" || home[3].Path != "index.xml" {
		t.Fatalf("home pages: %d, second at %s", len(home), home[1].Path)
	}
	second := string(home[1].Data)
	for _, want := range []string{`<title>Trang – Trang 2</title>`, `rel="prev" href="/"`, `rel="next" href="/trang/3/"`, `aria-current="page">2</a>`} {
		if !strings.Contains(second, want) {
			t.Errorf("page 2 lacks %s", want)
		}
	}
	var kind []File
	err := r.Kind(content.Conference, func(f File) error { kind = append(kind, f); return nil })
	if err != nil || len(kind) != 2 || !strings.Contains(string(kind[0].Data), "Chưa có bài viết.") {
		t.Errorf("an empty kind list: %v", err)
	}
	nf, err := r.NotFound()
	if err != nil || nf.Path != "404.html" || !strings.Contains(string(nf.Data), `<meta name="robots" content="noindex">`) {
		t.Errorf("404 page: %v", err)
	}
}

func TestReplaceShorter(t *testing.T) {
	for _, s := range []string{"", "a", "&#43;", "a&#43;b&#43;&#43;c", "&#43&#43;;", "2023-06-02T09:00:00&#43;07:00", "&#43;x&#43;"} {
		want := bytes.ReplaceAll([]byte(s), []byte("&#43;"), []byte("+"))
		if got := replaceShorter([]byte(s), []byte("&#43;"), []byte("+")); !bytes.Equal(got, want) {
			t.Errorf("replaceShorter(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzReplaceShorter(f *testing.F) {
	f.Add("a&#43;b", "&#43;", "+")
	f.Add("xx", "x", "")
	f.Fuzz(func(t *testing.T, s, old, new string) {
		if old == "" || len(new) > len(old) {
			return
		}
		want := bytes.ReplaceAll([]byte(s), []byte(old), []byte(new))
		if got := replaceShorter([]byte(s), []byte(old), []byte(new)); !bytes.Equal(got, want) {
			t.Errorf("replaceShorter(%q, %q, %q) = %q, want %q", s, old, new, got, want)
		}
	})
}

// FuzzSelfClose checks that writing empty elements self-closed keeps
// what the XML says, whatever the text and attributes hold.
func FuzzSelfClose(f *testing.F) {
	f.Add("https://a.vn/x", "Tin <mới> & \"cũ\"")
	f.Add("></", "<a></a>")
	type probe struct {
		XMLName xml.Name       `xml:"p"`
		Link    atomLink       `xml:"link"`
		Text    string         `xml:"t"`
		Empty   string         `xml:"e"`
		Terms   []atomCategory `xml:"c"`
	}
	f.Fuzz(func(t *testing.T, attr, text string) {
		in := probe{Link: atomLink{Href: attr, Rel: text}, Text: text, Terms: []atomCategory{{Term: attr}, {Term: text}}}
		var buf bytes.Buffer
		if err := xml.NewEncoder(&buf).Encode(in); err != nil {
			return
		}
		encoded := buf.String()
		closed := string(selfClose(buf.Bytes()))
		var before, after probe
		if err := xml.Unmarshal([]byte(encoded), &before); err != nil {
			return
		}
		if err := xml.Unmarshal([]byte(closed), &after); err != nil {
			t.Fatalf("%s\nbecame %s: %v", encoded, closed, err)
		}
		if !reflect.DeepEqual(before, after) {
			t.Fatalf("%s\nbecame %s, which reads %+v, not %+v", encoded, closed, after, before)
		}
		if strings.Contains(closed, "></link>") || strings.Contains(closed, "<e></e>") {
			t.Errorf("an empty element is left open in %s", closed)
		}
	})
}

// TestPictureAddress checks where a page shows the pictures of its body:
// a bundle file at the address written when that leads to it, a file of
// static/ at the site's root, anything else as written.
func TestPictureAddress(t *testing.T) {
	a := &content.Article{URL: "/tin-tuc/2023/goi/"}
	files := map[string]content.Resource{
		"anh.jpg":      {Path: "tin-tuc/2023/goi/anh.jpg", URL: "/tin-tuc/2023/goi/anh.jpg", Width: 800, Height: 533},
		"hình/ảnh.png": {Path: "tin-tuc/2023/goi/hình/ảnh.png", URL: "/tin-tuc/2023/goi/h%C3%ACnh/%E1%BA%A3nh.png", Width: 40, Height: 30},
		"logo.png":     {Path: "anh/logo.png", URL: "/anh/logo.png"},
	}
	r := &Renderer{findPicture: func(_ *content.Article, dest string) (*content.Resource, bool) {
		u, err := url.Parse(dest)
		if err != nil || u.Scheme != "" || strings.HasPrefix(u.Path, "/") {
			return nil, false
		}
		name := strings.TrimPrefix(u.Path, "./")
		if name == "anh/logo.png" {
			name = "logo.png"
		}
		if res, ok := files[name]; ok {
			return &res, true
		}
		return nil, true
	}}
	for dest, want := range map[string]struct {
		addr          string
		width, height int
	}{
		"anh.jpg": {"anh.jpg", 800, 533}, "./anh.jpg": {"anh.jpg", 800, 533}, "anh.jpg#x": {"anh.jpg#x", 800, 533},
		"h%C3%ACnh/%E1%BA%A3nh.png": {"h%C3%ACnh/%E1%BA%A3nh.png", 40, 30}, "hình/ảnh.png": {"hình/ảnh.png", 40, 30},
		"anh/logo.png": {"/anh/logo.png", 0, 0}, "anh/logo.png?v=2": {"/anh/logo.png?v=2", 0, 0},
		"khac.jpg": {"khac.jpg", 0, 0}, "/tin-tuc/2023/goi/anh.jpg": {"/tin-tuc/2023/goi/anh.jpg", 0, 0}, "https://x.vn/anh.jpg": {"https://x.vn/anh.jpg", 0, 0},
	} {
		if got := r.picture(a, dest); got.Src != want.addr || got.Width != want.width || got.Height != want.height || got.WebP != "" {
			t.Errorf("picture(%q) = %+v; want %v", dest, got, want)
		}
	}
}

func TestOriginStyle(t *testing.T) {
	if got := originStyle("https://thiduakhenthuong.example.vn:8443"); got != `<style>@media print{:root{--origin:"https://thiduakhenthuong.example.vn:8443"}}</style>` {
		t.Errorf("originStyle = %s", got)
	}
	// Nothing can end the string or the element early.
	got := string(originStyle(`http://a"b</style>\x`))
	if inner := strings.TrimSuffix(strings.TrimPrefix(got, `<style>@media print{:root{--origin:"`), `"}}</style>`); strings.ContainsAny(inner, `"<>`) || strings.Contains(inner, `\x`) {
		t.Errorf("originStyle let through %s", got)
	}
}

// TestSitemapIndex splits the sitemaps at a small limit, as a site of more
// than 50,000 pages splits them at sitemaps.org's: an index at sitemap.xml
// naming the parts, each part at most limit URLs, every page once, in path
// order, the home page first. make test-scale builds 60,000 articles to
// see it at full size.
func TestSitemapIndex(t *testing.T) {
	r := renderer(t, nil)
	var pages []PageRef
	for i := range 7 {
		pages = append(pages, PageRef{Path: fmt.Sprintf("tin-tuc/2023/bai-%d/index.html", i), LastMod: time.Date(2023, 1, 1+i, 0, 0, 0, 0, time.UTC)})
	}
	pages = append(pages, PageRef{Path: "index.html"})
	files, err := r.sitemaps(pages, 3)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range files {
		names = append(names, f.Path)
	}
	if want := "sitemap.xml sitemap-1.xml sitemap-2.xml sitemap-3.xml"; strings.Join(names, " ") != want {
		t.Fatalf("files %q, want %s", names, want)
	}
	var locs []string
	for _, f := range files[1:] {
		var set urlSet
		if err := xml.Unmarshal(f.Data, &set); err != nil {
			t.Fatalf("%s: %v", f.Path, err)
		}
		if len(set.URLs) == 0 || len(set.URLs) > 3 {
			t.Errorf("%s holds %d URLs", f.Path, len(set.URLs))
		}
		for _, u := range set.URLs {
			locs = append(locs, u.Loc)
		}
	}
	if len(locs) != len(pages) || !strings.HasSuffix(locs[0], "/") || strings.Contains(locs[0], "tin-tuc") {
		t.Errorf("the parts list %q", locs)
	}
	var index sitemapIndex
	if err := xml.Unmarshal(files[0].Data, &index); err != nil {
		t.Fatal(err)
	}
	if len(index.Sitemaps) != 3 || !strings.HasSuffix(index.Sitemaps[2].Loc, "/sitemap-3.xml") || index.Sitemaps[2].LastMod == "" {
		t.Errorf("the index: %+v", index.Sitemaps)
	}
	if one, err := r.sitemaps(pages, 50); err != nil || len(one) != 1 || one[0].Path != "sitemap.xml" {
		t.Errorf("under the limit: %d files, %v", len(one), err)
	}
}
