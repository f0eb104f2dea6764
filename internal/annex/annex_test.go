package annex

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// rowsOf returns each row's name, unit and default type, for comparison.
func rowsOf(t *Table) []string {
	var out []string
	for _, r := range t.Rows {
		out = append(out, r.Values[Name]+"|"+r.Values[Unit]+"|"+cmp.Or(r.Section, r.DefaultType))
	}
	return out
}

func TestCSV(t *testing.T) {
	t.Parallel()
	src := "\ufeffDANH SÁCH KHEN THƯỞNG\n(Kèm theo Quyết định số 946/QĐ-UBND)\n" +
		"STT;Họ và tên;Chức vụ;Đơn vị\n" +
		"I;TẬP THỂ;;\n" +
		"1;Trường Tiểu học Kim Đồng;;Huyện Bảo Lạc\n" +
		";;;\n" +
		"II. Cá nhân;;;\n" +
		"2;\"Lò Thị Hoa\";Giáo viên;\"Trường Tiểu học Kim Đồng; Bảo Lạc\"\n" +
		"3;;Kế toán;Phòng Nội vụ\n"
	tab, problems := Read("danh-sach.csv", []byte(src))
	if len(problems) != 0 {
		t.Fatal(problems)
	}
	want := []string{"Trường Tiểu học Kim Đồng|Huyện Bảo Lạc|collective", "Lò Thị Hoa|Trường Tiểu học Kim Đồng; Bảo Lạc|individual", "|Phòng Nội vụ|individual"}
	if got := rowsOf(tab); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !tab.Has[Position] || tab.Has[Province] {
		t.Errorf("columns %v", tab.Has)
	}
	// Lò Thị Hoa is on line 8, in the second field, after "2;" (2 characters).
	if at := tab.Rows[1].At[Name]; at.Line != 8 || at.Col != 3 {
		t.Errorf("the name is at %+v", at)
	}
	// Columns count characters: "Trường …" after a field with marks.
	if at := tab.Rows[1].At[Unit]; at.Line != 8 || at.Col != len([]rune(`2;"Lò Thị Hoa";Giáo viên;`))+1 {
		t.Errorf("the unit is at %+v", at)
	}
	if at := tab.Rows[2].At[Name]; at.Line != 9 || at.Col != 3 {
		t.Errorf("an empty name is at %+v", at)
	}
}

func TestCSVProblems(t *testing.T) {
	t.Parallel()
	for name, c := range map[string]struct{ file, src, want string }{
		"not UTF-8":    {"a.csv", "Họ và tên\n\xe0\xe1\n", "not UTF-8"},
		"no header":    {"a.csv", "Nguyễn Văn A,Giáo viên\n", "no header row"},
		"other format": {"a.ods", "x", ".csv or .xlsx"},
		"two units":    {"a.csv", "Họ và tên,Đơn vị,Nơi công tác\nA,B,C\n", "says again"},
		"not a sheet":  {"a.xlsx", "Họ và tên\nA\n", "not an Excel workbook"},
	} {
		_, problems := Read(c.file, []byte(c.src))
		if len(problems) == 0 || !strings.Contains(problems[0].Err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", name, problems, c.want)
		}
	}
}

func TestXLSX(t *testing.T) {
	t.Parallel()
	data, err := WriteXLSX("Danh sách", [][]string{
		{"DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN"},
		{},
		{"STT", "Tên tập thể", "Tỉnh", "Hình thức khen thưởng"},
		{"1", "Hợp tác xã Chè Tân Cương", "Thái Nguyên", "Bằng khen của Chủ tịch UBND tỉnh"},
		{},
		{"2", "Xã Phú Xuyên", "", "Cờ thi đua cấp tỉnh"},
	})
	if err != nil {
		t.Fatal(err)
	}
	tab, problems := Read("danh-sach.xlsx", data)
	if len(problems) != 0 {
		t.Fatal(problems)
	}
	if len(tab.Rows) != 2 || tab.Rows[0].Values[Province] != "Thái Nguyên" || tab.Rows[1].Values[Award] != "Cờ thi đua cấp tỉnh" || tab.Rows[1].DefaultType != "collective" {
		t.Fatalf("rows %+v", tab.Rows)
	}
	if at := tab.Rows[1].At[Name]; at.Cell != "Danh sách!B6" || at.Line != 6 || at.Col != 2 {
		t.Errorf("the second name is at %+v", at)
	}
	if at := tab.Rows[1].At[Province]; at.Cell != "Danh sách!C6" {
		t.Errorf("an empty province is at %+v", at)
	}
}

func TestHeadings(t *testing.T) {
	t.Parallel()
	cols := []Field{-1, Name, Unit}
	row := func(texts ...string) []cell {
		r := make([]cell, len(texts))
		for i, s := range texts {
			r[i] = cell{text: s}
		}
		return r
	}
	for _, c := range []struct {
		row     []cell
		heading bool
		typ     string
	}{
		{row("I", "TẬP THỂ", ""), true, "collective"},
		{row("II. CÁ NHÂN", "", ""), true, "individual"},
		{row("", "B) Hộ gia đình", ""), true, "household"},
		{row("", "Cá nhân (12)", ""), true, "individual"},
		{row("A", "", ""), true, ""},
		{row("", "Tập thể lớp 5A", ""), false, ""},
		{row("", "Nguyễn Văn A", ""), false, ""},
		{row("3", "", ""), false, ""},
		{row("3", "Tập thể", "Xã A"), false, ""},
		{row("3", "Nguyễn Văn A", ""), false, ""},
		{row("I", "HUÂN CHƯƠNG LAO ĐỘNG HẠNG NHÌ", ""), true, ""},
	} {
		text, heading := sectionHeading(c.row, cols)
		if typ := sectionType(text); heading != c.heading || typ != c.typ {
			t.Errorf("%v: heading %t %q, want %t %q", c.row, heading, text, c.heading, c.typ)
		}
	}
}

// BenchmarkReadCSV reads an annex of 100,000 rows, the most one may have.
func BenchmarkReadCSV(b *testing.B) {
	var src strings.Builder
	src.WriteString("STT;Họ và tên;Chức vụ;Đơn vị\n")
	for i := range MaxRows {
		fmt.Fprintf(&src, "%d;Nguyễn Thị Hoa %d;Giáo viên;Trường Tiểu học Kim Đồng, xã Bảo Lạc\n", i+1, i)
	}
	data := []byte(src.String())
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, problems := Read("a.csv", data); len(problems) != 0 {
			b.Fatal(problems)
		}
	}
}

// BenchmarkReadXLSX reads a workbook of 10,000 rows.
func BenchmarkReadXLSX(b *testing.B) {
	rows := [][]string{{"STT", "Họ và tên", "Chức vụ", "Đơn vị"}}
	for i := range 10_000 {
		rows = append(rows, []string{strconv.Itoa(i + 1), "Nguyễn Thị Hoa " + strconv.Itoa(i), "Giáo viên", "Trường Tiểu học Kim Đồng"})
	}
	data, err := WriteXLSX("Sheet1", rows)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, problems := Read("a.xlsx", data); len(problems) != 0 {
			b.Fatal(problems)
		}
	}
}

// TestReviewCases: a semicolon CSV whose rows hold commas; a heading with
// an en dash; a heading that names an award with "tập thể" in it opens a
// group, not a section; a row with a name and a cell after it is a row.
func TestReviewCases(t *testing.T) {
	t.Parallel()
	src := "STT;Họ và tên;Đơn vị;Nữ\n" +
		"I. TẬP THỂ LAO ĐỘNG XUẤT SẮC;;;\n" +
		"1;Trường Tiểu học Kim Đồng;Thôn Nà Pồng, xã Kim Đồng, huyện Bảo Lạc, tỉnh Cao Bằng;\n" +
		"II – Cá nhân;;;\n" +
		"2;Lò Thị Hoa;Xã Kim Đồng;x\n" +
		";Nông Văn Dũng;;x\n"
	tab, problems := Read("a.csv", []byte(src))
	if len(problems) != 0 {
		t.Fatal(problems)
	}
	if len(tab.Rows) != 3 {
		t.Fatalf("rows %+v", tab.Rows)
	}
	if r := tab.Rows[0]; r.Group != "TẬP THỂ LAO ĐỘNG XUẤT SẮC" || r.Section != "" || r.Values[Unit] != "Thôn Nà Pồng, xã Kim Đồng, huyện Bảo Lạc, tỉnh Cao Bằng" {
		t.Errorf("first row %+v", r)
	}
	if r := tab.Rows[1]; r.Section != "individual" {
		t.Errorf("under II – Cá nhân: %+v", r)
	}
	if tab.Rows[2].Values[Name] != "Nông Văn Dũng" {
		t.Errorf("a row without a number: %+v", tab.Rows[2])
	}
	if got := unmark("II – Cá nhân"); got != "Cá nhân" {
		t.Errorf("unmark: %q", got)
	}
}
