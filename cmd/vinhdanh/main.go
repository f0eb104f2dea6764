// Command vinhdanh builds a news site about emulation and commendation work
// from Markdown articles.
//
//	vinhdanh build [--source DIR] [--dest DIR] [--base-url URL] [--drafts] [--future] [--now TIME] [--strict] [--quiet]
//	vinhdanh serve [--source DIR] [--port 1313] [--bind 127.0.0.1] [--drafts=false] [--future=false] [--open]
//	vinhdanh new <kind> "<title>" [--province NAME] [--date D] [--source DIR]
//	vinhdanh check [--source DIR] [--base-url URL] [--external] [--drafts] [--future] [--now TIME] [--strict]
//	vinhdanh init [FOLDER]
//	vinhdanh version
//
// Every command takes --lang vi|en (default vi, or the VINHDANH_LANG
// environment variable): the language of everything it prints.
//
// Exit status: 0 on success, 1 when the site has errors (all of them are
// listed, sorted by file and line, and nothing is written), 2 on bad usage.
// With GITHUB_ACTIONS=true, problems are also printed to standard output as
// GitHub Actions annotations (::error file=...,line=...,col=...::message).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"runtime/pprof"
	"runtime/trace"
	"strconv"
	"strings"
	"syscall"
	"time"
	_ "time/tzdata" // the site's time zone works on machines without tzdata

	"vinhdanh/internal/build"
	"vinhdanh/internal/config"
	"vinhdanh/internal/diagnostic"
	"vinhdanh/internal/i18n"
	"vinhdanh/internal/serve"
	"vinhdanh/internal/vietnamese"
)

// usage is the help of the whole command, in lang.
func usage(lang i18n.Lang) string {
	return lang.Sprintf(`vinhdanh builds a news site about emulation and commendation work
(thi đua, khen thưởng) from Markdown articles.

Usage:
  vinhdanh build [flags]   build the site into public/
  vinhdanh serve [flags]   build the site and preview it at http://127.0.0.1:1313/
  vinhdanh new <kind> "<title>" [flags]
                           start an article: kind is conference, exemplar,
                           decision or news
  vinhdanh check [flags]   everything build checks, plus the links and
                           images in articles; --external asks web links too
  vinhdanh init [FOLDER]   start a new site in FOLDER (default: here)
  vinhdanh version         print the version

Every command takes --lang vi or --lang en: the language of its messages
(default vi, or the VINHDANH_LANG environment variable).
Run "vinhdanh <command> -h" for a command's flags.
`)
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes the command line args and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	lang, args, err := takeLang(args)
	if err != nil {
		lang.Fprintf(stderr, "vinhdanh: --lang: %v\n", err)
		return 2
	}
	if len(args) == 0 {
		fmt.Fprint(stderr, usage(lang))
		return 2
	}
	switch args[0] {
	case "build":
		return runBuild(lang, args[1:], stdout, stderr)
	case "serve":
		return runServe(lang, args[1:], stdout, stderr)
	case "new":
		return runNew(lang, args[1:], stdout, stderr)
	case "check":
		return runCheck(lang, args[1:], stdout, stderr)
	case "init":
		return runInit(lang, args[1:], stdout, stderr)
	case "version", "--version", "-version":
		printVersion(stdout)
		return 0
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage(lang))
		return 0
	}
	lang.Fprintf(stderr, "vinhdanh: unknown command %q\n\n%s", args[0], usage(lang))
	return 2
}

// takeLang finds the language of the messages, --lang (or -lang) anywhere
// in args, else VINHDANH_LANG, else Vietnamese, and returns args without
// the flag. Each command lists the flag in its help (see parseFlags), but
// it is read here, before the commands' help is made, so that the help is in
// that language too.
func takeLang(args []string) (i18n.Lang, []string, error) {
	lang := i18n.FromEnv()
	rest := make([]string, 0, len(args))
	for i := 0; i < len(args); i++ {
		a := args[i]
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "lang" || a == "--" {
			rest = append(rest, a)
			continue
		}
		if !hasValue {
			if i+1 == len(args) {
				return lang, nil, i18n.Errorf("give a language: vi or en")
			}
			i++
			value = args[i]
		}
		l, err := i18n.Parse(value)
		if err != nil {
			return lang, nil, err
		}
		lang = l
	}
	return lang, rest, nil
}

func runBuild(lang i18n.Lang, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var opts build.Options
	var now string
	var quiet bool
	fs.StringVar(&opts.Source, "source", ".", lang.Sprintf("the site's `folder` (holding site.yaml and content/)"))
	fs.StringVar(&opts.Dest, "dest", "public", lang.Sprintf("the output `folder`"))
	fs.StringVar(&opts.Cache, "cache", "", lang.Sprintf("the `folder` that keeps the pictures made, for the next build (default: .vinhdanh-cache in the site's folder)"))
	fs.StringVar(&opts.BaseURL, "base-url", "", lang.Sprintf("the site's address, overriding base_url in site.yaml (e.g. https://example.vn/)"))
	fs.BoolVar(&opts.Drafts, "drafts", false, lang.Sprintf("publish drafts too"))
	fs.BoolVar(&opts.Future, "future", false, lang.Sprintf("publish articles dated in the future too"))
	fs.StringVar(&now, "now", "", lang.Sprintf("the build's moment, RFC 3339 or a date (default: the clock, or SOURCE_DATE_EPOCH)"))
	fs.BoolVar(&opts.Strict, "strict", false, lang.Sprintf("treat warnings as errors"))
	fs.BoolVar(&quiet, "quiet", false, lang.Sprintf("print nothing but problems"))
	var cpuProfile, memProfile, traceFile string
	fs.StringVar(&cpuProfile, "cpuprofile", "", lang.Sprintf("write a CPU profile of the build to `file` (for go tool pprof)"))
	fs.StringVar(&traceFile, "trace", "", lang.Sprintf("write an execution trace of the build, with a region per stage, to `file` (for go tool trace)"))
	fs.StringVar(&memProfile, "memprofile", "", lang.Sprintf("write a heap profile at the end of the build to `file`"))
	if code := parseFlags(lang, fs, args, stderr, ""); code >= 0 {
		return code
	}
	if cpuProfile != "" {
		stop, err := startCPUProfile(cpuProfile)
		if err != nil {
			lang.Fprintf(stderr, "vinhdanh build: --cpuprofile: %v\n", err)
			return 2
		}
		defer stop()
	}
	if traceFile != "" {
		stop, err := startTrace(traceFile)
		if err != nil {
			lang.Fprintf(stderr, "vinhdanh build: --trace: %v\n", err)
			return 2
		}
		defer stop()
	}
	if memProfile != "" {
		defer func() {
			if err := writeHeapProfile(memProfile); err != nil {
				lang.Fprintf(stderr, "vinhdanh build: --memprofile: %v\n", err)
			}
		}()
	}
	t, err := buildTime(now, os.Getenv("SOURCE_DATE_EPOCH"))
	if err != nil {
		lang.Fprintf(stderr, "vinhdanh build: %v\n", err)
		return 2
	}
	limitMemory()
	// The build reads --now again in the site's time zone.
	opts.Now, opts.NowText = t, now
	if opts.BaseURL != "" {
		if _, err := config.ParseBaseURL(opts.BaseURL); err != nil {
			lang.Fprintf(stderr, "vinhdanh build: --base-url: %v\n", err)
			return 2
		}
	}

	sum, err := buildUntilSignal(opts)
	switch {
	case errors.Is(err, errInterrupted):
		lang.Fprintf(stderr, "vinhdanh build: interrupted; nothing was written, and the previous output is unchanged.\n")
		return 1
	case errors.Is(err, errCutShort):
		lang.Fprintf(stderr, "vinhdanh build: interrupted; the output is whole, the previous one or the new one, and the next build removes what is left beside it.\n")
		return 1
	}
	if err != nil {
		var ce diagnostic.List
		var ue *diagnostic.UsageError
		switch {
		case errors.As(err, &ce):
			printDiagnostics(lang, stdout, stderr, opts.Source, ce, opts.Strict)
			return 1
		case errors.As(err, &ue):
			lang.Fprintf(stderr, "vinhdanh build: %v\n", ue)
			return 2
		}
		lang.Fprintf(stderr, "vinhdanh build: %v\nNothing was written; the previous output is unchanged.\n", err)
		return 1
	}
	report(lang, stdout, stderr, opts.Source, sum.Warnings)
	if !quiet {
		printSummary(lang, stdout, sum)
	}
	return 0
}

// buildUntilSignal's errors when SIGINT or SIGTERM stopped the build: in
// time, or (errCutShort) not within the second it is given.
var (
	errInterrupted = errors.New("interrupted")
	errCutShort    = errors.New("interrupted, not finished")
)

// buildUntilSignal runs a build that SIGINT or SIGTERM stop within a second: the
// build removes the folder it was writing and returns. Should it take
// longer, it returns anyway; until the build has begun to write,
// nothing is on disk, and a folder left after that is removed by the next
// build (its lock dies with the process).
func buildUntilSignal(opts build.Options) (*build.Summary, error) {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	type result struct {
		sum *build.Summary
		err error
	}
	done := make(chan result, 1)
	go func() {
		sum, err := build.RunContext(ctx, opts)
		done <- result{sum, err}
	}()
	select {
	case r := <-done:
		if r.err != nil && ctx.Err() != nil {
			return nil, errInterrupted
		}
		return r.sum, r.err
	case <-ctx.Done():
	}
	select {
	case r := <-done:
		if r.err == nil {
			return r.sum, nil
		}
		return nil, errInterrupted
	case <-time.After(900 * time.Millisecond):
		return nil, errCutShort
	}
}

// parseFlags parses a command's flags, which take no further arguments, and
// returns the exit status to stop with, or -1 to carry on. about, when not
// empty, is printed in the help between the usage line and the flags.
func parseFlags(lang i18n.Lang, fs *flag.FlagSet, args []string, stderr io.Writer, about string) int {
	langFlag(lang, fs)
	fs.Usage = func() {
		lang.Fprintf(stderr, "Usage: vinhdanh %s [flags]\n\n%sFlags:\n", fs.Name(), about)
		printFlags(lang, fs)
	}
	if err := parseArgs(lang, fs, args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		lang.Fprintf(stderr, "vinhdanh %s: unexpected argument %q (use --source to name the site's folder)\n", fs.Name(), fs.Arg(0))
		return 2
	}
	return -1
}

// langFlag lists --lang among fs's flags, for its help; run has read it.
func langFlag(lang i18n.Lang, fs *flag.FlagSet) {
	fs.String("lang", string(lang), lang.Sprintf("the `language` of messages: vi (Tiếng Việt) or en (English); also VINHDANH_LANG"))
}

// buildTime reads --now (here in the default time zone, to check it early),
// or else SOURCE_DATE_EPOCH, or else the clock.
func buildTime(flagValue, epoch string) (time.Time, error) {
	loc, err := time.LoadLocation(config.DefaultTimezone)
	if err != nil {
		return time.Time{}, err
	}
	if flagValue != "" {
		t, err := vietnamese.ParseDate(flagValue, loc)
		if err != nil {
			return time.Time{}, i18n.Errorf("--now: %v", err)
		}
		return t, nil
	}
	if epoch != "" {
		secs, err := strconv.ParseInt(epoch, 10, 64)
		if err != nil {
			return time.Time{}, i18n.Errorf("SOURCE_DATE_EPOCH=%q is not a number of seconds", epoch)
		}
		return time.Unix(secs, 0).In(loc), nil
	}
	return time.Now().In(loc), nil
}

// printDiagnostics reports the problems that stopped a build, then counts
// its errors and its warnings, apart.
func printDiagnostics(lang i18n.Lang, stdout, stderr io.Writer, source string, diags diagnostic.List, strict bool) {
	report(lang, stdout, stderr, source, diags)
	lang.Fprintf(stderr, "%s; nothing was written, and the previous output is unchanged.\n", countProblems(lang, diags, strict))
}

// countProblems counts the errors and the warnings of diags apart: "2
// errors", "2 errors, 1 warning", "1 warning (--strict counts warnings as
// errors)".
func countProblems(lang i18n.Lang, diags diagnostic.List, strict bool) string {
	warnings := len(diags.Warnings())
	errs := len(diags) - warnings
	var s string
	switch {
	case warnings == 0:
		s = plural(lang, errs, "%d error", "%d errors")
	case errs == 0:
		s = plural(lang, warnings, "%d warning", "%d warnings")
	default:
		s = lang.Sprintf("%s, %s", plural(lang, errs, "%d error", "%d errors"), plural(lang, warnings, "%d warning", "%d warnings"))
	}
	if strict && warnings > 0 {
		s = lang.Sprintf("%s (--strict counts warnings as errors)", s)
	}
	return s
}

func printSummary(lang i18n.Lang, w io.Writer, s *build.Summary) {
	var left []string
	if s.Drafts > 0 {
		left = append(left, plural(lang, s.Drafts, "%d draft", "%d drafts"))
	}
	if s.Future > 0 {
		left = append(left, plural(lang, s.Future, "%d future article", "%d future articles"))
	}
	extra := ""
	if len(left) > 0 {
		extra = lang.Sprintf(" (left out: %s)", strings.Join(left, ", "))
	}
	lang.Fprintf(w, "Built %s%s in %s s into %s\n", plural(lang, s.Articles, "%d article", "%d articles"), extra, lang.Seconds(s.Duration), s.Dest)
	lang.Fprintf(w, "  pages: %s, %s, %s, %s, %s\n", plural(lang, s.ArticlePages, "%d article", "%d articles"),
		plural(lang, s.ListPages, "%d list or index page", "%d list and index pages"), plural(lang, s.Feeds, "%d feed", "%d feeds"),
		plural(lang, s.AliasPages, "%d alias", "%d aliases"), plural(lang, s.OtherPages, "%d other", "%d others"))
	lang.Fprintf(w, "  files: %d (%s), %d of them copied: photos, attachments, static files\n",
		s.Files, lang.FileSize(s.Bytes), s.Resources)
	if s.SearchFiles > 0 {
		lang.Fprintf(w, "  search index: %d files (%s)\n", s.SearchFiles, lang.FileSize(s.SearchBytes))
	}
	if s.Photos > 0 {
		lang.Fprintf(w, "  photos: %d, made into %d files for readers (%d of them from the cache)\n", s.Photos, s.Pictures, s.PhotosCached)
	}
}

// plural formats n with the message one when it is 1, else with many: two
// keys of the catalogue, so English has its plural and Vietnamese, which
// has none, can give both the same form.
func plural(lang i18n.Lang, n int, one, many string) string {
	if n == 1 {
		return lang.Sprintf(one, n)
	}
	return lang.Sprintf(many, n)
}

func runServe(lang i18n.Lang, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var opts serve.Options
	fs.StringVar(&opts.Source, "source", ".", lang.Sprintf("the site's `folder` (holding site.yaml and content/)"))
	fs.StringVar(&opts.Cache, "cache", "", lang.Sprintf("the `folder` that keeps the pictures made, for the next build (default: .vinhdanh-cache in the site's folder)"))
	fs.IntVar(&opts.Port, "port", 1313, lang.Sprintf("the `port` to serve on"))
	fs.StringVar(&opts.Bind, "bind", "127.0.0.1", lang.Sprintf("the `address` to listen on; the default keeps the preview on this computer"))
	fs.BoolVar(&opts.Drafts, "drafts", true, lang.Sprintf("show drafts, labelled (--drafts=false hides them, as build does)"))
	fs.BoolVar(&opts.Future, "future", true, lang.Sprintf("show articles dated in the future, labelled (--future=false hides them, as build does)"))
	fs.BoolVar(&opts.Open, "open", false, lang.Sprintf("open the site in the browser"))
	if code := parseFlags(lang, fs, args, stderr, lang.Sprintf("Builds the site in memory (public/ is not touched) and serves it, drafts and scheduled articles included.\n\n")); code >= 0 {
		return code
	}
	if opts.Port < 0 || opts.Port > 65535 {
		lang.Fprintf(stderr, "vinhdanh serve: --port %d is not a port number\n", opts.Port)
		return 2
	}
	if _, err := os.Stat(filepath.Join(opts.Source, config.FileName)); errors.Is(err, os.ErrNotExist) {
		// Rather than a preview of errors, waiting for a site.yaml that an
		// editor in the wrong folder will not write.
		folder, _ := filepath.Abs(opts.Source)
		lang.Fprintf(stderr, "vinhdanh serve: %s has no site.yaml, so it is not a vinhdanh site (a site is a folder with site.yaml and content/): run vinhdanh serve in the site's folder, name that folder with --source, or start a new site with vinhdanh init\n", folder)
		return 1
	}
	opts.Now = time.Now()
	opts.Lang = lang
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := serve.Run(ctx, opts, stdout, nil)
	if err == nil {
		return 0
	}
	var ce diagnostic.List
	if errors.As(err, &ce) {
		printDiagnostics(lang, stdout, stderr, opts.Source, ce, false)
		return 1
	}
	lang.Fprintf(stderr, "vinhdanh serve: %v\n", err)
	return 1
}

// startCPUProfile starts writing a CPU profile to name; stop ends it.
func startCPUProfile(name string) (stop func(), err error) {
	f, err := os.Create(name)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// buildMemoryLimit is the soft limit on the memory Go may use that a
// build asks of the garbage collector, unless GOMEMLIMIT sets another. The
// collector lets the heap grow to twice what is live before it runs; at
// 100,000 articles, with 1.3 GB live at the search index's peak, that took
// the build to 3.8 GB. With the limit it collects more often near the
// peak instead. A site whose live data outgrows the limit still builds: the
// limit is soft, and the collector takes at most about half the CPU.
const buildMemoryLimit = 2560 << 20

// buildGCPercent is the heap growth between collections that a build
// allows (GOGC), unless GOGC sets another: 150 rather than Go's 100. With
// the memory limit bounding large sites, it costs a 10,000-article build
// about 80 MB (410 MB in all) and saves a 100,000-article build 2 s of 39.
const buildGCPercent = 150

// limitMemory applies buildMemoryLimit and buildGCPercent where the
// environment does not set them.
func limitMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(buildMemoryLimit)
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(buildGCPercent)
	}
}

// startTrace starts an execution trace into the file name.
func startTrace(name string) (stop func(), err error) {
	f, err := os.Create(name)
	if err != nil {
		return nil, err
	}
	if err := trace.Start(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		trace.Stop()
		f.Close()
	}, nil
}

// writeHeapProfile writes the heap's allocations to name.
func writeHeapProfile(name string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
