package markdown

import (
	"fmt"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// nodeRenderer overrides goldmark's rendering of raw HTML (escaped as text
// unless unsafe) and of images (lazy loading).
type nodeRenderer struct {
	unsafe bool
}

func (r *nodeRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	if !r.unsafe {
		reg.Register(ast.KindRawHTML, r.rawHTML)
		reg.Register(ast.KindHTMLBlock, r.htmlBlock)
	}
	reg.Register(ast.KindImage, r.image)
}

// rawHTML shows inline HTML as the text the editor typed.
func (r *nodeRenderer) rawHTML(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkSkipChildren, nil
	}
	n := node.(*ast.RawHTML)
	for i := 0; i < n.Segments.Len(); i++ {
		seg := n.Segments.At(i)
		_, _ = w.Write(util.EscapeHTML(seg.Value(source)))
	}
	return ast.WalkSkipChildren, nil
}

// htmlBlock shows a block of HTML as an escaped paragraph of text.
func (r *nodeRenderer) htmlBlock(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*ast.HTMLBlock)
	if !entering {
		return ast.WalkContinue, nil
	}
	_, _ = w.WriteString("<p>")
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		_, _ = w.Write(util.EscapeHTML(seg.Value(source)))
	}
	if n.HasClosure() {
		_, _ = w.Write(util.EscapeHTML(n.ClosureLine.Value(source)))
	}
	_, _ = w.WriteString("</p>\n")
	return ast.WalkContinue, nil
}

// image renders an image that loads lazily, with its alternative text: as
// a <picture> when addresses gave it WebP and other copies.
func (r *nodeRenderer) image(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*ast.Image)
	if !r.unsafe && html.IsDangerousURL(n.Destination) {
		// An image that cannot be shown safely is replaced by its description.
		_, _ = w.Write(util.EscapeHTML(altText(n, source)))
		return ast.WalkSkipChildren, nil
	}
	webp, picture := n.AttributeString(attrWebP)
	if picture {
		sizes, _ := n.AttributeString(attrSizes)
		_, _ = w.WriteString(`<picture><source type="image/webp" srcset="`)
		_, _ = w.Write(util.EscapeHTML([]byte(webp.(string))))
		_, _ = w.WriteString(`" sizes="`)
		_, _ = w.Write(util.EscapeHTML([]byte(sizes.(string))))
		_, _ = w.WriteString(`">`)
		defer func() {
			_, _ = w.WriteString(`</picture>`)
		}()
	}
	_, _ = w.WriteString(`<img src="`)
	_, _ = w.Write(util.EscapeHTML(util.URLEscape(n.Destination, true)))
	_ = w.WriteByte('"')
	if picture {
		srcset, _ := n.AttributeString(attrSrcset)
		sizes, _ := n.AttributeString(attrSizes)
		_, _ = w.WriteString(` srcset="`)
		_, _ = w.Write(util.EscapeHTML([]byte(srcset.(string))))
		_, _ = w.WriteString(`" sizes="`)
		_, _ = w.Write(util.EscapeHTML([]byte(sizes.(string))))
		_ = w.WriteByte('"')
	}
	_, _ = w.WriteString(` alt="`)
	_, _ = w.Write(util.EscapeHTML(altText(n, source)))
	_ = w.WriteByte('"')
	if n.Title != nil {
		_, _ = w.WriteString(` title="`)
		html.DefaultWriter.Write(w, n.Title)
		_ = w.WriteByte('"')
	}
	if width, ok := n.AttributeString("width"); ok {
		height, _ := n.AttributeString("height")
		_, _ = fmt.Fprintf(w, ` width="%d" height="%d"`, width, height)
	}
	_, _ = w.WriteString(` loading="lazy" decoding="async">`)
	return ast.WalkSkipChildren, nil
}

// The attributes by which addresses hands an image's copies to image;
// their names are no HTML attribute's, and image writes none of them.
const (
	attrWebP   = "vinhdanh-webp"
	attrSrcset = "vinhdanh-srcset"
	attrSizes  = "vinhdanh-sizes"
)

// altText is the plain text of an image's description.
func altText(n ast.Node, source []byte) []byte {
	var out []byte
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			out = append(out, c.Segment.Value(source)...)
		case *ast.String:
			out = append(out, c.Value...)
		default:
			out = append(out, altText(c, source)...)
		}
	}
	return out
}
