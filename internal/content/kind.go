package content

import (
	"fmt"
	"strings"

	"vinhdanh/internal/diagnostic"
	"vinhdanh/internal/vietnamese"
)

// Kind is the kind of an article.
type Kind string

const (
	Conference Kind = "conference" // hội nghị: conferences, congresses, pledges
	Exemplar   Kind = "exemplar"   // điển hình tiên tiến: a person, collective or household
	Decision   Kind = "decision"   // quyết định khen thưởng: an award decision
	News       Kind = "news"       // tin tức: other news
)

// Kinds lists every kind in the order lists and menus show them.
var Kinds = []Kind{Conference, Exemplar, Decision, News}

var kindInfo = map[Kind]struct{ section, vi, en string }{
	Conference: {"hoi-nghi", "Hội nghị", "Conferences"},
	Exemplar:   {"dien-hinh", "Điển hình", "Exemplars"},
	Decision:   {"quyet-dinh", "Quyết định", "Decisions"},
	News:       {"tin-tuc", "Tin tức", "News"},
}

// Section returns the first path segment of the kind's URLs: "hoi-nghi".
func (k Kind) Section() string { return kindInfo[k].section }

// Label returns the kind's name for readers in lang ("vi" or "en").
func (k Kind) Label(lang string) string {
	if lang == "en" {
		return kindInfo[k].en
	}
	return kindInfo[k].vi
}

// ParseKind reads a kind by its key ("exemplar"), its section ("dien-hinh")
// or its Vietnamese name ("Điển hình").
func ParseKind(s string) (Kind, error) {
	key := vietnamese.Slug(s)
	for _, k := range Kinds {
		if key == string(k) || key == k.Section() || key == vietnamese.Slug(k.Label("vi")) {
			return k, nil
		}
	}
	names := make([]string, len(Kinds))
	for i, k := range Kinds {
		names[i] = string(k)
	}
	hint := diagnostic.DidYouMean(s, names, strings.ToLower)
	if hint == "" {
		hint = " (use " + strings.Join(names, ", ") + ")"
	}
	return "", fmt.Errorf("unknown kind %q%s", s, hint)
}

// ExemplarType says who an exemplar is.
type ExemplarType string

const (
	Individual ExemplarType = "individual" // cá nhân
	Collective ExemplarType = "collective" // tập thể
	Household  ExemplarType = "household"  // hộ gia đình
)

var exemplarTypeInfo = map[ExemplarType]struct{ vi, en string }{
	Individual: {"Cá nhân", "Individual"},
	Collective: {"Tập thể", "Collective"},
	Household:  {"Hộ gia đình", "Household"},
}

// Label returns the type's name for readers in lang.
func (t ExemplarType) Label(lang string) string {
	if lang == "en" {
		return exemplarTypeInfo[t].en
	}
	return exemplarTypeInfo[t].vi
}

// ParseExemplarType reads "individual", "collective", "household" or their
// Vietnamese names ("cá nhân", "tập thể", "hộ gia đình").
func ParseExemplarType(s string) (ExemplarType, error) {
	key := vietnamese.Slug(s)
	for t, info := range exemplarTypeInfo {
		if key == string(t) || key == vietnamese.Slug(info.vi) || (t == Household && key == "gia-dinh") {
			return t, nil
		}
	}
	hint := diagnostic.DidYouMean(s, []string{"individual", "collective", "household"}, strings.ToLower)
	if hint == "" {
		hint = " (use individual, collective or household)"
	}
	return "", fmt.Errorf("unknown exemplar type %q%s", s, hint)
}
