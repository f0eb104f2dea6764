package vietnamese

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"vinhdanh/internal/i18n"
)

// Period is a span of whole years as an article gives it: a single year
// (Start == End) or a term such as 2021-2025. Sources disagree on bounds
// (2020-2025 against 2021-2025), so the years are kept exactly as written.
type Period struct {
	Start, End int
}

// String returns "2023" or "2021-2025".
func (p Period) String() string {
	if p.Start == p.End {
		return strconv.Itoa(p.Start)
	}
	return strconv.Itoa(p.Start) + "-" + strconv.Itoa(p.End)
}

// IsZero reports whether p is unset.
func (p Period) IsZero() bool { return p == Period{} }

// Contains reports whether year falls within p.
func (p Period) Contains(year int) bool { return p.Start <= year && year <= p.End }

// Overlaps reports whether p and q share a year.
func (p Period) Overlaps(q Period) bool { return p.Start <= q.End && q.Start <= p.End }

// isDash reports whether r is a dash: any character of Unicode's dash
// punctuation class, or the minus sign.
func isDash(r rune) bool { return unicode.Is(unicode.Pd, r) || r == '−' }

// ParsePeriod reads "2023", "2021-2025" or "2021 – 2025" (any dash, spaces
// allowed), optionally led by "giai đoạn", "nhiệm kỳ" or "năm". The start may
// not come after the end.
func ParsePeriod(text string) (Period, error) {
	s := strings.TrimSpace(NFC(text))
	for _, prefix := range []string{"giai doan", "nhiem ky", "nam"} {
		if f := Fold(s); strings.HasPrefix(f, prefix+" ") {
			s = strings.TrimSpace(string([]rune(s)[len(prefix):]))
			break
		}
	}
	if s == "" {
		return Period{}, i18n.Errorf("empty period; write a year (2023) or a range (2021-2025)")
	}
	startText, endText := s, s
	if i := strings.IndexFunc(s, isDash); i >= 0 {
		_, size := utf8.DecodeRuneInString(s[i:])
		startText, endText = strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+size:])
	}
	start, err := periodYear(startText, text)
	if err != nil {
		return Period{}, err
	}
	end, err := periodYear(endText, text)
	if err != nil {
		return Period{}, err
	}
	if start > end {
		return Period{}, i18n.Errorf("period %q ends before it starts (did you mean %d-%d?)", text, end, start)
	}
	return Period{start, end}, nil
}

func periodYear(s, whole string) (int, error) {
	if len(s) != 4 || strings.Trim(s, "0123456789") != "" {
		return 0, i18n.Errorf("%q is not a period: write a year (2023) or a range of years (2021-2025)", whole)
	}
	y, _ := strconv.Atoi(s)
	if y < 1000 {
		return 0, i18n.Errorf("%q is not a period: year %s is out of range", whole, s)
	}
	return y, nil
}
