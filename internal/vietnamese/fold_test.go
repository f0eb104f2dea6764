package vietnamese

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestFold(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"thi đua", "thi dua"},
		{"Đường", "duong"},
		{"ĐIỂN HÌNH TIÊN TIẾN", "dien hinh tien tien"},
		{"khen thưởng", "khen thuong"},
		{"Ð", "d"}, // U+00D0, the look-alike typed for Đ
		{"Bắc Kạn", "bac kan"},
		{"Hòa Bình", "hoa binh"},
		{"Hoà Bình", "hoa binh"},
		{"ăâêôơư", "aaeoou"},
		{"ẰẮẲẴẶ", "aaaaa"},
		{"ỳýỷỹỵ", "yyyyy"},
		{"plain ascii 123", "plain ascii 123"},
		{"ÀÉÎÕÜ", "aeiou"},
		{"Ωμέγα", "ωμεγα"},
		{"", ""},
	} {
		if got := Fold(tc.in); got != tc.want {
			t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestFoldNFD(t *testing.T) {
	// Decomposed input folds like composed input: the marks are dropped.
	for _, s := range []string{"Đắk Lắk", "khen thưởng", "Nghệ An"} {
		if got, want := Fold(norm.NFD.String(s)), Fold(s); got != want {
			t.Errorf("Fold(NFD(%q)) = %q, want %q", s, got, want)
		}
	}
}

// TestFoldAllVietnameseLetters checks every letter of the alphabet in every
// tone, upper and lower case, against the base letter it must fold to.
func TestFoldAllVietnameseLetters(t *testing.T) {
	bases := map[string]string{
		"a": "aàảãáạăằẳẵắặâầẩẫấậ", "e": "eèẻẽéẹêềểễếệ", "i": "iìỉĩíị",
		"o": "oòỏõóọôồổỗốộơờởỡớợ", "u": "uùủũúụưừửữứự", "y": "yỳỷỹýỵ", "d": "dđ",
	}
	count := 0
	for base, letters := range bases {
		for _, r := range letters {
			for _, s := range []string{string(r), strings.ToUpper(string(r))} {
				count++
				if got := Fold(s); got != base {
					t.Errorf("Fold(%q) = %q, want %q", s, got, base)
				}
			}
		}
	}
	if count != 2*(18+12+6+18+12+6+2) {
		t.Errorf("checked %d letters", count)
	}
}

func TestNFC(t *testing.T) {
	if got := NFC(norm.NFD.String("Nghệ An")); got != "Nghệ An" {
		t.Errorf("NFC of decomposed text = %q", got)
	}
	if got := NFC("Ðắk Lắk"); got != "Đắk Lắk" {
		t.Errorf("NFC did not replace U+00D0: %q", got)
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"thi đua", "Đường", "ĐIỂN HÌNH", "Ð", "a\u0301", "\xff", "Ωμέγα", "ǅ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		folded := Fold(s)
		// Idempotent.
		if again := Fold(folded); again != folded {
			t.Fatalf("Fold not idempotent: %q -> %q -> %q", s, folded, again)
		}
		// One code point to one code point on NFC input without combining marks.
		n := norm.NFC.String(s)
		if utf8.ValidString(n) && !strings.ContainsFunc(n, func(r rune) bool { _, ok := FoldRune(r); return !ok }) {
			if a, b := utf8.RuneCountInString(n), utf8.RuneCountInString(Fold(n)); a != b {
				t.Fatalf("Fold(%q) changed length %d -> %d", n, a, b)
			}
		}
		// No Vietnamese letter with marks, and no đ, survives.
		if strings.ContainsAny(folded, "đĐÐàáảãạăâèéẻẽẹêìíỉĩịòóỏõọôơùúủũụưỳýỷỹỵ") {
			t.Fatalf("Fold(%q) = %q keeps a marked letter", s, folded)
		}
	})
}

func FuzzNFC(f *testing.F) {
	for _, s := range []string{"Nghệ An", "Nghe\u0323\u0302 An", "Ð", "\u212b", "\u1100\u1161", "e\u0301\u0323", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := norm.NFC.String(strings.ReplaceAll(s, "Ð", "Đ"))
		if got := NFCBytes([]byte(s)); string(got) != want {
			t.Errorf("NFCBytes(%q) = %q, want %q", s, got, want)
		}
		if got := NFC(s); got != want {
			t.Fatalf("NFC(%q) = %q, want %q", s, got, want)
		}
	})
}

func TestLetter(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"Ấp Bắc": "Â", "đồng": "Đ", "Ưng Hoàng": "Ư", "Lò Thị Hoa": "L", "Ặc": "Ă", "ơn": "Ơ",
		"Ông": "Ô", "  Hà": "H", "Êban": "Ê", "1 Tháng 5": "#", "": "#", "Ý": "Y",
		// Marks typed apart, many of them: the circumflex or breve still counts.
		"A" + strings.Repeat("\u0323", 12) + "\u0302 X": "Â", "Ạ" + strings.Repeat("\u0300", 11) + "\u0306": "Ă", "Lo\u0300": "L",
	} {
		if got := Letter(in); got != want {
			t.Errorf("Letter(%q) = %q, want %q", in, got, want)
		}
	}
}
