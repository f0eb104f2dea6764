package build

import (
	"time"
	"vinhdanh/internal/config"
	"vinhdanh/internal/content"
	"vinhdanh/internal/diagnostic"
	"vinhdanh/internal/index"
	"vinhdanh/internal/markdown"
)

// Loaded is a site read, checked and arranged: what the stages before the
// theme make (config, content, summaries, index), for the commands that
// need the site but not its pages.
type Loaded struct {
	Config *config.Site
	// Site holds the articles published with the options given, each with
	// its summary (taken from the body when the front matter gives none).
	Site  *content.Site
	Index *index.Index
	// Warnings are site.yaml's and the articles', sorted; the links and
	// images of bodies are checked only against a build's files, so not
	// here.
	Warnings diagnostic.List
	// Now is the build's moment: Options.Now, or NowText read in the
	// site's time zone.
	Now time.Time
}

// Load runs the config, content, summaries and index stages of a build with
// opts (Dest, Strict and Interpret are not used). Its errors are a build's:
// a diagnostic.List holding every error of site.yaml and of the articles,
// with their warnings, or a *diagnostic.UsageError.
func Load(opts Options) (*Loaded, error) {
	fsys, closeFS, err := opts.open()
	if err != nil {
		return nil, err
	}
	defer closeFS()
	cfg, diags, err := loadConfig(fsys, &opts)
	if err != nil {
		return nil, withContent(err, fsys, cfg, opts)
	}
	site, diags := readContent(fsys, cfg, opts, diags)
	if len(diags.Errors(false)) > 0 {
		return nil, diags
	}
	// No page is rendered, so no heading ID needs keeping free: summaries
	// are the same text with any reserved.
	if err := summaries(site.Articles, markdown.New(markdownOptions(cfg, nil))); err != nil {
		return nil, err
	}
	return &Loaded{Config: cfg, Site: site, Index: index.Build(site.Articles, cfg.Registry), Warnings: diags, Now: opts.Now}, nil
}

// LoadConfig runs the config stage alone: it reads site.yaml with opts
// (--base-url, --now). Its errors are Load's, for site.yaml only; the
// warnings are returned with the Site.
func LoadConfig(opts Options) (*config.Site, diagnostic.List, error) {
	fsys, closeFS, err := opts.open()
	if err != nil {
		return nil, nil, err
	}
	defer closeFS()
	return loadConfig(fsys, &opts)
}
