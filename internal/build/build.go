// Package build runs the stages, and is the only package that knows their
// order and calls more than one of them. A whole build (Run) is:
//
//  1. config    read site.yaml (and apply --base-url); its mistakes are
//     reported with those of the content, which is checked all the same
//  2. content   read and check every article; stop here on any error, before
//     anything is written (warnings, which Strict makes errors, wait for
//     the link check, so that all are listed at once)
//     images    make the variants of every article's photo (JPEG, PNG or
//     GIF named by its front matter's image or shown by its body), from the
//     cache when it holds them; a photo that cannot be read is an error at
//     its image key or the body's picture, and the build stops before
//     anything is written
//  3. theme     load the layouts and strings
//  4. summaries take the summary of articles that give none from the first
//     paragraph of their body
//  5. index     arrange the articles into lists, neighbours and related
//  6. render    article pages and aliases in parallel, then the lists and
//     index pages with their feeds, the 404 page, and the sitemaps of every
//     page published; the search index is made beside the lists
//  7. publish   minify and write each file as it is rendered, copy bundle
//     resources and static files, write the photos' variants beside their
//     article (the photo itself only when its body links to it, or
//     images.publish_originals)
//  8. link      check the links and images of the articles' bodies against
//     the files written (see package link); their problems are warnings;
//     under Strict, any warning fails the build here
//  9. publish   swap the new tree into place, and let the images cache
//     forget what no build used for a month (Prune)
//
// Markdown is not a stage but a library: render converts each body with
// it, and the summaries stage uses it to read first paragraphs.
//
// A build that fails at any stage leaves the destination as it was. Its
// errors are a diagnostic.List, holding every problem of the site's files
// at once, a *diagnostic.UsageError for a mistake in how it was asked for,
// or any other error (a disk that is full).
//
// Session runs the same stages again and again into memory, for the
// preview server, keeping what its images stage made for photos that did
// not change, and with Options.PhotosLater leaving photos not in the cache
// to a PhotoJob; Load runs stages 1, 2, 4 and 5 alone, for the commands
// that need the site but not its pages (vinhdanh new, the Hugo converter of
// the benchmarks). Each stage's setup is written once (stages.go) for all
// three.
package build

import (
	"context"
	"errors"
	"io/fs"
	"path"
	"path/filepath"
	"runtime/trace"
	"slices"
	"strings"
	"sync"
	"time"

	"vinhdanh/internal/config"
	"vinhdanh/internal/content"
	"vinhdanh/internal/diagnostic"
	"vinhdanh/internal/i18n"
	"vinhdanh/internal/images"
	"vinhdanh/internal/index"
	"vinhdanh/internal/link"
	"vinhdanh/internal/markdown"
	"vinhdanh/internal/parallel"
	"vinhdanh/internal/publish"
	"vinhdanh/internal/render"
	"vinhdanh/internal/search"
	"vinhdanh/internal/theme"
)

// Options are a build's inputs besides the source tree.
type Options struct {
	Source string // the site's folder
	// FS, when set, holds the site's files instead of the folder Source,
	// which then only names the site (vinhdanh new checks a site with its
	// new file laid over it).
	FS   fs.FS
	Dest string // the output folder
	// Cache is the folder of the pictures already made (see package
	// images); CacheDir under Source when empty.
	Cache   string
	BaseURL string // overrides site.yaml's base_url when set
	Drafts  bool
	Future  bool
	// Now decides what is in the future and what the news sitemap holds.
	// NowText, when set, replaces it: a time as editors write dates, read in
	// the site's time zone when it names none.
	Now     time.Time
	NowText string
	Strict  bool // warnings fail the build
	// Interpret runs the layouts with html/template alone instead of their
	// compiled form, which must write the same files (a test compares them).
	Interpret bool
	// PhotosLater, for a Session, leaves the photos whose copies are not
	// in the cache to a PhotoJob instead of making them during the build:
	// the pages show such a photo itself until the job is done and the
	// next build has its copies. The preview server sets it, so that a
	// save shows at once even when it brings camera photos.
	PhotosLater bool
}

// Summary describes a finished build.
type Summary struct {
	Articles       int // published
	Drafts, Future int // left out
	ArticlePages   int
	ListPages      int // lists, index pages and directories
	Feeds          int // RSS and Atom feeds, and the news sitemap
	AliasPages     int
	OtherPages     int // 404, sitemaps, robots.txt
	SearchFiles    int // files of the search index
	SearchBytes    int64
	Resources      int // bundle files and static files copied
	Pictures       int // files made from photos (see package images)
	Photos         int // photos made into those files
	PhotosCached   int // of them, those whose files the cache held
	Files          int
	Bytes          int64
	Duration       time.Duration
	Warnings       diagnostic.List
	// Links is the check of the articles' links and images; its problems
	// are among Warnings.
	Links *link.Report
	Dest  string
	// Interpreted counts the layouts and cards that html/template ran
	// rather than their compiled form: 0 for the default theme, unless
	// Interpret asked for it.
	Interpreted int
}

// Run builds the site described by opts.
func Run(opts Options) (*Summary, error) { return RunContext(context.Background(), opts) }

// RunContext builds the site described by opts until ctx is done: then the
// build stops at its next stage or file, removes the folder it was writing,
// leaving the destination as it was, and returns ctx's error.
func RunContext(ctx context.Context, opts Options) (*Summary, error) {
	start := time.Now()
	fsys, closeFS, err := opts.open()
	if err != nil {
		return nil, err
	}
	defer closeFS()
	if err := checkDest(opts.Source, opts.Dest); err != nil {
		return nil, err
	}

	region := stage("config")
	cfg, diags, err := loadConfig(fsys, &opts)
	region.End()
	if err != nil {
		return nil, withContent(err, fsys, cfg, opts)
	}
	region = stage("content")
	site, diags := readContent(fsys, cfg, opts, diags)
	region.End()
	// Warnings stop a strict build only once the links are checked too, so
	// that it lists all of them at once.
	if len(diags.Errors(false)) > 0 {
		return nil, diags
	}
	region = stage("images")
	procs := &processor{cfg: cfg, opts: opts}
	pics, err := pictures(fsys, site, procs, markdown.New(markdownOptions(cfg, nil)), nil)
	region.End()
	if err != nil {
		return nil, err
	}
	photos, cached := countPhotos(pics)
	region = stage("theme")
	th, md, err := loadTheme(fsys, cfg, opts)
	region.End()
	if err != nil {
		return nil, err
	}
	region = stage("summaries")
	err = summaries(site.Articles, md)
	region.End()
	if err != nil {
		return nil, err
	}
	region = stage("index")
	// Every page is written as soon as it is rendered, and nothing keeps
	// one afterwards, so pages are lent rather than copied.
	r, err := newRenderer(fsys, site, render.Options{
		Site: cfg, Theme: th, Index: index.Build(site.Articles, cfg.Registry), Markdown: md, Now: opts.Now, Lend: true, Pictures: pics})
	region.End()
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	pub, err := publish.Begin(opts.Dest)
	if errors.Is(err, publish.ErrNotOutput) {
		return nil, diagnostic.Usage(err)
	}
	if err != nil {
		return nil, i18n.Errorf("cannot write the output: %v", err)
	}
	sum := &Summary{Articles: len(site.Articles), Drafts: site.Drafts, Future: site.Future, Warnings: diags, Dest: opts.Dest,
		Photos: photos, PhotosCached: cached}
	w := &siteWriter{fsys: fsys, cfg: cfg, site: site, th: th, r: r, out: until{ctx, pub}, sum: sum, now: opts.Now, dropBodies: true,
		refs: make([][]markdown.Reference, len(site.Articles)), pictures: pics, publishOriginals: cfg.Images.PublishOriginals}
	region = stage("write")
	err = w.write()
	region.End()
	if err != nil {
		pub.Abort()
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		pub.Abort()
		return nil, err
	}
	region = stage("links")
	err = checkLinks(sum, site, w.refs, pub, cfg.Search, opts.Strict)
	region.End()
	if err != nil {
		pub.Abort()
		return nil, err
	}
	region = stage("commit")
	err = pub.Commit()
	region.End()
	if err != nil {
		return nil, i18n.Errorf("cannot put the output in place: %v", err)
	}
	procs.prune(time.Now())
	sum.Files, sum.Bytes = pub.Stats()
	sum.Interpreted = int(th.Interpreted())
	sum.Duration = time.Since(start)
	return sum, nil
}

// stage marks a stage of the build in an execution trace (build --trace).
func stage(name string) *trace.Region {
	return trace.StartRegion(context.Background(), name)
}

// checkLinks checks the links and images of the site's articles against
// the files written to out, refs[i] being those of site.Articles[i], and
// adds the problems to sum's warnings; under strict, any warning fails the
// build, with all of them.
func checkLinks(sum *Summary, site *content.Site, refs [][]markdown.Reference, out link.Files, search, strict bool) error {
	sum.Links = link.Check(site, refs, builtFiles{out, search})
	sum.Warnings = slices.Concat(sum.Warnings, sum.Links.Diagnostics).Sort()
	if strict && len(sum.Warnings) > 0 {
		return sum.Warnings
	}
	return nil
}

// builtFiles are a build's files as the link check sees them: with search,
// the search page counts as written, since a session's caller adds it once
// the index is finished.
type builtFiles struct {
	link.Files
	search bool
}

func (f builtFiles) Has(name string) bool {
	return f.Files.Has(name) || (f.search && name == render.SearchPage)
}

// checkDest refuses an output folder that is the source or contains it, or
// that lies inside content/, where a swap would destroy the site itself.
// Both are compared with their symbolic links resolved, so a link cannot
// lead the output into the sources.
func checkDest(source, dest string) error {
	src, err := resolve(source)
	if err != nil {
		return err
	}
	dst, err := resolve(dest)
	if err != nil {
		return err
	}
	inside := func(child, parent string) bool {
		rel, err := filepath.Rel(parent, child)
		return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
	}
	switch {
	case inside(src, dst):
		return diagnostic.Usage(i18n.Errorf("--dest %s holds the site itself; choose a folder such as public", dest))
	case inside(dst, filepath.Join(src, content.ContentDir)), inside(dst, filepath.Join(src, content.StaticDir)),
		inside(dst, filepath.Join(src, "themes")):
		return diagnostic.Usage(i18n.Errorf("--dest %s is inside the site's sources; choose a folder such as public", dest))
	}
	return nil
}

// resolve returns the absolute path p names once the symbolic links of its
// nearest existing folder are followed; the parts that do not exist yet
// are kept as they are.
func resolve(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	rest := ""
	for dir := abs; ; dir = filepath.Dir(dir) {
		if real, err := filepath.EvalSymlinks(dir); err == nil {
			return filepath.Join(real, rest), nil
		}
		if filepath.Dir(dir) == dir {
			return abs, nil
		}
		rest = filepath.Join(filepath.Base(dir), rest)
	}
}

// unwrap drops the operation and path of a file error, which the message
// already names.
func unwrap(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// output is where a build's files go: a Publisher writing the destination,
// or a Memory for the preview server.
type output interface {
	Write(name string, data []byte) error
	WriteRaw(name string, data []byte) error
	Copy(name string, src fs.FS, srcPath string) error
	Rename(from, to string) error
}

// until is an output that refuses every file once its context is done, so
// that a cancelled build's workers stop at their next file.
type until struct {
	ctx context.Context
	output
}

func (u until) Write(name string, data []byte) error {
	if err := u.ctx.Err(); err != nil {
		return err
	}
	return u.output.Write(name, data)
}

func (u until) WriteRaw(name string, data []byte) error {
	if err := u.ctx.Err(); err != nil {
		return err
	}
	return u.output.WriteRaw(name, data)
}

func (u until) Copy(name string, src fs.FS, srcPath string) error {
	if err := u.ctx.Err(); err != nil {
		return err
	}
	return u.output.Copy(name, src, srcPath)
}

// siteWriter renders and publishes everything, once.
type siteWriter struct {
	fsys fs.FS
	cfg  *config.Site
	site *content.Site
	th   *theme.Theme
	r    *render.Renderer
	out  output
	sum  *Summary
	now  time.Time

	// kept, when set, receives every file that has a key (see
	// render.Options.Reuse), Reused or rendered, once it is in out; it
	// carries Reused files over. A whole build leaves it nil.
	kept func(render.File) error
	// texted, when set, receives the plain text and the links of each
	// article rendered anew, and the search index is left to the caller:
	// the previous one, already in out, stands meanwhile. Otherwise the
	// index is built here when the site has search.
	texted func(a *content.Article, body markdown.Result)
	// keptRefs, when set, gives the links and images of an article whose
	// page was Reused, and so rendered without its body.
	keptRefs func(a *content.Article) []markdown.Reference
	// refs, when set, receives the links and images of each article
	// rendered, at its position in site.Articles.
	refs [][]markdown.Reference
	// pictures are the variants of the articles' photos, by the output
	// path of the photo; each is published beside it, once. Unless
	// publishOriginals, a bundle's photo that has them is itself published
	// only when the body links or shows it.
	pictures         map[string]*images.Result
	publishOriginals bool
	picturesWritten  sync.Map // output path of the photo (+ "\x00social" for its preview copy) -> true
	// dropBodies lets each article's Markdown go once its page is
	// rendered: a whole build needs it no more, and at 100,000 articles the
	// bodies are a fifth of the memory. Sessions render them again.
	dropBodies bool
}

// write renders and publishes everything.
func (w *siteWriter) write() error {
	var mu sync.Mutex
	var sitemap []render.PageRef
	// publish writes a file and notes it for the sitemap and the summary.
	publish := func(f render.File) error {
		if err := w.writeFile(f); err != nil {
			return err
		}
		mu.Lock()
		defer mu.Unlock()
		if f.InSitemap {
			sitemap = append(sitemap, render.PageRef{Path: f.Path, LastMod: f.LastMod})
		}
		switch {
		case strings.HasSuffix(f.Path, ".xml"):
			w.sum.Feeds++
		case f.InSitemap:
			w.sum.ListPages++
		}
		return nil
	}
	var index *search.Builder
	if w.cfg.Search && w.texted == nil {
		index = search.NewBuilder(len(w.site.Articles) + w.r.HonoureePages())
	}
	region := stage("articles")
	err := parallel.For(len(w.site.Articles), parallel.PerCPU(workersPerCPU), func(i int) error {
		a := w.site.Articles[i]
		f, body, err := w.r.Article(a)
		if err != nil {
			return i18n.Errorf("%s: %v", a.Path, err)
		}
		if index != nil {
			if err := index.Add(searchDoc(i, a, body.Text)); err != nil {
				return err
			}
		}
		if w.texted != nil && !f.Reused {
			w.texted(a, body)
		}
		if w.refs != nil {
			w.refs[i] = body.References
		}
		if w.dropBodies {
			a.Body = nil
		}
		aliases, err := w.r.Aliases(a)
		if err != nil {
			return err
		}
		for _, f := range append([]render.File{f}, aliases...) {
			if err := w.writeFile(f); err != nil {
				return i18n.Errorf("%s: %v", a.Path, err)
			}
		}
		if list, ok := w.r.HonoureesCSV(a); ok {
			// Written with every build, its page kept or not: it is small.
			if err := w.out.WriteRaw(a.Decision.ListPath, list); err != nil {
				return i18n.Errorf("%s: %v", a.Path, err)
			}
		}
		refs := body.References
		if f.Reused && w.keptRefs != nil {
			refs = w.keptRefs(a)
		}
		copied := 0
		for _, res := range a.Resources {
			if w.pictures[res.Path] != nil && !w.publishOriginals && !referenced(w.site, a, refs, res.Path) {
				continue
			}
			if err := w.out.Copy(res.Path, w.fsys, res.Source); err != nil {
				return i18n.Errorf("%s: %v", res.Source, err)
			}
			copied++
		}
		made, err := w.writePictures(a, refs)
		if err != nil {
			return err
		}
		mu.Lock()
		defer mu.Unlock()
		sitemap = append(sitemap, render.PageRef{Path: f.Path, LastMod: f.LastMod})
		w.sum.ArticlePages++
		w.sum.AliasPages += len(aliases)
		w.sum.Resources += copied
		w.sum.Pictures += made
		return nil
	})
	region.End()
	if err != nil {
		return err
	}
	r := w.r
	one := func(f func() (render.File, error)) func(render.Emit) error {
		return func(emit render.Emit) error {
			file, err := f()
			if err != nil {
				return err
			}
			return emit(file)
		}
	}
	lists := []func(render.Emit) error{
		r.Home, r.Provinces, r.Years, r.Periods, r.Tags, r.Awards, r.Clusters, r.Honourees,
		one(r.Archive), one(r.Atom), one(func() (render.File, error) { return r.NewsSitemap(w.now) }),
	}
	for _, k := range content.Kinds {
		lists = append(lists, func(emit render.Emit) error { return r.Kind(k, emit) })
	}
	// The search index is finished beside the list pages: much of its work
	// is serial, and the lists keep the other processors busy meanwhile.
	searched := make(chan error, 1)
	go func() {
		defer stage("search").End()
		switch {
		case index != nil:
			searched <- w.writeSearch(index, publish)
		case w.cfg.Search:
			// The caller indexes; its search page stays in the sitemap.
			mu.Lock()
			sitemap = append(sitemap, render.PageRef{Path: render.SearchPage})
			mu.Unlock()
			searched <- nil
		default:
			searched <- nil
		}
	}()
	region = stage("lists")
	err = parallel.For(len(lists), parallel.PerCPU(workersPerCPU), func(i int) error { return lists[i](publish) })
	region.End()
	if searchErr := <-searched; err == nil {
		err = searchErr
	}
	defer stage("rest").End()
	if err != nil {
		return err
	}
	notFound, err := r.NotFound()
	if err != nil {
		return err
	}
	if err := w.writeFile(notFound); err != nil {
		return err
	}
	w.sum.OtherPages++
	sitemaps, err := r.Sitemaps(sitemap)
	if err != nil {
		return err
	}
	// Site static files, then the theme's, which a site file of the same
	// name overrides; a site's own robots.txt replaces the generated one.
	siteStatic := map[string]bool{}
	for _, s := range w.site.Static {
		siteStatic[s.Path] = true
		if err := w.out.Copy(s.Path, w.fsys, s.Source); err != nil {
			return i18n.Errorf("%s: %v", s.Source, err)
		}
		w.sum.Resources++
	}
	if !siteStatic["robots.txt"] {
		sitemaps = append(sitemaps, r.Robots())
	}
	for _, f := range sitemaps {
		if err := w.writeFile(f); err != nil {
			return err
		}
		w.sum.OtherPages++
	}
	for _, s := range w.th.Static {
		if siteStatic[s.Path] {
			continue
		}
		if err := w.writeThemeFile(s.Path); err != nil {
			return err
		}
		w.sum.Resources++
	}
	return nil
}

// writePictures publishes the variants of a's photo, with its copy for
// link previews, and of the photos its body shows (refs), without one,
// beside each, unless another article's page did, and returns how many
// files it wrote.
func (w *siteWriter) writePictures(a *content.Article, refs []markdown.Reference) (int, error) {
	n, err := w.writeVariants(a.Image, true)
	for _, ref := range refs {
		if err != nil || !ref.Image {
			continue
		}
		res, _ := w.site.Picture(a, ref.Destination)
		var made int
		made, err = w.writeVariants(res, false)
		n += made
	}
	return n, err
}

// writeVariants publishes the variants of res beside it, unless another
// page did, and with social the copy for link previews (only an article's
// own photo has one: a picture of the body is not its preview), and
// returns how many files it wrote.
func (w *siteWriter) writeVariants(res *content.Resource, social bool) (int, error) {
	if res == nil {
		return 0, nil
	}
	pic := w.pictures[res.Path]
	if pic == nil {
		return 0, nil
	}
	var files []images.Variant
	if _, done := w.picturesWritten.LoadOrStore(res.Path, true); !done {
		files = pic.Variants
	}
	if social && !slices.ContainsFunc(pic.Variants, func(v images.Variant) bool { return v.Name == pic.Social.Name }) {
		if _, done := w.picturesWritten.LoadOrStore(res.Path+"\x00social", true); !done {
			files = append(slices.Clone(files), pic.Social)
		}
	}
	dir := path.Dir(res.Path) + "/"
	if dir == "./" {
		dir = ""
	}
	n := 0
	for _, v := range files {
		data, err := v.Bytes()
		if err == nil {
			err = w.out.WriteRaw(dir+v.Name, data)
		}
		if err != nil {
			return n, i18n.Errorf("%s: %w", res.Source, err)
		}
		n++
	}
	return n, nil
}

// writeFile writes a rendered file, minifying it unless it is already, or
// has kept carry it over when it was Reused. A lent page is released.
func (w *siteWriter) writeFile(f render.File) error {
	defer f.Release()
	if f.Reused {
		return w.kept(f)
	}
	var err error
	if f.Compact {
		err = w.out.WriteRaw(f.Path, f.Data)
	} else {
		err = w.out.Write(f.Path, f.Data)
	}
	if err == nil && f.Key != 0 && w.kept != nil {
		err = w.kept(f)
	}
	return err
}

// writeThemeFile publishes a theme's static file, unless the caller keeps
// the same version of it.
func (w *siteWriter) writeThemeFile(p string) error {
	key := w.r.AssetKey(p)
	if w.r.Holds(p, key) {
		return w.writeFile(render.File{Path: p, Key: key, Reused: true})
	}
	data, err := w.th.ReadStatic(p)
	if err != nil {
		return i18n.Errorf("theme static/%s: %v", p, err)
	}
	return w.writeFile(render.File{Path: p, Data: data, Key: key})
}

// writeSearch finishes the search index, writes its files under
// /tim-kiem/<version>/, and renders the search page.
func (w *siteWriter) writeSearch(b *search.Builder, publishPage func(render.File) error) error {
	honourees := w.r.HonoureeDocs(len(w.site.Articles))
	err := parallel.For(len(honourees), parallel.PerCPU(workersPerCPU), func(i int) error { return b.Add(honourees[i]) })
	if err != nil {
		return err
	}
	cfg, err := finishSearch(b, w.out)
	if err != nil {
		return err
	}
	w.sum.SearchFiles, w.sum.SearchBytes = cfg.Stats.Files, cfg.Stats.Bytes
	page, err := w.r.Search(cfg)
	if err != nil {
		return err
	}
	return publishPage(page)
}

// finishSearch writes the index's files into out, under a folder named by
// their version.
func finishSearch(b *search.Builder, out output) (search.Config, error) {
	const staging = "tim-kiem/.index"
	cfg, err := b.Finish(func(name string, data []byte) error {
		return out.WriteRaw(staging+"/"+name, data)
	})
	if err != nil {
		return cfg, err
	}
	return cfg, out.Rename(staging, "tim-kiem/"+cfg.Version)
}

// searchDoc is what the search index needs of the article numbered id.
func searchDoc(id int, a *content.Article, text string) search.Doc {
	d := search.Doc{ID: id, URL: a.URL, Title: a.Title, Summary: a.Summary, Text: text, Date: a.Date,
		Kind: slices.Index(content.Kinds, a.Kind)}
	names := make([]string, len(a.Provinces))
	for i, u := range a.Provinces {
		names[i] = u.Name
		d.Provinces = append(d.Provinces, u.Slug, u.Successor.Slug)
	}
	if a.National() {
		d.Provinces = []string{index.NationalSlug}
	}
	d.Places = strings.Join(names, ", ")
	d.Fields = searchFields(a)
	return d
}

// Weights of the texts of front matter in the search index: a term in the
// title counts 3, in the summary 2, in the body 1 (see package search).
const (
	numberWeight   = 3 // the decision's number: "946/QĐ-UBND" finds it first
	nameWeight     = 3 // the exemplar's name
	termWeight     = 2 // awards and tags
	honoureeWeight = 2 // the names of a decision's honourees
	otherWeight    = 1 // signer, exemplar's field, author, provinces, honourees' units
)

// searchFields returns the texts of a's front matter the search index
// holds besides its title, summary and body.
func searchFields(a *content.Article) []search.Field {
	var f []search.Field
	// why is the field's code in the result record (search.Field.Why),
	// for those short enough to show as the reason a result matched.
	add := func(text string, weight int, why string) {
		if text = strings.TrimSpace(text); text != "" {
			f = append(f, search.Field{Text: text, Weight: weight, Why: why})
		}
	}
	for _, aw := range a.Awards {
		add(aw.Name, termWeight, "a")
	}
	for _, t := range a.Tags {
		add(t.Name, termWeight, "") // most are words of the title already
	}
	for _, u := range a.Provinces {
		add(u.Name, otherWeight, "")
		if u.Successor != nil && u.Successor != u {
			add(u.Successor.Name, otherWeight, "")
		}
	}
	if d := a.Decision; d != nil {
		add(d.Number.String(), numberWeight, "n")
		add(d.Signer, otherWeight, "s")
		var names, units strings.Builder
		for _, h := range d.Honourees {
			names.WriteString(h.Name + ". ")
			if h.Unit != "" {
				units.WriteString(h.Unit + ". ")
			}
		}
		add(names.String(), honoureeWeight, "")
		add(units.String(), otherWeight, "")
	}
	if e := a.Exemplar; e != nil {
		add(e.Name, nameWeight, "e")
		add(e.Field, otherWeight, "f")
	}
	add(a.Author, otherWeight, "u")
	return f
}

// workersPerCPU is how many workers share a CPU. Each worker renders and
// then writes its files; while some wait for the disk, others render, so
// writing overlaps with rendering.
const workersPerCPU = 4
