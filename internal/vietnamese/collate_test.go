package vietnamese

import (
	"slices"
	"testing"
)

func TestCompare(t *testing.T) {
	ordered := []string{"Cà Mau", "Cao Bằng", "Cần Thơ"}
	for i := 0; i+1 < len(ordered); i++ {
		if Compare(ordered[i], ordered[i+1]) >= 0 {
			t.Errorf("%q should sort before %q", ordered[i], ordered[i+1])
		}
	}
	if Compare("Duyên Hải", "Đà Nẵng") >= 0 {
		t.Error("D... should sort before Đ...")
	}
	if Compare("Đồng Tháp", "Gia Lai") >= 0 {
		t.Error("Đ... should sort before G...")
	}
	if Compare("Hòa Bình", "Hòa Bình") != 0 {
		t.Error("equal strings should compare equal")
	}
}

func TestSort(t *testing.T) {
	got := []string{"Đồng Nai", "Zeta", "Cần Thơ", "Cao Bằng", "Điện Biên", "Dak", "Cà Mau", "An Giang", "Ân", "Ă"}
	Sort(got)
	want := []string{"An Giang", "Ă", "Ân", "Cà Mau", "Cao Bằng", "Cần Thơ", "Dak", "Điện Biên", "Đồng Nai", "Zeta"}
	if !slices.Equal(got, want) {
		t.Errorf("Sort = %q\nwant  %q", got, want)
	}
	// Sorting is deterministic whatever the input order.
	again := slices.Clone(want)
	slices.Reverse(again)
	Sort(again)
	if !slices.Equal(again, want) {
		t.Errorf("Sort of reversed input = %q", again)
	}
}

func TestSortFunc(t *testing.T) {
	type province struct{ name string }
	items := []province{{"Đắk Lắk"}, {"Cà Mau"}, {"Bắc Ninh"}, {"Bạc Liêu"}, {"An Giang"}}
	SortFunc(items, func(p province) string { return p.name })
	var names []string
	for _, p := range items {
		names = append(names, p.name)
	}
	want := []string{"An Giang", "Bạc Liêu", "Bắc Ninh", "Cà Mau", "Đắk Lắk"}
	if !slices.Equal(names, want) {
		t.Errorf("SortFunc = %q, want %q", names, want)
	}
}
