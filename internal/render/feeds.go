package render

import (
	"bytes"
	"encoding/xml"
	"time"

	"vinhdanh/internal/content"
)

// Feeds and sitemaps are built with encoding/xml, so that they are
// well-formed and every value is escaped whatever editors write. Its
// output, not indented, has no white space between elements: it is written
// as it is, not minified again.

const xmlHeader = `<?xml version="1.0" encoding="UTF-8"?>`

type rssFeed struct {
	XMLName xml.Name   `xml:"rss"`
	Version string     `xml:"version,attr"`
	Atom    string     `xml:"xmlns:atom,attr"`
	DC      string     `xml:"xmlns:dc,attr"`
	Channel rssChannel `xml:"channel"`
}

type rssChannel struct {
	Title         string    `xml:"title"`
	Link          string    `xml:"link"`
	Description   string    `xml:"description"`
	Language      string    `xml:"language"`
	LastBuildDate string    `xml:"lastBuildDate,omitempty"`
	Self          atomLink  `xml:"atom:link"`
	Items         []rssItem `xml:"item"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
}

type rssItem struct {
	Title       string   `xml:"title"`
	Link        string   `xml:"link"`
	GUID        rssGUID  `xml:"guid"`
	PubDate     string   `xml:"pubDate"`
	Description string   `xml:"description,omitempty"`
	Creator     string   `xml:"dc:creator,omitempty"`
	Categories  []string `xml:"category"`
}

type rssGUID struct {
	IsPermaLink string `xml:"isPermaLink,attr"`
	Value       string `xml:",chardata"`
}

// feedItems returns the newest items of a list, as many as feeds.limit.
func (r *Renderer) feedItems(articles []*content.Article) []*content.Article {
	return articles[:min(len(articles), r.site.FeedLimit)]
}

// rss renders the RSS 2.0 feed at feedURL of the list at listURL.
func (r *Renderer) rss(feedURL, title, description, listURL string, articles []*content.Article) (File, error) {
	if description == "" {
		description = r.site.Description
	}
	if description == "" {
		description = title
	}
	items := r.feedItems(articles)
	var key uint64
	if r.reuse != nil {
		k := newPageKey("rss")
		k.text(feedURL, title, description, listURL)
		k.articles(items...)
		key = k.sum()
		if f, ok := r.reused(outputPath(feedURL), key, false, time.Time{}); ok {
			return f, nil
		}
	}
	feed := rssFeed{
		Version: "2.0", Atom: "http://www.w3.org/2005/Atom", DC: "http://purl.org/dc/elements/1.1/",
		Channel: rssChannel{
			Title: title, Link: r.abs(listURL), Description: description, Language: r.site.Language,
			Self: atomLink{Href: r.abs(feedURL), Rel: "self", Type: "application/rss+xml"},
		},
	}
	if title != r.site.Title {
		feed.Channel.Title = title + " – " + r.site.Title
	}
	if t := newestChange(items); !t.IsZero() {
		feed.Channel.LastBuildDate = t.Format(time.RFC1123Z)
	}
	for _, a := range items {
		item := rssItem{
			Title: a.Title, Link: r.abs(a.URL), GUID: rssGUID{IsPermaLink: "true", Value: r.abs(a.URL)},
			PubDate: a.Date.Format(time.RFC1123Z), Description: a.Summary, Creator: a.Author,
			Categories: []string{r.kindLabel(a.Kind)},
		}
		for _, u := range a.Provinces {
			item.Categories = append(item.Categories, u.Name)
		}
		for _, t := range a.Tags {
			item.Categories = append(item.Categories, t.Name)
		}
		feed.Channel.Items = append(feed.Channel.Items, item)
	}
	f, err := r.xmlFile(outputPath(feedURL), feed)
	f.Key = key
	return f, err
}

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang    string      `xml:"xml:lang,attr"`
	Title   string      `xml:"title"`
	ID      string      `xml:"id"`
	Links   []atomLink  `xml:"link"`
	Updated string      `xml:"updated"`
	Author  atomPerson  `xml:"author"`
	Entries []atomEntry `xml:"entry"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	Title      string         `xml:"title"`
	ID         string         `xml:"id"`
	Link       atomLink       `xml:"link"`
	Published  string         `xml:"published"`
	Updated    string         `xml:"updated"`
	Summary    string         `xml:"summary,omitempty"`
	Author     *atomPerson    `xml:"author,omitempty"`
	Categories []atomCategory `xml:"category"`
}

type atomCategory struct {
	Term string `xml:"term,attr"`
}

// Atom renders /atom.xml, the site's newest articles as an Atom feed.
func (r *Renderer) Atom() (File, error) {
	items := r.feedItems(r.idx.Articles)
	var key uint64
	if r.reuse != nil {
		k := newPageKey("atom")
		k.articles(items...)
		key = k.sum()
		if f, ok := r.reused("atom.xml", key, false, time.Time{}); ok {
			return f, nil
		}
	}
	updated := newestChange(items)
	if updated.IsZero() {
		updated = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC) // an empty site: a fixed time keeps builds reproducible
	}
	feed := atomFeed{
		Lang: r.site.Language, Title: r.site.Title, ID: r.abs("/"), Updated: updated.Format(time.RFC3339),
		Links:  []atomLink{{Href: r.abs("/atom.xml"), Rel: "self", Type: "application/atom+xml"}, {Href: r.abs("/")}},
		Author: atomPerson{Name: r.info.Organisation},
	}
	for _, a := range items {
		e := atomEntry{
			Title: a.Title, ID: r.abs(a.URL), Link: atomLink{Href: r.abs(a.URL)},
			Published: a.Date.Format(time.RFC3339), Updated: a.Modified().Format(time.RFC3339), Summary: a.Summary,
			Categories: []atomCategory{{Term: r.kindLabel(a.Kind)}},
		}
		if a.Author != "" {
			e.Author = &atomPerson{Name: a.Author}
		}
		for _, t := range a.Tags {
			e.Categories = append(e.Categories, atomCategory{Term: t.Name})
		}
		feed.Entries = append(feed.Entries, e)
	}
	f, err := r.xmlFile("atom.xml", feed)
	f.Key = key
	return f, err
}

// xmlFile encodes v as an XML document at path.
func (r *Renderer) xmlFile(path string, v any) (File, error) {
	buf := pageBuffers.Get().(*bytes.Buffer)
	buf.Reset()
	buf.WriteString(xmlHeader)
	if err := xml.NewEncoder(buf).Encode(v); err != nil {
		pageBuffers.Put(buf)
		return File{}, err
	}
	return r.pageFile(File{Path: path, Compact: true}, buf, selfClose(buf.Bytes())), nil
}

// selfClose writes the empty elements of encoding/xml's output, such as
// <link href="..."></link>, as <link href="..."/>, in place. In that
// output a tag's < is never in text or in an attribute, where it is
// escaped, so the last < before "></" opens the tag the "></" closes.
func selfClose(b []byte) []byte {
	w, r := 0, 0 // where the next bytes are written, and read
	for {
		i := bytes.Index(b[r:], []byte("></"))
		if i < 0 {
			return append(b[:w], b[r:]...)
		}
		i += r
		closing := i + len("></")
		end := bytes.IndexByte(b[closing:], '>')
		open := bytes.LastIndexByte(b[:i], '<')
		if end < 0 || open < 0 {
			return append(b[:w], b[r:]...)
		}
		name := b[closing : closing+end]
		opening := b[open+1 : i]
		if bytes.HasPrefix(opening, name) && (len(opening) == len(name) || opening[len(name)] == ' ') {
			w += copy(b[w:], b[r:i])
			w += copy(b[w:], "/>")
		} else {
			w += copy(b[w:], b[r:closing+end+1])
		}
		r = closing + end + 1
	}
}
