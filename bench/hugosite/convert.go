package main

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"text/template"
	"time"

	"vinhdanh/internal/build"
	"vinhdanh/internal/config"
	"vinhdanh/internal/content"
	"vinhdanh/internal/index"
	"vinhdanh/internal/sitefs"
	"vinhdanh/internal/vietnamese"
	"vinhdanh/themes"
)

// DefaultNow is the moment the benchmarks build at: vinhdanh build --now.
const DefaultNow = "2026-11-21"

// marker is the file that marks a folder as hugosite's output.
const marker = ".hugosite"

// The taxonomies of the Hugo site, by their plural: the first segment of
// their pages' URLs and their front matter key.
const (
	taxProvince = "tinh"
	taxYear     = "nam"
	taxMonth    = "thang"
	taxPeriod   = "giai-doan"
	taxTag      = "chu-de"
	taxAward    = "khen-thuong"
	taxCluster  = "cum-thi-dua"
)

// kindTitles are the titles of the kinds' sections, as vinhdanh's default
// theme names them.
var kindTitles = map[content.Kind]string{
	content.Conference: "Hội nghị",
	content.Exemplar:   "Điển hình",
	content.Decision:   "Quyết định",
	content.News:       "Tin tức",
}

// skeleton holds the layouts, strings and configuration template written
// into every Hugo site.
//
//go:embed all:site
var skeleton embed.FS

// DefaultRelatedCardinality is the cardinalityThreshold given to Hugo's
// related-content indices unless Options say otherwise. Without one, Hugo
// ranks for every article all the articles that share any of its keywords;
// in a generated site of 10,000, the commonest tag is on half of them and
// the commonest period on a third, and finding related articles takes most
// of Hugo's build. vinhdanh bounds the same work by considering only the
// nearest articles in time for each key.
const DefaultRelatedCardinality = 25

// Options choose what Convert publishes and how Hugo is configured.
type Options struct {
	Now string // as vinhdanh build --now; DefaultNow when empty
	// RelatedCardinality is Hugo's cardinalityThreshold for the indices of
	// related content: a province, tag or period on more than this
	// percentage of the articles is not used to find related articles. 0
	// keeps them all, as Hugo does by default.
	RelatedCardinality int
}

// Stats counts what Convert wrote.
type Stats struct {
	Articles int // content files of articles
	Terms    int // term pages given a title
}

// Convert writes the Hugo counterpart of the vinhdanh site at source into
// out, publishing what vinhdanh build --now opts.Now would.
func Convert(source, out string, opts Options) (Stats, error) {
	if opts.Now == "" {
		opts.Now = DefaultNow
	}
	fsys, err := sitefs.Open(source)
	if err != nil {
		return Stats{}, fmt.Errorf("cannot open the site folder: %v", err)
	}
	defer fsys.Close()
	// The build's own stages read the site, with its reading of -now.
	loaded, err := build.Load(build.Options{Source: source, FS: fsys, NowText: opts.Now})
	if err != nil {
		return Stats{}, fmt.Errorf("the site has errors:\n%v", err)
	}
	cfg, site, idx, now := loaded.Config, loaded.Site, loaded.Index, loaded.Now

	if err := prepare(out); err != nil {
		return Stats{}, err
	}
	w := &writer{fsys: fsys, out: out}
	w.file(marker, []byte("Written by bench/hugosite; regenerate it rather than edit it.\n"))
	w.skeleton(cfg, now, opts.RelatedCardinality)
	w.assets(site.Static)
	periods := map[*content.Article][]string{}
	for _, p := range idx.Periods {
		for _, a := range p.Articles {
			periods[a] = append(periods[a], periodSlug(p.Period))
		}
	}
	exemplars := map[*content.Article][]*content.Article{}
	for _, row := range idx.Register {
		exemplars[row.Decision] = row.Exemplars
	}
	for _, a := range idx.Articles {
		w.article(a, periods[a], exemplars[a])
	}
	terms := w.terms(idx)
	if w.err != nil {
		return Stats{}, w.err
	}
	return Stats{Articles: len(idx.Articles), Terms: terms}, nil
}

// prepare makes out an empty folder, refusing one that holds anything but
// an earlier output.
func prepare(out string) error {
	entries, err := os.ReadDir(out)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return os.MkdirAll(out, 0o755)
	case err != nil:
		return err
	case len(entries) == 0:
		return nil
	}
	if _, err := os.Stat(filepath.Join(out, marker)); err != nil {
		return fmt.Errorf("%s is not empty and was not written by hugosite; give a new folder", out)
	}
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	return os.MkdirAll(out, 0o755)
}

// writer writes the Hugo site's files, keeping the first error.
type writer struct {
	fsys fs.FS
	out  string
	err  error
}

// file writes data at the slash path name under the output folder.
func (w *writer) file(name string, data []byte) {
	if w.err != nil {
		return
	}
	p := filepath.Join(w.out, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		w.err = err
		return
	}
	w.err = os.WriteFile(p, data, 0o644)
}

// copy copies the file at src in fsys to name under the output folder.
func (w *writer) copy(fsys fs.FS, src, name string) {
	if w.err != nil {
		return
	}
	data, err := fs.ReadFile(fsys, src)
	if err != nil {
		w.err = err
		return
	}
	w.file(name, data)
}

// hugoConfig is what hugo.toml.tmpl is executed with.
type hugoConfig struct {
	BaseURL, Title, Description, Organisation, TimeZone, Now string
	Paginate, FeedLimit, RelatedCardinality                  int
	Unsafe, Search                                           bool
	Menu                                                     []config.MenuItem
	Related                                                  []relatedIndex
}

// relatedIndex is an index of Hugo's related content: a taxonomy and how
// much sharing one of its terms counts.
type relatedIndex struct {
	Name   string
	Weight int
}

// skeleton writes hugo.toml, the layouts and the strings.
func (w *writer) skeleton(cfg *config.Site, now time.Time, relatedCardinality int) {
	hc := hugoConfig{
		BaseURL: "/", Title: cfg.Title, Description: cfg.Description, Organisation: cfg.Organisation,
		TimeZone: cfg.Location.String(), Now: now.Format(time.RFC3339),
		Paginate: cfg.Paginate, FeedLimit: cfg.FeedLimit, RelatedCardinality: relatedCardinality, Unsafe: cfg.UnsafeHTML, Search: cfg.Search, Menu: cfg.Menu,
		Related: []relatedIndex{{taxProvince, 100}, {taxTag, 75}, {taxPeriod, 50}},
	}
	if cfg.BaseURL != nil {
		hc.BaseURL = cfg.BaseURL.String()
	}
	if hc.Organisation == "" {
		hc.Organisation = cfg.Title
	}
	err := fs.WalkDir(skeleton, "site", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel := strings.TrimPrefix(p, "site/")
		if rel == "hugo.toml.tmpl" {
			tmpl, err := template.New(rel).Funcs(template.FuncMap{"q": quote, "add1": func(i int) int { return i + 1 }}).ParseFS(skeleton, p)
			if err != nil {
				return err
			}
			var b bytes.Buffer
			if err := tmpl.Execute(&b, hc); err != nil {
				return err
			}
			w.file("hugo.toml", b.Bytes())
			return nil
		}
		w.copy(skeleton, p, rel)
		return nil
	})
	if err != nil && w.err == nil {
		w.err = err
	}
}

// assets copies the default theme's stylesheet and scripts into assets/,
// where the layouts minify and fingerprint them, and the site's static
// files into static/.
func (w *writer) assets(static []content.Resource) {
	theme := themes.Default()
	for _, name := range []string{"css/main.css", "js/fontsize.js", "js/search.js"} {
		w.copy(theme, "static/"+name, "assets/"+name)
	}
	for _, r := range static {
		w.copy(w.fsys, r.Source, "static/"+r.Path)
	}
}

// article writes a's content file, and its bundle's files beside it.
func (w *writer) article(a *content.Article, periods []string, exemplars []*content.Article) {
	urlPath, err := url.PathUnescape(strings.Trim(a.URL, "/"))
	if err != nil {
		w.err = firstErr(w.err, err)
		return
	}
	name := "content/" + urlPath + ".md"
	if a.BundleDir != "" {
		name = "content/" + urlPath + "/index.md"
		for _, r := range a.Resources {
			rel, ok := strings.CutPrefix(r.Path, urlPath+"/")
			if !ok {
				w.err = firstErr(w.err, fmt.Errorf("%s: resource %s is outside the article's folder", a.Path, r.Path))
				return
			}
			w.copy(w.fsys, r.Source, "content/"+urlPath+"/"+rel)
		}
	}
	var f frontMatter
	f.str("title", a.Title)
	f.raw("date", a.Date.Format(time.RFC3339))
	if !a.Updated.IsZero() {
		f.raw("lastmod", a.Updated.Format(time.RFC3339))
	}
	f.str("url", a.URL)
	f.str("article_kind", string(a.Kind))
	f.str("summary", a.Summary)
	if !a.SummaryFromBody {
		f.str("lead", a.Summary)
	}
	names := make([]string, len(a.Provinces))
	for i, u := range a.Provinces {
		names[i] = u.Name
	}
	f.list("provinces", names)
	if !a.Period.IsZero() {
		f.str("period", a.Period.String())
	}
	f.str("author", a.Author)
	f.str("source", a.Source)
	f.str("source_url", a.SourceURL)
	f.list("aliases", a.Aliases)
	if a.Image != nil {
		f.block("image", fields{{"url", a.Image.URL}, {"width", a.Image.Width}, {"height", a.Image.Height}})
		f.str("image_alt", a.ImageAlt)
		f.str("image_caption", a.ImageCaption)
		// vinhdanh publishes the copies of a photo, not the photo itself:
		// Hugo publishes a bundle's files whether or not a page uses them,
		// unless told not to. Only for a bundle that holds the photo
		// alone, so that attachments, which bodies link by address, are
		// still published.
		if len(a.Resources) == 1 && a.Image.Source == a.Resources[0].Source {
			f.block("_build", fields{{"publishResources", false}})
		}
	}
	if len(a.Attachments) > 0 {
		var list []fields
		for _, at := range a.Attachments {
			list = append(list, fields{{"url", at.URL}, {"title", at.Title}, {"size", int(at.Size)}})
		}
		f.blocks("attachments", list)
	}
	if d := a.Decision; d != nil {
		box := fields{{"number", d.Number.String()}}
		if !d.Signed.IsZero() {
			box = append(box, field{"signed", d.Signed.Format(time.DateOnly)})
		}
		box = append(box, field{"signer", d.Signer}, field{"recipients", d.Recipients})
		f.block("decision", box)
	}
	if e := a.Exemplar; e != nil {
		box := fields{{"name", e.Name}, {"type", string(e.Type)}, {"field", e.Field}, {"decision_ref", e.DecisionRef}}
		if e.Decision != nil {
			box = append(box, field{"decision_url", e.Decision.URL}, field{"decision_number", e.Decision.Decision.Number.String()})
		}
		f.block("exemplar", box)
	}
	if len(exemplars) > 0 {
		var list []fields
		for _, e := range exemplars {
			list = append(list, fields{{"name", e.Exemplar.Name}, {"url", e.URL}})
		}
		f.blocks("exemplars", list)
	}
	f.list(taxProvince, provinceSlugs(a))
	f.list(taxYear, []string{strconv.Itoa(a.Date.Year())})
	f.list(taxMonth, []string{a.Date.Format("2006/01")})
	f.list(taxPeriod, periods)
	var tags []string
	for _, t := range a.Tags {
		if !slices.Contains(tags, t.Slug) {
			tags = append(tags, t.Slug)
		}
	}
	f.list(taxTag, tags)
	var awards []string
	for _, aw := range a.Awards {
		awards = append(awards, aw.Slug)
	}
	f.list(taxAward, awards)
	if a.Cluster != nil {
		f.list(taxCluster, []string{a.Cluster.Slug})
	}
	w.file(name, f.document(a.Body))
}

// provinceSlugs are the slugs of the province pages a is on: each unit it
// names and that unit's current successor, or the national page.
func provinceSlugs(a *content.Article) []string {
	if a.National() {
		return []string{index.NationalSlug}
	}
	var slugs []string
	for _, u := range a.Provinces {
		for _, s := range []string{u.Slug, u.Successor.Slug} {
			if !slices.Contains(slugs, s) {
				slugs = append(slugs, s)
			}
		}
	}
	return slugs
}

// periodSlug is the term of a period page: "2021-2025".
func periodSlug(p vietnamese.Period) string { return fmt.Sprintf("%d-%d", p.Start, p.End) }

// terms writes the _index.md files that title the sections, the taxonomy
// pages and every term page, and returns the number of term pages.
func (w *writer) terms(idx *index.Index) int {
	n := 0
	page := func(name string, keys fields) {
		var f frontMatter
		for _, x := range keys {
			f.value(x.key, x.value)
		}
		w.file("content/"+name+"/_index.md", f.document(nil))
	}
	term := func(taxonomy, slug string, keys fields) {
		page(taxonomy+"/"+slug, keys)
		n++
	}
	for _, k := range content.Kinds {
		page(k.Section(), fields{{"title", kindTitles[k]}})
	}
	hidden := fields{{"_build", fields{{"render", "never"}}}}
	page(taxProvince, fields{{"title", "Địa phương"}})
	page(taxTag, fields{{"title", "Chủ đề"}})
	page(taxAward, fields{{"title", "Khen thưởng"}})
	page(taxCluster, fields{{"title", "Cụm thi đua"}})
	page(taxYear, append(fields{{"title", "Năm"}}, hidden...))
	page(taxMonth, append(fields{{"title", "Tháng"}}, hidden...))
	page(taxPeriod, append(fields{{"title", "Giai đoạn"}}, hidden...))
	page("luu-tru", fields{{"title", "Lưu trữ"}, {"outputs", []string{"HTML"}}})
	page("tim-kiem", fields{{"title", "Tìm kiếm"}, {"outputs", []string{"HTML"}}})

	for _, p := range idx.Provinces.Pages {
		keys := fields{{"title", "Trung ương"}}
		if u := p.Unit; u != nil {
			keys = fields{{"title", u.Name}}
			if u.Merged() {
				keys = append(keys, field{"note", "nay thuộc " + u.Successor.Name},
					field{"merged_into", fields{{"name", u.Successor.Name}, {"url", "/tinh/" + u.Successor.Slug + "/"}}},
					field{"since", u.Since})
			}
			if u.Current && len(u.Constituents) > 1 {
				var members []fields
				for _, c := range u.Constituents {
					m := fields{{"name", c.Name}}
					if idx.Provinces.Page(c) != nil {
						m = append(m, field{"url", "/tinh/" + c.Slug + "/"})
					}
					members = append(members, m)
				}
				keys = append(keys, field{"members", members})
			}
		}
		term(taxProvince, p.Slug(), keys)
	}
	for _, y := range idx.Years {
		term(taxYear, strconv.Itoa(y.Year), fields{{"title", fmt.Sprintf("Năm %d", y.Year)}})
		for _, m := range y.Months {
			slug := fmt.Sprintf("%d/%02d", m.Year, m.Month)
			term(taxMonth, slug, fields{{"title", fmt.Sprintf("Tháng %d/%d", m.Month, m.Year)}, {"slug", slug}})
		}
	}
	for _, p := range idx.Periods {
		s := periodSlug(p.Period)
		term(taxPeriod, s, fields{{"title", "Giai đoạn " + s},
			{"intro", "Các bài viết về giai đoạn " + s + " và về những năm trong giai đoạn đó."}})
	}
	for _, t := range idx.Tags {
		term(taxTag, t.Slug, fields{{"title", t.Name}})
	}
	for _, a := range idx.Awards {
		term(taxAward, a.Award.Slug, fields{{"title", a.Award.Name}})
	}
	for _, c := range idx.Clusters {
		term(taxCluster, c.Cluster.Slug, fields{{"title", c.Cluster.Name}})
	}
	return n
}

// firstErr returns err, or else next.
func firstErr(err, next error) error {
	if err != nil {
		return err
	}
	return next
}
