package corpus

import (
	"math/rand/v2"
	"strings"
)

// person is a generated name.
type person struct {
	full   string // "Nguyễn Thị Hoa"
	given  string // what people call them: "Hoa", "Y Khuê", "Sô Phal"
	female bool
}

// Kinh names. Family names are listed roughly by frequency, and drawn with a
// Zipf-like bias towards the head of the list.
var (
	familyNames = []string{
		"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
		"Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lương", "Mai", "Trịnh", "Đoàn", "Lâm", "Tạ", "Cao",
		"Hà", "Trương", "Kiều", "Quách", "Chu", "Tô", "La", "Đào", "Nông", "Triệu", "Hứa", "Thái",
		"Lưu", "Phùng", "Khổng", "Lại", "Từ", "Tăng", "Diệp", "Mạc", "Âu", "Ông", "Giáp", "Vi",
		"Lục", "Bế", "Ma", "Khúc", "Nghiêm", "Doãn", "Văn", "Tống", "Thân", "Kim", "Châu", "Lò",
	}
	maleMiddle = []string{
		"Văn", "Đức", "Minh", "Hữu", "Quang", "Công", "Thanh", "Ngọc", "Xuân", "Tiến", "Trọng",
		"Đình", "Mạnh", "Duy", "Anh", "Quốc", "Bá", "Hoàng", "Việt", "Thành", "Hồng", "Huy",
		"Khắc", "Trung", "Gia", "Tấn", "Phước", "Chí", "Nhật", "Kim",
	}
	femaleMiddle = []string{
		"Thị", "Thu", "Ngọc", "Thanh", "Thùy", "Kim", "Hồng", "Bích", "Minh", "Phương", "Mai",
		"Lan", "Hoài", "Diệu", "Tuyết", "Khánh", "Hải", "Quỳnh", "Mỹ", "Cẩm", "Thảo", "Như",
	}
	maleGiven = []string{
		"An", "Anh", "Bảo", "Bình", "Cường", "Chiến", "Công", "Dũng", "Duy", "Đạt", "Định", "Đông",
		"Giang", "Hải", "Hào", "Hiếu", "Hiệp", "Hòa", "Hoàng", "Hùng", "Huy", "Hưng", "Khang",
		"Khánh", "Khoa", "Khôi", "Kiên", "Lâm", "Linh", "Lộc", "Long", "Lực", "Mạnh", "Minh",
		"Nam", "Nghĩa", "Nhân", "Ninh", "Phát", "Phong", "Phúc", "Phước", "Quân", "Quang", "Quý",
		"Sơn", "Tài", "Tâm", "Tân", "Thái", "Thắng", "Thành", "Thịnh", "Thuận", "Tiến", "Toàn",
		"Trí", "Trung", "Trường", "Tú", "Tuấn", "Tùng", "Việt", "Vinh", "Vũ", "Vương", "Xuân",
		"Tư", "Sáu", "Bảy", "Hậu", "Lợi", "Luân", "Nguyên", "Quyết", "Sang", "Sỹ", "Thông",
		"Tĩnh", "Toản", "Tráng", "Trực", "Tuyên", "Vĩnh", "Đoàn", "Hạnh", "Kha", "Lành", "Mười",
		"Nhất", "Pháp", "Quỳnh", "Sinh", "Thạch", "Thiện", "Thức", "Trọng", "Tường", "Ước",
		"Ân", "Bách", "Cảnh", "Chính", "Chương", "Danh", "Dương", "Đại", "Đăng", "Điền", "Đoan",
		"Giáp", "Hàn", "Hảo", "Hiển", "Hoan", "Hội", "Hợi", "Khải", "Khiêm", "Khương", "Kỳ", "Lạc",
		"Lãm", "Lân", "Lễ", "Liêm", "Lĩnh", "Lượng", "Mẫn", "Mậu", "Nghị", "Ngạn", "Ngữ", "Nhạc",
		"Nhuận", "Nhượng", "Phi", "Phụng", "Quảng", "Quyền", "Sâm", "Sáng", "Sở", "Tá", "Tạo",
		"Tấn", "Thạc", "Thăng", "Thể", "Thiều", "Thọ", "Thụ", "Tín", "Toại", "Tôn", "Trình",
		"Triều", "Tuân", "Tuệ", "Tỵ", "Uẩn", "Ứng", "Viễn", "Vỹ", "Xuyên", "Bằng", "Biên", "Cẩn",
		"Châu", "Chuẩn", "Cương", "Diệm", "Doanh", "Đắc", "Đệ", "Độ", "Giới", "Hách", "Hàm",
		"Hiền", "Huấn", "Hướng", "Khẩn", "Khởi", "Kính", "Lãng", "Luyện", "Miên", "Ngọ", "Nhẫn",
		"Phiệt", "Phổ", "Quế", "Sính", "Sửu", "Tạc", "Thản", "Thiệp", "Thuyên", "Tiệp", "Trác",
		"Tuyển", "Vịnh", "Vọng", "Xướng", "Yết", "Chấn", "Dĩnh", "Hoạt", "Khuê", "Lộ", "Nghiệp",
	}
	femaleGiven = []string{
		"An", "Anh", "Ánh", "Bích", "Châu", "Chi", "Diệp", "Dung", "Duyên", "Giang", "Hà", "Hạnh",
		"Hằng", "Hiền", "Hoa", "Hòa", "Hồng", "Huệ", "Hương", "Hường", "Huyền", "Khánh", "Lan",
		"Liên", "Liễu", "Linh", "Loan", "Lụa", "Mai", "My", "Nga", "Ngân", "Ngọc", "Nhàn", "Nhung",
		"Oanh", "Phượng", "Phương", "Quyên", "Quỳnh", "Sen", "Tâm", "Thảo", "Thắm", "Thoa",
		"Thơm", "Thu", "Thúy", "Thủy", "Thư", "Trang", "Trâm", "Tuyết", "Uyên", "Vân", "Vy",
		"Xuân", "Yến", "Ly", "Na", "Nguyệt", "Nhi", "Tươi", "Lệ", "Miên", "Huế", "Đào", "Điệp",
		"Gấm", "Hậu", "Hoài", "Khuyên", "Lành", "Lài", "Mận", "Nết", "Nương", "Rạng", "Son", "Tình",
		"Ái", "Băng", "Cúc", "Diễm", "Dịu", "Đan", "Gương", "Hảo", "Hạ", "Hoàn", "Khanh", "Kiều",
		"Lam", "Luyến", "Mến", "Mơ", "Mừng", "Nguyên", "Nhạn", "Nhiên", "Nhụy", "Nụ", "Phấn",
		"Quế", "Quý", "Sương", "Thêu", "Thiện", "Thoan", "Thuần", "Thương", "Tiên", "Trinh", "Tú",
		"Tuệ", "Uyển", "Xoan", "Xuyến", "Ý", "Bình", "Chinh", "Dạ", "Duệ", "Đoan", "Hiếu", "Hòe",
		"Huyên", "Kim", "Lụa", "Lưu", "Mỵ", "Ngát", "Ngoan", "Nhài", "Nhớ", "Phận", "Sáu",
		"Thạch", "Thẩm", "Thìn", "Thoa", "Thỏa", "Thục", "Tím", "Trúc", "Tươi", "Vui", "Xinh",
	}
)

// Names of ethnic minorities, used in the provinces where they live.
var (
	hmongFamily      = []string{"Giàng", "Sùng", "Vàng", "Thào", "Lầu", "Mùa", "Hầu", "Ly", "Cứ", "Tráng", "Vừ", "Chảo", "Hạng", "Lù"}
	hmongMaleMiddle  = []string{"A", "Seo", "Mí", "Văn", "A", "Seo"}
	hmongMaleGiven   = []string{"Páo", "Chứ", "Dế", "Sính", "Chống", "Pó", "Chua", "Lử", "Dìa", "Xá", "Súa", "Tủa", "Dình", "Cở", "Mua", "Chơ", "Sử", "Lềnh", "Pềnh", "Thề", "Dùng", "Tráng", "Vư", "Nủ", "Khư", "Giàng", "Cáng", "Phềnh", "Trư", "Lồng"}
	hmongFemaleGiven = []string{"Mỷ", "Dợ", "Sua", "Pà", "Mai", "Chờ", "Súa", "Dung", "Sinh", "Xúa", "Lan", "Mỉ", "Chi", "Vá"}
	taiFamily        = []string{"Lò", "Lường", "Quàng", "Cầm", "Hoàng", "Nông", "Ma", "Bế", "Lục", "Đèo", "Vi", "Sầm", "Hà", "Lèo", "Tòng", "Mè"}
	taiGiven         = []string{"Pọm", "Ban", "Khiêm", "Xiến", "Ươn", "Piệng", "Chăm", "Hặc", "Tuân", "Ngoan", "Thiêng", "Pản", "Luấn", "Vượng", "Chinh", "Khoa", "Dịu", "Xuân", "Biên", "Bun", "Ím", "Khăm", "Phanh", "Xôm", "Ỏn", "Lả", "Toán", "Nọi", "Éng", "Sương", "Mẩy", "Pấng"}
	edeFamily        = []string{"Niê", "Mlô", "Êban", "Byă", "Ksơr", "Adrơng", "Kpă", "Rahlan", "Siu", "Hđơk", "Nay", "Ayŭn", "Buôn Yă", "Knul", "Êya"}
	edeMaleGiven     = []string{"Khuê", "Bhin", "Ngông", "Jút", "Bih", "Kông", "Hoan", "Thuyn", "Blang", "Wang", "Luyn", "Djao", "Thông", "Ơn", "Huê", "Sanh", "Dhơn", "Ju"}
	edeFemaleGiven   = []string{"Hen", "Yim", "Bia", "Lina", "Ngoan", "Mai", "Dơk", "Juên", "Ni", "Rin", "Blim", "Wer", "Hồng", "Thanh", "Luyện"}
	khmerFamily      = []string{"Thạch", "Danh", "Sơn", "Kim", "Chau", "Lâm", "Lý", "Trương"}
	khmerMaleGiven   = []string{"Sô Phal", "Sa Rinh", "Khum", "Sóc Kha", "Đa Ra", "Sa Rươn", "Pho", "Sóc Ra", "Ly Sa", "Chanh Thu", "Kim Sên", "Sà Rương", "Ngọc Thanh", "Sa Mết"}
	khmerFemaleGiven = []string{"Ra Ni", "Sa Ly", "Sô Phia", "Mây", "Sà Phiên", "Thị Sa Rết", "Thị Hồng", "Kim Yến", "Sóc Phi", "Thị Ngọc Hân", "Thị Sà Quol"}
)

// Regions where minority names are common, by unit name.
var (
	northernHighlands = setOf("Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang", "Lào Cai", "Điện Biên",
		"Lai Châu", "Sơn La", "Yên Bái", "Hòa Bình", "Lạng Sơn", "Thái Nguyên")
	centralHighlands = setOf("Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng")
	khmerProvinces   = setOf("Sóc Trăng", "Trà Vinh", "Kiên Giang", "An Giang", "Bạc Liêu", "Cà Mau",
		"Cần Thơ", "Vĩnh Long", "Hậu Giang")
)

func setOf(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// zipfIndex returns an index in [0, n) biased towards 0.
func zipfIndex(r *rand.Rand, n int) int {
	f := r.Float64()
	return int(float64(n) * f * f)
}

// newPerson makes a name; region is the unit whose people it should sound like
// ("" for anywhere).
func newPerson(r *rand.Rand, female bool, region string) person {
	switch {
	case northernHighlands[region] && chance(r, 0.35):
		if chance(r, 0.5) {
			fam := pick(r, hmongFamily)
			if female {
				g := pick(r, hmongFemaleGiven)
				return person{fam + " Thị " + g, g, true}
			}
			g := pick(r, hmongMaleGiven)
			return person{fam + " " + pick(r, hmongMaleMiddle) + " " + g, g, false}
		}
		fam := pick(r, taiFamily)
		g := pick(r, taiGiven)
		if female {
			return person{fam + " Thị " + g, g, true}
		}
		return person{fam + " Văn " + g, g, false}
	case centralHighlands[region] && chance(r, 0.3):
		if female {
			g := "H'" + pick(r, edeFemaleGiven)
			return person{g + " " + pick(r, edeFamily), g, true}
		}
		g := "Y " + pick(r, edeMaleGiven)
		return person{g + " " + pick(r, edeFamily), g, false}
	case khmerProvinces[region] && chance(r, 0.18):
		fam := pick(r, khmerFamily)
		if female {
			g := pick(r, khmerFemaleGiven)
			short := strings.TrimPrefix(g, "Thị ")
			return person{fam + " " + g, short, true}
		}
		g := pick(r, khmerMaleGiven)
		return person{fam + " " + g, g, false}
	}
	fam := familyNames[zipfIndex(r, len(familyNames))]
	if female {
		g := pick(r, femaleGiven)
		return person{fam + " " + pick(r, femaleMiddle) + " " + g, g, true}
	}
	g := pick(r, maleGiven)
	if chance(r, 0.06) { // a few names have two middle names
		return person{fam + " " + pick(r, maleMiddle) + " " + pick(r, maleMiddle[1:]) + " " + g, g, false}
	}
	return person{fam + " " + pick(r, maleMiddle) + " " + g, g, false}
}

// Place names below the province: the common two-syllable Sino-Vietnamese
// names of communes and districts, and names of highland villages.
var (
	placeFirst = []string{
		"Tân", "Hòa", "Phú", "An", "Bình", "Thạnh", "Long", "Hưng", "Đông", "Tây", "Nam", "Bắc",
		"Thịnh", "Phước", "Lộc", "Sơn", "Thủy", "Quang", "Minh", "Hiệp", "Thuận", "Xuân", "Hải",
		"Trung", "Vĩnh", "Đức", "Mỹ", "Thanh", "Hồng", "Kim", "Ngọc", "Cẩm", "Yên", "Gia", "Tiên",
		"Tam", "Đại", "Hoàng", "Quảng", "Nghĩa", "Phong", "Tường", "Lạc", "Châu", "Hà", "Kỳ",
		"Diễn", "Hương", "Triệu", "Cát", "Thiệu", "Nga", "Quỳnh", "Hoằng", "Vạn", "Lương",
		"Ân", "Bảo", "Cam", "Cao", "Chiêm", "Cổ", "Diên", "Đa", "Đằng", "Điện", "Đoan", "Giao",
		"Hàm", "Hậu", "Hiền", "Hoa", "Hoài", "Hội", "Khai", "Khương", "Kiến", "Kinh", "Lãng",
		"Liên", "Linh", "Lũng", "Mai", "Mậu", "Nghi", "Ngũ", "Nhân", "Nhuận", "Phổ", "Phù",
		"Phượng", "Quế", "Quỳ", "Sa", "Sùng", "Tả", "Tạ", "Thạch", "Thái", "Thọ", "Thống",
		"Thường", "Tịnh", "Trực", "Tuy", "Tuyên", "Ứng", "Vân", "Vũ", "Xương", "Chí", "Hạnh",
	}
	placeSecond = []string{
		"Lập", "Hòa", "Phú", "An", "Bình", "Thạnh", "Long", "Hưng", "Thịnh", "Phước", "Lộc", "Sơn",
		"Thủy", "Tiến", "Lợi", "Thành", "Trung", "Hải", "Mỹ", "Xuân", "Đông", "Tây", "Nam", "Bắc",
		"Hiệp", "Thuận", "Định", "Khánh", "Phong", "Quang", "Minh", "Tân", "Lạc", "Ninh", "Yên",
		"Hà", "Giang", "Điền", "Trạch", "Hợp", "Dương", "Chánh", "Lâm", "Đức", "Hồng", "Vinh",
		"Thượng", "Hạ", "Kiều", "Cường", "Nghĩa", "Sen", "Châu", "Trà", "Văn", "Quý",
		"Ấp", "Bồng", "Cần", "Chiểu", "Duyên", "Đạo", "Đồng", "Đường", "Hào", "Hậu", "Hiển",
		"Hoạch", "Khê", "Khoái", "Lai", "Liễu", "Lũy", "Mão", "Môn", "Ngạn", "Nguyên", "Nội",
		"Phố", "Phụng", "Quan", "Quyết", "Sở", "Tảo", "Thắng", "Thiện", "Thôn", "Thụy", "Tiêu",
		"Toàn", "Trì", "Triều", "Trụ", "Tuế", "Uyên", "Vạn", "Vệ", "Viên", "Xá", "Yết", "Cừ",
	}
	highlandPlaces = []string{
		"Nà Hang", "Pác Bó", "Khuổi Ky", "Nà Pục", "Phiêng Lầu", "Lũng Cú", "Sủng Là", "Mù Cang",
		"Tả Van", "Sín Chải", "Nậm Cang", "Huổi Só", "Pa Vệ", "Mường Lống", "Nà Sản", "Phìn Ngan",
		"Lùng Tám", "Xín Mần", "Hồ Thầu", "Nậm Nhừ", "Bản Khoang", "Chiềng Khoa", "Mường Phăng",
		"Tà Xùa", "Khau Phạ", "Nà Ngần", "Bản Liền", "Phúc Sen", "Pò Hèn", "Ka Lăng",
		"Pắc Nặm", "Cốc Pàng", "Thẩm Dương", "Lũng Táo", "Phố Cáo", "Sà Phìn", "Mèo Vạc", "Nậm Pồ",
		"Mường Nhé", "Chiềng Ơn", "Phiêng Khoài", "Bản Lầu", "Nà Chì", "Khuổi Luông", "Cốc Đán",
		"Tả Phìn", "Y Tý", "Dền Sáng", "Lao Chải", "Thàng Tín", "Mường Khương", "Pha Mu",
	}
	centralHighlandPlaces = []string{
		"Ako Dhông", "Kon Klor", "Kô Sia", "Ơi Nu", "Ea Kao", "Ea Tam", "Tơ Nung", "Ia Mơ Nông",
		"Kon Jơ Ri", "Đăk Rơ Wa", "Ea Sô", "Buôn Đôn", "Ia Pếch", "Kon Brai", "Đắk Wil", "Yang Mao",
		"Ia Grai", "Krông Pa", "Ea Hleo", "Đắk Mar", "Kon Chiêng", "Ia Le", "Cư Pơng", "Ea Bar",
		"Tơ Tung", "Đăk Long", "Bờ Ngoong", "Ia Dơk", "Lơ Pang", "Chư Drăng", "Ea Trul",
	}
	mekongPlaces = []string{
		"Sóc Xoài", "Phnôm Pi", "Trà Cú", "Ba Xuyên", "Kinh Ngang", "Rạch Dầu", "Cái Sắn", "Vàm Láng",
		"Bưng Cốc", "Tha La", "Rạch Gốc", "Cái Tàu", "Vĩnh Trạch", "Khánh Hội", "Giồng Riềng",
		"Tà Ân", "Lai Hòa", "Đại Ân", "Kế Sách", "Ô Lâm", "Tri Tôn", "Lương Hòa", "Ngọc Biên",
		"Phong Thạnh", "Rạch Sỏi", "Vàm Rầy", "Cù Lao Dung", "Phước Hảo", "Ba Trinh", "Xà Phiên",
	}
)

// placeName returns a place name that sounds like region.
func placeName(r *rand.Rand, region string) string {
	switch {
	case northernHighlands[region] && chance(r, 0.3):
		return pick(r, highlandPlaces)
	case centralHighlands[region] && chance(r, 0.3):
		return pick(r, centralHighlandPlaces)
	case khmerProvinces[region] && chance(r, 0.25):
		return pick(r, mekongPlaces)
	}
	first := pick(r, placeFirst)
	for {
		second := pick(r, placeSecond)
		if second != first {
			return first + " " + second
		}
	}
}

// villageWord is what a village is called in region.
func villageWord(r *rand.Rand, region string) string {
	switch {
	case northernHighlands[region]:
		return pick(r, []string{"bản", "thôn", "bản", "xóm"})
	case centralHighlands[region]:
		return pick(r, []string{"buôn", "làng", "thôn", "plei"})
	case khmerProvinces[region]:
		return pick(r, []string{"ấp", "ấp", "phum sóc"})
	}
	return pick(r, []string{"thôn", "xóm", "ấp", "tổ dân phố", "khu phố", "thôn"})
}

// Organisations.
var (
	companyKinds = []string{"Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH MTV", "Doanh nghiệp tư nhân", "Công ty Cổ phần"}
	companyTrade = []string{
		"Thủy sản", "Xây dựng", "Dược phẩm", "Nông sản", "Thực phẩm", "Cơ khí", "May mặc",
		"Vật liệu xây dựng", "Đầu tư", "Thương mại và Dịch vụ", "Chế biến gỗ", "Du lịch",
		"Công nghệ", "Năng lượng", "Vận tải", "Cà phê", "Chè", "Dệt may", "Giống cây trồng",
		"Thức ăn chăn nuôi", "Điện tử", "Bao bì", "Môi trường", "Cấp thoát nước",
	}
	companyFirst  = []string{"Phú", "Minh", "Hoàng", "Thành", "Việt", "Sao", "An", "Tân", "Đại", "Hưng", "Nam", "Trường", "Kim", "Đông", "Thái", "Hòa", "Phúc", "Bảo", "Hải", "Ngọc", "Tiến", "Quốc"}
	companySecond = []string{"Thịnh", "Phát", "Long", "Đạt", "Mai", "Hưng", "Việt", "Lộc", "Thành", "Tín", "Nguyên", "Khang", "An", "Sơn", "Hà", "Dương", "Quang", "Tiến", "Minh", "Hòa", "Xanh", "Vàng"}
	coopDomains   = []string{
		"Nông nghiệp", "Dịch vụ nông nghiệp", "Chè", "Dược liệu", "Rau an toàn", "Thủy sản",
		"Mây tre đan", "Nấm", "Lúa gạo hữu cơ", "Cây ăn quả", "Thổ cẩm", "Mật ong", "Cà phê",
		"Hồ tiêu", "Sầu riêng", "Bưởi", "Cam", "Nhãn", "Quế", "Chăn nuôi", "Gốm", "Muối",
	}
	schoolLevels = []string{
		"Trường Mầm non", "Trường Tiểu học", "Trường THCS", "Trường THPT", "Trường Tiểu học và THCS",
		"Trường Phổ thông dân tộc bán trú THCS", "Trường Phổ thông dân tộc nội trú", "Trường Mầm non",
		"Trường Tiểu học",
	}
	products = []string{
		"chè Shan tuyết", "cam sành", "bưởi da xanh", "vải thiều", "nhãn lồng", "xoài cát", "cà phê",
		"hồ tiêu", "sầu riêng", "thanh long", "lúa gạo hữu cơ", "mật ong bạc hà", "nấm linh chi",
		"quế", "hồi", "dược liệu", "rau an toàn", "tôm càng xanh", "cá tra", "hàu", "bò thịt",
		"gà đồi", "lợn đen", "nước mắm", "bánh đa", "miến dong", "thổ cẩm", "mây tre đan", "gốm",
		"chiếu cói", "măng tre", "dứa", "mía", "ngô lai", "khoai lang", "cá lồng", "ốc hương",
		"muối sạch", "gạo nếp", "trà hoa vàng", "chanh leo", "mắc ca", "cao su", "điều", "dừa",
		"sâm", "đậu tương", "tằm tơ", "hoa lan", "cây giống", "trứng vịt", "rong biển", "nghêu",
	}
	models = []string{
		"Dân vận khéo", "Tổ tự quản đường biên, cột mốc", "Camera an ninh", "Chợ 4.0",
		"Thôn không có rác thải nhựa", "Ngân hàng bò", "Con đường hoa", "Tủ sách cộng đồng",
		"Bữa cơm nghĩa tình", "Điểm sáng văn hóa khu dân cư", "Nuôi heo đất gây quỹ",
		"Vườn cây dinh dưỡng", "Hũ gạo tình thương", "Ngày thứ Bảy tình nguyện",
		"Tuyến đường tự quản", "Gia đình 5 không 3 sạch", "Nông dân làm du lịch",
		"Khu dân cư không có tội phạm", "Tổ hòa giải ở cơ sở", "Mái ấm công đoàn",
		"Cánh đồng lớn", "Tổ liên kết sản xuất", "Đổi đất cho đường", "Sổ tiết kiệm tình thương",
		"Áo ấm cho em", "Nhà văn hóa thông minh", "Thắp sáng đường quê", "Phiên chợ không đồng",
		"Cổng trường an toàn giao thông", "Xóm đạo bình yên", "Vườn mẫu", "Chi hội phụ nữ không sinh con thứ ba",
	}
	events = []string{
		"kỷ niệm Ngày Quốc khánh 2/9", "Ngày Thương binh – Liệt sĩ 27/7",
		"kỷ niệm Ngày thành lập Đảng Cộng sản Việt Nam 3/2", "Ngày Nhà giáo Việt Nam 20/11",
		"Ngày Thầy thuốc Việt Nam 27/2", "Tết Nguyên đán", "kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh 19/5",
		"Ngày Quốc tế Lao động 1/5", "kỷ niệm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc 11/6",
		"Ngày Đại đoàn kết toàn dân tộc 18/11", "kỷ niệm Ngày thành lập Quân đội nhân dân Việt Nam 22/12",
		"Ngày hội Quốc phòng toàn dân", "kỷ niệm Ngày truyền thống Công an nhân dân 19/8",
	}
)

// Local colour: festivals, specialities and crafts.
var (
	festivals = []string{
		"Lồng Tồng", "Gầu Tào", "mừng cơm mới", "Ok Om Bok", "Chôl Chnăm Thmây", "Sen Dolta",
		"đua ghe ngo", "cầu ngư", "Nghinh Ông", "Katê", "mừng lúa mới", "Xên bản", "Hoa Ban",
		"chọi trâu", "cầu mùa", "Tết Nhảy", "Roóng Poọc", "Nhảy lửa", "Cấp sắc", "hát Then",
		"cồng chiêng", "đua thuyền truyền thống", "rước nước", "xuống đồng", "Đình làng",
	}
	specialities = []string{
		"mắm tôm chua", "thịt trâu gác bếp", "bánh tráng", "nem chua", "rượu ngô", "mận hậu",
		"hồng không hạt", "cốm", "bánh cuốn", "nếp cái hoa vàng", "bánh pía", "kẹo dừa", "chè lam",
		"bánh chưng", "mắm cá linh", "khô cá lóc", "lạp xưởng", "chả mực", "bánh đa nem", "cơm lam",
		"măng khô", "mật mía", "bánh gai", "tương bần", "cá thính", "bánh ít lá gai", "mè xửng",
	}
	crafts = []string{
		"dệt thổ cẩm", "đan lát mây tre", "rèn", "làm gốm", "chạm khắc gỗ", "làm hương", "làm nón lá",
		"làm bánh tráng", "dệt chiếu", "đúc đồng", "thêu ren", "làm muối", "sơn mài", "làm giấy dó",
		"làm trống", "khảm trai", "nấu rượu", "làm mành trúc", "đan lưới", "làm đồ bạc", "ươm tơ",
	}
)

// deeds are things people and units do that get them honoured; trades are
// what ordinary people do for a living.
var (
	deeds = []string{
		"nạo vét kênh mương nội đồng", "trồng cây phân tán dọc các tuyến đường", "xây cầu dân sinh qua suối",
		"lắp đèn năng lượng mặt trời trên đường làng", "vận động trẻ em trong độ tuổi đến trường",
		"hiến đất mở rộng đường giao thông", "tặng xe đạp cho học sinh nghèo vượt khó", "dựng nhà văn hóa thôn",
		"sửa chữa nhà cho người cao tuổi neo đơn", "thu gom rác thải nhựa ven biển", "khơi thông cống rãnh",
		"phát quang bụi rậm, vệ sinh đường làng ngõ xóm", "trao học bổng cho con em gia đình chính sách",
		"tổ chức lớp dạy bơi miễn phí cho trẻ em", "hỗ trợ bà con tiêu thụ nông sản mùa dịch",
		"cứu hộ tàu cá gặp nạn trên biển", "tuần tra bảo vệ rừng phòng hộ", "kéo điện lưới về bản xa",
		"khoan giếng, lắp bồn chứa nước sạch cho điểm trường", "chuyển giao giống lúa chịu mặn",
		"mở lớp xóa mù chữ cho đồng bào", "xây bếp ăn bán trú cho học sinh vùng cao",
		"tổ chức khám sàng lọc ung thư miễn phí", "hiến máu cứu người trong đêm", "làm cầu khỉ thành cầu bê tông",
		"trồng rừng ngập mặn chắn sóng", "phục dựng đình làng cổ", "lập thư viện sách cho trẻ em",
		"giúp người khuyết tật học nghề, tìm việc làm", "lắp camera an ninh ở các ngã ba, ngã tư",
		"dọn dẹp bùn đất sau lũ", "hướng dẫn bà con làm hồ sơ vay vốn ưu đãi", "trồng hoa hai bên đường làng",
		"xây dựng mô hình nhà tiêu hợp vệ sinh", "dạy nghề may cho phụ nữ nông thôn", "sơn sửa bia tưởng niệm liệt sĩ",
		"đắp đê bao chống triều cường", "bắc cầu phao qua sông mùa nước nổi", "vận động gỡ bỏ lưới cấm trên biển",
		"tổ chức bữa cơm nghĩa tình cho bệnh nhân nghèo", "tặng áo phao cho học sinh vùng sông nước",
		"chăm sóc phần mộ liệt sĩ", "mở điểm sinh hoạt hè cho thiếu nhi", "xây nhà chống lũ cho hộ nghèo",
		"thành lập tổ hòa giải ở khu dân cư", "đưa internet về nhà văn hóa bản", "kiên cố hóa trường mầm non",
	}
	trades = []string{
		"thợ may", "thợ mộc", "tài xế xe khách", "ngư dân", "tiểu thương chợ", "kỹ thuật viên điện lực",
		"dược sĩ", "kiểm lâm viên", "nhân viên bưu điện", "công nhân vệ sinh môi trường", "thợ xây",
		"người bán vé số", "nhân viên cứu hộ", "lái đò", "thợ điện", "bảo vệ trường học", "chủ quán ăn",
		"nhân viên giao hàng", "thợ cắt tóc", "sinh viên", "học sinh lớp 9", "hướng dẫn viên du lịch",
		"nông dân trồng rau", "thợ hàn", "công nhân may", "thuyền trưởng tàu cá", "giáo viên về hưu",
	}
)

// works are projects that get built, named by what they are; qualities are
// what people are praised for.
var (
	works = []string{
		"hệ thống xử lý nước thải tập trung", "nhà máy chế biến thức ăn gia súc", "tuyến kè chống sạt lở bờ sông",
		"trạm bơm điện phục vụ tưới tiêu", "lò đốt rác thải sinh hoạt", "chợ đầu mối nông sản", "cảng cá",
		"vườn ươm cây giống lâm nghiệp", "khu tái định cư cho người dân vùng sạt lở", "cầu treo dân sinh",
		"đường tuần tra biên giới", "trường mầm non liên xã", "nhà lưu trú công nhân", "bể chứa nước sinh hoạt",
		"trạm cấp nước sạch nông thôn", "nhà máy điện mặt trời áp mái", "hồ chứa nước thủy lợi", "đập dâng",
		"trung tâm hành chính công", "sân vận động xã", "nhà thi đấu đa năng", "nhà bia ghi danh liệt sĩ",
		"khu xử lý chất thải rắn", "kho lạnh bảo quản nông sản", "xưởng sơ chế dược liệu", "bến thuyền du lịch",
		"tuyến đường ven biển", "cầu vượt sông", "đường dây điện trung thế", "trạm biến áp",
		"nhà văn hóa cộng đồng", "điểm trường kiên cố", "khu nuôi trồng thủy sản công nghệ cao",
		"cánh đồng mẫu lớn", "nhà màng trồng rau thủy canh", "hệ thống tưới nhỏ giọt", "trang trại bò sữa",
		"làng văn hóa du lịch cộng đồng", "đài tưởng niệm", "phòng khám đa khoa khu vực", "bãi đỗ xe",
		"tuyến đê biển", "nhà máy xay xát lúa gạo", "cơ sở sấy nông sản", "hệ thống camera giám sát giao thông",
		"mạng cáp quang đến thôn bản", "trạm quan trắc môi trường", "thư viện điện tử", "phòng học ngoại ngữ",
		"nhà công vụ giáo viên", "khu vui chơi cho trẻ em", "công viên cây xanh", "tuyến xe buýt nội tỉnh",
	}
	qualities = []string{
		"tận tụy", "liêm chính", "sáng tạo", "kiên trì", "bản lĩnh", "khiêm nhường", "chu đáo", "mẫn cán",
		"cần mẫn", "tháo vát", "nhạy bén", "quyết đoán", "chí công vô tư", "gần gũi", "nhiệt huyết",
		"trách nhiệm", "cẩn trọng", "thẳng thắn", "điềm đạm", "hào sảng", "nhân hậu", "giản dị",
		"chịu thương chịu khó", "cầu thị", "năng nổ", "mực thước", "tỉ mỉ", "xông xáo", "bền bỉ",
		"vị tha", "nghĩa tình", "chân chất", "khéo léo", "linh hoạt", "gương mẫu",
	}
)

// Provincial departments, named as they were before and after the 2025
// reorganisation of government.
var (
	departmentsBefore2025 = []string{
		"Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Nội vụ",
		"Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Tài nguyên và Môi trường",
		"Sở Thông tin và Truyền thông", "Sở Lao động – Thương binh và Xã hội", "Sở Giao thông vận tải",
		"Sở Văn hóa, Thể thao và Du lịch", "Sở Xây dựng", "Sở Công Thương", "Sở Tư pháp",
		"Sở Khoa học và Công nghệ",
	}
	departmentsAfter2025 = []string{
		"Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Nông nghiệp và Môi trường", "Sở Nội vụ",
		"Sở Tài chính", "Sở Khoa học và Công nghệ", "Sở Xây dựng", "Sở Công Thương", "Sở Tư pháp",
		"Sở Văn hóa, Thể thao và Du lịch", "Sở Dân tộc và Tôn giáo",
	}
	centralAgencies = []string{
		"Bộ Nội vụ", "Ban Thi đua – Khen thưởng Trung ương", "Bộ Giáo dục và Đào tạo", "Bộ Y tế",
		"Bộ Công an", "Bộ Quốc phòng", "Bộ Tài chính", "Bộ Công Thương", "Bộ Xây dựng",
		"Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Tổng Liên đoàn Lao động Việt Nam",
		"Trung ương Hội Nông dân Việt Nam", "Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
		"Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Bộ Khoa học và Công nghệ",
	}
	massOrganisations = []string{
		"Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Đoàn Thanh niên", "Hội Cựu chiến binh",
		"Liên đoàn Lao động", "Ủy ban Mặt trận Tổ quốc Việt Nam", "Hội Chữ thập đỏ",
		"Hội Khuyến học", "Hội Người cao tuổi", "Liên minh Hợp tác xã",
	}
	ranks = []string{"Thiếu úy", "Trung úy", "Thượng úy", "Đại úy", "Thiếu tá", "Trung tá", "Thượng tá", "Đại tá"}
)

// authorNames are bylines: pen names of two syllables, or full names.
func authorName(r *rand.Rand) string {
	switch {
	case chance(r, 0.05):
		return pick(r, []string{"Nhóm phóng viên", "Phóng viên thường trú", "Ban Biên tập", "Cộng tác viên"})
	case chance(r, 0.3):
		return newPerson(r, chance(r, 0.5), "").full
	}
	female := chance(r, 0.5)
	if female {
		return pick(r, femaleMiddle[1:]) + " " + pick(r, femaleGiven)
	}
	return pick(r, maleMiddle[1:]) + " " + pick(r, maleGiven)
}

// formatInt writes n with dots between thousands, as Vietnamese does.
func formatInt(n int) string {
	s := itoa(n)
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	lead := len(s) % 3
	if lead > 0 {
		b.WriteString(s[:lead])
	}
	for i := lead; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// formatDecimal writes tenths/10 with a decimal comma: 925 -> "92,5".
func formatDecimal(tenths int) string {
	if tenths%10 == 0 {
		return formatInt(tenths / 10)
	}
	return formatInt(tenths/10) + "," + itoa(tenths%10)
}
