package registry

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestProvinceCounts(t *testing.T) {
	r := Default()
	if n := len(r.CurrentProvinces()); n != 34 {
		t.Errorf("%d current units, want 34", n)
	}
	former := 0
	for _, u := range r.Provinces() {
		if u.Former {
			former++
		}
		if u.Successor == nil || !u.Successor.Current {
			t.Errorf("%s has no current successor", u.Name)
		}
	}
	if former != 63 {
		t.Errorf("%d former units, want 63", former)
	}
	seen := map[string]bool{}
	for _, u := range r.Provinces() {
		if seen[u.Slug] {
			t.Errorf("slug %q used twice", u.Slug)
		}
		seen[u.Slug] = true
	}
}

func TestProvinceResolution(t *testing.T) {
	r := Default()
	for _, tc := range []struct{ in, want string }{
		{"Bắc Kạn", "Bắc Kạn"},
		{"Bac Kan", "Bắc Kạn"},
		{"bac-kan", "Bắc Kạn"},
		{"tỉnh Bắc Kạn", "Bắc Kạn"},
		{"Hoà Bình", "Hòa Bình"},
		{"Thanh Hoá", "Thanh Hóa"},
		{"Khánh Hoà", "Khánh Hòa"},
		{"Đăk Lăk", "Đắk Lắk"},
		{"Ðắk Lắk", "Đắk Lắk"}, // U+00D0
		{"Thừa Thiên Huế", "Thừa Thiên Huế"},
		{"Thừa Thiên - Huế", "Thừa Thiên Huế"},
		{"Huế", "Huế"},
		{"Thành phố Huế", "Huế"},
		{"TP. Hồ Chí Minh", "Hồ Chí Minh"},
		{"TP.HCM", "Hồ Chí Minh"},
		{"TPHCM", "Hồ Chí Minh"},
		{"Thành phố Hồ Chí Minh", "Hồ Chí Minh"},
		{"Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"},
		{"ba-ria-vung-tau", "Bà Rịa - Vũng Tàu"},
		{"  NGHỆ AN ", "Nghệ An"},
	} {
		u, err := r.Province(tc.in)
		if err != nil {
			t.Errorf("Province(%q): %v", tc.in, err)
			continue
		}
		if u.Name != tc.want {
			t.Errorf("Province(%q) = %s, want %s", tc.in, u.Name, tc.want)
		}
	}
	if _, err := r.Province("Trung ương"); err != ErrNational {
		t.Errorf("Province(Trung ương) error = %v, want ErrNational", err)
	}
	_, err := r.Province("Bac Can")
	if err == nil || err.Error() != `unknown province "Bac Can" (did you mean "Bắc Kạn"?)` {
		t.Errorf("Province(Bac Can) error = %v", err)
	}
	if _, err := r.Province("Atlantis"); err == nil || strings.Contains(err.Error(), "did you mean") {
		t.Errorf("Province(Atlantis) error = %v", err)
	}
}

func TestMerger(t *testing.T) {
	r := Default()
	bacKan, _ := r.Province("Bắc Kạn")
	thaiNguyen, _ := r.Province("Thái Nguyên")
	if !bacKan.Merged() || bacKan.Successor != thaiNguyen {
		t.Errorf("Bắc Kạn should be merged into Thái Nguyên, got successor %v", bacKan.Successor.Name)
	}
	if bacKan.Since != "2025-07-01" || thaiNguyen.Since != "" {
		t.Errorf("Since: Bắc Kạn %q, Thái Nguyên %q", bacKan.Since, thaiNguyen.Since)
	}
	if thaiNguyen.Merged() || !thaiNguyen.Current || !thaiNguyen.Former {
		t.Error("Thái Nguyên should be both former and current")
	}
	var names []string
	for _, c := range thaiNguyen.Constituents {
		names = append(names, c.Name)
	}
	if !slices.Equal(names, []string{"Thái Nguyên", "Bắc Kạn"}) {
		t.Errorf("Thái Nguyên constituents = %v", names)
	}
	hue, _ := r.Province("Huế")
	tth, _ := r.Province("Thừa Thiên Huế")
	if hue == tth || tth.Successor != hue || hue.Type != City || tth.Type != Province || tth.Since != "2025-01-01" {
		t.Error("Thừa Thiên Huế should be a former province whose successor is the city of Huế")
	}
	laoCai, _ := r.Province("Lào Cai")
	if laoCai.Code != "15" || laoCai.FormerCode != "10" {
		t.Errorf("Lào Cai codes = %s (former %s), want 15 (former 10)", laoCai.Code, laoCai.FormerCode)
	}
}

// TestAgainstReference checks the transcribed tables against the reference
// file of the project's shared facts.
func TestAgainstReference(t *testing.T) {
	data, err := os.ReadFile("../../../shared/reference/provinces.yaml")
	if os.IsNotExist(err) {
		t.Skip("../shared/reference/provinces.yaml is not beside the repository")
	}
	if err != nil {
		t.Fatal(err)
	}
	current := regexp.MustCompile(`\{code: "(\d+)", name: "([^"]+)",\s*type: (\w+),\s*from: \[([^\]]*)\]\}`)
	former := regexp.MustCompile(`\{code: "(\d+)", name: "([^"]+)", type: (\w+)\}`)
	var wantCurrent []currentUnit
	for _, m := range current.FindAllStringSubmatch(string(data), -1) {
		var from []string
		for _, f := range strings.Split(m[4], ",") {
			from = append(from, strings.Trim(strings.TrimSpace(f), `"`))
		}
		wantCurrent = append(wantCurrent, currentUnit{m[1], m[2], Type(m[3]), from})
	}
	var wantFormer []formerUnit
	for _, m := range former.FindAllStringSubmatch(string(data), -1) {
		wantFormer = append(wantFormer, formerUnit{m[1], m[2], Type(m[3])})
	}
	if len(wantCurrent) != 34 || len(wantFormer) != 63 {
		t.Fatalf("read %d current and %d former units from the reference", len(wantCurrent), len(wantFormer))
	}
	// The reference names the former unit of Huế by its new name in "from".
	for i := range wantCurrent {
		for j, f := range wantCurrent[i].from {
			if f == "Huế" {
				wantCurrent[i].from[j] = "Thừa Thiên Huế"
			}
		}
	}
	for i, w := range wantCurrent {
		g := currentUnits[i]
		if g.code != w.code || g.name != w.name || g.typ != w.typ || !slices.Equal(g.from, w.from) {
			t.Errorf("current unit %d = %+v, reference %+v", i, g, w)
		}
	}
	for i, w := range wantFormer {
		if formerUnits[i] != w {
			t.Errorf("former unit %d = %+v, reference %+v", i, formerUnits[i], w)
		}
	}
}

func FuzzProvince(f *testing.F) {
	r := Default()
	for _, s := range []string{"Bắc Kạn", "Bac Can", "TP.HCM", "", "tỉnh", "Ð"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u, err := r.Province(s)
		if err == nil && u == nil {
			t.Fatalf("Province(%q) returned nil without error", s)
		}
		if err == nil {
			// A resolved name resolves again by its canonical slug.
			if again, err := r.Province(u.Slug); err != nil || again != u {
				t.Fatalf("slug %q of %q does not resolve back", u.Slug, s)
			}
		}
	})
}
