package markdown

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

func render(t *testing.T, unsafe bool, src string) Result {
	t.Helper()
	res, err := New(Options{Unsafe: unsafe}).Render([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestHeadingIDs(t *testing.T) {
	res := render(t, false, "## Kết quả đạt được\n\n## Kết quả đạt được\n\n## Đổi mới\n\n## !!!\n")
	for _, want := range []string{`id="ket-qua-dat-duoc"`, `id="ket-qua-dat-duoc-1"`, `id="doi-moi"`, `id="muc"`} {
		if !strings.Contains(string(res.HTML), want) {
			t.Errorf("missing %s in %s", want, res.HTML)
		}
	}
}

func TestReservedIDs(t *testing.T) {
	res, err := New(Options{ReservedIDs: []string{"main", "related-title"}}).Render([]byte("## Main\n\n## Related title\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`id="main-1"`, `id="related-title-1"`} {
		if !strings.Contains(string(res.HTML), want) {
			t.Errorf("missing %s in %s", want, res.HTML)
		}
	}
}

func TestRawHTMLEscaped(t *testing.T) {
	src := "Chữ <b>đậm</b> và <script>alert(1)</script>\n\n<div onclick=\"x()\">khối</div>\n\n[bấm](javascript:alert(1))\n\n![ảnh độc](javascript:alert(1))\n"
	res := render(t, false, src)
	html := string(res.HTML)
	for _, bad := range []string{"<b>", "<script>", "<div", "javascript:"} {
		if strings.Contains(html, bad) {
			t.Errorf("unsafe output contains %q:\n%s", bad, html)
		}
	}
	if strings.Contains(html, "<img") || !strings.Contains(html, "ảnh độc") {
		t.Errorf("a dangerous image should become its description:\n%s", html)
	}
	for _, want := range []string{"&lt;b&gt;đậm&lt;/b&gt;", "&lt;script&gt;", "&lt;div onclick=&quot;x()&quot;&gt;khối&lt;/div&gt;"} {
		if !strings.Contains(html, want) {
			t.Errorf("missing escaped %q in:\n%s", want, html)
		}
	}
	res = render(t, true, src)
	if !strings.Contains(string(res.HTML), "<b>đậm</b>") || !strings.Contains(string(res.HTML), `<div onclick="x()">`) {
		t.Errorf("unsafe mode should pass HTML through:\n%s", res.HTML)
	}
}

func TestGFMAndFootnotes(t *testing.T) {
	src := "| STT | Họ và tên |\n|---|---|\n| 1 | Nguyễn Văn A |\n\nCó chú thích[^1].\n\n[^1]: Theo Quyết định số 946/QĐ-UBND.\n\n~~cũ~~ https://example.vn\n"
	html := string(render(t, false, src).HTML)
	for _, want := range []string{"<table>", "<th>Họ và tên</th>", `<sup id="fnref:1">`, `class="footnotes"`, "<del>cũ</del>", `<a href="https://example.vn">`} {
		if !strings.Contains(html, want) {
			t.Errorf("missing %s in:\n%s", want, html)
		}
	}
}

func TestSummaryAndText(t *testing.T) {
	src := "![Ảnh hội nghị](a.jpg)\n\nSáng 2/6, tỉnh **Nghệ An** tổ chức\nhội nghị[^1].\n\n## Kết quả\n\nĐoạn hai.\n\n[^1]: Chú thích.\n"
	res := render(t, false, src)
	if res.Summary != "Sáng 2/6, tỉnh Nghệ An tổ chức hội nghị." {
		t.Errorf("Summary = %q", res.Summary)
	}
	if !strings.Contains(res.Text, "Kết quả") || !strings.Contains(res.Text, "Đoạn hai.") {
		t.Errorf("Text = %q", res.Text)
	}
	if !strings.Contains(string(res.HTML), `<img src="a.jpg" alt="Ảnh hội nghị" loading="lazy" decoding="async">`) {
		t.Errorf("image not lazy: %s", res.HTML)
	}
}

func TestSummaryMatchesRender(t *testing.T) {
	long := strings.Repeat("## Mục\n\n![ảnh](a.jpg)\n\n", 300) + "Đoạn văn thật sự đầu tiên.\n\nĐoạn hai.\n"
	r := New(Options{})
	for _, src := range []string{"", "# Chỉ có tiêu đề\n", long, "```\n" + strings.Repeat("mã\n\n", 2000) + "```\n\nSau mã.\n", "Xem [bài][1].\n\n" + strings.Repeat("x\n\n", 2000) + "[1]: /a/\n"} {
		res, err := r.Render([]byte(src))
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Summary([]byte(src)); got != res.Summary {
			t.Errorf("Summary = %q, Render's = %q", got, res.Summary)
		}
	}
}

func FuzzSummary(f *testing.F) {
	for _, s := range []string{"Đoạn một.\n\nĐoạn hai.", "![a](b)\n\nx", "```\na\n\nb", "- a\n\n  b\n\nc", "[a][b]\n\n[b]: /x", "<!--\n\n-->\n\nx"} {
		f.Add(s)
	}
	r := New(Options{})
	f.Fuzz(func(t *testing.T, s string) {
		// Long inputs exercise the prefixes.
		src := []byte(strings.Repeat(s+"\n\n", 1+3000/(len(s)+1)))
		res, err := r.Render(src)
		if err != nil {
			return
		}
		if got := r.Summary(src); got != res.Summary {
			t.Fatalf("Summary = %q, Render's = %q", got, res.Summary)
		}
	})
}

func TestBasePath(t *testing.T) {
	src := "[a](/tin-tuc/2023/a/) [b](../b/) [c](//cdn.vn/x) [d](https://x.vn/) [e][r] ![f](/anh/f.png) [g](/)\n\n[r]: /quyet-dinh/\n"
	for _, base := range []string{"/vinh-danh/", "/vinh-danh"} {
		res, err := New(Options{BasePath: base}).Render([]byte(src))
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{`href="/vinh-danh/tin-tuc/2023/a/"`, `href="../b/"`, `href="//cdn.vn/x"`, `href="https://x.vn/"`,
			`href="/vinh-danh/quyet-dinh/"`, `src="/vinh-danh/anh/f.png"`, `href="/vinh-danh/"`} {
			if !strings.Contains(string(res.HTML), want) {
				t.Errorf("base %s: missing %s in %s", base, want, res.HTML)
			}
		}
	}
	if res := render(t, false, src); !strings.Contains(string(res.HTML), `href="/tin-tuc/2023/a/"`) {
		t.Errorf("without a base path the link changed: %s", res.HTML)
	}
}

func TestReferences(t *testing.T) {
	src := "Đầu [một](/a/) và ![ảnh](anh.jpg \"t\")\n\n* <https://x.vn/y>\n* www.abc.vn và [ref][r] ![](b.png) <thu@x.vn>\n\n[r]: ../c/#d\n\n<a href=\"/z/\">z</a>\n"
	res, err := New(Options{BasePath: "/goc/"}).Render([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	got := res.References
	want := []Reference{
		{Destination: "/a/", Offset: 7, Line: 1, Col: 5}, {Destination: "anh.jpg", Image: true, Alt: "ảnh", Offset: 24, Line: 1, Col: 19},
		{Destination: "https://x.vn/y", Offset: 49, Line: 3, Col: 3}, {Destination: "http://www.abc.vn", Offset: 68, Line: 4, Col: 3},
		{Destination: "../c/#d", Offset: 83, Line: 4, Col: 17}, {Destination: "b.png", Image: true, Offset: 92, Line: 4, Col: 26},
	}
	if len(got) != len(want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}

// FuzzReferences checks that every reference's place is in the source and
// that its line and column are those of its offset.
func FuzzReferences(f *testing.F) {
	for _, s := range []string{"[a](/b/)", "![x](y.png)\n\n[r]: /z", "<https://a.vn>", "[a]()", "[[a](b)](c)", "- [x](y)\n\n  ![é](z)\n[q][]\n\n[q]: /w"} {
		f.Add(s)
	}
	r := New(Options{BasePath: "/goc/"})
	f.Fuzz(func(t *testing.T, src string) {
		res, err := r.Render([]byte(src))
		if err != nil {
			return
		}
		for _, ref := range res.References {
			if ref.Offset < -1 || ref.Offset >= len(src) {
				t.Fatalf("offset %d outside a source of %d bytes", ref.Offset, len(src))
			}
			if ref.Offset < 0 {
				continue
			}
			before := src[:ref.Offset]
			line := strings.Count(before, "\n") + 1
			col := utf8.RuneCountInString(before[strings.LastIndexByte(before, '\n')+1:]) + 1
			if ref.Line != line || ref.Col != col {
				t.Errorf("offset %d at %d:%d, want %d:%d", ref.Offset, ref.Line, ref.Col, line, col)
			}
		}
	})
}

// FuzzCollapser checks that collapsing spaces while appending pieces of
// text, cut where the text's nodes could be (between characters) with
// white space written between some, gives what strings.Fields and
// strings.Join give for the pieces joined by spaces.
func FuzzCollapser(f *testing.F) {
	for _, s := range []string{"", " ", "a", "  Thi  đua\tyêu\u00a0nước \n", "\u2003x\u3000y\u0085", "\u1680a\u205fb\u2029\xe1\xe2\x80\x80", "\xff \xfe", "a\u200bb"} {
		f.Add(s, []byte{3, 8})
	}
	f.Fuzz(func(t *testing.T, s string, cuts []byte) {
		var buf bytes.Buffer
		buf.WriteString("x")
		c := collapser{buf: &buf, lead: '\n'}
		var joined strings.Builder
		rest := s
		for _, cut := range cuts {
			at := int(cut>>1) % (len(rest) + 1)
			for at > 0 && at < len(rest) && !utf8.RuneStart(rest[at]) {
				at--
			}
			c.write([]byte(rest[:at]))
			joined.WriteString(rest[:at])
			if cut&1 == 1 {
				c.writeSpace()
				joined.WriteByte(' ')
			}
			rest = rest[at:]
		}
		c.write([]byte(rest))
		joined.WriteString(rest)
		want := strings.Join(strings.Fields(joined.String()), " ")
		if want != "" {
			want = "\n" + want
		}
		if got := buf.String()[1:]; got != want || c.words != (want != "") {
			t.Errorf("collapsed %q cut by %v = %q, %v; want %q", s, cuts, got, c.words, want)
		}
	})
}

// FuzzQuickLinkify checks that bare addresses become the same links with
// quickLinkify in front of goldmark's parser as with extension.Linkify.
func FuzzQuickLinkify(f *testing.F) {
	for _, s := range []string{"Xem https://a.vn/b.", "(www.x.vn)", "*ftp://f.vn*", "thu@ubnd.vn, _a@b.c_", "x\thttp://a.vn", "~https://a.vn~ và http:", "@ a@ @b.vn"} {
		f.Add(s)
	}
	plain := goldmark.New(goldmark.WithExtensions(extension.Linkify))
	quick := goldmark.New(goldmark.WithExtensions(linkify{}))
	f.Fuzz(func(t *testing.T, s string) {
		var want, got bytes.Buffer
		if plain.Convert([]byte(s), &want) != nil || quick.Convert([]byte(s), &got) != nil {
			return
		}
		if want.String() != got.String() {
			t.Errorf("%q: quick gives %q, Linkify %q", s, got.String(), want.String())
		}
	})
}

func TestImages(t *testing.T) {
	src := "![Một](a.jpg) ![Hai](b.jpg) ![Ba](c.jpg)\n"
	res, err := New(Options{BasePath: "/goc/"}).RenderWithImages([]byte(src), func(dest string) (string, int, int) {
		switch dest {
		case "a.jpg":
			return dest, 800, 533
		case "c.jpg":
			return "/anh/c.jpg", 0, 0
		}
		return dest, 0, 0
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<img src="a.jpg" alt="Một" width="800" height="533" loading="lazy"`, `<img src="b.jpg" alt="Hai" loading="lazy"`,
		`<img src="/goc/anh/c.jpg" alt="Ba" loading="lazy"`} {
		if !strings.Contains(string(res.HTML), want) {
			t.Errorf("missing %s in %s", want, res.HTML)
		}
	}
	if got := res.References[2].Destination; got != "c.jpg" {
		t.Errorf("the reference holds %q, not the address as written", got)
	}
}

// TestManyEqualHeadings: N headings of one text get base, base-1... in
// linear time (20,000 once took 110 s), skipping IDs already taken.
func TestManyEqualHeadings(t *testing.T) {
	var src strings.Builder
	src.WriteString("## Mục 2\n\n")
	for range 20000 {
		src.WriteString("## Mục\n\n")
	}
	start := time.Now()
	res := render(t, false, src.String())
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("20,000 headings took %v", took)
	}
	for _, want := range []string{`id="muc-2"`, `id="muc"`, `id="muc-1"`, `id="muc-3"`, `id="muc-19999"`, `id="muc-20000"`} {
		if !bytes.Contains(res.HTML, []byte(want)) {
			t.Errorf("missing %s", want)
		}
	}
	if bytes.Count(res.HTML, []byte(`id="muc-2"`)) != 1 {
		t.Error("muc-2 given twice")
	}
}

// TestSummaryShortened: a first paragraph over MaxSummary characters is cut
// at a word, with an ellipsis, the same by Summary and Render.
func TestSummaryShortened(t *testing.T) {
	src := strings.Repeat("Thi đua yêu nước ", 5000) + "\n\nĐoạn hai.\n"
	r := New(Options{})
	got := r.Summary([]byte(src))
	if n := utf8.RuneCountInString(got); n > MaxSummary+1 || !strings.HasSuffix(got, "nước…") && !strings.HasSuffix(got, "đua…") && !strings.HasSuffix(got, "yêu…") && !strings.HasSuffix(got, "Thi…") {
		t.Errorf("summary of %d characters: %q", n, got)
	}
	res, err := r.Render([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if res.Summary != got {
		t.Errorf("Render's summary %q, Summary's %q", res.Summary, got)
	}
	if short := "Một câu ngắn."; r.Summary([]byte(short)) != short {
		t.Errorf("a short summary changed: %q", r.Summary([]byte(short)))
	}
	for _, c := range []struct{ in, want string }{
		{"abc def ghi", "abc def…"},
		{strings.Repeat("x", 20), strings.Repeat("x", 10) + "…"},
		{"đà nẵng, huế", "đà nẵng…"},
	} {
		if got := shorten(c.in, 10); got != c.want {
			t.Errorf("shorten(%q, 10) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestPictures(t *testing.T) {
	src := "Ảnh:\n\n![Hội \"trường\"](a.jpg) ![Khác](b.svg) [tải](a.jpg)\n"
	r := New(Options{BasePath: "/goc/"})
	res, err := r.RenderWithPictures([]byte(src), func(dest string) Picture {
		if dest == "a.jpg" {
			return Picture{Src: "/goc/a-720.jpg", Width: 720, Height: 540, WebP: "/goc/a-360.webp 360w, /goc/a-720.webp 720w",
				Srcset: "/goc/a-360.jpg 360w, /goc/a-720.jpg 720w", Sizes: "100vw"}
		}
		return Picture{Src: dest}
	})
	if err != nil {
		t.Fatal(err)
	}
	want := `<picture><source type="image/webp" srcset="/goc/a-360.webp 360w, /goc/a-720.webp 720w" sizes="100vw">` +
		`<img src="/goc/a-720.jpg" srcset="/goc/a-360.jpg 360w, /goc/a-720.jpg 720w" sizes="100vw" alt="Hội &quot;trường&quot;" width="720" height="540" loading="lazy" decoding="async"></picture>` +
		` <img src="b.svg" alt="Khác" loading="lazy" decoding="async"> <a href="a.jpg">tải</a>`
	if !strings.Contains(string(res.HTML), want) {
		t.Errorf("got %s\nwant %s", res.HTML, want)
	}
	if strings.Contains(string(res.HTML), "vinhdanh-") {
		t.Errorf("an internal attribute is written: %s", res.HTML)
	}
	// ImageReferences finds the same images, at their places, without the link.
	refs := r.ImageReferences([]byte(src))
	if len(refs) != 2 || refs[0].Destination != "a.jpg" || refs[0].Line != 3 || refs[0].Col != 1 || refs[1].Destination != "b.svg" || refs[1].Col != 24 {
		t.Errorf("ImageReferences = %+v", refs)
	}
}
