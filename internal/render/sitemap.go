package render

import (
	"encoding/xml"
	"fmt"
	"hash/maphash"
	"slices"
	"strings"
	"time"
)

// SitemapLimit is the most URLs a sitemap may hold (sitemaps.org); a site
// with more gets a sitemap index at /sitemap.xml and numbered parts.
const SitemapLimit = 50000

// NewsWindow is how far back the Google News sitemap reaches from the
// build's moment; NewsLimit is the most articles it may list.
const (
	NewsWindow = 48 * time.Hour
	NewsLimit  = 1000
)

const sitemapNS = "http://www.sitemaps.org/schemas/sitemap/0.9"

type urlSet struct {
	XMLName xml.Name     `xml:"urlset"`
	NS      string       `xml:"xmlns,attr"`
	News    string       `xml:"xmlns:news,attr,omitempty"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	Loc     string    `xml:"loc"`
	LastMod string    `xml:"lastmod,omitempty"`
	News    *newsItem `xml:"news:news,omitempty"`
}

type newsItem struct {
	Publication newsPublication `xml:"news:publication"`
	Date        string          `xml:"news:publication_date"`
	Title       string          `xml:"news:title"`
}

type newsPublication struct {
	Name     string `xml:"news:name"`
	Language string `xml:"news:language"`
}

type sitemapIndex struct {
	XMLName  xml.Name       `xml:"sitemapindex"`
	NS       string         `xml:"xmlns,attr"`
	Sitemaps []sitemapEntry `xml:"sitemap"`
}

type sitemapEntry struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod,omitempty"`
}

// PageRef is a published page, for the sitemaps.
type PageRef struct {
	Path    string // output path: "tin-tuc/2023/a/index.html"
	LastMod time.Time
}

// Sitemaps renders /sitemap.xml from the published pages: one sitemap when
// they are at most SitemapLimit, else a sitemap index at /sitemap.xml with
// parts /sitemap-1.xml, /sitemap-2.xml ... of at most SitemapLimit each. The
// pages are listed in path order, the home page first.
//
// With Reuse set, the key is a digest of the set of pages, whatever their
// order, and when the caller holds the sitemaps of that set they come back
// Reused.
func (r *Renderer) Sitemaps(pages []PageRef) ([]File, error) {
	var key uint64
	if r.reuse != nil {
		for _, p := range pages {
			// A sum: the same for any order.
			key += maphash.String(keySeed, p.Path) ^ uint64(p.LastMod.UnixNano())*0x9e3779b97f4a7c15
		}
		if f, ok := r.reused("sitemap.xml", key, false, time.Time{}); ok {
			files := []File{f}
			for part := 1; len(pages) > SitemapLimit && (part-1)*SitemapLimit < len(pages); part++ {
				files = append(files, File{Path: fmt.Sprintf("sitemap-%d.xml", part), Key: key, Reused: true})
			}
			return files, nil
		}
	}
	files, err := r.sitemaps(pages, SitemapLimit)
	for i := range files {
		files[i].Key = key
	}
	return files, err
}

// sitemaps renders the sitemaps of pages, limit URLs a sitemap at most.
func (r *Renderer) sitemaps(pages []PageRef, limit int) ([]File, error) {
	pages = slices.Clone(pages)
	slices.SortFunc(pages, func(a, b PageRef) int {
		return strings.Compare(sortPath(a.Path), sortPath(b.Path))
	})
	urls := make([]sitemapURL, len(pages))
	for i, p := range pages {
		urls[i] = sitemapURL{Loc: r.abs(pageURL(p.Path))}
		if !p.LastMod.IsZero() {
			urls[i].LastMod = p.LastMod.Format(time.RFC3339)
		}
	}
	if len(urls) <= limit {
		f, err := r.xmlFile("sitemap.xml", urlSet{NS: sitemapNS, URLs: urls})
		return []File{f}, err
	}
	var files []File
	index := sitemapIndex{NS: sitemapNS}
	for part := 0; part*limit < len(urls); part++ {
		lo, hi := part*limit, min((part+1)*limit, len(urls))
		name := fmt.Sprintf("sitemap-%d.xml", part+1)
		f, err := r.xmlFile(name, urlSet{NS: sitemapNS, URLs: urls[lo:hi]})
		if err != nil {
			return nil, err
		}
		files = append(files, f)
		var newest time.Time
		for _, p := range pages[lo:hi] {
			if p.LastMod.After(newest) {
				newest = p.LastMod
			}
		}
		entry := sitemapEntry{Loc: r.abs("/" + name)}
		if !newest.IsZero() {
			entry.LastMod = newest.Format(time.RFC3339)
		}
		index.Sitemaps = append(index.Sitemaps, entry)
	}
	f, err := r.xmlFile("sitemap.xml", index)
	return append([]File{f}, files...), err
}

// sortPath puts the home page first, then every path in byte order.
func sortPath(p string) string {
	if p == "index.html" {
		return ""
	}
	return p
}

// pageURL turns an output path back into the page's site path.
func pageURL(p string) string {
	return "/" + strings.TrimSuffix(p, "index.html")
}

// NewsSitemap renders /news-sitemap.xml: the articles published in the
// NewsWindow before now, newest first, for Google News.
func (r *Renderer) NewsSitemap(now time.Time) (File, error) {
	set := urlSet{NS: sitemapNS, News: "http://www.google.com/schemas/sitemap-news/0.9"}
	for _, a := range r.idx.Articles {
		if a.Date.After(now) {
			continue
		}
		if now.Sub(a.Date) > NewsWindow || len(set.URLs) == NewsLimit {
			break // newest first: the rest are older
		}
		set.URLs = append(set.URLs, sitemapURL{
			Loc: r.abs(a.URL),
			News: &newsItem{
				Publication: newsPublication{Name: r.info.Organisation, Language: r.site.Language},
				Date:        a.Date.Format(time.RFC3339),
				Title:       a.Title,
			},
		})
	}
	return r.xmlFile("news-sitemap.xml", set)
}

// Robots renders /robots.txt, which lets every crawler in and names the
// sitemaps.
func (r *Renderer) Robots() File {
	text := "User-agent: *\nAllow: /\n\nSitemap: " + r.abs("/sitemap.xml") + "\nSitemap: " + r.abs("/news-sitemap.xml") + "\n"
	return File{Path: "robots.txt", Data: []byte(text)}
}
