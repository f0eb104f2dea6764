package content

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/gif"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode"

	"vinhdanh/internal/config"
	"vinhdanh/internal/diagnostic"
)

var now = time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)

// load reads a site made of files, with the default configuration unless
// the files hold a site.yaml.
func load(t *testing.T, files map[string]string) (*Site, diagnostic.List) {
	t.Helper()
	fsys := fstest.MapFS{}
	if _, ok := files["site.yaml"]; !ok {
		files["site.yaml"] = "title: T\n"
	}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	cfg, diags := config.Load(fsys)
	if len(diags) > 0 {
		t.Fatalf("config: %v", diags)
	}
	return Load(fsys, cfg, Options{Now: now})
}

func one(t *testing.T, src string) *Article {
	t.Helper()
	site, diags := load(t, map[string]string{"content/tin-tuc/2023/bai-viet.md": src})
	if len(diags) > 0 {
		t.Fatalf("unexpected diagnostics:\n%v", diags)
	}
	if len(site.Articles) != 1 {
		t.Fatalf("%d articles", len(site.Articles))
	}
	return site.Articles[0]
}

func TestFormatsGiveTheSameArticle(t *testing.T) {
	yaml := "---\ntitle: Bài\ndate: 2023-06-02 09:00\nkind: news\nprovinces: [Bắc Kạn, Thái Nguyên]\nperiod: 2021 – 2025\ntags: [giảm nghèo]\n---\nThân bài.\n"
	toml := "+++\ntitle = \"Bài\"\ndate = 2023-06-02T09:00:00\nkind = \"news\"\nprovinces = [\"Bắc Kạn\", \"Thái Nguyên\"]\nperiod = \"2021 – 2025\"\ntags = [\"giảm nghèo\"]\n+++\nThân bài.\n"
	json := "{\n\"title\": \"Bài\", \"date\": \"2023-06-02 09:00\", \"kind\": \"news\",\n\"provinces\": [\"Bắc Kạn\", \"Thái Nguyên\"], \"period\": \"2021 – 2025\", \"tags\": [\"giảm nghèo\"]\n}\n\nThân bài.\n"
	var got []string
	for _, src := range []string{yaml, toml, json} {
		a := one(t, src)
		got = append(got, strings.Join([]string{a.Title, a.Date.Format(time.RFC3339), string(a.Kind),
			a.Provinces[0].Name, a.Provinces[1].Name, a.Period.String(), a.Tags[0].Name, a.URL, strings.TrimSpace(string(a.Body))}, "|"))
	}
	if got[0] != got[1] || got[0] != got[2] {
		t.Errorf("formats disagree:\n%s\n%s\n%s", got[0], got[1], got[2])
	}
	if want := "Bài|2023-06-02T09:00:00+07:00|news|Bắc Kạn|Thái Nguyên|2021-2025|giảm nghèo|/tin-tuc/2023/bai-viet/|Thân bài."; got[0] != want {
		t.Errorf("got %s\nwant %s", got[0], want)
	}
}

func TestNormalisation(t *testing.T) {
	// Byte-order mark, CRLF line ends, decomposed (NFD) text, and Ð typed for Đ.
	src := "\uFEFF---\r\ntitle: Nghe\u0323\u0302 An va\u0300 \u00d0ắk Lắk\r\ndate: 2023-06-02\r\nkind: news\r\n---\r\nDo\u0300ng mo\u0323\u0302t.\r\n"
	a := one(t, src)
	if a.Title != "Nghệ An và Đắk Lắk" {
		t.Errorf("title = %q", a.Title)
	}
	if string(a.Body) != "Dòng một.\n" {
		t.Errorf("body = %q", a.Body)
	}
	if a.BodyLine != 6 {
		t.Errorf("body line = %d", a.BodyLine)
	}
}

func TestURLs(t *testing.T) {
	site, diags := load(t, map[string]string{
		"content/hoi-nghi/Hội nghị Tổng kết.md":             "---\ntitle: A\ndate: 2024-01-02\nkind: conference\n---\n",
		"content/khac/b.md":                                 "---\ntitle: B\ndate: 2023-01-02\nkind: exemplar\nslug: tam-guong\nexemplar: {name: X, type: household}\n---\n",
		"content/quyet-dinh/2022/goi/index.md":              "---\ntitle: C\ndate: 2022-03-04\nkind: decision\ndecision: {number: \"7\"}\n---\n",
		"content/quyet-dinh/2022/goi/phu-luc/danh-sach.pdf": "pdf",
	})
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	urls := map[string]string{}
	for _, a := range site.Articles {
		urls[a.Title] = a.URL
	}
	for title, want := range map[string]string{"A": "/hoi-nghi/2024/hoi-nghi-tong-ket/", "B": "/dien-hinh/2023/tam-guong/", "C": "/quyet-dinh/2022/goi/"} {
		if urls[title] != want {
			t.Errorf("%s: URL %s, want %s", title, urls[title], want)
		}
	}
	c := site.Articles[2]
	if len(c.Resources) != 1 || c.Resources[0].URL != "/quyet-dinh/2022/goi/phu-luc/danh-sach.pdf" {
		t.Errorf("bundle resources = %+v", c.Resources)
	}
	if c.Decision.Number.String() != "07" {
		t.Errorf("bare number = %s", c.Decision.Number)
	}
}

func TestWarnings(t *testing.T) {
	_, diags := load(t, map[string]string{
		"content/hoi-nghi/2025/a.md": "---\ntitle: A\ndate: 2025-08-01\nkind: news\nprovince: Hà Giang\n---\n",
		"content/tin-tuc/2023/b.md":  "---\ntitle: B\ndate: 2024-01-01\nkind: news\nprovinces: [Nghệ An, nghe-an]\nimage_alt: x\n---\n",
		"content/le.txt":             "lạc chỗ",
		"content/tin-tuc/.#b.md":     "editor lock file, ignored",
		"content/tin-tuc/b.md~":      "backup, ignored",
	})
	got := diags.Sort().Error()
	for _, want := range []string{
		"content/hoi-nghi/2025/a.md:1:1: warning: the file is in hoi-nghi/ but its kind is news",
		`content/hoi-nghi/2025/a.md:5:11: warning: Hà Giang became part of Tuyên Quang on 01/07/2025`,
		"content/le.txt:1:1: warning: belongs to no article",
		"content/tin-tuc/2023/b.md:1:1: warning: the file is in the folder 2023 but dated 2024",
		"content/tin-tuc/2023/b.md:5:22: warning: Nghệ An is listed twice",
		"content/tin-tuc/2023/b.md:6:12: warning: image_alt is given but there is no image",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if len(diags.Errors(false)) != 0 {
		t.Errorf("warnings only expected:\n%s", got)
	}
	if strings.Contains(got, ".#b.md") || strings.Contains(got, "b.md~") {
		t.Errorf("editor files should be ignored:\n%s", got)
	}
}

func TestNationalArticles(t *testing.T) {
	a := one(t, "---\ntitle: A\ndate: 2023-01-02\nkind: news\nprovince: Trung ương\n---\n")
	if !a.National() {
		t.Errorf("an article naming Trung ương should be national, got %v", a.Provinces)
	}
}

func TestNewestOrder(t *testing.T) {
	site, diags := load(t, map[string]string{
		"content/tin-tuc/2023/b.md": "---\ntitle: B\ndate: 2023-01-02\nkind: news\n---\n",
		"content/tin-tuc/2023/a.md": "---\ntitle: A\ndate: 2023-01-02\nkind: news\n---\n",
		"content/tin-tuc/2024/c.md": "---\ntitle: C\ndate: 2024-01-02\nkind: news\n---\n",
	})
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	var order []string
	for _, a := range site.Articles {
		order = append(order, a.Title)
	}
	if strings.Join(order, "") != "CAB" {
		t.Errorf("order = %v, want C A B (newest first, then by path)", order)
	}
}

func TestKindAndExemplarTypeNames(t *testing.T) {
	for in, want := range map[string]Kind{"conference": Conference, "hoi-nghi": Conference, "Điển hình": Exemplar, "QUYẾT ĐỊNH": Decision, "tin tức": News} {
		if k, err := ParseKind(in); err != nil || k != want {
			t.Errorf("ParseKind(%q) = %v, %v", in, k, err)
		}
	}
	for in, want := range map[string]ExemplarType{"cá nhân": Individual, "Tập thể": Collective, "hộ gia đình": Household, "gia đình": Household, "household": Household} {
		if k, err := parseExemplarType(in); err != nil || k != want {
			t.Errorf("parseExemplarType(%q) = %v, %v", in, k, err)
		}
	}
	if _, err := parseExemplarType("nhóm"); err == nil || !strings.Contains(err.Error(), "individual, collective or household") {
		t.Errorf("error = %v", err)
	}
}

// FuzzParseArticle feeds arbitrary files to the article reader: it must not
// panic, and an article it accepts without errors must be complete.
func FuzzParseArticle(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: Bài\ndate: 2023-06-02\nkind: news\n---\nThân.\n",
		"+++\ntitle = \"Bài\"\ndate = 2023-06-02\nkind = \"decision\"\n[decision]\nnumber = \"1/QĐ-UBND\"\n+++\n",
		"{\n\"title\": \"B\", \"date\": \"02/06/2023\", \"kind\": \"exemplar\", \"exemplar\": {\"name\": \"A\", \"type\": \"individual\"}\n}\n\nx",
		"---\ntitle: [a\n---\n", "---\n", "\xff\xfe", "---\nimage: ../x.jpg\n---\n",
		"---\ntitle: \"a\\x01\\e\"\ndate: 2023-06-02\nkind: news\ntags: [\"\\uFFFE\", b]\n---\n",
		"{\n\"title\": \"B\\u0085\", \"date\": \"02/06/2023 9h00\", \"kind\": \"news\", \"author\": \"\\u001b\"\n}\n\nx",
		"---\ntitle: “Bài” #1\ndate: 9 giờ 30 ngày 02/06/2023\nkind: news\ntags: a, b\nprovince: Phú Thọ, Bắc Giang\n---\n",
	} {
		f.Add(s)
	}
	cfg, _ := config.Load(fstest.MapFS{"site.yaml": {Data: []byte("title: T\n")}})
	f.Fuzz(func(t *testing.T, src string) {
		fsys := fstest.MapFS{"content/tin-tuc/2023/a.md": {Data: []byte(src)}}
		site, diags := Load(fsys, cfg, Options{Now: now, Drafts: true, Future: true})
		if len(diags.Errors(false)) > 0 {
			for _, d := range diags {
				if d.File == "" || d.Message == "" {
					t.Fatalf("diagnostic without file or message: %+v", d)
				}
			}
			return
		}
		for _, a := range site.Articles {
			if a.Title == "" || a.Date.IsZero() || a.Kind == "" || a.URL == "" {
				t.Fatalf("accepted an incomplete article: %+v", a)
			}
			if a.Kind == Decision && a.Decision == nil || a.Kind == Exemplar && a.Exemplar == nil {
				t.Fatalf("accepted a %s without its block", a.Kind)
			}
			// No accepted text holds a character that pages cannot show,
			// however it was written.
			texts := []string{a.Title, a.Summary, a.ImageAlt, a.ImageCaption, a.Author, a.Source, a.SourceURL, a.Slug}
			for _, tag := range a.Tags {
				texts = append(texts, tag.Name)
			}
			for _, at := range a.Attachments {
				texts = append(texts, at.Title)
			}
			if a.Decision != nil {
				texts = append(texts, a.Decision.Signer)
			}
			if a.Exemplar != nil {
				texts = append(texts, a.Exemplar.Name, a.Exemplar.Field, a.Exemplar.DecisionRef)
			}
			for _, text := range texts {
				for _, r := range text {
					if unicode.IsControl(r) && r != '\t' && r != '\n' || r >= 0xFDD0 && r <= 0xFDEF || r%0x10000 >= 0xFFFE {
						t.Fatalf("accepted %q, holding %U", text, r)
					}
				}
			}
		}
	})
}

// TestImageSizeKept checks that an image's pixel size, read from its
// header, reaches the article, whether the image sits beside the article
// (a bundle) or in static/: pages give it as width and height, so that the
// page does not move as images load.
func TestImageSizeKept(t *testing.T) {
	var picture bytes.Buffer
	if err := gif.Encode(&picture, image.NewPaletted(image.Rect(0, 0, 3, 2), color.Palette{color.White}), nil); err != nil {
		t.Fatal(err)
	}
	front := "---\ntitle: Bài\ndate: 2023-06-02\nkind: news\nimage: %s\nimage_alt: Ảnh\n---\nThân bài.\n"
	site, diags := load(t, map[string]string{
		"content/tin-tuc/2023/goi/index.md":           fmt.Sprintf(front, "anh.gif") + "![Ảnh trong bài](hinh/trong-bai.gif)\n",
		"content/tin-tuc/2023/goi/hinh/trong-bai.gif": picture.String(),
		"content/tin-tuc/2023/goi/anh.gif":            picture.String(),
		"content/tin-tuc/2023/tinh.md":                fmt.Sprintf(front, "images/anh.gif"),
		"static/images/anh.gif":                       picture.String(),
	})
	if len(diags) > 0 {
		t.Fatalf("unexpected diagnostics:\n%v", diags)
	}
	for _, a := range site.Articles {
		if a.Image == nil || a.Image.Width != 3 || a.Image.Height != 2 {
			t.Errorf("%s: image %+v, want 3×2", a.Path, a.Image)
		}
	}
	// Pictures beside an article, for its body, are measured too.
	var bundled []Resource
	for _, a := range site.Articles {
		bundled = append(bundled, a.Resources...)
	}
	for _, r := range bundled {
		if r.Width != 3 || r.Height != 2 {
			t.Errorf("bundle file %+v, want 3×2", r)
		}
	}
	if len(bundled) != 2 {
		t.Errorf("bundle files %+v, want the lead image and the body's", bundled)
	}
}

// TestSplitNames checks where a text with commas is cut into a list: at
// every comma for tags, and, for names that must resolve, only where every
// part names something, names with commas kept whole.
func TestSplitNames(t *testing.T) {
	cfg, _ := config.Load(fstest.MapFS{"site.yaml": {Data: []byte("title: T\n")}})
	award := func(s string) bool { _, err := cfg.Registry.Award(s); return err == nil }
	for _, tc := range []struct {
		in      string
		resolve func(string) bool
		want    string
	}{
		{"thi đua, khen thưởng,", nil, "thi đua|khen thưởng"},
		{"Xã, phường tiêu biểu", award, ""},
		{"Cờ thi đua cấp bộ, ban, ngành, Giấy khen", award, "Cờ thi đua cấp bộ, ban, ngành|Giấy khen"},
		{"Giấy khen, Huy hiệu Đảng", award, ""},
		{"Thôn, tổ dân phố văn hóa, Gia đình văn hóa", award, "Thôn, tổ dân phố văn hóa|Gia đình văn hóa"},
	} {
		if got := strings.Join(splitNames(tc.in, tc.resolve), "|"); got != tc.want {
			t.Errorf("splitNames(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestRemovingAFaultClearsIt removes a file that the last reading refused
// (here a named pipe, which no reading takes as part of the site): the
// next Reload of that path has no error.
func TestRemovingAFaultClearsIt(t *testing.T) {
	cfg, _ := config.Load(fstest.MapFS{"site.yaml": {Data: []byte("title: T\n")}})
	fsys := fstest.MapFS{
		"content/tin-tuc/2023/a.md": {Data: []byte("---\ntitle: A\ndate: 2023-01-02\nkind: news\n---\nThân bài.\n")},
		"static/pipe":               {Mode: fs.ModeNamedPipe},
	}
	l := NewLoader(fsys, cfg, Options{Now: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)})
	if _, diags, _ := l.Reload(nil); len(diags.Errors(false)) != 1 {
		t.Fatalf("the pipe: %v, want one error", diags)
	}
	delete(fsys, "static/pipe")
	if _, diags, _ := l.Reload([]string{"static/pipe"}); len(diags) != 0 {
		t.Errorf("after the pipe went: %v", diags)
	}
}
