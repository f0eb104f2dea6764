package config

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"vinhdanh/internal/diagnostic"
)

func TestDefaults(t *testing.T) {
	site, diags := Load(fstest.MapFS{"site.yaml": {Data: []byte("title: Trang thử\n")}})
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	if site.Title != "Trang thử" || site.Language != "vi" || site.Paginate != 20 || site.FeedLimit != 50 ||
		!site.Search || site.UnsafeHTML || site.Theme != "default" || site.Location.String() != "Asia/Ho_Chi_Minh" ||
		len(site.Menu) != 7 || site.BaseURL != nil {
		t.Errorf("defaults wrong: %+v", site)
	}
}

func TestFullConfig(t *testing.T) {
	src := `title: "Vinh danh"
description: Tin thi đua
base_url: https://example.vn/tin
language: en
timezone: Asia/Bangkok
paginate: 10
organisation: Tòa soạn
logo: images/logo.svg
menu:
  - {name: Trang chủ, url: /}
markdown: {unsafe: true}
search: {enabled: false}
feeds: {limit: 5}
registry:
  awards:
    - name: Kỷ niệm chương Vì sự nghiệp Thi đua - Khen thưởng
      category: Kỷ niệm chương
  provinces:
    "Xứ Nghệ": Nghệ An
clusters:
  - name: Cụm thi đua các tỉnh Bắc Trung Bộ
    members:
      - Thanh Hóa
      - {province: Quảng Bình, to: 2025-06-30}
`
	site, diags := Load(fstest.MapFS{"site.yaml": {Data: []byte(src)}, "static/images/logo.svg": {Data: []byte("<svg/>")}})
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	if site.BaseURL.String() != "https://example.vn/tin/" || site.Language != "en" || site.Paginate != 10 ||
		!site.UnsafeHTML || site.Search || site.FeedLimit != 5 || len(site.Menu) != 1 || site.Logo != "images/logo.svg" {
		t.Errorf("config wrong: %+v", site)
	}
	if u, err := site.Registry.Province("Xứ Nghệ"); err != nil || u.Name != "Nghệ An" {
		t.Errorf("province alias not added: %v %v", u, err)
	}
	c, err := site.Registry.Cluster("cum-thi-dua-cac-tinh-bac-trung-bo")
	if err != nil {
		t.Fatal(err)
	}
	qb, _ := site.Registry.Province("Quảng Bình")
	if !c.Has(qb, time.Date(2025, 6, 30, 12, 0, 0, 0, site.Location)) || c.Has(qb, time.Date(2025, 7, 1, 0, 0, 0, 0, site.Location)) {
		t.Error("membership dates are wrong")
	}
}

func TestErrors(t *testing.T) {
	src := `titel: x
paginate: lots
language: fr
timezone: Asia/Hanoi
base_url: example.vn
markdown: {unsafe: maybe}
clusters:
  - name: Cụm A
    members: [Bac Can]
menu:
  - {name: A}
`
	var diags diagnostic.List
	Parse([]byte(src), &diags)
	got := diags.Sort().Error()
	for _, want := range []string{
		`site.yaml:1:1: unknown key "titel" in site.yaml (did you mean "title"?)`,
		`site.yaml:2:11: paginate should be a whole number, not "lots"`,
		`site.yaml:3:11: language should be vi or en, not "fr"`,
		`site.yaml:4:11: unknown time zone "Asia/Hanoi"`,
		`site.yaml:5:11: base_url should be an absolute address`,
		`site.yaml:6:20: markdown.unsafe should be true or false, not "maybe"`,
		`site.yaml:9:15: unknown province "Bac Can" (did you mean "Bắc Kạn"?)`,
		`site.yaml:11:5: a menu item needs both name and url`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
}

func TestRegistryEntryErrors(t *testing.T) {
	src := `registry:
  provinces:
    "Xứ Thanh": Trung ương
    "Xứ Nghệ": Nghệ An
    "xu nghe": Hà Tĩnh
    "Bắc Hà": Atlantis
  awards:
    - name: Giấy khen
    - name: Huy hiệu mới
`
	for range 5 { // the same errors in the same order every time
		var diags diagnostic.List
		Parse([]byte(src), &diags)
		got := diags.Sort().Error()
		want := strings.Join([]string{
			`site.yaml:3:17: "Trung ương" means the whole country, not a province`,
			`site.yaml:5:16: alias "xu nghe" already names Nghệ An`,
			`site.yaml:6:15: unknown province "Atlantis"`,
			`site.yaml:8:7: the award "Giấy khen" exists already (as "Giấy khen")`,
		}, "\n")
		if got != want {
			t.Fatalf("errors:\n%s\nwant:\n%s", got, want)
		}
	}
}

func TestMissingLogo(t *testing.T) {
	_, diags := Load(fstest.MapFS{"site.yaml": {Data: []byte("title: T\nlogo: images/logo.svg\n")}})
	if got := diags.Error(); got != "site.yaml:2:7: logo: there is no file static/images/logo.svg" {
		t.Errorf("diagnostics = %q", got)
	}
}

func TestSyntaxErrorAndMissingFile(t *testing.T) {
	_, diags := Load(fstest.MapFS{"site.yaml": {Data: []byte("title: a\n  b: c\n")}})
	if len(diags) != 1 || diags[0].Line != 2 || !strings.Contains(diags[0].Message, "YAML syntax") {
		t.Errorf("syntax error = %v", diags)
	}
	_, diags = Load(fstest.MapFS{})
	if len(diags) != 1 || !strings.Contains(diags[0].Message, "has no site.yaml") || !strings.Contains(diags[0].Message, "vinhdanh init") {
		t.Errorf("missing file = %v", diags)
	}
}

func TestURLs(t *testing.T) {
	sub, err := ParseBaseURL("https://example.vn/sub")
	if err != nil {
		t.Fatal(err)
	}
	withBase, without := &Site{BaseURL: sub}, &Site{}
	for _, c := range []struct{ got, want string }{
		{withBase.RelURL("/tin-tuc/"), "/sub/tin-tuc/"},
		{without.RelURL("/tin-tuc/"), "/tin-tuc/"},
		{without.RelURL("https://example.vn/x"), "https://example.vn/x"},
		{withBase.AbsURL("/a/"), "https://example.vn/sub/a/"},
		{withBase.AbsURL("https://other.vn/"), "https://other.vn/"},
		{without.AbsURL("/a/"), "/a/"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestImages(t *testing.T) {
	site, diags := Load(fstest.MapFS{"site.yaml": {Data: []byte("images:\n  keep_metadata: true\n  publish_originals: yes\n  widths: [480, 960]\n")}})
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	if im := site.Images; !im.KeepMetadata || !im.PublishOriginals || len(im.Widths) != 2 || im.Widths[0] != 480 || im.Widths[1] != 960 {
		t.Errorf("images wrong: %+v", im)
	}
	site, _ = Load(fstest.MapFS{"site.yaml": {Data: []byte("title: x\n")}})
	if im := site.Images; im.KeepMetadata || im.PublishOriginals || im.Widths != nil {
		t.Errorf("images defaults wrong: %+v", im)
	}
	_, diags = Load(fstest.MapFS{"site.yaml": {Data: []byte("images:\n  keep_metadat: true\n  widths: [0, big]\n  publish_originals: 3\n")}})
	got := diags.Error()
	for _, want := range []string{"site.yaml:2:3", "keep_metadata", "site.yaml:3:12", "between 1 and 8192", "site.yaml:3:15", "site.yaml:4:22"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
}
