package index

import (
	"strings"
	"testing"

	"vinhdanh/internal/content"
	"vinhdanh/internal/registry"
)

// decision returns a decision article of day listing honourees, each
// "name|type|province|id" (type i, c or h; province and id optional).
func decision(t *testing.T, path string, day int, entries ...string) *content.Article {
	t.Helper()
	a := article(t, path, day, content.Decision, nil)
	a.URL = "/" + path + "/"
	a.Decision = &content.DecisionInfo{}
	for _, e := range entries {
		f := strings.Split(e+"|||", "|")
		h := content.Honouree{Name: f[0], Type: map[string]registry.Recipient{"i": registry.Individual, "c": registry.Collective, "h": registry.Household}[f[1]], ID: f[3]}
		if f[2] != "" {
			u, err := reg.Province(f[2])
			if err != nil {
				t.Fatal(err)
			}
			h.Province = u
		}
		a.Decision.Honourees = append(a.Decision.Honourees, h)
	}
	return a
}

func TestHonourRoll(t *testing.T) {
	t.Parallel()
	newer := decision(t, "qd-2", 20, "Lương Thị Hoa|i|Nghệ An", "Trường Tiểu học Kim Đồng|c|Cao Bằng", "Lò Văn A|i|Cao Bằng|CB-01", "Nguyễn Văn An|i|Hà Nội")
	older := decision(t, "qd-1", 10, "lương  thị hoa|i|Nghệ An", "Trường Tiểu học Kim Đồng|c|Lạng Sơn", "Lò Văn Á|i|Cao Bằng|cb-01", "Nguyễn Văn An|i|Hà Nội", "Nguyễn Văn An|i|Hà Nội")
	ex := article(t, "dien-hinh", 25, content.Exemplar, []string{"Nghệ An"})
	ex.URL = "/dien-hinh/"
	ex.Exemplar = &content.ExemplarInfo{Name: "Cô giáo Lương Thị Hoa", Type: content.Individual}
	idx := Build([]*content.Article{older, ex, newer}, reg)
	roll := idx.Honours
	var names []string
	for _, h := range roll.All {
		names = append(names, h.Name)
	}
	// Kim Đồng in two provinces is two honourees; the id joins two
	// spellings; a name twice in one decision is one honour.
	if got := strings.Join(names, "; "); got != "Lò Văn A; Lương Thị Hoa; Nguyễn Văn An; Trường Tiểu học Kim Đồng; Trường Tiểu học Kim Đồng" {
		t.Errorf("roll: %s", got)
	}
	hoa := roll.Of[&newer.Decision.Honourees[0]]
	if hoa == nil || hoa != roll.Of[&older.Decision.Honourees[0]] || len(hoa.Honours) != 2 || hoa.Honours[0].Decision != newer {
		t.Fatalf("Lương Thị Hoa: %+v", hoa)
	}
	if roll.Exemplar[ex] != hoa || len(hoa.Exemplars) != 1 {
		t.Errorf("the exemplar article is not Lương Thị Hoa's")
	}
	if hoa.URL() != "/vinh-danh/luong-thi-hoa-nghe-an/" {
		t.Errorf("page %s", hoa.URL())
	}
	an := roll.Of[&older.Decision.Honourees[3]]
	if len(an.Honours) != 2 || roll.Anchors[&older.Decision.Honourees[4]] != "vd-nguyen-van-an-2" {
		t.Errorf("Nguyễn Văn An: %d honours, second row %q", len(an.Honours), roll.Anchors[&older.Decision.Honourees[4]])
	}
	kd := roll.Of[&newer.Decision.Honourees[1]]
	if kd.Slug != "" || kd.URL() != "/qd-2/#vd-truong-tieu-hoc-kim-dong" {
		t.Errorf("a collective honoured once has a page, or links to %s", kd.URL())
	}
	if len(roll.Pages) != 3 {
		t.Errorf("%d pages, want Lò Văn A, Lương Thị Hoa, Nguyễn Văn An", len(roll.Pages))
	}
}

func TestAnchorsAreUnique(t *testing.T) {
	t.Parallel()
	seen := map[string]int{}
	var got []string
	for _, name := range []string{"Trường Mầm non Hoa Sen", "Trường Mầm non Hoa Sen", "Trường Mầm non Hoa Sen 2", "Tổ 2", "Tổ"} {
		got = append(got, Anchor(name, seen))
	}
	if strings.Join(got, " ") != "vd-truong-mam-non-hoa-sen vd-truong-mam-non-hoa-sen-2 vd-truong-mam-non-hoa-sen-2-2 vd-to-2 vd-to" {
		t.Errorf("anchors %v", got)
	}
}

func TestBareName(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"Cô giáo Lương Thị Hoa": "lương thị hoa", "Bác sĩ  Hoàng Minh Khôi": "hoàng minh khôi",
		"Nghệ nhân ưu tú Phan Thị Bích Liên": "phan thị bích liên", "Anh Giàng Seo Páo": "giàng seo páo",
		"Hộ ông Y Khuê Mlô": "hộ ông y khuê mlô", "Ông Ích": "ông ích",
	} {
		if got := bareName(in); got != want {
			t.Errorf("bareName(%q) = %q, want %q", in, got, want)
		}
	}
}
