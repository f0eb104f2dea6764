package metadata

import (
	"bytes"
	"slices"

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

// A delimiter is a kind of front matter's fences.
type delimiter struct {
	start, end string
	format     Format
	inclusive  bool // the fences are part of the data (JSON's braces)
}

// delimiters are the front matter fences; no two open alike.
var delimiters = []delimiter{
	{"---", "---", YAML, false},
	{"---yaml", "---", YAML, false},
	{"+++", "+++", TOML, false},
	{"---toml", "---", TOML, false},
	{"---json", "---", JSON, false},
	{";;;", ";;;", JSON, false},
	{"{", "}", JSON, true},
}

// Split separates src's front matter from its body. src should already be
// valid UTF-8 with LF line ends. Lines are compared without the white space
// around them. The first line that is not blank opens the front matter when
// it is one of the delimiters' opening fences and a line feed ends it; the
// first later line that is the matching closing fence closes it, and the
// body starts on the line after. JSON's fences are its braces: its front
// matter runs from the "{" line through a "}" line that is followed by a
// blank line, or by the end of the file, and through that blank line.
//
// A file whose first non-blank line opens a front matter that nothing closes
// is an *Error at the opening line, as is one whose first line starts with
// "{" and holds more; any other file is all body.
func Split(src []byte) (Document, error) {
	lineNo, at := 1, 0 // the first non-blank line, and where it starts
	var open []byte
	for {
		text, next, last := cutLine(src, at)
		if open = bytes.TrimSpace(text); len(open) > 0 {
			break
		}
		if last {
			return Document{Body: src, BodyLine: 1}, nil
		}
		lineNo, at = lineNo+1, next
	}
	i := slices.IndexFunc(delimiters, func(d delimiter) bool { return string(open) == d.start })
	if i < 0 {
		if open[0] == '{' {
			return Document{}, &Error{Pos{lineNo, 1}, i18n.T("JSON front matter starts with a line holding only {, and ends with a line holding only } and then an empty line")}
		}
		return Document{Body: src, BodyLine: 1}, nil
	}
	d := delimiters[i]
	if doc, ok := closeFence(src, d, lineNo, at); ok {
		return doc, nil
	}
	if d.inclusive && (bytes.Contains(src, []byte("\n}\n")) || bytes.HasSuffix(src, []byte("\n}"))) {
		return Document{}, &Error{Pos{lineNo, 1}, i18n.T("JSON front matter ends with a line holding only }, followed by an empty line before the text")}
	}
	return Document{}, &Error{Pos{lineNo, 1}, i18n.T(
		"front matter opened with %q on line %d is never closed; add a line %q after the last key", d.start, lineNo, d.end)}
}

// closeFence looks for the end of the front matter that d's opening fence
// opens on line openLine, which starts at byte at of src.
func closeFence(src []byte, d delimiter, openLine, at int) (Document, bool) {
	_, start, last := cutLine(src, at)
	if last {
		return Document{}, false // no line feed ends the opening fence
	}
	from := start // where the front matter starts
	if d.inclusive {
		from = at
	}
	for line, i := openLine+1, start; ; line++ {
		text, next, last := cutLine(src, i)
		if string(bytes.TrimSpace(text)) != d.end {
			if last {
				return Document{}, false
			}
			i = next
			continue
		}
		end, bodyLine := next, line+1
		if last {
			bodyLine = line
		}
		if !d.inclusive {
			return Document{Format: d.format, FrontMatter: src[from:i:i], Start: Pos{openLine + 1, 1},
				Body: src[end:], BodyLine: bodyLine}, true
		}
		// The closing brace needs a blank line or the end of the file after it.
		if !last {
			after, afterNext, afterLast := cutLine(src, next)
			if len(bytes.TrimSpace(after)) > 0 {
				i = next
				continue
			}
			end, bodyLine = afterNext, line+2
			if afterLast {
				bodyLine = line + 1
			}
		}
		return Document{Format: d.format, FrontMatter: src[from:end:end], Start: Pos{openLine, 1},
			Body: src[end:], BodyLine: bodyLine}, true
	}
}

// cutLine returns the line of src that starts at byte i, without its line
// feed, where the next line starts, and whether it is the last line, which
// no line feed ends (empty when src ends with one).
func cutLine(src []byte, i int) (line []byte, next int, last bool) {
	if j := bytes.IndexByte(src[i:], '\n'); j >= 0 {
		return src[i : i+j], i + j + 1, false
	}
	return src[i:], len(src), true
}
