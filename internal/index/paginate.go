package index

import (
	"strconv"

	"vinhdanh/internal/content"
)

// Page is one numbered page of a list.
type Page struct {
	Number int // 1-based
	Total  int // number of pages in the list
	Items  []*content.Article
	// Base is the list's first page ("/", "/hoi-nghi/"); page n > 1 lives
	// at Base + "trang/n/".
	Base string
}

// URL returns the site path of page n of the list.
func (p Page) URL(n int) string { return pageURL(p.Base, n) }

// pageURL returns the site path of page n of the list at base.
func pageURL(base string, n int) string {
	if n <= 1 {
		return base
	}
	return base + "trang/" + strconv.Itoa(n) + "/"
}

// Paginate cuts items into pages of size; an empty list still has one page.
func Paginate(items []*content.Article, size int, base string) []Page {
	total := max(1, (len(items)+size-1)/size)
	pages := make([]Page, total)
	for i := range pages {
		lo := i * size
		hi := min(lo+size, len(items))
		pages[i] = Page{Number: i + 1, Total: total, Items: items[lo:hi], Base: base}
	}
	return pages
}

// Link is one entry of a numbered pagination bar: a page number, or a gap
// (Number 0) standing for pages left out.
type Link struct {
	Number  int
	URL     string
	Current bool
}

// Links returns the pagination bar for p: the first and last pages, and
// the pages within two of the current one, with gaps between.
func (p Page) Links() []Link {
	var links []Link
	last := 0
	for n := 1; n <= p.Total; n++ {
		if n != 1 && n != p.Total && (n < p.Number-2 || n > p.Number+2) {
			continue
		}
		if last != 0 && n > last+1 {
			links = append(links, Link{})
		}
		links = append(links, Link{Number: n, URL: p.URL(n), Current: n == p.Number})
		last = n
	}
	return links
}
