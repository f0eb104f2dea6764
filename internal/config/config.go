// Package config reads a site's configuration, site.yaml, into a Site.
//
// Every key is optional except that the file must exist; a missing file is
// an error that points to vinhdanh init. Defaults: title
// "Thi đua – Khen thưởng", language vi, theme default, timezone
// Asia/Ho_Chi_Minh, paginate 20, feeds.limit 50, search.enabled true,
// markdown.unsafe false, a menu of the four kinds of article, the provinces
// and the archive. Keys:
//
//	title, description, base_url, language (vi, en), theme, timezone,
//	paginate, menu (list of {name, url}), logo (a file in static/),
//	organisation (the publisher named in structured data),
//	markdown: {unsafe}, search: {enabled}, feeds: {limit},
//	images: {keep_metadata, publish_originals, widths: list of pixels},
//	clusters: list of {name, slug, members: list of province names or of
//	  {province, from, to}},
//	registry: {awards: list of {name, category, signer, aliases, for:
//	  list of individual, collective, household (anyone when absent)},
//	  provinces: {alias: name}}
//
// An unknown key, a value of the wrong type or out of range, an unknown
// province in a cluster, or an unknown time zone is reported with its line
// and column, and with the closest known key or name where there is one.
// Load reports every problem, not just the first. The Site it returns owns
// the Registry that articles are checked against: the built-in facts with the
// site's awards, aliases and clusters added.
package config

import (
	"errors"
	"io/fs"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"vinhdanh/internal/diagnostic"
	"vinhdanh/internal/i18n"
	"vinhdanh/internal/metadata"
	"vinhdanh/internal/registry"
	"vinhdanh/internal/vietnamese"
)

// FileName is the configuration file at the root of a site.
const FileName = "site.yaml"

// Site is a site's configuration.
type Site struct {
	Title        string
	Description  string
	BaseURL      *url.URL // absolute, ending in "/"; nil when unset
	Language     string   // "vi" or "en"
	Theme        string
	Location     *time.Location
	Paginate     int
	Menu         []MenuItem
	Logo         string // path in static/, or ""
	Organisation string
	UnsafeHTML   bool
	Search       bool
	FeedLimit    int
	Images       Images
	Registry     *registry.Registry

	logoPos metadata.Pos
}

// Images are the settings of the pictures made from articles' photos.
type Images struct {
	// KeepMetadata keeps the photo's EXIF in the JPEG copies; by default
	// published pictures carry none (no GPS position, no camera).
	KeepMetadata bool
	// PublishOriginals publishes the photo as given beside its copies.
	PublishOriginals bool
	// Widths are the widths of the copies, in pixels; the images stage's
	// defaults when empty.
	Widths []int
}

// MaxImageWidth is the widest copy images.widths may ask for.
const MaxImageWidth = 8192

// RelURL returns site path p (starting with "/") under the base path; an
// address with a scheme is returned as it is.
func (s *Site) RelURL(p string) string {
	if strings.Contains(p, "://") {
		return p
	}
	return strings.TrimSuffix(s.BasePath(), "/") + p
}

// AbsURL returns the absolute URL of site path p, or p itself when the site
// has no base_url; an address with a scheme is returned as it is.
func (s *Site) AbsURL(p string) string {
	if strings.Contains(p, "://") || s.BaseURL == nil {
		return p
	}
	return strings.TrimSuffix(s.BaseURL.String(), "/") + p
}

// BasePath returns the path of base_url ("/" or "/site/"): every page's
// address starts with it.
func (s *Site) BasePath() string {
	if s.BaseURL == nil {
		return "/"
	}
	return s.BaseURL.Path
}

// MenuItem is a link in the site's main navigation.
type MenuItem struct {
	Name string
	URL  string // a site path ("/hoi-nghi/") or an absolute http(s) URL
}

// Defaults.
const (
	DefaultTitle    = "Thi đua – Khen thưởng"
	DefaultTimezone = "Asia/Ho_Chi_Minh"
	DefaultPaginate = 20
	DefaultFeeds    = 50
)

// DefaultMenu links the home page, the four kinds of article, the provinces
// and the archive.
var DefaultMenu = []MenuItem{
	{"Trang chủ", "/"}, {"Hội nghị", "/hoi-nghi/"}, {"Điển hình", "/dien-hinh/"},
	{"Quyết định", "/quyet-dinh/"}, {"Tin tức", "/tin-tuc/"}, {"Địa phương", "/tinh/"}, {"Lưu trữ", "/luu-tru/"},
}

// MaxDescription is the most characters of the site's description, which
// every page and feed carries.
const MaxDescription = 1000

// Load reads site.yaml from the root of fsys. The returned list holds every
// problem found; the Site is usable only when the list has no errors.
func Load(fsys fs.FS) (*Site, diagnostic.List) {
	var diags diagnostic.List
	src, err := fs.ReadFile(fsys, FileName)
	if errors.Is(err, fs.ErrNotExist) {
		diags.Add(FileName, 0, 0, "this folder has no site.yaml, so it is not a vinhdanh site (a site is a folder with site.yaml and content/): run the command in the site's folder, name that folder with --source, or start a new site with vinhdanh init")
		return nil, diags
	}
	if err != nil {
		diags.Add(FileName, 0, 0, "cannot read the site configuration: %v (is --source the site's folder?)", unwrapPathError(err))
		return nil, diags
	}
	site := Parse(src, &diags)
	if site.Logo != "" {
		if info, err := fs.Stat(fsys, "static/"+site.Logo); err != nil || info.IsDir() {
			diags.Add(FileName, site.logoPos.Line, site.logoPos.Col, "logo: there is no file static/%s", site.Logo)
		}
	}
	return site, diags
}

func unwrapPathError(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

// Parse reads the configuration in src, reporting problems to diags.
func Parse(src []byte, diags *diagnostic.List) *Site {
	site := &Site{
		Title: DefaultTitle, Language: "vi", Theme: "default", Paginate: DefaultPaginate,
		FeedLimit: DefaultFeeds, Search: true, Menu: DefaultMenu,
	}
	site.Location, _ = time.LoadLocation(DefaultTimezone)
	d := &metadata.Decoder{File: FileName, Diags: diags}
	if !utf8.Valid(src) {
		d.Errorf(metadata.Pos{Line: 1, Col: 1}, "%s is not UTF-8 text; save it as UTF-8", FileName)
		return site
	}
	root, err := metadata.Parse(metadata.YAML, metadata.Normalise(src), metadata.Pos{Line: 1, Col: 1})
	if err != nil {
		e := err.(*metadata.Error)
		d.Errorf(e.Pos, "%v", e.Message)
		return site
	}
	d.CheckText(root) // no value may hold what a page cannot show, escapes decoded
	site.Registry = registry.Default()
	var registryNode, clusterNode *metadata.Node
	d.Fields(root, FileName, map[string]func(*metadata.Node){
		"title": func(n *metadata.Node) { setString(d, n, "title", &site.Title, true) },
		"description": func(n *metadata.Node) {
			setString(d, n, "description", &site.Description, false)
			if c := utf8.RuneCountInString(site.Description); c > MaxDescription {
				d.Errorf(n.Pos, "description has %d characters; at most %d are allowed, since every page repeats it: shorten it", c, MaxDescription)
			}
		},
		"organisation": func(n *metadata.Node) { setString(d, n, "organisation", &site.Organisation, false) },
		"base_url":     func(n *metadata.Node) { site.BaseURL = baseURL(d, n) },
		"language": func(n *metadata.Node) {
			if s, ok := d.String(n, "language"); ok {
				if s != "vi" && s != "en" {
					d.Errorf(n.Pos, "language should be vi or en, not %q", s)
					return
				}
				site.Language = s
			}
		},
		"theme": func(n *metadata.Node) {
			if s, ok := d.String(n, "theme"); ok && s != "" {
				if strings.ContainsAny(s, `/\`) || s == "." || s == ".." {
					d.Errorf(n.Pos, "theme should be the name of a folder in themes/, not %q", s)
					return
				}
				site.Theme = s
			}
		},
		"timezone": func(n *metadata.Node) {
			if s, ok := d.String(n, "timezone"); ok {
				loc, err := time.LoadLocation(s)
				if err != nil || s == "" || s == "Local" {
					d.Errorf(n.Pos, "unknown time zone %q; use an IANA name such as %s", s, DefaultTimezone)
					return
				}
				site.Location = loc
			}
		},
		"paginate": func(n *metadata.Node) {
			if v, ok := d.Int(n, "paginate", 1, 1000); ok {
				site.Paginate = v
			}
		},
		"menu": func(n *metadata.Node) { site.Menu = menu(d, n) },
		"logo": func(n *metadata.Node) {
			if s, ok := d.String(n, "logo"); ok {
				if strings.HasPrefix(s, "/") || strings.Contains(s, "..") || strings.Contains(s, "://") {
					d.Errorf(n.Pos, "logo should be a path inside static/, such as images/logo.svg, not %q", s)
					return
				}
				site.Logo, site.logoPos = s, n.Pos
			}
		},
		"markdown": func(n *metadata.Node) {
			d.Fields(n, "markdown", map[string]func(*metadata.Node){
				"unsafe": func(n *metadata.Node) {
					if v, ok := d.Bool(n, "markdown.unsafe"); ok {
						site.UnsafeHTML = v
					}
				},
			})
		},
		"search": func(n *metadata.Node) {
			d.Fields(n, "search", map[string]func(*metadata.Node){
				"enabled": func(n *metadata.Node) {
					if v, ok := d.Bool(n, "search.enabled"); ok {
						site.Search = v
					}
				},
			})
		},
		"feeds": func(n *metadata.Node) {
			d.Fields(n, "feeds", map[string]func(*metadata.Node){
				"limit": func(n *metadata.Node) {
					if v, ok := d.Int(n, "feeds.limit", 1, 100000); ok {
						site.FeedLimit = v
					}
				},
			})
		},
		"images": func(n *metadata.Node) {
			d.Fields(n, "images", map[string]func(*metadata.Node){
				"keep_metadata": func(n *metadata.Node) {
					if v, ok := d.Bool(n, "images.keep_metadata"); ok {
						site.Images.KeepMetadata = v
					}
				},
				"publish_originals": func(n *metadata.Node) {
					if v, ok := d.Bool(n, "images.publish_originals"); ok {
						site.Images.PublishOriginals = v
					}
				},
				"widths": func(n *metadata.Node) { site.Images.Widths = widths(d, n) },
			})
		},
		"clusters": func(n *metadata.Node) { clusterNode = n },
		"registry": func(n *metadata.Node) { registryNode = n },
	})
	// The site's registry entries first: its clusters may use its aliases.
	if registryNode != nil {
		registryEntries(d, registryNode, site.Registry)
	}
	if clusterNode != nil {
		clusters(d, clusterNode, site)
	}
	return site
}

// widths reads images.widths: a list of widths in pixels.
func widths(d *metadata.Decoder, n *metadata.Node) []int {
	if n.Kind == metadata.Null {
		return nil
	}
	if n.Kind != metadata.List {
		d.Errorf(n.Pos, "%s should be a list, not %s", "images.widths", n.Describe())
		return nil
	}
	var out []int
	for _, it := range n.Items {
		if v, ok := d.Int(it, "images.widths", 1, MaxImageWidth); ok {
			out = append(out, v)
		}
	}
	return out
}

func setString(d *metadata.Decoder, n *metadata.Node, key string, dst *string, required bool) {
	s, ok := d.String(n, key)
	if !ok {
		return
	}
	if required && s == "" {
		d.Errorf(n.Pos, "%s should not be empty", key)
		return
	}
	*dst = s
}

func baseURL(d *metadata.Decoder, n *metadata.Node) *url.URL {
	s, ok := d.String(n, "base_url")
	if !ok || s == "" {
		return nil
	}
	u, err := ParseBaseURL(s)
	if err != nil {
		d.Errorf(n.Pos, "%v", err)
		return nil
	}
	return u
}

// ParseBaseURL checks that s is an absolute http(s) URL and returns it with
// a trailing slash.
func ParseBaseURL(s string) (*url.URL, error) {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return nil, i18n.Errorf("base_url should be an absolute address such as https://example.vn/ or https://user.github.io/site/, not %q", s)
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	return u, nil
}

func menu(d *metadata.Decoder, n *metadata.Node) []MenuItem {
	if n.Kind != metadata.List {
		d.Errorf(n.Pos, "menu should be a list of {name, url}, not %s", n.Describe())
		return DefaultMenu
	}
	var items []MenuItem
	for _, it := range n.Items {
		var item MenuItem
		d.Fields(it, "menu item", map[string]func(*metadata.Node){
			"name": func(n *metadata.Node) { setString(d, n, "name", &item.Name, true) },
			"url": func(n *metadata.Node) {
				s, ok := d.String(n, "url")
				if !ok {
					return
				}
				if !strings.HasPrefix(s, "/") && !strings.HasPrefix(s, "https://") && !strings.HasPrefix(s, "http://") {
					d.Errorf(n.Pos, "a menu url should start with / (a page of the site) or https://, not %q", s)
					return
				}
				item.URL = s
			},
		})
		if it.Kind == metadata.Map && (item.Name == "" || item.URL == "") {
			d.Errorf(it.Pos, "a menu item needs both name and url")
			continue
		}
		items = append(items, item)
	}
	return items
}

// registryEntries adds a site's awards and province aliases, in document
// order, each problem reported at its entry.
func registryEntries(d *metadata.Decoder, n *metadata.Node, reg *registry.Registry) {
	d.Fields(n, "registry", map[string]func(*metadata.Node){
		"awards": func(n *metadata.Node) {
			if n.Kind != metadata.List {
				d.Errorf(n.Pos, "registry.awards should be a list of {name, category, signer, aliases, for}")
				return
			}
			for _, it := range n.Items {
				var a registry.ExtraAward
				d.Fields(it, "award", map[string]func(*metadata.Node){
					"name":     func(n *metadata.Node) { setString(d, n, "name", &a.Name, true) },
					"category": func(n *metadata.Node) { setString(d, n, "category", &a.Category, false) },
					"signer":   func(n *metadata.Node) { setString(d, n, "signer", &a.Signer, false) },
					"aliases": func(n *metadata.Node) {
						a.Aliases, _, _ = d.Strings(n, "aliases")
					},
					"for": func(n *metadata.Node) {
						whom, _, _ := d.Strings(n, "for")
						for _, w := range whom {
							r, ok := registry.ParseRecipient(w)
							if !ok {
								d.Errorf(n.Pos, "for: %q is not a recipient: write individual (cá nhân), collective (tập thể) or household (hộ gia đình)", w)
								continue
							}
							a.For |= registry.Recipients(r)
						}
					},
				})
				if a.Name == "" {
					d.Errorf(it.Pos, "an award needs a name")
					continue
				}
				if err := reg.AddAward(a); err != nil {
					d.Errorf(it.Pos, "%v", err)
				}
			}
		},
		"provinces": func(n *metadata.Node) {
			if n.Kind != metadata.Map {
				d.Errorf(n.Pos, "registry.provinces should map aliases to province names")
				return
			}
			for _, e := range n.Entries {
				name, ok := d.String(e.Value, "province")
				if !ok {
					continue
				}
				if err := reg.AddProvinceAlias(e.Key, name); err != nil {
					d.Errorf(e.Value.Pos, "%v", err)
				}
			}
		},
	})
}

func clusters(d *metadata.Decoder, n *metadata.Node, site *Site) {
	if n.Kind != metadata.List {
		d.Errorf(n.Pos, "clusters should be a list of {name, members}, not %s", n.Describe())
		return
	}
	for _, it := range n.Items {
		c := &registry.Cluster{}
		d.Fields(it, "cluster", map[string]func(*metadata.Node){
			"name": func(n *metadata.Node) { setString(d, n, "name", &c.Name, true) },
			"slug": func(n *metadata.Node) {
				if s, ok := d.String(n, "slug"); ok {
					if !vietnamese.IsSlug(s) {
						d.Errorf(n.Pos, "slug should be lower-case letters, digits and hyphens, such as %q, not %q", vietnamese.Slug(s), s)
						return
					}
					c.Slug = s
				}
			},
			"members": func(n *metadata.Node) { c.Members = members(d, n, site) },
		})
		if c.Name == "" {
			d.Errorf(it.Pos, "a cluster needs a name")
			continue
		}
		if err := site.Registry.AddCluster(c); err != nil {
			d.Errorf(it.Pos, "%v", err)
		}
	}
}

func members(d *metadata.Decoder, n *metadata.Node, site *Site) []registry.Membership {
	if n.Kind != metadata.List {
		d.Errorf(n.Pos, "members should be a list of province names or {province, from, to}")
		return nil
	}
	var out []registry.Membership
	for _, it := range n.Items {
		var m registry.Membership
		provinceNode := it
		if it.Kind == metadata.Map {
			provinceNode = nil
			d.Fields(it, "member", map[string]func(*metadata.Node){
				"province": func(n *metadata.Node) { provinceNode = n },
				"from":     func(n *metadata.Node) { m.From = date(d, n, site.Location) },
				"to":       func(n *metadata.Node) { m.To = endOfDay(date(d, n, site.Location)) },
			})
			if provinceNode == nil {
				d.Errorf(it.Pos, "a member needs a province")
				continue
			}
		}
		name, ok := d.String(provinceNode, "province")
		if !ok {
			continue
		}
		u, err := site.Registry.Province(name)
		if err != nil {
			if err == registry.ErrNational {
				err = i18n.Errorf("a cluster's members are provinces, not %q", name)
			}
			d.Errorf(provinceNode.Pos, "%v", err)
			continue
		}
		m.Province = u
		out = append(out, m)
	}
	return out
}

func date(d *metadata.Decoder, n *metadata.Node, loc *time.Location) time.Time {
	s, ok := d.String(n, "date")
	if !ok {
		return time.Time{}
	}
	t, err := vietnamese.ParseDate(s, loc)
	if err != nil {
		d.Errorf(n.Pos, "%v", err)
	}
	return t
}

func endOfDay(t time.Time) time.Time {
	if t.IsZero() || t.Hour() != 0 || t.Minute() != 0 || t.Second() != 0 {
		return t
	}
	return t.Add(24*time.Hour - time.Nanosecond)
}
