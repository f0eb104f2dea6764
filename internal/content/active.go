package content

import (
	"encoding/xml"
	"errors"
	"io"
	"io/fs"
	"path"
	"strings"
)

// Bundle files that a browser runs: published as they are, on the site's
// own address, their scripts could do anything the site's pages can. A
// bundle's web pages (.html and the like) are therefore refused unless the
// site trusts its authors with markdown.unsafe: true; an SVG picture is
// published when it holds nothing that runs (see svgActive), and otherwise
// refused on the same terms. The site's static/ folder is the site's own,
// like its theme, and not checked.
var pageExtensions = map[string]bool{".html": true, ".htm": true, ".xhtml": true, ".xht": true, ".shtml": true, ".mht": true, ".mhtml": true}

// checkActive reports a bundle file that would run in the browser.
func (p *articleParser) checkActive(r Resource) {
	if p.cfg != nil && p.cfg.UnsafeHTML {
		return
	}
	ext := strings.ToLower(path.Ext(r.Source))
	switch {
	case pageExtensions[ext]:
		p.d.Diags.Add(r.Source, 1, 1, "a web page in a bundle is published as it is, scripts included, on the site's own address; write it as an article, attach it as a PDF, or set markdown.unsafe: true in site.yaml if its authors are trusted")
		p.failed = true
	case ext == ".svg" || ext == ".svgz":
		switch what, detail := svgActive(p.fsys, r.Source); what {
		case svgScript:
			p.d.Diags.Add(r.Source, 1, 1, "this SVG picture holds a script, which would run on the site's own address; save the picture again without it (or as PNG), or set markdown.unsafe: true in site.yaml if its authors are trusted")
		case svgEmbed:
			p.d.Diags.Add(r.Source, 1, 1, "this SVG picture embeds a page (<%s>), which would run on the site's own address; save the picture again without it (or as PNG), or set markdown.unsafe: true in site.yaml if its authors are trusted", detail)
		case svgEvent:
			p.d.Diags.Add(r.Source, 1, 1, "this SVG picture has an event attribute (%s=), whose script would run on the site's own address; save the picture again without it (or as PNG), or set markdown.unsafe: true in site.yaml if its authors are trusted", detail)
		case svgAddress:
			p.d.Diags.Add(r.Source, 1, 1, "this SVG picture has a script address (%s=), which would run on the site's own address; save the picture again without it (or as PNG), or set markdown.unsafe: true in site.yaml if its authors are trusted", detail)
		case svgUnreadable:
			p.d.Diags.Add(r.Source, 1, 1, "this SVG picture cannot be read as SVG, so it cannot be checked for scripts; save the picture again without it (or as PNG), or set markdown.unsafe: true in site.yaml if its authors are trusted")
		default:
			return
		}
		p.failed = true
	}
}

// What svgActive finds.
const (
	svgInert = iota
	svgScript
	svgEmbed
	svgEvent
	svgAddress
	svgUnreadable
)

// svgActive returns what in the SVG file at name could run, or "": a
// script, an event attribute (onload=...), a javascript: address, or
// embedded HTML (foreignObject). Attribute values are read as the browser
// reads them, with their character references decoded. A file that does
// not read as XML (a compressed .svgz, a broken file) cannot be vouched
// for, and counts as running.
func svgActive(fsys fs.FS, name string) (what int, detail string) {
	f, err := fsys.Open(name)
	if err != nil {
		return svgInert, "" // the build reports what cannot be read
	}
	defer f.Close()
	dec := xml.NewDecoder(io.LimitReader(f, 16<<20))
	dec.Strict = true
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return svgInert, ""
		}
		if err != nil {
			return svgUnreadable, ""
		}
		el, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch strings.ToLower(el.Name.Local) {
		case "script", "handler", "listener":
			return svgScript, ""
		case "foreignobject", "iframe", "embed", "object":
			return svgEmbed, el.Name.Local
		}
		for _, a := range el.Attr {
			if strings.HasPrefix(strings.ToLower(a.Name.Local), "on") {
				return svgEvent, a.Name.Local
			}
			v := strings.Map(func(r rune) rune {
				if r <= ' ' {
					return -1
				}
				return r
			}, strings.ToLower(a.Value))
			for _, scheme := range []string{"javascript:", "vbscript:", "data:text/html", "data:image/svg"} {
				if strings.Contains(v, scheme) {
					return svgAddress, a.Name.Local
				}
			}
		}
	}
}
