package vietnamese_test

import (
	"fmt"
	"time"

	"vinhdanh/internal/vietnamese"
)

// Slug makes an address part: marks dropped, đ as d, words joined by hyphens.
func ExampleSlug() {
	fmt.Println(vietnamese.Slug("Hội nghị điển hình tiên tiến tỉnh Đắk Lắk"))
	fmt.Println(vietnamese.Slug("Huân chương Lao động hạng Ba"))
	// Output:
	// hoi-nghi-dien-hinh-tien-tien-tinh-dak-lak
	// huan-chuong-lao-dong-hang-ba
}

// Fold is what search compares: lower case, no marks, đ as d, so that a
// query typed without marks finds the text that has them.
func ExampleFold() {
	fmt.Println(vietnamese.Fold("Thi đua YÊU NƯỚC"))
	fmt.Println(vietnamese.Fold("Thi đua YÊU NƯỚC") == vietnamese.Fold("thi dua yeu nuoc"))
	// Output:
	// thi dua yeu nuoc
	// true
}

// ParseDate reads a date as editors write it, in the site's time zone when
// it names none.
func ExampleParseDate() {
	loc, _ := time.LoadLocation("Asia/Ho_Chi_Minh")
	for _, s := range []string{"2023-06-02", "02/06/2023 9h30", "08:45:26 22/12/2020", "9 giờ ngày 02/06/2023"} {
		t, err := vietnamese.ParseDate(s, loc)
		fmt.Println(t.Format(time.RFC3339), err)
	}
	_, err := vietnamese.ParseDate("31/02/2023", loc)
	fmt.Println(err)
	// Output:
	// 2023-06-02T00:00:00+07:00 <nil>
	// 2023-06-02T09:30:00+07:00 <nil>
	// 2020-12-22T08:45:26+07:00 <nil>
	// 2023-06-02T09:00:00+07:00 <nil>
	// "31/02/2023" is not a date: February 2023 has 28 days
}
