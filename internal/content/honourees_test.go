package content

import (
	"strings"
	"testing"

	"vinhdanh/internal/annex"
	"vinhdanh/internal/registry"
	"vinhdanh/internal/vietnamese"
)

const honoureesDecision = `---
title: Tặng Bằng khen cho các tập thể, cá nhân
date: 2024-03-02
kind: decision
province: Cao Bằng
awards: [Bằng khen của Chủ tịch UBND tỉnh]
decision:
  number: 946/QĐ-UBND
  recipients: 3
  honourees:
    - Lò Thị Hoa
    - {name: Trường Tiểu học Kim Đồng, type: tập thể, unit: Huyện Bảo Lạc}
    - {name: Nông Văn Dũng, position: Trưởng thôn, province: Lạng Sơn}
---
Nội dung.
`

func TestHonoureesInFrontMatter(t *testing.T) {
	t.Parallel()
	site, diags := load(t, map[string]string{"content/quyet-dinh/2024/qd-946.md": honoureesDecision})
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	hs := site.Articles[0].Decision.Honourees
	if len(hs) != 3 {
		t.Fatalf("%d honourees", len(hs))
	}
	if h := hs[0]; h.Name != "Lò Thị Hoa" || h.Type != registry.Individual || h.Province.Name != "Cao Bằng" || h.Award.Name != "Bằng khen của Chủ tịch UBND tỉnh" || h.Line != 11 {
		t.Errorf("first: %+v", h)
	}
	if h := hs[1]; h.Type != registry.Collective || h.Unit != "Huyện Bảo Lạc" {
		t.Errorf("second: %+v", h)
	}
	if h := hs[2]; h.Province.Name != "Lạng Sơn" || h.Position != "Trưởng thôn" {
		t.Errorf("third: %+v", h)
	}
}

func TestHonoureesProblems(t *testing.T) {
	t.Parallel()
	src := strings.NewReplacer(
		"awards: [Bằng khen của Chủ tịch UBND tỉnh]", "awards: [Cờ thi đua cấp tỉnh, Bằng khen của Chủ tịch UBND tỉnh]",
		"    - Lò Thị Hoa\n", "    - {name: Lò Thị Hoa, award: Cờ thi đua cấp tỉnh}\n    - {name: \"\", award: Bằng khen của Chủ tịch UBND tỉnh}\n",
		"type: tập thể", "type: nhóm",
		"province: Lạng Sơn", "province: Lang Sonn",
	).Replace(honoureesDecision)
	_, diags := load(t, map[string]string{"content/quyet-dinh/2024/qd-946.md": src})
	got := diags.Error()
	for _, want := range []string{
		`qd-946.md:9:15: decision.recipients says 3, and the list of honourees has 4`,
		`qd-946.md:11:14: Cờ thi đua cấp tỉnh is given to collectives only, and Lò Thị Hoa is listed as individual`,
		`qd-946.md:12:14: an honouree without a name`,
		`"nhóm" is not a type of honouree`,
		`unknown province "Lang Sonn"`,
		`which award does Nông Văn Dũng receive?`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
}

func TestHonoureesFile(t *testing.T) {
	t.Parallel()
	xlsx, err := annex.WriteXLSX("Danh sách", [][]string{
		{"DANH SÁCH KÈM THEO QUYẾT ĐỊNH SỐ 946/QĐ-UBND"},
		{"STT", "Họ và tên", "Chức vụ", "Đơn vị", "Hình thức khen thưởng"},
		{"I", "TẬP THỂ"},
		{"1", "Trường Tiểu học Kim Đồng", "", "Huyện Bảo Lạc", "Cờ thi đua cấp tỉnh"},
		{"II", "CÁ NHÂN"},
		{"2", "Lò Thị Hoa", "Giáo viên", "Trường Tiểu học Kim Đồng", "Bằng khen của Chủ tịch UBND tỉnh"},
		{"3", "Nông Văn Dũng", "", "Xã Lý Bôn", "Cờ thi đua cấp tỉnh"},
		{"4", "Hoàng Thị Mai", "", "", "Bằng khen UBND tỉnh Cao Bằng"},
	})
	if err != nil {
		t.Fatal(err)
	}
	src := strings.Replace(honoureesDecision, "  recipients: 3\n  honourees:\n    - Lò Thị Hoa\n    - {name: Trường Tiểu học Kim Đồng, type: tập thể, unit: Huyện Bảo Lạc}\n    - {name: Nông Văn Dũng, position: Trưởng thôn, province: Lạng Sơn}\n",
		"  honourees_file: danh-sach.xlsx\n", 1)
	src = strings.Replace(src, "awards: [Bằng khen của Chủ tịch UBND tỉnh]", "awards: [Cờ thi đua cấp tỉnh, Bằng khen của Chủ tịch UBND tỉnh]", 1)
	site, diags := load(t, map[string]string{"content/quyet-dinh/2024/qd-946/index.md": src, "content/quyet-dinh/2024/qd-946/danh-sach.xlsx": string(xlsx)})
	if got := diags.Error(); got != "content/quyet-dinh/2024/qd-946/danh-sach.xlsx:Danh sách!B7: Cờ thi đua cấp tỉnh is given to collectives only, and Nông Văn Dũng is listed as individual: correct its type (Loại) or its award" {
		t.Errorf("diagnostics:\n%s", got)
	}
	_ = site
	src = strings.Replace(src, "danh-sach.xlsx", "danh-sach.csv", 1)
	csv := "STT,Tên tập thể,Hình thức khen thưởng\n1,Xã Lý Bôn,Cờ thi đua cấp tỉnh\n2,Hợp tác xã Chè,Bằng khen của Chủ tịch UBND tỉnh\n"
	site, diags = load(t, map[string]string{"content/quyet-dinh/2024/qd-946/index.md": src, "content/quyet-dinh/2024/qd-946/danh-sach.csv": csv})
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	a := site.Articles[0]
	if hs := a.Decision.Honourees; len(hs) != 2 || hs[1].Type != registry.Collective || hs[1].Line != 3 || hs[1].File != "content/quyet-dinh/2024/qd-946/danh-sach.csv" {
		t.Errorf("honourees %+v", hs)
	}
	for _, r := range a.Resources {
		if strings.HasSuffix(r.Path, ".csv") {
			t.Errorf("the annex file is published as it is: %s", r.Path)
		}
	}
}

// TestHonoureesOneMarkApart: two names one mark apart in one unit are two
// honourees, not one listed twice, with a warning that they may be one.
func TestHonoureesOneMarkApart(t *testing.T) {
	t.Parallel()
	src := strings.Replace(honoureesDecision, "  recipients: 3\n  honourees:\n    - Lò Thị Hoa\n", "  recipients: 4\n  honourees:\n    - {name: Nguyễn Thị Hương, unit: Xã A}\n    - {name: Nguyễn Thị Hường, unit: Xã A}\n", 1)
	site, diags := load(t, map[string]string{"content/quyet-dinh/2024/qd-946.md": src})
	if len(diags) != 1 || !diags[0].Warning || !strings.Contains(diags[0].Message, "Nguyễn Thị Hường (Cao Bằng) looks like Nguyễn Thị Hương") {
		t.Fatal(diags)
	}
	if n := len(site.Articles[0].Decision.Honourees); n != 4 {
		t.Errorf("%d honourees, want 4", n)
	}
}

// TestNameKeyFastPath: the key of a name already in one-space form is the
// same as the slow way's (lower case, NFC, words joined by one space).
func TestNameKeyFastPath(t *testing.T) {
	for _, s := range []string{"Lò Thị Hoa", " Lò  Thị Hoa ", "Lò\tThị\u00a0Hoa", "LÒ THỊ HOA", "", " ", "a\u2003b", "Lo\u0300 Thi\u0323 Hoa", "x\n y", "Ð Văn", "a\u0085b"} {
		want := strings.Join(strings.Fields(strings.ToLower(vietnamese.NFC(s))), " ")
		if got := NameKey(s); got != want {
			t.Errorf("NameKey(%q) = %q, want %q", s, got, want)
		}
	}
}
