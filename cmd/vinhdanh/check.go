package main

import (
	"context"
	"errors"
	"flag"
	"vinhdanh/internal/diagnostic"

	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"vinhdanh/internal/check"
	"vinhdanh/internal/config"
	"vinhdanh/internal/i18n"
	"vinhdanh/internal/weblink"
)

func runCheck(lang i18n.Lang, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var opts check.Options
	var now, cachePath string
	var timeout, cacheAge time.Duration
	fs.StringVar(&opts.Build.Source, "source", ".", lang.Sprintf("the site's `folder` (holding site.yaml and content/)"))
	fs.StringVar(&opts.Build.BaseURL, "base-url", "", lang.Sprintf("the site's address, overriding base_url in site.yaml, as for build (e.g. https://example.vn/)"))
	fs.BoolVar(&opts.Build.Drafts, "drafts", false, lang.Sprintf("check drafts too"))
	fs.BoolVar(&opts.Build.Future, "future", false, lang.Sprintf("check articles dated in the future too"))
	fs.StringVar(&now, "now", "", lang.Sprintf("the moment that decides what is future, as for build"))
	fs.BoolVar(&opts.Build.Strict, "strict", false, lang.Sprintf("treat warnings as errors"))
	fs.BoolVar(&opts.External, "external", false, lang.Sprintf("also ask every http(s) link of the articles whether it answers"))
	fs.DurationVar(&timeout, "timeout", 10*time.Second, lang.Sprintf("with --external, how long to wait for one web address"))
	fs.StringVar(&cachePath, "cache", "", lang.Sprintf("with --external, the `file` that remembers answers (default: in the user's cache folder; \"off\" for none)"))
	fs.DurationVar(&cacheAge, "cache-age", weblink.DefaultCacheAge, lang.Sprintf("with --external, how long a good answer is trusted"))
	about := lang.Sprintf("Checks the site as build does, and the links and images of its articles,\nwithout writing anything.\n\n")
	if code := parseFlags(lang, fs, args, stderr, about); code >= 0 {
		return code
	}
	t, err := buildTime(now, os.Getenv("SOURCE_DATE_EPOCH"))
	if err != nil {
		lang.Fprintf(stderr, "vinhdanh check: %v\n", err)
		return 2
	}
	opts.Build.Now, opts.Build.NowText = t, now
	if opts.Build.BaseURL != "" {
		if _, err := config.ParseBaseURL(opts.Build.BaseURL); err != nil {
			lang.Fprintf(stderr, "vinhdanh check: --base-url: %v\n", err)
			return 2
		}
	}
	if opts.External {
		opts.Web = &weblink.Checker{Timeout: timeout}
		if cachePath == "" {
			cachePath, err = weblink.DefaultCachePath()
		}
		if err == nil && cachePath != "off" {
			opts.Web.Cache, err = weblink.OpenCache(cachePath, cacheAge)
		}
		if err != nil {
			lang.Fprintf(stderr, "vinhdanh check: %v (pass --cache off to check without one)\n", err)
			return 2
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	rep, err := check.Run(ctx, opts)
	if err != nil {
		var ce diagnostic.List
		var ue *diagnostic.UsageError
		switch {
		case errors.As(err, &ce):
			report(lang, stdout, stderr, opts.Build.Source, ce)
			lang.Fprintf(stderr, "%s; the links are checked once the site builds.\n", countProblems(lang, ce, opts.Build.Strict))
			return 1
		case errors.As(err, &ue):
			lang.Fprintf(stderr, "vinhdanh check: %v\n", ue)
			return 2
		}
		lang.Fprintf(stderr, "vinhdanh check: %v\n", err)
		return 1
	}
	if opts.Web != nil {
		if err := opts.Web.Cache.Save(); err != nil {
			lang.Fprintf(stderr, "vinhdanh check: %v\n", err)
		}
	}
	report(lang, stdout, stderr, opts.Build.Source, rep.Diagnostics)
	web := plural(lang, rep.External, "%d web address", "%d web addresses")
	if !opts.External {
		web = lang.Sprintf("%s (not asked; add --external)", web)
	}
	lang.Fprintf(stdout, "Checked %s: %s inside the site, %s.\n", plural(lang, rep.Articles, "%d article", "%d articles"),
		plural(lang, rep.Internal, "%d link or image", "%d links and images"), web)
	if len(rep.Diagnostics.Errors(opts.Build.Strict)) > 0 {
		lang.Fprintf(stderr, "%s.\n", countProblems(lang, rep.Diagnostics, opts.Build.Strict))
		return 1
	}
	return 0
}
