package markdown

import (
	"bytes"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// linkify adds the GFM bare-address links, as extension.Linkify does.
type linkify struct{}

func (linkify) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithInlineParsers(
		util.Prioritized(quickLinkify{extension.NewLinkifyParser()}, 999),
	))
}

// quickLinkify answers goldmark's linkify parser for it where the text
// cannot start a link. That parser is asked at every space of every
// paragraph, and Vietnamese prose has a space every few letters; this
// check, with what it lets through, reaches the same answers sooner.
type quickLinkify struct{ parser.InlineParser }

func (q quickLinkify) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, _ := block.PeekLine()
	if mayStartLink(line) {
		return q.InlineParser.Parse(parent, block, pc)
	}
	return nil
}

// mayStartLink reports whether the linkify parser could find a link at the
// start of line, after the space or the *, _, ~ or ( that triggered it.
// Its web addresses start with "http:", "https:", "ftp:" or "www.", and
// its e-mail addresses with an ASCII letter, digit or sign and have an @
// after at most 64 characters.
func mayStartLink(line []byte) bool {
	if len(line) > 0 {
		switch line[0] {
		case ' ', '*', '_', '~', '(':
			line = line[1:]
		}
	}
	if len(line) == 0 || line[0] >= utf8.RuneSelf {
		return false
	}
	switch line[0] {
	case 'h':
		if bytes.HasPrefix(line, []byte("http:")) || bytes.HasPrefix(line, []byte("https:")) {
			return true
		}
	case 'f':
		if bytes.HasPrefix(line, []byte("ftp:")) {
			return true
		}
	case 'w':
		if bytes.HasPrefix(line, []byte("www.")) {
			return true
		}
	}
	return bytes.IndexByte(line[:min(len(line), 65)], '@') >= 0
}
