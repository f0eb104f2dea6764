package vietnamese

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

var hcm = time.FixedZone("ICT", 7*3600)

func TestParseDate(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2023-06-02T09:00:00+07:00", "2023-06-02T09:00:00+07:00"},
		{"2023-06-02T02:00:00Z", "2023-06-02T02:00:00Z"},
		{"2023-06-02 09:00:00+07:00", "2023-06-02T09:00:00+07:00"},
		{"2023-06-02", "2023-06-02T00:00:00+07:00"},
		{"2023-06-02 09:00", "2023-06-02T09:00:00+07:00"},
		{"2023-06-02T09:00", "2023-06-02T09:00:00+07:00"},
		{"02/06/2023", "2023-06-02T00:00:00+07:00"},
		{"2/6/2023", "2023-06-02T00:00:00+07:00"},
		{"02.06.2023", "2023-06-02T00:00:00+07:00"},
		{"08:45:26 22/12/2020", "2020-12-22T08:45:26+07:00"},
		{"17:46, 22/03/2025", "2025-03-22T17:46:00+07:00"},
		{"22/03/2025 17:46", "2025-03-22T17:46:00+07:00"},
		{"Thứ Sáu, 02/06/2023 09:00", "2023-06-02T09:00:00+07:00"},
		{"Thứ bảy, ngày 08/02/2025", "2025-02-08T00:00:00+07:00"},
		{"Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27", "2019-08-23T09:25:27+07:00"},
		{"Chủ nhật, 11/6/2023", "2023-06-11T00:00:00+07:00"},
		{"29/02/2024", "2024-02-29T00:00:00+07:00"},
		{"  2023-06-02  ", "2023-06-02T00:00:00+07:00"},
		{"02/06/2023 9h00", "2023-06-02T09:00:00+07:00"},
		{"02/06/2023 9h", "2023-06-02T09:00:00+07:00"},
		{"02/06/2023 14H05", "2023-06-02T14:05:00+07:00"},
		{"9h30 ngày 02/06/2023", "2023-06-02T09:30:00+07:00"},
		{"9h30, 02/06/2023", "2023-06-02T09:30:00+07:00"},
		{"9 giờ ngày 02/06/2023", "2023-06-02T09:00:00+07:00"},
		{"9 giờ 30 ngày 02/06/2023", "2023-06-02T09:30:00+07:00"},
		{"lúc 9 giờ 30 phút, ngày 2/6/2023", "2023-06-02T09:30:00+07:00"},
		{"02/06/2023 9 giờ 30 phút", "2023-06-02T09:30:00+07:00"},
		{"02/06/2023 lúc 9 giờ", "2023-06-02T09:00:00+07:00"},
		{"ngày 2 tháng 6 năm 2023, 9h15", "2023-06-02T09:15:00+07:00"},
		{"Thứ Sáu, 02/06/2023 9h00", "2023-06-02T09:00:00+07:00"},
	} {
		got, err := ParseDate(tc.in, hcm)
		if err != nil {
			t.Errorf("ParseDate(%q): %v", tc.in, err)
			continue
		}
		if s := got.Format(time.RFC3339); s != tc.want {
			t.Errorf("ParseDate(%q) = %s, want %s", tc.in, s, tc.want)
		}
	}
}

func TestParseDateErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"31/02/2023", "February 2023 has 28 days"},
		{"29/02/2023", "February 2023 has 28 days"},
		{"2023-13-01", "there is no month 13"},
		{"32/01/2023", "January 2023 has 31 days"},
		{"02/06/23", "write the year in full"},
		{"25:00 02/06/2023", "hour 25 is past 23"},
		{"09:61 02/06/2023", "minute 61 is past 59"},
		{"hôm qua", "is not a date"},
		{"", "empty date"},
		{"09:00", "has no day, month and year"},
		{"02/06/2023 03/06/2023", "holds two dates"},
		{"June 2, 2023", "is not a date"},
		{"0001-01-01T00:00:00Z", "year 1 is out of range"},
		{"0999-06-02T09:00:00+07:00", "year 999 is out of range"},
		{"02/06/2023 25h00", "hour 25 is past 23"},
		{"02/06/2023 9h61", "minute 61 is past 59"},
		{"9 giờ 75 ngày 02/06/2023", "minute 75 is past 59"},
		{"9h 10h 02/06/2023", "holds two times"},
		{"9h30", "has no day, month and year"},
		{"02/06/2023 9h300", "is not a date"},
		{"02/06/2023 9", "is not a date"},
	} {
		_, err := ParseDate(tc.in, hcm)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseDate(%q) error = %v, want it to say %q", tc.in, err, tc.want)
		}
	}
}

func TestLongDate(t *testing.T) {
	d := time.Date(2023, 6, 2, 9, 0, 0, 0, hcm)
	if got := LongDate(d, "vi"); got != "Thứ Sáu, 02/06/2023 09:00" {
		t.Errorf("LongDate = %q", got)
	}
	if got := LongDate(d, "en"); got != "Friday, 02/06/2023 09:00" {
		t.Errorf("LongDate(en) = %q", got)
	}
	if got := LongDate(time.Date(2023, 6, 11, 0, 0, 0, 0, hcm), "vi"); got != "Chủ nhật, 11/06/2023" {
		t.Errorf("LongDate of a Sunday = %q", got)
	}
	if got := ShortDate(d); got != "02/06/2023" {
		t.Errorf("ShortDate = %q", got)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2023-06-02", "02/06/2023", "08:45:26 22/12/2020", "2023-06-02T09:00:00+07:00",
		"Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27", "31/02/2023", "9:5 1/1/2000", "0000-00-00",
		"02/06/2023 9h00", "9 giờ 30 phút ngày 02/06/2023", "9h 2/6/2023", "02/06/2023 9 giờ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s, hcm)
		if err != nil {
			return
		}
		// Whatever was accepted is a real calendar date that reads back the same.
		again, err := ParseDate(d.Format(time.RFC3339Nano), hcm)
		if err != nil || !again.Equal(d) {
			t.Fatalf("ParseDate(%q) = %v, which does not read back (%v, %v)", s, d, again, err)
		}
		// A time to the minute reads back in the forms editors write.
		if d.Second() == 0 && d.Nanosecond() == 0 && d.Location() == hcm {
			for _, form := range []string{d.Format("02/01/2006 15h04"), d.Format("15h04 ngày 2/1/2006"),
				fmt.Sprintf("%d giờ %d phút ngày %s", d.Hour(), d.Minute(), d.Format("02/01/2006"))} {
				if again, err := ParseDate(form, hcm); err != nil || !again.Equal(d) {
					t.Fatalf("ParseDate(%q) = %v; %q reads back as %v, %v", s, d, form, again, err)
				}
			}
		}
		if y := d.Year(); y < 1000 || y > 9999 {
			t.Fatalf("ParseDate(%q) accepted year %d", s, y)
		}
	})
}
