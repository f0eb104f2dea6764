package markdown

import (
	"bytes"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// Reference is a link or an image in a Markdown body.
type Reference struct {
	Destination string // as written, with escapes resolved: "../b/", "anh.jpg", "https://..."
	Image       bool
	Alt         string // an image's description, as plain text
	// Offset is the byte offset in the body of the reference's first
	// character ("[", "!" or "<"), or -1 when the parser does not know it;
	// Line and Col are the same place as a 1-based line of the body and a
	// 1-based column in characters, or 0, 0.
	Offset    int
	Line, Col int
}

// addresses lists the links and images of doc, parsed from src, in the
// order they appear: inline and reference-style links, images, and
// autolinks to web addresses (e-mail autolinks are left out), with their
// addresses as written. Links inside raw HTML are not seen. It then gives
// each image the address and size that images returns, and puts the base
// path in front of addresses that start with a single "/" (but for those
// of a picture's copies, which images gives as they are published).
func (r *Renderer) addresses(doc ast.Node, src []byte, images Pictures) []Reference {
	var refs []Reference
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		var dest *[]byte
		switch n := n.(type) {
		case *ast.Link:
			refs = append(refs, Reference{Destination: string(n.Destination), Offset: n.Pos()})
			dest = &n.Destination
		case *ast.Image:
			refs = append(refs, Reference{Destination: string(n.Destination), Image: true, Alt: string(altText(n, src)), Offset: n.Pos()})
			if images != nil {
				pic := images(string(n.Destination))
				if pic.Src != string(n.Destination) {
					n.Destination = []byte(pic.Src)
				}
				if pic.Width > 0 && pic.Height > 0 {
					n.SetAttributeString("width", pic.Width)
					n.SetAttributeString("height", pic.Height)
				}
				if pic.WebP != "" && pic.Srcset != "" {
					n.SetAttributeString(attrWebP, pic.WebP)
					n.SetAttributeString(attrSrcset, pic.Srcset)
					n.SetAttributeString(attrSizes, pic.Sizes)
					// The copies' addresses are the site's, the base path
					// put in front by the caller.
					return ast.WalkContinue, nil
				}
			}
			dest = &n.Destination
		case *ast.AutoLink:
			if n.AutoLinkType == ast.AutoLinkURL {
				refs = append(refs, Reference{Destination: string(n.URL(src)), Offset: n.Pos()})
			}
			return ast.WalkContinue, nil
		default:
			return ast.WalkContinue, nil
		}
		if d := *dest; len(r.base) > 0 && len(d) > 0 && d[0] == '/' && (len(d) == 1 || d[1] != '/') {
			*dest = append(append([]byte(nil), r.base...), d...)
		}
		return ast.WalkContinue, nil
	})
	locate(refs, src)
	return refs
}

// locate fills in the Line and Col of refs from their Offset in src,
// reading src once when the offsets come in order, as they do.
func locate(refs []Reference, src []byte) {
	line, lineStart, at := 1, 0, 0
	for i := range refs {
		off := refs[i].Offset
		if off < 0 || off > len(src) {
			continue
		}
		if off < at {
			line, lineStart, at = 1, 0, 0
		}
		between := src[at:off]
		if n := bytes.Count(between, []byte{'\n'}); n > 0 {
			line += n
			lineStart = at + bytes.LastIndexByte(between, '\n') + 1
		}
		at = off
		refs[i].Line, refs[i].Col = line, utf8.RuneCount(src[lineStart:off])+1
	}
}
