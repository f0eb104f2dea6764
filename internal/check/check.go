// Package check is vinhdanh check: everything a build validates, the
// links and images of articles' Markdown among it, and optionally the web
// addresses they lead to, without writing anything.
//
// Run builds the site in memory, search index included, exactly as vinhdanh
// build would (same options, same messages), so the links and images of
// every published article are checked by the build's own rules (see
// package link): an address inside the site must lead to a file of the
// built site, a #fragment to an element of its page, a picture written as
// a file name must be in the page bundle or in static/, and every picture
// needs a description. Build reports these problems as warnings; check,
// whose purpose they are, reports them as errors, and the build's other
// warnings as warnings (errors under Strict), so that all of them are
// listed at once. With External, each distinct http(s) address is asked
// once, through a weblink.Checker, concurrently and with a time limit, and
// answers are cached between runs.
//
// Every problem is a diagnostic at the file, line and column of the link's
// first character ("[", "![" or "<"). Other schemes (mailto:, tel:) are
// not checked. When the site does not build, Run returns the build's error
// and checks no links, since there is no site to check them against.
package check

import (
	"context"

	"vinhdanh/internal/build"
	"vinhdanh/internal/diagnostic"
	"vinhdanh/internal/weblink"
)

// Options configure a check.
type Options struct {
	Build build.Options // Dest is not used; Strict is left to the caller
	// External asks web addresses whether they answer, with Web.
	External bool
	Web      *weblink.Checker
}

// Report is the outcome of a check of a site that builds.
type Report struct {
	// Diagnostics are the build's warnings and the links' problems, sorted.
	Diagnostics diagnostic.List
	Articles    int // articles read
	Internal    int // links and images inside the site
	External    int // distinct web addresses (asked only with External)
}

// Run checks the site.
func Run(ctx context.Context, opts Options) (*Report, error) {
	// Warnings, link problems among them, do not stop the check: all are
	// reported, and the caller decides what Strict makes of them.
	opts.Build.Strict = false
	s, err := build.NewSession(opts.Build)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	out, err := s.Build(nil)
	if err != nil {
		return nil, err
	}
	links := out.Summary.Links
	var diags diagnostic.List
	type key struct {
		file, message string
		line, col     int
	}
	isLink := map[key]bool{}
	for _, d := range links.Diagnostics {
		isLink[key{d.File, d.Message, d.Line, d.Col}] = true
		d.Warning = false
		diags = append(diags, d)
	}
	for _, d := range out.Summary.Warnings {
		if !isLink[key{d.File, d.Message, d.Line, d.Col}] {
			diags = append(diags, d)
		}
	}
	// One spelling of each web address, in the order first met, and the
	// places that write it.
	var web []string
	report := &Report{Articles: len(s.Site().Articles), Internal: links.Internal}
	byKey := map[string][]int{}
	for i, w := range links.Web {
		key := weblink.Key(w.URL)
		if _, seen := byKey[key]; !seen {
			web = append(web, w.URL)
		}
		byKey[key] = append(byKey[key], i)
	}
	report.External = len(web)
	if opts.External && len(web) > 0 {
		checker := opts.Web
		if checker == nil {
			checker = &weblink.Checker{}
		}
		for _, r := range checker.Check(ctx, web) {
			if r.OK() {
				continue
			}
			for _, i := range byKey[weblink.Key(r.URL)] {
				p := links.Web[i].Place
				diags.Add(p.File, p.Line, p.Col, "web link %s: %s", r.URL, weblink.ProblemText(r.Problem))
			}
		}
	}
	report.Diagnostics = diags.Sort()
	return report, nil
}
