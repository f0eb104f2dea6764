package vietnamese

import (
	"strings"
	"testing"
)

func TestSlug(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Đắk Lắk", "dak-lak"},
		{"Bà Rịa - Vũng Tàu", "ba-ria-vung-tau"},
		{"Hồ Chí Minh", "ho-chi-minh"},
		{"Thừa Thiên Huế", "thua-thien-hue"},
		{"Huân chương Lao động hạng Ba", "huan-chuong-lao-dong-hang-ba"},
		{"  Hội nghị: tổng kết năm 2023!  ", "hoi-nghi-tong-ket-nam-2023"},
		{"Quyết định 946/QĐ-UBND", "quyet-dinh-946-qd-ubnd"},
		{"---", ""},
		{"Ðiện Biên", "dien-bien"},
		{"a\u0300b", "ab"},
	} {
		if got := Slug(tc.in); got != tc.want {
			t.Errorf("Slug(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if !IsSlug("ba-ria-vung-tau") || IsSlug("Ba-ria") || IsSlug("") || IsSlug("a--b") {
		t.Error("IsSlug is wrong")
	}
}

func FuzzSlug(f *testing.F) {
	for _, s := range []string{"Đắk Lắk", "Bà Rịa - Vũng Tàu", "", "--", "a\u0301", "\xff\xfe", "日本語"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		slug := Slug(s)
		for _, r := range slug {
			if !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '-') {
				t.Fatalf("Slug(%q) = %q has %q", s, slug, r)
			}
		}
		if strings.HasPrefix(slug, "-") || strings.HasSuffix(slug, "-") || strings.Contains(slug, "--") {
			t.Fatalf("Slug(%q) = %q has stray hyphens", s, slug)
		}
		if Slug(slug) != slug {
			t.Fatalf("Slug not idempotent on %q: %q", s, slug)
		}
		if Slug(Fold(s)) != slug {
			t.Fatalf("Slug(Fold(%q)) = %q, want %q", s, Slug(Fold(s)), slug)
		}
	})
}
