package content

import (
	"testing"
)

// TestPicture checks that the pictures of a body are found as front
// matter's image is: in the page bundle, then in static/.
func TestPicture(t *testing.T) {
	const front = "---\ntitle: Bài\ndate: 2023-06-02\nkind: news\n---\n"
	site, diags := load(t, map[string]string{
		"content/tin-tuc/2023/goi/index.md":   front,
		"content/tin-tuc/2023/goi/anh.jpg":    "jpeg",
		"content/tin-tuc/2023/goi/hình/ả.png": "png",
		"content/tin-tuc/2023/don.md":         front,
		"static/anh.jpg":                      "jpeg",
		"static/logo.svg":                     "<svg/>",
		"static/tai-lieu/huong-dan.pdf":       "%PDF",
	})
	if len(diags) > 0 {
		t.Fatalf("unexpected diagnostics:\n%v", diags)
	}
	articles := map[string]*Article{}
	for _, a := range site.Articles {
		articles[a.Slug] = a
	}
	bundle, single := articles["goi"], articles["don"]
	for _, tc := range []struct {
		a     *Article
		dest  string
		url   string // "" when not found
		named bool
	}{
		{bundle, "anh.jpg", "/tin-tuc/2023/goi/anh.jpg", true},
		{bundle, "./anh.jpg", "/tin-tuc/2023/goi/anh.jpg", true},
		{bundle, "h%C3%ACnh/%E1%BA%A3.png", "/tin-tuc/2023/goi/h%C3%ACnh/%E1%BA%A3.png", true},
		{bundle, "logo.svg", "/logo.svg", true},
		{bundle, "khac.jpg", "", true},
		{single, "anh.jpg", "/anh.jpg", true},
		{single, "tai-lieu/huong-dan.pdf?x#y", "/tai-lieu/huong-dan.pdf", true},
		{single, "hình/ả.png", "", true},
		{single, "/anh.jpg", "", false},
		{single, "../goi/anh.jpg", "", false},
		{single, "https://x.vn/anh.jpg", "", false},
		{single, "//x.vn/anh.jpg", "", false},
		{single, "data:image/png;base64,AAAA", "", false},
		{single, "", "", false},
	} {
		res, named := site.Picture(tc.a, tc.dest)
		got := ""
		if res != nil {
			got = res.URL
		}
		if got != tc.url || named != tc.named {
			t.Errorf("%s: Picture(%q) = %q, %v; want %q, %v", tc.a.Slug, tc.dest, got, named, tc.url, tc.named)
		}
	}
	names, static := site.Pictures(bundle)
	if len(names) != 2 || names[0] != "anh.jpg" || names[1] != "hình/ả.png" || len(static) != 2 {
		t.Errorf("Pictures = %q, %q", names, static)
	}
}
