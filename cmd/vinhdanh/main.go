// Command vinhdanh builds a news site about emulation and commendation work
// from Markdown articles.
//
//	vinhdanh build [--source DIR] [--dest DIR] [--base-url URL] [--drafts] [--future] [--now TIME] [--strict] [--quiet]
//	vinhdanh serve [--source DIR] [--port 1313] [--bind 127.0.0.1] [--drafts] [--future]
//	vinhdanh new <kind> "<title>" [--province NAME] [--date D] [--source DIR]
//	vinhdanh check [--source DIR] [--external] [--drafts] [--future] [--now TIME] [--strict]
//	vinhdanh version
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
	"vinhdanh/internal/serve"
	"vinhdanh/internal/theme"
	"vinhdanh/internal/vietnamese"
)

// version is set at release time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

const usage = `vinhdanh builds a news site about emulation and commendation work
(thi đua, khen thưởng) from Markdown articles.

Usage:
  vinhdanh build [flags]   build the site into public/
  vinhdanh serve [flags]   build the site and preview it at http://127.0.0.1:1313/
  vinhdanh new <kind> "<title>" [flags]
                           start an article: kind is conference, exemplar,
                           decision or news
  vinhdanh check [flags]   everything build checks, plus the links and
                           images in articles; --external asks web links too
  vinhdanh version         print the version

Run "vinhdanh <command> -h" for a command's flags.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes the command line args and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "build":
		return runBuild(args[1:], stdout, stderr)
	case "serve":
		return runServe(args[1:], stdout, stderr)
	case "new":
		return runNew(args[1:], stdout, stderr)
	case "check":
		return runCheck(args[1:], stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, versionString())
		return 0
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "vinhdanh: unknown command %q\n\n%s", args[0], usage)
	return 2
}

func versionString() string {
	v := "vinhdanh " + version
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				v += " (" + s.Value[:12] + ")"
			}
		}
		v += " " + info.GoVersion
	}
	return v
}

func runBuild(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var opts build.Options
	var now string
	var quiet bool
	fs.StringVar(&opts.Source, "source", ".", "the site's `folder` (holding site.yaml and content/)")
	fs.StringVar(&opts.Dest, "dest", "public", "the output `folder`")
	fs.StringVar(&opts.BaseURL, "base-url", "", "the site's address, overriding base_url in site.yaml (e.g. https://example.vn/)")
	fs.BoolVar(&opts.Drafts, "drafts", false, "publish drafts too")
	fs.BoolVar(&opts.Future, "future", false, "publish articles dated in the future too")
	fs.StringVar(&now, "now", "", "the build's moment, RFC 3339 or a date (default: the clock, or SOURCE_DATE_EPOCH)")
	fs.BoolVar(&opts.Strict, "strict", false, "treat warnings as errors")
	fs.BoolVar(&quiet, "quiet", false, "print nothing but problems")
	var cpuProfile, memProfile, traceFile string
	fs.StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the build to `file` (for go tool pprof)")
	fs.StringVar(&traceFile, "trace", "", "write an execution trace of the build, with a region per stage, to `file` (for go tool trace)")
	fs.StringVar(&memProfile, "memprofile", "", "write a heap profile at the end of the build to `file`")
	if code := parseFlags(fs, args, stderr, ""); code >= 0 {
		return code
	}
	if cpuProfile != "" {
		stop, err := startCPUProfile(cpuProfile)
		if err != nil {
			fmt.Fprintf(stderr, "vinhdanh build: --cpuprofile: %v\n", err)
			return 2
		}
		defer stop()
	}
	if traceFile != "" {
		stop, err := startTrace(traceFile)
		if err != nil {
			fmt.Fprintf(stderr, "vinhdanh build: --trace: %v\n", err)
			return 2
		}
		defer stop()
	}
	if memProfile != "" {
		defer func() {
			if err := writeHeapProfile(memProfile); err != nil {
				fmt.Fprintf(stderr, "vinhdanh build: --memprofile: %v\n", err)
			}
		}()
	}
	t, err := buildTime(now, os.Getenv("SOURCE_DATE_EPOCH"))
	if err != nil {
		fmt.Fprintf(stderr, "vinhdanh build: %v\n", err)
		return 2
	}
	limitMemory()
	// The build reads --now again in the site's time zone.
	opts.Now, opts.NowText = t, now
	if opts.BaseURL != "" {
		if _, err := config.ParseBaseURL(opts.BaseURL); err != nil {
			fmt.Fprintf(stderr, "vinhdanh build: --base-url: %v\n", err)
			return 2
		}
	}

	sum, err := buildUntilSignal(opts)
	switch {
	case errors.Is(err, errInterrupted):
		fmt.Fprintf(stderr, "vinhdanh build: interrupted; nothing was written, and the previous output is unchanged.\n")
		return 1
	case errors.Is(err, errCutShort):
		fmt.Fprintf(stderr, "vinhdanh build: interrupted; the output is whole, the previous one or the new one, and the next build removes what is left beside it.\n")
		return 1
	}
	if err != nil {
		var ce *build.ContentError
		var ue *build.UsageError
		switch {
		case errors.As(err, &ce):
			printDiagnostics(stdout, stderr, opts.Source, ce.Diagnostics, opts.Strict)
			return 1
		case errors.As(err, &ue):
			fmt.Fprintf(stderr, "vinhdanh build: %v\n", ue)
			return 2
		}
		fmt.Fprintf(stderr, "vinhdanh build: %v\nNothing was written; the previous output is unchanged.\n", err)
		return 1
	}
	report(stdout, stderr, opts.Source, sum.Warnings)
	if !quiet {
		printSummary(stdout, sum)
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
func parseFlags(fs *flag.FlagSet, args []string, stderr io.Writer, about string) int {
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: vinhdanh %s [flags]\n\n%sFlags:\n", fs.Name(), about)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "vinhdanh %s: unexpected argument %q (use --source to name the site's folder)\n", fs.Name(), fs.Arg(0))
		return 2
	}
	return -1
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
			return time.Time{}, fmt.Errorf("--now: %v", err)
		}
		return t, nil
	}
	if epoch != "" {
		secs, err := strconv.ParseInt(epoch, 10, 64)
		if err != nil {
			return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a number of seconds", epoch)
		}
		return time.Unix(secs, 0).In(loc), nil
	}
	return time.Now().In(loc), nil
}

// printDiagnostics reports the problems that stopped a build, then counts
// them.
func printDiagnostics(stdout, stderr io.Writer, source string, diags diagnostic.List, strict bool) {
	report(stdout, stderr, source, diags)
	w := stderr
	errs := diags.Errors(strict)
	noun := "errors"
	if len(errs) == 1 {
		noun = "error"
	}
	if strict && len(diags.Warnings()) > 0 {
		noun += " (warnings count as errors under --strict)"
	}
	fmt.Fprintf(w, "%d %s; nothing was written, and the previous output is unchanged.\n", len(errs), noun)
}

func printSummary(w io.Writer, s *build.Summary) {
	left := []string{}
	if s.Drafts > 0 {
		left = append(left, plural(s.Drafts, "draft", "drafts"))
	}
	if s.Future > 0 {
		left = append(left, plural(s.Future, "future article", "future articles"))
	}
	extra := ""
	if len(left) > 0 {
		extra = " (left out: " + strings.Join(left, ", ") + ")"
	}
	fmt.Fprintf(w, "Built %s%s in %.2f s into %s\n", plural(s.Articles, "article", "articles"), extra, s.Duration.Seconds(), s.Dest)
	fmt.Fprintf(w, "  pages: %s, %s, %s, %s, %s\n", plural(s.ArticlePages, "article", "articles"),
		plural(s.ListPages, "list or index page", "list and index pages"), plural(s.Feeds, "feed", "feeds"),
		plural(s.AliasPages, "alias", "aliases"), plural(s.OtherPages, "other", "others"))
	fmt.Fprintf(w, "  files: %d (%s), %d of them copied: photos, attachments, static files\n",
		s.Files, theme.FileSize(s.Bytes), s.Resources)
	if s.SearchFiles > 0 {
		fmt.Fprintf(w, "  search index: %d files (%s)\n", s.SearchFiles, theme.FileSize(s.SearchBytes))
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

func runServe(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var opts serve.Options
	fs.StringVar(&opts.Source, "source", ".", "the site's `folder` (holding site.yaml and content/)")
	fs.IntVar(&opts.Port, "port", 1313, "the `port` to serve on")
	fs.StringVar(&opts.Bind, "bind", "127.0.0.1", "the `address` to listen on; the default keeps the preview on this computer")
	fs.BoolVar(&opts.Drafts, "drafts", false, "show drafts too")
	fs.BoolVar(&opts.Future, "future", false, "show articles dated in the future too")
	if code := parseFlags(fs, args, stderr, "Builds the site into a temporary folder (public/ is not touched) and serves it.\n\n"); code >= 0 {
		return code
	}
	if opts.Port < 0 || opts.Port > 65535 {
		fmt.Fprintf(stderr, "vinhdanh serve: --port %d is not a port number\n", opts.Port)
		return 2
	}
	opts.Now = time.Now()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := serve.Run(ctx, opts, stdout, nil)
	if err == nil {
		return 0
	}
	var ce *build.ContentError
	if errors.As(err, &ce) {
		printDiagnostics(stdout, stderr, opts.Source, ce.Diagnostics, false)
		return 1
	}
	fmt.Fprintf(stderr, "vinhdanh serve: %v\n", err)
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
