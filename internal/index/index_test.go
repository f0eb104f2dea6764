package index

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"vinhdanh/internal/content"
	"vinhdanh/internal/registry"
	"vinhdanh/internal/vietnamese"
)

var reg = registry.Default()

func article(t *testing.T, path string, day int, kind content.Kind, provinces []string, tags ...string) *content.Article {
	t.Helper()
	a := &content.Article{Path: path, Title: path, Kind: kind, Date: time.Date(2024, 1, day, 9, 0, 0, 0, time.UTC)}
	for _, p := range provinces {
		u, err := reg.Province(p)
		if err != nil {
			t.Fatal(err)
		}
		a.Provinces = append(a.Provinces, u)
	}
	for _, tag := range tags {
		a.Tags = append(a.Tags, content.Tag{Name: tag, Slug: vietnamese.Slug(tag)})
	}
	return a
}

func titles(list []*content.Article) []string {
	var out []string
	for _, a := range list {
		out = append(out, a.Title)
	}
	return out
}

func TestPaginate(t *testing.T) {
	var items []*content.Article
	for i := range 45 {
		items = append(items, &content.Article{Title: fmt.Sprint(i)})
	}
	pages := Paginate(items, 10, "/tin-tuc/")
	if len(pages) != 5 || len(pages[4].Items) != 5 || pages[2].Items[0].Title != "20" {
		t.Fatalf("pages = %d, last has %d", len(pages), len(pages[4].Items))
	}
	if pages[0].URL(1) != "/tin-tuc/" || pages[0].URL(3) != "/tin-tuc/trang/3/" {
		t.Error("page URLs are wrong")
	}
	if got := Paginate(nil, 10, "/"); len(got) != 1 || got[0].Total != 1 {
		t.Error("an empty list should have one page")
	}
	// The bar shows the first and last pages, two either side of the current one, and gaps.
	var bar []string
	for _, l := range Paginate(make([]*content.Article, 200), 10, "/")[9].Links() {
		switch {
		case l.Number == 0:
			bar = append(bar, "…")
		case l.Current:
			bar = append(bar, fmt.Sprintf("[%d]", l.Number))
		default:
			bar = append(bar, fmt.Sprint(l.Number))
		}
	}
	if want := []string{"1", "…", "8", "9", "[10]", "11", "12", "…", "20"}; !slices.Equal(bar, want) {
		t.Errorf("bar = %v, want %v", bar, want)
	}
}

func TestNeighboursWithinKind(t *testing.T) {
	a := article(t, "a", 1, content.News, nil)
	b := article(t, "b", 2, content.Conference, nil)
	c := article(t, "c", 3, content.News, nil)
	idx := Build([]*content.Article{a, b, c}, reg)
	if idx.Newer[a] != c || idx.Older[c] != a || idx.Newer[c] != nil || idx.Older[b] != nil {
		t.Error("neighbours should skip other kinds")
	}
	if !slices.Equal(titles(idx.Articles), []string{"c", "b", "a"}) {
		t.Errorf("order = %v", titles(idx.Articles))
	}
}

func TestRelated(t *testing.T) {
	base := article(t, "base", 10, content.News, []string{"Bắc Kạn"}, "giảm nghèo")
	sameProvinceAndTag := article(t, "same-province-and-tag", 5, content.News, []string{"Bắc Kạn"}, "giảm nghèo")
	merged := article(t, "merged", 11, content.Conference, []string{"Thái Nguyên"})
	tagOnly := article(t, "tag-only", 12, content.Decision, []string{"Cà Mau"}, "Giảm nghèo")
	unrelated := article(t, "unrelated", 10, content.News, []string{"Cà Mau"}, "y tế")
	samePeriod := article(t, "same-period", 20, content.News, []string{"Cà Mau"})
	base.Period, samePeriod.Period = vietnamese.Period{Start: 2021, End: 2025}, vietnamese.Period{Start: 2025, End: 2030}
	national1 := article(t, "national-1", 3, content.News, nil)
	national2 := article(t, "national-2", 4, content.News, nil)
	idx := Build([]*content.Article{unrelated, tagOnly, merged, sameProvinceAndTag, base, samePeriod, national1, national2}, reg)
	if r := idx.Related[national1]; len(r) != 0 {
		t.Errorf("two national news items share too little to be related: %v", titles(r))
	}
	got := titles(idx.Related[base])
	// Ties (three score 3) go to the nearest in time.
	want := []string{"same-province-and-tag", "merged", "tag-only", "same-period"}
	if !slices.Equal(got, want) {
		t.Errorf("related = %v, want %v", got, want)
	}
	// Deterministic whatever the input order.
	again := Build([]*content.Article{national2, base, samePeriod, sameProvinceAndTag, merged, national1, tagOnly, unrelated}, reg)
	if !slices.Equal(titles(again.Related[base]), got) {
		t.Error("related depends on input order")
	}
}

func TestRelatedIsBounded(t *testing.T) {
	// Thousands of articles sharing one province: each looks at a bounded
	// window around itself, and still finds RelatedCount articles.
	var list []*content.Article
	for i := range 3000 {
		a := article(t, fmt.Sprintf("a%04d", i), 1, content.News, []string{"Nghệ An"})
		a.Date = a.Date.Add(time.Duration(i) * time.Hour)
		list = append(list, a)
	}
	idx := Build(list, reg)
	for _, a := range list {
		if len(idx.Related[a]) != RelatedCount {
			t.Fatalf("%s has %d related", a.Path, len(idx.Related[a]))
		}
	}
	// The nearest in time come first.
	mid := list[1500]
	if r := idx.Related[mid]; r[0] != list[1499] && r[0] != list[1501] {
		t.Errorf("nearest related of %s is %s", mid.Path, r[0].Path)
	}
}

func TestProvincesAndTheMerger(t *testing.T) {
	bacKan2023 := article(t, "bac-kan-2023", 1, content.News, []string{"Bắc Kạn"})
	thaiNguyen2023 := article(t, "thai-nguyen-2023", 2, content.News, []string{"Thái Nguyên"})
	both := article(t, "both", 3, content.News, []string{"Bắc Kạn", "Thái Nguyên"})
	hue := article(t, "tth", 4, content.News, []string{"Thừa Thiên Huế"})
	national := article(t, "national", 5, content.News, nil)
	idx := Build([]*content.Article{bacKan2023, thaiNguyen2023, both, hue, national}, reg)
	p := idx.Provinces
	bk, _ := reg.Province("Bắc Kạn")
	tn, _ := reg.Province("Thái Nguyên")
	if got := titles(p.Page(bk).Articles); !slices.Equal(got, []string{"both", "bac-kan-2023"}) {
		t.Errorf("Bắc Kạn page = %v", got)
	}
	if got := titles(p.Page(tn).Articles); !slices.Equal(got, []string{"both", "thai-nguyen-2023", "bac-kan-2023"}) {
		t.Errorf("Thái Nguyên page = %v (the former Bắc Kạn's articles belong there too)", got)
	}
	if got := titles(p.National.Articles); !slices.Equal(got, []string{"national"}) || p.National.URL() != "/tinh/trung-uong/" {
		t.Errorf("national page = %v at %s", got, p.National.URL())
	}
	if len(p.Groups) != 34 {
		t.Fatalf("%d groups", len(p.Groups))
	}
	// Collation order of the current units.
	var names []string
	for _, g := range p.Groups {
		names = append(names, g.Unit.Name)
	}
	for i, want := range []string{"An Giang", "Bắc Ninh", "Cà Mau", "Cao Bằng", "Cần Thơ"} {
		if names[i] != want {
			t.Errorf("group %d = %s, want %s (all: %v)", i, names[i], want, names[:6])
		}
	}
	var tnGroup *ProvinceGroup
	for _, g := range p.Groups {
		if g.Unit == tn {
			tnGroup = g
		}
	}
	if len(tnGroup.Constituents) != 2 || tnGroup.Constituents[0].Unit != bk || tnGroup.Constituents[0].Count != 2 || tnGroup.Constituents[1].Count != 2 {
		t.Errorf("Thái Nguyên constituents = %+v", tnGroup.Constituents)
	}
	// Pages: Huế (current) and Thừa Thiên Huế (former), Thái Nguyên and Bắc Kạn, national.
	var urls []string
	for _, page := range p.Pages {
		urls = append(urls, page.URL())
	}
	want := []string{"/tinh/hue/", "/tinh/thua-thien-hue/", "/tinh/thai-nguyen/", "/tinh/bac-kan/", "/tinh/trung-uong/"}
	if !slices.Equal(urls, want) {
		t.Errorf("pages = %v, want %v", urls, want)
	}
}

func TestYearsAndPeriods(t *testing.T) {
	a := article(t, "a", 1, content.News, nil)
	a.Date = time.Date(2023, 6, 2, 9, 0, 0, 0, time.UTC)
	a.Period = vietnamese.Period{Start: 2021, End: 2025}
	b := article(t, "b", 1, content.News, nil)
	b.Date = time.Date(2023, 12, 20, 9, 0, 0, 0, time.UTC)
	b.Period = vietnamese.Period{Start: 2023, End: 2023}
	c := article(t, "c", 1, content.News, nil)
	c.Date = time.Date(2025, 1, 5, 9, 0, 0, 0, time.UTC)
	c.Period = vietnamese.Period{Start: 2021, End: 2023}
	d := article(t, "d", 1, content.News, nil)
	d.Date = time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)
	d.Period = vietnamese.Period{Start: 2025, End: 2030}
	idx := Build([]*content.Article{a, b, c, d}, reg)
	if len(idx.Years) != 3 || idx.Years[0].Year != 2026 || idx.Years[2].Year != 2023 {
		t.Fatalf("years = %v", idx.Years)
	}
	y2023 := idx.Years[2]
	if len(y2023.Months) != 2 || y2023.Months[0].Month != 6 || y2023.Months[1].URL() != "/nam/2023/12/" || y2023.URL() != "/nam/2023/" {
		t.Errorf("2023 months = %+v", y2023.Months)
	}
	var got []string
	for _, p := range idx.Periods {
		got = append(got, p.URL()+":"+strings.Join(titles(p.Articles), ","))
	}
	want := []string{"/giai-doan/2021-2023/:c,b", "/giai-doan/2021-2025/:c,b,a", "/giai-doan/2025-2030/:d"}
	if !slices.Equal(got, want) {
		t.Errorf("periods = %v, want %v", got, want)
	}
	if idx.PeriodPage(vietnamese.Period{Start: 2021, End: 2025}) == nil || idx.PeriodPage(vietnamese.Period{Start: 2023, End: 2023}) != nil {
		t.Error("PeriodPage lookup is wrong")
	}
}

func TestTagsCollation(t *testing.T) {
	a := article(t, "a", 1, content.News, nil, "Đổi mới", "dân vận", "zalo")
	b := article(t, "b", 2, content.News, nil, "đổi mới", "Cần Thơ", "Cao Bằng", "Cà Mau")
	c := article(t, "c", 3, content.News, nil, "đổi mới")
	idx := Build([]*content.Article{a, b, c}, reg)
	var names []string
	for _, tp := range idx.Tags {
		names = append(names, tp.Name)
	}
	// Cà Mau < Cao Bằng < Cần Thơ, and every Đ after every D.
	want := []string{"Cà Mau", "Cao Bằng", "Cần Thơ", "dân vận", "đổi mới", "zalo"}
	if !slices.Equal(names, want) {
		t.Errorf("tags = %v, want %v", names, want)
	}
	if idx.Tags[4].URL() != "/chu-de/doi-moi/" || len(idx.Tags[4].Articles) != 3 {
		t.Errorf("đổi mới: %s with %d articles", idx.Tags[4].URL(), len(idx.Tags[4].Articles))
	}
}
