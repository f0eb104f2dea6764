package corpus

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"time"
	"unicode"

	"vinhdanh/internal/content"
	"vinhdanh/internal/registry"
	"vinhdanh/internal/vietnamese"
)

// article is one article being written: the facts its front matter states
// and its text draws on.
type article struct {
	g     *generator
	index int
	kind  content.Kind
	r     *rand.Rand

	date  time.Time // as written: formats without a time give midnight
	year  int
	event time.Time // the day the reported event took place
	after bool      // dated on or after the 2025 merger

	provinces []*registry.ProvinceUnit
	main      *registry.ProvinceUnit // the first province; nil for national articles
	cluster   *cluster

	org        string   // the organiser: "UBND tỉnh Nghệ An"
	movement   movement // the emulation movement the article is about
	reviewYear int      // the year a review looks back on
	term       [2]int   // the five-year period the article falls in
	sott, socn int      // collectives and individuals honoured
	topic      string   // what a conference is about
	subtype    int      // the kind of conference or news

	awards []*registry.Award
	dec    *decisionInfo
	ex     *exemplarInfo

	leads pool // the kind's opening sentences; the summary is one of them

	photo bool // a page bundle with a lead photo (Options.Photos)

	// home and village are where an exemplar lives, chosen when first named.
	home, village string
	person        string // the one person a news item is about

	title, slug, path, url string
	fm                     frontMatter
	body                   bytes.Buffer
}

// article writes the i-th article of the plan.
func (g *generator) article(i int, s slot) *article {
	r := rand.New(rand.NewPCG(g.seed^0x9e3779b97f4a7c15, uint64(i)+1))
	a := &article{g: g, index: i, kind: s.kind, r: r}
	w := &writer{r: r, a: a, used: map[*template]bool{}}
	a.setDate(s.t)
	a.chooseProvinces()
	a.setContext()
	switch a.kind {
	case content.Conference:
		w.conference()
	case content.Exemplar:
		w.exemplar()
	case content.Decision:
		w.decision()
	default:
		w.news()
	}
	a.finish(w)
	return a
}

// Date styles, with how often each is used.
const (
	styleMinute   = iota // 2023-06-02 09:00 (78%)
	styleRFC3339         // 2023-06-02T09:00:00+07:00 (7%)
	styleDMY             // 02/06/2023 (6%)
	styleClockDMY        // 08:45:26 22/12/2020 (6%)
	styleISODate         // 2023-06-02 (3%)
)

func (a *article) setDate(t time.Time) {
	r := a.r
	style := styleMinute
	switch x := r.Float64(); {
	case x < 0.07:
		style = styleRFC3339
	case x < 0.13:
		style = styleDMY
	case x < 0.19:
		style = styleClockDMY
	case x < 0.22:
		style = styleISODate
	}
	switch style {
	case styleMinute:
		a.date = t.Truncate(time.Minute)
		a.fm.date = a.date.Format("2006-01-02 15:04")
	case styleRFC3339:
		a.date = t
		a.fm.date = t.Format(time.RFC3339)
		a.fm.dateBare = chance(r, 0.4)
	case styleDMY:
		a.date = midnight(t)
		a.fm.date = t.Format("02/01/2006")
	case styleClockDMY:
		a.date = t
		a.fm.date = t.Format("15:04:05 02/01/2006")
	case styleISODate:
		a.date = midnight(t)
		a.fm.date = t.Format("2006-01-02")
		a.fm.dateBare = chance(r, 0.6)
	}
	a.year = a.date.Year()
	a.after = !a.date.Before(mergerDay)
	a.event = a.date.AddDate(0, 0, -r.IntN(3))
	if a.event.Year() != a.year {
		a.event = a.date
	}
}

func midnight(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
}

// era returns the units in force at the article's date.
func (a *article) era() []*registry.ProvinceUnit {
	if a.after {
		return a.g.current
	}
	return a.g.former
}

// chooseProvinces decides what the article is about: a cluster's members, no
// province, several, or one.
func (a *article) chooseProvinces() {
	r := a.r
	clusterOdds := 0.0
	switch a.kind {
	case content.Conference:
		clusterOdds = 0.11
	case content.News:
		clusterOdds = 0.06
	case content.Exemplar:
		clusterOdds = 0.02
	}
	if chance(r, clusterOdds) {
		c := pick(r, a.g.clusters)
		if members := c.eligible(a.date, a.after); len(members) > 0 {
			a.cluster = c
			n := 1
			if a.kind == content.Conference {
				n = between(r, 1, 3)
			}
			r.Shuffle(len(members), func(i, j int) { members[i], members[j] = members[j], members[i] })
			a.provinces = members[:min(n, len(members))]
			a.main = a.provinces[0]
			return
		}
	}
	if chance(r, 0.10) {
		return // national
	}
	units := a.era()
	n := 1
	if (a.kind == content.Conference || a.kind == content.News) && chance(r, 0.145) {
		n = between(r, 2, 3)
	}
	for len(a.provinces) < n {
		u := units[r.IntN(len(units))]
		if !containsUnit(a.provinces, u) {
			a.provinces = append(a.provinces, u)
		}
	}
	a.main = a.provinces[0]
}

func containsUnit(list []*registry.ProvinceUnit, u *registry.ProvinceUnit) bool {
	for _, x := range list {
		if x == u {
			return true
		}
	}
	return false
}

// region is the name of the main unit, which decides what names sound like.
func (a *article) region() string {
	if a.main == nil {
		return ""
	}
	return a.main.Name
}

// setContext chooses what the text draws on besides the provinces.
func (a *article) setContext() {
	r := a.r
	a.movement = pickMovement(r, a.year)
	a.reviewYear = a.year
	if a.date.Month() <= 2 {
		a.reviewYear--
	}
	a.term = termOf(a.year)
	a.org = a.organiser()
	scale := 1
	if a.main == nil {
		scale = 4
	}
	a.sott = between(r, 3, 40) * scale
	a.socn = between(r, 5, 80) * scale
}

// termOf returns the five-year plan period a year falls in.
func termOf(year int) [2]int {
	switch {
	case year <= 2015:
		return [2]int{2011, 2015}
	case year <= 2020:
		return [2]int{2016, 2020}
	case year <= 2025:
		return [2]int{2021, 2025}
	}
	return [2]int{2026, 2030}
}

// placeOf names a unit as text does: "tỉnh Nghệ An", "thành phố Hà Nội".
func placeOf(u *registry.ProvinceUnit) string {
	if u.Type == registry.City {
		if u.Name == "Hồ Chí Minh" {
			return "Thành phố Hồ Chí Minh"
		}
		return "thành phố " + u.Name
	}
	return "tỉnh " + u.Name
}

// shortName names a unit in a headline: "Nghệ An", "TP Hồ Chí Minh".
func shortName(u *registry.ProvinceUnit) string {
	if u.Name == "Hồ Chí Minh" {
		return "TP Hồ Chí Minh"
	}
	return u.Name
}

func (a *article) organiser() string {
	r := a.r
	if a.main == nil {
		return pick(r, []string{
			"Hội đồng Thi đua – Khen thưởng Trung ương", "Ban Thi đua – Khen thưởng Trung ương",
			"Bộ Nội vụ", "Hội đồng Thi đua – Khen thưởng Trung ương", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
		})
	}
	p := placeOf(a.main)
	switch x := r.Float64(); {
	case x < 0.4:
		return "UBND " + p
	case x < 0.65:
		return "Hội đồng Thi đua – Khen thưởng " + p
	case x < 0.8 && a.date.Before(time.Date(2025, 3, 1, 0, 0, 0, 0, zone)):
		return "Ban Thi đua – Khen thưởng " + p
	case x < 0.9:
		return "Sở Nội vụ " + p
	}
	uy := "Tỉnh ủy"
	if a.main.Type == registry.City {
		uy = "Thành ủy"
	}
	return uy + ", HĐND, UBND, Ủy ban MTTQ Việt Nam " + p
}

// written is how the article writes a unit's name: mostly the registry's
// name, sometimes its slug, its unaccented form or with "tỉnh" before it, as
// editors do.
func (a *article) written(u *registry.ProvinceUnit) string {
	x := a.r.Float64()
	switch {
	case x < 0.04:
		return u.Slug
	case x < 0.08:
		if s := unaccented(u.Name); a.g.resolves(s, u) {
			return s
		}
	case x < 0.10:
		if s := placeOf(u); a.g.resolves(s, u) {
			return s
		}
	}
	return u.Name
}

// resolves reports whether the registry reads name as u.
func (g *generator) resolves(name string, u *registry.ProvinceUnit) bool {
	got, err := g.reg.Province(name)
	return err == nil && got == u
}

// unaccented drops tone and vowel marks and writes đ as d, keeping case:
// "Bắc Kạn" -> "Bac Kan".
func unaccented(s string) string {
	var b strings.Builder
	for _, r := range s {
		f, ok := vietnamese.FoldRune(r)
		if !ok {
			continue
		}
		if unicode.IsUpper(r) {
			f = unicode.ToUpper(f)
		}
		b.WriteRune(f)
	}
	return b.String()
}

// finish fills in the front matter every kind shares, and the path.
func (a *article) finish(w *writer) {
	r := a.r
	a.fm.title = a.title
	a.fm.kind = string(a.kind)
	if a.kind == content.Exemplar && chance(r, 0.05) {
		a.fm.kind = pick(r, []string{"Điển hình", "dien-hinh"})
	}
	a.fm.format = formatYAML
	switch x := r.Float64(); {
	case x < 0.05:
		a.fm.format = formatTOML
	case x < 0.07:
		a.fm.format = formatJSON
	}
	a.fm.blockLists = chance(r, 0.3)

	switch {
	case len(a.provinces) == 1 && chance(r, 0.9):
		a.fm.province = a.written(a.provinces[0])
	case len(a.provinces) > 0:
		for _, u := range a.provinces {
			a.fm.provinces = append(a.fm.provinces, a.written(u))
		}
	case chance(r, 0.08):
		a.fm.province = pick(r, []string{"Trung ương", "Toàn quốc", "Cả nước"})
	}
	if a.cluster != nil {
		a.fm.cluster = a.cluster.name
		if chance(r, 0.2) {
			a.fm.cluster = a.cluster.slug
		}
	}
	for _, aw := range a.awards {
		if chance(r, 0.06) {
			a.fm.awards = append(a.fm.awards, aw.Slug)
		} else {
			a.fm.awards = append(a.fm.awards, aw.Name)
		}
	}
	a.fm.tags = a.tags()
	a.fm.period = a.period()
	if chance(r, 0.5) && a.leads != nil {
		a.fm.summary = w.sentence(a.leads)
	}
	if chance(r, 0.85) {
		a.fm.author = authorName(r)
	}
	if chance(r, 0.75) {
		a.fm.source = a.source()
	}
	if chance(r, 0.04) {
		up := a.date.Add(time.Duration(between(r, 60, 4320)) * time.Minute).Truncate(time.Minute)
		a.fm.updated = up.Format("2006-01-02 15:04")
	}

	section := a.kind.Section()
	words := strings.Split(vietnamese.Slug(a.title), "-")
	a.slug = strings.Join(words[:min(len(words), 8)], "-") + "-" + itoa(a.index+1)
	yyyy := itoa(a.year)
	a.path = "content/" + section + "/" + yyyy + "/" + a.slug + ".md"
	if a.hasPhoto() {
		a.photo = true
		a.path = "content/" + section + "/" + yyyy + "/" + a.slug + "/index.md"
		a.fm.image, a.fm.imageAlt = photoName, "Ảnh: "+a.title
	}
	a.url = "/" + section + "/" + yyyy + "/" + a.slug + "/"
	if a.fm.source != "" && chance(r, 0.3) {
		host := "trung-uong"
		if a.main != nil {
			host = a.main.Slug
		}
		a.fm.sourceURL = "https://example.vn/" + host + "/" + yyyy + "/" + strings.Join(words[:min(len(words), 6)], "-")
	}
	a.fm.draft = chance(r, 0.005)
	if chance(r, 0.005) {
		a.fm.aliases = []string{"/tin-cu/" + itoa(100000+a.index) + ".html"}
	}
}

// source names where the article comes from.
func (a *article) source() string {
	r := a.r
	if a.main == nil {
		return pick(r, []string{
			"Ban Thi đua – Khen thưởng Trung ương", "Tạp chí Thi đua – Khen thưởng (trang tổng hợp)",
			"Cổng thông tin Bộ Nội vụ", "Thông tấn xã Việt Nam (tổng hợp)", "Báo Nhân Dân (tổng hợp)",
		})
	}
	p := placeOf(a.main)
	n := shortName(a.main)
	switch x := r.Float64(); {
	case x < 0.3:
		return "Báo " + n
	case x < 0.5:
		return "Cổng thông tin điện tử " + p
	case x < 0.65:
		return "Đài Phát thanh và Truyền hình " + n
	case x < 0.8 && a.date.Before(time.Date(2025, 3, 1, 0, 0, 0, 0, zone)):
		return "Ban Thi đua – Khen thưởng " + p
	}
	return "Sở Nội vụ " + p
}

// period is the period the article is filed under, or "" for none (about
// two articles in five).
func (a *article) period() string {
	r := a.r
	if !chance(r, 0.6) {
		return ""
	}
	if a.kind == content.Conference && a.topicIsYear() || chance(r, 0.45) {
		return itoa(a.reviewYear)
	}
	start, end := a.term[0], a.term[1]
	if chance(r, 0.25) { // the emulation congresses count 2020-2025, the plans 2021-2025
		start--
	}
	dash := pick(r, []string{"-", "-", "-", " - ", "–", " – ", "—"})
	s := itoa(start) + dash + itoa(end)
	if chance(r, 0.05) {
		s = "giai đoạn " + s
	}
	return s
}

// record remembers a published decision so later exemplars can refer to it.
func (g *generator) record(a *article) {
	if a.kind != content.Decision || a.fm.draft {
		return
	}
	ref := decisionRef{
		number: a.dec.number, path: a.path, url: a.url, date: a.date, signer: a.dec.signerText,
		noun: a.dec.choice.noun, award: a.dec.choice.award, recipients: a.dec.recipients,
		individual: a.dec.choice.individual, collective: a.dec.choice.collective,
	}
	if a.main != nil {
		ref.unit = a.main.Successor
	}
	g.decisions = append(g.decisions, ref)
	if ref.unit != nil {
		g.byUnit[ref.unit] = append(g.byUnit[ref.unit], len(g.decisions)-1)
	}
}

// render writes the file: front matter, a blank line, the body.
func (a *article) render(buf *bytes.Buffer) {
	a.fm.write(buf)
	buf.WriteByte('\n')
	buf.Write(a.body.Bytes())
}

// hasPhoto reports whether the article is one of the Options.Photos share of
// articles that lead with a photo. It draws nothing from
// the article's random source: the choice is the article's number spread
// over [0, 1) by a fixed multiplier, so articles without photos are the
// same whatever the share.
func (a *article) hasPhoto() bool {
	if a.g.photos <= 0 {
		return false
	}
	x := float64(uint64(a.index+1)*0x9e3779b97f4a7c15>>11) / (1 << 53)
	return x < a.g.photos
}
