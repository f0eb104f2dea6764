package corpus

import (
	"bytes"
	"encoding/csv"
	"math/rand/v2"
	"strconv"

	"vinhdanh/internal/annex"
	"vinhdanh/internal/registry"
)

// honouree is one name a generated decision honours.
type honouree struct {
	name, position, unit string
	collective           bool
	award                *registry.Award // of the decision's, one the honouree may receive
}

// An honouree pool per province (by the article's main unit, "" for the
// national ones): a decision names a share of its individuals from the
// people earlier decisions of the province honoured, as emulation boards
// honour the same teacher or cooperative again years later.
const (
	poolSize  = 400  // the most remembered per province
	againRate = 0.18 // share of names honoured before
)

// Positions and the units they go with, as templates of the writer.
var honoureeJobs = [][2]string{
	{"Giáo viên", "{truong}"}, {"Hiệu trưởng", "{truong}"}, {"Phó Hiệu trưởng", "{truong}"},
	{"Bác sĩ", "{bv}"}, {"Điều dưỡng", "{bv}"}, {"Trưởng khoa", "{bv}"},
	{"Chủ tịch UBND", "UBND {noi}"}, {"Công chức văn hóa - xã hội", "UBND {noi}"},
	{"Trưởng thôn", "{thonnha}, {noi}"}, {"Nông dân", "{thonnha}, {noi}"},
	{"Giám đốc", "{htx}"}, {"Kế toán", "{htx}"}, {"Công nhân", "{dn}"}, {"Giám đốc", "{dn}"},
	{"Chiến sĩ", "Công an {noi}"}, {"Chuyên viên", "Sở Nội vụ"}, {"Trưởng phòng", "Sở Giáo dục và Đào tạo"},
}

// Collectives, as templates of the writer.
var honoureeUnits = []string{
	"{truong}", "{bv}", "UBND {noi}", "{htx}", "{dn}", "Công an {noi}", "Hội Nông dân {noi}",
	"Hội Liên hiệp Phụ nữ {noi}", "Đoàn Thanh niên {noi}", "Trạm Y tế {noi}", "Phòng Giáo dục và Đào tạo {diaban}",
}

// honourees gives a generated decision its list of honourees, as many as
// its recipients: in its front matter (names alone, for a few individuals)
// or as an annex file of its bundle, CSV (semicolons or commas) or, for
// three decisions in ten, a workbook, with the headings annexes have. It
// draws from its own random source, so that the rest of the corpus is the
// same with honourees or without, and returns the annex file's name and
// bytes ("" when the list is in the front matter).
func (g *generator) honourees(a *article) (string, []byte, error) {
	if a.dec == nil || a.fm.decision == nil || a.sott+a.socn == 0 {
		return "", nil, nil
	}
	r := rand.New(rand.NewPCG(g.seed^0x2545f4914f6cdd1d, uint64(a.index)+1))
	w := &writer{r: r, a: a, used: map[*template]bool{}}
	key := ""
	if a.main != nil {
		key = a.main.Slug
	}
	var list []honouree
	for range a.sott {
		list = append(list, honouree{name: capFirst(w.expand(pick(r, honoureeUnits))), collective: true})
	}
	for range a.socn {
		pool := g.people[key]
		if len(pool) > 0 && chance(r, againRate) {
			list = append(list, pool[r.IntN(len(pool))])
			continue
		}
		job := pick(r, honoureeJobs)
		h := honouree{name: newPerson(r, chance(r, 0.5), a.region()).full, position: job[0], unit: capFirst(w.expand(job[1]))}
		list = append(list, h)
		if len(pool) < poolSize {
			g.people[key] = append(pool, h)
		} else {
			pool[r.IntN(poolSize)] = h
		}
	}
	list = dedupe(list)
	// Each gets one of the decision's awards that fits them; one that no
	// award fits (a collective, for an award the law gives individuals
	// only) is left out, as a board would not list them.
	fitting := list[:0]
	for _, h := range list {
		if h.award = awardFor(r, a.awards, h.collective); h.award != nil {
			fitting = append(fitting, h)
		}
	}
	list = fitting
	if len(list) == 0 {
		return "", nil, nil
	}
	if a.fm.decision.recipients > 0 { // 0: not given, in some decisions
		a.fm.decision.recipients = len(list)
	}
	two := len(a.awards) > 1
	if a.sott == 0 && len(list) <= 6 && chance(r, 0.6) {
		for _, h := range list {
			entry := [2]string{h.name, ""}
			if two { // which of the awards, for each
				entry[1] = h.award.Name
			}
			a.fm.decision.honourees = append(a.fm.decision.honourees, entry)
		}
		return "", nil, nil
	}
	header := []string{"STT", "Họ và tên", "Chức vụ", "Đơn vị"}
	if a.socn == 0 {
		header[1] = "Tên tập thể"
	}
	if two {
		header = append(header, "Hình thức khen thưởng")
	}
	rows := [][]string{
		{"DANH SÁCH KHEN THƯỞNG"},
		{"(Kèm theo Quyết định số " + a.dec.number + ")"},
		header,
	}
	n := 0
	for part, collective := range []bool{true, false} {
		heading := map[bool]string{true: "TẬP THỂ", false: "CÁ NHÂN"}[collective]
		first := true
		for _, h := range list {
			if h.collective != collective {
				continue
			}
			if first && a.sott > 0 && a.socn > 0 {
				rows = append(rows, []string{[]string{"I", "II"}[part], heading})
			}
			first = false
			n++
			row := []string{strconv.Itoa(n), h.name, h.position, h.unit}
			if two {
				row = append(row, h.award.Name)
			}
			rows = append(rows, row)
		}
	}
	if chance(r, 0.3) {
		name := "danh-sach-khen-thuong.xlsx"
		data, err := annex.WriteXLSX("Danh sách", rows)
		a.fm.decision.honoureesFile = name
		return name, data, err
	}
	var b bytes.Buffer
	cw := csv.NewWriter(&b)
	if chance(r, 0.5) {
		cw.Comma = ';'
	}
	cw.UseCRLF = chance(r, 0.5)
	for _, row := range rows {
		cw.Write(row)
	}
	cw.Flush()
	name := "danh-sach-khen-thuong.csv"
	a.fm.decision.honoureesFile = name
	return name, b.Bytes(), cw.Error()
}

// awardFor picks one of the decision's awards that a collective (or an
// individual) may receive, or nil when none fits.
func awardFor(r *rand.Rand, awards []*registry.Award, collective bool) *registry.Award {
	who := registry.Individual
	if collective {
		who = registry.Collective
	}
	var fits []*registry.Award
	for _, aw := range awards {
		if aw.Accepts(who) {
			fits = append(fits, aw)
		}
	}
	if len(fits) == 0 {
		return nil
	}
	return fits[r.IntN(len(fits))]
}

// dedupe drops a second honouree of the same name and unit: an annex
// lists each once.
func dedupe(list []honouree) []honouree {
	seen := map[string]bool{}
	out := list[:0]
	for _, h := range list {
		k := h.name + "|" + h.unit
		if !seen[k] {
			seen[k] = true
			out = append(out, h)
		}
	}
	return out
}
