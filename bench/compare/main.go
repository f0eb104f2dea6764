// Command compare times vinhdanh and Hugo building the same articles into
// comparable pages, side by side:
//
//	go run ./compare [-n 10000] [-runs 3] [-hugo hugo] [-now 2026-11-21]
//	    [-related-cardinality 25] [-keep]
//
// It must run inside the module vinhdanh/bench (from bench/, as make
// bench-hugo does). Steps:
//
//  1. The site: a corpusgen site of -n articles in the temporary folder
//     ($TMPDIR or /tmp) at vinhdanh-corpus-N, written once and reused, as
//     the bench module's benchmarks do.
//  2. Its Hugo counterpart, written by bench/hugosite into the sibling
//     folder vinhdanh-corpus-N-hugo (rewritten every time, so it follows
//     the current layouts), with -related-cardinality passed on: the
//     percentage of articles above which a tag, period or province no longer
//     serves to find related articles (see bench/hugosite; 0 is Hugo's
//     default, under which related content costs Hugo most of its build
//     time at 10,000 articles).
//  3. The vinhdanh and hugosite binaries, built once with go build from
//     vinhdanh/cmd/vinhdanh (the source in the folder above bench/) and
//     vinhdanh/bench/hugosite.
//  4. -runs rounds, each building with vinhdanh and then with Hugo:
//     vinhdanh build --source S --dest D --now NOW --quiet, and
//     hugo --source H --destination D --cacheDir C --minify --quiet. Every
//     build is cold: its output folder is removed first, and for Hugo also
//     the site's resources/ (where it keeps processed assets) and its cache
//     folder; vinhdanh keeps no cache.
//
// Each build's wall time and peak memory (the maximum resident set size of
// the process) are recorded, and the files and bytes of its output. It
// prints one line per build, then a table of the medians with the fastest
// and slowest run, the ratio of Hugo's median time to vinhdanh's, and the
// warnings Hugo printed. Timings are those of the machine at the time: other
// work running alongside shows in them.
//
// Exit status: 0 on success; 1 when a step fails, or Hugo is missing (it is
// the Debian package hugo); 2 on bad usage. With -keep, the outputs and the
// binary are left in place and their folder named.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"vinhdanh/bench/corpus"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// options are the command's flags.
type options struct {
	articles, runs int
	hugo, now      string
	keep           bool
	// relatedCardinality is passed to hugosite -related-cardinality.
	relatedCardinality int
}

func run(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("compare", flag.ContinueOnError)
	flags.SetOutput(stderr)
	flags.Usage = func() {
		fmt.Fprintf(stderr, "usage: go run ./compare [-n N] [-runs R] [-hugo PATH] [-now TIME] [-related-cardinality PERCENT] [-keep]\n\n")
		flags.PrintDefaults()
	}
	var opts options
	flags.IntVar(&opts.articles, "n", 10000, "number of generated articles")
	flags.IntVar(&opts.runs, "runs", 3, "builds with each tool")
	flags.StringVar(&opts.hugo, "hugo", "hugo", "the hugo binary")
	flags.StringVar(&opts.now, "now", "2026-11-21", "vinhdanh build --now, and what hugosite publishes")
	flags.IntVar(&opts.relatedCardinality, "related-cardinality", 25,
		"Hugo's cardinalityThreshold for related content, in percent (0: none, Hugo's default)")
	flags.BoolVar(&opts.keep, "keep", false, "keep the outputs and the binaries, and print where they are")
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	switch {
	case flags.NArg() > 0:
		fmt.Fprintf(stderr, "compare: unexpected argument %q\n", flags.Arg(0))
		flags.Usage()
		return 2
	case opts.articles < 1 || opts.runs < 1:
		fmt.Fprintln(stderr, "compare: -n and -runs must be at least 1")
		return 2
	}
	if err := compare(opts, stdout); err != nil {
		fmt.Fprintf(stderr, "compare: %v\n", err)
		return 1
	}
	return 0
}

// result is one build.
type result struct {
	wall  time.Duration
	peak  int64 // bytes
	files int
	bytes int64
}

// tool is one of the two generators.
type tool struct {
	name    string
	command func(dest string) *exec.Cmd
	clean   []string // removed before every build, with the output
	dest    string
	results []result
	output  bytes.Buffer // what its builds printed
}

func compare(opts options, stdout io.Writer) error {
	hugo, err := exec.LookPath(opts.hugo)
	if err != nil {
		return fmt.Errorf("hugo not found (%v): install the Debian package hugo (apt-get install hugo), or name the binary with -hugo", err)
	}
	version, err := exec.Command(hugo, "version").Output()
	if err != nil {
		return fmt.Errorf("%s version: %v", hugo, err)
	}
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	work, err := os.MkdirTemp("", "vinhdanh-compare-")
	if err != nil {
		return err
	}
	if opts.keep {
		defer fmt.Fprintf(stdout, "\nkept: %s (binaries, and the output of each tool's last build)\n", work)
	} else {
		defer os.RemoveAll(work)
	}

	fmt.Fprintf(stdout, "hugo: %s", version)
	start := time.Now()
	site, err := corpus.Shared(opts.articles)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "site: %s (%d articles, ready in %.2f s)\n", site, opts.articles, time.Since(start).Seconds())

	bin := filepath.Join(work, "bin")
	if err := os.MkdirAll(bin, 0o755); err != nil {
		return err
	}
	for _, pkg := range []string{"vinhdanh/cmd/vinhdanh", "vinhdanh/bench/hugosite"} {
		cmd := exec.Command("go", "build", "-tags", "nodynamic", "-o", bin+string(filepath.Separator), pkg)
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("go build %s: %v\n%s", pkg, err, out)
		}
	}
	hugoSite := site + "-hugo"
	start = time.Now()
	out, err := exec.Command(filepath.Join(bin, "hugosite"), "-source", site, "-out", hugoSite, "-now", opts.now,
		"-related-cardinality", strconv.Itoa(opts.relatedCardinality)).CombinedOutput()
	if err != nil {
		return fmt.Errorf("hugosite: %v\n%s", err, out)
	}
	fmt.Fprintf(stdout, "hugo site: %s (converted in %.2f s; related content cardinalityThreshold %d)\n\n",
		hugoSite, time.Since(start).Seconds(), opts.relatedCardinality)

	cache := filepath.Join(work, "hugo-cache")
	tools := []*tool{
		{
			name: "vinhdanh",
			dest: filepath.Join(work, "vinhdanh-public"),
			command: func(dest string) *exec.Cmd {
				return exec.Command(filepath.Join(bin, "vinhdanh"), "build", "--source", site, "--dest", dest, "--now", opts.now, "--quiet")
			},
		},
		{
			name:  "hugo",
			dest:  filepath.Join(work, "hugo-public"),
			clean: []string{filepath.Join(hugoSite, "resources"), cache},
			command: func(dest string) *exec.Cmd {
				return exec.Command(hugo, "--source", hugoSite, "--destination", dest, "--cacheDir", cache, "--minify", "--quiet")
			},
		},
	}
	for i := range opts.runs {
		for _, t := range tools {
			r, err := t.build()
			if err != nil {
				return err
			}
			t.results = append(t.results, r)
			fmt.Fprintf(stdout, "run %d  %-8s  %6.2f s  %6.0f MB  %d files\n", i+1, t.name, r.wall.Seconds(), mb(r.peak), r.files)
		}
	}
	fmt.Fprintln(stdout)
	report(stdout, opts.articles, tools)
	if warnings := hugoWarnings(tools[1].output.String()); len(warnings) > 0 {
		fmt.Fprintf(stdout, "\nhugo printed:\n  %s\n", strings.Join(warnings, "\n  "))
	} else {
		fmt.Fprintln(stdout, "\nhugo printed no warnings.")
	}
	return nil
}

// build runs one cold build and measures it.
func (t *tool) build() (result, error) {
	for _, p := range append([]string{t.dest}, t.clean...) {
		if err := os.RemoveAll(p); err != nil {
			return result{}, err
		}
	}
	cmd := t.command(t.dest)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	t.output.Write(out.Bytes())
	if err != nil {
		return result{}, fmt.Errorf("%s: %v\n%s", strings.Join(cmd.Args, " "), err, out.Bytes())
	}
	r := result{wall: wall, peak: peakMemory(cmd.ProcessState)}
	r.files, r.bytes, err = treeSize(t.dest)
	return r, err
}

// report prints the table of medians.
func report(w io.Writer, articles int, tools []*tool) {
	fmt.Fprintf(w, "%-9s %9s %7s %7s %8s %7s %12s\n", "tool", "median s", "min s", "max s", "peak MB", "files", "bytes")
	medians := map[string]time.Duration{}
	for _, t := range tools {
		walls := make([]time.Duration, len(t.results))
		peaks := make([]int64, len(t.results))
		for i, r := range t.results {
			walls[i], peaks[i] = r.wall, r.peak
		}
		slices.Sort(walls)
		slices.Sort(peaks)
		last := t.results[len(t.results)-1]
		medians[t.name] = walls[len(walls)/2]
		fmt.Fprintf(w, "%-9s %9.2f %7.2f %7.2f %8.0f %7d %12d\n", t.name, walls[len(walls)/2].Seconds(),
			walls[0].Seconds(), walls[len(walls)-1].Seconds(), mb(peaks[len(peaks)/2]), last.files, last.bytes)
	}
	fmt.Fprintf(w, "\n%d articles, %d runs each; hugo/vinhdanh median time: %.2fx\n", articles, len(tools[0].results),
		medians["hugo"].Seconds()/medians["vinhdanh"].Seconds())
}

// hugoWarnings returns the distinct lines of Hugo's output that are
// warnings or errors.
func hugoWarnings(output string) []string {
	var lines []string
	for line := range strings.Lines(output) {
		line = strings.TrimSpace(line)
		if (strings.Contains(line, "WARN") || strings.Contains(line, "ERROR")) && !slices.Contains(lines, line) {
			lines = append(lines, line)
		}
	}
	return lines
}

// mb converts bytes to megabytes (MiB).
func mb(n int64) float64 { return float64(n) / (1 << 20) }

// treeSize counts the regular files under dir and their bytes.
func treeSize(dir string) (files int, size int64, err error) {
	err = filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		files++
		size += info.Size()
		return nil
	})
	return files, size, err
}

// moduleRoot returns the folder of the module vinhdanh/bench.
func moduleRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %v", err)
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		return "", errors.New("run compare inside the module vinhdanh/bench (cd bench && go run ./compare)")
	}
	return filepath.Dir(gomod), nil
}
