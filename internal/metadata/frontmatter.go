package metadata

import (
	"bufio"
	"bytes"
	"io"
	"strings"
	"sync"

	"github.com/adrg/frontmatter"

	"vinhdanh/internal/i18n"
	"vinhdanh/internal/vietnamese"
)

// Normalise prepares text as editors save it for reading: a byte-order mark
// is dropped, CRLF and CR line ends become LF, and the text is put in NFC
// (with the look-alike Ð turned into Đ). src must be valid UTF-8. What
// needs no change is not copied: the result may share src's memory.
func Normalise(src []byte) []byte {
	src = bytes.TrimPrefix(src, []byte("\uFEFF"))
	if bytes.IndexByte(src, '\r') >= 0 {
		src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
		src = bytes.ReplaceAll(src, []byte("\r"), []byte("\n"))
	}
	return vietnamese.NFCBytes(src)
}

// Document is a Markdown file split into front matter and body.
type Document struct {
	Format      Format // empty when the file has no front matter
	FrontMatter []byte
	Start       Pos // where FrontMatter starts in the file
	Body        []byte
	BodyLine    int // the file's line where Body starts
}

// delimiters are the front matter fences, in the order they are tried.
var delimiters = []struct {
	start, end string
	format     Format
	inclusive  bool // the fences are part of the data (JSON's braces)
}{
	{"---", "---", YAML, false},
	{"---yaml", "---", YAML, false},
	{"+++", "+++", TOML, false},
	{"---toml", "---", TOML, false},
	{"---json", "---", JSON, false},
	{";;;", ";;;", JSON, false},
	{"{", "}", JSON, true},
}

// Split separates src's front matter from its body. src should already be
// valid UTF-8 with LF line ends. A file whose first non-blank line opens a
// front matter that no later line closes is an *Error at the opening line.
func Split(src []byte) (Document, error) { return split(src, false) }

// split is Split; with wholeBody, the parser reads the whole body, as it
// would without fencedReader, which the tests compare with.
func split(src []byte, wholeBody bool) (Document, error) {
	var doc Document
	in := &fencedReader{src: src, wholeBody: wholeBody}
	formats := make([]*frontmatter.Format, len(delimiters))
	for i, d := range delimiters {
		format := d.format
		formats[i] = &frontmatter.Format{
			Start: d.start, End: d.end, UnmarshalDelims: d.inclusive, RequiresNewLine: d.inclusive,
			Unmarshal: func(data []byte, _ any) error {
				doc.Format = format
				doc.FrontMatter = bytes.Clone(data)
				in.closed = true
				return nil
			},
		}
	}
	// A bufio.Reader as large as the one the parser would make is used as
	// it is, so one from the pool spares every file its 4 KB.
	br := lineReaders.Get().(*bufio.Reader)
	br.Reset(in)
	rest, err := frontmatter.Parse(br, nil, formats...)
	br.Reset(nil)
	lineReaders.Put(br)
	if err != nil {
		return Document{}, &Error{Pos{1, 1}, i18n.T("%v", err)}
	}
	openLine, open := firstLine(src)
	if doc.Format == "" {
		switch {
		case open == "{" && bytes.Contains(src, []byte("\n}\n")) || open == "{" && bytes.HasSuffix(src, []byte("\n}")):
			return Document{}, &Error{Pos{openLine, 1}, i18n.T("JSON front matter ends with a line holding only }, followed by an empty line before the text")}
		case strings.HasPrefix(open, "{") && open != "{":
			return Document{}, &Error{Pos{openLine, 1}, i18n.T("JSON front matter starts with a line holding only {, and ends with a line holding only } and then an empty line")}
		}
		for _, d := range delimiters {
			if open == d.start {
				return Document{}, &Error{Pos{openLine, 1}, i18n.T(
					"front matter opened with %q on line %d is never closed; add a line %q after the last key", d.start, openLine, d.end)}
			}
		}
		return Document{Body: src, BodyLine: 1}, nil
	}
	for _, d := range delimiters {
		if d.start == open {
			doc.Start = Pos{openLine + 1, 1}
			if d.inclusive {
				doc.Start = Pos{openLine, 1}
			}
			break
		}
	}
	// rest is what the parser read after the front matter.
	bodyStart := in.read - len(rest)
	doc.Body = src[bodyStart:]
	doc.BodyLine = 1 + bytes.Count(src[:bodyStart], []byte("\n"))
	return doc, nil
}

// lineReaders hold the bufio.Readers that Split gives the parser.
var lineReaders = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, 4096) }}

// fencedReader gives src to the front matter parser and ends as soon as
// the front matter is closed: the parser would otherwise copy the whole
// body, through a growing buffer, only for Split to find where it starts.
// It gives at most fencedChunk bytes a read, so that the parser, which
// keeps all it has read, holds little more than the front matter.
type fencedReader struct {
	src       []byte
	read      int  // bytes given
	closed    bool // the front matter is closed
	wholeBody bool // read on regardless
}

func (r *fencedReader) Read(p []byte) (int, error) {
	if r.closed && !r.wholeBody || r.read == len(r.src) {
		return 0, io.EOF
	}
	n := copy(p[:min(len(p), fencedChunk)], r.src[r.read:])
	r.read += n
	return n, nil
}

const fencedChunk = 512

// firstLine returns the number and trimmed text of the first non-blank line.
func firstLine(src []byte) (int, string) {
	line := 1
	for len(src) > 0 {
		text, rest, _ := bytes.Cut(src, []byte("\n"))
		if t := bytes.TrimSpace(text); len(t) > 0 {
			return line, string(t)
		}
		src = rest
		line++
	}
	return line, ""
}
