package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"vinhdanh/internal/build"
	"vinhdanh/internal/check"
	"vinhdanh/internal/config"
	"vinhdanh/internal/weblink"
)

func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var opts check.Options
	var now, cachePath string
	var timeout, cacheAge time.Duration
	fs.StringVar(&opts.Build.Source, "source", ".", "the site's `folder` (holding site.yaml and content/)")
	fs.StringVar(&opts.Build.BaseURL, "base-url", "", "the site's address, overriding base_url in site.yaml, as for build (e.g. https://example.vn/)")
	fs.BoolVar(&opts.Build.Drafts, "drafts", false, "check drafts too")
	fs.BoolVar(&opts.Build.Future, "future", false, "check articles dated in the future too")
	fs.StringVar(&now, "now", "", "the moment that decides what is future, as for build")
	fs.BoolVar(&opts.Build.Strict, "strict", false, "treat warnings as errors")
	fs.BoolVar(&opts.External, "external", false, "also ask every http(s) link of the articles whether it answers")
	fs.DurationVar(&timeout, "timeout", 10*time.Second, "with --external, how long to wait for one web address")
	fs.StringVar(&cachePath, "cache", "", "with --external, the `file` that remembers answers (default: in the user's cache folder; \"off\" for none)")
	fs.DurationVar(&cacheAge, "cache-age", weblink.DefaultCacheAge, "with --external, how long a good answer is trusted")
	about := "Checks the site as build does, and the links and images of its articles,\nwithout writing anything.\n\n"
	if code := parseFlags(fs, args, stderr, about); code >= 0 {
		return code
	}
	t, err := buildTime(now, os.Getenv("SOURCE_DATE_EPOCH"))
	if err != nil {
		fmt.Fprintf(stderr, "vinhdanh check: %v\n", err)
		return 2
	}
	opts.Build.Now, opts.Build.NowText = t, now
	if opts.Build.BaseURL != "" {
		if _, err := config.ParseBaseURL(opts.Build.BaseURL); err != nil {
			fmt.Fprintf(stderr, "vinhdanh check: --base-url: %v\n", err)
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
			fmt.Fprintf(stderr, "vinhdanh check: %v (pass --cache off to check without one)\n", err)
			return 2
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	rep, err := check.Run(ctx, opts)
	if err != nil {
		var ce *build.ContentError
		var ue *build.UsageError
		switch {
		case errors.As(err, &ce):
			report(stdout, stderr, opts.Build.Source, ce.Diagnostics)
			fmt.Fprintf(stderr, "%s; the links are checked once the site builds.\n", plural(len(ce.Diagnostics.Errors(opts.Build.Strict)), "error", "errors"))
			return 1
		case errors.As(err, &ue):
			fmt.Fprintf(stderr, "vinhdanh check: %v\n", ue)
			return 2
		}
		fmt.Fprintf(stderr, "vinhdanh check: %v\n", err)
		return 1
	}
	if opts.Web != nil {
		if err := opts.Web.Cache.Save(); err != nil {
			fmt.Fprintf(stderr, "vinhdanh check: %v\n", err)
		}
	}
	report(stdout, stderr, opts.Build.Source, rep.Diagnostics)
	web := plural(rep.External, "web address", "web addresses")
	if !opts.External {
		web += " (not asked; add --external)"
	}
	fmt.Fprintf(stdout, "Checked %s: %s inside the site, %s.\n", plural(rep.Articles, "article", "articles"),
		plural(rep.Internal, "link or image", "links and images"), web)
	errs := rep.Diagnostics.Errors(opts.Build.Strict)
	if len(errs) > 0 {
		fmt.Fprintf(stderr, "%s.\n", plural(len(errs), "error", "errors"))
		return 1
	}
	return 0
}
