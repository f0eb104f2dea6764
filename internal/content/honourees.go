package content

import (
	"cmp"
	"hash/maphash"
	"io/fs"
	"path"
	"slices"
	"strings"
	"unicode"

	"vinhdanh/internal/annex"
	"vinhdanh/internal/diagnostic"
	"vinhdanh/internal/metadata"
	"vinhdanh/internal/registry"
	"vinhdanh/internal/vietnamese"
)

// Honouree is one person, collective or household a decision honours, as
// its front matter (decision.honourees) or its annex file
// (decision.honourees_file) lists them.
type Honouree struct {
	Name     string
	Type     registry.Recipient
	Position string // chức vụ
	Unit     string // đơn vị, nơi công tác
	// Province is the entry's, or else the article's when it names one
	// province; nil otherwise.
	Province *registry.ProvinceUnit
	// Award is the entry's, or else the decision's when the article names
	// one award; nil otherwise.
	Award *registry.Award
	// ID, when given, tells apart two honourees of one name, or joins two
	// spellings of one.
	ID string
	// Where the entry is: the article's front matter or its annex file,
	// at a line and column, or a workbook's cell (Cell "Sheet1!B7").
	File      string
	Line, Col int
	Cell      string
}

// place is where a value of an honouree is written.
type place struct {
	file      string
	line, col int
	cell      string
}

func (p place) of(h *Honouree) { h.File, h.Line, h.Col, h.Cell = p.file, p.line, p.col, p.cell }

// honoureeEntry is an entry before it is checked: its values by field
// (annex.Name …), where each is, and the types its table gives by
// default: its section heading's, and its name column's.
type honoureeEntry struct {
	values               [annex.ID + 1]string
	at                   [annex.ID + 1]place
	row                  place
	section, defaultType string
	group                string // the heading the row is under, which may name its award
}

// collectiveWords start the names of collectives (schools, cooperatives,
// communes, offices, companies, associations, villages, units), written
// with their marks, lower case: "vụ" is a department, "vũ" a family name.
var collectiveWords = []string{
	"trường", "hợp tác xã", "htx", "tổ hợp tác", "xã", "phường", "thị trấn", "huyện", "quận", "thị xã",
	"thành phố", "tỉnh", "phòng", "sở", "ban", "cục", "chi cục", "vụ", "viện", "bộ", "ủy ban", "uỷ ban",
	"ubnd", "hội", "đoàn thanh niên", "đoàn tncs", "chi đoàn", "chi bộ", "đảng bộ", "đảng ủy", "đảng uỷ",
	"chi hội", "tổ", "đội", "khối", "lớp", "bệnh viện", "trung tâm", "trạm", "công ty", "tổng công ty",
	"ngân hàng", "chi nhánh", "thôn", "bản", "buôn", "ấp", "khu phố", "tổ dân phố", "liên đoàn",
	"công đoàn", "mặt trận", "tập thể", "đơn vị", "nhà máy", "xí nghiệp", "công an", "quân đội",
	"bộ chỉ huy", "bộ đội", "tiểu đoàn", "trung đoàn", "sư đoàn", "đại đội", "học viện", "đại học",
	"cao đẳng", "mầm non", "nhà văn hóa", "nhà văn hoá", "thư viện", "báo", "đài", "tòa án", "toà án",
	"viện kiểm sát", "kho bạc", "bảo hiểm xã hội", "điện lực", "bưu điện", "văn phòng", "hãng", "tập đoàn",
}

// nameType tells a collective's or a household's name from a person's by
// its first words ("Trường Tiểu học …", "Hợp tác xã …", "Hộ ông …"), or
// returns 0 when the name does not say.
func nameType(name string) registry.Recipient {
	lower := strings.ToLower(vietnamese.NFC(name)) + " "
	for _, w := range []string{"hộ ông ", "hộ bà ", "hộ gia đình ", "gia đình ông ", "gia đình bà "} {
		if strings.HasPrefix(lower, w) {
			return registry.Household
		}
	}
	for _, w := range collectiveWords {
		if strings.HasPrefix(lower, w+" ") {
			return registry.Collective
		}
	}
	return 0
}

// honourees reads decision.honourees, a list of entries or of names.
func (p *articleParser) honourees(v *metadata.Node) []honoureeEntry {
	if v.Kind != metadata.List {
		p.errorf(v.Pos, "decision.honourees should be a list of {name, type, unit, position, province, award}, not %s", v.Describe())
		return nil
	}
	at := func(n *metadata.Node) place { return place{file: p.a.Path, line: n.Pos.Line, col: n.Pos.Col} }
	var out []honoureeEntry
	for _, it := range v.Items {
		e := honoureeEntry{row: at(it)}
		for f := range e.at {
			e.at[f] = e.row
		}
		if it.Kind == metadata.Scalar {
			e.values[annex.Name], _ = p.text(it, "honourees")
			out = append(out, e)
			continue
		}
		field := func(f annex.Field, key string) func(*metadata.Node) {
			return func(n *metadata.Node) {
				e.values[f], _ = p.text(n, "honourees."+key)
				e.values[f] = strings.TrimSpace(e.values[f])
				e.at[f] = at(n)
			}
		}
		p.d.Fields(it, "honouree", map[string]func(*metadata.Node){
			"name": field(annex.Name, "name"), "type": field(annex.Type, "type"), "unit": field(annex.Unit, "unit"),
			"position": field(annex.Position, "position"), "province": field(annex.Province, "province"),
			"award": field(annex.Award, "award"), "id": field(annex.ID, "id"),
		})
		out = append(out, e)
	}
	return out
}

// honoureesFile reads decision.honourees_file, a .csv or .xlsx file of
// the bundle, and returns its entries and the file.
func (p *articleParser) honoureesFile(v *metadata.Node) ([]honoureeEntry, *Resource) {
	ref, ok := p.text(v, "decision.honourees_file")
	if !ok || ref == "" {
		return nil, nil
	}
	if ext := strings.ToLower(path.Ext(ref)); ext != ".csv" && ext != ".xlsx" {
		p.errorf(v.Pos, "decision.honourees_file names %s: the list of honourees is a .csv or .xlsx file (from Excel: Excel Workbook, or CSV UTF-8)", ref)
		return nil, nil
	}
	res, err := p.resource(ref)
	if err != nil {
		p.errorf(v.Pos, "decision.honourees_file: %v", err)
		return nil, nil
	}
	data, err := fs.ReadFile(p.fsys, res.Source)
	if err != nil {
		p.errorf(v.Pos, "decision.honourees_file: %v", err)
		return nil, nil
	}
	// The article's page shows the annex: its version follows the file.
	p.a.Version = p.a.Version*31 + maphash.Bytes(versionSeed, data)
	table, problems := annex.Read(res.Source, data)
	file := res.Source
	for _, pr := range problems {
		p.failed = true
		line, col := pr.Place.Line, pr.Place.Col
		if line == 0 {
			line, col = 1, 1
		}
		p.d.Diags.AddCell(file, line, col, pr.Place.Cell, "%v", pr.Err)
	}
	if table == nil {
		return nil, &res
	}
	at := func(a annex.Place) place { return place{file: file, line: a.Line, col: a.Col, cell: a.Cell} }
	out := make([]honoureeEntry, len(table.Rows))
	for i, r := range table.Rows {
		e := &out[i]
		e.row, e.section, e.defaultType, e.group = at(r.Place), r.Section, r.DefaultType, r.Group
		for f := range e.values {
			e.values[f] = r.Values[f]
			e.at[f] = e.row
			if r.At[f] != (annex.Place{}) {
				e.at[f] = at(r.At[f])
			}
		}
	}
	return out, &res
}

// checkHonourees checks the entries against the registry and the
// decision (its award, its province, its count of recipients at
// recipients, when given) and returns the honourees. Every problem is
// reported at its entry's value: an empty name, an unknown type, province
// or award, an award the entry's type cannot receive. An entry listed
// twice is a warning.
func (p *articleParser) checkHonourees(entries []honoureeEntry, info *DecisionInfo, recipients *metadata.Node) []Honouree {
	var defaultAward *registry.Award
	if len(p.a.Awards) == 1 {
		defaultAward = p.a.Awards[0]
	}
	var defaultProvince *registry.ProvinceUnit
	if len(p.a.Provinces) == 1 {
		defaultProvince = p.a.Provinces[0]
	}
	out := make([]Honouree, 0, len(entries))
	seen := map[string]bool{}
	for _, e := range entries {
		h := Honouree{Name: vietnamese.NFC(e.values[annex.Name]), Position: e.values[annex.Position], Unit: e.values[annex.Unit], ID: e.values[annex.ID],
			Province: defaultProvince, Award: defaultAward}
		e.row.of(&h)
		ok := true
		if h.Name == "" {
			p.errorAt(e.at[annex.Name], "an honouree without a name: write the person's full name, or the collective's (Họ và tên, Tên tập thể)")
			ok = false
		}
		if s := e.values[annex.Province]; s != "" {
			u, err := p.cfg.Registry.Province(s)
			switch {
			case err == registry.ErrNational:
				h.Province = nil
			case err != nil:
				p.errorAt(e.at[annex.Province], "%v", err)
				ok = false
			default:
				h.Province = u
			}
		}
		if s := e.values[annex.Award]; s == "" && e.group != "" {
			// "I. HUÂN CHƯƠNG LAO ĐỘNG HẠNG NHÌ" above the row.
			if aw, err := p.cfg.Registry.Award(e.group); err == nil {
				h.Award = aw
			}
		}
		if s := e.values[annex.Award]; s != "" {
			aw, err := p.cfg.Registry.Award(s)
			if err != nil {
				p.errorAt(e.at[annex.Award], "%v", err)
				ok = false
			} else {
				h.Award = aw
			}
		} else if h.Award == nil && len(p.a.Awards) > 1 {
			p.errorAt(e.at[annex.Award], "which award does %s receive? the decision gives several (%s): say it in the honouree's award (Hình thức khen thưởng)", h.Name, awardNames(p.a.Awards))
			ok = false
		}
		typeAt := e.at[annex.Type]
		switch s := e.values[annex.Type]; {
		case s != "":
			t, known := registry.ParseRecipient(s)
			if !known {
				p.errorAt(typeAt, "%q is not a type of honouree: write individual (cá nhân), collective (tập thể) or household (hộ gia đình)", s)
				ok = false
			}
			h.Type = t
		case e.section != "":
			h.Type, _ = registry.ParseRecipient(e.section)
			typeAt = e.at[annex.Name]
		default:
			typeAt = e.at[annex.Name]
			h.Type = nameType(h.Name)
			if h.Type == 0 {
				h.Type, _ = registry.ParseRecipient(e.defaultType)
			}
			if h.Type == 0 {
				h.Type = registry.Individual
			}
		}
		if ok && h.Award != nil && h.Type != 0 && !h.Award.Accepts(h.Type) {
			p.errorAt(typeAt, "%s is given to %s only, and %s is listed as %s: correct its type (Loại) or its award", h.Award.Name, h.Award.For.Text(), h.Name, h.Type.Text())
			ok = false
		}
		if !ok {
			continue
		}
		// Exact but for case and spaces: "Hương" and "Hường" are two people
		// (a spelling one mark apart is checkHonoureeSpellings' warning).
		key := h.Type.String() + "|" + NameKey(h.Name) + "|" + NameKey(h.Unit) + "|" + h.ID
		if seen[key] {
			p.d.Diags.WarnCell(e.row.file, e.row.line, e.row.col, e.row.cell, "%s is listed twice in this decision", h.Name)
			continue
		}
		seen[key] = true
		out = append(out, h)
	}
	if recipients != nil && info.Recipients > 0 && len(entries) > 0 && info.Recipients != len(entries) {
		p.errorf(recipients.Pos, "decision.recipients says %d, and the list of honourees has %d; correct the one that is wrong", info.Recipients, len(entries))
	}
	return out
}

// errorAt reports an error at a value of an honouree.
func (p *articleParser) errorAt(at place, format string, args ...any) {
	p.failed = true
	p.d.Diags.AddCell(at.file, at.line, at.col, at.cell, format, args...)
}

// NameKey is a name (or unit) as the honour roll compares it: NFC, lower
// case, spaces folded; marks kept, since "Hương" and "Hường" are two
// people.
func NameKey(s string) string {
	s = strings.ToLower(vietnamese.NFC(s))
	// Most names are words joined by single spaces already: kept as
	// they are, without the copies of splitting and joining.
	prev := ' ' // a space first is not kept
	for _, r := range s {
		if unicode.IsSpace(r) && (r != ' ' || prev == ' ') {
			return strings.Join(strings.Fields(s), " ")
		}
		prev = r
	}
	if prev == ' ' {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

// awardNames lists the awards' names, for messages.
func awardNames(awards []*registry.Award) string {
	names := make([]string, len(awards))
	for i, a := range awards {
		names[i] = a.Name
	}
	return strings.Join(names, "; ")
}

// checkHonoureeSpellings warns of honourees that look like one written two
// ways: entries of the same type and unit whose names are the same but for
// their marks, case or spaces ("Lò Thị Hoa" and "Lô Thị Hoa"), or the same
// name in two provinces, none of them with an id. The honour roll keeps
// them apart (its rule joins equal names of one province only); the
// warning says how to join them or correct the spelling. Entries without
// a unit say too little to guess from, and are left alone.
func checkHonoureeSpellings(published []*Article, diags *diagnostic.List) {
	type seen struct {
		name, province string
		h              *Honouree
	}
	groups := map[string][]seen{}
	var order []string
	byPath := slices.Clone(published)
	slices.SortFunc(byPath, func(a, b *Article) int { return cmp.Compare(a.Path, b.Path) })
	for _, a := range byPath {
		if a.Decision == nil {
			continue
		}
		for i := range a.Decision.Honourees {
			h := &a.Decision.Honourees[i]
			if h.ID != "" || strings.TrimSpace(h.Unit) == "" {
				continue
			}
			key := h.Type.String() + "|" + vietnamese.Fold(h.Name) + "|" + vietnamese.Fold(h.Unit)
			province := ""
			if h.Province != nil {
				province = h.Province.Name
			}
			if groups[key] == nil {
				order = append(order, key)
			}
			groups[key] = append(groups[key], seen{NameKey(h.Name), province, h})
		}
	}
	for _, key := range order {
		g := groups[key]
		first := g[0]
		warned := map[string]bool{}
		for _, s := range g[1:] {
			if (s.name == first.name && s.province == first.province) || warned[s.name+"|"+s.province] {
				continue
			}
			warned[s.name+"|"+s.province] = true
			diags.WarnCell(s.h.File, s.h.Line, s.h.Col, s.h.Cell, "%s (%s) looks like %s (%s) of %s: if they are one honouree, write the name the same way, or give both the same id",
				s.h.Name, cmp.Or(s.province, "—"), first.h.Name, cmp.Or(first.province, "—"), first.h.File)
		}
	}
}
