package vietnamese

import (
	"strconv"
	"strings"
	"time"

	"vinhdanh/internal/i18n"
)

// ParseDate reads a publication time as editors write it, in loc when the
// text carries no time zone. Accepted forms:
//
//	2023-06-02T09:00:00+07:00   RFC 3339 (a space may replace the T)
//	2023-06-02                  ISO date (midnight)
//	2023-06-02 09:00            ISO date and time (seconds optional, T or space)
//	02/06/2023, 2/6/2023        day/month/year ("-" and "." also separate)
//	08:45:26 22/12/2020         time, then day/month/year (a comma may follow the time)
//	22/12/2020 08:45            day/month/year, then time
//	ngày 2 tháng 6 năm 2023     the long Vietnamese form, optionally with a time
//	02/06/2023 9h00, 9h30       a time written with h, before or after the date
//	9 giờ 30 phút ngày 2/6/2023 a time in words: 9 giờ, 9 giờ 30, 9 giờ 30 phút
//
// A leading weekday ("Thứ Sáu,") is ignored. Impossible dates such as
// 31/02/2023 are errors that say why.
func ParseDate(text string, loc *time.Location) (time.Time, error) {
	s := strings.TrimSpace(NFC(text))
	if s == "" {
		return time.Time{}, i18n.Errorf("empty date; write it as 2023-06-02 or 02/06/2023")
	}
	if t, ok := parseRFC3339(s); ok {
		if err := checkDate(t.Year(), int(t.Month()), t.Day()); err != nil {
			return time.Time{}, i18n.Errorf("%q is not a date: %v", text, err)
		}
		return t, nil
	}
	if len(s) > 10 && s[4] == '-' && s[10] == 'T' {
		s = s[:10] + " " + s[11:] // ISO date and time without a zone
	}
	fields := dateFields(s)
	var (
		haveDate, haveTime         bool
		year, month, day           int
		hour, minute, second, nano int
	)
	for i := 0; i < len(fields); i++ {
		f := fields[i]
		switch {
		case weekdayLength(fields[i:]) > 0:
			i += weekdayLength(fields[i:]) - 1
		case Fold(f) == "ngay" && i+5 < len(fields) && Fold(fields[i+2]) == "thang" && Fold(fields[i+4]) == "nam":
			if haveDate {
				return time.Time{}, i18n.Errorf("%q holds two dates", text)
			}
			var err error
			day, month, year, err = numbers(fields[i+1], fields[i+3], fields[i+5])
			if err != nil {
				return time.Time{}, i18n.Errorf("%q: %v", text, err)
			}
			haveDate = true
			i += 5
		case Fold(f) == "ngay" || Fold(f) == "luc":
			// "ngày 08/02/2025", "lúc 09:00": filler words before a date or time
		case hourForm(f) || digitsOnly(f) && i+1 < len(fields) && Fold(fields[i+1]) == "gio":
			if haveTime {
				return time.Time{}, i18n.Errorf("%q holds two times", text)
			}
			clock := strings.Replace(strings.ToLower(f), "h", ":", 1)
			if !strings.Contains(clock, ":") { // 9 giờ [30 [phút]]
				i++
				minutes := "00"
				if i+1 < len(fields) && digitsOnly(fields[i+1]) {
					minutes = fields[i+1]
					i++
					if i+1 < len(fields) && Fold(fields[i+1]) == "phut" {
						i++
					}
				}
				clock += ":" + minutes
			} else if strings.HasSuffix(clock, ":") {
				clock += "00"
			}
			var err error
			hour, minute, second, nano, err = parseClock(clock)
			if err != nil {
				return time.Time{}, i18n.Errorf("%q: %v", text, err)
			}
			haveTime = true
		case strings.Contains(f, ":"):
			if haveTime {
				return time.Time{}, i18n.Errorf("%q holds two times", text)
			}
			var err error
			hour, minute, second, nano, err = parseClock(f)
			if err != nil {
				return time.Time{}, i18n.Errorf("%q: %v", text, err)
			}
			haveTime = true
		case strings.ContainsAny(f, "/-."):
			if haveDate {
				return time.Time{}, i18n.Errorf("%q holds two dates", text)
			}
			var err error
			year, month, day, err = parseCalendarDate(f)
			if err != nil {
				return time.Time{}, i18n.Errorf("%q: %v", text, err)
			}
			haveDate = true
		default:
			return time.Time{}, i18n.Errorf("%q is not a date: unexpected %q; write it as 2023-06-02, 2023-06-02 09:00 or 02/06/2023", text, f)
		}
	}
	if !haveDate {
		return time.Time{}, i18n.Errorf("%q has no day, month and year; write it as 2023-06-02 or 02/06/2023", text)
	}
	if err := checkDate(year, month, day); err != nil {
		return time.Time{}, i18n.Errorf("%q is not a date: %v", text, err)
	}
	return time.Date(year, time.Month(month), day, hour, minute, second, nano, loc), nil
}

// hourForm reports whether f is a time written with h: 9h, 9h30, 09h05.
func hourForm(f string) bool {
	h, m, ok := strings.Cut(strings.ToLower(f), "h")
	return ok && len(h) >= 1 && len(h) <= 2 && digitsOnly(h) && len(m) <= 2 && (m == "" || digitsOnly(m))
}

func digitsOnly(s string) bool { return s != "" && strings.Trim(s, "0123456789") == "" }

// parseRFC3339 accepts RFC 3339 with a T or a space between date and time.
func parseRFC3339(s string) (time.Time, bool) {
	if len(s) < len("2006-01-02T15:04Z") || s[4] != '-' {
		return time.Time{}, false
	}
	if s[10] == ' ' {
		s = s[:10] + "T" + s[11:]
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	return t, err == nil
}

// dateFields splits s at spaces and commas.
func dateFields(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' })
}

var weekdayNames = map[string]bool{"hai": true, "ba": true, "tu": true, "nam": true, "sau": true, "bay": true}

// weekdayLength returns how many fields at the start of rest name a weekday
// ("Chủ nhật", "CN", "Thứ Sáu", "Thứ 6", or an English weekday), or 0.
func weekdayLength(rest []string) int {
	next := ""
	if len(rest) > 1 {
		next = Fold(rest[1])
	}
	switch k := Fold(rest[0]); k {
	case "cn":
		return 1
	case "chu":
		if next == "nhat" {
			return 2
		}
	case "thu":
		if weekdayNames[next] {
			return 2
		}
		if n, err := strconv.Atoi(next); err == nil && n >= 2 && n <= 7 {
			return 2
		}
	default:
		for d := time.Sunday; d <= time.Saturday; d++ {
			name := strings.ToLower(d.String())
			if k == name || k == name[:3] {
				return 1
			}
		}
	}
	return 0
}

// parseCalendarDate reads 2023-06-02 (year first) or 02/06/2023 (day first).
func parseCalendarDate(f string) (year, month, day int, err error) {
	parts := strings.FieldsFunc(f, func(r rune) bool { return r == '/' || r == '-' || r == '.' })
	if len(parts) != 3 {
		return 0, 0, 0, i18n.Errorf("%q is not day/month/year", f)
	}
	if len(parts[0]) == 4 {
		year, month, day, err = numbers(parts[0], parts[1], parts[2])
		return year, month, day, err
	}
	day, month, year, err = numbers(parts[0], parts[1], parts[2])
	if err == nil && len(parts[2]) != 4 {
		err = i18n.Errorf("write the year in full (%q is not a four-digit year)", parts[2])
	}
	return year, month, day, err
}

func numbers(a, b, c string) (int, int, int, error) {
	var out [3]int
	for i, s := range []string{a, b, c} {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 || len(s) > 4 {
			return 0, 0, 0, i18n.Errorf("%q is not a number", s)
		}
		out[i] = n
	}
	return out[0], out[1], out[2], nil
}

// parseClock reads 09:00, 9:00 or 08:45:26 (with optional fraction).
func parseClock(f string) (hour, minute, second, nano int, err error) {
	parts := strings.Split(f, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return 0, 0, 0, 0, i18n.Errorf("%q is not a time like 09:00 or 08:45:26", f)
	}
	if len(parts) == 3 {
		if whole, frac, ok := strings.Cut(parts[2], "."); ok {
			parts[2] = whole
			digits := (frac + "000000000")[:9]
			if len(frac) > 9 || strings.Trim(frac, "0123456789") != "" || frac == "" {
				return 0, 0, 0, 0, i18n.Errorf("%q is not a time like 08:45:26", f)
			}
			nano, _ = strconv.Atoi(digits)
		}
	} else {
		parts = append(parts, "0")
	}
	for _, p := range parts {
		if p == "" || len(p) > 2 || strings.Trim(p, "0123456789") != "" {
			return 0, 0, 0, 0, i18n.Errorf("%q is not a time like 09:00 or 08:45:26", f)
		}
	}
	hour, _ = strconv.Atoi(parts[0])
	minute, _ = strconv.Atoi(parts[1])
	second, _ = strconv.Atoi(parts[2])
	switch {
	case hour > 23:
		return 0, 0, 0, 0, i18n.Errorf("hour %d is past 23", hour)
	case minute > 59:
		return 0, 0, 0, 0, i18n.Errorf("minute %d is past 59", minute)
	case second > 59:
		return 0, 0, 0, 0, i18n.Errorf("second %d is past 59", second)
	}
	return hour, minute, second, nano, nil
}

// checkDate reports why year-month-day is not a calendar date.
func checkDate(year, month, day int) error {
	if year < 1000 || year > 9999 {
		return i18n.Errorf("year %d is out of range", year)
	}
	if month < 1 || month > 12 {
		return i18n.Errorf("there is no month %d (dates are day/month/year)", month)
	}
	days := daysIn(year, time.Month(month))
	if day < 1 || day > days {
		return i18n.Errorf("%s %d has %d days", monthNames[month-1], year, days)
	}
	return nil
}

// daysIn returns the number of days in month of year.
func daysIn(year int, month time.Month) int {
	return time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

var weekdaysVI = [...]string{"Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"}

// weekday returns the Vietnamese name of d ("Chủ nhật", "Thứ Hai", ...).
func weekday(d time.Weekday) string { return weekdaysVI[d] }

// LongDate formats t as "Thứ Sáu, 02/06/2023 09:00" in Vietnamese, or
// "Friday, 02/06/2023 09:00" when lang is "en". A time of exactly midnight
// is taken as a date given without a time, and shown without one.
func LongDate(t time.Time, lang string) string {
	day := weekday(t.Weekday())
	if lang == "en" {
		day = t.Weekday().String()
	}
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return day + ", " + t.Format("02/01/2006")
	}
	return day + ", " + t.Format("02/01/2006 15:04")
}

// ShortDate formats t as "02/06/2023".
func ShortDate(t time.Time) string { return t.Format("02/01/2006") }

// monthNames are the months' names in messages: English's names, and
// Vietnamese's "tháng 2".
var monthNames = [12]i18n.Text{
	i18n.T("January"), i18n.T("February"), i18n.T("March"), i18n.T("April"),
	i18n.T("May"), i18n.T("June"), i18n.T("July"), i18n.T("August"),
	i18n.T("September"), i18n.T("October"), i18n.T("November"), i18n.T("December"),
}
