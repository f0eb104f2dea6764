package corpus

import (
	"time"

	"vinhdanh/internal/content"
	"vinhdanh/internal/registry"
)

// decisionInfo is what a decision article states about its decision.
type decisionInfo struct {
	issuer     string // UBND, TTg or CTN
	number     string // "1543/QĐ-UBND", unique in the corpus
	signed     time.Time
	signerText string // "Chủ tịch UBND tỉnh Nghệ An"
	recipients int
	choice     awardChoice
	occasion   string // what the award is for, a template
}

// decisionRef is a published decision that a later exemplar may name.
type decisionRef struct {
	number, path, url, signer string
	date                      time.Time
	unit                      *registry.ProvinceUnit // current unit; nil when national
	award                     *registry.Award
	noun                      string
	recipients                int
	individual, collective    bool
}

var occasions = newPool(
	"trong phong trào thi đua yêu nước năm {nam}",
	"trong thực hiện nhiệm vụ chính trị năm {nam}",
	"giai đoạn {gd}",
	"trong phong trào thi đua “{ptshort}”",
	"trong công tác phòng, chống thiên tai, tìm kiếm cứu nạn",
	"[2020-2022] trong công tác phòng, chống dịch COVID-19",
	"trong xây dựng nông thôn mới",
	"trong công tác bảo đảm an ninh chính trị, trật tự an toàn xã hội",
	"trong sản xuất, kinh doanh và thực hiện nghĩa vụ với Nhà nước",
	"trong công tác giáo dục và đào tạo năm học {namtruoc}–{nam}",
	"trong công tác chăm sóc, bảo vệ sức khỏe nhân dân",
	"trong công tác giảm nghèo và bảo đảm an sinh xã hội",
	"[2025-] trong thực hiện sắp xếp tổ chức bộ máy và đơn vị hành chính",
	"trong phong trào toàn dân bảo vệ an ninh Tổ quốc",
)

var decisionTitles = map[string]pool{
	"UBND": newPool(
		"{Tinh} khen thưởng {socq} {noun} có thành tích xuất sắc năm {nam}",
		"{Tinh} tặng {awardshort} cho {socq} {noun} {dip}",
		"Chủ tịch UBND {tinh} tặng {awardshort} cho {socq} {noun}",
		"{Tinh} {verb} {award} cho {socq} {noun}",
		"Khen thưởng {socq} {noun} {dip} ở {Tinh}",
		"{Tinh} tôn vinh {socq} {noun} tiêu biểu năm {nam}",
		"{Tinh}: {socq} {noun} được tặng {award}",
	),
	"TTg": newPool(
		"{socq} {noun} được tặng {awardshort} của Thủ tướng Chính phủ",
		"Thủ tướng Chính phủ tặng {awardshort} cho {socq} {noun} {dip}",
		"Thủ tướng tặng {award} cho {socq} {noun} của {Tinh}",
		"{socq} {noun} của {Tinh} được Thủ tướng Chính phủ khen thưởng",
		"Thủ tướng Chính phủ khen thưởng {socq} {noun} có thành tích xuất sắc",
		"Thủ tướng Chính phủ {verb} {award} cho {socq} {noun}",
	),
	"CTN": newPool(
		"Chủ tịch nước khen thưởng {socq} {noun} có thành tích xuất sắc",
		"{socq} {noun} của {Tinh} được Chủ tịch nước khen thưởng",
		"Chủ tịch nước {verb} {award} cho {socq} {noun}",
		"{Tinh} có {socq} {noun} được Chủ tịch nước {verb} {award}",
		"Chủ tịch nước {verb} {award} cho {socq} {noun} của {Tinh}",
		"{socq} {noun} ở {Tinh} được {verb} {award}",
	),
}

var decisionLeads = newPool(
	"{nguoiky} vừa ký Quyết định số {soqd} ngày {ngayky} {verb} {award} cho {socq} {noun} có thành tích xuất sắc {dip}.",
	"Ngày {ngayky}, {nguoiky} đã ký Quyết định số {soqd} về việc khen thưởng cho {socq} {noun} có thành tích xuất sắc {dip}.",
	"Theo Quyết định số {soqd} do {nguoiky} ký ngày {ngayky}, {socq} {noun} được {verb} {award}.",
	"{cq} vừa công bố Quyết định số {soqd} của {nguoiky} {verb} {award} cho {socq} {noun}.",
	"Tại Quyết định số {soqd} ngày {ngayky}, {nguoiky} {verb} {award} cho {socq} {noun} {dip}.",
)

var decisionReasons = newPool(
	"Những trường hợp được khen thưởng đã có thành tích xuất sắc trong thực hiện nhiệm vụ, góp phần vào sự phát triển kinh tế – xã hội của {toantinh}.",
	"Hồ sơ đề nghị khen thưởng đã được {hd} xét duyệt chặt chẽ, đúng quy trình, bảo đảm công khai, minh bạch.",
	"[2024-] Việc khen thưởng được thực hiện theo Luật Thi đua, khen thưởng năm 2022 và Nghị định số 98/2023/NĐ-CP quy định chi tiết thi hành.",
	"[2017-2023] Việc khen thưởng được thực hiện theo Luật Thi đua, khen thưởng và Nghị định số 91/2017/NĐ-CP quy định chi tiết thi hành.",
	"[-2017] Việc khen thưởng được thực hiện theo Luật Thi đua, khen thưởng và Nghị định số 42/2010/NĐ-CP quy định chi tiết thi hành.",
	"Danh sách đề nghị đã được lấy ý kiến nhân dân, niêm yết công khai tại nơi cư trú và nơi công tác trong thời hạn quy định.",
	"Đáng chú ý, nhiều người được khen thưởng là người lao động trực tiếp, công nhân, nông dân.",
	"Nhiều trường hợp được khen thưởng lần này thuộc các địa phương vùng sâu, vùng xa, vùng đặc biệt khó khăn.",
	"Trong danh sách có nhiều người là đồng bào dân tộc thiểu số và phụ nữ, những người ít có dịp được ghi nhận.",
	"Đây là đợt khen thưởng có số người lao động trực tiếp cao nhất từ trước đến nay.",
	"Tiền thưởng kèm theo được chi theo quy định hiện hành, từ quỹ thi đua, khen thưởng.",
	"Các tập thể, cá nhân được khen thưởng có trách nhiệm tiếp tục phát huy thành tích, tích cực tham gia các phong trào thi đua.",
	"Quyết định có hiệu lực kể từ ngày ký.",
	"[-2024] Chánh Văn phòng, Trưởng ban Thi đua – Khen thưởng, thủ trưởng các cơ quan liên quan và các tập thể, cá nhân có tên trong danh sách chịu trách nhiệm thi hành quyết định.",
	"[2025-] Giám đốc Sở Nội vụ, thủ trưởng các cơ quan, đơn vị liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành quyết định.",
	"Trước đó, {hd} đã họp và thống nhất đề nghị khen thưởng với tỷ lệ đồng thuận tuyệt đối.",
	"Các trường hợp được đề nghị đều có thời gian công tác, thành tích và phạm vi ảnh hưởng đáp ứng tiêu chuẩn theo quy định.",
	"Những người được khen thưởng đến từ nhiều lĩnh vực như giáo dục, y tế, nông nghiệp, công nghiệp, an ninh, quốc phòng.",
)

var decisionComposition = newPool(
	"Trong số đó có {sott} tập thể và {socn} cá nhân, phần lớn là những đơn vị, người lao động trực tiếp ở cơ sở.",
	"Cụ thể, {sott} tập thể và {socn} cá nhân được khen thưởng, trong đó có nhiều doanh nghiệp, hợp tác xã và hộ sản xuất.",
	"Các tập thể được khen thưởng gồm {sott} đơn vị, các cá nhân gồm {socn} người thuộc nhiều ngành, nhiều lĩnh vực.",
)

var decisionCeremony = newPool(
	"Lễ trao {awardshort} dự kiến được tổ chức vào dịp {sukien}.",
	"Tại buổi lễ công bố quyết định, {lanhdao} chúc mừng các tập thể, cá nhân và đề nghị tiếp tục phát huy thành tích.",
	"{cq} đề nghị các cơ quan, đơn vị tổ chức trao thưởng trang trọng, tiết kiệm, đúng quy định.",
	"Trước đó, nhiều tập thể, cá nhân trong danh sách đã được biểu dương tại hội nghị tổng kết năm {nam}.",
	"Các đơn vị có tập thể, cá nhân được khen thưởng sẽ nhận quyết định, hiện vật và tiền thưởng qua {btd}.",
	"Buổi lễ trao thưởng được tổ chức trang trọng tại hội trường {cq}, với sự tham dự của đông đảo cán bộ, nhân dân.",
)

var decisionIntros = newPool(
	"Một số tập thể, cá nhân tiêu biểu có tên trong quyết định:",
	"Cụ thể, danh sách được khen thưởng gồm có:",
	"Trong danh sách có nhiều gương mặt quen thuộc với bà con ở cơ sở:",
)

var decisionItems = newPool(
	"{donvi}",
	"{ong}, {job}",
	"{ong}, {job}",
	"{donvi}",
	"{ong}, {job}",
)

var jobs = []string{
	"Trưởng phòng Tổ chức – Hành chính, {donvi}", "giáo viên {truong}", "nông dân ở {thon}",
	"Chủ tịch Hội Nông dân {xa}", "Phó Giám đốc {dn}", "công nhân {dn}", "bác sĩ {bv}",
	"Trưởng Công an {xa}", "Bí thư Chi bộ {thon}", "Chủ nhiệm {htx}", "cán bộ {donvi}",
	"Hiệu trưởng {truong}", "điều dưỡng {bv}", "Chủ tịch UBND {xa}", "Trưởng {thon}",
	"{nghenghiep} ở {xa}", "{nghenghiep} ở {thon}",
}

// decision writes an award decision.
func (w *writer) decision() {
	a, r := w.a, w.r
	g := a.g
	d := &decisionInfo{}
	a.dec = d
	switch x := r.Float64(); {
	case a.main == nil && x < 0.55, a.main != nil && x < 0.11:
		d.issuer = "TTg"
		d.choice = weighted(r.Float64(), g.awards.pm)
		d.signerText = pick(r, []string{"Thủ tướng Chính phủ", "Thủ tướng Chính phủ", "Phó Thủ tướng Chính phủ"})
	case a.main == nil, x < 0.22:
		d.issuer = "CTN"
		d.choice = weighted(r.Float64(), g.awards.president)
		d.signerText = pick(r, []string{"Chủ tịch nước", "Chủ tịch nước", "Phó Chủ tịch nước"})
	default:
		d.issuer = "UBND"
		d.choice = weighted(r.Float64(), g.awards.province)
		d.signerText = pick(r, []string{"Chủ tịch", "Chủ tịch", "Phó Chủ tịch"}) + " UBND " + placeOf(a.main)
	}
	a.awards = []*registry.Award{d.choice.award}
	if d.issuer == "UBND" && chance(r, 0.25) {
		if second := weighted(r.Float64(), g.awards.province); second.award != d.choice.award {
			a.awards = append(a.awards, second.award)
		}
	}
	t, _ := w.choose(occasions)
	d.occasion = t.text

	most := d.choice.most
	if most == 0 {
		most = 40
	}
	switch {
	case d.choice.noun == "tập thể, cá nhân":
		a.sott, a.socn = between(r, 1, max(1, most*3/4)), between(r, 1, most*3/2)
		d.recipients = a.sott + a.socn
	case d.choice.collective:
		a.sott, a.socn = between(r, 1, most), 0
		d.recipients = a.sott
	default:
		a.sott, a.socn = 0, between(r, 1, most)
		d.recipients = a.socn
	}
	d.signed = midnight(a.date).AddDate(0, 0, -r.IntN(26))
	d.number = g.nextNumber(r.IntN, d.issuer, d.signed.Year())

	a.title = w.title(decisionTitles[d.issuer])
	a.leads = decisionLeads
	paras := w.budget()
	heads := w.headings()
	if d.choice.noun == "tập thể, cá nhân" {
		w.paraSeq([]pool{decisionLeads, decisionComposition}, decisionReasons)
	} else {
		w.para(decisionLeads, decisionReasons)
	}
	paras--
	if heads {
		w.heading(newPool("Những thành tích được ghi nhận", "Khen thưởng đúng người, đúng việc", "Phần thưởng xứng đáng",
			"Quy trình xét duyệt chặt chẽ", "Nhiều người lao động trực tiếp được khen thưởng"))
	}
	for paras > 2 {
		w.para(decisionReasons, decisionReasons, results, context)
		paras--
	}
	switch x := r.Float64(); {
	case x < 0.33:
		w.recipientsTable()
	case x < 0.66:
		w.bullets(decisionIntros, decisionItems, between(r, 3, 6))
	}
	if heads && chance(r, 0.5) {
		w.heading(newPool("Lễ trao thưởng", "Tiếp tục phát huy thành tích", "Lan tỏa những tấm gương"))
	}
	for paras > 0 {
		w.para(decisionCeremony, decisionCeremony, quotes, decisionReasons)
		paras--
	}
	if chance(r, 0.05) {
		w.footnote(footnotes)
	}

	a.fm.decision = &fmDecision{number: d.number, signer: d.signerText, recipients: d.recipients}
	if chance(r, 0.3) {
		a.fm.decision.signer = newPerson(r, chance(r, 0.3), "").full + ", " + d.signerText
	}
	if !chance(r, 0.05) {
		if chance(r, 0.8) {
			a.fm.decision.signed = d.signed.Format("2006-01-02")
		} else {
			a.fm.decision.signed = d.signed.Format("02/01/2006")
		}
	}
	if chance(r, 0.05) {
		a.fm.decision.recipients = 0
	}
}

// recipientsTable writes the table of recipients some decisions carry.
func (w *writer) recipientsTable() {
	a, r := w.a, w.r
	b := &a.body
	intro := w.sentence(newPool(
		"Danh sách một số tập thể, cá nhân được khen thưởng:",
		"Bảng dưới đây tóm tắt danh sách khen thưởng theo quyết định:",
		"Một số trường hợp tiêu biểu trong quyết định:",
	))
	b.WriteString(intro + "\n\n")
	w.words += countWords(intro)
	award := shortAward(a.awards[0].Name)
	if chance(r, 0.3) && len(a.awards) > 1 {
		rows := [][]string{}
		for _, aw := range a.awards {
			rows = append(rows, []string{aw.Name, itoa(between(r, 0, a.sott)), itoa(between(r, 0, a.socn+1))})
		}
		w.table([]string{"Hình thức khen thưởng", "Tập thể", "Cá nhân"}, rows)
		return
	}
	n := between(r, 3, 8)
	rows := make([][]string, n)
	for i := range rows {
		var who, where string
		if a.socn == 0 || (a.sott > 0 && chance(r, 0.4)) {
			who = w.unit()
			where = w.district()
		} else {
			who = capFirst(w.fill("ong"))
			where = capFirst(w.expand(pick(r, jobs)))
		}
		rows[i] = []string{itoa(i + 1), who, where, award}
	}
	w.table([]string{"STT", "Tập thể, cá nhân", "Đơn vị, địa chỉ", "Hình thức"}, rows)
}

// nextNumber gives the next free number of issuer's decisions in year.
// Numbers restart each year, as Nghị định 30/2020 has it, but the corpus
// keeps every number unique so that exemplars can name a decision by it.
func (g *generator) nextNumber(intn func(int) int, issuer string, year int) string {
	key := issuer + itoa(year)
	c, ok := g.counters[key]
	if !ok {
		c = intn(300)
	}
	share := map[string]float64{"UBND": 0.75, "TTg": 0.12, "CTN": 0.13}[issuer]
	perYear := float64(g.n) * 0.2 * share / 12.5
	step := max(1, min(80, int(2500/max(perYear, 1))))
	for {
		c += 1 + intn(step)
		seq := itoa(c)
		if c < 10 {
			seq = "0" + seq
		}
		num := seq + "/QĐ-" + issuer
		if !g.numbers[num] {
			g.numbers[num] = true
			g.counters[key] = c
			return num
		}
	}
}

// findDecision chooses an earlier published decision that an exemplar of
// type typ in a could have been honoured by: one of its province if there is
// one, else a national one.
func (g *generator) findDecision(a *article, typ content.ExemplarType) *decisionRef {
	r := a.r
	var local []int
	if a.main != nil {
		local = g.byUnit[a.main.Successor]
	}
	fits := func(d *decisionRef) bool {
		if !d.date.Before(a.date) {
			return false
		}
		switch typ {
		case content.Individual:
			return d.individual
		case content.Collective:
			return d.collective
		}
		return true
	}
	recent := func(d *decisionRef) bool { return a.date.Sub(d.date) < 3*365*24*time.Hour }
	for tries := 0; tries < 16 && len(local) > 0; tries++ {
		d := &g.decisions[local[len(local)-1-r.IntN(min(len(local), 40))]]
		if fits(d) && (tries >= 8 || recent(d)) {
			return d
		}
	}
	for tries := 0; tries < 24 && len(g.decisions) > 0; tries++ {
		d := &g.decisions[len(g.decisions)-1-r.IntN(min(len(g.decisions), 300))]
		if d.unit == nil && fits(d) {
			return d
		}
	}
	return nil
}

// refLink is a Markdown link to a decision article.
func refLink(d *decisionRef) string {
	text := "Quyết định số " + d.number
	if d.signer != "" {
		text += " của " + d.signer
	}
	return "[" + text + "](" + d.url + ")"
}
