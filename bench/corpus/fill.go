package corpus

import (
	"strings"
	"time"

	"vinhdanh/internal/registry"
)

// fill returns the text for a placeholder. Keys name either a fact of the
// article ({tinh}, {nam}, {soqd}) or a filler drawn afresh each time ({nguoi},
// {xa}, {n}). An unknown key is kept as written, which the tests catch.
func (w *writer) fill(key string) string {
	a, r := w.a, w.r
	switch key {
	// The article's place.
	case "Tinh":
		if a.main == nil {
			return "Trung ương"
		}
		return shortName(a.main)
	case "tinh":
		if a.main == nil {
			return "cả nước"
		}
		return placeOf(a.main)
	case "toantinh":
		switch {
		case a.main == nil:
			return "cả nước"
		case a.main.Type == registry.City:
			return "toàn thành phố"
		}
		return "toàn tỉnh"
	case "dbtinh":
		if a.main == nil {
			return "trên phạm vi cả nước"
		}
		return "trên địa bàn " + placeOf(a.main)
	case "cactinh":
		return a.provinceList()
	case "cq":
		return a.org
	case "cq2":
		return a.organiser()
	case "UBND":
		if a.main == nil {
			return "Chính phủ"
		}
		return "UBND " + placeOf(a.main)
	case "Uy":
		switch {
		case a.main == nil:
			return "Ban Chấp hành Trung ương"
		case a.main.Type == registry.City:
			return "Thành ủy " + a.main.Name
		}
		return "Tỉnh ủy " + a.main.Name
	case "btd":
		switch {
		case a.main == nil:
			return "Ban Thi đua – Khen thưởng Trung ương"
		case a.date.Before(time.Date(2025, 3, 1, 0, 0, 0, 0, zone)):
			return "Ban Thi đua – Khen thưởng " + placeOf(a.main)
		}
		return "Sở Nội vụ " + placeOf(a.main)
	case "hd":
		if a.main == nil {
			return "Hội đồng Thi đua – Khen thưởng Trung ương"
		}
		return "Hội đồng Thi đua – Khen thưởng " + placeOf(a.main)
	case "soban":
		if a.main == nil {
			return pick(r, centralAgencies)
		}
		return w.department() + " " + placeOf(a.main)
	case "so":
		return w.department()
	case "lanhdao":
		return w.leader()
	case "diaban":
		return w.district()
	case "xa":
		return w.commune()
	case "thon":
		return villageWord(r, a.region()) + " " + w.villageName()
	case "noi":
		if a.home == "" {
			a.home = w.commune()
		}
		return a.home
	case "thonnha":
		if a.village == "" {
			a.village = villageWord(r, a.region()) + " " + w.villageName()
		}
		return a.village
	case "place":
		return w.placeName()
	case "cluster":
		if a.cluster != nil {
			return a.cluster.name
		}
		return "các cụm, khối thi đua"

	// Numbers.
	case "n":
		return itoa(between(r, 3, 40))
	case "nho":
		return itoa(between(r, 2, 9))
	case "vua":
		return itoa(between(r, 40, 350))
	case "lon":
		return formatInt(between(r, 30, 900) * 10)
	case "sott":
		return formatInt(a.sott)
	case "socn":
		return formatInt(a.socn)
	case "tong":
		return formatInt(a.sott + a.socn)
	case "pct":
		return formatDecimal(between(r, 300, 750)) + "%"
	case "pcthigh":
		return formatDecimal(between(r, 850, 999)) + "%"
	case "pctlow":
		return formatDecimal(between(r, 10, 150)) + "%"
	case "ty":
		return formatDecimal(between(r, 12, 9500)) + " tỷ đồng"
	case "trieu":
		return formatInt(between(r, 5, 500)) + " triệu đồng"
	case "thunhap":
		return formatDecimal(between(r, 280, 1300)) + " triệu đồng"
	case "km":
		return formatDecimal(between(r, 15, 950)) + " km"
	case "ha":
		return formatInt(between(r, 5, 900)) + " ha"
	case "chitieu":
		total := between(r, 14, 30)
		return itoa(total-r.IntN(4)) + "/" + itoa(total) + " chỉ tiêu"
	case "tuoi":
		return itoa(between(r, 28, 62))
	case "m2":
		return formatInt(between(r, 10, 300)*10) + " m²"
	case "vatnuoi":
		return pick(r, livestock)
	case "job":
		return w.expand(pick(r, jobs))
	case "namkn":
		return itoa(between(r, 5, 35))

	// Dates.
	case "nam":
		return itoa(a.reviewYear)
	case "namsau":
		return itoa(a.reviewYear + 1)
	case "namtruoc":
		return itoa(a.reviewYear - 1)
	case "namqua":
		return itoa(a.year - 1)
	case "namnay":
		return itoa(a.year)
	case "gd":
		return itoa(a.term[0]) + "-" + itoa(a.term[1])
	case "gdsau":
		return itoa(a.term[0]+5) + "-" + itoa(a.term[1]+5)
	case "gdtruoc":
		return itoa(a.term[0]-5) + "-" + itoa(a.term[1]-5)
	case "ngay":
		return itoa(a.event.Day()) + "/" + itoa(int(a.event.Month()))
	case "ngaydu":
		return itoa(a.event.Day()) + "/" + itoa(int(a.event.Month())) + "/" + itoa(a.event.Year())
	case "thang":
		return "tháng " + itoa(int(a.event.Month()))
	case "kn":
		return itoa(a.year - 1948)
	case "daihoi":
		return a.congressNumber()

	// People and organisations.
	case "nguoi":
		return newPerson(r, chance(r, 0.45), a.region()).full
	case "nhanvat": // the one person a news item is about
		if a.person == "" {
			mother := a.kind == "news" && a.subtype == newsMothers
			p := newPerson(r, mother || chance(r, 0.4), a.region())
			honorific := map[bool]string{false: "anh ", true: "chị "}[p.female]
			if mother {
				honorific = ""
			}
			a.person = honorific + p.full
		}
		return a.person
	case "ong":
		p := newPerson(r, chance(r, 0.45), a.region())
		if p.female {
			return "bà " + p.full
		}
		return "ông " + p.full
	case "dn":
		return w.company()
	case "htx":
		return "Hợp tác xã " + pick(r, coopDomains) + " " + w.placeName()
	case "truong":
		return pick(r, schoolLevels) + " " + w.placeName()
	case "bv":
		return w.healthUnit()
	case "donvi":
		return w.unit()
	case "cqtw":
		return pick(r, centralAgencies)
	case "hoi":
		return pick(r, massOrganisations)
	case "mohinh":
		return pick(r, models)
	case "sukien":
		return pick(r, events)
	case "sp":
		return pick(r, products)
	case "lehoi":
		return pick(r, festivals)
	case "dacsan":
		return pick(r, specialities)
	case "nghe":
		return pick(r, crafts)
	case "congtrinh":
		return pick(r, works)
	case "phamchat":
		return pick(r, qualities)
	case "viec":
		return pick(r, deeds)
	case "nghenghiep":
		return pick(r, trades)
	case "pt":
		return a.movement.name
	case "ptshort":
		return a.movement.short
	case "phongtrao":
		return pickMovement(r, a.year).name
	case "chude":
		return w.expand(a.topic)

	// Awards.
	case "award":
		if len(a.awards) > 0 {
			return a.awards[0].Name
		}
		return "Bằng khen"
	case "awardshort":
		if len(a.awards) > 0 {
			return shortAward(a.awards[0].Name)
		}
		return "Bằng khen"
	case "award2": // a form given to collectives and individuals alike
		if a.main == nil {
			return a.g.awards.pm[0].award.Name
		}
		return a.g.awards.province[0].award.Name
	case "huanchuong":
		return pick(r, a.g.awards.orders).Name
	case "danhhieu":
		return pick(r, []string{"Chiến sĩ thi đua cơ sở", "Lao động tiên tiến", "Chiến sĩ thi đua cấp tỉnh"})

	// The exemplar.
	case "ten":
		return a.ex.display
	case "xung":
		return a.ex.short
	case "Danh":
		return a.ex.title
	case "linhvuc":
		return strings.ToLower(a.ex.field.name)
	case "vaitro":
		return a.ex.role
	case "donvict":
		return a.ex.unit
	case "reflink":
		return refLink(a.ex.ref)
	case "refsocq":
		return formatInt(a.ex.ref.recipients)

	// The decision.
	case "soqd":
		return a.dec.number
	case "ngayky":
		return itoa(a.dec.signed.Day()) + "/" + itoa(int(a.dec.signed.Month())) + "/" + itoa(a.dec.signed.Year())
	case "nguoiky":
		return a.dec.signerText
	case "socq":
		return formatInt(a.dec.recipients)
	case "noun":
		return a.dec.choice.noun
	case "verb":
		return a.dec.choice.verb
	case "dip":
		return w.expand(a.dec.occasion)
	}
	return "{" + key + "}"
}

// provinceList names the article's provinces together: "các tỉnh Nghệ An,
// Hà Tĩnh và Quảng Bình".
func (a *article) provinceList() string {
	switch len(a.provinces) {
	case 0:
		return "các bộ, ngành, địa phương"
	case 1:
		return placeOf(a.main)
	}
	names := make([]string, len(a.provinces))
	noun := "các tỉnh "
	for i, u := range a.provinces {
		names[i] = shortName(u)
		if u.Type == registry.City {
			noun = "các địa phương "
		}
	}
	return noun + strings.Join(names[:len(names)-1], ", ") + " và " + names[len(names)-1]
}

// congressNumber is the ordinal of the province's emulation congress held in
// the article's year: the fourth in 2015, the fifth in 2020, and in 2025 the
// sixth, or the first for a unit formed by the merger.
func (a *article) congressNumber() string {
	switch {
	case a.year <= 2017:
		return "IV"
	case a.year <= 2022:
		return "V"
	case a.after && a.main != nil && len(a.main.Constituents) > 1:
		return "I"
	}
	return "VI"
}

func (w *writer) department() string {
	if w.a.date.Before(time.Date(2025, 3, 1, 0, 0, 0, 0, zone)) {
		return pick(w.r, departmentsBefore2025)
	}
	return pick(w.r, departmentsAfter2025)
}

// leader names an official who speaks or hands out awards.
func (w *writer) leader() string {
	a, r := w.a, w.r
	name := newPerson(r, chance(r, 0.3), "").full
	if a.main == nil {
		return "đồng chí " + name + ", " + pick(r, []string{
			"Phó Thủ tướng Chính phủ", "Bộ trưởng Bộ Nội vụ", "Thứ trưởng Bộ Nội vụ",
			"Trưởng ban Thi đua – Khen thưởng Trung ương", "Phó Chủ tịch nước",
			"Phó Chủ tịch Hội đồng Thi đua – Khen thưởng Trung ương", "Phó Trưởng ban Thi đua – Khen thưởng Trung ương",
		})
	}
	p := placeOf(a.main)
	uy := "Tỉnh ủy"
	if a.main.Type == registry.City {
		uy = "Thành ủy"
	}
	return "đồng chí " + name + ", " + pick(r, []string{
		"Phó Chủ tịch UBND " + p, "Chủ tịch UBND " + p, "Bí thư " + uy + " " + a.main.Name,
		"Phó Bí thư Thường trực " + uy + " " + a.main.Name, "Chủ tịch HĐND " + p,
		"Ủy viên Ban Thường vụ " + uy + ", Phó Chủ tịch Thường trực UBND " + p,
		"Giám đốc Sở Nội vụ " + p, "Chủ tịch Ủy ban MTTQ Việt Nam " + p,
		"Phó Chủ tịch UBND " + p + ", Chủ tịch Hội đồng Thi đua – Khen thưởng " + p,
	})
}

// placeName is a name for a commune, district or village in the article's
// province.
func (w *writer) placeName() string { return placeName(w.r, w.a.region()) }

func (w *writer) villageName() string {
	if chance(w.r, 0.3) {
		return itoa(between(w.r, 1, 15))
	}
	return w.placeName()
}

// inProvince adds the province to a place named in a national article.
func (w *writer) inProvince(place string) string {
	if w.a.main != nil {
		return place
	}
	era := w.a.era()
	return place + ", " + placeOf(era[w.r.IntN(len(era))])
}

// district names a unit below the province: a district before the 2025
// reform abolished them, a commune or ward after.
func (w *writer) district() string {
	r := w.r
	if w.a.after {
		return w.inProvince(pick(r, []string{"xã ", "xã ", "phường "}) + w.placeName())
	}
	if w.a.main != nil && w.a.main.Type == registry.City && chance(r, 0.5) {
		return pick(r, []string{"quận ", "huyện "}) + w.placeName()
	}
	return w.inProvince(pick(r, []string{"huyện ", "huyện ", "huyện ", "thị xã ", "thành phố "}) + w.placeName())
}

func (w *writer) commune() string {
	r := w.r
	word := pick(r, []string{"xã ", "xã ", "xã ", "phường "})
	if !w.a.after && chance(r, 0.15) {
		word = "thị trấn "
	}
	return w.inProvince(word + w.placeName())
}

func (w *writer) company() string {
	r := w.r
	name := pick(r, companyFirst) + " " + pick(r, companySecond)
	if chance(r, 0.6) {
		return pick(r, companyKinds) + " " + pick(r, companyTrade) + " " + name
	}
	return pick(r, companyKinds) + " " + name
}

func (w *writer) healthUnit() string {
	r := w.r
	switch x := r.Float64(); {
	case x < 0.35:
		return "Trạm Y tế " + w.commune()
	case x < 0.6 && w.a.after:
		return "Trung tâm Y tế khu vực " + w.placeName()
	case x < 0.6:
		return "Trung tâm Y tế " + w.district()
	case x < 0.8 && w.a.main != nil:
		return pick(r, []string{"Bệnh viện Đa khoa ", "Bệnh viện Sản – Nhi ", "Bệnh viện Y học cổ truyền ",
			"Trung tâm Kiểm soát bệnh tật "}) + placeOf(w.a.main)
	}
	return "Bệnh viện Đa khoa khu vực " + w.placeName()
}

// unit names any organisation that could be honoured.
func (w *writer) unit() string {
	r := w.r
	switch r.IntN(9) {
	case 0:
		return w.company()
	case 1:
		return "Hợp tác xã " + pick(r, coopDomains) + " " + w.placeName()
	case 2:
		return pick(r, schoolLevels) + " " + w.placeName()
	case 3:
		return w.healthUnit()
	case 4:
		return "Công an " + w.commune()
	case 5:
		return pick(r, massOrganisations) + " " + w.commune()
	case 6:
		return "Ban Chỉ huy Quân sự " + w.commune()
	case 7:
		if w.a.main != nil {
			return w.department() + " " + placeOf(w.a.main)
		}
		return pick(r, centralAgencies)
	}
	return "UBND " + w.commune()
}

// shortAward is an award's name without its awarding body, for headlines:
// "Bằng khen của Thủ tướng Chính phủ" -> "Bằng khen".
func shortAward(name string) string {
	if i := strings.Index(name, " của "); i > 0 {
		return name[:i]
	}
	return name
}
