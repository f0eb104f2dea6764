package build

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vinhdanh/internal/annex"
	"vinhdanh/internal/testsupport/sitetest"
)

// honoureesSite is a decision whose annex is a workbook in its bundle.
const honoureesSite = `
-- site.yaml --
title: T
base_url: https://example.vn/
-- content/quyet-dinh/2024/qd-1203/index.md --
---
title: Tặng Cờ thi đua và Bằng khen năm 2023
date: 2024-01-15
kind: decision
province: Thái Nguyên
awards: [Cờ thi đua cấp tỉnh, Bằng khen của Chủ tịch UBND tỉnh]
decision:
  number: 1203/QĐ-UBND
  recipients: 3
  honourees_file: danh-sach.xlsx
---
Nội dung.
`

// TestHonoureesPublished: a decision's annex is published as its page's
// table, a row an honouree with an anchor, and as a CSV file beside it,
// not as the workbook; the layouts run compiled.
func TestHonoureesPublished(t *testing.T) {
	t.Parallel()
	xlsx, err := annex.WriteXLSX("Danh sách", [][]string{
		{"STT", "Họ và tên", "Chức vụ", "Đơn vị", "Hình thức khen thưởng", "Ngày sinh"},
		{"I", "TẬP THỂ"},
		{"1", "Hợp tác xã Chè Tân Cương", "", "Xã Tân Cương", "Cờ thi đua cấp tỉnh", ""},
		{"II", "CÁ NHÂN"},
		{"2", "Nguyễn Thị Lan", "Chủ nhiệm", "Hợp tác xã Chè Tân Cương", "Bằng khen của Chủ tịch UBND tỉnh", "02/03/1975"},
		{"3", "Nguyễn Thị Lan", "Xã viên", "Hợp tác xã Chè La Bằng", "Bằng khen của Chủ tịch UBND tỉnh", "11/09/1990"},
	})
	if err != nil {
		t.Fatal(err)
	}
	dest, sum := buildSite(t, honoureesSite, func(o *Options) {
		if err := os.WriteFile(filepath.Join(o.Source, filepath.FromSlash("content/quyet-dinh/2024/qd-1203/danh-sach.xlsx")), xlsx, 0o644); err != nil {
			t.Fatal(err)
		}
	})
	if sum.Interpreted != 0 || len(sum.Warnings) != 0 {
		t.Errorf("%d pages interpreted, warnings %v", sum.Interpreted, sum.Warnings)
	}
	page := readOutput(t, dest, "quyet-dinh/2024/qd-1203/index.html")
	assertContains(t, "the decision", page,
		`<h2 id=honourees-title>Danh sách được khen thưởng</h2>`,
		`2 cá nhân, 1 tập thể`,
		`<a href="/quyet-dinh/2024/qd-1203/danh-sach-1203-qd-ubnd.csv" download>`,
		`<tr id="vd-hop-tac-xa-che-tan-cuong"><td>1</td><th scope=row>Hợp tác xã Chè Tân Cương <span class=honouree-type>Tập thể</span></th>`,
		`<tr id="vd-nguyen-thi-lan">`, `<tr id="vd-nguyen-thi-lan-2">`,
		`<td data-label="Hình thức khen thưởng">Bằng khen của Chủ tịch UBND tỉnh</td>`)
	if strings.Contains(page, "1975") {
		t.Error("a column the table does not know is published")
	}
	list := readOutput(t, dest, "quyet-dinh/2024/qd-1203/danh-sach-1203-qd-ubnd.csv")
	want := "\ufeffSTT,\"Họ và tên, tên tập thể\",Loại,Chức vụ,Đơn vị,\"Tỉnh, thành\",Hình thức khen thưởng\r\n" +
		"1,Hợp tác xã Chè Tân Cương,Tập thể,,Xã Tân Cương,Thái Nguyên,Cờ thi đua cấp tỉnh\r\n" +
		"2,Nguyễn Thị Lan,Cá nhân,Chủ nhiệm,Hợp tác xã Chè Tân Cương,Thái Nguyên,Bằng khen của Chủ tịch UBND tỉnh\r\n" +
		"3,Nguyễn Thị Lan,Cá nhân,Xã viên,Hợp tác xã Chè La Bằng,Thái Nguyên,Bằng khen của Chủ tịch UBND tỉnh\r\n"
	if list != want {
		t.Errorf("the CSV:\n%q\nwant:\n%q", list, want)
	}
	assertMissing(t, dest, "quyet-dinh/2024/qd-1203/danh-sach.xlsx")
}

// TestSessionReadsTheAnnexAgain: the preview shows an annex saved again.
func TestSessionReadsTheAnnexAgain(t *testing.T) {
	t.Parallel()
	src := sitetest.Write(t, strings.Replace(honoureesSite, "  recipients: 3\n", "", 1))
	annexPath := filepath.Join(src, filepath.FromSlash("content/quyet-dinh/2024/qd-1203/danh-sach.xlsx"))
	write := func(name string) {
		xlsx, err := annex.WriteXLSX("Sheet1", [][]string{{"Tên tập thể", "Hình thức khen thưởng"}, {name, "Cờ thi đua cấp tỉnh"}})
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(annexPath, xlsx, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("Xã Phú Xuyên")
	s, err := NewSession(Options{Source: src, Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	files, _ := sessionBuild(t, s)
	page := "quyet-dinh/2024/qd-1203/index.html"
	if !strings.Contains(files[page], "Xã Phú Xuyên") {
		t.Fatalf("the first build does not show the annex")
	}
	write("Xã Tân Cương")
	files, _ = sessionBuild(t, s, "content/quyet-dinh/2024/qd-1203/danh-sach.xlsx")
	if !strings.Contains(files[page], "Xã Tân Cương") || strings.Contains(files[page], "Xã Phú Xuyên") {
		t.Errorf("the annex saved again is not shown")
	}
	if !strings.Contains(files["quyet-dinh/2024/qd-1203/danh-sach-1203-qd-ubnd.csv"], "Xã Tân Cương") {
		t.Errorf("the CSV does not follow the annex")
	}
}

// TestHonourRollPages: one honoured by two decisions and written about by
// an exemplar article has a page listing both and the article, which the
// decisions' rows and the article link to; one honoured once links to
// its row; /vinh-danh/ lists both under their letters.
func TestHonourRollPages(t *testing.T) {
	t.Parallel()
	dest, sum := buildSite(t, `
-- site.yaml --
title: T
base_url: https://example.vn/
-- content/quyet-dinh/2020/qd-1543.md --
---
title: Nghệ An tặng danh hiệu Chiến sĩ thi đua cấp tỉnh
date: 2020-05-15
kind: decision
province: Nghệ An
awards: [Chiến sĩ thi đua cấp tỉnh]
decision:
  number: 1543/QĐ-UBND
  honourees: [Lương Thị Hoa, Đặng Văn Hùng]
---
Nội dung.
-- content/quyet-dinh/2024/qd-1187.md --
---
title: Chủ tịch nước tặng thưởng Huân chương Lao động
date: 2024-11-18
kind: decision
province: Nghệ An
awards: [Huân chương Lao động hạng Ba]
decision:
  number: 1187/QĐ-CTN
  honourees: [{name: Lương Thị Hoa, position: Giáo viên}]
---
Nội dung.
-- content/dien-hinh/2020/co-giao-hoa.md --
---
title: Cô giáo Lương Thị Hoa và 15 năm gieo chữ
date: 2020-11-19
kind: exemplar
province: Nghệ An
exemplar: {name: Cô giáo Lương Thị Hoa, type: individual, decision: 1543/QĐ-UBND}
---
Nội dung.
`, nil)
	if sum.Interpreted != 0 || len(sum.Warnings) != 0 {
		t.Errorf("%d pages interpreted, warnings %v", sum.Interpreted, sum.Warnings)
	}
	page := readOutput(t, dest, "vinh-danh/luong-thi-hoa-nghe-an/index.html")
	assertContains(t, "the honouree's page", page, `<h1>Lương Thị Hoa</h1>`, `Cá nhân · Nghệ An`,
		`href="/quyet-dinh/2024/qd-1187/#vd-luong-thi-hoa"`, `href="/quyet-dinh/2020/qd-1543/#vd-luong-thi-hoa"`,
		`Huân chương Lao động hạng Ba`, `Chiến sĩ thi đua cấp tỉnh`, `href="/dien-hinh/2020/co-giao-hoa/"`)
	if strings.Index(page, "qd-1187") > strings.Index(page, "qd-1543") {
		t.Error("the decisions are not newest first")
	}
	assertContains(t, "a decision", readOutput(t, dest, "quyet-dinh/2020/qd-1543/index.html"),
		`<a href="/vinh-danh/luong-thi-hoa-nghe-an/">Lương Thị Hoa</a>`, `2 lần được khen`, `<tr id="vd-dang-van-hung">`)
	assertContains(t, "the exemplar", readOutput(t, dest, "dien-hinh/2020/co-giao-hoa/index.html"), `href="/vinh-danh/luong-thi-hoa-nghe-an/"`)
	roll := readOutput(t, dest, "vinh-danh/index.html")
	assertContains(t, "the honour roll", roll, `<a href="#chu-dd">Đ</a>`, `<a href="#chu-l">L</a>`, `id="chu-dd"`,
		`href="/quyet-dinh/2020/qd-1543/#vd-dang-van-hung"`, `href="/vinh-danh/luong-thi-hoa-nghe-an/"`)
	if strings.Index(roll, "Lương Thị Hoa") < strings.Index(roll, "Đặng Văn Hùng") {
		t.Error("Đ does not sort before L")
	}
	assertMissing(t, dest, "vinh-danh/dang-van-hung-nghe-an/index.html")
	assertContains(t, "the award's page", readOutput(t, dest, "khen-thuong/chien-si-thi-dua-cap-tinh/index.html"),
		`Được khen thưởng (2)`, `<a href="/vinh-danh/luong-thi-hoa-nghe-an/">Lương Thị Hoa</a>`, `href="/quyet-dinh/2020/qd-1543/#vd-dang-van-hung"`)

	// The honouree with a page is a search result of the individuals'
	// kind, after the three articles; the search page offers the filter.
	search := readOutput(t, dest, "tim-kiem/index.html")
	assertContains(t, "the search page", search, `<option value="4">Vinh danh: cá nhân</option>`, `"records":16`)
	at := strings.Index(search, `"v":"`)
	records := readOutput(t, dest, "tim-kiem/"+search[at+5:at+17]+"/r/0.json")
	assertContains(t, "the records", records,
		`["/vinh-danh/luong-thi-hoa-nghe-an/","Lương Thị Hoa","2024-11-18",4,"Nghệ An","Giáo viên · 2 lần được khen"]`,
		`["a","Chiến sĩ thi đua cấp tỉnh"],["n","1543/QĐ-UBND"]`)
}

// TestHonourRollByLetter: a roll of more names than a page holds lists
// its letters on /vinh-danh/ and each letter's names on pages of its own.
func TestHonourRollByLetter(t *testing.T) {
	t.Parallel()
	var list strings.Builder
	list.WriteString("STT,Họ và tên,Đơn vị\n")
	for i := range 620 {
		name := fmt.Sprintf("Nguyễn Văn %03d", i)
		if i%10 == 0 {
			name = fmt.Sprintf("Đỗ Thị %03d", i)
		}
		fmt.Fprintf(&list, "%d,%s,Xã Lý Bôn\n", i+1, name)
	}
	site := strings.Replace(strings.Replace(honoureesSite, "danh-sach.xlsx", "danh-sach.csv", 1), "awards: [Cờ thi đua cấp tỉnh, Bằng khen của Chủ tịch UBND tỉnh]", "awards: [Bằng khen của Chủ tịch UBND tỉnh]", 1)
	site = strings.Replace(site, "  recipients: 3\n", "", 1) + "-- content/quyet-dinh/2024/qd-1203/danh-sach.csv --\n" + list.String()
	dest, _ := buildSite(t, site, nil)
	assertContains(t, "the roll", readOutput(t, dest, "vinh-danh/index.html"),
		`<a href="/vinh-danh/theo-chu/n/">N</a>`, `<a href="/vinh-danh/theo-chu/dd/">Đ</a>`)
	first := readOutput(t, dest, "vinh-danh/theo-chu/n/index.html")
	assertContains(t, "N's first page", first, `Nguyễn Văn 001`, `<a href="/vinh-danh/theo-chu/n/2/">2</a>`)
	assertContains(t, "N's second page", readOutput(t, dest, "vinh-danh/theo-chu/n/2/index.html"), `Nguyễn Văn 619`)
	if strings.Contains(first, "Nguyễn Văn 619") {
		t.Error("the first page holds the last name")
	}
	assertContains(t, "Đ's page", readOutput(t, dest, "vinh-danh/theo-chu/dd/index.html"), `href="/quyet-dinh/2024/qd-1203/#vd-do-thi-000"`)
}
