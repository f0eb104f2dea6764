package index

import (
	"cmp"
	"fmt"
	"slices"

	"vinhdanh/internal/content"
	"vinhdanh/internal/vietnamese"
)

// YearPage lists the articles published in a year.
type YearPage struct {
	Year     int
	Articles []*content.Article // newest first
	Months   []*MonthPage       // the months with articles, January first
}

// URL is the page's site path: "/nam/2023/".
func (y *YearPage) URL() string { return fmt.Sprintf("/nam/%d/", y.Year) }

// MonthPage lists the articles published in a month.
type MonthPage struct {
	Year, Month int
	Articles    []*content.Article // newest first
}

// URL is the page's site path: "/nam/2023/06/".
func (m *MonthPage) URL() string { return fmt.Sprintf("/nam/%d/%02d/", m.Year, m.Month) }

// years groups articles by the year and month of their date, in the site's
// time zone (the zone their dates carry).
func years(articles []*content.Article) []*YearPage {
	var out []*YearPage
	for _, a := range articles { // newest first: years and months arrive in order
		y, m := a.Date.Year(), int(a.Date.Month())
		if len(out) == 0 || out[len(out)-1].Year != y {
			out = append(out, &YearPage{Year: y})
		}
		yp := out[len(out)-1]
		yp.Articles = append(yp.Articles, a)
		if len(yp.Months) == 0 || yp.Months[len(yp.Months)-1].Month != m {
			yp.Months = append(yp.Months, &MonthPage{Year: y, Month: m})
		}
		mp := yp.Months[len(yp.Months)-1]
		mp.Articles = append(mp.Articles, a)
	}
	for _, y := range out {
		slices.Reverse(y.Months)
	}
	return out
}

// PeriodPage lists the articles of a term (giai đoạn) of several years: those
// whose period is the term, and those whose period falls within it.
type PeriodPage struct {
	Period   vietnamese.Period
	Articles []*content.Article // newest first
}

// URL is the page's site path: "/giai-doan/2021-2025/".
func (p *PeriodPage) URL() string {
	return fmt.Sprintf("/giai-doan/%d-%d/", p.Period.Start, p.Period.End)
}

type periodKey struct{ start, end int }

// periods makes a page for each term of several years that an article
// gives as its period, and files under it every article whose period lies
// within it: "2023" and "2021-2023" both fall in "2021-2025".
func periods(articles []*content.Article) ([]*PeriodPage, map[periodKey]*PeriodPage) {
	byKey := map[periodKey]*PeriodPage{}
	var pages []*PeriodPage
	for _, a := range articles {
		if p := a.Period; p.End > p.Start {
			if byKey[periodKey{p.Start, p.End}] == nil {
				page := &PeriodPage{Period: p}
				byKey[periodKey{p.Start, p.End}] = page
				pages = append(pages, page)
			}
		}
	}
	slices.SortFunc(pages, func(a, b *PeriodPage) int {
		return cmp.Or(cmp.Compare(a.Period.Start, b.Period.Start), cmp.Compare(a.Period.End, b.Period.End))
	})
	for _, a := range articles {
		if a.Period.IsZero() {
			continue
		}
		for _, page := range pages {
			if page.Period.Start > a.Period.Start {
				break
			}
			if a.Period.End <= page.Period.End {
				page.Articles = append(page.Articles, a)
			}
		}
	}
	return pages, byKey
}

// PeriodPage returns the page of the term p, or nil when there is none.
func (idx *Index) PeriodPage(p vietnamese.Period) *PeriodPage {
	return idx.periods[periodKey{p.Start, p.End}]
}
