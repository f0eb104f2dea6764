// Package theme loads a site's theme: its layouts (html/template), its
// static files and its strings in the site's language.
//
// Lookup: a theme named N is the folder themes/N/ of the site, laid over the
// default theme embedded in the binary, file by file. A site can therefore
// override a single layout or stylesheet and inherit the rest; a site
// without themes/ uses the default theme as it is. A theme other than
// "default" must exist as a folder.
//
// Layouts: layouts/baseof.html defines the template "base", which the page
// layouts fill by defining "main" (and may extend through "head"):
// home.html, list.html, article.html, 404.html, directory.html (the
// directories of provinces, topics, awards and clusters), archive.html
// (/luu-tru/), register.html (the decisions register) and honouree.html
// (a page of the honour roll, /vinh-danh/<slug>/). alias.html stands alone.
// Every file in layouts/partials/ is available to all of them by its name
// ("partials/card.html"). Layouts are parsed once, at Load.
// partials/card.html renders one article in lists; it is rendered once per
// article and reused by every list the article is in, as ListView.Cards.
// partials/body-picture-sizes.html holds the sizes attribute of the photos
// article bodies show (BodySizes), run once when the theme is loaded.
//
// Strings: i18n/<language>.yaml maps keys to text; the template function T
// returns the text of a key (Tf formats it with arguments), and a missing
// key is an error at execution, so that a theme cannot ship a hole.
//
// Archetypes: archetypes/<kind>.md, or else archetypes/default.md, is the
// text/template that vinhdanh new fills to start an article (see package
// archetype); a theme overrides them file by file like the rest.
//
// Template functions: T, Tf, rel (a site path with the base URL's path
// prepended), abs (an absolute URL), longdate ("Thứ Sáu, 02/06/2023 09:00"),
// shortdate ("02/06/2023"), isodate (RFC 3339), filesize ("87 KB"), upper,
// ext (a file's extension in capitals: "PDF"), kindlabel (the text of
// "kind_<kind>": "Hội nghị"), months (1 to 12) and status (of an article's
// Draft and Date: "draft", "scheduled" or "", see status).
//
// Labels: partials/status.html marks an article that is a draft or dated
// after the build's moment with the text of "status_draft" ("Bản nháp") or
// "status_scheduled" ("Hẹn giờ đăng"), and writes nothing for a published
// one. Every layout and partial that shows an article (its page, cards, the
// related list, previous and next, the register) calls it with the article,
// so that a theme that redesigns them keeps the labels by calling it too.
// Such articles are only in a preview (vinhdanh serve), or in a build asked
// for them with --drafts or --future.
package theme

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"html/template"
	"io"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"vinhdanh/internal/config"
	"vinhdanh/internal/content"
	"vinhdanh/internal/i18n"
	"vinhdanh/internal/images"
	"vinhdanh/internal/metadata"
	"vinhdanh/internal/sitefs"
	"vinhdanh/internal/templateexec"
	"vinhdanh/internal/vietnamese"
	"vinhdanh/themes"
)

// literalID finds the fixed id attributes of a layout.
var literalID = regexp.MustCompile(`\sid="([A-Za-z][\w-]*)"`)

// Layouts that render a page through "base".
var pageLayouts = []string{"home", "list", "article", "404", "directory", "archive", "register", "search", "honouree"}

// Theme is a loaded theme.
type Theme struct {
	templates map[string]*template.Template
	// programs run the layouts (by layout name) and the card partial
	// (by partialKey) faster; html/template runs what they leave.
	programs map[string]*templateexec.Program
	strings  map[string]string
	// Static are the theme's static files, in path order; their paths are
	// relative to static/.
	Static []StaticFile
	// IDs are the element IDs the layouts use ("main", "related-title"), in
	// order, which headings in articles must not take.
	IDs   []string
	files fs.FS
	// interpreted counts the executions html/template ran.
	interpreted atomic.Int64
	// pictures are the variants of the site's photos (SetPictures).
	pictures atomic.Pointer[map[string]*images.Result]
	// bodySizes is BodySizes's.
	bodySizes string
}

// bodySizesPartial holds a theme's sizes attribute for body pictures.
const bodySizesPartial = "partials/body-picture-sizes.html"

// BodySizes returns the sizes attribute of the photos an article's body
// shows (how wide the layout shows them, for the browser to choose a
// copy): the text of partials/body-picture-sizes.html, trimmed, which a
// theme that lays out its article column otherwise overrides; "100vw"
// when no theme has the partial.
func (t *Theme) BodySizes() string { return t.bodySizes }

// loadBodySizes runs partials/body-picture-sizes.html once.
func (t *Theme) loadBodySizes() error {
	t.bodySizes = "100vw"
	if t.templates["list"].Lookup(bodySizesPartial) == nil {
		return nil
	}
	// Once a build, by html/template itself: not a page's interpretation.
	var out bytes.Buffer
	if err := t.templates["list"].ExecuteTemplate(&out, bodySizesPartial, nil); err != nil {
		return i18n.Errorf("theme layouts/%v", strings.TrimPrefix(err.Error(), "template: "))
	}
	if sizes := strings.Join(strings.Fields(html.UnescapeString(out.String())), " "); sizes != "" {
		t.bodySizes = sizes
	}
	return nil
}

// Interpreted returns how many layouts and partials html/template has
// executed, where the compiled programs did not: a layout it cannot
// compile, a value the compiled escapers leave to it (one in a CSS or
// JavaScript string, say), or an error. The default theme needs none on
// a site without errors; tests hold it to that, since every such page
// costs about ten times as much.
func (t *Theme) Interpreted() int64 { return t.interpreted.Load() }

// StaticFile is a file of the theme's static/ folder.
type StaticFile struct {
	Path string // relative to static/: "css/main.css"
}

// ReadStatic returns the content of a static file.
func (t *Theme) ReadStatic(p string) ([]byte, error) { return fs.ReadFile(t.files, "static/"+p) }

// Options adjust how a theme is loaded.
type Options struct {
	// Compact, when set, is applied to each layout's source before it is
	// parsed (the build minifies layouts once, rather than every page).
	Compact func(src []byte) ([]byte, error)
	// Interpret runs every layout with html/template alone, for tests
	// that compare its pages with the compiled layouts' pages.
	Interpret bool
	// Now is the build's moment: an article dated after it is shown as
	// scheduled (see the status function). The zero time marks none.
	Now time.Time
}

// Load loads the site's theme from siteFS (the site's source tree).
func Load(siteFS fs.FS, site *config.Site, opts Options) (*Theme, error) {
	files, err := themeFiles(siteFS, site)
	if err != nil {
		return nil, err
	}
	t := &Theme{templates: map[string]*template.Template{}, files: files}
	if err := t.loadStrings(site.Language); err != nil {
		return nil, err
	}
	funcs := t.funcs(site, opts.Now)
	if err := t.loadTemplates(funcs, opts.Compact); err != nil {
		return nil, err
	}
	if !opts.Interpret {
		t.compile(funcs)
	}
	if err := t.loadBodySizes(); err != nil {
		return nil, err
	}
	err = fs.WalkDir(files, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && !content.Ignored(p) {
			t.Static = append(t.Static, StaticFile{Path: strings.TrimPrefix(p, "static/")})
		}
		return nil
	})
	if err != nil && !isNotExist(err) {
		return nil, i18n.Errorf("theme static files: %v", err)
	}
	slices.SortFunc(t.Static, func(a, b StaticFile) int { return strings.Compare(a.Path, b.Path) })
	return t, nil
}

// themeFiles returns the site's theme folder laid over the default theme.
func themeFiles(siteFS fs.FS, site *config.Site) (fs.FS, error) {
	dir := "themes/" + site.Theme
	info, err := fs.Stat(siteFS, dir)
	if err != nil || !info.IsDir() {
		if site.Theme != "default" {
			return nil, i18n.Errorf("site.yaml: theme %q not found: there is no folder %s/", site.Theme, dir)
		}
		return themes.Default(), nil
	}
	sub, err := fs.Sub(siteFS, dir)
	if err != nil {
		return nil, err
	}
	if err := checkFiles(siteFS, dir); err != nil {
		return nil, err
	}
	return sitefs.Overlay(sub, themes.Default()), nil
}

// Archetype returns the source of the archetype for a kind of article,
// for vinhdanh new: archetypes/<kind>.md of the site's theme or else of the
// default theme, or else archetypes/default.md, looked up the same way.
// name is the path it was read from, for messages.
func Archetype(siteFS fs.FS, site *config.Site, kind string) (src []byte, name string, err error) {
	files, err := themeFiles(siteFS, site)
	if err != nil {
		return nil, "", err
	}
	for _, p := range []string{"archetypes/" + kind + ".md", "archetypes/default.md"} {
		src, err := fs.ReadFile(files, p)
		if err == nil {
			return src, "themes/" + site.Theme + "/" + p, nil
		}
		if !isNotExist(err) {
			return nil, "", err
		}
	}
	return nil, "", i18n.Errorf("the theme has no archetypes/%s.md or archetypes/default.md", kind)
}

// checkFiles reports a symbolic link anywhere in the site's theme folder
// (theme files are published, and a link could publish any file of the
// site), and anything else that is neither a folder nor a regular file: a
// named pipe would make the build wait for a writer forever.
func checkFiles(siteFS fs.FS, dir string) error {
	return fs.WalkDir(siteFS, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		switch {
		case d.Type()&fs.ModeSymlink != 0:
			return i18n.Errorf("%s: theme files may not be symbolic links; copy the file in instead", p)
		case !d.IsDir() && !d.Type().IsRegular():
			return i18n.Errorf("%s: not a regular file (a named pipe, socket or device); replace it with an ordinary file", p)
		}
		return nil
	})
}

func isNotExist(err error) bool { return errors.Is(err, fs.ErrNotExist) }

func (t *Theme) loadStrings(lang string) error {
	name := "i18n/" + lang + ".yaml"
	src, err := fs.ReadFile(t.files, name)
	if err != nil {
		return i18n.Errorf("theme: no strings for language %q (%s): %v", lang, name, err)
	}
	root, err := metadata.Parse(metadata.YAML, src, metadata.Pos{Line: 1, Col: 1})
	if err != nil {
		return i18n.Errorf("theme %s:%v", name, err)
	}
	t.strings = map[string]string{}
	for _, e := range root.Entries {
		if e.Value.Kind != metadata.Scalar {
			return i18n.Errorf("theme %s:%d:%d: %s should be text", name, e.KeyPos.Line, e.KeyPos.Col, e.Key)
		}
		t.strings[e.Key] = e.Value.Value
	}
	return nil
}

// T returns the theme's text for key, or an error naming the missing key.
func (t *Theme) T(key string) (string, error) {
	s, ok := t.strings[key]
	if !ok {
		return "", i18n.Errorf("the theme has no text for %q in its i18n file", key)
	}
	return s, nil
}

func (t *Theme) funcs(site *config.Site, now time.Time) template.FuncMap {
	lang := i18n.Vi
	if site.Language == "en" {
		lang = i18n.En
	}
	return template.FuncMap{
		"T": t.T,
		"Tf": func(key string, args ...any) (string, error) {
			s, err := t.T(key)
			return fmt.Sprintf(s, args...), err
		},
		"rel": site.RelURL,
		"abs": site.AbsURL,
		"longdate": func(d time.Time) string {
			return vietnamese.LongDate(d, site.Language)
		},
		"shortdate": vietnamese.ShortDate,
		"isodate":   func(d time.Time) string { return d.Format(time.RFC3339) },
		"filesize":  lang.FileSize,
		"upper":     strings.ToUpper,
		"ext":       func(p string) string { return strings.ToUpper(strings.TrimPrefix(path.Ext(p), ".")) },
		"kindlabel": func(k content.Kind) (string, error) { return t.T("kind_" + string(k)) },
		"months":    func() []int { return []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12} },
		"status":    func(draft bool, date time.Time) string { return status(draft, date, now) },
		"picture": func(res *content.Resource, class, alt, sizes string, lead bool) template.HTML {
			return t.picture(site, res, class, alt, sizes, lead)
		},
	}
}

// status is what an article shown with the build's moment now is, besides
// published: "draft", "scheduled" (dated after now), or "" for neither. Only
// a preview, or a build asked for drafts or the future, shows such articles.
func status(draft bool, date, now time.Time) string {
	switch {
	case draft:
		return "draft"
	case !now.IsZero() && date.After(now):
		return "scheduled"
	}
	return ""
}

func (t *Theme) loadTemplates(funcs template.FuncMap, compact func([]byte) ([]byte, error)) error {
	base := template.New("").Funcs(funcs)
	ids := map[string]bool{}
	read := func(name string) (string, error) {
		b, err := fs.ReadFile(t.files, name)
		if err != nil {
			return "", i18n.Errorf("theme: %v", err)
		}
		for _, m := range literalID.FindAllStringSubmatch(string(b), -1) {
			ids[m[1]] = true
		}
		if compact != nil {
			if b, err = compact(b); err != nil {
				return "", i18n.Errorf("theme %s: %v", name, err)
			}
		}
		return string(b), nil
	}
	defer func() {
		for id := range ids {
			t.IDs = append(t.IDs, id)
		}
		slices.Sort(t.IDs)
	}()
	src, err := read("layouts/baseof.html")
	if err != nil {
		return err
	}
	if _, err := base.New("baseof.html").Parse(src); err != nil {
		return i18n.Errorf("theme layouts/%v", strings.TrimPrefix(err.Error(), "template: "))
	}
	partials, _ := fs.Glob(t.files, "layouts/partials/*.html")
	for _, p := range partials {
		src, err := read(p)
		if err != nil {
			return err
		}
		if _, err := base.New(strings.TrimPrefix(p, "layouts/")).Parse(src); err != nil {
			return i18n.Errorf("theme %v", strings.TrimPrefix(err.Error(), "template: "))
		}
	}
	for _, name := range pageLayouts {
		src, err := read("layouts/" + name + ".html")
		if err != nil {
			return err
		}
		tmpl, err := base.Clone()
		if err != nil {
			return err
		}
		if _, err := tmpl.New(name + ".html").Parse(src); err != nil {
			return i18n.Errorf("theme layouts/%v", strings.TrimPrefix(err.Error(), "template: "))
		}
		t.templates[name] = tmpl
	}
	src, err = read("layouts/alias.html")
	if err != nil {
		return err
	}
	alias, err := template.New("alias.html").Funcs(funcs).Parse(src)
	if err != nil {
		return i18n.Errorf("theme layouts/%v", strings.TrimPrefix(err.Error(), "template: "))
	}
	t.templates["alias"] = alias
	return nil
}

// partialKey is the key of the program of a partial run on its own
// (Partial), from the "list" layout's set.
func partialKey(name string) string { return "list:" + name }

// entryTemplate is the template a layout is executed from.
func entryTemplate(layout string) string {
	if layout == "alias" {
		return "alias.html"
	}
	return "base"
}

// compile prepares the faster execution of each layout and of the card
// partial. A layout html/template cannot escape, or that uses what
// templateexec does not know, is left to html/template alone.
func (t *Theme) compile(funcs template.FuncMap) {
	t.programs = map[string]*templateexec.Program{}
	add := func(key string, set *template.Template, name string) {
		// Executing escapes the template and all it calls; the writer
		// stops the execution at its first byte.
		var escapeErr *template.Error
		if err := set.ExecuteTemplate(refuseWrites{}, name, nil); errors.As(err, &escapeErr) {
			return
		}
		if p, err := templateexec.Compile(set, name, funcs); err == nil {
			t.programs[key] = p
		}
	}
	for layout, set := range t.templates {
		add(layout, set, entryTemplate(layout))
	}
	if list := t.templates["list"]; list != nil && list.Lookup("partials/card.html") != nil {
		add(partialKey("partials/card.html"), list, "partials/card.html")
	}
}

// refuseWrites is a writer that fails.
type refuseWrites struct{}

func (refuseWrites) Write([]byte) (int, error) { return 0, errors.New("no writing") }

// execute runs the program for key into buf when there is one and it
// handles data; otherwise, html/template runs name of set.
func (t *Theme) execute(buf *bytes.Buffer, key string, set *template.Template, name string, data any) error {
	if p := t.programs[key]; p != nil {
		start := buf.Len()
		if err := p.Execute(buf, data); err == nil {
			return nil
		}
		buf.Truncate(start)
	}
	t.interpreted.Add(1)
	return set.ExecuteTemplate(buf, name, data)
}

// Partial renders the partial layout name ("partials/card.html") with data,
// as a piece of HTML that pages can include as it is.
func (t *Theme) Partial(name string, data any) (template.HTML, error) {
	var buf bytes.Buffer
	if err := t.execute(&buf, partialKey(name), t.templates["list"], name, data); err != nil {
		return "", i18n.Errorf("theme layouts/%v", strings.TrimPrefix(err.Error(), "template: "))
	}
	return template.HTML(buf.String()), nil
}

// Execute renders layout ("home", "list", "article", "404" or "alias") with
// data into w. After an error, w may hold part of the page.
func (t *Theme) Execute(w io.Writer, layout string, data any) error {
	tmpl, ok := t.templates[layout]
	if !ok {
		return i18n.Errorf("theme has no layout %q", layout)
	}
	name := entryTemplate(layout)
	var err error
	if buf, ok := w.(*bytes.Buffer); ok {
		err = t.execute(buf, layout, tmpl, name, data)
	} else {
		err = tmpl.ExecuteTemplate(w, name, data)
	}
	if err != nil {
		return i18n.Errorf("theme layouts/%s.html: %v", layout, strings.TrimPrefix(err.Error(), "template: "))
	}
	return nil
}
