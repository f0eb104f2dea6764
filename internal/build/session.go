package build

import (
	"errors"
	"io/fs"
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
	"vinhdanh/internal/markdown"
	"vinhdanh/internal/parallel"
	"vinhdanh/internal/publish"
	"vinhdanh/internal/render"
	"vinhdanh/internal/search"
	"vinhdanh/internal/theme"
)

// A Session builds a site into memory again and again, for the preview
// server, redoing only what the changed files affect:
//
//   - site.yaml or a theme file changed: everything is read and rendered
//     again, as by a first build;
//   - a static file changed: the site is read again as below, and every page
//     rendered again (pages carry the versions of the theme's files);
//   - articles changed only after their front matter: those articles are
//     read again and updated in place; the arrangement of the site (lists,
//     neighbours, related articles, the register) stands, and the pages
//     rendered are their own pages and those whose key (see
//     render.Options.Reuse) names them: the list pages and feeds that
//     show them, the pages that relate to them;
//   - anything else under content/: the changed articles are read again,
//     the others kept, the site arranged again, and the pages whose key
//     changed are rendered.
//
// Every output is whole: files not rendered again are carried over from the
// previous output, and the output of a build that fails is not made, so the
// previous one stands. Each output equals, file for file, what a build of
// the same sources writes, except the search index, which a SearchJob finishes
// afterwards (the previous index and search page stand meanwhile); its
// warnings are the build's, those of the links and images of every article
// included, whether its page was rendered again or kept.
//
// A build that fails changes nothing of the last good build's state: its
// site, renderer, output and texts stay as they were, so the search job of
// that build, made or run afterwards, finishes that build's index.
//
// A Session's methods must not be called concurrently.
type Session struct {
	opts  Options
	fsys  fs.FS
	close func() error // releases fsys

	// Made again when site.yaml or the theme change.
	cfg    *config.Site
	th     *theme.Theme
	md     *markdown.Renderer
	loader *content.Loader
	procs  *processor // the images stage's, for cfg
	pics   map[string]*images.Result
	photos *photoState     // what is known of the photos, across settings
	warn   diagnostic.List // the configuration's warnings

	// The last good build: its renderer, site, output and the plain text
	// of each article's body and its links and images (by its path, for
	// search and the link check). A build replaces them only once it has
	// succeeded whole.
	r     *render.Renderer
	site  *content.Site
	out   *publish.Memory
	texts map[string]articleText
	// job indexes out, until searched is set: out holds its index.
	job      *SearchJob
	searched bool
	// builds counts the builds that succeeded.
	builds int

	// rearrange is set when the next build must arrange the site and make
	// a renderer anew, even for edits of bodies only: the files r was made
	// from changed, or a build failed since r was made, so the loader's
	// site may not be the one r renders.
	rearrange bool
	// fresh is set when no page of out may be kept: the theme's files,
	// whose versions every page carries, may have changed.
	fresh bool
	// reusing is what the build under way may keep pages from; every
	// renderer's Reuse reads it.
	reusing struct {
		out   *publish.Memory
		fresh bool
	}
}

type articleText struct {
	version uint64
	text    string
	refs    []markdown.Reference
}

// Output is the result of one of a Session's builds.
type Output struct {
	Files   *publish.Memory
	Summary *Summary
	// Changed lists the output paths whose bytes differ from the previous
	// output's, or that are new or gone, sorted; nil after a first build.
	Changed []string
}

// NewSession prepares a session for the site at opts.Source; opts.Dest is
// not used.
func NewSession(opts Options) (*Session, error) {
	fsys, closeFS, err := opts.open()
	if err != nil {
		return nil, err
	}
	return &Session{opts: opts, fsys: fsys, close: closeFS}, nil
}

// Site returns the site of the last build that succeeded; nil before one
// has.
func (s *Session) Site() *content.Site { return s.site }

// Close releases the site's folder.
func (s *Session) Close() error { return s.close() }

// Build builds the site again after the files at the slash paths (relative
// to the site's folder) changed; nil means any may have, as at the start.
func (s *Session) Build(changed []string) (*Output, error) {
	out, err := s.build(changed)
	if errors.Is(err, images.ErrCacheGone) && s.photos != nil {
		// The cache was deleted under the session: what it knew of the
		// photos is gone with it, and they are made again.
		s.photos.reset()
		s.rearrange = true
		out, err = s.build(changed)
	}
	if err != nil {
		s.rearrange = true
	}
	return out, err
}

func (s *Session) build(changed []string) (*Output, error) {
	start := time.Now()
	contentChanged := s.classify(changed)
	if s.cfg == nil {
		opts := s.opts
		cfg, diags, err := loadConfig(s.fsys, &opts)
		if err != nil {
			return nil, withContent(err, s.fsys, cfg, opts)
		}
		th, md, err := loadTheme(s.fsys, cfg, opts)
		if err != nil {
			return nil, err
		}
		s.opts.Now = opts.Now
		s.cfg, s.th, s.md, s.warn = cfg, th, md, diags
		s.procs = &processor{cfg: cfg, opts: s.opts}
		if s.photos == nil {
			s.photos = newPhotoState(s.opts.PhotosLater)
		}
		s.photos.reset()
		s.loader = content.NewLoader(s.fsys, cfg, s.opts.contentOptions())
		contentChanged = nil
	}
	site, contentDiags, bodyOnly := s.loader.Reload(contentChanged)
	diags := append(slices.Clone(s.warn), contentDiags...).Sort()
	if len(diags.Errors(false)) > 0 { // warnings wait for checkLinks
		return nil, diags
	}
	pics, err := pictures(s.fsys, site, s.procs, s.md, s.photos)
	if err != nil {
		return nil, err
	}
	if err := summaries(site.Articles, s.md); err != nil {
		return nil, err
	}
	// Other copies of a photo have other names, which its page and every
	// list showing its card write: no page is reused then (a photo saved
	// again is rare; keys of every list naming each photo would not be).
	picturesChanged := !samePictures(pics, s.pics)
	r := s.r
	if r == nil || s.rearrange || !bodyOnly || picturesChanged {
		var err error
		r, err = newRenderer(s.fsys, site, render.Options{
			Site: s.cfg, Theme: s.th, Index: index.Build(site.Articles, s.cfg.Registry), Markdown: s.md, Now: s.opts.Now, Pictures: pics,
			Reuse: func(path string, key uint64) bool {
				return !s.reusing.fresh && s.reusing.out.PreviousKey(path) == key
			},
		})
		if err != nil {
			return nil, err
		}
	}

	out := publish.NewMemory(s.out)
	s.reusing.out, s.reusing.fresh = out, s.fresh || picturesChanged
	defer func() { s.reusing.out = nil }()
	var mu sync.Mutex
	// texts gathers the texts of the articles rendered anew; the session's
	// take them once the build has succeeded.
	texts := map[string]articleText{}
	sum := &Summary{Articles: len(site.Articles), Drafts: site.Drafts, Future: site.Future, Warnings: diags}
	sum.Photos, sum.PhotosCached = countPhotos(pics)
	w := &siteWriter{fsys: s.fsys, cfg: s.cfg, site: site, th: s.th, r: r, out: out, sum: sum, now: s.opts.Now,
		pictures: pics, publishOriginals: s.cfg.Images.PublishOriginals,
		kept: func(f render.File) error {
			if f.Reused {
				return out.Keep(f.Path)
			}
			return out.SetKey(f.Path, f.Key)
		},
		keptRefs: func(a *content.Article) []markdown.Reference { return s.texts[a.Path].refs },
		texted: func(a *content.Article, body markdown.Result) {
			mu.Lock()
			texts[a.Path] = articleText{a.Version, body.Text, body.References}
			mu.Unlock()
		},
	}
	if s.cfg.Search && s.out != nil {
		if err := out.KeepFolder("tim-kiem"); err != nil {
			return nil, err
		}
	}
	if err := w.write(); err != nil {
		return nil, err
	}
	// The texts of every article published, from this build or kept from
	// the last; those of articles gone are dropped.
	all := make(map[string]articleText, len(site.Articles))
	refs := make([][]markdown.Reference, len(site.Articles))
	for i, a := range site.Articles {
		t, ok := texts[a.Path]
		if !ok {
			t, ok = s.texts[a.Path]
		}
		if !ok || t.version != a.Version {
			// Its page was kept, but its text is not known: a
			// session's pages and texts are made together, so this
			// is a mistake in the session, not in the site.
			return nil, i18n.Errorf("%s: its page was kept but its text is gone", a.Path)
		}
		all[a.Path], refs[i] = t, t.refs
	}
	if err := checkLinks(sum, site, refs, out, s.cfg.Search, s.opts.Strict); err != nil {
		return nil, err // as for a site that does not build
	}
	var job *SearchJob
	if s.cfg.Search {
		// The job holds what it indexes now: a later build may update
		// these articles in place, and must not change this index.
		job = &SearchJob{r: r, build: s.builds + 1, docs: make([]search.Doc, len(site.Articles))}
		for i, a := range site.Articles {
			job.docs[i] = searchDoc(i, a, all[a.Path].text)
		}
		job.docs = append(job.docs, r.HonoureeDocs(len(site.Articles))...)
	}

	result := &Output{Files: out, Summary: sum}
	if s.out != nil {
		result.Changed = out.Changed()
		s.out.Forget()
	}
	s.r, s.site, s.out, s.texts, s.job, s.pics = r, site, out, all, job, pics
	s.searched, s.fresh, s.rearrange = false, false, false
	s.builds++
	if s.builds == 1 {
		s.procs.prune(time.Now()) // once a session, as once a build
	}
	sum.Files, sum.Bytes = out.Stats()
	sum.Duration = time.Since(start)
	return result, nil
}

// classify resets what the changed files make stale and returns those
// under content/ and static/, which the loader reads again.
func (s *Session) classify(changed []string) []string {
	if changed == nil {
		s.cfg, s.rearrange, s.fresh = nil, true, true
		return nil
	}
	forLoader := []string{}
	for _, p := range changed {
		switch {
		case p == config.FileName || strings.HasPrefix(p, "themes/"):
			s.cfg, s.rearrange = nil, true
		case strings.HasPrefix(p, content.StaticDir+"/"):
			s.rearrange, s.fresh = true, true // asset versions are in every page
			forLoader = append(forLoader, p)
			s.forgetPhoto(p)
		case strings.HasPrefix(p, content.ContentDir+"/"):
			forLoader = append(forLoader, p)
			s.forgetPhoto(p)
		}
	}
	if s.cfg == nil {
		s.fresh = true
	}
	return forLoader
}

// forgetPhoto drops what the session knows of the photo at p, which
// changed.
func (s *Session) forgetPhoto(p string) {
	if s.photos != nil {
		s.photos.forget(p)
	}
}

// SearchJob finishes the search index of one of a Session's builds. It
// holds what it needs, so it can run while the session builds again.
type SearchJob struct {
	docs  []search.Doc
	r     *render.Renderer
	build int
}

// SearchJob returns the job of indexing the last build that succeeded, or
// nil when the site has no search or its index is in place. Builds that
// failed since do not change it.
func (s *Session) SearchJob() *SearchJob {
	if s.searched {
		return nil
	}
	return s.job
}

// SearchFiles are a finished index and its search page.
type SearchFiles struct {
	files *publish.Memory
	build int
}

// Run builds the index.
func (j *SearchJob) Run() (*SearchFiles, error) {
	b := search.NewBuilder(len(j.docs))
	if err := parallel.For(len(j.docs), parallel.PerCPU(workersPerCPU), func(i int) error { return b.Add(j.docs[i]) }); err != nil {
		return nil, err
	}
	files := publish.NewMemory(nil)
	cfg, err := finishSearch(b, files)
	if err != nil {
		return nil, err
	}
	page, err := j.r.Search(cfg)
	if err != nil {
		return nil, err
	}
	if err := files.WriteRaw(page.Path, page.Data); err != nil {
		return nil, err
	}
	return &SearchFiles{files: files, build: j.build}, nil
}

// AddSearch puts a finished index in place of the previous one and returns
// the output with it; nil when the index is of an earlier build than the
// last, which will have its own.
func (s *Session) AddSearch(f *SearchFiles) (*Output, error) {
	if f.build != s.builds || s.searched {
		return nil, nil
	}
	out := publish.NewMemory(s.out)
	if err := out.Merge(f.files); err != nil {
		return nil, err
	}
	if err := out.KeepAllBut("tim-kiem"); err != nil {
		return nil, err
	}
	result := &Output{Files: out, Changed: out.Changed()}
	s.out.Forget()
	s.out, s.searched = out, true
	return result, nil
}

// samePictures reports whether a and b hold the same variants of the same
// photos, so that a renderer made for one serves the other.
func samePictures(a, b map[string]*images.Result) bool {
	if len(a) != len(b) {
		return false
	}
	for p, ra := range a {
		rb := b[p]
		if rb == nil || len(ra.Variants) != len(rb.Variants) || ra.Social.Name != rb.Social.Name {
			return false
		}
		for i := range ra.Variants {
			if ra.Variants[i].Name != rb.Variants[i].Name {
				return false
			}
		}
	}
	return true
}
