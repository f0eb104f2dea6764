// Package build runs a whole build, and is the only package that knows the
// order of the stages:
//
//  1. config   read site.yaml (and apply --base-url)
//  2. content  read and check every article; stop here on any error, before
//     anything is written
//  3. theme    load the layouts and strings
//  4. markdown take the summary of articles that give none from their body
//  5. index    arrange the articles into lists, neighbours and related
//  6. render   article pages (Markdown to HTML) and aliases in parallel,
//     then the lists and index pages with their feeds, the 404 page, and
//     the sitemaps of every page published
//  7. publish  minify and write each file as it is rendered, copy bundle
//     resources and static files, then swap the new tree into place
//
// A build that fails at any stage leaves the destination as it was.
package build

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"vinhdanh/internal/config"
	"vinhdanh/internal/content"
	"vinhdanh/internal/diagnostic"
	"vinhdanh/internal/index"
	"vinhdanh/internal/markdown"
	"vinhdanh/internal/publish"
	"vinhdanh/internal/render"
	"vinhdanh/internal/search"
	"vinhdanh/internal/theme"
	"vinhdanh/internal/vietnamese"
)

// Options are a build's inputs besides the source tree.
type Options struct {
	Source  string // the site's folder
	Dest    string // the output folder
	BaseURL string // overrides site.yaml's base_url when set
	Drafts  bool
	Future  bool
	// Now decides what is in the future and what the news sitemap holds.
	// NowText, when set, replaces it: a time as editors write dates, read in
	// the site's time zone when it names none.
	Now     time.Time
	NowText string
	Strict  bool // warnings fail the build
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
	Files          int
	Bytes          int64
	Duration       time.Duration
	Warnings       diagnostic.List
	Dest           string
}

// ContentError is returned when the site's files have problems: it holds
// every error, and the warnings, sorted.
type ContentError struct {
	Diagnostics diagnostic.List
}

func (e *ContentError) Error() string {
	return e.Diagnostics.Error()
}

// Run builds the site described by opts.
func Run(opts Options) (*Summary, error) {
	start := time.Now()
	root, err := os.OpenRoot(opts.Source)
	if err != nil {
		return nil, &UsageError{fmt.Sprintf("cannot open the site folder %s: %v", opts.Source, unwrap(err))}
	}
	defer root.Close()
	if err := checkDest(opts.Source, opts.Dest); err != nil {
		return nil, err
	}
	fsys := root.FS()

	cfg, diags := config.Load(fsys)
	if cfg != nil && opts.BaseURL != "" {
		u, err := config.ParseBaseURL(opts.BaseURL)
		if err != nil {
			return nil, fmt.Errorf("--base-url: %v", err)
		}
		cfg.BaseURL = u
	}
	if len(diags.Errors(false)) > 0 {
		return nil, &ContentError{diags.Sort()}
	}
	if opts.NowText != "" {
		t, err := vietnamese.ParseDate(opts.NowText, cfg.Location)
		if err != nil {
			return nil, &UsageError{fmt.Sprintf("--now: %v", err)}
		}
		opts.Now = t
	}
	if cfg.BaseURL == nil {
		diags.Warn(config.FileName, 0, 0, "base_url is not set, so canonical and sharing links are site paths, not full addresses; set base_url or pass --base-url")
	}
	site, contentDiags := content.Load(fsys, cfg, content.Options{Drafts: opts.Drafts, Future: opts.Future, Now: opts.Now})
	diags.Append(contentDiags)
	diags = diags.Sort()
	if len(diags.Errors(opts.Strict)) > 0 {
		return nil, &ContentError{diags}
	}

	th, err := theme.Load(fsys, cfg, theme.Options{Compact: publish.CompactTemplate})
	if err != nil {
		return nil, err
	}
	md := markdown.New(markdown.Options{Unsafe: cfg.UnsafeHTML, ReservedIDs: th.IDs})
	if err := summaries(site.Articles, md); err != nil {
		return nil, err
	}
	idx := index.Build(site.Articles, cfg.Registry)
	siteStatic := map[string]content.Resource{}
	for _, s := range site.Static {
		siteStatic[s.Path] = s
	}
	readAsset := func(p string) ([]byte, error) {
		if s, ok := siteStatic[p]; ok {
			return fs.ReadFile(fsys, s.Source)
		}
		return th.ReadStatic(p)
	}
	r, err := render.New(cfg, th, idx, md, opts.Now, readAsset, publish.CompactHTML)
	if err != nil {
		return nil, err
	}
	pub, err := publish.Begin(opts.Dest)
	if errors.Is(err, publish.ErrNotOutput) {
		return nil, &UsageError{err.Error()}
	}
	if err != nil {
		return nil, fmt.Errorf("cannot write the output: %v", err)
	}
	sum := &Summary{Articles: len(site.Articles), Drafts: site.Drafts, Future: site.Future, Warnings: diags, Dest: opts.Dest}
	if err := write(fsys, cfg, site, th, r, pub, sum, opts.Now); err != nil {
		pub.Abort()
		return nil, err
	}
	if err := pub.Commit(); err != nil {
		return nil, fmt.Errorf("cannot put the output in place: %v", err)
	}
	sum.Files, sum.Bytes = pub.Stats()
	sum.Duration = time.Since(start)
	return sum, nil
}

// checkDest refuses an output folder that is the source or contains it, or
// that lies inside content/, where a swap would destroy the site itself.
func checkDest(source, dest string) error {
	src, err := filepath.Abs(source)
	if err != nil {
		return err
	}
	dst, err := filepath.Abs(dest)
	if err != nil {
		return err
	}
	inside := func(child, parent string) bool {
		rel, err := filepath.Rel(parent, child)
		return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
	}
	switch {
	case inside(src, dst):
		return &UsageError{fmt.Sprintf("--dest %s holds the site itself; choose a folder such as public", dest)}
	case inside(dst, filepath.Join(src, content.ContentDir)), inside(dst, filepath.Join(src, content.StaticDir)),
		inside(dst, filepath.Join(src, "themes")):
		return &UsageError{fmt.Sprintf("--dest %s is inside the site's sources; choose a folder such as public", dest)}
	}
	return nil
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

// UsageError is a mistake in how the build was asked for.
type UsageError struct{ Message string }

func (e *UsageError) Error() string { return e.Message }

// summaries fills in the summary of each article that has none from the
// first paragraph of its body. It is the one stage that changes articles
// after they are read, and it finishes before any page is rendered.
func summaries(articles []*content.Article, md *markdown.Renderer) error {
	return parallel(len(articles), func(i int) error {
		if a := articles[i]; a.Summary == "" {
			a.Summary, a.SummaryFromBody = md.Summary(a.Body), true
		}
		return nil
	})
}

// write renders and publishes everything.
func write(fsys fs.FS, cfg *config.Site, site *content.Site, th *theme.Theme, r *render.Renderer, pub *publish.Publisher, sum *Summary, now time.Time) error {
	var mu sync.Mutex
	var sitemap []render.PageRef
	// publish writes a file and notes it for the sitemap and the summary.
	publish := func(f render.File) error {
		if err := writeFile(pub, f); err != nil {
			return err
		}
		mu.Lock()
		defer mu.Unlock()
		if f.InSitemap {
			sitemap = append(sitemap, render.PageRef{Path: f.Path, LastMod: f.LastMod})
		}
		switch {
		case strings.HasSuffix(f.Path, ".xml"):
			sum.Feeds++
		case f.InSitemap:
			sum.ListPages++
		}
		return nil
	}
	var index *search.Builder
	if cfg.Search {
		index = search.NewBuilder(len(site.Articles))
	}
	err := parallel(len(site.Articles), func(i int) error {
		a := site.Articles[i]
		f, text, err := r.Article(a)
		if err != nil {
			return fmt.Errorf("%s: %v", a.Path, err)
		}
		if index != nil {
			if err := index.Add(searchDoc(i, a, text)); err != nil {
				return err
			}
		}
		aliases, err := r.Aliases(a)
		if err != nil {
			return err
		}
		for _, f := range append([]render.File{f}, aliases...) {
			if err := writeFile(pub, f); err != nil {
				return fmt.Errorf("%s: %v", a.Path, err)
			}
		}
		for _, res := range a.Resources {
			if err := pub.Copy(res.Path, fsys, res.Source); err != nil {
				return fmt.Errorf("%s: %v", res.Source, err)
			}
		}
		mu.Lock()
		defer mu.Unlock()
		sitemap = append(sitemap, render.PageRef{Path: f.Path, LastMod: f.LastMod})
		sum.ArticlePages++
		sum.AliasPages += len(aliases)
		sum.Resources += len(a.Resources)
		return nil
	})
	if err != nil {
		return err
	}
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
		r.Home, r.Provinces, r.Years, r.Periods, r.Tags, r.Awards, r.Clusters,
		one(r.Archive), one(r.Atom), one(func() (render.File, error) { return r.NewsSitemap(now) }),
	}
	for _, k := range content.Kinds {
		lists = append(lists, func(emit render.Emit) error { return r.Kind(k, emit) })
	}
	// The search index is finished beside the list pages: much of its work
	// is serial, and the lists keep the other processors busy meanwhile.
	searched := make(chan error, 1)
	go func() {
		if index == nil {
			searched <- nil
			return
		}
		searched <- writeSearch(index, r, pub, publish, sum)
	}()
	err = parallel(len(lists), func(i int) error { return lists[i](publish) })
	if searchErr := <-searched; err == nil {
		err = searchErr
	}
	if err != nil {
		return err
	}
	notFound, err := r.NotFound()
	if err != nil {
		return err
	}
	if err := writeFile(pub, notFound); err != nil {
		return err
	}
	sum.OtherPages++
	sitemaps, err := r.Sitemaps(sitemap)
	if err != nil {
		return err
	}
	// Site static files, then the theme's, which a site file of the same
	// name overrides; a site's own robots.txt replaces the generated one.
	siteStatic := map[string]bool{}
	for _, s := range site.Static {
		siteStatic[s.Path] = true
		if err := pub.Copy(s.Path, fsys, s.Source); err != nil {
			return fmt.Errorf("%s: %v", s.Source, err)
		}
		sum.Resources++
	}
	if !siteStatic["robots.txt"] {
		sitemaps = append(sitemaps, r.Robots())
	}
	for _, f := range sitemaps {
		if err := pub.Write(f.Path, f.Data); err != nil {
			return err
		}
		sum.OtherPages++
	}
	for _, s := range th.Static {
		if siteStatic[s.Path] {
			continue
		}
		if err := copyThemeFile(pub, th, s.Path); err != nil {
			return err
		}
		sum.Resources++
	}
	return nil
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
	return d
}

// writeSearch finishes the search index, writes its files under
// /tim-kiem/<version>/, and renders the search page.
func writeSearch(b *search.Builder, r *render.Renderer, pub *publish.Publisher, publishPage func(render.File) error, sum *Summary) error {
	const staging = "tim-kiem/.index"
	cfg, err := b.Finish(func(name string, data []byte) error {
		return pub.WriteRaw(staging+"/"+name, data)
	})
	if err != nil {
		return err
	}
	if err := pub.Rename(staging, "tim-kiem/"+cfg.Version); err != nil {
		return err
	}
	sum.SearchFiles, sum.SearchBytes = cfg.Stats.Files, cfg.Stats.Bytes
	page, err := r.Search(cfg)
	if err != nil {
		return err
	}
	return publishPage(page)
}

// writeFile writes a rendered file, minifying it unless it is already.
func writeFile(pub *publish.Publisher, f render.File) error {
	if f.Compact {
		return pub.WriteRaw(f.Path, f.Data)
	}
	return pub.Write(f.Path, f.Data)
}

func copyThemeFile(pub *publish.Publisher, th *theme.Theme, p string) error {
	data, err := th.ReadStatic(p)
	if err != nil {
		return fmt.Errorf("theme static/%s: %v", p, err)
	}
	return pub.Write(p, data)
}

// workersPerCPU is how many workers share a CPU. Each worker renders and
// then writes its files; while some wait for the disk, others render, so
// writing overlaps with rendering.
const workersPerCPU = 4

// parallel calls f(0..n-1) on several workers and returns the first error;
// after an error, no new calls start.
func parallel(n int, f func(i int) error) error {
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		firstErr error
		next     int
	)
	take := func() (int, bool) {
		mu.Lock()
		defer mu.Unlock()
		if firstErr != nil || next >= n {
			return 0, false
		}
		next++
		return next - 1, true
	}
	for range min(workersPerCPU*runtime.GOMAXPROCS(0), max(n, 1)) {
		wg.Go(func() {
			for {
				i, ok := take()
				if !ok {
					return
				}
				if err := f(i); err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					mu.Unlock()
					return
				}
			}
		})
	}
	wg.Wait()
	return firstErr
}
