package registry

import (
	"strings"
	"testing"
)

func TestParseDocumentNumber(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"946/QĐ-UBND", "946/QĐ-UBND"},
		{"Số: 946/QĐ-UBND", "946/QĐ-UBND"},
		{"So:946/QĐ-UBND", "946/QĐ-UBND"},
		{"so 946/QD-UBND", "946/QĐ-UBND"},
		{"946/qđ-ubnd", "946/QĐ-UBND"},
		{"946/QD-UBND", "946/QĐ-UBND"},
		{"946 / QĐ - UBND", "946/QĐ-UBND"},
		{"1/QĐ-UBND", "01/QĐ-UBND"},
		{"001/QĐ-UBND", "01/QĐ-UBND"},
		{"15/QĐ-TTg", "15/QĐ-TTg"},
		{"15/QĐ-TTG", "15/QĐ-TTg"},
		{"1120/QĐ-CTN", "1120/QĐ-CTN"},
		{"12/QĐ-BTĐKT", "12/QĐ-BTĐKT"},
		{"06/2022/QH15", "06/2022/QH15"},
		{"98/2023/NĐ-CP", "98/2023/NĐ-CP"},
		{"19/2025/QĐ-TTg", "19/2025/QĐ-TTg"},
		{"4912/UBND-NC", "4912/UBND-NC"},
		{"60-NQ/TW", "60-NQ/TW"},
		{"05/QyĐ-UBND", "05/QyĐ-UBND"},
		{"12/CTr-UBND", "12/CTr-UBND"},
		{"12/KH-HĐTĐKT", "12/KH-HĐTĐKT"},
		{"2234", "2234"},
		{"7", "07"},
	} {
		n, err := ParseDocumentNumber(tc.in)
		if err != nil {
			t.Errorf("ParseDocumentNumber(%q): %v", tc.in, err)
			continue
		}
		if n.String() != tc.want {
			t.Errorf("ParseDocumentNumber(%q) = %s, want %s", tc.in, n, tc.want)
		}
	}
}

func TestParseDocumentNumberErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", "empty document number"},
		{"QĐ-UBND", `"QĐ-UBND" is not a number`},
		{"946/QĐ UBND", "spaces inside"},
		{"946-QĐ-UBND", `separated by "/"`},
		{"946/QQ-UBND", `unknown document type "QQ"`},
		{"946/", "no type or issuer"},
		{"0/QĐ-UBND", "the number is zero"},
		{"946/QĐ-UBND/2023/x", `too many "/"`},
		{"946/QĐ-", "issuer part is empty"},
		{"abc", `"abc" is not a number`},
		{"946/UBND", "no type or issuer"},
		{"12/20x2/QĐ-UBND", "is not a year"},
	} {
		_, err := ParseDocumentNumber(tc.in)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseDocumentNumber(%q) error = %v, want it to say %q", tc.in, err, tc.want)
		}
	}
}

func TestDocumentNumberMatches(t *testing.T) {
	n, _ := ParseDocumentNumber("946/QĐ-UBND")
	for ref, want := range map[string]bool{"946/QĐ-UBND": true, "946/qd-ubnd": true, "946": true, "947": false, "946/QĐ-CTN": false} {
		r, err := ParseDocumentNumber(ref)
		if err != nil {
			t.Fatal(err)
		}
		if got := n.Matches(r); got != want {
			t.Errorf("946/QĐ-UBND matches %q = %v, want %v", ref, got, want)
		}
	}
}

func FuzzParseDocumentNumber(f *testing.F) {
	for _, s := range []string{"946/QĐ-UBND", "06/2022/QH15", "60-NQ/TW", "4912/UBND-NC", "2234", "Số: 1/qd-ubnd", "//", "1-/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseDocumentNumber(s)
		if err != nil {
			return
		}
		out := n.String()
		if strings.ContainsAny(out, " \t\n") {
			t.Fatalf("%q normalised to %q, which has spaces", s, out)
		}
		again, err := ParseDocumentNumber(out)
		if err != nil || again != n {
			t.Fatalf("%q -> %q does not round-trip: %+v, %v", s, out, again, err)
		}
		if len(n.Seq) < 2 {
			t.Fatalf("%q: sequence %q lacks the leading zero", s, n.Seq)
		}
	})
}
