package render

import (
	"fmt"
	"html/template"
	"strings"
	"time"

	"vinhdanh/internal/content"
	"vinhdanh/internal/index"
)

// Page is what every layout receives.
type Page struct {
	Site      *SiteInfo
	Layout    string     // "home", "list", "article" or "404"
	URL       string     // the page's site path: "/hoi-nghi/"
	Canonical string     // its absolute URL (a path when the site has no base_url)
	Title     string     // the page's heading
	HeadTitle string     // the document's <title>
	Menu      []MenuLink // the main navigation, with the current section marked
	// Description is the meta description and OpenGraph description.
	Description string
	OGType      string // "website" or "article"
	Image       string // absolute URL of the page's picture, or ""
	ImageAlt    string
	Breadcrumbs []Crumb
	JSONLD      template.JS // schema.org structured data
	NoIndex     bool        // keep search engines away (404)

	Feed string // the site path of the page's RSS feed, or ""

	Article   *ArticleView   // article pages
	List      *ListView      // home and list pages
	Directory *DirectoryView // /tinh/, /chu-de/, /khen-thuong/, /cum-thi-dua/
	Archive   *ArchiveView   // /luu-tru/
	Register  *RegisterView  // /quyet-dinh/
	Search    *SearchView    // /tim-kiem/
	Honouree  *HonoureeView  // /vinh-danh/<slug>/
}

// SiteInfo is the site-wide part of every page.
type SiteInfo struct {
	Title, Description, Language, Organisation string
	Locale                                     string // OpenGraph locale: "vi_VN"
	Logo                                       string // site path of the logo, or ""
	// Origin is the scheme and host of the site's base URL
	// ("https://example.vn"), or "" when it has none: printed pages put it
	// before the site paths of links.
	Origin string
	// OriginStyle is a <style> element that gives Origin to the print
	// stylesheet as --origin, or "" without one. It is made here, not in
	// the layout, because a value in a layout's CSS would send every page
	// to html/template instead of the compiled layouts.
	OriginStyle template.HTML
	Menu        []MenuLink
	Year        int  // for the footer
	Search      bool // the site has a search page
	// assets maps a theme static file to its URL with a version, so that
	// browsers fetch a file again exactly when it changes.
	assets map[string]string
	rel    func(string) string
}

// Asset returns the URL of the theme's static file p ("css/main.css"),
// versioned by its content; a file the theme lacks is an error.
func (s *SiteInfo) Asset(p string) (string, error) {
	u, ok := s.assets[p]
	if !ok {
		return "", fmt.Errorf("the theme has no static file %s", p)
	}
	return s.rel(u), nil
}

// MenuLink is an entry of the main navigation.
type MenuLink struct {
	Name, URL string
	// Current is "page" on the page the link leads to, "true" within its
	// section, and empty elsewhere (the value of aria-current).
	Current string
}

// Crumb is a step of the breadcrumb trail.
type Crumb struct {
	Name, URL string
	Current   bool // the page itself, the trail's last step
}

// ArticleView is an article with what its page shows around it.
type ArticleView struct {
	*content.Article
	// Lead is the summary the editor wrote, shown under the headline; a
	// summary taken from the first paragraph is not repeated there.
	Lead         string
	Body         template.HTML
	Related      []*content.Article
	Newer, Older *content.Article
	// Links to the index pages the article is on.
	ProvinceLinks []Link
	PeriodLink    *Link // the page of its period, when it spans years
	MonthLink     Link  // the month it was published in
	TagLinks      []Link
	AwardLinks    []Link
	ClusterLink   *Link
	// Honourees is the decision's list of honourees, nil when it has none.
	Honourees *HonoureeTable
	// HonoureeURL is the honour roll's page of the exemplar the article is
	// about, when it has one.
	HonoureeURL string
}

// Link is a link to a page, with an optional count of its articles and a
// note ("đến 30/06/2025").
type Link struct {
	Name, URL string
	Count     int
	Note      string
}

// ListView is one page of a list of articles.
type ListView struct {
	Intro string
	Count int // articles in the whole list
	Items []*content.Article
	// Cards are the items rendered by partials/card.html, in order.
	Cards []template.HTML
	Page  index.Page
	Links []index.Link
	// PrevURL and NextURL are the neighbouring pages of the list, or "".
	PrevURL, NextURL string
	// Kinds links the kind lists, for the 404 page.
	Kinds []MenuLink
	// Header holds what a list shows above its articles, when it has any.
	Header *ListHeader
}

// ListHeader is what some lists show above their articles.
type ListHeader struct {
	// MergedInto and MergedSince are set on the page of a former province:
	// the unit it became part of, and the day.
	MergedInto  *Link
	MergedSince time.Time
	// FormedFrom lists the former units of a current unit that merged (or
	// was renamed); Renamed is set when it has one former unit only.
	FormedFrom []Link
	Renamed    bool
	// Members are a cluster's provinces, with the dates of membership.
	Members []Link
	// Honourees are the newest honourees of an award (up to
	// awardHonourees), of HonoureeCount, and HonourRoll the roll's page.
	Honourees     []Link
	HonoureeCount int
	HonourRoll    string
	// Months are a year's months with articles.
	Months []Link
	// Prev and Next link the neighbouring years, months or periods.
	Prev, Next *Link
	// NeighbourLabel names what Prev and Next are ("năm", "tháng", "giai đoạn").
	NeighbourLabel string
}

// DirectoryView is a directory of index pages in groups.
type DirectoryView struct {
	Intro  string
	Groups []DirectoryGroup
	// Letters link to the groups or pages of a directory by letter
	// (/vinh-danh/); Pages to the pages of a letter that has several.
	Letters, Pages []Link
}

// DirectoryGroup is a heading, itself a link when it has a page, with the
// entries under it; ID, when set, is the group's element ID.
type DirectoryGroup struct {
	Head  Link
	Items []Link
	ID    string
}

// ArchiveView is the years-by-months table of /luu-tru/.
type ArchiveView struct {
	Total   int
	Years   []ArchiveYear // newest first
	Periods []Link
}

// ArchiveYear is a row of the archive table.
type ArchiveYear struct {
	Link
	Months [12]Link // January first; Count 0 where there is none
}

// RegisterView is one page of the decisions register.
type RegisterView struct {
	Count int
	Rows  []index.RegisterRow
	Page  index.Page
	Links []index.Link
	// PrevURL and NextURL are the neighbouring pages of the register, or "".
	PrevURL, NextURL string
}

// originStyle returns the <style> element that sets --origin to origin in
// print media, with every character outside a URL's scheme and host
// escaped as CSS writes it.
func originStyle(origin string) template.HTML {
	var b strings.Builder
	b.WriteString(`<style>@media print{:root{--origin:"`)
	for _, r := range origin {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', strings.ContainsRune(".-:/[]", r):
			b.WriteRune(r)
		default:
			fmt.Fprintf(&b, `\%x `, r)
		}
	}
	b.WriteString(`"}}</style>`)
	return template.HTML(b.String())
}
