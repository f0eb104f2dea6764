package render

import (
	"html/template"
	"slices"
	"strconv"
	"time"
	"unicode/utf8"

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
		article["image"] = []string{r.abs(r.imageURL(a))}
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

// marshal encodes v for a <script type="application/ld+json"> element, as
// encoding/json does (keys in byte order, <, > and & escaped so the script
// cannot be closed early), for the values JSON-LD is built from here: maps
// of strings, integers, lists of strings and of maps. It writes them
// directly; encoding/json would sort every map's keys through reflection,
// a tenth of an article's rendering. Were a value of another type to come,
// the page would go without structured data rather than fail.
func marshal(v any) template.JS {
	b, ok := appendJSON(nil, v)
	if !ok {
		return ""
	}
	return template.JS(b)
}

// appendJSON appends the encoding of v, or reports a type it does not
// write.
func appendJSON(b []byte, v any) ([]byte, bool) {
	switch v := v.(type) {
	case string:
		return appendJSONString(b, v), true
	case int:
		return strconv.AppendInt(b, int64(v), 10), true
	case []string:
		b = append(b, '[')
		for i, s := range v {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, s)
		}
		return append(b, ']'), true
	case []jsonObject:
		b = append(b, '[')
		for i, o := range v {
			if i > 0 {
				b = append(b, ',')
			}
			var ok bool
			if b, ok = appendJSON(b, o); !ok {
				return b, false
			}
		}
		return append(b, ']'), true
	case jsonObject:
		if v == nil {
			return append(b, "null"...), true
		}
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		b = append(b, '{')
		for i, k := range keys {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(appendJSONString(b, k), ':')
			var ok bool
			if b, ok = appendJSON(b, v[k]); !ok {
				return b, false
			}
		}
		return append(b, '}'), true
	}
	return b, false
}

// appendJSONString appends s quoted as encoding/json quotes it with HTML
// escaping: control characters, <, >, &, U+2028 and U+2029 as escapes, and
// each byte of invalid UTF-8 as U+FFFD.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
