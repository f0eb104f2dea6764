package themes_test

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"vinhdanh/internal/testsupport/chromium"
)

// searchSite is a small site with the cases search must get right: a road
// (đường) and a commendation (biểu dương); khen thưởng adjacent in one
// article and scattered in another; provinces, kinds and years to filter
// by; and more bulletins than a page of results holds.
func searchSite(t *testing.T) string {
	t.Helper()
	files := map[string]string{
		"site.yaml": "title: Trang thử\nbase_url: http://localhost/\n",
		"content/tin-tuc/2024/lam-duong.md": "---\ntitle: Làm đường giao thông nông thôn\ndate: 2024-03-01\nkind: news\nprovince: Nghệ An\n---\n" +
			"Xã mở rộng con đường liên thôn; mỗi con đường mới đều có đèn chiếu sáng.\n",
		"content/hoi-nghi/2023/bieu-duong.md": "---\ntitle: Biểu dương điển hình tiên tiến\ndate: 2023-06-01\nkind: conference\nprovince: Bắc Kạn\nperiod: \"2023\"\n---\n" +
			"Tỉnh biểu dương 45 tập thể, cá nhân có thành tích xuất sắc.\n",
		"content/tin-tuc/2023/thi-dua.md": "---\ntitle: Phát động phong trào thi đua\ndate: 2023-02-01\nkind: news\nprovince: Thái Nguyên\n---\n" +
			"Phong trào thi đua yêu nước lan rộng khắp tỉnh.\n",
		"content/tin-tuc/2022/khen-thuong.md": "---\ntitle: Kịp thời động viên người tốt\ndate: 2022-05-01\nkind: news\nprovince: Nghệ An\n---\n" +
			"UBND tỉnh khen thưởng 12 tập thể vì thành tích trong phòng chống bão lũ.\n",
		"content/tin-tuc/2022/tin-van.md": "---\ntitle: Tin vắn trong tuần\ndate: 2022-04-01\nkind: news\n---\n" +
			"Khen ngợi tinh thần của các tổ tự quản. Nhiều nội dung khác nhau ở giữa đoạn này. Cuối cùng là lễ trao giải thưởng.\n",
	}
	// Long province names, former ones among them, widen the filter.
	for i, place := range []string{"Thừa Thiên Huế", "Bà Rịa - Vũng Tàu"} {
		files[fmt.Sprintf("content/tin-tuc/2020/le-hoi-%d.md", i)] = fmt.Sprintf(
			"---\ntitle: Lễ hội văn hóa\ndate: 2020-05-0%d\nkind: news\nprovince: %s\n---\nLễ hội văn hóa truyền thống.\n", i+1, place)
	}
	for i := 1; i <= 7; i++ {
		files[fmt.Sprintf("content/tin-tuc/2021/ban-tin-%d.md", i)] = fmt.Sprintf(
			"---\ntitle: Bản tin số %d\ndate: 2021-01-%02d\nkind: news\n---\nBản tin tổng hợp hằng tuần.\n", i, i)
	}
	return serveFiles(t, files)
}

// searchPage opens the search page for query and filters and waits for its
// answer.
func searchPage(t *testing.T, ctx context.Context, base, query string) {
	t.Helper()
	chromium.Do(t, ctx, chromedp.Navigate(base+"/tim-kiem/?"+query))
	waitAnswer(t, ctx)
}

// waitAnswer waits until the search page says what it found.
func waitAnswer(t *testing.T, ctx context.Context) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`(s => s !== "" && s !== "Đang tìm…")(document.getElementById("search-status").textContent)`)); err != nil {
		t.Fatalf("the search page gave no answer: %v", err)
	}
}

// waitPath waits until the page at path has loaded, after an action that
// navigates.
func waitPath(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	var last string
	for range 100 {
		// Evaluating fails while the old page goes away; try again.
		got, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.readyState === "complete" ? location.pathname : ""`))
		if err == nil && got == path {
			return
		}
		last = got
		chromium.Do(t, ctx, chromedp.Sleep(50*time.Millisecond))
	}
	t.Fatalf("the browser is at %q, not %s", last, path)
}

func resultLinks(t *testing.T, ctx context.Context) []string {
	t.Helper()
	return chromium.Eval[[]string](t, ctx, `[...document.querySelectorAll("#search-results h2 a")].map(a => a.getAttribute("href"))`)
}

func status(t *testing.T, ctx context.Context) string {
	t.Helper()
	return chromium.Eval[string](t, ctx, `document.getElementById("search-status").textContent`)
}

func TestSearchFoldingAndTelex(t *testing.T) {
	base := searchSite(t)
	ctx := chromium.New(t, 1280, 900)
	for _, q := range []string{"thi dua", "thi ddua", "thi đua", "THI ĐUA"} {
		searchPage(t, ctx, base, "q="+url.QueryEscape(q))
		if got := resultLinks(t, ctx); !slices.Equal(got, []string{"/tin-tuc/2023/thi-dua/"}) {
			t.Errorf("%q found %v", q, got)
		}
		marks := chromium.Eval[[]string](t, ctx, `[...document.querySelectorAll("#search-results mark")].map(m => m.textContent)`)
		if !slices.Contains(marks, "thi") || !slices.Contains(marks, "đua") {
			t.Errorf("%q highlighted %v", q, marks)
		}
		if got := status(t, ctx); !strings.HasPrefix(got, "Tìm thấy 1 kết quả cho") {
			t.Errorf("%q: status %q", q, got)
		}
	}
}

func TestSearchRanking(t *testing.T) {
	base := searchSite(t)
	ctx := chromium.New(t, 1280, 900)
	searchPage(t, ctx, base, "q="+url.QueryEscape("đường"))
	if got := resultLinks(t, ctx); len(got) != 2 || got[0] != "/tin-tuc/2024/lam-duong/" || got[1] != "/hoi-nghi/2023/bieu-duong/" {
		t.Errorf("đường: %v, want the road first, then biểu dương", got)
	}
	searchPage(t, ctx, base, "q="+url.QueryEscape("dương"))
	if got := resultLinks(t, ctx); len(got) != 2 || got[0] != "/hoi-nghi/2023/bieu-duong/" {
		t.Errorf("dương: %v, want biểu dương first", got)
	}
	// Marks that no article has as typed: said so, with what is near.
	searchPage(t, ctx, base, "q="+url.QueryEscape("đương"))
	if got, st := resultLinks(t, ctx), status(t, ctx); len(got) != 2 || !strings.HasPrefix(st, "Không có kết quả cho “đương”; 2 kết quả gần đúng") {
		t.Errorf("đương: %v, status %q", got, st)
	}
	searchPage(t, ctx, base, "q="+url.QueryEscape("đường"))
	if st := status(t, ctx); !strings.HasPrefix(st, "Tìm thấy 2 kết quả") {
		t.Errorf("đường: status %q", st)
	}
	// A syllable the index lacks, one letter off: the nearest it holds.
	searchPage(t, ctx, base, "q="+url.QueryEscape("khen thuongg"))
	if got := chromium.Eval[string](t, ctx, `(a => a ? a.textContent + " " + a.getAttribute("href") : "")(document.querySelector(".search-suggest a"))`); !strings.HasPrefix(got, "thưởng") && !strings.HasPrefix(got, "khen thưởng") {
		t.Errorf("khen thuongg: the suggestion is %q", got)
	}
	searchPage(t, ctx, base, "q=khen+thuong")
	if got := resultLinks(t, ctx); !slices.Equal(got, []string{"/tin-tuc/2022/khen-thuong/", "/tin-tuc/2022/tin-van/"}) {
		t.Errorf("khen thuong: %v, want the adjacent words above the scattered ones", got)
	}
	searchPage(t, ctx, base, "q=kh%C3%B4ng+c%C3%B3+t%E1%BB%AB+n%C3%A0y")
	if got := status(t, ctx); !strings.HasPrefix(got, "Không tìm thấy kết quả nào") {
		t.Errorf("a query without results: status %q", got)
	}
}

// TestSearchFiltersAndURL narrows a search with each filter and checks
// that the URL keeps the search, so that reloading it restores it.
func TestSearchFiltersAndURL(t *testing.T) {
	base := searchSite(t)
	ctx := chromium.New(t, 1280, 900)
	searchPage(t, ctx, base, "q="+url.QueryEscape("tỉnh"))
	// tỉnh, and tinh (thần) after it.
	all := resultLinks(t, ctx)
	if len(all) != 4 || all[3] != "/tin-tuc/2022/tin-van/" {
		t.Fatalf("tỉnh found %v", all)
	}
	choose := func(id, value string) {
		t.Helper()
		// Twice at once, as a reader changing a filter quickly does: the
		// first answer must not mix into the second.
		chromium.Eval[bool](t, ctx, fmt.Sprintf(`(e => (e.value = %q, e.dispatchEvent(new Event("change")), e.dispatchEvent(new Event("change"))))(document.getElementById(%q))`, value, id))
		waitAnswer(t, ctx)
	}
	for _, c := range []struct {
		id, value string
		want      []string
	}{
		{"search-tinh", "nghe-an", []string{"/tin-tuc/2022/khen-thuong/"}},
		{"search-tinh", "", all},
		{"search-loai", "0", []string{"/hoi-nghi/2023/bieu-duong/"}},
		{"search-loai", "", all},
		{"search-nam", "2023", []string{"/hoi-nghi/2023/bieu-duong/", "/tin-tuc/2023/thi-dua/"}},
	} {
		choose(c.id, c.value)
		got := resultLinks(t, ctx)
		slices.Sort(got)
		want := slices.Sorted(slices.Values(c.want))
		if !slices.Equal(got, want) {
			t.Errorf("%s=%q: %v, want %v", c.id, c.value, got, want)
		}
	}
	location, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(location, "q=t%E1%BB%89nh") || !strings.Contains(location, "nam=2023") || strings.Contains(location, "tinh=") {
		t.Errorf("the URL does not hold the search: %s", location)
	}
	chromium.Do(t, ctx, chromedp.Reload())
	waitAnswer(t, ctx)
	if got := resultLinks(t, ctx); len(got) != 2 {
		t.Errorf("after a reload: %v", got)
	}
	if q, year := chromium.Eval[string](t, ctx, `document.getElementById("search-q").value`), chromium.Eval[string](t, ctx, `document.getElementById("search-nam").value`); q != "tỉnh" || year != "2023" {
		t.Errorf("after a reload the form holds %q and %q", q, year)
	}
}

// TestSearchKeyboard searches from a page's header and opens a result, and
// shows more results, with the keyboard alone.
func TestSearchKeyboard(t *testing.T) {
	base := searchSite(t)
	ctx := chromium.New(t, 1280, 900)
	chromium.Do(t, ctx, chromedp.Navigate(base+"/tin-tuc/2024/lam-duong/"))
	focusByTab := func(selector string) {
		t.Helper()
		for range 40 {
			chromium.Do(t, ctx, chromedp.KeyEvent(kb.Tab))
			if chromium.Eval[bool](t, ctx, fmt.Sprintf(`document.activeElement === document.querySelector(%q)`, selector)) {
				return
			}
		}
		t.Fatalf("Tab never reached %s", selector)
	}
	focusByTab("header input[name=q]")
	chromium.Do(t, ctx, chromedp.KeyEvent("thi ddua"), chromedp.KeyEvent(kb.Enter))
	waitPath(t, ctx, "/tim-kiem/")
	waitAnswer(t, ctx)
	if got := resultLinks(t, ctx); !slices.Equal(got, []string{"/tin-tuc/2023/thi-dua/"}) {
		t.Fatalf("the header's search found %v", got)
	}
	focusByTab("#search-results h2 a")
	chromium.Do(t, ctx, chromedp.KeyEvent(kb.Enter))
	waitPath(t, ctx, "/tin-tuc/2023/thi-dua/")

	// More results than a page holds: the button shows the rest.
	searchPage(t, ctx, base, "q="+url.QueryEscape("bản tin"))
	if got := resultLinks(t, ctx); len(got) != 5 {
		t.Fatalf("the first page shows %d results", len(got))
	}
	focusByTab("#search-more")
	chromium.Do(t, ctx, chromedp.KeyEvent(kb.Enter), chromedp.KeyEvent(kb.Enter)) // the second before the page arrives
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelectorAll("#search-results li").length === 7`)); err != nil {
		t.Fatalf("the button did not show the seventh result: %v", err)
	}
	if !chromium.Eval[bool](t, ctx, `document.getElementById("search-more").hidden`) {
		t.Error("the button stays when every result is shown")
	}
}

// TestSearchWithoutJavaScript checks the search page's message without
// JavaScript, and that every page's header has a search box that works
// without it (a plain form that opens the search page).
func TestSearchWithoutJavaScript(t *testing.T) {
	base := searchSite(t)
	ctx := chromium.New(t, 1280, 900)
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	for _, page := range []string{"/", "/tin-tuc/", "/tin-tuc/2023/thi-dua/", "/tinh/nghe-an/", "/tim-kiem/"} {
		chromium.Do(t, ctx, chromedp.Navigate(base+page))
		action := chromium.Eval[string](t, ctx, `(f => f ? f.getAttribute("action") + " " + f.method + " " + !!f.querySelector("input[name=q]") : "")(document.querySelector("header form[role=search]"))`)
		if action != "/tim-kiem/ get true" {
			t.Errorf("%s: header search form = %q", page, action)
		}
	}
	chromium.Do(t, ctx, chromedp.Navigate(base+"/tim-kiem/?q=thi+dua"))
	message := chromium.Eval[string](t, ctx, `(p => p.offsetParent !== null ? p.textContent : "")(document.getElementById("search-noscript"))`)
	if !strings.Contains(message, "JavaScript") {
		t.Errorf("without JavaScript the search page says %q", message)
	}
	if chromium.Eval[bool](t, ctx, `document.getElementById("search-form").offsetParent !== null`) {
		t.Error("the search form, which needs JavaScript, is shown without it")
	}
}

// TestSearchPageFitsAPhone checks that the search page, filters and
// results included, needs no sideways scrolling on a phone.
func TestSearchPageFitsAPhone(t *testing.T) {
	base := searchSite(t)
	ctx := chromium.New(t, 360, 740)
	searchPage(t, ctx, base, "q="+url.QueryEscape("tỉnh")+"&tinh=bac-kan")
	if over := chromium.Eval[int](t, ctx, `document.documentElement.scrollWidth - document.documentElement.clientWidth`); over > 0 {
		t.Errorf("the search page is %d px wider than a 360 px phone", over)
	}
}

// TestSearchFrontMatter: what front matter says is found, weighted above a
// body that only mentions it: an award named only in awards, a decision
// by its number, a person by the honourees' list.
func TestSearchFrontMatter(t *testing.T) {
	base := serveFiles(t, map[string]string{
		"site.yaml": "title: Trang thử\nbase_url: http://localhost/\n",
		"content/quyet-dinh/2024/qd-946.md": "---\ntitle: Tặng thưởng cho các nhà giáo tiêu biểu\ndate: 2024-11-18\nkind: decision\nprovince: Nghệ An\n" +
			"awards: [Huân chương Lao động hạng Ba]\ndecision:\n  number: 946/QĐ-UBND\n  honourees:\n    - {name: Lò Thị Hoa, unit: Trường Tiểu học Mỹ Lý}\n    - Trường Tiểu học Mỹ Lý\n---\nNội dung quyết định.\n",
		"content/quyet-dinh/2023/qd-1020.md": "---\ntitle: Tặng bằng khen năm học 2022-2023\ndate: 2023-06-01\nkind: decision\nprovince: Nghệ An\n" +
			"awards: [Bằng khen của Chủ tịch UBND tỉnh]\ndecision:\n  number: 1020/QĐ-UBND\n  honourees: [Lò Thị Hoa, Trường Tiểu học Mỹ Lý, Nguyễn Văn Bình]\n---\nNội dung quyết định.\n",
		"content/tin-tuc/2024/nhac-den.md": "---\ntitle: Tin vắn giáo dục\ndate: 2024-11-20\nkind: news\n---\n" +
			"Bản tin nhắc đến văn bản số 946 của tỉnh và một lao động trẻ.\n",
		"content/tin-tuc/2023/khac.md": "---\ntitle: Hội thi giáo viên dạy giỏi\ndate: 2023-05-01\nkind: news\n---\nHội thi diễn ra sôi nổi.\n",
	})
	ctx := chromium.New(t, 1280, 900)
	for q, want := range map[string]string{
		"huân chương lao động": "/quyet-dinh/2024/qd-946/",
		"946/QĐ-UBND":          "/quyet-dinh/2024/qd-946/",
		"QĐ 946":               "/quyet-dinh/2024/qd-946/",
		"Lò Thị Hoa":           "/vinh-danh/lo-thi-hoa-nghe-an/",
		"lo thi hoa":           "/vinh-danh/lo-thi-hoa-nghe-an/",
		"Nguyễn Văn Bình":      "/quyet-dinh/2023/qd-1020/",
	} {
		searchPage(t, ctx, base, "q="+url.QueryEscape(q))
		if got := resultLinks(t, ctx); len(got) == 0 || got[0] != want {
			t.Errorf("%s: %v, want %s first", q, got, want)
		}
	}
	// Why a result matched, when its title does not say.
	why := func() []string {
		return chromium.Eval[[]string](t, ctx, `[...document.querySelectorAll("#search-results .card-why")].map(p => p.textContent)`)
	}
	searchPage(t, ctx, base, "q="+url.QueryEscape("huân chương lao động"))
	if got := why(); len(got) == 0 || got[0] != "Khen thưởng: Huân chương Lao động hạng Ba" {
		t.Errorf("huân chương lao động: reasons %q", got)
	}
	searchPage(t, ctx, base, "q="+url.QueryEscape("Lò Thị Hoa"))
	if got := resultLinks(t, ctx); !slices.Equal(got, []string{"/vinh-danh/lo-thi-hoa-nghe-an/", "/quyet-dinh/2024/qd-946/", "/quyet-dinh/2023/qd-1020/"}) {
		t.Errorf("Lò Thị Hoa: %v, want her page, then both decisions", got)
	}
	if got := why(); !slices.Contains(got, "Có tên trong danh sách khen thưởng: Lò Thị Hoa") {
		t.Errorf("Lò Thị Hoa: reasons %q", got)
	}
	// The filter: individuals, collectives.
	searchPage(t, ctx, base, "q="+url.QueryEscape("Mỹ Lý")+"&loai=5")
	if got := resultLinks(t, ctx); !slices.Equal(got, []string{"/vinh-danh/truong-tieu-hoc-my-ly-nghe-an/"}) {
		t.Errorf("Mỹ Lý among collectives: %v", got)
	}
	searchPage(t, ctx, base, "q="+url.QueryEscape("Mỹ Lý")+"&loai=4")
	if got := resultLinks(t, ctx); !slices.Equal(got, []string{"/vinh-danh/lo-thi-hoa-nghe-an/"}) {
		t.Errorf("Mỹ Lý among individuals: %v (her unit)", got)
	}
}

// TestDemoSearch is the honour roll's search on the demo site, served as
// by a host without HTTP ranges: a name from an annex finds the person's
// page first, which lists every decision naming her; one honoured once
// finds the decision, saying why; an award finds the articles given it;
// a decision's number finds it first.
func TestDemoSearch(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the demo site and starts Chromium")
	}
	dest := buildDemo(t)
	base := serveDir(t, dest)
	// The decisions whose lists name Lương Thị Hoa, read from the pages.
	var naming []string
	pages, _ := filepath.Glob(filepath.Join(dest, "quyet-dinh", "*", "*", "index.html"))
	for _, p := range pages {
		if data, err := os.ReadFile(p); err == nil && strings.Contains(string(data), `id="vd-luong-thi-hoa"`) {
			rel, _ := filepath.Rel(dest, filepath.Dir(p))
			naming = append(naming, "/"+filepath.ToSlash(rel)+"/")
		}
	}
	if len(naming) < 2 {
		t.Fatalf("the demo's lists name Lương Thị Hoa in %v, want two decisions at least", naming)
	}
	ctx := chromium.New(t, 1280, 900)
	for _, q := range []string{"Lương Thị Hoa", "luong thi hoa", "Luwowng Thij Hoa"} {
		searchPage(t, ctx, base, "q="+url.QueryEscape(q))
		if got := resultLinks(t, ctx); len(got) == 0 || got[0] != "/vinh-danh/luong-thi-hoa-nghe-an/" {
			t.Errorf("%s: %v, want her page first", q, got)
		}
	}
	chromium.Do(t, ctx, chromedp.Navigate(base+"/vinh-danh/luong-thi-hoa-nghe-an/"))
	links := chromium.Eval[[]string](t, ctx, `[...document.querySelectorAll("main a")].map(a => a.pathname)`)
	for _, d := range naming {
		if !slices.Contains(links, d) {
			t.Errorf("her page does not link to %s, whose list names her", d)
		}
	}

	searchPage(t, ctx, base, "q="+url.QueryEscape("Hoàng Thị Thu Hương"))
	if got := resultLinks(t, ctx); len(got) == 0 || got[0] != "/quyet-dinh/2020/nghe-an-tang-danh-hieu-chien-si-thi-dua-cap-tinh/" {
		t.Errorf("Hoàng Thị Thu Hương (honoured once): %v, want decision 1543 first", got)
	}
	if got := chromium.Eval[string](t, ctx, `document.querySelector("#search-results .card-why")?.textContent || ""`); got != "Có tên trong danh sách khen thưởng: Hoàng Thị Thu Hương" {
		t.Errorf("Hoàng Thị Thu Hương: reason %q", got)
	}

	searchPage(t, ctx, base, "q="+url.QueryEscape("huân chương lao động"))
	got := resultLinks(t, ctx)
	for _, want := range []string{"/quyet-dinh/2024/chu-tich-nuoc-tang-thuong-huan-chuong-lao-dong/", "/hoi-nghi/2020/dai-hoi-thi-dua-yeu-nuoc-tinh-nghe-an-lan-thu-v/"} {
		if i := slices.Index(got, want); i < 0 || i > 2 {
			t.Errorf("huân chương lao động: %v, want %s among the first three", got, want)
		}
	}

	searchPage(t, ctx, base, "q="+url.QueryEscape("1543/QĐ-UBND"))
	if got := resultLinks(t, ctx); len(got) == 0 || got[0] != "/quyet-dinh/2020/nghe-an-tang-danh-hieu-chien-si-thi-dua-cap-tinh/" {
		t.Errorf("1543/QĐ-UBND: %v, want that decision first", got)
	}
}
