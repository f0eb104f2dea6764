// Package archetype starts new articles and new sites: it is vinhdanh new
// and vinhdanh init.
//
// Create writes content/<section>/<yyyy>/<slug>.md, where the section is the
// kind's ("quyet-dinh"), the year is the article's date's and the slug is
// made from the title (ASCII, at most MaxSlugLength characters, cut between
// words). The file comes from the kind's archetype (theme.Archetype): a
// text/template that lists every front matter key with a short Vietnamese
// comment, and whose keys an editor has not filled in yet are left empty,
// which the build reads as not given. New articles are drafts.
//
// What Create writes builds as written: before writing, it loads the whole
// site with the new file in place, and any error of the new file (a theme's
// archetype that does not parse, an address another article has) stops it
// with nothing written. It never overwrites: a file, or a page bundle, at
// the new article's place is an error.
//
// CreateSite writes a whole new site into an empty folder from the files
// embedded under newsite/: site.yaml, one article of each kind, static/,
// .gitignore and the GitHub Pages and GitLab Pages workflows, which
// download a pinned release of vinhdanh and check it against the release's
// SHA256SUMS. The new site builds at once.
package archetype

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"testing/fstest"
	"text/template"
	"time"

	"vinhdanh/internal/build"
	"vinhdanh/internal/config"
	"vinhdanh/internal/content"
	"vinhdanh/internal/diagnostic"
	"vinhdanh/internal/i18n"
	"vinhdanh/internal/registry"
	"vinhdanh/internal/sitefs"
	"vinhdanh/internal/theme"
	"vinhdanh/internal/vietnamese"
)

// MaxSlugLength bounds the slug made from a title.
const MaxSlugLength = 80

// Request is what the editor asked for.
type Request struct {
	Source   string // the site's folder
	Kind     string // a kind, its section or its Vietnamese name
	Title    string
	Province string    // a province's name, slug or alias; "" for national
	Date     string    // any date form articles accept; "" for Now
	Now      time.Time // the clock
}

// Data is what an archetype's template sees.
type Data struct {
	Title    string // as given
	Kind     string // "decision"
	Section  string // "quyet-dinh"
	Date     string // "2026-11-21 09:30", or "2026-11-21" for a date given without a time
	Year     int
	Slug     string
	Province string // the registry's name ("Bắc Kạn"), or "Trung ương"

	when time.Time // the date Date writes
}

// Created is the outcome of Create.
type Created struct {
	Path     string          // the file written, relative to Source: "content/tin-tuc/2026/x.md"
	Warnings diagnostic.List // the new file's warnings, such as keys to fill in
	Future   bool            // dated after Now, so published only from then on
}

// NewFileError holds the errors of the new file that stop Create: the file
// was not written. It unwraps to them, a diagnostic.List.
type NewFileError struct {
	Problems diagnostic.List
	// Archetype is the archetype the new file came from:
	// "themes/default/archetypes/default.md".
	Archetype string
}

func (e *NewFileError) Error() string { return e.Problems.Error() }

// Unwrap returns the new file's errors.
func (e *NewFileError) Unwrap() error { return e.Problems }

// Create writes a new article for req.
func Create(req Request) (*Created, error) {
	kind, title, slug, err := readRequest(req)
	if err != nil {
		return nil, err
	}
	root, err := os.OpenRoot(req.Source)
	if err != nil {
		return nil, diagnostic.Usage(i18n.Errorf("cannot open the site folder %s: %v", req.Source, err))
	}
	defer root.Close()
	fsys, err := sitefs.Open(req.Source)
	if err != nil {
		return nil, diagnostic.Usage(i18n.Errorf("cannot open the site folder %s: %v", req.Source, err))
	}
	defer fsys.Close()
	cfg, _, err := build.LoadConfig(build.Options{Source: req.Source, FS: fsys})
	var problems diagnostic.List
	if errors.As(err, &problems) {
		return nil, problems.Errors(false)
	}
	if err != nil {
		return nil, err
	}
	data, err := newData(req, cfg, kind, title, slug)
	if err != nil {
		return nil, err
	}
	src, name, err := theme.Archetype(fsys, cfg, data.Kind)
	if err != nil {
		return nil, err
	}
	file, err := renderArchetype(name, src, data)
	if err != nil {
		return nil, err
	}
	rel := path.Join(content.ContentDir, data.Section, strconv.Itoa(data.Year), data.Slug+".md")
	for _, taken := range []string{rel, strings.TrimSuffix(rel, ".md") + "/index.md"} {
		if _, err := fs.Stat(fsys, taken); err == nil {
			return nil, diagnostic.Usage(i18n.Errorf("%s already exists; edit it, or give the new article another title", taken))
		}
	}
	warnings, err := check(req.Source, fsys, rel, file, req.Now)
	if nf, ok := err.(*NewFileError); ok {
		nf.Archetype = name
	}
	if err != nil {
		return nil, err
	}
	if err := root.MkdirAll(path.Dir(rel), 0o755); err != nil {
		return nil, err
	}
	f, err := root.OpenFile(rel, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return nil, diagnostic.Usage(i18n.Errorf("%s already exists; edit it, or give the new article another title", rel))
	}
	if err != nil {
		return nil, err
	}
	if _, err := f.Write(file); err != nil {
		f.Close()
		root.Remove(rel)
		return nil, err
	}
	if err := f.Close(); err != nil {
		root.Remove(rel)
		return nil, err
	}
	return &Created{Path: filepath.ToSlash(rel), Warnings: warnings, Future: data.when.After(req.Now)}, nil
}

// readRequest checks what needs no site: the kind and the title.
func readRequest(req Request) (kind content.Kind, title, slug string, err error) {
	kind, err = content.ParseKind(req.Kind)
	if err != nil {
		return "", "", "", diagnostic.Usage(err)
	}
	title = strings.TrimSpace(vietnamese.NFC(req.Title))
	if title == "" {
		return "", "", "", diagnostic.Usage(i18n.Errorf("the title is empty; write it in quotes: vinhdanh new news \"Tiêu đề bài viết\""))
	}
	slug = Slug(title)
	if slug == "" {
		return "", "", "", diagnostic.Usage(i18n.Errorf("cannot make an address from the title %q: it has no Latin letters or digits", title))
	}
	return kind, title, slug, nil
}

// newData checks the rest of the request against the site and works out
// the template's data.
func newData(req Request, cfg *config.Site, kind content.Kind, title, slug string) (Data, error) {
	d := Data{Title: title, Kind: string(kind), Section: kind.Section(), Slug: slug, Province: "Trung ương"}
	if req.Date != "" {
		t, err := vietnamese.ParseDate(req.Date, cfg.Location)
		if err != nil {
			return Data{}, diagnostic.Usage(i18n.Errorf("--date: %v", err))
		}
		d.when = t.In(cfg.Location)
		d.Date = formatDate(d.when)
	} else {
		d.when = req.Now.In(cfg.Location).Truncate(time.Minute)
		d.Date = d.when.Format("2006-01-02 15:04")
	}
	d.Year = d.when.Year()
	if req.Province != "" {
		u, err := cfg.Registry.Province(req.Province)
		switch {
		case errors.Is(err, registry.ErrNational):
		case err != nil:
			return Data{}, diagnostic.Usage(i18n.Errorf("--province: %v", err))
		default:
			d.Province = u.Name
		}
	}
	return d, nil
}

// formatDate writes t the way the archetypes do: with the time of day
// unless it is midnight.
func formatDate(t time.Time) string {
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format("2006-01-02")
	}
	return t.Format("2006-01-02 15:04")
}

// Slug makes a file name from a title: its ASCII slug, cut after at most
// MaxSlugLength characters at a hyphen.
func Slug(title string) string {
	s := vietnamese.Slug(title)
	if len(s) <= MaxSlugLength {
		return s
	}
	cut := strings.LastIndexByte(s[:MaxSlugLength+1], '-')
	if cut <= 0 {
		return s[:MaxSlugLength]
	}
	return s[:cut]
}

// renderArchetype fills an archetype. name is where src came from, for errors.
// Templates have one function besides text/template's own: quote, which
// writes a text as a double-quoted YAML (and TOML) string.
func renderArchetype(name string, src []byte, data Data) ([]byte, error) {
	t, err := template.New(name).Option("missingkey=error").Funcs(template.FuncMap{"quote": quote}).Parse(string(src))
	if err != nil {
		return nil, i18n.Errorf("archetype %v", err)
	}
	var b bytes.Buffer
	if err := t.Execute(&b, data); err != nil {
		return nil, i18n.Errorf("archetype %v", err)
	}
	return b.Bytes(), nil
}

// quote writes s as a double-quoted string that YAML and TOML read back as
// s: quotes and backslashes are escaped, and so are the characters YAML may
// not hold as they are (control characters, U+FFFE, U+FFFF), as \uXXXX;
// Vietnamese letters stay as they are.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || (r >= 0x7f && r <= 0x9f) || r == 0xfffe || r == 0xffff:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// check loads the site at source, whose files are fsys, with the new file
// at rel, and returns the new file's warnings, or its errors as a
// *NewFileError.
func check(source string, fsys fs.FS, rel string, file []byte, now time.Time) (diagnostic.List, error) {
	site := sitefs.Overlay(fstest.MapFS{rel: {Data: file, Mode: 0o644}}, fsys)
	var diags diagnostic.List
	loaded, err := build.Load(build.Options{Source: source, FS: site, Drafts: true, Future: true, Now: now})
	switch {
	case errors.As(err, &diags):
	case err != nil:
		return nil, err
	default:
		diags = loaded.Warnings
	}
	var mine diagnostic.List
	for _, d := range diags {
		if d.File == rel || strings.Contains(d.Message, rel) {
			mine = append(mine, d)
		}
	}
	if errs := mine.Errors(false); len(errs) > 0 {
		return nil, &NewFileError{Problems: errs}
	}
	return mine.Warnings(), nil
}
