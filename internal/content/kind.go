package content

import (
	"strings"

	"vinhdanh/internal/diagnostic"
	"vinhdanh/internal/i18n"
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

// kindInfo gives each kind its section, the first segment of its URLs, and
// the Vietnamese name editors may write for it. Names shown to readers come
// from the theme's strings ("kind_conference").
var kindInfo = map[Kind]struct{ section, name string }{
	Conference: {"hoi-nghi", "Hội nghị"},
	Exemplar:   {"dien-hinh", "Điển hình"},
	Decision:   {"quyet-dinh", "Quyết định"},
	News:       {"tin-tuc", "Tin tức"},
}

// Section returns the first path segment of the kind's URLs: "hoi-nghi".
func (k Kind) Section() string { return kindInfo[k].section }

// ParseKind reads a kind by its key ("exemplar"), its section ("dien-hinh")
// or its Vietnamese name ("Điển hình").
func ParseKind(s string) (Kind, error) {
	key := vietnamese.Slug(s)
	for _, k := range Kinds {
		if key == string(k) || key == k.Section() || key == vietnamese.Slug(kindInfo[k].name) {
			return k, nil
		}
	}
	names := make([]string, len(Kinds))
	for i, k := range Kinds {
		names[i] = string(k)
	}
	hint := diagnostic.DidYouMean(s, names, strings.ToLower)
	if hint.Key == "" {
		hint = i18n.T(" (use %s)", strings.Join(names, ", "))
	}
	return "", i18n.Errorf("unknown kind %q%s", s, hint)
}

// ExemplarType says who an exemplar is.
type ExemplarType string

const (
	Individual ExemplarType = "individual" // cá nhân
	Collective ExemplarType = "collective" // tập thể
	Household  ExemplarType = "household"  // hộ gia đình
)

// exemplarTypeNames are the Vietnamese names editors may write for each
// type. Names shown to readers come from the theme's strings
// ("exemplar_individual").
var exemplarTypeNames = map[ExemplarType]string{
	Individual: "Cá nhân",
	Collective: "Tập thể",
	Household:  "Hộ gia đình",
}

// parseExemplarType reads "individual", "collective", "household" or their
// Vietnamese names ("cá nhân", "tập thể", "hộ gia đình").
func parseExemplarType(s string) (ExemplarType, error) {
	key := vietnamese.Slug(s)
	for t, name := range exemplarTypeNames {
		if key == string(t) || key == vietnamese.Slug(name) || (t == Household && key == "gia-dinh") {
			return t, nil
		}
	}
	hint := diagnostic.DidYouMean(s, []string{"individual", "collective", "household"}, strings.ToLower)
	if hint.Key == "" {
		hint = i18n.T(" (use individual, collective or household)")
	}
	return "", i18n.Errorf("unknown exemplar type %q%s", s, hint)
}

// FrontMatterKeys are the keys an article's front matter may have, and
// DecisionKeys and ExemplarKeys those of its decision: and exemplar:
// blocks, in the order archetypes list them.
var (
	FrontMatterKeys = []string{"title", "date", "updated", "kind", "draft", "province", "provinces",
		"period", "cluster", "awards", "tags", "summary", "image", "image_alt", "image_caption",
		"author", "source", "source_url", "attachments", "slug", "aliases", "decision", "exemplar"}
	DecisionKeys = []string{"number", "signed", "signer", "recipients", "honourees", "honourees_file"}
	ExemplarKeys = []string{"name", "type", "field", "decision"}
)
