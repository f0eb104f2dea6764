package sitetest

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// articleTexts are the sentences the articles of Articles are made of.
var articleTexts = []string{
	"Phong trào thi đua yêu nước được triển khai sâu rộng ở các cơ quan, đơn vị.",
	"Nhiều tập thể, cá nhân tiêu biểu được tặng Bằng khen vì thành tích xuất sắc.",
	"Đại diện các điển hình tiên tiến bày tỏ niềm vinh dự và cam kết tiếp tục phấn đấu.",
	"Mô hình hay, cách làm hiệu quả được nhân rộng trong toàn tỉnh.",
	"Hội nghị đề ra phương hướng, nhiệm vụ công tác thi đua, khen thưởng năm tới.",
}

// articleProvinces and articleTags are spread over the articles, so that
// a site of Articles has province and tag pages to list.
var (
	articleProvinces = []string{"Hà Nội", "Cao Bằng", "Lạng Sơn", "Đà Nẵng", "Cần Thơ"}
	articleTags      = []string{"khen thưởng", "thi đua", "điển hình tiên tiến", "giáo dục"}
)

// Articles writes a site of n news articles into a new temporary folder,
// removed when the test ends, and returns the folder: for tests that need
// a site of some size rather than particular files. Article i (from 1) is
// content/tin-tuc/<year>/bai-<i>.md, dated from 2020 to 2024; line 4 of
// each file is `kind: "news"`. The site builds with no warning. (The
// benchmarks' realistic sites come from the bench module's corpus.)
func Articles(t testing.TB, n int) string {
	t.Helper()
	files := map[string]string{
		"site.yaml": "title: \"Trang thử\"\nbase_url: \"https://example.vn/\"\nlanguage: vi\ntimezone: Asia/Ho_Chi_Minh\n",
	}
	for i := 1; i <= n; i++ {
		year := 2020 + i%5
		var body strings.Builder
		for p := range 3 {
			for s := range 4 {
				body.WriteString(articleTexts[(i+p+s)%len(articleTexts)])
				body.WriteByte(' ')
			}
			body.WriteString("\n\n")
		}
		files[fmt.Sprintf("content/tin-tuc/%d/bai-%d.md", year, i)] = fmt.Sprintf(
			"---\ntitle: \"Tin thi đua số %d\"\ndate: \"%d-%02d-%02d 09:00\"\nkind: \"news\"\nprovince: %q\ntags:\n  - %q\n---\n\n%s",
			i, year, 1+i%12, 1+i%28, articleProvinces[i%len(articleProvinces)], articleTags[i%len(articleTags)], body.String())
	}
	dir := t.TempDir()
	for name, data := range files {
		writeFile(t, filepath.Join(dir, filepath.FromSlash(name)), []byte(data))
	}
	return dir
}
