package link

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"vinhdanh/internal/config"
	"vinhdanh/internal/content"
	"vinhdanh/internal/markdown"
	"vinhdanh/internal/publish"
)

// TestCheck checks each rule on a bundle and a single-file article,
// against a built site of a few files.
func TestCheck(t *testing.T) {
	const front = "---\ntitle: Bài\ndate: 2023-06-02\nkind: news\n---\n"
	fsys := fstest.MapFS{
		"site.yaml": {Data: []byte("title: T\n")},
		"content/tin-tuc/2023/goi/index.md": {Data: []byte(front +
			"![Ảnh](anh.jpg) ![Logo](logo.png) ![](anh.jpg) ![Mất](anh-hoi-nghi.jpg)\n" +
			"[Bài](../don/) [Mục](#ket-qua) [Mất](#ket-qua-2) [Bài](/tin-tuc/2023/do/) [Nguồn](../don.md)\n" +
			"[Web](https://x.vn/a) [thư](mailto:a@b.vn) [trống]() ![Ngoài](/anh/khac.png)\n")},
		"content/tin-tuc/2023/goi/anh.jpg": {Data: []byte("jpeg")},
		"content/tin-tuc/2023/don.md":      {Data: []byte(front + "![Logo](logo.png) ![Ảnh](anh.jpg) ![Ảnh](ảnh.jpg)\n")},
		"static/logo.png":                  {Data: []byte("png")},
	}
	cfg, diags := config.Load(fsys)
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	site, diags := content.Load(fsys, cfg, content.Options{Now: time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)})
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	md := markdown.New(markdown.Options{})
	refs := make([][]markdown.Reference, len(site.Articles))
	for i, a := range site.Articles {
		res, err := md.Render(a.Body)
		if err != nil {
			t.Fatal(err)
		}
		refs[i] = res.References
	}
	files := publish.NewMemory(nil)
	for name, data := range map[string]string{
		"tin-tuc/2023/goi/index.html": `<h2 id="ket-qua">Kết quả</h2>`, "tin-tuc/2023/goi/anh.jpg": "jpeg",
		"tin-tuc/2023/don/index.html": "", "logo.png": "png", "tin-tuc/2023/doi/index.html": "",
	} {
		if err := files.WriteRaw(name, []byte(data)); err != nil {
			t.Fatal(err)
		}
	}
	rep := Check(site, refs, files)
	const bundle, single = "content/tin-tuc/2023/goi/index.md", "content/tin-tuc/2023/don.md"
	want := []string{
		single + `:6:19: warning: missing image "anh.jpg": no file anh.jpg in static/; check the name, or make the article a page bundle (a folder with index.md) to keep its pictures beside it`,
		single + `:6:35: warning: missing image "ảnh.jpg": no file ảnh.jpg in static/; check the name, or make the article a page bundle (a folder with index.md) to keep its pictures beside it`,
		bundle + `:6:35: warning: image "anh.jpg" has no description: write what it shows between the brackets, as in ![Đại biểu dự hội nghị](anh.jpg), for readers who cannot see it`,
		bundle + `:6:48: warning: missing image "anh-hoi-nghi.jpg": no file anh-hoi-nghi.jpg in this article's folder or in static/; check the name (did you mean "anh.jpg"?)`,
		bundle + `:7:32: warning: link "#ket-qua-2": the page /tin-tuc/2023/goi/ has no part #ket-qua-2 (did you mean "ket-qua"?)`,
		bundle + `:7:50: warning: broken link "/tin-tuc/2023/do/": the site has no page or file /tin-tuc/2023/do/ (did you mean "/tin-tuc/2023/doi/"?)`,
		bundle + `:7:75: warning: link "../don.md" leads to a source file; link to the article's address instead: /tin-tuc/2023/don/`,
		bundle + `:8:44: warning: link with no address: write one between the parentheses, as in [text](/tin-tuc/2023/bai-viet/)`,
		bundle + `:8:54: warning: missing image "/anh/khac.png": the site has no file /anh/khac.png; put the image in the article's page bundle or in static/`,
	}
	var got []string
	for _, d := range rep.Diagnostics.Sort() {
		got = append(got, d.String())
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if rep.Internal != 13 || len(rep.Web) != 1 || rep.Web[0].URL != "https://x.vn/a" || rep.Web[0].Place != (Place{bundle, 8, 1}) {
		t.Errorf("%d inside the site, web %+v", rep.Internal, rep.Web)
	}
}
