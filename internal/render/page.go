package render

import (
	"fmt"
	"html/template"

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

	Article *ArticleView // article pages
	List    *ListView    // home and list pages
}

// SiteInfo is the site-wide part of every page.
type SiteInfo struct {
	Title, Description, Language, Organisation string
	Locale                                     string // OpenGraph locale: "vi_VN"
	Logo                                       string // site path of the logo, or ""
	Menu                                       []MenuLink
	Year                                       int // for the footer
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
}

// ListView is one page of a list of articles.
type ListView struct {
	Intro string
	Count int // articles in the whole list
	Items []*content.Article
	Page  index.Page
	Links []index.Link
	// PrevURL and NextURL are the neighbouring pages of the list, or "".
	PrevURL, NextURL string
	// Kinds links the kind lists, for the 404 page.
	Kinds []MenuLink
}
