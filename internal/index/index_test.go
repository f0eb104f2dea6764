package index

import (
	"fmt"
	"slices"
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
	idx := Build([]*content.Article{a, b, c})
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
	idx := Build([]*content.Article{unrelated, tagOnly, merged, sameProvinceAndTag, base, samePeriod, national1, national2})
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
	again := Build([]*content.Article{national2, base, samePeriod, sameProvinceAndTag, merged, national1, tagOnly, unrelated})
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
	idx := Build(list)
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
