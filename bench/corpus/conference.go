package corpus

import (
	"strings"
	"time"
)

// Kinds of conference.
const (
	confYear        = iota // year-end review
	confHalf               // mid-year review
	confMovement           // review of a movement over a period
	confPledge             // signing of emulation pledges
	confCongress           // emulation congress
	confAnniversary        // anniversary of the 11/6/1948 appeal
	confExemplars          // meeting of exemplars
	confLaw                // introducing the 2022 law
)

// conferenceTopics say what each kind of conference is about ({chude}).
var conferenceTopics = map[int][]string{
	confYear: {
		"tổng kết công tác thi đua, khen thưởng năm {nam} và triển khai nhiệm vụ năm {namsau}",
		"tổng kết phong trào thi đua yêu nước năm {nam}",
		"đánh giá kết quả công tác thi đua, khen thưởng năm {nam}, phương hướng nhiệm vụ năm {namsau}",
	},
	confHalf: {
		"sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm {namnay}",
		"sơ kết 6 tháng đầu năm {namnay} các phong trào thi đua yêu nước",
	},
	confMovement: {
		"tổng kết phong trào thi đua “{pt}” giai đoạn {gd}",
		"sơ kết {nho} năm thực hiện phong trào thi đua “{pt}”",
	},
	confPledge: {
		"ký kết giao ước thi đua năm {namnay}",
		"ký kết giao ước thi đua năm {namnay} giữa các sở, ban, ngành và địa phương",
	},
	confCongress: {
		"Đại hội Thi đua yêu nước {tinh} lần thứ {daihoi}",
	},
	confAnniversary: {
		"kỷ niệm {kn} năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 – 11/6/{namnay})",
		"gặp mặt kỷ niệm {kn} năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc",
	},
	confExemplars: {
		"gặp mặt, biểu dương điển hình tiên tiến, người tốt việc tốt năm {nam}",
		"tuyên dương điển hình tiên tiến trong phong trào “{pt}”",
	},
	confLaw: {
		"quán triệt, triển khai Luật Thi đua, khen thưởng năm 2022 và các văn bản hướng dẫn thi hành",
	},
}

var conferenceTitles = map[int]pool{
	confYear: newPool(
		"{Tinh} tổng kết công tác thi đua, khen thưởng năm {nam}",
		"Hội nghị tổng kết công tác thi đua, khen thưởng năm {nam} của {tinh}",
		"{Tinh}: triển khai nhiệm vụ thi đua, khen thưởng năm {namsau}",
		"{Tinh} đánh giá kết quả phong trào thi đua yêu nước năm {nam}",
		"{Tinh} biểu dương {sott} tập thể, cá nhân tiêu biểu trong phong trào thi đua năm {nam}",
		"Thi đua yêu nước năm {nam} tạo động lực hoàn thành các chỉ tiêu ở {Tinh}",
		"(tw) Hội nghị toàn quốc tổng kết công tác thi đua, khen thưởng năm {nam}",
		"(tw) Ngành thi đua, khen thưởng cả nước triển khai nhiệm vụ năm {namsau}",
		"Tổng kết công tác thi đua, khen thưởng năm {nam}: nhiều điểm sáng từ cơ sở",
	),
	confHalf: newPool(
		"{Tinh} sơ kết 6 tháng công tác thi đua, khen thưởng năm {namnay}",
		"Sơ kết 6 tháng công tác thi đua, khen thưởng: {Tinh} đẩy nhanh tiến độ các chỉ tiêu",
		"(tw) Hội đồng Thi đua – Khen thưởng Trung ương sơ kết 6 tháng đầu năm {namnay}",
		"Thi đua 6 tháng cuối năm {namnay}, quyết tâm về đích các chỉ tiêu ở {Tinh}",
	),
	confMovement: newPool(
		"{Tinh} tổng kết phong trào thi đua “{ptshort}” giai đoạn {gd}",
		"Nhìn lại {nho} năm thực hiện phong trào “{ptshort}” ở {Tinh}",
		"Tổng kết phong trào “{ptshort}”: biểu dương {n} tập thể, cá nhân",
		"(tw) Phong trào “{ptshort}” lan tỏa mạnh mẽ trên phạm vi cả nước",
		"{Tinh} sơ kết phong trào “{ptshort}”, nhân rộng các mô hình hay",
		"{Tinh} tổng kết phong trào “{ptshort}”",
		"Tổng kết phong trào thi đua “{ptshort}”",
	),
	confPledge: newPool(
		"Các sở, ngành {Tinh} ký kết giao ước thi đua năm {namnay}",
		"{Tinh}: các khối thi đua ký kết giao ước, quyết tâm hoàn thành nhiệm vụ năm {namnay}",
		"Các cụm, khối thi đua của {Tinh} ký kết giao ước năm {namnay}",
		"(tw) Các bộ, ngành Trung ương ký kết giao ước thi đua năm {namnay}",
	),
	confCongress: newPool(
		"Khai mạc Đại hội Thi đua yêu nước {Tinh} lần thứ {daihoi}",
		"Đại hội Thi đua yêu nước {tinh} lần thứ {daihoi} thành công tốt đẹp",
		"{Tinh} tôn vinh {vua} điển hình tại Đại hội Thi đua yêu nước lần thứ {daihoi}",
		"Đại hội Thi đua yêu nước {Tinh} lần thứ {daihoi}: khơi dậy khát vọng phát triển",
	),
	confAnniversary: newPool(
		"{Tinh} kỷ niệm {kn} năm Lời kêu gọi thi đua ái quốc",
		"{kn} năm Lời kêu gọi thi đua ái quốc: {Tinh} gặp mặt điển hình tiên tiến",
		"Kỷ niệm {kn} năm Ngày Bác Hồ ra Lời kêu gọi thi đua ái quốc",
		"Lan tỏa tinh thần Lời kêu gọi thi đua ái quốc sau {kn} năm ở {Tinh}",
	),
	confExemplars: newPool(
		"{Tinh} gặp mặt, biểu dương {n} điển hình tiên tiến năm {nam}",
		"{Tinh} tuyên dương người tốt, việc tốt trong phong trào “{ptshort}”",
		"(tw) Tôn vinh {vua} điển hình tiên tiến, người tốt việc tốt trên cả nước",
		"Gặp mặt điển hình tiên tiến: lan tỏa những câu chuyện đẹp ở {Tinh}",
	),
	confLaw: newPool(
		"[2022-2024] {Tinh} triển khai Luật Thi đua, khen thưởng năm 2022 đến cán bộ cơ sở",
		"[2022-2024] (tw) Hội nghị trực tuyến toàn quốc triển khai Luật Thi đua, khen thưởng năm 2022",
		"[2022-2024] {Tinh} quán triệt những điểm mới của Luật Thi đua, khen thưởng",
	),
}

var conferenceHeadings = [3]pool{
	newPool("Kết quả nổi bật", "Nhiều điểm sáng trong năm {nam}", "Những con số ấn tượng", "Phong trào đi vào chiều sâu",
		"Khen thưởng đúng người, đúng việc", "Từ cơ sở đến toàn {toantinh}", "Những kết quả đáng ghi nhận"),
	newPool("Nhiệm vụ năm {namsau}", "Đổi mới cách làm", "Khắc phục hạn chế", "Hướng về cơ sở",
		"Tiếp tục khơi dậy khát vọng", "Những việc cần làm ngay", "Giải pháp cho giai đoạn mới"),
	newPool("Tôn vinh những tấm gương", "Trao thưởng cho tập thể, cá nhân tiêu biểu", "Những phần thưởng xứng đáng",
		"Vinh danh điển hình tiên tiến", "Ghi nhận những đóng góp thầm lặng"),
}

// conferenceIntros open a list of results.
var conferenceIntros = newPool(
	"Một số kết quả nổi bật trong năm {nam}:",
	"Theo báo cáo của {btd}, trong năm qua:",
	"Những chỉ tiêu chủ yếu đã đạt được:",
	"Hội nghị điểm lại một số kết quả chính:",
	"Kết quả cụ thể như sau:",
)

var conferenceItems = newPool(
	"{sott} tập thể, {socn} cá nhân được khen thưởng theo thẩm quyền",
	"thu nhập bình quân đầu người đạt {thunhap} một năm",
	"{vua} căn nhà cho hộ nghèo, gia đình chính sách được xây mới, sửa chữa",
	"{n} sáng kiến được công nhận có phạm vi ảnh hưởng cấp tỉnh",
	"{pcthigh} hồ sơ thủ tục hành chính được giải quyết đúng hạn",
	"{n} xã đạt chuẩn nông thôn mới, {nho} xã đạt chuẩn nông thôn mới nâng cao",
	"tỷ lệ hộ nghèo giảm còn {pctlow}",
	"hơn {lon} lao động được giải quyết việc làm mới",
	"{km} đường giao thông nông thôn được cứng hóa",
	"[2019-] {n} sản phẩm được công nhận đạt chuẩn OCOP từ 3 sao trở lên",
	"{pcthigh} hộ gia đình đạt danh hiệu Gia đình văn hóa",
	"{vua} lượt hộ nông dân đạt danh hiệu sản xuất, kinh doanh giỏi các cấp",
	"huy động {ty} cho các chương trình an sinh xã hội",
	"{n} cá nhân được đề nghị tặng danh hiệu Chiến sĩ thi đua cấp tỉnh",
	"{pct} trường học đạt chuẩn quốc gia",
	"tỷ lệ người dân tham gia bảo hiểm y tế đạt {pcthigh}",
	"[2021-] {pcthigh} hồ sơ được tiếp nhận và trả kết quả qua môi trường mạng",
)

// A cluster's conference: early in the year its members review the last one
// and sign pledges for this one; later they meet to review progress.
var (
	clusterTopicsEarly = []string{
		"tổng kết công tác thi đua năm {namqua} và ký kết giao ước thi đua năm {namnay} của {cluster}",
		"ký kết giao ước thi đua năm {namnay} của {cluster}",
	}
	clusterTopicsLate = []string{
		"sơ kết công tác thi đua năm {namnay} của {cluster}",
		"trao đổi kinh nghiệm tổ chức phong trào thi đua giữa các thành viên {cluster}",
	}
	clusterTitlesEarly = newPool(
		"{cluster} ký giao ước năm {namnay}",
		"{cluster} ký kết giao ước thi đua năm {namnay}",
		"{cluster} tổng kết năm {namqua}, ký giao ước năm {namnay}",
		"Các thành viên {cluster} ký giao ước thi đua năm {namnay}",
	)
	clusterTitlesLate = newPool(
		"{cluster} sơ kết năm {namnay}",
		"{cluster} sơ kết công tác thi đua năm {namnay}",
		"{cluster} trao đổi kinh nghiệm tổ chức phong trào thi đua",
		"Các thành viên {cluster} chia sẻ kinh nghiệm thi đua",
	)
	clusterSentences = newPool(
		"Hội nghị có sự tham gia của lãnh đạo UBND và cơ quan làm công tác thi đua, khen thưởng {cactinh}.",
		"Năm nay, {tinh} là đơn vị trưởng cụm, chủ trì tổ chức hội nghị.",
		"Các thành viên {cluster} đã chia sẻ kinh nghiệm trong việc phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến.",
		"Qua chấm điểm, bình xét công khai, hội nghị đã suy tôn đơn vị dẫn đầu cụm để đề nghị tặng Cờ thi đua của Chính phủ.",
		"Hội nghị thống nhất bầu đơn vị trưởng cụm và phó cụm cho năm tiếp theo, đồng thời thông qua quy chế hoạt động của cụm.",
		"Nội dung giao ước tập trung vào tăng trưởng kinh tế, giảm nghèo bền vững, cải cách hành chính và chuyển đổi số.",
	)
)

// conference writes a conference report.
func (w *writer) conference() {
	a, r := w.a, w.r
	a.subtype = w.conferenceType()
	a.topic = pick(r, conferenceTopics[a.subtype])
	titles := conferenceTitles[a.subtype]
	if a.cluster != nil && a.subtype == confPledge {
		if a.date.Month() <= 4 {
			a.topic, titles = pick(r, clusterTopicsEarly), clusterTitlesEarly
		} else {
			a.topic, titles = pick(r, clusterTopicsLate), clusterTitlesLate
		}
	}
	a.title = w.title(titles)
	a.leads = eventLeads
	if chance(r, 0.25) {
		a.awards = append(a.awards, pick(r, a.g.awards.province).award)
		if a.main == nil || a.after && chance(r, 0.3) {
			a.awards[0] = pick(r, a.g.awards.pm).award
		}
	}

	paras := w.budget()
	heads := w.headings()
	if a.cluster != nil {
		w.paraSeq([]pool{eventLeads, attendance, clusterSentences}, clusterSentences, context)
	} else {
		w.paraSeq([]pool{eventLeads, attendance}, context)
	}
	paras--
	if heads {
		w.heading(conferenceHeadings[0])
	}
	nResults := max(1, paras/2)
	for i := range nResults {
		if i == nResults-1 && chance(r, 0.4) {
			w.para(limits, limits, results)
		} else {
			w.para(results, results, context, quotes)
		}
	}
	paras -= nResults
	if chance(r, 0.4) {
		w.bullets(conferenceIntros, conferenceItems, between(r, 3, 6))
	}
	if heads {
		w.heading(conferenceHeadings[1])
	}
	for paras > 1 {
		w.para(directions, directions, quotes)
		paras--
	}
	if heads && chance(r, 0.4) {
		w.heading(conferenceHeadings[2])
	}
	if chance(r, 0.5) {
		w.para(awarding, awarding, closings)
	} else {
		w.para(closings, closings, awarding)
	}
	if chance(r, 0.05) {
		w.footnote(footnotes)
	}
}

// topicIsYear reports whether a conference reviews one year.
func (a *article) topicIsYear() bool {
	return a.kind == "conference" && (a.subtype == confYear || a.subtype == confHalf)
}

// conferenceType chooses a kind of conference that fits the date.
func (w *writer) conferenceType() int {
	a, r := w.a, w.r
	if a.cluster != nil && chance(r, 0.7) {
		return confPledge
	}
	m := a.date.Month()
	switch {
	case (m == time.June || m == time.May && a.date.Day() > 25) && chance(r, 0.5):
		return confAnniversary
	case a.year%5 == 0 && m >= time.August && chance(r, 0.35) && a.main != nil:
		return confCongress
	case (m >= time.July && m <= time.August) && chance(r, 0.5):
		return confHalf
	case (m <= time.March || m == time.December) && chance(r, 0.6):
		return confYear
	case a.year >= 2022 && a.year <= 2024 && chance(r, 0.12):
		return confLaw
	}
	return pick(r, []int{confYear, confMovement, confMovement, confExemplars, confExemplars, confPledge})
}

// title writes a headline of 8 to 16 words from p: the first that fits,
// else the closest, padded or cut.
func (w *writer) title(p pool) string {
	best, off := "", 1<<30
	for range 40 {
		s := capFirst(w.phrase(p))
		n := countWords(s)
		if n >= 8 && n <= 16 {
			return s
		}
		if d := max(8-n, n-16); d < off {
			best, off = s, d
		}
	}
	return fitTitle(best)
}

// fitTitle pads or cuts a headline to 8 to 16 words, cutting after a
// comma, colon or dash where it can.
func fitTitle(s string) string {
	words := splitWords(s)
	if len(words) > 16 {
		cut := 16
		for i := 15; i >= 8; i-- {
			if w := words[i-1]; strings.HasSuffix(w, ",") || strings.HasSuffix(w, ":") || words[i] == "–" {
				cut = i
				break
			}
		}
		words = words[:cut]
		words[cut-1] = strings.TrimRight(words[cut-1], ",:")
	}
	pad := []string{"trong", "phong", "trào", "thi", "đua", "yêu", "nước"}
	for i := 0; len(words) < 8; i++ {
		words = append(words, pad[i%len(pad)])
	}
	out := words[0]
	for _, wd := range words[1:] {
		out += " " + wd
	}
	return out
}

func splitWords(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return out
}
