package registry

import (
	"errors"
	"strings"

	"vinhdanh/internal/diagnostic"
	"vinhdanh/internal/i18n"
	"vinhdanh/internal/vietnamese"
)

// Type is the kind of a provincial-level unit.
type Type string

const (
	City     Type = "tp"   // thành phố trực thuộc trung ương
	Province Type = "tinh" // tỉnh
)

// Label returns the Vietnamese word for t: "Thành phố" or "Tỉnh".
func (t Type) Label() string {
	if t == City {
		return "Thành phố"
	}
	return "Tỉnh"
}

// ProvinceUnit is a provincial-level unit, former, current or both.
type ProvinceUnit struct {
	Name string // "Bắc Kạn"
	Slug string // "bac-kan"
	Type Type
	// Code is the administrative code in the current series (empty for a
	// former-only unit); FormerCode the code in the old series (empty for a
	// unit formed in 2025 under a new name).
	Code, FormerCode string
	Current          bool // in force from MergerDate
	Former           bool // in force before MergerDate
	// Successor is the current unit a former unit belongs to now; for a unit
	// that is both former and current it is the unit itself.
	Successor *ProvinceUnit
	// Since is the day a merged unit became part of its successor
	// ("2025-07-01", or "2025-01-01" for Thừa Thiên Huế); empty otherwise.
	Since string
	// Constituents are the former units a current unit was formed from, the
	// unit itself first when it kept its name.
	Constituents []*ProvinceUnit
}

// Merged reports whether u is a former unit that became part of another.
func (u *ProvinceUnit) Merged() bool { return u.Former && !u.Current }

// provinceIndex resolves names to units.
type provinceIndex struct {
	units   []*ProvinceUnit // current units in code order, then former-only units in code order
	byKey   map[string]*ProvinceUnit
	names   []string // every canonical name, for suggestions
	current []*ProvinceUnit
}

func newProvinceIndex() *provinceIndex {
	idx := &provinceIndex{byKey: map[string]*ProvinceUnit{}}
	former := map[string]*ProvinceUnit{}
	for _, f := range formerUnits {
		former[f.name] = &ProvinceUnit{Name: f.name, Slug: vietnamese.Slug(f.name), Type: f.typ, FormerCode: f.code, Former: true}
	}
	for _, c := range currentUnits {
		unit, kept := former[c.name]
		if !kept {
			unit = &ProvinceUnit{Name: c.name, Slug: vietnamese.Slug(c.name)}
		}
		unit.Type, unit.Code, unit.Current = c.typ, c.code, true
		unit.Successor = unit
		for _, name := range c.from {
			part := former[name]
			if part == nil {
				panic("registry: unknown former unit " + name) // a transcription error; tests catch it
			}
			part.Successor = unit
			if part != unit {
				part.Since = MergerDate
				if d, ok := successionDates[name]; ok {
					part.Since = d
				}
			}
			unit.Constituents = append(unit.Constituents, part)
		}
		idx.current = append(idx.current, unit)
		idx.units = append(idx.units, unit)
	}
	for _, f := range formerUnits {
		if u := former[f.name]; !u.Current {
			idx.units = append(idx.units, u)
		}
	}
	for _, u := range idx.units {
		idx.byKey[u.Slug] = u
		idx.names = append(idx.names, u.Name)
	}
	for alias, name := range provinceAliases {
		idx.byKey[provinceKey(alias)] = idx.byKey[vietnamese.Slug(name)]
	}
	for _, n := range nationalNames {
		idx.byKey[provinceKey(n)] = nil
	}
	return idx
}

// provinceKey reduces a written name to the key it is looked up by: its slug
// without a leading "tỉnh", "thành phố" or "TP".
func provinceKey(name string) string {
	key := vietnamese.Slug(name)
	for _, prefix := range []string{"thanh-pho-", "tinh-", "tp-", "thu-do-"} {
		if rest, ok := strings.CutPrefix(key, prefix); ok && rest != "" {
			return rest
		}
	}
	return key
}

// ErrNational is returned by Province for names meaning the whole country.
var ErrNational = errors.New("national")

// Province resolves a written name, slug or alias to its unit. For a name
// meaning the whole country ("Trung ương", "Toàn quốc") it returns nil and
// ErrNational; for an unknown name, an error that suggests the closest one.
func (r *Registry) Province(name string) (*ProvinceUnit, error) {
	key := provinceKey(name)
	if key == "" {
		return nil, i18n.Errorf("empty province name")
	}
	u, ok := r.provinces.byKey[key]
	if !ok {
		return nil, i18n.Errorf("unknown province %q%s", name,
			diagnostic.DidYouMean(name, r.provinces.names, provinceKey))
	}
	if u == nil {
		return nil, ErrNational
	}
	return u, nil
}

// ProvinceBySlug returns the unit whose canonical slug is slug, or nil.
func (r *Registry) ProvinceBySlug(slug string) *ProvinceUnit {
	u := r.provinces.byKey[slug]
	if u != nil && u.Slug == slug {
		return u
	}
	return nil
}

// CurrentProvinces returns the 34 current units in code order.
func (r *Registry) CurrentProvinces() []*ProvinceUnit { return r.provinces.current }

// Provinces returns every unit: the current ones in code order, then the
// former-only ones in code order.
func (r *Registry) Provinces() []*ProvinceUnit { return r.provinces.units }
