package render

import (
	"encoding/json"
	"html/template"
	"time"

	"vinhdanh/internal/content"
)

type jsonObject = map[string]any

// breadcrumbList is a schema.org BreadcrumbList of crumbs.
func (r *Renderer) breadcrumbList(crumbs []Crumb) jsonObject {
	items := make([]jsonObject, len(crumbs))
	for i, c := range crumbs {
		items[i] = jsonObject{"@type": "ListItem", "position": i + 1, "name": c.Name, "item": r.abs(c.URL)}
	}
	return jsonObject{"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": items}
}

func (r *Renderer) breadcrumbJSONLD(crumbs []Crumb) template.JS {
	if len(crumbs) == 0 {
		return ""
	}
	return marshal(r.breadcrumbList(crumbs))
}

// listJSONLD is the breadcrumb trail of a list page; the home page also
// describes the site as a schema.org WebSite.
func (r *Renderer) listJSONLD(layout string, crumbs []Crumb) template.JS {
	if layout != "home" {
		return r.breadcrumbJSONLD(crumbs)
	}
	site := jsonObject{
		"@context": "https://schema.org", "@type": "WebSite", "name": r.site.Title, "url": r.abs("/"),
		"inLanguage": r.site.Language, "publisher": jsonObject{"@type": "Organization", "name": r.info.Organisation},
	}
	if r.site.Description != "" {
		site["description"] = r.site.Description
	}
	return marshal([]jsonObject{site, r.breadcrumbList(crumbs)})
}

// articleJSONLD describes a as a schema.org NewsArticle, with its breadcrumbs.
func (r *Renderer) articleJSONLD(a *content.Article, crumbs []Crumb) template.JS {
	publisher := jsonObject{"@type": "Organization", "name": r.info.Organisation}
	if r.info.Logo != "" {
		publisher["logo"] = jsonObject{"@type": "ImageObject", "url": r.abs(r.info.Logo)}
	}
	article := jsonObject{
		"@context":         "https://schema.org",
		"@type":            "NewsArticle",
		"headline":         a.Title,
		"datePublished":    a.Date.Format(time.RFC3339),
		"dateModified":     a.Modified().Format(time.RFC3339),
		"mainEntityOfPage": r.abs(a.URL),
		"publisher":        publisher,
		"inLanguage":       r.site.Language,
	}
	if a.Summary != "" {
		article["description"] = a.Summary
	}
	if a.Image != nil {
		article["image"] = []string{r.abs(a.Image.URL)}
	}
	if a.Author != "" {
		article["author"] = jsonObject{"@type": "Person", "name": a.Author}
	} else {
		article["author"] = jsonObject{"@type": "Organization", "name": r.info.Organisation}
	}
	if len(a.Tags) > 0 {
		keywords := make([]string, len(a.Tags))
		for i, t := range a.Tags {
			keywords[i] = t.Name
		}
		article["keywords"] = keywords
	}
	return marshal([]jsonObject{article, r.breadcrumbList(crumbs)})
}

// marshal encodes v for a <script type="application/ld+json"> element;
// encoding/json escapes <, > and & so the script cannot be closed early. The
// values are maps of strings, numbers and lists, which always encode; were
// one not to, the page would go without structured data rather than fail.
func marshal(v any) template.JS {
	b, err := json.Marshal(v)
	if err != nil {
		return ""
	}
	return template.JS(b)
}
