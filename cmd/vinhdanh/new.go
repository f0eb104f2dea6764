package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"vinhdanh/internal/archetype"
	"vinhdanh/internal/diagnostic"
	"vinhdanh/internal/i18n"
)

func runNew(lang i18n.Lang, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("new", flag.ContinueOnError)
	fs.SetOutput(stderr)
	req := archetype.Request{Now: time.Now()}
	fs.StringVar(&req.Source, "source", ".", lang.Sprintf("the site's `folder` (holding site.yaml and content/)"))
	fs.StringVar(&req.Province, "province", "", lang.Sprintf("the province the article is about: a `name`, slug or alias (default: national)"))
	fs.StringVar(&req.Date, "date", "", lang.Sprintf("the publication `date`, in any form articles accept (default: now)"))
	langFlag(lang, fs)
	fs.Usage = func() {
		lang.Fprintf(stderr, `Usage: vinhdanh new <kind> "<title>" [flags]

Writes content/<section>/<year>/<slug>.md from the kind's archetype, with
every front matter key and a comment on each. kind is conference, exemplar,
decision or news. The new article is a draft: remove draft: true to publish
it. An existing file is never overwritten.

Flags:
`)
		printFlags(lang, fs)
	}
	// Flags may come before or after the two arguments.
	var positional []string
	for len(args) > 0 {
		if err := parseArgs(lang, fs, args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return 0
			}
			return 2
		}
		args = fs.Args()
		if len(args) > 0 {
			positional = append(positional, args[0])
			args = args[1:]
		}
	}
	if len(positional) != 2 {
		lang.Fprintf(stderr, "vinhdanh new: want a kind and a title, got %d arguments\n", len(positional))
		fs.Usage()
		return 2
	}
	req.Kind, req.Title = positional[0], positional[1]
	created, err := archetype.Create(req)
	if err != nil {
		var problems diagnostic.List
		var nf *archetype.NewFileError
		var ue *diagnostic.UsageError
		switch {
		case errors.As(err, &problems):
			report(lang, stdout, stderr, req.Source, problems)
			if errors.As(err, &nf) {
				lang.Fprintf(stderr, "The new file, made from %s, would not build; nothing was written.\n", nf.Archetype)
			} else {
				lang.Fprintf(stderr, "Nothing was written.\n")
			}
			return 1
		case errors.As(err, &ue):
			lang.Fprintf(stderr, "vinhdanh new: %v\n", ue)
			return 2
		}
		lang.Fprintf(stderr, "vinhdanh new: %v\n", err)
		return 1
	}
	lang.Fprintf(stdout, "Wrote %s, a draft.\n", created.Path)
	for _, w := range created.Warnings {
		fmt.Fprintf(stdout, "  %s\n", w.In(lang))
	}
	if created.Future {
		lang.Fprintf(stdout, "Preview it with vinhdanh serve, which shows drafts and scheduled articles, labelled; remove the line draft: true to publish it, from its date on.\n")
	} else {
		lang.Fprintf(stdout, "Preview it with vinhdanh serve, which shows drafts, labelled; remove the line draft: true to publish it.\n")
	}
	return 0
}
