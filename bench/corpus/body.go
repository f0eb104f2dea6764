package corpus

// The body of an article is 4 to 9 paragraphs of 350 to 900 words (about 550
// on average), with, depending on the kind, "##" headings, a bullet list, a
// table and now and then a footnote.

// budget decides the article's length, in words and paragraphs, and
// returns the number of paragraphs the kind's writer is to write.
func (w *writer) budget() (paras int) {
	r := w.r
	w.target = 370 + int(500*min(r.Float64(), r.Float64()))
	paras = min(max(w.target/100+r.IntN(3)-1, 4), 9)
	w.parasLeft = paras
	return paras
}

// headings reports whether this article uses headings (most do).
func (w *writer) headings() bool { return chance(w.r, 0.7) }

// para writes a paragraph: a sentence from first, then sentences from next
// and, now and then, one from each of extras, until the paragraph has its
// share of the article's words or the pools have nothing new to say.
func (w *writer) para(first, next pool, extras ...pool) {
	w.paraSeq([]pool{first}, next, extras...)
}

// paraSeq is para that opens with a sentence from each of firsts in turn.
func (w *writer) paraSeq(firsts []pool, next pool, extras ...pool) {
	b := &w.a.body
	words := 0
	target := max(w.target-w.words, 0) / max(w.parasLeft, 1)
	if w.parasLeft > 1 {
		target = target*5/6 + w.r.IntN(target/3+1)
	}
	target = max(target, 25)
	w.parasLeft--
	var usedExtra uint32
	extra := func() (*template, bool) {
		for range 3 {
			i := w.r.IntN(len(extras))
			if usedExtra&(1<<i) == 0 {
				usedExtra |= 1 << i
				return w.choose(extras[i])
			}
		}
		return nil, false
	}
	for n := 0; n < 14; n++ {
		var t *template
		fresh := true
		switch {
		case n < len(firsts):
			t, _ = w.choose(firsts[n])
		case len(extras) > 0 && chance(w.r, 0.3):
			if t, fresh = extra(); t == nil {
				t, fresh = w.choose(next)
			}
		default:
			if t, fresh = w.choose(next); !fresh && len(extras) > 0 {
				t, fresh = extra()
			}
		}
		if t == nil || !fresh {
			break
		}
		s := capFirst(w.expand(t.text))
		if n > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s)
		words += countWords(s)
		if words >= target && n >= len(firsts) {
			break
		}
	}
	b.WriteString("\n\n")
	w.words += words
}

// heading writes a "##" heading.
func (w *writer) heading(p pool) {
	s := w.sentence(p)
	w.a.body.WriteString("## ")
	w.a.body.WriteString(s)
	w.a.body.WriteString("\n\n")
	w.words += countWords(s)
}

// bullets writes a list of n items from p, after an introducing line from
// intro.
func (w *writer) bullets(intro, p pool, n int) {
	b := &w.a.body
	s := w.sentence(intro)
	b.WriteString(s)
	b.WriteString("\n\n")
	w.words += countWords(s)
	for i := range n {
		item := w.sentence(p)
		b.WriteString("- ")
		b.WriteString(item)
		if i < n-1 {
			b.WriteString(";\n")
		} else {
			b.WriteString(".\n")
		}
		w.words += countWords(item)
	}
	b.WriteString("\n")
}

// table writes a GFM table.
func (w *writer) table(header []string, rows [][]string) {
	b := &w.a.body
	row := func(cells []string) {
		b.WriteString("|")
		for _, c := range cells {
			b.WriteString(" ")
			b.WriteString(c)
			b.WriteString(" |")
			w.words += countWords(c)
		}
		b.WriteString("\n")
	}
	row(header)
	b.WriteString("|")
	for range header {
		b.WriteString("---|")
	}
	b.WriteString("\n")
	for _, r := range rows {
		row(r)
	}
	b.WriteString("\n")
}

// footnote writes a numbered note: the reference goes at the end of the
// body's last paragraph, the note after it.
func (w *writer) footnote(p pool) {
	b := &w.a.body
	text := b.Bytes()
	for len(text) > 0 && text[len(text)-1] == '\n' {
		text = text[:len(text)-1]
	}
	b.Truncate(len(text))
	b.WriteString("[^1]\n\n[^1]: ")
	s := w.sentence(p)
	b.WriteString(s)
	b.WriteString("\n")
	w.words += countWords(s)
}

// footnotes are the notes articles add now and then.
var footnotes = newPool(
	"Số liệu do {btd} cung cấp, tính đến hết ngày 30/11/{nam}.",
	"Theo báo cáo tổng kết công tác thi đua, khen thưởng năm {nam} của {cq}.",
	"Số liệu tổng hợp từ báo cáo của các sở, ban, ngành và địa phương, có thể được điều chỉnh sau khi thẩm định.",
	"Thống kê chưa bao gồm các hình thức khen thưởng của cấp xã và của thủ trưởng cơ quan, đơn vị.",
	"[2023-] Theo Luật Thi đua, khen thưởng số 06/2022/QH15, có hiệu lực từ ngày 1/1/2024.",
	"Danh sách đầy đủ được niêm yết công khai tại trụ sở {cq} và trên cổng thông tin điện tử.",
	"Tên một số cá nhân trong bài đã được thay đổi theo nguyện vọng của nhân vật.",
	"Số liệu tính đến ngày {ngaydu}, theo báo cáo nhanh của {cq}.",
)
