// Package markdown turns an article's Markdown body into HTML. It is the only
// user of github.com/yuin/goldmark.
//
// The dialect is CommonMark with the GitHub extensions (tables,
// strikethrough, autolinks, task lists) and footnotes. Headings get IDs made
// from their text as Vietnamese slugs ("Kết quả đạt được" -> "ket-qua-dat-duoc",
// with -1, -2 ... for repeats), so links to sections are readable ASCII.
// Raw HTML in the Markdown is shown as text, escaped, and links and images
// with dangerous addresses (javascript: and the like) are dropped, unless the
// site sets markdown.unsafe, which trusts its editors with all of HTML.
// Images load lazily.
//
// Render also returns the summary (the plain text of the first top-level
// paragraph that is not only images), the plain text of the whole body,
// for search, and the links and images with their addresses as written and
// their places, for the link check. RenderWithImages lets the caller say
// where each picture is published and how large it is, RenderWithPictures
// also which copies to list in a <picture>; ImageReferences finds a body's
// images, with their places, without rendering it. Summary finds the
// same summary while parsing only as much of the text as it needs, so that
// every article's summary can be known before any page is rendered.
//
// It is a library, not a stage: render converts bodies with it, and the
// build's summaries stage calls Summary. A Renderer is safe for concurrent
// use.
package markdown

import (
	"bytes"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"vinhdanh/internal/vietnamese"
)

// Options configure a Renderer.
type Options struct {
	// Unsafe passes raw HTML through instead of escaping it.
	Unsafe bool
	// ReservedIDs are element IDs the page around the body uses; headings
	// get other IDs ("main-1" for a heading "Main").
	ReservedIDs []string
	// BasePath is the path the site is published under ("/vinh-danh/"
	// for https://example.github.io/vinh-danh/). Links and images whose
	// address starts with a single "/" are addresses in the site, and get
	// it put in front, so that editors write /tin-tuc/2023/a/ wherever the
	// site is published. "" or "/" leaves them as they are.
	BasePath string
}

// Renderer converts Markdown to HTML.
type Renderer struct {
	md       goldmark.Markdown
	base     []byte // BasePath without its final slash
	bufs     sync.Pool
	reserved []string
}

// Result is a rendered body.
type Result struct {
	HTML    []byte
	Summary string // plain text of the first paragraph
	Text    string // plain text of the whole body
	// References are the body's links and images, in the order they
	// appear, with their addresses as written.
	References []Reference
}

// New returns a Renderer.
func New(opts Options) *Renderer {
	rendererOptions := []renderer.Option{
		renderer.WithNodeRenderers(util.Prioritized(&nodeRenderer{unsafe: opts.Unsafe}, 100)),
	}
	if opts.Unsafe {
		rendererOptions = append(rendererOptions, html.WithUnsafe())
	}
	// extension.GFM, with its bare-address links found by quickLinkify.
	extensions := []goldmark.Extender{linkify{}, extension.Table, extension.Strikethrough, extension.TaskList, extension.Footnote}
	md := goldmark.New(
		goldmark.WithExtensions(extensions...),
		goldmark.WithParserOptions(parser.WithAutoHeadingID()),
		goldmark.WithRendererOptions(rendererOptions...),
	)
	return &Renderer{md: md, base: []byte(strings.TrimSuffix(opts.BasePath, "/")),
		bufs: sync.Pool{New: func() any { return new(bytes.Buffer) }}, reserved: opts.ReservedIDs}
}

// MaxSummary is the most characters of a summary taken from a body, which
// every list and feed the article is in repeats; a longer first paragraph
// is cut at a word before it, with "…".
const MaxSummary = 300

// shorten cuts s to at most n characters, at the last space before the
// limit when there is one, and ends it with "…".
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	end := 0
	for i := range s {
		if n == 0 {
			end = i
			break
		}
		n--
	}
	cut := s[:end]
	if space := strings.LastIndexByte(cut, ' '); space > len(cut)/2 {
		cut = cut[:space]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}

// Summary returns the plain text of src's first top-level paragraph that is
// not only images, as Render does, parsing a growing prefix of src that ends
// at a blank line until the paragraph is found, shortened to MaxSummary.
func (r *Renderer) Summary(src []byte) string {
	for limit := 256; ; limit *= 8 {
		prefix := src
		if limit < len(src) {
			if cut := bytes.Index(src[limit:], []byte("\n\n")); cut >= 0 {
				prefix = src[:limit+cut+1]
			}
		}
		whole := len(prefix) == len(src)
		summary := shorten(r.firstParagraph(prefix), MaxSummary)
		// A paragraph with brackets may hold a reference link defined further
		// down, which only the whole text resolves.
		if whole || (summary != "" && !strings.ContainsRune(summary, '[')) {
			return summary
		}
	}
}

// firstParagraph parses src and returns the text of its first top-level
// paragraph that is not only images.
func (r *Renderer) firstParagraph(src []byte) string {
	ctx := parser.NewContext(parser.WithIDs(r.newIDs()))
	doc := r.md.Parser().Parse(text.NewReader(src), parser.WithContext(ctx))
	for c := doc.FirstChild(); c != nil; c = c.NextSibling() {
		if c.Kind() != ast.KindParagraph || onlyImages(c, src) {
			continue
		}
		var collapsed bytes.Buffer
		w := collapser{buf: &collapsed}
		plainText(&w, c, src)
		if w.words {
			return collapsed.String()
		}
	}
	return ""
}

// newIDs returns a fresh table of heading IDs for one document.
func (r *Renderer) newIDs() *headingIDs {
	ids := &headingIDs{used: make(map[string]bool, len(r.reserved)), next: map[string]int{}}
	for _, id := range r.reserved {
		ids.used[id] = true
	}
	return ids
}

// Render converts src.
func (r *Renderer) Render(src []byte) (Result, error) { return r.RenderWithImages(src, nil) }

// Images is given the address of each image as the Markdown writes it, and
// returns the address to publish instead (dest itself when it is right) and
// the picture's pixel size, or 0, 0 when it is not known.
type Images func(dest string) (addr string, width, height int)

// RenderWithImages converts src, publishing each image at the address
// images gives, with its width and height when known, so that the page
// does not move as it loads. The References of the Result hold the
// addresses as written.
func (r *Renderer) RenderWithImages(src []byte, images Images) (Result, error) {
	var pictures Pictures
	if images != nil {
		pictures = func(dest string) Picture {
			addr, width, height := images(dest)
			return Picture{Src: addr, Width: width, Height: height}
		}
	}
	return r.RenderWithPictures(src, pictures)
}

// Picture is how a body's image is published: at Src, Width×Height pixels
// when known (0, 0 otherwise). With WebP and Srcset set, it is written as
// a <picture> whose <source> lists WebP and whose <img> lists Srcset, both
// with Sizes; the package knows nothing of how these files are made.
type Picture struct {
	Src           string
	Width, Height int
	WebP, Srcset  string // srcset attributes: "a-360.webp 360w, a-720.webp 720w"
	Sizes         string
}

// Pictures is given the address of each image as the Markdown writes it,
// and returns how to publish it.
type Pictures func(dest string) Picture

// RenderWithPictures converts src as RenderWithImages does, publishing each
// image as pictures says: as a <picture> with its copies when it gives them.
func (r *Renderer) RenderWithPictures(src []byte, pictures Pictures) (Result, error) {
	ctx := parser.NewContext(parser.WithIDs(r.newIDs()))
	doc := r.md.Parser().Parse(text.NewReader(src), parser.WithContext(ctx))
	res := Result{References: r.addresses(doc, src, pictures)}
	buf := r.bufs.Get().(*bytes.Buffer)
	defer r.bufs.Put(buf)
	buf.Reset()
	if err := r.md.Renderer().Render(bufferWriter{buf}, src, doc); err != nil {
		return Result{}, err
	}
	res.HTML = bytes.Clone(buf.Bytes())
	// The blocks' text goes through buf again, each block with its spaces
	// collapsed as strings.Fields would, and blocks a line apart.
	buf.Reset()
	for c := doc.FirstChild(); c != nil; c = c.NextSibling() {
		before := buf.Len()
		w := collapser{buf: buf}
		if before > 0 {
			w.lead = '\n'
		}
		plainText(&w, c, src)
		if w.words && res.Summary == "" && c.Kind() == ast.KindParagraph && !onlyImages(c, src) {
			res.Summary = shorten(string(buf.Bytes()[before+min(before, 1):]), MaxSummary)
		}
	}
	res.Text = buf.String()
	return res, nil
}

// ImageReferences returns the images of src, as the References of Render
// give them, with their places, parsing src without rendering it; so that
// the pictures a body shows are known before any page is rendered.
func (r *Renderer) ImageReferences(src []byte) []Reference {
	// Every Markdown image, inline or by reference, is written "![": a body
	// without one, most bodies, need not be parsed.
	if !bytes.Contains(src, []byte("![")) {
		return nil
	}
	ctx := parser.NewContext(parser.WithIDs(r.newIDs()))
	doc := r.md.Parser().Parse(text.NewReader(src), parser.WithContext(ctx))
	var images []Reference
	for _, ref := range r.addresses(doc, src, nil) {
		if ref.Image {
			images = append(images, ref)
		}
	}
	return images
}

// bufferWriter lets goldmark render into a bytes.Buffer directly: given
// any other writer than a util.BufWriter, it puts a new 4 KB bufio.Writer
// in front of it for every document.
type bufferWriter struct{ *bytes.Buffer }

func (b bufferWriter) Buffered() int { return 0 }
func (b bufferWriter) Flush() error  { return nil }

var _ util.BufWriter = bufferWriter{}

// collapser appends text to buf with its white space (unicode.IsSpace)
// collapsed as strings.Fields and strings.Join(..., " ") would: words one
// space apart, none before the first or after the last.
type collapser struct {
	buf   *bytes.Buffer
	lead  byte // written before the first word, unless 0
	words bool // a word was written
	space bool // white space came after the last word
}

// writeSpace adds white space.
func (c *collapser) writeSpace() { c.space = true }

// write adds text.
func (c *collapser) write(s []byte) {
	for i := 0; i < len(s); {
		if w := spaceAt(s, i); w > 0 {
			c.space = true
			i += w
			continue
		}
		start := i
		for i < len(s) {
			if spaceClass[s[i]] != 0 && spaceAt(s, i) > 0 {
				break
			}
			i++
		}
		switch {
		case c.words && c.space:
			c.buf.WriteByte(' ')
		case !c.words && c.lead != 0:
			c.buf.WriteByte(c.lead)
		}
		c.buf.Write(s[start:i])
		c.words, c.space = true, false
	}
}

// spaceClass is 1 for the ASCII white space bytes, 2 for the lead bytes of
// U+0085 and U+00A0, U+1680, U+2000-U+205F and U+3000, which may start
// white space, and 0 for every other byte, continuation bytes included,
// which is part of a word; so a word can be walked a byte at a time.
var spaceClass = func() (class [256]uint8) {
	for _, c := range []byte("\t\n\v\f\r ") {
		class[c] = 1
	}
	for _, c := range []byte{0xc2, 0xe1, 0xe2, 0xe3} {
		class[c] = 2
	}
	return class
}()

// spaceAt returns the width of the white space (unicode.IsSpace) that
// starts at s[i], or 0.
func spaceAt(s []byte, i int) int {
	switch spaceClass[s[i]] {
	case 1:
		return 1
	case 2:
		if r, w := utf8.DecodeRune(s[i:]); unicode.IsSpace(r) {
			return w
		}
	}
	return 0
}

// onlyImages reports whether a paragraph holds nothing but images, which
// makes a poor summary.
func onlyImages(n ast.Node, src []byte) bool {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.Kind() {
		case ast.KindImage:
		case ast.KindText:
			if len(bytes.TrimSpace(c.(*ast.Text).Segment.Value(src))) > 0 {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// plainText appends the text of n and its descendants, with blocks
// separated by spaces, leaving out images, raw HTML and footnote markers.
func plainText(b *collapser, n ast.Node, src []byte) {
	switch n := n.(type) {
	case *ast.Text:
		b.write(n.Segment.Value(src))
		if n.SoftLineBreak() || n.HardLineBreak() {
			b.writeSpace()
		}
		return
	case *ast.String:
		b.write(n.Value)
		return
	case *ast.Image, *ast.RawHTML, *ast.HTMLBlock, *extast.FootnoteLink, *extast.FootnoteBacklink:
		return
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			b.write(seg.Value(src))
			b.writeSpace()
		}
		return
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		plainText(b, c, src)
		if c.Type() == ast.TypeBlock {
			b.writeSpace()
		}
	}
}

// headingIDs makes heading IDs from Vietnamese slugs, unique in a document:
// the first free one of base, base-1, base-2... Each base remembers where
// its search ended, so that N headings of one text cost N steps, not N²;
// the IDs are the same, since an ID once used stays used.
type headingIDs struct {
	used map[string]bool
	next map[string]int // the suffix each base's next search starts from
}

func (h *headingIDs) Generate(value []byte, kind ast.NodeKind) []byte {
	base := vietnamese.Slug(string(value))
	if base == "" {
		base = "muc"
		if kind != ast.KindHeading {
			base = "id"
		}
	}
	id := base
	if h.used[id] {
		i := max(h.next[base], 1)
		for id = base + "-" + strconv.Itoa(i); h.used[id]; id = base + "-" + strconv.Itoa(i) {
			i++
		}
		h.next[base] = i + 1
	}
	h.used[id] = true
	return []byte(id)
}

func (h *headingIDs) Put(value []byte) { h.used[string(value)] = true }
