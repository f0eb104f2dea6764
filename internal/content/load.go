package content

import (
	"cmp"
	"errors"
	"io/fs"
	"path"
	"slices"
	"strings"
	"time"

	"vinhdanh/internal/config"
	"vinhdanh/internal/diagnostic"
	"vinhdanh/internal/i18n"
	"vinhdanh/internal/parallel"
	"vinhdanh/internal/vietnamese"
)

// Options choose which articles are published.
type Options struct {
	Drafts bool      // publish drafts
	Future bool      // publish articles dated after Now
	Now    time.Time // the moment that decides what is in the future
}

// Site is everything read from a source tree.
type Site struct {
	// Articles are the published articles, newest first (ties by path).
	Articles []*Article
	// Drafts and Future count the articles left out as drafts or as dated
	// after Options.Now.
	Drafts, Future int
	// Static lists the files of static/, in path order.
	Static []Resource
	// files are the source tree's files, for Picture.
	files map[string]file
}

// Folders of the source tree.
const (
	ContentDir = "content"
	StaticDir  = "static"
)

// file is a regular file found in the source tree.
type file struct {
	size int64
	real string // its path in the source tree, which may not be NFC
}

// tree is the result of walking the source tree.
type tree struct {
	// files holds every regular file under content/ and static/, by its
	// path in NFC, so that a file named on a Mac (in NFD) is found by the
	// name in front matter (in NFC).
	files    map[string]file
	articles []string        // .md files under content/, in path order
	bundles  map[string]bool // folders holding index.md
	// members lists the files of each bundle but its index.md, by the
	// bundle's folder: found once, not by a walk over every file for
	// each bundle, which at 100,000 articles with 20,000 bundles took
	// minutes.
	members map[string][]string
}

// Load reads and checks every article of the site in fsys.
func Load(fsys fs.FS, cfg *config.Site, opts Options) (*Site, diagnostic.List) {
	site, diags, _ := NewLoader(fsys, cfg, opts).Reload(nil)
	return site, diags
}

// A Loader reads a site once, then again after changes, parsing only the
// files that changed. The Site of each Reload holds the same *Article for
// every file that did not change, so that what was made from an article
// (its page, its place in lists) can be kept by whoever holds on to it.
type Loader struct {
	fsys fs.FS
	cfg  *config.Site
	opts Options
	tree *tree
	// parsed holds each article file's last reading, by its NFC path.
	parsed map[string]*parsedFile
	site   *Site
	diags  diagnostic.List
}

// parsedFile is one reading of an article file.
type parsedFile struct {
	article *Article // nil when the front matter could not be read
	diags   diagnostic.List
}

// NewLoader prepares a Loader; its first Reload reads everything.
func NewLoader(fsys fs.FS, cfg *config.Site, opts Options) *Loader {
	return &Loader{fsys: fsys, cfg: cfg, opts: opts}
}

// Reload reads the site again after the files at the slash paths changed
// (were written, created or removed); nil means everything may have.
//
// When every changed file is an article that still exists, reads without
// errors, and differs from its last reading only after its front matter,
// Reload updates those articles in place (their Body, BodyLine and
// Version; a summary taken from the body is cleared to be taken again) and
// reports bodyOnly: the arrangement of the site is unchanged. Otherwise it
// returns a new Site, reusing the readings of unchanged files.
func (l *Loader) Reload(changed []string) (site *Site, diags diagnostic.List, bodyOnly bool) {
	if l.site != nil && changed != nil {
		changed = l.relevant(changed)
		if l.updateBodies(changed) {
			return l.site, l.diags, true
		}
	}
	l.load(changed)
	return l.site, l.diags, false
}

// relevant drops the changed paths of files that neither were part of the
// site nor are now: an editor's or a tool's temporary file, created and
// removed between two readings. A folder that held files of the site stays,
// and so does a file the last reading found fault with (a link it refused,
// a named pipe), whose removal clears that fault.
func (l *Loader) relevant(changed []string) []string {
	out := changed[:0:0]
	for _, p := range changed {
		if l.knows(vietnamese.NFC(p)) || l.faulted(p) {
			out = append(out, p)
		} else if _, err := fs.Stat(l.fsys, p); err == nil || !errors.Is(err, fs.ErrNotExist) {
			out = append(out, p)
		}
	}
	return out
}

// faulted reports whether a diagnostic of the last reading is about the
// file p, or a file under the folder p.
func (l *Loader) faulted(p string) bool {
	for _, d := range l.diags {
		if d.File == p || strings.HasPrefix(d.File, p+"/") {
			return true
		}
	}
	return false
}

// knows reports whether p is a file of the last reading, or a folder that
// held one.
func (l *Loader) knows(p string) bool {
	if _, ok := l.tree.files[p]; ok {
		return true
	}
	for f := range l.tree.files {
		if strings.HasPrefix(f, p+"/") {
			return true
		}
	}
	return false
}

// updateBodies applies changes that touch only articles' bodies, and
// reports whether they were all of that kind; it changes nothing otherwise.
func (l *Loader) updateBodies(changed []string) bool {
	type update struct {
		old  *Article
		read *parsedFile
	}
	var updates []update
	for _, p := range changed {
		p = vietnamese.NFC(p)
		old := l.parsed[p]
		f, known := l.tree.files[p]
		if !known || old == nil || old.article == nil || len(old.diags) > 0 {
			return false
		}
		src, err := fs.ReadFile(l.fsys, f.real)
		if err != nil {
			return false
		}
		read := &parsedFile{}
		read.article = parseArticle(p, src, l.tree, l.fsys, l.cfg, &read.diags)
		if read.article == nil || len(read.diags) > 0 || read.article.front != old.article.front {
			return false
		}
		updates = append(updates, update{old.article, read})
	}
	for _, u := range updates {
		a := u.old
		a.Body, a.BodyLine, a.Version = u.read.article.Body, u.read.article.BodyLine, u.read.article.Version
		if a.SummaryFromBody {
			a.Summary, a.SummaryFromBody = "", false
		}
		l.parsed[a.Path] = &parsedFile{article: a}
	}
	return true
}

// load reads the site, parsing again only the articles among changed (all
// of them when changed is nil, or when a file other than an article
// changed, since an article's reading depends on the files around it).
func (l *Loader) load(changed []string) {
	var diags diagnostic.List
	t := walk(l.fsys, &diags)
	reparse := changed == nil || l.parsed == nil
	stale := map[string]bool{}
	for _, p := range changed {
		p = vietnamese.NFC(p)
		stale[p] = true
		if !strings.EqualFold(path.Ext(p), ".md") {
			reparse = true
		}
	}
	if reparse {
		l.parsed = map[string]*parsedFile{}
	}
	site := &Site{files: t.files}
	for p, f := range t.files {
		if strings.HasPrefix(p, StaticDir+"/") {
			site.Static = append(site.Static, newResource(f.real, strings.TrimPrefix(p, StaticDir+"/"), f.size))
		}
	}
	slices.SortFunc(site.Static, func(a, b Resource) int { return cmp.Compare(a.Source, b.Source) })

	readings := make([]*parsedFile, len(t.articles))
	var todo []int
	for i, p := range t.articles {
		if r, ok := l.parsed[p]; ok && !stale[p] {
			readings[i] = r
		} else {
			todo = append(todo, i)
		}
	}
	// Workers take the next file to read and parse; a few more than the
	// processors, so that one waiting for a read leaves none idle.
	_ = parallel.For(len(todo), parallel.PerCPU(2), func(n int) error {
		i := todo[n]
		p := t.articles[i]
		read := &parsedFile{}
		src, err := fs.ReadFile(l.fsys, t.files[p].real)
		if err != nil {
			read.diags.Add(p, 1, 1, "cannot read: %v", err)
		} else {
			read.article = parseArticle(p, src, t, l.fsys, l.cfg, &read.diags)
		}
		readings[i] = read
		return nil
	})
	parsed := make(map[string]*parsedFile, len(readings))
	var all []*Article
	for i, r := range readings {
		parsed[t.articles[i]] = r
		diags.Append(r.diags)
		if r.article != nil {
			all = append(all, r.article)
		}
	}
	published := make([]*Article, 0, len(all))
	for _, a := range all {
		switch {
		case a.Draft && !l.opts.Drafts:
			site.Drafts++
		case a.Date.After(l.opts.Now) && !l.opts.Future:
			site.Future++
		default:
			published = append(published, a)
			diags.Append(a.unfinished)
		}
	}
	checkOutputs(published, site.Static, &diags)
	checkHonoureeSpellings(published, &diags)
	resolveExemplarDecisions(all, published, &diags)
	slices.SortFunc(published, Newest)
	site.Articles = published
	l.tree, l.parsed, l.site, l.diags = t, parsed, site, realNames(diags, t).Sort()
}

// realNames gives each diagnostic the file's name as it is on disk: files
// are known by their names in NFC, and a file saved on a Mac, or copied
// from one, may be named in NFD, which an editor's tools (and CI's
// annotations) must be given to find it.
func realNames(diags diagnostic.List, t *tree) diagnostic.List {
	for i, d := range diags {
		if f, ok := t.files[d.File]; ok && f.real != d.File {
			diags[i].File = f.real
		}
	}
	return diags
}

// Newest orders articles newest first, then by source path.
func Newest(a, b *Article) int {
	if c := b.Date.Compare(a.Date); c != 0 {
		return c
	}
	return cmp.Compare(a.Path, b.Path)
}

// ignored reports whether a file name is hidden or an editor's or a
// system's temporary file, which is not part of the site:
//
//   - hidden names (.DS_Store, LibreOffice's .~lock.x#, emacs's .#x);
//   - vim's and emacs's backups and swap files (x~, #x#, .swp, .swx, .swo)
//     and vim's write test 4913; sed -i's sedXXXXXX;
//   - Word's and Excel's lock files ~$x.docx;
//   - Windows's Thumbs.db and desktop.ini;
//   - JetBrains' safe-write copies, Chrome's File System Access swap files,
//     unfinished downloads (.crdownload, .part) and *.tmp.
func ignored(name string) bool {
	lower := strings.ToLower(name)
	switch {
	case strings.HasPrefix(name, "."), strings.HasSuffix(name, "~"),
		strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#"),
		strings.HasPrefix(name, "~$"), name == "4913", isSedTemp(name),
		lower == "thumbs.db", lower == "desktop.ini":
		return true
	}
	for _, suffix := range []string{".swp", ".swx", ".swo", ".tmp", "___jb_tmp___", "___jb_old___", ".crswap", ".crdownload", ".part"} {
		if strings.HasSuffix(lower, suffix) {
			return true
		}
	}
	return false
}

// isSedTemp reports whether name is sed -i's temporary file: "sed" and six
// letters or digits.
func isSedTemp(name string) bool {
	rest, ok := strings.CutPrefix(name, "sed")
	if !ok || len(rest) != 6 {
		return false
	}
	for _, c := range rest {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// Ignored reports whether the source file at slash path p is one Load skips
// (see ignored): the preview's watcher skips the same, so that a build and
// the preview agree on what is part of the site.
func Ignored(p string) bool { return ignored(path.Base(p)) }

func walk(fsys fs.FS, diags *diagnostic.List) *tree {
	t := &tree{files: map[string]file{}, bundles: map[string]bool{}, members: map[string][]string{}}
	if _, err := fs.Stat(fsys, ContentDir); err != nil {
		diags.Add(ContentDir, 0, 0, "the site has no %s/ folder: put articles in %s/<section>/<year>/<slug>.md", ContentDir, ContentDir)
	}
	for _, root := range []string{ContentDir, StaticDir} {
		err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if p == root && errorIsNotExist(err) {
					return fs.SkipDir
				}
				diags.Add(p, 0, 0, "cannot read: %v", err)
				return nil
			}
			if p != root && ignored(d.Name()) {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				checkSymlink(fsys, p, t, diags)
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if !d.Type().IsRegular() {
				diags.Add(p, 1, 1, "not a regular file; remove it")
				return nil
			}
			info, err := d.Info()
			if err != nil {
				diags.Add(p, 1, 1, "cannot read: %v", err)
				return nil
			}
			t.add(p, info.Size())
			return nil
		})
		if err != nil && !errorIsNotExist(err) {
			diags.Add(root, 0, 0, "cannot read: %v", err)
		}
	}
	classify(t, diags)
	return t
}

// add notes the file at p, by its path in NFC. Of two files whose names
// differ only in Unicode normalisation (one saved on a Mac, one elsewhere),
// the one already in NFC gets that path and the other keeps its own, so
// that both are read and meet at the same output path, where checkOutputs
// reports them, rather than one silently replacing the other.
func (t *tree) add(p string, size int64) {
	key := vietnamese.NFC(p)
	if prev, ok := t.files[key]; ok && prev.real != p {
		if p == key {
			t.files[prev.real] = prev
		} else {
			key = p
		}
	}
	t.files[key] = file{size: size, real: p}
}

func errorIsNotExist(err error) bool { return errors.Is(err, fs.ErrNotExist) }

// checkSymlink accepts a link that leads, through any chain of links, to a
// regular file inside the folder it is in (content/ or static/), and not into
// a hidden folder; anything else is an error, so that no file from elsewhere
// in the site's folder (such as .git) can be published through a link.
func checkSymlink(fsys fs.FS, p string, t *tree, diags *diagnostic.List) {
	rl, ok := fsys.(fs.ReadLinkFS)
	if !ok {
		diags.Add(p, 1, 1, "symbolic links are not supported here; copy the file in instead")
		return
	}
	top := strings.SplitN(p, "/", 2)[0]
	target, err := resolveLink(rl, p)
	switch {
	case err != nil:
		diags.Add(p, 1, 1, "symbolic link: %v; copy the file in instead", err)
		return
	case !strings.HasPrefix(target, top+"/") || hiddenPart(target):
		diags.Add(p, 1, 1, "symbolic link to %s points outside %s/; copy the file in instead", target, top)
		return
	}
	info, err := fs.Stat(fsys, target)
	if err != nil {
		diags.Add(p, 1, 1, "symbolic link to %s is broken: %v", target, err)
		return
	}
	if !info.Mode().IsRegular() {
		diags.Add(p, 1, 1, "symbolic link to the folder %s is not followed; move or copy the folder instead", target)
		return
	}
	t.add(p, info.Size())
}

// resolveLink follows the chain of links that starts at p and returns the
// site path it ends at.
func resolveLink(rl fs.ReadLinkFS, p string) (string, error) {
	cur := p
	for range 40 {
		target, err := rl.ReadLink(cur)
		if err != nil {
			return "", err
		}
		if path.IsAbs(target) || strings.HasPrefix(target, `\`) || (len(target) > 1 && target[1] == ':') {
			return "", i18n.Errorf("it points to %q, outside the site", target)
		}
		next := path.Join(path.Dir(cur), target)
		if next == ".." || strings.HasPrefix(next, "../") {
			return "", i18n.Errorf("it points to %q, outside the site", target)
		}
		info, err := rl.Lstat(next)
		if err != nil || info.Mode()&fs.ModeSymlink == 0 {
			return next, nil
		}
		cur = next
	}
	return "", i18n.Errorf("too many links in a chain")
}

// hiddenPart reports whether a path has a part that starts with a dot.
func hiddenPart(p string) bool {
	for _, part := range strings.Split(p, "/") {
		if strings.HasPrefix(part, ".") {
			return true
		}
	}
	return false
}

// classify finds page bundles and articles among the content files.
func classify(t *tree, diags *diagnostic.List) {
	for p := range t.files {
		if strings.HasPrefix(p, ContentDir+"/") && path.Base(p) == "index.md" {
			t.bundles[path.Dir(p)] = true
		}
	}
	for p := range t.files {
		if !strings.HasPrefix(p, ContentDir+"/") {
			continue
		}
		name := path.Base(p)
		bundle := bundleOf(p, t.bundles)
		if bundle != "" && p != bundle+"/index.md" {
			t.members[bundle] = append(t.members[bundle], p)
		}
		switch {
		case name == "_index.md":
			diags.Add(p, 1, 1, "section files (_index.md) are not used: vinhdanh makes the list pages itself; delete it")
		case strings.EqualFold(path.Ext(name), ".md") && name != "index.md" && bundle != "":
			diags.Add(p, 1, 1, "a page bundle holds one article, its index.md; move %s out of %s/", name, bundle)
		case strings.EqualFold(path.Ext(name), ".md"):
			if path.Ext(name) != ".md" {
				diags.Warn(p, 1, 1, "rename it to end in .md (lower case)")
			}
			t.articles = append(t.articles, p)
		case bundle == "":
			diags.Warn(p, 1, 1, "belongs to no article: move it into a page bundle (a folder with index.md) or into %s/", StaticDir)
		}
	}
	slices.Sort(t.articles)
}

// bundleOf returns the page bundle folder that holds p (not counting p's own
// index.md as making p a resource), or "".
func bundleOf(p string, bundles map[string]bool) string {
	dir := path.Dir(p)
	if path.Base(p) == "index.md" {
		dir = path.Dir(dir)
	}
	for dir != "." && dir != "/" && dir != ContentDir {
		if bundles[dir] {
			return dir
		}
		dir = path.Dir(dir)
	}
	return ""
}

// bundleResources lists the files of the bundle in dir, except its index.md.
func bundleResources(t *tree, dir, url string) []Resource {
	var out []Resource
	for _, p := range t.members[dir] {
		f := t.files[p]
		out = append(out, newResource(f.real, strings.TrimPrefix(url, "/")+strings.TrimPrefix(p, dir+"/"), f.size))
	}
	slices.SortFunc(out, func(a, b Resource) int { return cmp.Compare(a.Source, b.Source) })
	return out
}
