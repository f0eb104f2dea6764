package build

import (
	"encoding/xml"
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// order checks that the strings appear in page in the order given.
func order(t *testing.T, name, page string, in ...string) {
	t.Helper()
	last := -1
	for _, s := range in {
		i := strings.Index(page, s)
		switch {
		case i < 0:
			t.Errorf("%s does not contain %q", name, s)
		case i < last:
			t.Errorf("%s: %q comes before the item before it", name, s)
		}
		last = i
	}
}

func TestProvincePagesAndTheMerger(t *testing.T) {
	dest, _ := buildSite(t, `
-- site.yaml --
title: T
base_url: https://example.vn/
-- content/tin-tuc/2023/bac-kan.md --
---
title: Tin Bắc Kạn năm 2023
date: 2023-06-02
kind: news
province: Bắc Kạn
---
A.
-- content/tin-tuc/2026/thai-nguyen.md --
---
title: Tin Thái Nguyên năm 2026
date: 2026-03-02
kind: news
province: Thái Nguyên
---
B.
-- content/tin-tuc/2024/hue.md --
---
title: Tin Thừa Thiên Huế
date: 2024-03-02
kind: news
province: Thừa Thiên Huế
---
C.
-- content/tin-tuc/2020/toan-quoc.md --
---
title: Tin toàn quốc
date: 2020-03-02
kind: news
---
D.
`, nil)
	former := readOutput(t, dest, "tinh/bac-kan/index.html")
	assertContains(t, "Bắc Kạn", former, "<h1>Tỉnh Bắc Kạn</h1>", "Tin Bắc Kạn năm 2023",
		`Từ ngày 01/07/2025, địa phương này thuộc <a href="/tinh/thai-nguyen/">Tỉnh Thái Nguyên</a>.`)
	assertNotContains(t, "Bắc Kạn", former, "Tin Thái Nguyên năm 2026")
	current := readOutput(t, dest, "tinh/thai-nguyen/index.html")
	assertContains(t, "Thái Nguyên", current, "<h1>Tỉnh Thái Nguyên</h1>", "Tin Bắc Kạn năm 2023", "Tin Thái Nguyên năm 2026",
		`Hình thành từ <a href="/tinh/bac-kan/">Tỉnh Bắc Kạn</a>, <span>Tỉnh Thái Nguyên (cũ)</span>.`)
	assertContains(t, "Thừa Thiên Huế", readOutput(t, dest, "tinh/thua-thien-hue/index.html"),
		`Từ ngày 01/01/2025, địa phương này thuộc <a href="/tinh/hue/">Thành phố Huế</a>.`)
	assertContains(t, "Huế", readOutput(t, dest, "tinh/hue/index.html"), `Trước đây là <a href="/tinh/thua-thien-hue/">Tỉnh Thừa Thiên Huế</a>.`)
	assertContains(t, "national", readOutput(t, dest, "tinh/trung-uong/index.html"), "<h1>Trung ương</h1>", "Tin toàn quốc")
	dir := readOutput(t, dest, "tinh/index.html")
	assertContains(t, "directory", dir,
		`<a href="/tinh/thai-nguyen/">Thái Nguyên</a> <span class=count>(2)</span>`,
		`<a href="/tinh/bac-kan/">Bắc Kạn</a> <span class=count>(1)</span>`,
		`<a href="/tinh/trung-uong/">Trung ương</a>`)
	// All 34 current units are listed, in collation order.
	order(t, "directory", dir, ">An Giang<", ">Bắc Ninh<", ">Cà Mau<", ">Cao Bằng<", ">Cần Thơ<", ">Đà Nẵng<", ">Vĩnh Long<")
	if n := strings.Count(dir, `<li><span class=head>`); n != 35 { // 34 units and the national page
		t.Errorf("directory has %d groups", n)
	}
	assertMissing(t, dest, "tinh/nghe-an/index.html") // no article: no page
	// The article links its province pages.
	assertContains(t, "article", readOutput(t, dest, "tin-tuc/2023/bac-kan/index.html"), `<a href="/tinh/bac-kan/">Bắc Kạn</a>`)
}

func TestPeriodsWithAnyDash(t *testing.T) {
	var b strings.Builder
	b.WriteString("-- site.yaml --\ntitle: T\nbase_url: https://example.vn/\n")
	for i, period := range []string{"2021-2025", "2021 – 2025", "2021—2025", "giai đoạn 2021 - 2025", "2023", "2022 − 2024", "2026-2030"} {
		fmt.Fprintf(&b, "-- content/tin-tuc/2025/bai-%d.md --\n---\ntitle: Bài %d\ndate: 2025-0%d-10\nkind: news\nperiod: %q\n---\nNội dung.\n", i, i, i+1, period)
	}
	dest, _ := buildSite(t, b.String(), nil)
	term := readOutput(t, dest, "giai-doan/2021-2025/index.html")
	for i := range 6 { // the four ways of writing 2021-2025, and 2023 and 2022-2024 within it
		assertContains(t, "2021-2025", term, fmt.Sprintf(">Bài %d<", i))
	}
	assertNotContains(t, "2021-2025", term, ">Bài 6<")
	// Terms are in order of their first year, then their last.
	assertContains(t, "2021-2025", term, "<h1>Giai đoạn 2021-2025</h1>", `<a rel=next href="/giai-doan/2022-2024/">Giai đoạn 2022-2024 ›</a>`)
	assertNotContains(t, "2021-2025", term, `rel=prev`)
	assertContains(t, "2022-2024", readOutput(t, dest, "giai-doan/2022-2024/index.html"),
		`<a rel=prev href="/giai-doan/2021-2025/">‹ Giai đoạn 2021-2025</a>`, `<a rel=next href="/giai-doan/2026-2030/">Giai đoạn 2026-2030 ›</a>`)
	assertMissing(t, dest, "giai-doan/2023-2023/index.html") // single years have no term page
	// Years and months, with their neighbours.
	assertContains(t, "2025", readOutput(t, dest, "nam/2025/index.html"), "<h1>Năm 2025</h1>",
		`<a href="/nam/2025/07/">Tháng 7/2025</a> <span class=count>(1)</span>`)
	assertContains(t, "03/2025", readOutput(t, dest, "nam/2025/03/index.html"), "<h1>Tháng 3/2025</h1>", ">Bài 2<",
		`<a rel=prev href="/nam/2025/02/">‹ Tháng 2/2025</a>`, `<a rel=next href="/nam/2025/04/">Tháng 4/2025 ›</a>`)
	archive := readOutput(t, dest, "luu-tru/index.html")
	assertContains(t, "archive", archive, `<th scope=row><a href="/nam/2025/">2025</a></th>`,
		`<a href="/nam/2025/03/" aria-label="Tháng 3/2025: 1 bài viết">1</a>`, `<td><a href="/nam/2025/">7</a></td>`,
		`<a href="/giai-doan/2021-2025/">Giai đoạn 2021-2025</a> <span class=count>(6)</span>`)
	// From the archive, every article is two clicks away: month, then article.
	for _, m := range regexp.MustCompile(`href="(/nam/\d{4}/\d{2}/)"`).FindAllStringSubmatch(archive, -1) {
		assertContains(t, m[1], readOutput(t, dest, strings.TrimPrefix(m[1], "/")+"index.html"), `href="/tin-tuc/2025/bai-`)
	}
}

func TestTermsAndCollation(t *testing.T) {
	dest, _ := buildSite(t, `
-- site.yaml --
title: T
base_url: https://example.vn/
clusters:
  - name: Cụm thi đua Tây Nam Bộ
    members: [Cần Thơ, {province: Sóc Trăng, to: 2025-06-30}, Cà Mau]
-- content/tin-tuc/2023/a.md --
---
title: Bài A
date: 2023-06-02
kind: news
province: Sóc Trăng
cluster: Cụm thi đua Tây Nam Bộ
tags: [Đổi mới, dân vận, zalo, Cà Mau, Cần Thơ, Cao Bằng]
awards: [Huân chương Lao động hạng Ba, Bằng khen của UBND tỉnh, Huân chương Độc lập hạng Nhất]
---
A.
-- content/tin-tuc/2023/b.md --
---
title: Bài B
date: 2023-06-03
kind: news
tags: [đổi mới]
---
B.
`, nil)
	tags := readOutput(t, dest, "chu-de/index.html")
	// Cà Mau < Cao Bằng < Cần Thơ; every Đ after every D.
	order(t, "tags", tags, ">Cà Mau<", ">Cao Bằng<", ">Cần Thơ<", ">dân vận<", ">đổi mới<", ">zalo<")
	assertContains(t, "tags", tags, `<a href="/chu-de/doi-moi/">đổi mới</a> <span class=count>(2)</span>`)
	assertContains(t, "tag", readOutput(t, dest, "chu-de/doi-moi/index.html"), "<h1>Chủ đề: đổi mới</h1>", ">Bài A<", ">Bài B<")
	awards := readOutput(t, dest, "khen-thuong/index.html")
	order(t, "awards", awards, ">Huân chương<", ">Huân chương Độc lập hạng Nhất<", ">Huân chương Lao động hạng Ba<", ">Bằng khen<", ">Bằng khen của Chủ tịch UBND tỉnh<")
	assertContains(t, "award", readOutput(t, dest, "khen-thuong/huan-chuong-lao-dong-hang-ba/index.html"),
		"<h1>Huân chương Lao động hạng Ba</h1>", "Thẩm quyền quyết định: Chủ tịch nước.")
	cluster := readOutput(t, dest, "cum-thi-dua/cum-thi-dua-tay-nam-bo/index.html")
	order(t, "cluster members", cluster, ">Cà Mau<", ">Cần Thơ<", ">Sóc Trăng<")
	assertContains(t, "cluster", cluster, `<span class=note>(đến 30/06/2025)</span>`, ">Bài A<")
	assertContains(t, "clusters", readOutput(t, dest, "cum-thi-dua/index.html"), `<a href="/cum-thi-dua/cum-thi-dua-tay-nam-bo/">Cụm thi đua Tây Nam Bộ</a>`)
}

func TestDecisionsRegister(t *testing.T) {
	dest, _ := buildSite(t, `
-- site.yaml --
title: T
base_url: https://example.vn/
-- content/quyet-dinh/2023/qd.md --
---
title: Tặng Bằng khen cho 12 tập thể
date: 2023-06-01
kind: decision
awards: [Bằng khen của UBND tỉnh]
decision: {number: 946/QĐ-UBND, signed: 2023-05-30, signer: Chủ tịch UBND tỉnh Nghệ An, recipients: 12}
---
Quyết định.
-- content/dien-hinh/2023/a.md --
---
title: Cô giáo A
date: 2023-07-01
kind: exemplar
exemplar: {name: Nguyễn Thị A, type: individual, decision: 946/QĐ-UBND}
---
Chân dung.
`, nil)
	register := readOutput(t, dest, "quyet-dinh/index.html")
	assertContains(t, "register", register,
		`<th scope=row><a href="/quyet-dinh/2023/qd/" title="Tặng Bằng khen cho 12 tập thể">946/QĐ-UBND</a></th>`,
		`<time datetime="2023-05-30T00:00:00+07:00">30/05/2023</time>`, "<td>Chủ tịch UBND tỉnh Nghệ An</td>",
		"<td>Bằng khen của Chủ tịch UBND tỉnh</td><td>12</td>", `<a href="/dien-hinh/2023/a/">Nguyễn Thị A</a>`,
		`<link rel=alternate type=application/rss+xml title="Quyết định khen thưởng" href="/quyet-dinh/index.xml">`)
}

// rssDoc and friends read feeds and sitemaps back in tests.
type rssDoc struct {
	Channel struct {
		Title string `xml:"title"`
		Items []struct {
			Title string `xml:"title"`
			Link  string `xml:"link"`
		} `xml:"item"`
	} `xml:"channel"`
}

type urlSetDoc struct {
	URLs []struct {
		Loc  string `xml:"loc"`
		News *struct {
			Title string `xml:"title"`
		} `xml:"news"`
	} `xml:"url"`
}

func decodeXML(t *testing.T, name, data string, v any) {
	t.Helper()
	if err := xml.Unmarshal([]byte(data), v); err != nil {
		t.Fatalf("%s is not well-formed XML: %v", name, err)
	}
}

func TestFeedsAndSitemaps(t *testing.T) {
	var b strings.Builder
	b.WriteString("-- site.yaml --\ntitle: T & co\nbase_url: https://example.vn/\nfeeds: {limit: 3}\n")
	for day := 15; day <= 21; day++ {
		fmt.Fprintf(&b, "-- content/tin-tuc/2026/ngay-%d.md --\n---\ntitle: \"Tin ngày %d <b>&</b>\"\ndate: 2026-11-%d 10:00\nkind: news\nprovince: Nghệ An\n---\nNội dung.\n", day, day, day)
	}
	dest, _ := buildSite(t, b.String(), func(o *Options) { o.NowText = "2026-11-21 12:00" })
	var home rssDoc
	decodeXML(t, "index.xml", readOutput(t, dest, "index.xml"), &home)
	if len(home.Channel.Items) != 3 || home.Channel.Items[0].Title != "Tin ngày 21 <b>&</b>" || home.Channel.Items[0].Link != "https://example.vn/tin-tuc/2026/ngay-21/" {
		t.Errorf("home feed = %+v", home.Channel)
	}
	for _, feed := range []string{"tin-tuc/index.xml", "tinh/nghe-an/index.xml", "nam/2026/index.xml", "nam/2026/11/index.xml", "quyet-dinh/index.xml"} {
		var doc rssDoc
		decodeXML(t, feed, readOutput(t, dest, feed), &doc)
	}
	atom := readOutput(t, dest, "atom.xml")
	decodeXML(t, "atom.xml", atom, &struct{}{})
	assertContains(t, "atom", atom, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">`, "<updated>2026-11-21T10:00:00+07:00</updated>")
	// The news sitemap: the two days before --now.
	var news urlSetDoc
	decodeXML(t, "news-sitemap.xml", readOutput(t, dest, "news-sitemap.xml"), &news)
	var titles []string
	for _, u := range news.URLs {
		titles = append(titles, u.News.Title)
	}
	if strings.Join(titles, "|") != "Tin ngày 21 <b>&</b>|Tin ngày 20 <b>&</b>" {
		t.Errorf("news sitemap = %v", titles)
	}
	// The sitemap lists every page, and no feed, alias or 404.
	var sitemap urlSetDoc
	decodeXML(t, "sitemap.xml", readOutput(t, dest, "sitemap.xml"), &sitemap)
	locs := map[string]bool{}
	for _, u := range sitemap.URLs {
		locs[u.Loc] = true
	}
	for _, want := range []string{"https://example.vn/", "https://example.vn/tin-tuc/2026/ngay-15/", "https://example.vn/tinh/", "https://example.vn/tinh/nghe-an/", "https://example.vn/luu-tru/", "https://example.vn/nam/2026/11/"} {
		if !locs[want] {
			t.Errorf("sitemap lacks %s", want)
		}
	}
	for loc := range locs {
		if strings.HasSuffix(loc, ".xml") || strings.HasSuffix(loc, "404.html") {
			t.Errorf("sitemap lists %s", loc)
		}
	}
	if sitemap.URLs[0].Loc != "https://example.vn/" {
		t.Errorf("the home page should come first, got %s", sitemap.URLs[0].Loc)
	}
	assertContains(t, "robots", readOutput(t, dest, "robots.txt"), "Sitemap: https://example.vn/sitemap.xml\n")
}

func TestSiteRobotsTxtWins(t *testing.T) {
	dest, _ := buildSite(t, `
-- site.yaml --
title: T
base_url: https://example.vn/
-- static/robots.txt --
User-agent: *
Disallow: /nhap/
-- content/tin-tuc/2023/a.md --
---
title: A
date: 2023-01-02
kind: news
---
A.
`, nil)
	if got := readOutput(t, dest, "robots.txt"); got != "User-agent: *\nDisallow: /nhap/\n" {
		t.Errorf("robots.txt = %q", got)
	}
}
