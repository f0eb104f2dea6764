package registry

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"vinhdanh/internal/diagnostic"
	"vinhdanh/internal/i18n"
	"vinhdanh/internal/vietnamese"
)

// DocumentNumber is the number of an official document (số, ký hiệu), as
// Nghị định 30/2020/NĐ-CP writes it.
type DocumentNumber struct {
	Seq    string // sequence number, at least two digits: "946", "01"
	Year   string // legal normative documents only: "2022" in "06/2022/QH15"
	Type   string // document type: "QĐ"; empty for letters and bare numbers
	Issuer string // issuer groups joined by "-": "UBND", "UBND-NC", "TW"
	Party  bool   // party style: type before the slash, "60-NQ/TW"
}

// documentTypes are the type abbreviations of Nghị định 30/2020 appendix I,
// with the types of legal normative documents (NĐ, TT, TTLT, L).
var documentTypes = []string{
	"NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB",
	"TTr", "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB",
	"NĐ", "TT", "TTLT", "L",
}

// mixedCaseIssuers keep their lower-case letters, which upper-casing would lose.
var mixedCaseIssuers = map[string]string{"TTG": "TTg"}

// Bare reports whether n is a sequence number without type or issuer.
func (n DocumentNumber) Bare() bool { return n.Issuer == "" }

// String returns the normalised form: "946/QĐ-UBND", "06/2022/QH15",
// "98/2023/NĐ-CP", "4912/UBND-NC", "60-NQ/TW" or "2234".
func (n DocumentNumber) String() string {
	switch {
	case n.Issuer == "":
		return n.Seq
	case n.Party:
		return n.Seq + "-" + n.Type + "/" + n.Issuer
	}
	var b strings.Builder
	b.WriteString(n.Seq)
	b.WriteByte('/')
	if n.Year != "" {
		b.WriteString(n.Year)
		b.WriteByte('/')
	}
	if n.Type != "" {
		b.WriteString(n.Type)
		b.WriteByte('-')
	}
	b.WriteString(n.Issuer)
	return b.String()
}

// ParseDocumentNumber reads a document number, leniently as to case, spaces,
// a leading "Số:" and a missing Đ in the type ("QD" for "QĐ"), and strictly as
// to structure.
func ParseDocumentNumber(text string) (DocumentNumber, error) {
	s := strings.TrimSpace(vietnamese.NFC(text))
	if f := vietnamese.Fold(s); strings.HasPrefix(f, "so:") || strings.HasPrefix(f, "so ") {
		// Drop "Số" or "So" (two characters, of whatever byte length).
		_, first := utf8.DecodeRuneInString(s)
		_, second := utf8.DecodeRuneInString(s[first:])
		s = strings.TrimSpace(s[first+second:])
		s = strings.TrimSpace(strings.TrimPrefix(s, ":"))
	}
	// Spaces around separators are slips; spaces elsewhere are errors below.
	for _, sep := range []string{"/", "-"} {
		for strings.Contains(s, " "+sep) || strings.Contains(s, sep+" ") {
			s = strings.ReplaceAll(strings.ReplaceAll(s, " "+sep, sep), sep+" ", sep)
		}
	}
	if s == "" {
		return DocumentNumber{}, i18n.Errorf("empty document number; write it as 946/QĐ-UBND")
	}
	malformed := func(why any) (DocumentNumber, error) {
		return DocumentNumber{}, i18n.Errorf("malformed document number %q: %v; write it as number/type-issuer, e.g. 946/QĐ-UBND", text, why)
	}
	if strings.ContainsAny(s, " \t") {
		return malformed(i18n.T("it has spaces inside"))
	}
	slash := strings.Split(s, "/")
	var n DocumentNumber
	var err error
	switch {
	case len(slash) == 1:
		if n.Seq, err = sequence(s); err != nil {
			if first, _, ok := strings.Cut(s, "-"); ok && strings.Trim(first, "0123456789") == "" && first != "" {
				return malformed(i18n.T(`the number and the type are separated by "/"`))
			}
			return malformed(err)
		}
		return n, nil
	case len(slash) == 2 && strings.Contains(slash[0], "-"):
		// Party style: 60-NQ/TW.
		seq, typ, _ := strings.Cut(slash[0], "-")
		if n.Seq, err = sequence(seq); err != nil {
			return malformed(err)
		}
		if n.Type, err = documentType(typ, text); err != nil {
			return DocumentNumber{}, err
		}
		if n.Issuer, err = issuer(strings.Split(slash[1], "-")); err != nil {
			return malformed(err)
		}
		n.Party = true
		return n, nil
	case len(slash) == 2 || len(slash) == 3:
		if n.Seq, err = sequence(slash[0]); err != nil {
			return malformed(err)
		}
		rest := slash[len(slash)-1]
		if len(slash) == 3 {
			y, yerr := strconv.Atoi(slash[1])
			if yerr != nil || len(slash[1]) != 4 || y < 1945 {
				return malformed(i18n.T("%q is not a year", slash[1]))
			}
			n.Year = slash[1]
		}
		groups := strings.Split(rest, "-")
		if len(groups) >= 2 || n.Year != "" {
			if typ, ok := lookupType(groups[0]); ok && len(groups) >= 2 {
				n.Type = typ
				groups = groups[1:]
			} else if len(groups) >= 2 && n.Year == "" && looksLikeType(groups[0]) {
				// "946/QQ-UBND": a type slot that holds no known type.
				if _, err := documentType(groups[0], text); err != nil {
					return DocumentNumber{}, err
				}
			}
		} else {
			return malformed(i18n.T("it has no type or issuer after the number (946/QĐ-UBND)"))
		}
		if n.Issuer, err = issuer(groups); err != nil {
			return malformed(err)
		}
		return n, nil
	default:
		return malformed(i18n.T(`too many "/"`))
	}
}

// sequence checks and normalises the number part: digits, not zero, at
// least two digits.
func sequence(s string) (string, error) {
	if s == "" {
		return "", i18n.Errorf("the number is missing")
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return "", i18n.Errorf("%q is not a number", s)
		}
	}
	s = strings.TrimLeft(s, "0")
	if s == "" {
		return "", i18n.Errorf("the number is zero")
	}
	if len(s) > 7 {
		return "", i18n.Errorf("%q is too long for a number", s)
	}
	if len(s) == 1 {
		s = "0" + s
	}
	return s, nil
}

// lookupType finds the canonical spelling of a type abbreviation, ignoring
// case, and then ignoring marks when that is unambiguous ("QD" -> "QĐ", but
// "DA" stays "DA", not "ĐA").
func lookupType(s string) (string, bool) {
	for _, t := range documentTypes {
		if strings.EqualFold(t, s) {
			return t, true
		}
	}
	var found []string
	for _, t := range documentTypes {
		if vietnamese.Fold(t) == vietnamese.Fold(s) {
			found = append(found, t)
		}
	}
	if len(found) == 1 {
		return found[0], true
	}
	return "", false
}

// looksLikeType reports whether s could be meant as a type abbreviation: two
// or three letters, as types are and most issuers are not.
func looksLikeType(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 3 && !isKnownIssuer(s)
}

var knownIssuers = []string{"UB", "CP", "QH", "TW", "TU", "HU", "BCA", "BQP", "BNV", "BTC", "BYT", "CTN", "TTg", "VPCP", "MTTQ", "ĐU", "BCH", "BTV", "BTG", "SYT", "SNV"}

func isKnownIssuer(s string) bool {
	for _, k := range knownIssuers {
		if strings.EqualFold(k, s) {
			return true
		}
	}
	return false
}

func documentType(s, whole string) (string, error) {
	if t, ok := lookupType(s); ok {
		return t, nil
	}
	// QĐ first: a decision's type is the likeliest meant.
	candidates := append([]string{"QĐ"}, documentTypes...)
	return "", i18n.Errorf("unknown document type %q in %q%s", s, whole,
		diagnostic.DidYouMean(strings.ToUpper(s), candidates, strings.ToUpper))
}

// issuer checks and normalises the issuer groups: letters (Vietnamese
// included) and digits, upper case but for known mixed-case abbreviations.
func issuer(groups []string) (string, error) {
	out := make([]string, len(groups))
	for i, g := range groups {
		if g == "" {
			return "", i18n.Errorf("an issuer part is empty")
		}
		for _, r := range g {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return "", i18n.Errorf("%q is not an issuer abbreviation", g)
			}
		}
		up := strings.ToUpper(g)
		if fixed, ok := mixedCaseIssuers[up]; ok {
			up = fixed
		}
		out[i] = up
	}
	return strings.Join(out, "-"), nil
}

// Matches reports whether a reference written as ref designates n: equal
// normalised forms, or a bare reference with n's sequence number.
func (n DocumentNumber) Matches(ref DocumentNumber) bool {
	if ref.Bare() {
		return n.Seq == ref.Seq
	}
	return n == ref
}
