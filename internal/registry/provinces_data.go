package registry

// The tables below transcribe the reference list of provincial units (codes
// from QĐ 19/2025/QĐ-TTg for the current series); provinces_test.go checks
// them against ../shared/reference/provinces.yaml when it is present.

// MergerDate is the day the 34 current units started work.
const MergerDate = "2025-07-01"

type currentUnit struct {
	code, name string
	typ        Type
	from       []string
}

type formerUnit struct {
	code, name string
	typ        Type
}

var currentUnits = []currentUnit{
	{"01", "Hà Nội", City, []string{"Hà Nội"}},
	{"04", "Cao Bằng", Province, []string{"Cao Bằng"}},
	{"08", "Tuyên Quang", Province, []string{"Tuyên Quang", "Hà Giang"}},
	{"11", "Điện Biên", Province, []string{"Điện Biên"}},
	{"12", "Lai Châu", Province, []string{"Lai Châu"}},
	{"14", "Sơn La", Province, []string{"Sơn La"}},
	{"15", "Lào Cai", Province, []string{"Lào Cai", "Yên Bái"}},
	{"19", "Thái Nguyên", Province, []string{"Thái Nguyên", "Bắc Kạn"}},
	{"20", "Lạng Sơn", Province, []string{"Lạng Sơn"}},
	{"22", "Quảng Ninh", Province, []string{"Quảng Ninh"}},
	{"24", "Bắc Ninh", Province, []string{"Bắc Ninh", "Bắc Giang"}},
	{"25", "Phú Thọ", Province, []string{"Phú Thọ", "Vĩnh Phúc", "Hòa Bình"}},
	{"31", "Hải Phòng", City, []string{"Hải Phòng", "Hải Dương"}},
	{"33", "Hưng Yên", Province, []string{"Hưng Yên", "Thái Bình"}},
	{"37", "Ninh Bình", Province, []string{"Ninh Bình", "Hà Nam", "Nam Định"}},
	{"38", "Thanh Hóa", Province, []string{"Thanh Hóa"}},
	{"40", "Nghệ An", Province, []string{"Nghệ An"}},
	{"42", "Hà Tĩnh", Province, []string{"Hà Tĩnh"}},
	{"44", "Quảng Trị", Province, []string{"Quảng Trị", "Quảng Bình"}},
	{"46", "Huế", City, []string{"Thừa Thiên Huế"}},
	{"48", "Đà Nẵng", City, []string{"Đà Nẵng", "Quảng Nam"}},
	{"51", "Quảng Ngãi", Province, []string{"Quảng Ngãi", "Kon Tum"}},
	{"52", "Gia Lai", Province, []string{"Gia Lai", "Bình Định"}},
	{"56", "Khánh Hòa", Province, []string{"Khánh Hòa", "Ninh Thuận"}},
	{"66", "Đắk Lắk", Province, []string{"Đắk Lắk", "Phú Yên"}},
	{"68", "Lâm Đồng", Province, []string{"Lâm Đồng", "Đắk Nông", "Bình Thuận"}},
	{"75", "Đồng Nai", Province, []string{"Đồng Nai", "Bình Phước"}},
	{"79", "Hồ Chí Minh", City, []string{"Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"}},
	{"80", "Tây Ninh", Province, []string{"Tây Ninh", "Long An"}},
	{"82", "Đồng Tháp", Province, []string{"Đồng Tháp", "Tiền Giang"}},
	{"86", "Vĩnh Long", Province, []string{"Vĩnh Long", "Bến Tre", "Trà Vinh"}},
	{"91", "An Giang", Province, []string{"An Giang", "Kiên Giang"}},
	{"92", "Cần Thơ", City, []string{"Cần Thơ", "Sóc Trăng", "Hậu Giang"}},
	{"96", "Cà Mau", Province, []string{"Cà Mau", "Bạc Liêu"}},
}

var formerUnits = []formerUnit{
	{"01", "Hà Nội", City}, {"02", "Hà Giang", Province}, {"04", "Cao Bằng", Province},
	{"06", "Bắc Kạn", Province}, {"08", "Tuyên Quang", Province}, {"10", "Lào Cai", Province},
	{"11", "Điện Biên", Province}, {"12", "Lai Châu", Province}, {"14", "Sơn La", Province},
	{"15", "Yên Bái", Province}, {"17", "Hòa Bình", Province}, {"19", "Thái Nguyên", Province},
	{"20", "Lạng Sơn", Province}, {"22", "Quảng Ninh", Province}, {"24", "Bắc Giang", Province},
	{"25", "Phú Thọ", Province}, {"26", "Vĩnh Phúc", Province}, {"27", "Bắc Ninh", Province},
	{"30", "Hải Dương", Province}, {"31", "Hải Phòng", City}, {"33", "Hưng Yên", Province},
	{"34", "Thái Bình", Province}, {"35", "Hà Nam", Province}, {"36", "Nam Định", Province},
	{"37", "Ninh Bình", Province}, {"38", "Thanh Hóa", Province}, {"40", "Nghệ An", Province},
	{"42", "Hà Tĩnh", Province}, {"44", "Quảng Bình", Province}, {"45", "Quảng Trị", Province},
	{"46", "Thừa Thiên Huế", Province}, {"48", "Đà Nẵng", City}, {"49", "Quảng Nam", Province},
	{"51", "Quảng Ngãi", Province}, {"52", "Bình Định", Province}, {"54", "Phú Yên", Province},
	{"56", "Khánh Hòa", Province}, {"58", "Ninh Thuận", Province}, {"60", "Bình Thuận", Province},
	{"62", "Kon Tum", Province}, {"64", "Gia Lai", Province}, {"66", "Đắk Lắk", Province},
	{"67", "Đắk Nông", Province}, {"68", "Lâm Đồng", Province}, {"70", "Bình Phước", Province},
	{"72", "Tây Ninh", Province}, {"74", "Bình Dương", Province}, {"75", "Đồng Nai", Province},
	{"77", "Bà Rịa - Vũng Tàu", Province}, {"79", "Hồ Chí Minh", City}, {"80", "Long An", Province},
	{"82", "Tiền Giang", Province}, {"83", "Bến Tre", Province}, {"84", "Trà Vinh", Province},
	{"86", "Vĩnh Long", Province}, {"87", "Đồng Tháp", Province}, {"89", "An Giang", Province},
	{"91", "Kiên Giang", Province}, {"92", "Cần Thơ", City}, {"93", "Hậu Giang", Province},
	{"94", "Sóc Trăng", Province}, {"95", "Bạc Liêu", Province}, {"96", "Cà Mau", Province},
}

// successionDates are the days former units became part of their successor,
// where that is not MergerDate: Thừa Thiên Huế became the centrally-run city
// of Huế on 2025-01-01 (Nghị quyết 175/2024/QH15).
var successionDates = map[string]string{
	"Thừa Thiên Huế": "2025-01-01",
}

// provinceAliases maps further ways of writing a unit's name to the name.
// Spelling variants that share a slug ("Hoà Bình", "Đăk Lăk") need no entry.
var provinceAliases = map[string]string{
	"TP.HCM":          "Hồ Chí Minh",
	"TPHCM":           "Hồ Chí Minh",
	"HCM":             "Hồ Chí Minh",
	"Sài Gòn":         "Hồ Chí Minh",
	"Bà Rịa Vũng Tàu": "Bà Rịa - Vũng Tàu",
	"BR-VT":           "Bà Rịa - Vũng Tàu",
	"Đắc Lắc":         "Đắk Lắk",
	"Đắc Nông":        "Đắk Nông",
	"Thủ đô Hà Nội":   "Hà Nội",
	"Thừa Thiên":      "Thừa Thiên Huế",
	"Kontum":          "Kon Tum",
}

// nationalNames are the words editors use for "the whole country"; an article
// that names one is national, as if it named no province.
var nationalNames = []string{"Trung ương", "Toàn quốc", "Cả nước"}
