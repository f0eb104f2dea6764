// Package vietnamese implements the conventions of Vietnamese text that the
// rest of vinhdanh relies on: folding, slugs, collation, dates and periods.
//
// Folding maps each character to one character: lower case, tone and vowel
// marks removed, and đ (also Đ and the look-alike Ð) to d, so "Đường" folds to
// "duong". NFD decomposition alone would leave đ intact; the fold table here
// does not. Combining marks are dropped. Every Vietnamese letter has a
// precomposed form, so on NFC Vietnamese text folding is one code point to
// one code point, and an offset in folded text is an offset in the original,
// which search highlighting relies on; a combining mark that NFC cannot
// compose (as on "q́") is the exception that shortens the text.
//
// Slugs are ASCII: the folded text with every run of other characters turned
// into one hyphen ("Bà Rịa - Vũng Tàu" -> "ba-ria-vung-tau").
//
// Collation follows the Vietnamese alphabet (a ă â b c d đ e ê ...), with
// tones after base letters, as golang.org/x/text/collate implements it, with
// byte order as the final tie-break so that sorting is total and
// deterministic: "Cà Mau" < "Cao Bằng" < "Cần Thơ", and every "Đ..." after
// every "D...".
//
// Dates are read day first ("02/06/2023", "08:45:26 22/12/2020", with times
// also as "9h00", "9h" and "9 giờ 30 phút", before or after the day), or as ISO
// 8601 and RFC 3339, in a given time zone when they carry none, and are shown
// as "Thứ Sáu, 02/06/2023 09:00". Periods are single years or year ranges
// written with any dash ("2021 – 2025").
package vietnamese
