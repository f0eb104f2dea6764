package build

import (
	"errors"
	"io/fs"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"vinhdanh/internal/config"
	"vinhdanh/internal/content"
	"vinhdanh/internal/diagnostic"
	"vinhdanh/internal/i18n"
	"vinhdanh/internal/images"
	"vinhdanh/internal/markdown"
	"vinhdanh/internal/parallel"
	"vinhdanh/internal/publish"
	"vinhdanh/internal/render"
	"vinhdanh/internal/sitefs"
	"vinhdanh/internal/theme"
	"vinhdanh/internal/vietnamese"
)

// The setup of each stage, written once for Run, Session and Load.

// open returns the site's files: opts.FS when it is set, else the folder
// opts.Source, confined by sitefs; close releases them.
func (opts Options) open() (fsys fs.FS, close func() error, err error) {
	if opts.FS != nil {
		return opts.FS, func() error { return nil }, nil
	}
	root, err := sitefs.Open(opts.Source)
	if err != nil {
		return nil, nil, diagnostic.Usage(i18n.Errorf("cannot open the site folder %s: %v", opts.Source, unwrap(err)))
	}
	return root, root.Close, nil
}

// contentOptions are what the content stage is told of opts.
func (opts Options) contentOptions() content.Options {
	return content.Options{Drafts: opts.Drafts, Future: opts.Future, Now: opts.Now}
}

// loadConfig reads site.yaml, applies --base-url, and reads --now in the
// site's time zone into opts.Now. It returns the warnings so far. When
// site.yaml has mistakes it returns them as a diagnostic.List, with the Site
// as far as it was read (nil when it could not be read as YAML).
func loadConfig(fsys fs.FS, opts *Options) (*config.Site, diagnostic.List, error) {
	cfg, diags := config.Load(fsys)
	if cfg != nil && opts.BaseURL != "" {
		u, err := config.ParseBaseURL(opts.BaseURL)
		if err != nil {
			return nil, nil, i18n.Errorf("--base-url: %v", err)
		}
		cfg.BaseURL = u
	}
	if len(diags.Errors(false)) > 0 {
		if cfg != nil && cfg.Registry == nil {
			cfg = nil // site.yaml could not be read as YAML at all
		}
		if cfg != nil && opts.NowText != "" {
			opts.Now, _ = vietnamese.ParseDate(opts.NowText, cfg.Location)
		}
		return cfg, nil, diags.Sort()
	}
	if opts.NowText != "" {
		t, err := vietnamese.ParseDate(opts.NowText, cfg.Location)
		if err != nil {
			return nil, nil, diagnostic.Usage(i18n.Errorf("--now: %v", err))
		}
		opts.Now = t
	}
	if cfg.BaseURL == nil {
		diags.Warn(config.FileName, 0, 0, "base_url is not set, so canonical and sharing links are site paths, not full addresses; set base_url or pass --base-url")
	}
	return cfg, diags, nil
}

// withContent adds to the errors of a site.yaml that was read, with
// mistakes, those of the articles, so that an editor sees all of them at
// once; any other error is returned as it is.
func withContent(err error, fsys fs.FS, cfg *config.Site, opts Options) error {
	var problems diagnostic.List
	if cfg == nil || !errors.As(err, &problems) {
		return err
	}
	_, diags := content.Load(fsys, cfg, opts.contentOptions())
	return append(slices.Clone(problems), diags...).Sort()
}

// newRenderer prepares the rendering of site, arranged in opts.Index, with
// opts; it gives the renderer the site's static files (which replace the
// theme's of the same name), the minifier and the site's pictures.
func newRenderer(fsys fs.FS, site *content.Site, opts render.Options) (*render.Renderer, error) {
	siteStatic := map[string]content.Resource{}
	for _, s := range site.Static {
		siteStatic[s.Path] = s
	}
	opts.ReadAsset = func(p string) ([]byte, error) {
		if s, ok := siteStatic[p]; ok {
			return fs.ReadFile(fsys, s.Source)
		}
		return opts.Theme.ReadStatic(p)
	}
	opts.Compact, opts.Picture = publish.CompactHTML, site.Picture
	return render.New(opts)
}

// summaries fills in the summary of each article that has none from the
// first paragraph of its body. It is the one stage that changes articles
// after they are read, and it finishes before any page is rendered.
func summaries(articles []*content.Article, md *markdown.Renderer) error {
	return parallel.For(len(articles), parallel.PerCPU(workersPerCPU), func(i int) error {
		if a := articles[i]; a.Summary == "" {
			a.Summary, a.SummaryFromBody = md.Summary(a.Body), true
		}
		return nil
	})
}

// readContent runs the content stage: it reads and checks every article,
// and returns the site with warn and the articles' problems, sorted.
func readContent(fsys fs.FS, cfg *config.Site, opts Options, warn diagnostic.List) (*content.Site, diagnostic.List) {
	site, diags := content.Load(fsys, cfg, opts.contentOptions())
	return site, append(warn, diags...).Sort()
}

// loadTheme runs the theme stage and makes the Markdown converter, which
// must not give a heading an ID the theme's pages use.
func loadTheme(fsys fs.FS, cfg *config.Site, opts Options) (*theme.Theme, *markdown.Renderer, error) {
	th, err := theme.Load(fsys, cfg, theme.Options{Compact: publish.CompactTemplate, Interpret: opts.Interpret, Now: opts.Now})
	if err != nil {
		return nil, nil, err
	}
	return th, markdown.New(markdownOptions(cfg, th.IDs)), nil
}

// markdownOptions are the Markdown converter's, for pages whose layouts use
// the element IDs reserved.
func markdownOptions(cfg *config.Site, reserved []string) markdown.Options {
	return markdown.Options{Unsafe: cfg.UnsafeHTML, ReservedIDs: reserved, BasePath: cfg.BasePath()}
}

// CacheDir is the folder, in the site's, that keeps the pictures made
// unless Options.Cache names another.
const CacheDir = ".vinhdanh-cache"

// cacheDir returns the folder of the pictures' cache.
func (opts Options) cacheDir() string {
	if opts.Cache != "" {
		return opts.Cache
	}
	return filepath.Join(opts.Source, CacheDir)
}

// processor is the images stage's Processor for a site's settings and the
// cache of a build's options, made when a photo first needs it: a site
// without photos never makes one (nor fails where New would).
type processor struct {
	cfg  *config.Site
	opts Options
	p    *images.Processor
}

// get returns the Processor, making it the first time.
func (l *processor) get() (*images.Processor, error) {
	if l.p == nil {
		p, err := images.New(images.Options{Widths: l.cfg.Images.Widths, KeepMetadata: l.cfg.Images.KeepMetadata, CacheDir: l.opts.cacheDir()})
		if err != nil {
			return nil, err
		}
		l.p = p
	}
	return l.p, nil
}

// prune lets the cache forget the pictures no build has used for a month,
// when a Processor was made; a cache it cannot tidy only takes room.
func (l *processor) prune(now time.Time) {
	if l.p != nil {
		l.p.Prune(now)
	}
}

// rasterImages are the extensions of the pictures the images stage makes
// variants of; the others (SVG, WebP, AVIF) are published as they are.
var rasterImages = map[string]bool{".jpg": true, ".jpeg": true, ".png": true, ".gif": true}

// pictures runs the images stage: it makes the variants of every article's
// front-matter image, and of every picture its body shows from its bundle
// or static/ (found by md, which only parses), that is a JPEG, PNG or GIF,
// once per file, and returns them by the resource's output path. A picture
// that cannot be made is an error at the article's image key, or at the
// body's image, for each place naming it. A Session passes what it knows
// of its photos from earlier builds (nil for a single build), which also
// says whether photos not in the cache are left for later (see
// Options.PhotosLater): those have no variants in the result.
func pictures(fsys fs.FS, site *content.Site, procs *processor, md *markdown.Renderer, known *photoState) (map[string]*images.Result, error) {
	type place struct {
		file      string
		line, col int
	}
	var files []*content.Resource
	users := map[string][]place{}
	use := func(res *content.Resource, at place) {
		if res == nil || !rasterImages[strings.ToLower(path.Ext(res.Path))] {
			return
		}
		if users[res.Path] == nil {
			files = append(files, res)
		}
		users[res.Path] = append(users[res.Path], at)
	}
	// The bodies are parsed in parallel, and their pictures taken in the
	// articles' order, so that errors and work come in the same order.
	shown := make([][]markdown.Reference, len(site.Articles))
	err := parallel.For(len(site.Articles), parallel.PerCPU(workersPerCPU), func(i int) error {
		shown[i] = md.ImageReferences(site.Articles[i].Body)
		return nil
	})
	if err != nil {
		return nil, err
	}
	for i, a := range site.Articles {
		use(a.Image, place{a.Path, a.ImagePos.Line, a.ImagePos.Col})
		for _, ref := range shown[i] {
			res, _ := site.Picture(a, ref.Destination)
			at := place{a.Path, a.BodyLine, 0}
			if ref.Line > 0 {
				at.line, at.col = a.BodyLine+ref.Line-1, ref.Col
			}
			use(res, at)
		}
	}
	if known != nil {
		known.pending = nil
	}
	if len(files) == 0 {
		return nil, nil
	}
	proc, err := procs.get()
	if err != nil {
		return nil, err
	}
	results := make([]*images.Result, len(files))
	errs := make([]error, len(files))
	// later: left to a PhotoJob, when known defers; unread: the file
	// could not be read, which is tried again next build.
	var later, unread []bool
	if known != nil {
		later, unread = make([]bool, len(files)), make([]bool, len(files))
	}
	err = parallel.For(len(files), parallel.PerCPU(1), func(i int) error {
		res := files[i]
		if known != nil {
			if o, ok := known.outcome(res.Source); ok {
				results[i], errs[i] = o.result, o.err
				return nil
			}
		}
		src, err := fs.ReadFile(fsys, res.Source)
		if err != nil {
			errs[i] = unwrap(err)
			if unread != nil {
				unread[i] = true
			}
			return nil
		}
		base := path.Base(res.Path)
		name := strings.TrimSuffix(base, path.Ext(base))
		if known != nil && known.later {
			results[i], errs[i] = proc.Lookup(src, name)
			later[i] = results[i] == nil && errs[i] == nil
			return nil
		}
		results[i], errs[i] = proc.Variants(src, name)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if known != nil {
		known.update(files, results, errs, later, unread)
	}
	out := make(map[string]*images.Result, len(files))
	var diags diagnostic.List
	for i, res := range files {
		if errs[i] != nil {
			for _, at := range users[res.Path] {
				diags.Add(at.file, at.line, at.col, "image %s cannot be published: %v", path.Base(res.Source), errs[i])
			}
			continue
		}
		if results[i] != nil { // nil: left for later
			out[res.Path] = results[i]
		}
	}
	claimCopies(site, files, out, &diags)
	if len(diags) > 0 {
		return nil, diags.Sort()
	}
	return out, nil
}

// claimCopies checks that the copies of each photo in pics (files, in
// order) can be written beside it: that no file of the site is published
// at a copy's path (a copy from an earlier output put back into the
// bundle), and that no two photos make copies of the same name (the same
// picture saved as anh.jpg and anh.jpeg). Either would be written twice.
func claimCopies(site *content.Site, files []*content.Resource, pics map[string]*images.Result, diags *diagnostic.List) {
	own := map[string]string{} // output path -> the site's file published there
	for _, a := range site.Articles {
		for _, r := range a.Resources {
			own[r.Path] = r.Source
		}
	}
	for _, r := range site.Static {
		own[r.Path] = r.Source
	}
	made := map[string]string{} // output path -> the photo whose copy it is
	for _, res := range files {
		pic := pics[res.Path]
		if pic == nil {
			continue
		}
		dir := path.Dir(res.Path) + "/"
		if dir == "./" {
			dir = ""
		}
		for _, v := range append(pic.Variants, pic.Social) {
			p := dir + v.Name
			if other, ok := own[p]; ok {
				diags.Add(other, 1, 1, "this file has the name of a copy vinhdanh makes of %s, and would be written over by it; remove it (every build makes the copies again)", path.Base(res.Source))
				delete(own, p)
				continue
			}
			if other, ok := made[p]; ok && other != res.Source {
				diags.Add(res.Source, 1, 1, "this picture is the same as %s, whose copies would have the same names as its own; keep one of the two", other)
				break
			}
			made[p] = res.Source
		}
	}
}

// referenced reports whether one of refs, the links and images of a's
// body, names the file published at p, of which the images stage made
// copies: a link does; an image does not, since the page shows the copies.
func referenced(site *content.Site, a *content.Article, refs []markdown.Reference, p string) bool {
	for _, ref := range refs {
		if ref.Image {
			continue
		}
		if res, _ := site.Picture(a, ref.Destination); res != nil && res.Path == p {
			return true
		}
	}
	return false
}

// countPhotos returns how many photos pics holds, and how many of them the
// cache gave.
func countPhotos(pics map[string]*images.Result) (photos, cached int) {
	for _, r := range pics {
		photos++
		if r.Cached {
			cached++
		}
	}
	return photos, cached
}
