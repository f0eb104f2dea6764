package build

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"time"

	"vinhdanh/internal/config"
	"vinhdanh/internal/content"
	"vinhdanh/internal/diagnostic"
	"vinhdanh/internal/markdown"
	"vinhdanh/internal/publish"
	"vinhdanh/internal/render"
	"vinhdanh/internal/search"
	"vinhdanh/internal/sitefs"
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
//     render.Renderer.Reuse) names them: the list pages and feeds that
//     show them, the pages that relate to them;
//   - anything else under content/: the changed articles are read again,
//     the others kept, the site arranged again, and the pages whose key
//     changed are rendered.
//
// Every output is whole: files not rendered again are carried over from the
// previous output, and the output of a build that fails is not made, so the
// previous one stands. Each output equals, file for file, what a build of
// the same sources writes, except the search index, which a SearchJob finishes
// afterwards (the previous index and search page stand meanwhile).
//
// A Session's methods must not be called concurrently.
type Session struct {
	opts Options
	root *sitefs.FS
	fsys fs.FS

	// Made again when site.yaml or the theme change.
	cfg    *config.Site
	th     *theme.Theme
	md     *markdown.Renderer
	loader *content.Loader
	warn   diagnostic.List // the configuration's warnings
	// r renders the current arrangement; nil when it must be made again.
	r *render.Renderer

	site *content.Site
	out  *publish.Memory
	// fresh is set when no page of out may be kept: the theme's files,
	// whose versions every page carries, may have changed.
	fresh bool
	// texts holds the plain text of each article's body, by its path, for
	// search.
	texts map[string]articleText
	// builds counts the builds that succeeded; searched is set when out
	// holds the search index of the last.
	builds   int
	searched bool
}

type articleText struct {
	version uint64
	text    string
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
	root, err := sitefs.Open(opts.Source)
	if err != nil {
		return nil, &UsageError{fmt.Sprintf("cannot open the site folder %s: %v", opts.Source, unwrap(err))}
	}
	return &Session{opts: opts, root: root, fsys: root}, nil
}

// Site returns the site of the last build that succeeded; nil before one
// has.
func (s *Session) Site() *content.Site { return s.site }

// Close releases the site's folder.
func (s *Session) Close() error { return s.root.Close() }

// Build builds the site again after the files at the slash paths (relative
// to the site's folder) changed; nil means any may have, as at the start.
func (s *Session) Build(changed []string) (*Output, error) {
	start := time.Now()
	contentChanged := s.classify(changed)
	if s.texts == nil {
		s.texts = map[string]articleText{}
	}
	if s.cfg == nil {
		opts := s.opts
		cfg, diags, err := loadConfig(s.fsys, &opts)
		if err != nil {
			return nil, withContent(err, s.fsys, cfg, opts)
		}
		th, err := theme.Load(s.fsys, cfg, theme.Options{Compact: publish.CompactTemplate, Interpret: interpretLayouts})
		if err != nil {
			return nil, err
		}
		s.opts.Now = opts.Now
		s.cfg, s.th, s.warn = cfg, th, diags
		s.md = markdown.New(markdown.Options{Unsafe: cfg.UnsafeHTML, ReservedIDs: th.IDs, BasePath: cfg.BasePath()})
		s.loader = content.NewLoader(s.fsys, cfg, content.Options{Drafts: s.opts.Drafts, Future: s.opts.Future, Now: s.opts.Now})
		contentChanged = nil
	}
	site, contentDiags, bodyOnly := s.loader.Reload(contentChanged)
	diags := append(slices.Clone(s.warn), contentDiags...).Sort()
	if len(diags.Errors(s.opts.Strict)) > 0 {
		s.r = nil // the loader's site is not the one rendered
		return nil, &ContentError{diags}
	}
	if err := summaries(site.Articles, s.md); err != nil {
		return nil, err
	}
	if s.r == nil || !bodyOnly {
		r, err := newRenderer(s.fsys, s.cfg, site, s.th, s.md, s.opts.Now)
		if err != nil {
			return nil, err
		}
		s.r = r
	}
	s.site = site

	out := publish.NewMemory(s.out)
	var mu sync.Mutex

	fresh := s.fresh
	s.r.Reuse = func(path string, key uint64) bool {
		return !fresh && out.PreviousKey(path) == key
	}
	sum := &Summary{Articles: len(site.Articles), Drafts: site.Drafts, Future: site.Future, Warnings: diags}
	w := &siteWriter{fsys: s.fsys, cfg: s.cfg, site: site, th: s.th, r: s.r, out: out, sum: sum, now: s.opts.Now,
		kept: func(f render.File) error {
			if f.Reused {
				return out.Keep(f.Path)
			}
			return out.SetKey(f.Path, f.Key)
		},
		texted: func(a *content.Article, text string) {
			mu.Lock()
			s.texts[a.Path] = articleText{a.Version, text}
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
	if !bodyOnly {
		// Drop the texts of articles gone.
		texts := make(map[string]articleText, len(site.Articles))
		for _, a := range site.Articles {
			t, ok := s.texts[a.Path]
			if !ok || t.version != a.Version {
				// Its page was kept, but its text is not known: a
				// session's pages and texts are made together, so
				// this is a mistake in the session, not in the site.
				return nil, fmt.Errorf("%s: its page was kept but its text is gone", a.Path)
			}
			texts[a.Path] = t
		}
		s.texts = texts
	}
	result := &Output{Files: out, Summary: sum}
	if s.out != nil {
		result.Changed = out.Changed()
		s.out.Forget()
	}
	s.out, s.searched, s.fresh = out, false, false
	s.builds++
	sum.Files, sum.Bytes = out.Stats()
	sum.Duration = time.Since(start)
	return result, nil
}

// classify resets what the changed files make stale and returns those
// under content/ and static/, which the loader reads again.
func (s *Session) classify(changed []string) []string {
	if changed == nil {
		s.cfg = nil
		return nil
	}
	forLoader := []string{}
	for _, p := range changed {
		switch {
		case p == config.FileName || strings.HasPrefix(p, "themes/"):
			s.cfg, s.r = nil, nil
		case strings.HasPrefix(p, content.StaticDir+"/"):
			s.r, s.fresh = nil, true // asset versions are in every page
			forLoader = append(forLoader, p)
		case strings.HasPrefix(p, content.ContentDir+"/"):
			forLoader = append(forLoader, p)
		}
	}
	if s.cfg == nil {
		s.fresh = true
	}
	return forLoader
}

// SearchJob finishes the search index of one of a Session's builds. It
// holds what it needs, so it can run while the session builds again.
type SearchJob struct {
	docs  []search.Doc
	r     *render.Renderer
	build int
}

// SearchJob returns the job of indexing the last build, or nil when the
// site has no search or its index is in place.
func (s *Session) SearchJob() *SearchJob {
	if s.out == nil || !s.cfg.Search || s.searched {
		return nil
	}
	j := &SearchJob{r: s.r, build: s.builds, docs: make([]search.Doc, len(s.site.Articles))}
	for i, a := range s.site.Articles {
		j.docs[i] = searchDoc(i, a, s.texts[a.Path].text)
	}
	return j
}

// SearchFiles are a finished index and its search page.
type SearchFiles struct {
	files *publish.Memory
	build int
}

// Run builds the index.
func (j *SearchJob) Run() (*SearchFiles, error) {
	b := search.NewBuilder(len(j.docs))
	if err := parallel(len(j.docs), func(i int) error { return b.Add(j.docs[i]) }); err != nil {
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
