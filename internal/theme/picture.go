package theme

import (
	"fmt"
	"html"
	"html/template"
	"net/url"
	"path"
	"strconv"
	"strings"

	"vinhdanh/internal/config"
	"vinhdanh/internal/content"
	"vinhdanh/internal/images"
)

// The template function picture writes a photo the images stage made
// variants of (see package images) as a <picture>: a <source> listing the
// WebP files with their widths, and an <img> listing the JPEG (or, for a
// picture with transparency, PNG) files, whose src is the one at 720
// pixels (or the widest narrower, or the narrowest), with that file's
// width and height, so that a browser keeps the picture's place before it
// loads. It is called as
//
//	{{picture RESOURCE CLASS ALT SIZES LEAD}}
//
// with the class of the <img> ("" for none), its description, the sizes
// attribute (how wide the layout shows the picture), and whether the
// picture is the first the reader sees: then it is loaded at once with
// fetchpriority="high", otherwise loading="lazy" decoding="async". It
// returns "" for any other resource (an SVG, a WebP given as it is, none),
// which a layout shows as it always did, so that
//
//	{{with picture .Image "" .ImageAlt "100vw" true}}{{.}}{{else}}<img ...>{{end}}
//
// The markup is written here rather than in a partial because
// html/template's escaper of srcset attributes is one the compiled layouts
// leave to it, which would cost every page ten times as much.

// fallbackWidth is the width of Picture.Src when there is one: an
// article's column at the density of most screens.
const fallbackWidth = 720

// SetPictures gives the picture function the variants of the site's
// photos, by the output path of their resource; render sets them before
// any page of a build is rendered.
func (t *Theme) SetPictures(results map[string]*images.Result) {
	t.pictures.Store(&results)
}

// picture returns the markup of res (see above), or "" when the images
// stage made no variants of it.
func (t *Theme) picture(site *config.Site, res *content.Resource, class, alt, sizes string, lead bool) template.HTML {
	set, ok := t.Srcsets(site, res)
	if !ok {
		return ""
	}
	attr := html.EscapeString
	var b strings.Builder
	b.WriteString(`<picture><source type="image/webp" srcset="` + attr(set.WebP) + `" sizes="` + attr(sizes) + `"><img`)
	if class != "" {
		b.WriteString(` class="` + attr(class) + `"`)
	}
	b.WriteString(` src="` + attr(set.Src) + `" srcset="` + attr(set.Other) + `" sizes="` + attr(sizes) + `"`)
	fmt.Fprintf(&b, ` width="%d" height="%d" alt="%s"`, set.Width, set.Height, attr(alt))
	if lead {
		b.WriteString(` fetchpriority="high"`)
	} else {
		b.WriteString(` loading="lazy" decoding="async"`)
	}
	b.WriteString(`></picture>`)
	return template.HTML(b.String())
}

// Srcset is what a <picture> of a photo names: the srcset attributes of
// its WebP copies and of its others (JPEG or PNG), and the address and
// size of the copy its <img> gives as src.
type Srcset struct {
	WebP, Other   string
	Src           string
	Width, Height int
}

// Srcsets returns the Srcset of res, whose copies are published beside it,
// with site addresses; ok is false when the images stage made none. The
// picture function writes it, and render the pictures of bodies.
func (t *Theme) Srcsets(site *config.Site, res *content.Resource) (set Srcset, ok bool) {
	m := t.pictures.Load()
	if res == nil || m == nil {
		return Srcset{}, false
	}
	r := (*m)[res.Path]
	if r == nil || len(r.Variants) == 0 {
		return Srcset{}, false
	}
	dir := path.Dir(res.URL) + "/"
	addr := func(v *images.Variant) string {
		return site.RelURL(dir + strings.ReplaceAll(url.PathEscape(v.Name), ",", "%2C"))
	}
	var webp, other []string
	var src *images.Variant
	for i := range r.Variants {
		v := &r.Variants[i]
		item := addr(v) + " " + strconv.Itoa(v.Width) + "w"
		if v.Format == images.WebP {
			webp = append(webp, item)
			continue
		}
		other = append(other, item)
		if src == nil || v.Width <= fallbackWidth {
			src = v
		}
	}
	if src == nil {
		return Srcset{}, false
	}
	return Srcset{WebP: strings.Join(webp, ", "), Other: strings.Join(other, ", "), Src: addr(src), Width: src.Width, Height: src.Height}, true
}

// SocialURL returns the site address of the copy of res for link
// previews, or "" when the images stage made none.
func (t *Theme) SocialURL(res *content.Resource) string {
	m := t.pictures.Load()
	if res == nil || m == nil {
		return ""
	}
	r := (*m)[res.Path]
	if r == nil || r.Social.Name == "" {
		return ""
	}
	return path.Dir(res.URL) + "/" + url.PathEscape(r.Social.Name)
}
