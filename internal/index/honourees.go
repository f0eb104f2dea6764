package index

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"vinhdanh/internal/content"
	"vinhdanh/internal/registry"
	"vinhdanh/internal/vietnamese"
)

// Honouree is one person, collective or household of the honour roll:
// every decision that names them, and the exemplar articles about them.
//
// Identity: entries of decisions are one honouree when they have the same
// id (decision.honourees' id, an annex's ID column), or, without one, the
// same type, the same name (in NFC, without regard to case or spaces) and
// the same province. An exemplar article is about the honouree of its
// decision (exemplar.decision) whose name is its exemplar's, honorifics
// left out ("Cô giáo Lương Thị Hoa" is Lương Thị Hoa), or else about the
// honouree of that name, type and province.
type Honouree struct {
	Key      string // the identity
	Name     string // as the newest decision spells it
	Type     registry.Recipient
	Province *registry.ProvinceUnit // nil for none
	// Honours are the decisions that name the honouree, newest first.
	Honours []Honour
	// Exemplars are the articles about the honouree, newest first.
	Exemplars []*content.Article
	// Slug names the honouree's page, /vinh-danh/<slug>/; "" when the
	// honouree has none (one decision and no exemplar article).
	Slug string
}

// Honour is one decision's naming of an honouree.
type Honour struct {
	Decision *content.Article
	Entry    *content.Honouree
	Anchor   string // the element ID of its row in the decision's page
}

// URL is where links to the honouree go: its page, or, for one honoured
// once, its row in the decision's page.
func (h *Honouree) URL() string {
	if h.Slug != "" {
		return HonoureeURL(h.Slug)
	}
	return h.Honours[0].Decision.URL + "#" + h.Honours[0].Anchor
}

// HonoureeURL is the site path of the honouree page with slug.
func HonoureeURL(slug string) string { return "/vinh-danh/" + slug + "/" }

// HonourRoll is every honouree of the site.
type HonourRoll struct {
	// All are the honourees in Vietnamese collation order of their names,
	// then by province and type; Pages those of them that have a page.
	All, Pages []*Honouree
	// Of gives the honouree of each decision's entry, and Anchors its row's
	// element ID.
	Of      map[*content.Honouree]*Honouree
	Anchors map[*content.Honouree]string
	// Exemplar gives the honouree an exemplar article is about.
	Exemplar map[*content.Article]*Honouree
	// ByAward lists the honourees of each award, by their newest decision
	// of it, newest first.
	ByAward map[*registry.Award][]*Honouree
}

// Anchor returns the element ID of a decision's row for the entry name,
// given the IDs its page has so far: "vd-" and the slug of the name, with
// "-2", "-3" … for the second and later of one name.
func Anchor(name string, seen map[string]int) string {
	return unique("vd-"+vietnamese.Slug(name), seen)
}

// unique returns base, or base-2, base-3 … when taken, as seen counts: a
// name that itself ends in "-2" never takes another's.
func unique(base string, seen map[string]int) string {
	id := base
	for n := 2; seen[id] > 0; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	seen[id]++
	return id
}

// honourRoll joins the entries of the decisions (newest first) into
// honourees, and the exemplar articles to them.
func honourRoll(decisions, exemplars []*content.Article) *HonourRoll {
	roll := &HonourRoll{Of: map[*content.Honouree]*Honouree{}, Anchors: map[*content.Honouree]string{},
		Exemplar: map[*content.Article]*Honouree{}, ByAward: map[*registry.Award][]*Honouree{}}
	listed := map[*registry.Award]map[*Honouree]bool{}
	byKey := map[string]*Honouree{}
	for _, d := range decisions {
		if d.Decision == nil {
			continue
		}
		seen := map[string]int{}
		for i := range d.Decision.Honourees {
			e := &d.Decision.Honourees[i]
			anchor := Anchor(e.Name, seen)
			roll.Anchors[e] = anchor
			key := identity(e)
			h := byKey[key]
			if h == nil {
				h = &Honouree{Key: key, Name: e.Name, Type: e.Type, Province: e.Province}
				byKey[key] = h
				roll.All = append(roll.All, h)
			}
			if n := len(h.Honours); n > 0 && h.Honours[n-1].Decision == d {
				roll.Of[e] = h // listed twice in one decision: one honour
				continue
			}
			h.Honours = append(h.Honours, Honour{Decision: d, Entry: e, Anchor: anchor})
			roll.Of[e] = h
			if aw := e.Award; aw != nil && !listed[aw][h] {
				if listed[aw] == nil {
					listed[aw] = map[*Honouree]bool{}
				}
				listed[aw][h] = true
				roll.ByAward[aw] = append(roll.ByAward[aw], h)
			}
		}
	}
	for _, a := range exemplars {
		if a.Exemplar == nil {
			continue
		}
		if h := roll.exemplarHonouree(a, byKey); h != nil {
			h.Exemplars = append(h.Exemplars, a)
			roll.Exemplar[a] = h
		}
	}
	// By identity, then (a stable sort) by name.
	slices.SortFunc(roll.All, func(a, b *Honouree) int { return cmp.Compare(a.Key, b.Key) })
	vietnamese.SortFunc(roll.All, func(h *Honouree) string { return h.Name })
	slugs := map[string]int{}
	for _, h := range roll.All {
		if len(h.Honours) > 1 || len(h.Exemplars) > 0 {
			roll.Pages = append(roll.Pages, h)
		}
	}
	// Slugs in identity order: a page's slug depends on the honourees of
	// its name alone, not on the rest of the roll.
	byIdentity := slices.Clone(roll.Pages)
	slices.SortFunc(byIdentity, func(a, b *Honouree) int { return cmp.Compare(a.Key, b.Key) })
	for _, h := range byIdentity {
		slug := vietnamese.Slug(h.Name)
		if h.Province != nil {
			slug += "-" + h.Province.Slug
		}
		if slug == "" || slug == "theo-chu" { // theo-chu: the roll's pages by letter
			slug = "vinh-danh-" + slug
		}
		h.Slug = unique(slug, slugs)
	}
	return roll
}

// identity returns the key that joins an entry to others of one honouree.
func identity(e *content.Honouree) string {
	if e.ID != "" {
		return "id:" + strings.ToLower(strings.TrimSpace(e.ID))
	}
	province := ""
	if e.Province != nil {
		province = e.Province.Slug
	}
	return e.Type.String() + "|" + content.NameKey(e.Name) + "|" + province
}

// honorifics are the words an article puts before a name that an annex
// does not: "Cô giáo Lương Thị Hoa", "Bác sĩ Hoàng Minh Khôi".
var honorifics = []string{
	"cô giáo", "thầy giáo", "nhà giáo ưu tú", "nhà giáo nhân dân", "bác sĩ", "thầy thuốc ưu tú",
	"thầy thuốc nhân dân", "nghệ nhân ưu tú", "nghệ nhân nhân dân", "nghệ sĩ ưu tú", "nghệ sĩ nhân dân",
	"kỹ sư", "tiến sĩ", "giáo sư", "phó giáo sư", "đại úy", "thượng úy", "trung úy", "thiếu úy", "thiếu tá",
	"trung tá", "thượng tá", "đại tá", "chiến sĩ", "bộ đội", "già làng", "cô", "thầy", "anh", "chị", "ông",
	"bà", "em", "cụ",
}

// bareName returns name without the honorifics before it.
func bareName(name string) string {
	key := content.NameKey(name)
	for again := true; again; {
		again = false
		for _, h := range honorifics {
			if rest, ok := strings.CutPrefix(key, h+" "); ok && len(strings.Fields(rest)) >= 2 {
				key, again = rest, true
			}
		}
	}
	return key
}

// exemplarHonouree returns the honouree the exemplar article a is about:
// one of its decision's, or the one of its name, type and province.
func (roll *HonourRoll) exemplarHonouree(a *content.Article, byKey map[string]*Honouree) *Honouree {
	// The name as written first: "Ông Văn Tùng" may be a family name.
	for _, name := range []string{content.NameKey(a.Exemplar.Name), bareName(a.Exemplar.Name)} {
		if h := roll.exemplarNamed(a, name, byKey); h != nil {
			return h
		}
	}
	return nil
}

// exemplarNamed returns the honouree named name of a's decision, or of its
// type and province.
func (roll *HonourRoll) exemplarNamed(a *content.Article, name string, byKey map[string]*Honouree) *Honouree {
	if d := a.Exemplar.Decision; d != nil && d.Decision != nil {
		for i := range d.Decision.Honourees {
			e := &d.Decision.Honourees[i]
			if content.NameKey(e.Name) == name {
				return roll.Of[e]
			}
		}
	}
	var t registry.Recipient
	switch a.Exemplar.Type {
	case content.Individual:
		t = registry.Individual
	case content.Collective:
		t = registry.Collective
	case content.Household:
		t = registry.Household
	}
	for _, u := range a.Provinces {
		if h := byKey[t.String()+"|"+name+"|"+u.Slug]; h != nil {
			return h
		}
	}
	if len(a.Provinces) == 0 {
		return byKey[t.String()+"|"+name+"|"]
	}
	return nil
}
