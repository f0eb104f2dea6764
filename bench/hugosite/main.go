// Command hugosite turns a vinhdanh site into a Hugo site with the same
// articles and comparable pages, so that the two generators can be timed on
// the same content (see bench/compare):
//
//	hugosite -source SITE -out DIR [-now TIME] [-related-cardinality PERCENT]
//
// Reading. SITE is read with vinhdanh's own stages, so that the Hugo site
// gets the values vinhdanh would publish: config.Load for site.yaml,
// content.Load for the articles (no drafts, nothing dated after -now, which
// defaults to 2026-11-21 and is read in the site's time zone), the Markdown
// stage for the summaries of articles that give none, and index.Build for
// the lists each article is on. A site with errors is refused.
//
// Writing. DIR must be missing, empty, or an earlier output of hugosite
// (it holds the file .hugosite), which is then replaced whole. It receives:
//
//   - hugo.toml: baseURL, title, language vi, the site's time zone,
//     paginate (the site's, 20 by default) under paginatePath "trang", the
//     taxonomies below, HTML and RSS for the home page, sections, taxonomy
//     and term pages, an Atom feed and a news sitemap on the home page,
//     robots.txt, the sitemap, minified output, the site's menu, and related
//     content on provinces, tags and periods, where a province, tag or period
//     on more than -related-cardinality percent of the articles is left out
//     (25 by default; 0 keeps them all, as Hugo's default does).
//   - content/<section>/<yyyy>/<slug>.md for each article (a page bundle's
//     index.md, with its files beside it), with url set to vinhdanh's URL and
//     YAML front matter: title, date, lastmod (when corrected), url,
//     article_kind, summary, lead (the summary when the editor wrote one),
//     provinces (the units' names), period, author, source, source_url,
//     aliases, image, image_alt, image_caption, attachments, decision,
//     exemplar, exemplars (on a decision: the exemplars that cite it), and
//     the taxonomies, each holding the slugs of the vinhdanh list pages the
//     article is on: tinh (provinces, with the current unit of a merged one,
//     "trung-uong" when national), nam (year), thang ("yyyy/mm"),
//     giai-doan (periods of several years the article's period falls in),
//     chu-de (tags), khen-thuong (awards), cum-thi-dua (cluster). The
//     kind is the section, not a taxonomy: its list is the section page at
//     the same URL as vinhdanh's (/hoi-nghi/), and prev/next within the kind
//     are Hugo's prev/next in section. The Markdown body is copied unchanged.
//   - content/<section>/_index.md for the four kinds, and
//     content/<taxonomy>/<term>/_index.md giving each term page its
//     Vietnamese title (months: slug "yyyy/mm", so that they are published at
//     /nam/yyyy/mm/); the year, month and period taxonomies have no page of
//     their own, as in vinhdanh, where the archive (content/luu-tru) lists
//     them. content/tim-kiem is the search page, without an index.
//   - layouts/, i18n/vi.yaml: the templates and strings embedded from this
//     folder's site/; assets/: the default theme's CSS and JavaScript, which
//     the templates minify and fingerprint; static/: the site's own static
//     files.
//
// So every article, list page (with its numbered pages and RSS feed),
// directory, alias, the archive, search page, 404 page, Atom feed, sitemaps
// and robots.txt of vinhdanh's output has its Hugo counterpart at the same
// path. Exit status: 0 on success, 1 on failure, 2 on bad usage.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("hugosite", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: hugosite -source SITE -out DIR [-now TIME] [-related-cardinality PERCENT]\n\n")
		fs.PrintDefaults()
	}
	source := fs.String("source", "", "the vinhdanh site to convert")
	out := fs.String("out", "", "the folder to write the Hugo site into")
	var opts Options
	fs.StringVar(&opts.Now, "now", DefaultNow, "what is in the future, as vinhdanh build --now")
	fs.IntVar(&opts.RelatedCardinality, "related-cardinality", DefaultRelatedCardinality,
		"Hugo's cardinalityThreshold for related content, in percent (0: none)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	switch {
	case fs.NArg() > 0:
		fmt.Fprintf(stderr, "hugosite: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return 2
	case *source == "" || *out == "":
		fmt.Fprintln(stderr, "hugosite: -source and -out are required")
		fs.Usage()
		return 2
	}
	start := time.Now()
	st, err := Convert(*source, *out, opts)
	if err != nil {
		fmt.Fprintf(stderr, "hugosite: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "hugosite: wrote %d articles and %d term pages to %s in %.2f s\n",
		st.Articles, st.Terms, *out, time.Since(start).Seconds())
	return 0
}
