package corpus

import (
	"math/rand/v2"

	"vinhdanh/internal/content"
	"vinhdanh/internal/vietnamese"
)

// movement is an emulation movement (phong trào thi đua): its full name, a
// short name for headlines, and the years it ran.
type movement struct {
	name, short string
	from, to    int
}

var movements = []movement{
	{"Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau", "Vì người nghèo", 2016, 0},
	{"Toàn dân đoàn kết xây dựng đời sống văn hóa", "Xây dựng đời sống văn hóa", 0, 0},
	{"Cả nước chung sức xây dựng nông thôn mới", "Chung sức xây dựng nông thôn mới", 0, 0},
	{"Doanh nghiệp Việt Nam hội nhập và phát triển", "Doanh nghiệp hội nhập và phát triển", 0, 0},
	{"Đổi mới, sáng tạo trong dạy và học", "Đổi mới, sáng tạo trong dạy và học", 0, 0},
	{"Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở", "Thực hiện văn hóa công sở", 2019, 0},
	{"Toàn dân bảo vệ an ninh Tổ quốc", "Toàn dân bảo vệ an ninh Tổ quốc", 0, 0},
	{"Vì an ninh Tổ quốc", "Vì an ninh Tổ quốc", 0, 0},
	{"Dân vận khéo", "Dân vận khéo", 0, 0},
	{"Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc", "Phụ nữ tích cực học tập, lao động sáng tạo", 0, 0},
	{"Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững", "Nông dân sản xuất, kinh doanh giỏi", 0, 0},
	{"Cựu chiến binh gương mẫu", "Cựu chiến binh gương mẫu", 0, 0},
	{"Tuổi cao – gương sáng", "Tuổi cao – gương sáng", 0, 0},
	{"Lao động giỏi, lao động sáng tạo", "Lao động giỏi, lao động sáng tạo", 0, 0},
	{"Xanh – sạch – đẹp, bảo đảm an toàn vệ sinh lao động", "Xanh – sạch – đẹp", 0, 0},
	{"Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Học tập và làm theo Bác", 0, 0},
	{"Đền ơn đáp nghĩa", "Đền ơn đáp nghĩa", 0, 0},
	{"Cả nước thi đua xóa nhà tạm, nhà dột nát", "Xóa nhà tạm, nhà dột nát", 2024, 0},
	{"Bình dân học vụ số", "Bình dân học vụ số", 2025, 0},
	{"Thi đua đổi mới sáng tạo, chuyển đổi số", "Đổi mới sáng tạo, chuyển đổi số", 2020, 0},
	{"Thi đua đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí", "Phát triển hạ tầng, chống lãng phí", 2025, 0},
	{"Cả nước thi đua phòng, chống dịch COVID-19", "Phòng, chống dịch COVID-19", 2020, 2022},
	{"Tuổi trẻ tình nguyện vì cuộc sống cộng đồng", "Tuổi trẻ tình nguyện", 0, 0},
	{"Giỏi việc nước, đảm việc nhà", "Giỏi việc nước, đảm việc nhà", 0, 0},
	{"Thầy thuốc như mẹ hiền", "Thầy thuốc như mẹ hiền", 0, 0},
	{"Xây dựng trường học thân thiện, học sinh tích cực", "Trường học thân thiện, học sinh tích cực", 0, 2018},
	{"Khuyến học, khuyến tài, xây dựng xã hội học tập", "Xây dựng xã hội học tập", 0, 0},
	{"Toàn dân tham gia phòng cháy, chữa cháy", "Toàn dân phòng cháy, chữa cháy", 0, 0},
	{"Chống rác thải nhựa", "Chống rác thải nhựa", 2019, 0},
	{"Chung tay vì an toàn giao thông", "Chung tay vì an toàn giao thông", 0, 0},
	{"Quân đội chung sức xây dựng nông thôn mới", "Quân đội chung sức xây dựng nông thôn mới", 0, 0},
	{"Thi đua quyết thắng", "Thi đua quyết thắng", 0, 0},
}

// pickMovement returns a movement that ran in year.
func pickMovement(r *rand.Rand, year int) movement {
	for {
		m := movements[r.IntN(len(movements))]
		if (m.from == 0 || year >= m.from) && (m.to == 0 || year <= m.to) {
			return m
		}
	}
}

// tag is a topic with the years it is used in.
type tag struct {
	name     string
	from, to int
}

// tags are listed from the most to the least used; tags() draws them with a
// Zipf-like bias, as real sites' tag clouds look.
var tags = []tag{
	{"khen thưởng", 0, 0}, {"thi đua yêu nước", 0, 0}, {"điển hình tiên tiến", 0, 0},
	{"nông thôn mới", 0, 0}, {"người tốt việc tốt", 0, 0}, {"giảm nghèo", 0, 0},
	{"chuyển đổi số", 2020, 0}, {"giáo dục", 0, 0}, {"y tế", 0, 0}, {"doanh nghiệp", 0, 0},
	{"cụm thi đua", 0, 0}, {"ký kết giao ước", 0, 0}, {"tổng kết năm", 0, 0},
	{"Luật Thi đua, khen thưởng", 2022, 0}, {"Bằng khen", 0, 0}, {"Chiến sĩ thi đua", 0, 0},
	{"Cờ thi đua", 0, 0}, {"an ninh trật tự", 0, 0}, {"quốc phòng", 0, 0}, {"biên giới", 0, 0},
	{"dân tộc thiểu số", 0, 0}, {"vùng cao", 0, 0}, {"phụ nữ", 0, 0}, {"thanh niên", 0, 0},
	{"nông dân", 0, 0}, {"cựu chiến binh", 0, 0}, {"công đoàn", 0, 0}, {"khuyến học", 0, 0},
	{"văn hóa", 0, 0}, {"du lịch", 0, 0}, {"OCOP", 2018, 0}, {"xóa nhà tạm", 2023, 0},
	{"an sinh xã hội", 0, 0}, {"đền ơn đáp nghĩa", 0, 0}, {"Bà mẹ Việt Nam anh hùng", 0, 0},
	{"phòng chống dịch", 2020, 2022}, {"COVID-19", 2020, 2022}, {"đại hội thi đua", 0, 0},
	{"Huân chương Lao động", 0, 0}, {"cải cách hành chính", 0, 0}, {"văn hóa công sở", 0, 0},
	{"Dân vận khéo", 0, 0}, {"học tập và làm theo Bác", 0, 0}, {"11/6", 0, 0}, {"20/11", 0, 0},
	{"27/7", 0, 0}, {"thương binh liệt sĩ", 0, 0}, {"môi trường", 0, 0}, {"biển đảo", 0, 0},
	{"thủy sản", 0, 0}, {"lâm nghiệp", 0, 0}, {"hợp tác xã", 0, 0}, {"kinh tế tập thể", 0, 0},
	{"khởi nghiệp", 0, 0}, {"sáng kiến", 0, 0}, {"khoa học công nghệ", 0, 0}, {"công nghiệp", 0, 0},
	{"xây dựng Đảng", 0, 0}, {"Mặt trận Tổ quốc", 0, 0}, {"thể thao", 0, 0}, {"y tế cơ sở", 0, 0},
	{"giáo viên", 0, 0}, {"học sinh", 0, 0}, {"công an xã", 0, 0}, {"phòng cháy chữa cháy", 0, 0},
	{"an toàn giao thông", 0, 0}, {"thuế", 0, 0}, {"bảo hiểm xã hội", 0, 0}, {"người cao tuổi", 0, 0},
	{"trẻ em", 0, 0}, {"Đoàn Thanh niên", 0, 0}, {"Hội Liên hiệp Phụ nữ", 0, 0}, {"Hội Nông dân", 0, 0},
	{"sơ kết", 0, 0}, {"phát động thi đua", 0, 0}, {"tôn vinh", 0, 0}, {"truy tặng", 0, 0},
	{"Anh hùng Lao động", 0, 0}, {"Nhà giáo ưu tú", 0, 0}, {"Thầy thuốc ưu tú", 0, 0},
	{"nghệ nhân", 0, 0}, {"làng nghề", 0, 0}, {"di sản", 0, 0}, {"bình đẳng giới", 0, 0},
	{"Bình dân học vụ số", 2025, 0}, {"chính quyền số", 2021, 0}, {"kinh tế số", 2021, 0},
	{"sản xuất kinh doanh giỏi", 0, 0}, {"đồng bào Khmer", 0, 0}, {"Tây Nguyên", 0, 0},
	{"miền núi phía Bắc", 0, 0}, {"đồng bằng sông Cửu Long", 0, 0}, {"hiến máu tình nguyện", 0, 0},
	{"từ thiện", 0, 0}, {"cứu hộ cứu nạn", 0, 0}, {"thiên tai", 0, 0}, {"sắp xếp đơn vị hành chính", 2025, 0},
}

// kindTags start an article's tags.
var kindTags = map[content.Kind][]string{
	content.Conference: {"tổng kết năm", "sơ kết", "ký kết giao ước", "thi đua yêu nước", "đại hội thi đua"},
	content.Exemplar:   {"điển hình tiên tiến", "người tốt việc tốt", "tôn vinh"},
	content.Decision:   {"khen thưởng", "Bằng khen", "tôn vinh"},
	content.News:       {"thi đua yêu nước", "phát động thi đua", "khen thưởng"},
}

// tags returns 2 to 5 distinct tags.
func (a *article) tags() []string {
	r := a.r
	n := between(r, 2, 5)
	var out []string
	seen := map[string]bool{}
	add := func(name string) {
		s := vietnamese.Slug(name)
		if !seen[s] {
			seen[s] = true
			out = append(out, name)
		}
	}
	if a.ex != nil && chance(r, 0.7) {
		add(a.ex.field.tag)
	}
	if chance(r, 0.5) {
		add(pick(r, kindTags[a.kind]))
	}
	for tries := 0; len(out) < n && tries < 50; tries++ {
		f := r.Float64()
		t := tags[int(float64(len(tags))*f*f*f)]
		if (t.from == 0 || a.year >= t.from) && (t.to == 0 || a.year <= t.to) {
			add(t.name)
		}
	}
	return out
}
