package content

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"vinhdanh/internal/config"
	"vinhdanh/internal/diagnostic"
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
}

// Folders of the source tree.
const (
	ContentDir = "content"
	StaticDir  = "static"
)

// file is a regular file found in the source tree.
type file struct {
	size int64
}

// tree is the result of walking the source tree.
type tree struct {
	files    map[string]file // every regular file under content/ and static/
	articles []string        // .md files under content/, in path order
	bundles  map[string]bool // folders holding index.md
}

// Load reads and checks every article of the site in fsys.
func Load(fsys fs.FS, cfg *config.Site, opts Options) (*Site, diagnostic.List) {
	var diags diagnostic.List
	t := walk(fsys, &diags)
	site := &Site{}
	for p, f := range t.files {
		if strings.HasPrefix(p, StaticDir+"/") {
			site.Static = append(site.Static, Resource{Source: p, URL: "/" + strings.TrimPrefix(p, StaticDir+"/"), Size: f.size})
		}
	}
	slices.SortFunc(site.Static, func(a, b Resource) int { return cmp.Compare(a.Source, b.Source) })

	articles := make([]*Article, len(t.articles))
	perFile := make([]diagnostic.List, len(t.articles))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				p := t.articles[i]
				src, err := fs.ReadFile(fsys, p)
				if err != nil {
					perFile[i].Add(p, 1, 1, "cannot read: %v", err)
					continue
				}
				articles[i] = parseArticle(p, src, t, fsys, cfg, &perFile[i])
			}
		})
	}
	for i := range t.articles {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, d := range perFile {
		diags.Append(d)
	}
	var all []*Article
	for _, a := range articles {
		if a != nil {
			all = append(all, a)
		}
	}
	published := make([]*Article, 0, len(all))
	for _, a := range all {
		switch {
		case a.Draft && !opts.Drafts:
			site.Drafts++
		case a.Date.After(opts.Now) && !opts.Future:
			site.Future++
		default:
			published = append(published, a)
		}
	}
	checkURLs(published, &diags)
	resolveExemplarDecisions(all, published, &diags)
	slices.SortFunc(published, Newest)
	site.Articles = published
	return site, diags.Sort()
}

// Newest orders articles newest first, then by source path.
func Newest(a, b *Article) int {
	if c := b.Date.Compare(a.Date); c != 0 {
		return c
	}
	return cmp.Compare(a.Path, b.Path)
}

// ignored reports whether a file name is hidden or an editor's temporary file.
func ignored(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") ||
		(strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#")) ||
		strings.HasSuffix(name, ".swp") || strings.HasSuffix(name, ".swx") || strings.HasSuffix(name, ".tmp")
}

// Ignored reports whether the source file at slash path p is one Load skips:
// hidden, or an editor's temporary file. The watcher uses it too.
func Ignored(p string) bool { return ignored(path.Base(p)) }

func walk(fsys fs.FS, diags *diagnostic.List) *tree {
	t := &tree{files: map[string]file{}, bundles: map[string]bool{}}
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
				diags.Add(p, 0, 0, "cannot read: %v", err)
				return nil
			}
			t.files[p] = file{size: info.Size()}
			return nil
		})
		if err != nil && !errorIsNotExist(err) {
			diags.Add(root, 0, 0, "cannot read: %v", err)
		}
	}
	classify(t, diags)
	return t
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
	t.files[p] = file{size: info.Size()}
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
			return "", fmt.Errorf("it points to %q, outside the site", target)
		}
		next := path.Join(path.Dir(cur), target)
		if next == ".." || strings.HasPrefix(next, "../") {
			return "", fmt.Errorf("it points to %q, outside the site", target)
		}
		info, err := rl.Lstat(next)
		if err != nil || info.Mode()&fs.ModeSymlink == 0 {
			return next, nil
		}
		cur = next
	}
	return "", fmt.Errorf("too many links in a chain")
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
	for p, f := range t.files {
		if strings.HasPrefix(p, dir+"/") && p != dir+"/index.md" && bundleOf(p, t.bundles) == dir {
			out = append(out, Resource{Source: p, URL: url + strings.TrimPrefix(p, dir+"/"), Size: f.size})
		}
	}
	slices.SortFunc(out, func(a, b Resource) int { return cmp.Compare(a.Source, b.Source) })
	return out
}

// checkURLs reports published articles that share a URL, and aliases that
// collide with an article or with each other.
func checkURLs(published []*Article, diags *diagnostic.List) {
	owner := map[string]*Article{}
	for _, a := range published {
		if other, ok := owner[a.URL]; ok {
			first, second := other, a
			if second.Path < first.Path {
				first, second = second, first
			}
			diags.Add(second.Path, 1, 1, "the URL %s is already used by %s; give one of them another slug (slug: ...)", a.URL, first.Path)
			continue
		}
		owner[a.URL] = a
	}
	aliasOwner := map[string]*Article{}
	for _, a := range published {
		for _, alias := range a.Aliases {
			key := strings.TrimSuffix(alias, "index.html")
			if other, ok := owner[key]; ok {
				diags.Add(a.Path, 1, 1, "alias %s is the URL of %s; remove the alias", alias, other.Path)
				continue
			}
			if other, ok := aliasOwner[key]; ok && other != a {
				diags.Add(a.Path, 1, 1, "alias %s is also an alias of %s; keep it in one article", alias, other.Path)
				continue
			}
			aliasOwner[key] = a
		}
	}
}
