package vietnamese

import (
	"strings"
	"testing"
)

func TestParsePeriod(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Period
	}{
		{"2023", Period{2023, 2023}},
		{"2021-2025", Period{2021, 2025}},
		{"2021 - 2025", Period{2021, 2025}},
		{"2021–2025", Period{2021, 2025}},
		{"2021 – 2025", Period{2021, 2025}},
		{"2020—2025", Period{2020, 2025}},
		{"2020 — 2025", Period{2020, 2025}},
		{"2020−2025", Period{2020, 2025}},
		{"2020－2025", Period{2020, 2025}},
		{"2020﹣2025", Period{2020, 2025}},
		{"giai đoạn 2021-2025", Period{2021, 2025}},
		{"Nhiệm kỳ 2020 - 2025", Period{2020, 2025}},
		{"năm 2023", Period{2023, 2023}},
		{"2023-2023", Period{2023, 2023}},
	} {
		got, err := ParsePeriod(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("ParsePeriod(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
}

func TestParsePeriodErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2025-2021", "ends before it starts (did you mean 2021-2025?)"},
		{"21-25", "is not a period"},
		{"2021-", "is not a period"},
		{"", "empty period"},
		{"2021-2023-2025", "is not a period"},
		{"hai nghìn", "is not a period"},
	} {
		_, err := ParsePeriod(tc.in)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParsePeriod(%q) error = %v, want it to say %q", tc.in, err, tc.want)
		}
	}
}

func TestPeriodMethods(t *testing.T) {
	p := Period{2021, 2025}
	if p.String() != "2021-2025" || (Period{2023, 2023}).String() != "2023" {
		t.Error("String is wrong")
	}
	if !p.Contains(2021) || !p.Contains(2025) || p.Contains(2026) {
		t.Error("Contains is wrong")
	}
	if !p.Overlaps(Period{2025, 2030}) || p.Overlaps(Period{2026, 2030}) {
		t.Error("Overlaps is wrong")
	}
	if !(Period{}).IsZero() || p.IsZero() {
		t.Error("IsZero is wrong")
	}
}

func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"2023", "2021-2025", "2021 – 2025", "2020—2025", "giai đoạn 2021-2025", "2025-2021", "-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePeriod(s)
		if err != nil {
			return
		}
		if p.Start > p.End || p.Start < 1000 || p.End > 9999 {
			t.Fatalf("ParsePeriod(%q) = %v", s, p)
		}
		again, err := ParsePeriod(p.String())
		if err != nil || again != p {
			t.Fatalf("ParsePeriod(%q) = %v does not round-trip: %v, %v", s, p, again, err)
		}
	})
}
