package annex

import (
	"strings"
	"testing"
)

// FuzzRead: Read never panics, on CSV or on workbook bytes; every row it
// gives has a place in the file, and trimmed values.
func FuzzRead(f *testing.F) {
	f.Add(".csv", []byte("STT;Họ và tên;Đơn vị\n1;A;B\nI. Tập thể;;\n2;\"C;D\";E\n"))
	f.Add(".csv", []byte("Tên tập thể,Tỉnh\n\"Hợp tác xã \"\"Chè\"\"\",Thái Nguyên\n"))
	f.Add(".csv", []byte("\ufeffHọ và tên\tChức vụ\r\nA\tB\r\n"))
	if x, err := WriteXLSX("Sheet1", [][]string{{"Họ và tên", "Đơn vị"}, {"A", "B"}}); err == nil {
		f.Add(".xlsx", x)
	}
	f.Fuzz(func(t *testing.T, ext string, data []byte) {
		if ext != ".csv" && ext != ".xlsx" {
			ext = ".csv"
		}
		tab, problems := Read("a"+ext, data)
		if tab == nil {
			if len(problems) == 0 {
				t.Fatal("no table and no problem")
			}
			return
		}
		for _, r := range tab.Rows {
			if r.Place.Line < 1 {
				t.Fatalf("a row at %+v", r.Place)
			}
			for f, v := range r.Values {
				if v != strings.TrimSpace(v) {
					t.Fatalf("field %d: %q is not trimmed", f, v)
				}
				if tab.Has[f] && r.At[f].Line < 1 {
					t.Fatalf("field %d of a row at %+v has no place", f, r.Place)
				}
			}
		}
	})
}
