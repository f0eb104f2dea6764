package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"vinhdanh/bench/corpus"
	"vinhdanh/internal/build"
	"vinhdanh/internal/config"
	"vinhdanh/internal/content"
	"vinhdanh/internal/index"
	"vinhdanh/internal/metadata"
	"vinhdanh/internal/vietnamese"
)

// testArticles is the size of the generated site the tests convert: enough
// for every taxonomy, several pages of each kind, and a few aliases.
const testArticles = 400

// site is a generated vinhdanh site with its Hugo counterpart.
type site struct {
	source, hugo string
	cfg          *config.Site
	idx          *index.Index
}

// convertCorpus generates a site, converts it, and loads it again the way
// the converter does, for the expected values.
func convertCorpus(t *testing.T) *site {
	t.Helper()
	dir := t.TempDir()
	s := &site{source: filepath.Join(dir, "site"), hugo: filepath.Join(dir, "hugo")}
	if err := corpus.WriteDir(s.source, corpus.Options{Articles: testArticles}); err != nil {
		t.Fatal(err)
	}
	st, err := Convert(s.source, s.hugo, Options{RelatedCardinality: DefaultRelatedCardinality})
	if err != nil {
		t.Fatal(err)
	}
	fsys := os.DirFS(s.source)
	cfg, diags := config.Load(fsys)
	if errs := diags.Errors(false); len(errs) > 0 {
		t.Fatal(errs)
	}
	now, err := vietnamese.ParseDate(DefaultNow, cfg.Location)
	if err != nil {
		t.Fatal(err)
	}
	loaded, diags := content.Load(fsys, cfg, content.Options{Now: now})
	if errs := diags.Errors(false); len(errs) > 0 {
		t.Fatal(errs)
	}
	s.cfg, s.idx = cfg, index.Build(loaded.Articles, cfg.Registry)
	if st.Articles != len(s.idx.Articles) || st.Articles < testArticles*9/10 {
		t.Fatalf("Convert wrote %d articles, the site publishes %d", st.Articles, len(s.idx.Articles))
	}
	return s
}

// readFrontMatter reads the front matter and body of a content file.
func readFrontMatter(t *testing.T, name string) (*metadata.Node, []byte) {
	t.Helper()
	src, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := metadata.Split(src)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if doc.Format != metadata.YAML {
		t.Fatalf("%s: front matter in %s, want YAML", name, doc.Format)
	}
	node, err := metadata.Parse(metadata.YAML, doc.FrontMatter, metadata.Pos{Line: 2, Col: 1})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return node, doc.Body
}

// listOf returns the scalar items of a list node.
func listOf(n *metadata.Node) []string {
	if n == nil {
		return nil
	}
	var out []string
	for _, item := range n.Items {
		out = append(out, item.Value)
	}
	return out
}

// pagesOf maps each article to the slugs of the pages of one family that
// list it, as vinhdanh's index arranges them.
func pagesOf[P any](pages []P, slug func(P) string, articles func(P) []*content.Article) map[*content.Article][]string {
	out := map[*content.Article][]string{}
	for _, p := range pages {
		for _, a := range articles(p) {
			out[a] = append(out[a], slug(p))
		}
	}
	return out
}

func TestFrontMatter(t *testing.T) {
	s := convertCorpus(t)
	provinces := pagesOf(s.idx.Provinces.Pages, (*index.ProvincePage).Slug, func(p *index.ProvincePage) []*content.Article { return p.Articles })
	periods := pagesOf(s.idx.Periods, func(p *index.PeriodPage) string { return periodSlug(p.Period) }, func(p *index.PeriodPage) []*content.Article { return p.Articles })
	tags := pagesOf(s.idx.Tags, func(p *index.TermPage) string { return p.Slug }, func(p *index.TermPage) []*content.Article { return p.Articles })
	awards := pagesOf(s.idx.Awards, func(p *index.AwardPage) string { return p.Award.Slug }, func(p *index.AwardPage) []*content.Article { return p.Articles })
	clusters := pagesOf(s.idx.Clusters, func(p *index.ClusterPage) string { return p.Cluster.Slug }, func(p *index.ClusterPage) []*content.Article { return p.Articles })
	sameSet := func(a, b []string) bool {
		a, b = slices.Sorted(slices.Values(a)), slices.Sorted(slices.Values(b))
		return slices.Equal(a, b)
	}
	seen := map[string]bool{}
	for _, a := range s.idx.Articles {
		name := filepath.Join(s.hugo, "content", filepath.FromSlash(strings.Trim(a.URL, "/"))+".md")
		fm, body := readFrontMatter(t, name)
		get := func(key string) string { return fm.Get(key).Value }
		if get("title") != a.Title || get("url") != a.URL || get("article_kind") != string(a.Kind) {
			t.Errorf("%s: title %q, url %q, article_kind %q; want %q, %q, %q", name,
				get("title"), get("url"), get("article_kind"), a.Title, a.URL, a.Kind)
		}
		if date, err := time.Parse(time.RFC3339, get("date")); err != nil || !date.Equal(a.Date) {
			t.Errorf("%s: date %q, want %v", name, get("date"), a.Date)
		}
		if get("summary") == "" {
			t.Errorf("%s: no summary", name)
		}
		if !bytes.Equal(body, a.Body) {
			t.Errorf("%s: the body differs from %s's", name, a.Path)
		}
		checks := []struct {
			key  string
			want []string
		}{
			{taxProvince, provinces[a]},
			{taxYear, []string{strconv.Itoa(a.Date.Year())}},
			{taxMonth, []string{a.Date.Format("2006/01")}},
			{taxPeriod, periods[a]},
			{taxTag, tags[a]},
			{taxAward, awards[a]},
			{taxCluster, clusters[a]},
			{"aliases", a.Aliases},
		}
		for _, c := range checks {
			if got := listOf(fm.Get(c.key)); !sameSet(got, c.want) {
				t.Errorf("%s: %s = %q, want %q", name, c.key, got, c.want)
			}
			seen[c.key] = seen[c.key] || len(c.want) > 0
		}
		if a.Decision != nil && fm.Get("decision").Get("number").Value != a.Decision.Number.String() {
			t.Errorf("%s: decision number %q, want %q", name, fm.Get("decision").Get("number").Value, a.Decision.Number)
		}
	}
	for _, key := range []string{taxProvince, taxYear, taxMonth, taxPeriod, taxTag, taxAward, taxCluster, "aliases"} {
		if !seen[key] {
			t.Errorf("no article has %s: the corpus does not exercise it", key)
		}
	}

	// Every list page of vinhdanh has a term page with its title.
	terms := map[string]string{
		"tinh/" + index.NationalSlug:                       "Trung ương",
		"chu-de/" + s.idx.Tags[0].Slug:                     s.idx.Tags[0].Name,
		"khen-thuong/" + s.idx.Awards[0].Award.Slug:        s.idx.Awards[0].Award.Name,
		"giai-doan/" + periodSlug(s.idx.Periods[0].Period): "Giai đoạn " + periodSlug(s.idx.Periods[0].Period),
	}
	for _, y := range s.idx.Years {
		terms[fmt.Sprintf("nam/%d", y.Year)] = fmt.Sprintf("Năm %d", y.Year)
		for _, m := range y.Months {
			terms[fmt.Sprintf("thang/%d/%02d", m.Year, m.Month)] = fmt.Sprintf("Tháng %d/%d", m.Month, m.Year)
		}
	}
	for _, p := range s.idx.Provinces.Pages {
		if p.Unit != nil {
			terms["tinh/"+p.Unit.Slug] = p.Unit.Name
		}
	}
	for _, c := range s.idx.Clusters {
		terms["cum-thi-dua/"+c.Cluster.Slug] = c.Cluster.Name
	}
	for dir, title := range terms {
		fm, _ := readFrontMatter(t, filepath.Join(s.hugo, "content", filepath.FromSlash(dir), "_index.md"))
		if got := fm.Get("title").Value; got != title {
			t.Errorf("%s: title %q, want %q", dir, got, title)
		}
	}
}

func TestConvertReplacesOnlyItsOwnOutput(t *testing.T) {
	source, out, other := t.TempDir(), t.TempDir(), t.TempDir()
	if err := corpus.WriteDir(source, corpus.Options{Articles: 10}); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if _, err := Convert(source, out, Options{}); err != nil {
			t.Fatalf("converting into a new folder, then into the same again: %v", err)
		}
	}
	notes := filepath.Join(other, "notes.txt")
	if err := os.WriteFile(notes, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Convert(source, other, Options{}); err == nil || !strings.Contains(err.Error(), "not written by hugosite") {
		t.Fatalf("Convert into a folder it did not make: %v", err)
	}
	if _, err := os.Stat(notes); err != nil {
		t.Fatal("Convert removed a file it did not write")
	}
}

// countLine is the count paragraph of a list page, which vinhdanh's theme
// and the Hugo layouts both write ("86 bài viết · Trang 1 / 5").
var countLine = regexp.MustCompile(`<p class="?count"?>([^<]*)</p>`)

func TestHugoBuildsTheSamePages(t *testing.T) {
	hugo, err := exec.LookPath("hugo")
	if err != nil {
		if os.Getenv("VINHDANH_HUGO_TESTS") == "required" {
			t.Fatal("hugo is not installed (the Debian package hugo), and VINHDANH_HUGO_TESTS=required")
		}
		t.Skip("hugo is not installed (the Debian package hugo)")
	}
	s := convertCorpus(t)
	hugoOut := filepath.Join(t.TempDir(), "public")
	cmd := exec.Command(hugo, "--source", s.hugo, "--destination", hugoOut, "--cacheDir", t.TempDir(), "--minify")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("hugo: %v\n%s", err, out)
	}
	if bytes.Contains(out, []byte("WARN")) || bytes.Contains(out, []byte("ERROR")) {
		t.Errorf("hugo printed warnings:\n%s", out)
	}
	vinhdanhOut := filepath.Join(t.TempDir(), "public")
	if _, err := build.Run(build.Options{Source: s.source, Dest: vinhdanhOut, NowText: DefaultNow}); err != nil {
		t.Fatal(err)
	}

	// Every page and feed vinhdanh writes, Hugo writes at the same path:
	// articles, lists with their numbered pages and RSS feeds, directories,
	// aliases, the archive, search page, 404 page, Atom feed, sitemaps and
	// robots.txt. Not compared: the search index, and the stylesheet and
	// scripts, which Hugo fingerprints into their names.
	var pages []string
	err = filepath.WalkDir(vinhdanhOut, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel := filepath.ToSlash(p[len(vinhdanhOut)+1:])
		switch ext := filepath.Ext(rel); {
		case rel == "robots.txt", ext == ".html", ext == ".xml":
			pages = append(pages, rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, rel := range pages {
		if _, err := os.Stat(filepath.Join(hugoOut, filepath.FromSlash(rel))); err != nil {
			t.Errorf("vinhdanh writes %s, Hugo does not", rel)
		}
	}
	// The pages of each family are there, so the comparison above covered
	// them.
	mustHave := []string{"index.html", "trang/2/index.html", "index.xml", "atom.xml", "sitemap.xml", "news-sitemap.xml",
		"robots.txt", "404.html", "luu-tru/index.html", "tim-kiem/index.html", "tinh/index.html", "chu-de/index.html",
		"khen-thuong/index.html", "cum-thi-dua/index.html"}
	for _, k := range content.Kinds {
		mustHave = append(mustHave, k.Section()+"/index.html", k.Section()+"/index.xml")
	}
	mustHave = append(mustHave, "hoi-nghi/trang/2/index.html")
	for _, a := range s.idx.Articles {
		mustHave = append(mustHave, strings.TrimPrefix(a.URL, "/")+"index.html")
		for _, alias := range a.Aliases {
			mustHave = append(mustHave, strings.TrimPrefix(alias, "/"))
		}
	}
	for _, prefix := range []string{"tinh/", "nam/", "giai-doan/", "chu-de/", "khen-thuong/", "cum-thi-dua/"} {
		found := 0
		for _, rel := range pages {
			if strings.HasPrefix(rel, prefix) && strings.Count(rel, "/") == 2 && strings.HasSuffix(rel, "/index.html") {
				found++
				mustHave = append(mustHave, strings.TrimSuffix(rel, ".html")+".xml")
			}
		}
		if found == 0 {
			t.Errorf("vinhdanh writes no term page under %s", prefix)
		}
	}
	m := s.idx.Years[0].Months[0]
	mustHave = append(mustHave, fmt.Sprintf("nam/%d/%02d/index.html", m.Year, m.Month), fmt.Sprintf("nam/%d/%02d/index.xml", m.Year, m.Month))
	for _, rel := range mustHave {
		if !slices.Contains(pages, rel) {
			t.Errorf("vinhdanh does not write %s", rel)
		}
		if _, err := os.Stat(filepath.Join(hugoOut, filepath.FromSlash(rel))); err != nil {
			t.Errorf("Hugo does not write %s", rel)
		}
	}

	// Each list page counts the same articles and pages in both.
	counted := 0
	for _, rel := range pages {
		if !strings.HasSuffix(rel, "index.html") {
			continue
		}
		want := countOf(t, filepath.Join(vinhdanhOut, rel))
		if want == "" {
			continue
		}
		counted++
		if got := countOf(t, filepath.Join(hugoOut, rel)); got != want {
			t.Errorf("%s: Hugo counts %q, vinhdanh %q", rel, got, want)
		}
	}
	if counted < 100 {
		t.Errorf("only %d list pages have a count", counted)
	}
	t.Logf("%d pages and feeds of vinhdanh found in Hugo's output, %d list pages counting the same", len(pages), counted)

	// An article page has what vinhdanh's has.
	article, err := os.ReadFile(filepath.Join(hugoOut, strings.TrimPrefix(s.idx.Articles[0].URL, "/"), "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"@type":"NewsArticle"`, `"@type":"BreadcrumbList"`, `rel=canonical`, `og:title`,
		`class="breadcrumbs`, `class=kicker`, `class=related`, `class=prevnext`, `class=site-footer`} {
		if !bytes.Contains(article, []byte(want)) {
			t.Errorf("the newest article's page has no %s", want)
		}
	}
}

// countOf returns the count paragraph of the page at name, or "".
func countOf(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if m := countLine.FindSubmatch(data); m != nil {
		return string(m[1])
	}
	return ""
}
