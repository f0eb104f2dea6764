package registry

import (
	"cmp"
	"slices"
	"strings"

	"vinhdanh/internal/diagnostic"
	"vinhdanh/internal/i18n"
	"vinhdanh/internal/vietnamese"
)

// Category groups forms of reward as the 2022 law does.
type Category string

const (
	EmulationTitle Category = "Danh hiệu thi đua"
	Order          Category = "Huân chương"
	Medal          Category = "Huy chương"
	HonoraryTitle  Category = "Danh hiệu vinh dự nhà nước"
	Prize          Category = "Giải thưởng"
	Commemorative  Category = "Kỷ niệm chương"
	Certificate    Category = "Bằng khen"
	Merit          Category = "Giấy khen"
)

// Award is a title or form of reward.
type Award struct {
	Name     string // "Huân chương Lao động hạng Ba"
	Slug     string // "huan-chuong-lao-dong-hang-ba"
	Category Category
	Class    string // "Nhất", "Nhì", "Ba", or empty
	Signer   string // who decides it, e.g. "Chủ tịch nước"
	// For says who may receive it, as the 2022 law does.
	For Recipients
	// Rank orders awards as the law lists them, highest first.
	Rank int
}

// Recipient is who receives an award: a person, a collective (a unit, a
// school, a cooperative, a commune), or a household.
type Recipient uint8

const (
	Individual Recipient = 1 << iota
	Collective
	Household
)

// Recipients is a set of Recipient.
type Recipients uint8

// anyone may receive the forms of reward that name no recipients.
const anyone = Recipients(Individual | Collective | Household)

// Has reports whether r may receive an award of the set.
func (s Recipients) Has(r Recipient) bool { return s&Recipients(r) != 0 }

// Accepts reports whether the award may be given to r.
func (a *Award) Accepts(r Recipient) bool { return a.For.Has(r) }

// String returns the recipient's name in English: "individual",
// "collective" or "household", the words of front matter.
func (r Recipient) String() string {
	switch r {
	case Individual:
		return "individual"
	case Collective:
		return "collective"
	case Household:
		return "household"
	}
	return ""
}

// ParseRecipient reads a recipient type as editors write it, in English or
// Vietnamese, with or without marks: "individual", "cá nhân", "ca nhan",
// "collective", "tập thể", "household", "hộ gia đình", "hộ".
func ParseRecipient(s string) (Recipient, bool) {
	switch vietnamese.Slug(s) {
	case "individual", "person", "ca-nhan":
		return Individual, true
	case "collective", "organisation", "organization", "unit", "tap-the", "don-vi":
		return Collective, true
	case "household", "family", "ho-gia-dinh", "ho", "gia-dinh":
		return Household, true
	}
	return 0, false
}

// Text returns the recipient's name for messages, in the language they
// are printed in: "individual" or "cá nhân".
func (r Recipient) Text() i18n.Text {
	switch r {
	case Individual:
		return i18n.T("individual")
	case Collective:
		return i18n.T("collective")
	case Household:
		return i18n.T("household")
	}
	return i18n.T("%v", uint8(r))
}

// Text returns the set's names for messages: "collectives",
// "individuals or collectives", in the language they are printed in.
func (s Recipients) Text() i18n.Text {
	var names []i18n.Text
	for _, r := range []Recipient{Individual, Collective, Household} {
		if s.Has(r) {
			names = append(names, map[Recipient]i18n.Text{Individual: i18n.T("individuals"), Collective: i18n.T("collectives"), Household: i18n.T("households")}[r])
		}
	}
	switch len(names) {
	case 1:
		return names[0]
	case 2:
		return i18n.T("%s or %s", names[0], names[1])
	case 3:
		return i18n.T("%s, %s or %s", names[0], names[1], names[2])
	}
	return i18n.T("nobody")
}

const (
	signerPresident = "Chủ tịch nước"
	signerPM        = "Thủ tướng Chính phủ"
	signerProvince  = "Chủ tịch UBND tỉnh"
	signerMinistry  = "Bộ trưởng, Thủ trưởng cơ quan trung ương"
	signerHead      = "Thủ trưởng cơ quan, đơn vị"
	signerCommune   = "Chủ tịch UBND cấp xã"
)

type awardSpec struct {
	name     string
	category Category
	signer   string
	classes  bool // has hạng Nhất, Nhì, Ba
	aliases  []string
	// forWhom is who may receive it; none means anyone (the certificates).
	forWhom Recipients
}

// Who may receive what, by the 2022 law: orders go to people and
// collectives (Đại đoàn kết dân tộc and Dũng cảm to people only); medals, commemorative medals and the honorary titles of a
// profession to people; the titles of Hero to both; a province's or city's
// title to that locality; emulation titles follow their name (Chiến sĩ …
// and Lao động tiên tiến to people, Cờ thi đua and Tập thể … to
// collectives, Gia đình văn hóa to households); Bằng khen and Giấy khen to
// anyone.
const (
	people       = Recipients(Individual)
	collectives  = Recipients(Collective)
	households   = Recipients(Household)
	peopleOrUnit = Recipients(Individual | Collective)
)

// awardSpecs lists the forms of reward of Luật Thi đua, khen thưởng
// 06/2022/QH15 in the law's order.
var awardSpecs = []awardSpec{
	{name: "Huân chương Sao vàng", category: Order, signer: signerPresident, forWhom: peopleOrUnit},
	{name: "Huân chương Hồ Chí Minh", category: Order, signer: signerPresident, forWhom: peopleOrUnit},
	{name: "Huân chương Độc lập", category: Order, signer: signerPresident, classes: true, forWhom: peopleOrUnit},
	{name: "Huân chương Quân công", category: Order, signer: signerPresident, classes: true, forWhom: peopleOrUnit},
	{name: "Huân chương Lao động", category: Order, signer: signerPresident, classes: true, forWhom: peopleOrUnit},
	{name: "Huân chương Bảo vệ Tổ quốc", category: Order, signer: signerPresident, classes: true, forWhom: peopleOrUnit},
	{name: "Huân chương Chiến công", category: Order, signer: signerPresident, classes: true, forWhom: peopleOrUnit},
	{name: "Huân chương Đại đoàn kết dân tộc", category: Order, signer: signerPresident, forWhom: people},
	{name: "Huân chương Dũng cảm", category: Order, signer: signerPresident, forWhom: people},
	{name: "Huân chương Hữu nghị", category: Order, signer: signerPresident, forWhom: peopleOrUnit},
	{name: "Huy chương Quân kỳ quyết thắng", category: Medal, signer: signerPresident, forWhom: people},
	{name: "Huy chương Vì an ninh Tổ quốc", category: Medal, signer: signerPresident, forWhom: people},
	{name: "Huy chương Chiến sĩ vẻ vang", category: Medal, signer: signerPresident, classes: true, forWhom: people},
	{name: "Huy chương Hữu nghị", category: Medal, signer: signerPresident, forWhom: people},
	{name: "Tỉnh Anh hùng", category: HonoraryTitle, signer: signerPresident, forWhom: collectives},
	{name: "Thành phố Anh hùng", category: HonoraryTitle, signer: signerPresident, forWhom: collectives},
	{name: "Bà mẹ Việt Nam anh hùng", category: HonoraryTitle, signer: signerPresident, aliases: []string{"Mẹ Việt Nam anh hùng"}, forWhom: people},
	{name: "Anh hùng Lực lượng vũ trang nhân dân", category: HonoraryTitle, signer: signerPresident, aliases: []string{"Anh hùng LLVTND"}, forWhom: peopleOrUnit},
	{name: "Anh hùng Lao động", category: HonoraryTitle, signer: signerPresident, forWhom: peopleOrUnit},
	{name: "Nhà giáo nhân dân", category: HonoraryTitle, signer: signerPresident, forWhom: people},
	{name: "Nhà giáo ưu tú", category: HonoraryTitle, signer: signerPresident, forWhom: people},
	{name: "Thầy thuốc nhân dân", category: HonoraryTitle, signer: signerPresident, forWhom: people},
	{name: "Thầy thuốc ưu tú", category: HonoraryTitle, signer: signerPresident, forWhom: people},
	{name: "Nghệ sĩ nhân dân", category: HonoraryTitle, signer: signerPresident, forWhom: people},
	{name: "Nghệ sĩ ưu tú", category: HonoraryTitle, signer: signerPresident, forWhom: people},
	{name: "Nghệ nhân nhân dân", category: HonoraryTitle, signer: signerPresident, forWhom: people},
	{name: "Nghệ nhân ưu tú", category: HonoraryTitle, signer: signerPresident, forWhom: people},
	{name: "Giải thưởng Hồ Chí Minh", category: Prize, signer: signerPresident, forWhom: peopleOrUnit},
	{name: "Giải thưởng Nhà nước", category: Prize, signer: signerPresident, forWhom: peopleOrUnit},
	{name: "Kỷ niệm chương", category: Commemorative, signer: signerMinistry, forWhom: people},
	{name: "Chiến sĩ thi đua toàn quốc", category: EmulationTitle, signer: signerPM, forWhom: people},
	{name: "Chiến sĩ thi đua cấp bộ, ban, ngành", category: EmulationTitle, signer: signerMinistry, aliases: []string{"Chiến sĩ thi đua cấp bộ"}, forWhom: people},
	{name: "Chiến sĩ thi đua cấp tỉnh", category: EmulationTitle, signer: signerProvince, aliases: []string{"Chiến sĩ thi đua cấp thành phố"}, forWhom: people},
	{name: "Chiến sĩ thi đua cơ sở", category: EmulationTitle, signer: signerHead, forWhom: people},
	{name: "Lao động tiên tiến", category: EmulationTitle, signer: signerHead, forWhom: people},
	{name: "Chiến sĩ tiên tiến", category: EmulationTitle, signer: signerHead, forWhom: people},
	{name: "Cờ thi đua của Chính phủ", category: EmulationTitle, signer: signerPM, forWhom: collectives},
	{name: "Cờ thi đua cấp bộ, ban, ngành", category: EmulationTitle, signer: signerMinistry, aliases: []string{"Cờ thi đua cấp bộ"}, forWhom: collectives},
	{name: "Cờ thi đua cấp tỉnh", category: EmulationTitle, signer: signerProvince, aliases: []string{"Cờ thi đua của UBND tỉnh", "Cờ thi đua cấp thành phố", "Cờ thi đua của UBND thành phố"}, forWhom: collectives},
	{name: "Tập thể lao động xuất sắc", category: EmulationTitle, signer: signerProvince, forWhom: collectives},
	{name: "Đơn vị quyết thắng", category: EmulationTitle, signer: signerMinistry, forWhom: collectives},
	{name: "Tập thể lao động tiên tiến", category: EmulationTitle, signer: signerHead, forWhom: collectives},
	{name: "Đơn vị tiên tiến", category: EmulationTitle, signer: signerHead, forWhom: collectives},
	{name: "Xã, phường tiêu biểu", category: EmulationTitle, signer: signerProvince, forWhom: collectives},
	{name: "Thôn, tổ dân phố văn hóa", category: EmulationTitle, signer: signerCommune, forWhom: collectives},
	{name: "Gia đình văn hóa", category: EmulationTitle, signer: signerCommune, forWhom: households},
	{name: "Bằng khen của Thủ tướng Chính phủ", category: Certificate, signer: signerPM},
	{name: "Bằng khen cấp bộ, ban, ngành", category: Certificate, signer: signerMinistry, aliases: []string{"Bằng khen của Bộ trưởng"}},
	{name: "Bằng khen của Chủ tịch UBND tỉnh", category: Certificate, signer: signerProvince, aliases: []string{
		"Bằng khen của UBND tỉnh", "Bằng khen UBND tỉnh", "Bằng khen của Ủy ban nhân dân tỉnh",
		"Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "Bằng khen cấp tỉnh",
		// Centrally-run cities are provincial-level: their chairman's certificate is the same form.
		"Bằng khen của Chủ tịch UBND thành phố", "Bằng khen của UBND thành phố",
		"Bằng khen của Chủ tịch Ủy ban nhân dân thành phố"}},
	{name: "Giấy khen", category: Merit, signer: signerHead},
	{name: "Giấy khen của Chủ tịch UBND cấp xã", category: Merit, signer: signerCommune, aliases: []string{"Giấy khen của UBND xã"}},
}

var classNames = []struct{ name, digit, roman string }{
	{"Nhất", "1", "I"}, {"Nhì", "2", "II"}, {"Ba", "3", "III"},
}

// awardIndex resolves award names.
type awardIndex struct {
	all   []*Award
	byKey map[string]*Award
	names []string
	// aliases are the other names, as written, with their awards.
	aliases []awardAlias
}

type awardAlias struct {
	text  string
	award *Award
}

// add adds an award under its name and aliases, all of which must be new.
func (idx *awardIndex) add(a *Award, aliases []string) error {
	a.Slug = vietnamese.Slug(a.Name)
	if a.Slug == "" {
		return i18n.Errorf("award %q has no letters or digits", a.Name)
	}
	if other, taken := idx.byKey[a.Slug]; taken {
		return i18n.Errorf("the award %q exists already (as %q)", a.Name, other.Name)
	}
	keys := append([]string{a.Name}, aliases...)
	for _, key := range aliases {
		if other, taken := idx.byKey[vietnamese.Slug(key)]; taken {
			return i18n.Errorf("award %q: the alias %q already names %q", a.Name, key, other.Name)
		}
	}
	a.Rank = len(idx.all)
	for _, key := range keys {
		idx.byKey[vietnamese.Slug(key)] = a
	}
	for _, alias := range aliases {
		idx.aliases = append(idx.aliases, awardAlias{alias, a})
	}
	idx.all = append(idx.all, a)
	idx.names = append(idx.names, a.Name)
	return nil
}

func newAwardIndex() (*awardIndex, error) {
	idx := &awardIndex{byKey: map[string]*Award{}}
	add := idx.add
	for _, s := range awardSpecs {
		who := cmp.Or(s.forWhom, anyone)
		if !s.classes {
			if err := add(&Award{Name: s.name, Category: s.category, Signer: s.signer, For: who}, s.aliases); err != nil {
				return nil, err
			}
			continue
		}
		for _, c := range classNames {
			name := s.name + " hạng " + c.name
			aliases := []string{s.name + " hạng " + c.digit, s.name + " hạng " + c.roman}
			if err := add(&Award{Name: name, Category: s.category, Class: c.name, Signer: s.signer, For: who}, aliases); err != nil {
				return nil, err
			}
		}
	}
	return idx, nil
}

// ExtraAward is a form of reward a site adds to the registry, such as a
// ministry's own commemorative medal. For is who may receive it; none
// means anyone.
type ExtraAward struct {
	Name, Category, Signer string
	Aliases                []string
	For                    Recipients
}

// AddAward adds a site's own form of reward.
func (r *Registry) AddAward(e ExtraAward) error {
	return r.awards.add(&Award{Name: e.Name, Category: Category(e.Category), Signer: e.Signer, For: cmp.Or(e.For, anyone)}, e.Aliases)
}

// Award resolves a written name, alias or slug to its award; for an unknown
// name the error suggests the closest one.
func (r *Registry) Award(name string) (*Award, error) {
	key := vietnamese.Slug(name)
	if key == "" {
		return nil, i18n.Errorf("empty award name")
	}
	if a, ok := r.awards.byKey[key]; ok {
		return a, nil
	}
	// "Bằng khen của Chủ tịch UBND tỉnh Nghệ An", "... thành phố Cần Thơ":
	// the awarding body's place may follow the form's name.
	for k := key; ; {
		i := strings.LastIndexByte(k, '-')
		if i < 0 {
			break
		}
		k = k[:i]
		if a, ok := r.awards.byKey[k]; ok && (strings.HasSuffix(k, "-tinh") || strings.HasSuffix(k, "-thanh-pho")) {
			return a, nil
		}
	}
	if close, ok := r.awards.closest(name); ok {
		return nil, i18n.Errorf("unknown award %q (did you mean %q?)", name, close)
	}
	return nil, i18n.Errorf("unknown award %q", name)
}

// closest returns the name of the award whose name or alias is nearest to
// name: by letters (diagnostic.Closest) over the names, then over the
// aliases, then by whole words, where one word more, less or changed in a
// name of three words or more is near ("Bằng khen Thủ tướng Chính phủ" for
// "Bằng khen của Thủ tướng Chính phủ").
func (idx *awardIndex) closest(name string) (string, bool) {
	if c, ok := diagnostic.Closest(name, idx.names, vietnamese.Slug); ok {
		return c, true
	}
	texts := make([]string, len(idx.aliases))
	for i, a := range idx.aliases {
		texts[i] = a.text
	}
	if c, ok := diagnostic.Closest(name, texts, vietnamese.Slug); ok {
		return idx.aliases[slices.Index(texts, c)].award.Name, true
	}
	words := strings.Split(vietnamese.Slug(name), "-")
	if len(words) < 3 {
		return "", false
	}
	for i, text := range append(slices.Clone(idx.names), texts...) {
		if diagnostic.EditDistance(words, strings.Split(vietnamese.Slug(text), "-")) <= 1 {
			if i < len(idx.names) {
				return text, true
			}
			return idx.aliases[i-len(idx.names)].award.Name, true
		}
	}
	return "", false
}

// Awards returns every award in the law's order, then the site's own.
func (r *Registry) Awards() []*Award { return r.awards.all }

// AwardBySlug returns the award whose canonical slug is slug, or nil.
func (r *Registry) AwardBySlug(slug string) *Award {
	if a := r.awards.byKey[slug]; a != nil && a.Slug == slug {
		return a
	}
	return nil
}
