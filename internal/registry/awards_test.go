package registry

import (
	"slices"
	"strings"
	"testing"
)

func TestAwards(t *testing.T) {
	r := Default()
	for _, tc := range []struct{ in, want string }{
		{"Huân chương Lao động hạng Ba", "Huân chương Lao động hạng Ba"},
		{"huan-chuong-lao-dong-hang-ba", "Huân chương Lao động hạng Ba"},
		{"Huân chương Lao động hạng 3", "Huân chương Lao động hạng Ba"},
		{"Huân chương Lao động hạng III", "Huân chương Lao động hạng Ba"},
		{"Bằng khen của Chủ tịch UBND tỉnh", "Bằng khen của Chủ tịch UBND tỉnh"},
		{"Bằng khen của UBND tỉnh", "Bằng khen của Chủ tịch UBND tỉnh"},
		{"Bằng khen của Chủ tịch UBND tỉnh Nghệ An", "Bằng khen của Chủ tịch UBND tỉnh"},
		{"Chiến sĩ thi đua toàn quốc", "Chiến sĩ thi đua toàn quốc"},
		{"Bằng khen của Chủ tịch UBND thành phố Cần Thơ", "Bằng khen của Chủ tịch UBND tỉnh"},
		{"Cờ thi đua của Chính phủ", "Cờ thi đua của Chính phủ"},
		{"Gia đình văn hoá", "Gia đình văn hóa"},
	} {
		a, err := r.Award(tc.in)
		if err != nil || a.Name != tc.want {
			t.Errorf("Award(%q) = %v, %v; want %s", tc.in, a, err, tc.want)
		}
	}
	_, err := r.Award("Huân chương Lao đông hạng Bốn")
	if err == nil || err.Error() != `unknown award "Huân chương Lao đông hạng Bốn" (did you mean "Huân chương Lao động hạng Ba"?)` {
		t.Errorf("error = %v", err)
	}
	for in, want := range map[string]string{
		"Bằng khen Thủ tướng Chính phủ": "Bằng khen của Thủ tướng Chính phủ", // a word left out
		"Anh hùng LLVT":                 "Anh hùng Lực lượng vũ trang nhân dân", // an alias, cut short
		"Chiến sĩ thi đua cấp Bộ ngành": "Chiến sĩ thi đua cấp bộ, ban, ngành",
	} {
		_, err := r.Award(in)
		if err == nil || !strings.Contains(err.Error(), `(did you mean "`+want+`"?)`) {
			t.Errorf("Award(%q): %v, want it to suggest %q", in, err, want)
		}
	}
	if _, err := r.Award("Huy hiệu Đảng"); err == nil || strings.Contains(err.Error(), "did you mean") {
		t.Errorf("a name far from every award: %v", err)
	}
	a, _ := r.Award("Huân chương Độc lập hạng Nhất")
	b, _ := r.Award("Huân chương Lao động hạng Ba")
	if a.Rank >= b.Rank || a.Signer != "Chủ tịch nước" || b.Class != "Ba" || b.Category != Order {
		t.Errorf("award facts wrong: %+v %+v", a, b)
	}
	if r.AwardBySlug("huan-chuong-lao-dong-hang-ba") != b || r.AwardBySlug("huan-chuong-lao-dong-hang-3") != nil {
		t.Error("AwardBySlug is wrong")
	}
}

func TestExtraAwards(t *testing.T) {
	r := Default()
	if err := r.AddAward(ExtraAward{Name: "Kỷ niệm chương Vì sự nghiệp Thi đua - Khen thưởng", Category: "Kỷ niệm chương", Signer: "Bộ trưởng Bộ Nội vụ"}); err != nil {
		t.Fatal(err)
	}
	if a, err := r.Award("ky-niem-chuong-vi-su-nghiep-thi-dua-khen-thuong"); err != nil || a.Signer != "Bộ trưởng Bộ Nội vụ" {
		t.Errorf("extra award not found: %v %v", a, err)
	}
	if err := r.AddAward(ExtraAward{Name: "Giấy khen"}); err == nil {
		t.Error("an extra award that repeats a built-in one should be refused")
	}
	if err := r.AddAward(ExtraAward{Name: "Giải mới", Aliases: []string{"Giấy khen"}}); err == nil {
		t.Error("an alias that names a built-in award should be refused")
	}
	if _, err := r.Award("Giải mới"); err == nil {
		t.Error("a refused award should not be added at all")
	}
}

func TestProvinceAliases(t *testing.T) {
	r := Default()
	if err := r.AddProvinceAlias("Xứ Nghệ", "Nghệ An"); err != nil {
		t.Fatal(err)
	}
	if u, err := r.Province("xu nghe"); err != nil || u.Name != "Nghệ An" {
		t.Errorf("alias not found: %v %v", u, err)
	}
	for alias, name := range map[string]string{"Xứ Thanh": "Trung ương", "Xứ Huế": "Thừa Thiên Hue Hue", "xu-nghe": "Hà Tĩnh", "!!!": "Nghệ An"} {
		if err := r.AddProvinceAlias(alias, name); err == nil {
			t.Errorf("alias %q -> %q should be refused", alias, name)
		}
	}
}

func TestAwardRecipients(t *testing.T) {
	t.Parallel()
	r := Default()
	for _, c := range []struct {
		award string
		want  []Recipient
	}{
		{"Huân chương Lao động hạng Ba", []Recipient{Individual, Collective}},
		{"Huân chương Dũng cảm", []Recipient{Individual}},
		{"Chiến sĩ thi đua cơ sở", []Recipient{Individual}},
		{"Lao động tiên tiến", []Recipient{Individual}},
		{"Cờ thi đua cấp tỉnh", []Recipient{Collective}},
		{"Tập thể lao động xuất sắc", []Recipient{Collective}},
		{"Gia đình văn hóa", []Recipient{Household}},
		{"Anh hùng Lao động", []Recipient{Individual, Collective}},
		{"Nhà giáo ưu tú", []Recipient{Individual}},
		{"Bằng khen của Chủ tịch UBND tỉnh", []Recipient{Individual, Collective, Household}},
		{"Giấy khen", []Recipient{Individual, Collective, Household}},
	} {
		a, err := r.Award(c.award)
		if err != nil {
			t.Fatal(err)
		}
		for _, who := range []Recipient{Individual, Collective, Household} {
			if got, want := a.Accepts(who), slices.Contains(c.want, who); got != want {
				t.Errorf("%s to a %s: %t, want %t", c.award, who, got, want)
			}
		}
	}
	for _, a := range r.Awards() {
		if a.For == 0 {
			t.Errorf("%s: nobody may receive it", a.Name)
		}
	}
	for text, want := range map[string]Recipient{"cá nhân": Individual, "Tập thể": Collective, "ho gia dinh": Household, "individual": Individual, "household": Household} {
		if got, ok := ParseRecipient(text); !ok || got != want {
			t.Errorf("ParseRecipient(%q) = %v, %t", text, got, ok)
		}
	}
	if _, ok := ParseRecipient("nhóm"); ok {
		t.Error("ParseRecipient took an unknown type")
	}
}
