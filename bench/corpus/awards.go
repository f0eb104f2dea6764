package corpus

import (
	"vinhdanh/internal/registry"
)

// awardChoice is a form of reward as a decision gives it: to whom ("tập thể,
// cá nhân", "nhà giáo") and with which verb ("tặng", "phong tặng").
type awardChoice struct {
	award      *registry.Award
	noun, verb string
	individual bool // may go to a person
	collective bool // may go to a collective
	weight     int
	most       int // the most recipients of one decision, 0 for no limit
}

// awardSets are the registry's awards grouped by who signs them.
type awardSets struct {
	province, pm, president []awardChoice
	orders                  []*registry.Award
	individual, collective  []*registry.Award // titles and forms an exemplar may hold
	household               []*registry.Award
}

type awardSpec struct {
	name, noun, verb string
	individual       bool
	collective       bool
	weight           int
	most             int // the most recipients one decision gives it to; 0 for no limit
}

// Every name here must be in the registry; the tests check it, and
// newAwardSets leaves out any that is not, so the corpus always builds.
var (
	provinceAwards = []awardSpec{
		{"Bằng khen của Chủ tịch UBND tỉnh", "tập thể, cá nhân", "tặng", true, true, 10, 0},
		{"Cờ thi đua cấp tỉnh", "tập thể", "tặng", false, true, 4, 0},
		{"Chiến sĩ thi đua cấp tỉnh", "cá nhân", "tặng danh hiệu", true, false, 4, 0},
		{"Tập thể lao động xuất sắc", "tập thể", "tặng danh hiệu", false, true, 3, 0},
		{"Xã, phường tiêu biểu", "xã, phường", "công nhận danh hiệu", false, true, 1, 0},
	}
	pmAwards = []awardSpec{
		{"Bằng khen của Thủ tướng Chính phủ", "tập thể, cá nhân", "tặng", true, true, 8, 0},
		{"Cờ thi đua của Chính phủ", "tập thể", "tặng", false, true, 3, 20},
		{"Chiến sĩ thi đua toàn quốc", "cá nhân", "tặng danh hiệu", true, false, 2, 20},
	}
	presidentAwards = []awardSpec{
		{"Huân chương Lao động hạng Ba", "tập thể, cá nhân", "tặng thưởng", true, true, 8, 0},
		{"Huân chương Lao động hạng Nhì", "tập thể, cá nhân", "tặng thưởng", true, true, 4, 0},
		{"Huân chương Lao động hạng Nhất", "tập thể", "tặng thưởng", false, true, 2, 6},
		{"Huân chương Bảo vệ Tổ quốc hạng Ba", "tập thể, cá nhân", "tặng thưởng", true, true, 2, 0},
		{"Huân chương Chiến công hạng Ba", "tập thể, cá nhân", "tặng thưởng", true, true, 2, 0},
		{"Huân chương Đại đoàn kết dân tộc", "tập thể", "tặng thưởng", false, true, 1, 0},
		{"Huân chương Dũng cảm", "cá nhân", "tặng thưởng", true, false, 1, 5},
		{"Huân chương Độc lập hạng Ba", "tập thể", "tặng thưởng", false, true, 1, 4},
		{"Huy chương Chiến sĩ vẻ vang hạng Nhất", "cá nhân", "tặng thưởng", true, false, 1, 0},
		{"Bà mẹ Việt Nam anh hùng", "mẹ", "truy tặng danh hiệu vinh dự nhà nước", true, false, 3, 0},
		{"Anh hùng Lao động", "tập thể, cá nhân", "phong tặng danh hiệu", true, true, 1, 4},
		{"Anh hùng Lực lượng vũ trang nhân dân", "tập thể, cá nhân", "phong tặng danh hiệu", true, true, 1, 4},
		{"Nhà giáo ưu tú", "nhà giáo", "phong tặng danh hiệu", true, false, 2, 0},
		{"Nhà giáo nhân dân", "nhà giáo", "phong tặng danh hiệu", true, false, 1, 8},
		{"Thầy thuốc ưu tú", "thầy thuốc", "phong tặng danh hiệu", true, false, 2, 0},
		{"Thầy thuốc nhân dân", "thầy thuốc", "phong tặng danh hiệu", true, false, 1, 8},
		{"Nghệ nhân ưu tú", "nghệ nhân", "phong tặng danh hiệu", true, false, 2, 0},
		{"Nghệ nhân nhân dân", "nghệ nhân", "phong tặng danh hiệu", true, false, 1, 6},
		{"Nghệ sĩ ưu tú", "nghệ sĩ", "phong tặng danh hiệu", true, false, 1, 0},
	}
	individualAwards = []string{
		"Chiến sĩ thi đua cơ sở", "Lao động tiên tiến", "Chiến sĩ thi đua cấp tỉnh",
		"Bằng khen của Chủ tịch UBND tỉnh", "Bằng khen cấp bộ, ban, ngành", "Giấy khen",
		"Chiến sĩ tiên tiến", "Bằng khen của Thủ tướng Chính phủ", "Kỷ niệm chương",
	}
	collectiveAwards = []string{
		"Tập thể lao động xuất sắc", "Tập thể lao động tiên tiến", "Cờ thi đua cấp tỉnh",
		"Bằng khen của Chủ tịch UBND tỉnh", "Đơn vị quyết thắng", "Cờ thi đua cấp bộ, ban, ngành",
		"Giấy khen", "Bằng khen của Thủ tướng Chính phủ",
	}
	orderAwards = []string{
		"Huân chương Lao động hạng Ba", "Huân chương Lao động hạng Ba", "Huân chương Lao động hạng Nhì",
		"Huân chương Lao động hạng Nhất", "Huân chương Bảo vệ Tổ quốc hạng Ba", "Huân chương Chiến công hạng Ba",
		"Huân chương Đại đoàn kết dân tộc", "Huân chương Độc lập hạng Ba", "Huân chương Bảo vệ Tổ quốc hạng Nhì",
	}
	householdAwards = []string{
		"Gia đình văn hóa", "Giấy khen của Chủ tịch UBND cấp xã", "Bằng khen của Chủ tịch UBND tỉnh", "Giấy khen",
	}
)

func newAwardSets(reg *registry.Registry) awardSets {
	var s awardSets
	choices := func(specs []awardSpec) []awardChoice {
		var out []awardChoice
		for _, sp := range specs {
			a, err := reg.Award(sp.name)
			if err != nil {
				continue
			}
			out = append(out, awardChoice{award: a, noun: sp.noun, verb: sp.verb, individual: sp.individual,
				collective: sp.collective, weight: sp.weight, most: sp.most})
		}
		return out
	}
	s.province = choices(provinceAwards)
	s.pm = choices(pmAwards)
	s.president = choices(presidentAwards)
	names := func(list []string) []*registry.Award {
		var out []*registry.Award
		for _, n := range list {
			if a, err := reg.Award(n); err == nil {
				out = append(out, a)
			}
		}
		return out
	}
	s.individual = names(individualAwards)
	s.collective = names(collectiveAwards)
	s.household = names(householdAwards)
	s.orders = names(orderAwards)
	return s
}

// weighted picks a choice by weight.
func weighted(x float64, list []awardChoice) awardChoice {
	total := 0
	for _, c := range list {
		total += c.weight
	}
	target := int(x * float64(total))
	for _, c := range list {
		if target < c.weight {
			return c
		}
		target -= c.weight
	}
	return list[len(list)-1]
}
