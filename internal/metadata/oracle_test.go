package metadata

// This file keeps the Split that used github.com/adrg/frontmatter, as an
// oracle for the splitter that replaces it: FuzzSplitOracle holds the two
// to the same result on every input. It goes with the dependency.

import (
	"bufio"
	"bytes"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/adrg/frontmatter"

	"vinhdanh/internal/i18n"
)

func oldSplit(src []byte) (Document, error) { return oldSplitReading(src, false) }

func oldSplitReading(src []byte, wholeBody bool) (Document, error) {
	var doc Document
	in := &oldFencedReader{src: src, wholeBody: wholeBody}
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
	br := oldLineReaders.Get().(*bufio.Reader)
	br.Reset(in)
	rest, err := frontmatter.Parse(br, nil, formats...)
	br.Reset(nil)
	oldLineReaders.Put(br)
	if err != nil {
		return Document{}, &Error{Pos{1, 1}, i18n.T("%v", err)}
	}
	openLine, open := oldFirstLine(src)
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
	bodyStart := in.read - len(rest)
	doc.Body = src[bodyStart:]
	doc.BodyLine = 1 + bytes.Count(src[:bodyStart], []byte("\n"))
	return doc, nil
}

var oldLineReaders = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, 4096) }}

type oldFencedReader struct {
	src       []byte
	read      int
	closed    bool
	wholeBody bool
}

func (r *oldFencedReader) Read(p []byte) (int, error) {
	if r.closed && !r.wholeBody || r.read == len(r.src) {
		return 0, io.EOF
	}
	n := copy(p[:min(len(p), 512)], r.src[r.read:])
	r.read += n
	return n, nil
}

func BenchmarkOldSplit(b *testing.B) {
	for _, bc := range []struct {
		name string
		src  []byte
	}{{"article", articleFile}, {"short", shortFile}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := oldSplit(bc.src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// oracleSeeds are inputs at the edges of the fences' rules.
var oracleSeeds = []string{
	"", "\n", "   \n\t\n", "---", "---\n", "---\n---", "---\n---\n", "\n---\n---\nx",
	"---\ntitle: a\n---\nBody\n", "---yaml\na: 1\n---\nb", "---toml\na = 1\n---\n", "---json\n{}\n---\n",
	"+++\na = 1\n+++\n", "+++\na = 1\n+++", "+++\na = 1\n +++ \nb", ";;;\n{}\n;;;\nx", ";;;\n{}\n---\n",
	"{\n\"a\": 1\n}\n\nx", "{\n\"a\": 1\n}\n", "{\n\"a\": 1\n}", "{\n\"a\": 1\n}\n  \nx", "{\n}\n}\n\nx",
	"{\n\"a\": 1\n}\nx\n}\n\ny", "{\n\"a\": 1\n}\nx", "{\n\"a\": 1\n}\nx\n", "{\"a\": 1}\n\nx", "{", "{\n", "  {  \n}\n\n",
	"{\n\"a\": {\n}\n\n}\n\nx", "\u00a0---\u00a0\na: 1\n\u2028---\nb", "\u0085\n---\na\n---\n", "---\r\na\r\n---\r\nb",
	"---\na\n----\nb", "---yaml\na\n+++\n", "text\n---\na\n---\n", "\ufeff---\na\n---\n", "\x00---\n---\n", "---\n\xff\n---\n\xfe",
	"---\n---\n---\n", "{\n}\n}", "{\n}\n}\n", "{\n}\nx\n}", "{\n}\n\n}\n", "\n\n{\n}\n \t\n",
}

// repositoryFiles are the demo site's articles, the shapes editors write.
func repositoryFiles(f *testing.F) []string {
	var out []string
	root := filepath.Join("..", "..", "content")
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") {
			if b, err := os.ReadFile(p); err == nil {
				out = append(out, string(b))
			}
		}
		return nil
	})
	if len(out) == 0 {
		f.Fatal("no articles found in ../../content")
	}
	return out
}

func FuzzSplitOracle(f *testing.F) {
	for _, s := range oracleSeeds {
		f.Add(s)
	}
	for _, s := range repositoryFiles(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, s := range []string{s, s + strings.Repeat("dòng\n", 1500), strings.Repeat("\n", 5000) + s} {
			compareWithOracle(t, s)
		}
	})
}

func compareWithOracle(t *testing.T, s string) {
	t.Helper()
	got, gotErr := Split([]byte(s))
	want, wantErr := oldSplit([]byte(s))
	if !reflect.DeepEqual(gotErr, wantErr) {
		t.Fatalf("%q: error %v, the old Split's %v", s, gotErr, wantErr)
	}
	// Both give nil and empty slices alike: compare the bytes.
	if got.Format != want.Format || !bytes.Equal(got.FrontMatter, want.FrontMatter) || got.Start != want.Start ||
		!bytes.Equal(got.Body, want.Body) || got.BodyLine != want.BodyLine {
		t.Fatalf("%q: got %s %q %v %q %d\nthe old Split gives %s %q %v %q %d", s,
			got.Format, got.FrontMatter, got.Start, got.Body, got.BodyLine, want.Format, want.FrontMatter, want.Start, want.Body, want.BodyLine)
	}
}

func oldFirstLine(src []byte) (int, string) {
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
