// Command compare times vinhdanh and Hugo building the same articles into
// comparable pages, side by side:
//
//	go run ./compare [-n 10000] [-runs 3] [-hugo hugo] [-now 2026-11-21]
//	    [-related-cardinality 25] [-photos 0] [-photo-size 4000x3000]
//	    [-warm 0] [-keep]
//
// It must run inside the module vinhdanh/bench (from bench/, as make
// bench-hugo does). Steps:
//
//  1. The site: a corpusgen site of -n articles in the temporary folder
//     ($TMPDIR or /tmp) at vinhdanh-corpus-N, written once and reused, as
//     the bench module's benchmarks do. With -photos SHARE, that share of
//     its articles lead with a camera-like photo of -photo-size pixels
//     (corpus.Options.Photos), in a folder named after both
//     (vinhdanh-corpus-1000-photos-1-4000x3000); the Hugo site's layouts
//     then make the same copies of each photo vinhdanh does (WebP quality
//     75 and JPEG quality 78, 360 to 1600 pixels wide, a 1200-pixel JPEG
//     for social previews) with Hugo's image processing, and publish the
//     copies, not the photos, as vinhdanh does.
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
//     build is cold: its output folder is removed first, and each tool's
//     caches: for Hugo the site's resources/ (where it keeps processed
//     images) and its cache folder, for vinhdanh its --cache folder.
//  5. -warm rounds, each building with vinhdanh and then with Hugo with
//     the caches the last cold build left (the output folder is still
//     removed): what a second build costs, or a CI build that restored
//     its cache.
//
// Each build's wall time, processor time (user and system) and peak memory
// (the maximum resident set size of the process) are recorded, and the
// files and bytes of its output. It prints one line per build, then a table
// of the medians with the fastest and slowest run, cold and warm, the
// ratio of Hugo's median time to vinhdanh's, and the warnings Hugo printed. Timings are those of the machine at the time: other
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
	// photos is the share of articles with a photo of photoW×photoH.
	photos         float64
	photoW, photoH int
	warm           int // builds with the caches kept, after the cold ones
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
	flags.Float64Var(&opts.photos, "photos", 0, "the share of articles (0 to 1) that lead with a photo")
	photoSize := flags.String("photo-size", "4000x3000", "the photos' size in pixels, WIDTHxHEIGHT")
	flags.IntVar(&opts.warm, "warm", 0, "builds with each tool's cache kept, after the cold ones")
	flags.BoolVar(&opts.keep, "keep", false, "keep the outputs and the binaries, and print where they are")
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if _, err := fmt.Sscanf(*photoSize, "%dx%d", &opts.photoW, &opts.photoH); err != nil || opts.photoW < 1 || opts.photoH < 1 {
		fmt.Fprintf(stderr, "compare: -photo-size %q is not WIDTHxHEIGHT, such as 4000x3000\n", *photoSize)
		return 2
	}
	switch {
	case flags.NArg() > 0:
		fmt.Fprintf(stderr, "compare: unexpected argument %q\n", flags.Arg(0))
		flags.Usage()
		return 2
	case opts.articles < 1 || opts.runs < 1 || opts.warm < 0:
		fmt.Fprintln(stderr, "compare: -n and -runs must be at least 1, -warm at least 0")
		return 2
	case opts.photos < 0 || opts.photos > 1:
		fmt.Fprintln(stderr, "compare: -photos is a share, from 0 to 1")
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
	cpu   time.Duration // user and system
	peak  int64         // bytes
	files int
	bytes int64
}

// tool is one of the two generators.
type tool struct {
	name    string
	command func(dest string) *exec.Cmd
	clean   []string // removed before every build, with the output
	dest    string
	results []result     // cold builds
	warm    []result     // builds with the caches kept
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
	site, err := corpus.SharedWith(corpus.Options{Articles: opts.articles, Photos: opts.photos, PhotoWidth: opts.photoW, PhotoHeight: opts.photoH})
	if err != nil {
		return err
	}
	photos := ""
	if opts.photos > 0 {
		n, err := countPhotos(site)
		if err != nil {
			return err
		}
		photos = fmt.Sprintf(", %d photos of %dx%d", n, opts.photoW, opts.photoH)
	}
	fmt.Fprintf(stdout, "site: %s (%d articles%s, ready in %.2f s)\n", site, opts.articles, photos, time.Since(start).Seconds())

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
	vinhdanhCache := filepath.Join(work, "vinhdanh-cache")
	tools := []*tool{
		{
			name:  "vinhdanh",
			dest:  filepath.Join(work, "vinhdanh-public"),
			clean: []string{vinhdanhCache},
			command: func(dest string) *exec.Cmd {
				return exec.Command(filepath.Join(bin, "vinhdanh"), "build", "--source", site, "--dest", dest, "--now", opts.now,
					"--cache", vinhdanhCache, "--quiet")
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
	for i := range opts.runs + opts.warm {
		warm := i >= opts.runs
		for _, t := range tools {
			r, err := t.build(warm)
			if err != nil {
				return err
			}
			label := fmt.Sprintf("cold %d", i+1)
			if warm {
				t.warm = append(t.warm, r)
				label = fmt.Sprintf("warm %d", i+1-opts.runs)
			} else {
				t.results = append(t.results, r)
			}
			fmt.Fprintf(stdout, "%-7s %-8s  %7.2f s  %7.2f cpu-s  %6.0f MB  %d files\n", label, t.name, r.wall.Seconds(), r.cpu.Seconds(), mb(r.peak), r.files)
		}
	}
	fmt.Fprintln(stdout)
	report(stdout, "cold", opts.articles, tools, func(t *tool) []result { return t.results })
	if opts.warm > 0 {
		fmt.Fprintln(stdout)
		report(stdout, "warm", opts.articles, tools, func(t *tool) []result { return t.warm })
		for _, t := range tools {
			fmt.Fprintf(stdout, "%s: warm median %.1f%% of cold\n", t.name, 100*median(t.warm, wallOf).Seconds()/median(t.results, wallOf).Seconds())
		}
	}
	if warnings := hugoWarnings(tools[1].output.String()); len(warnings) > 0 {
		fmt.Fprintf(stdout, "\nhugo printed:\n  %s\n", strings.Join(warnings, "\n  "))
	} else {
		fmt.Fprintln(stdout, "\nhugo printed no warnings.")
	}
	return nil
}

// build runs one build and measures it: cold (its output and caches
// removed first) or warm (its output removed, its caches kept).
func (t *tool) build(warm bool) (result, error) {
	remove := []string{t.dest}
	if !warm {
		remove = append(remove, t.clean...)
	}
	for _, p := range remove {
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
	r := result{wall: wall, cpu: cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(), peak: peakMemory(cmd.ProcessState)}
	r.files, r.bytes, err = treeSize(t.dest)
	return r, err
}

// report prints the table of medians of the builds results picks (the
// cold or the warm ones).
func report(w io.Writer, label string, articles int, tools []*tool, results func(*tool) []result) {
	fmt.Fprintf(w, "%-14s %9s %7s %7s %9s %8s %7s %12s\n", label, "median s", "min s", "max s", "cpu-s", "peak MB", "files", "bytes")
	for _, t := range tools {
		rs := results(t)
		walls := sorted(rs, wallOf)
		last := rs[len(rs)-1]
		fmt.Fprintf(w, "%-14s %9.2f %7.2f %7.2f %9.2f %8.0f %7d %12d\n", t.name, walls[len(walls)/2].Seconds(),
			walls[0].Seconds(), walls[len(walls)-1].Seconds(), median(rs, cpuOf).Seconds(), mb(int64(median(rs, peakOf))),
			last.files, last.bytes)
	}
	fmt.Fprintf(w, "%d articles, %d runs each; hugo/vinhdanh median time: %.2fx\n", articles, len(results(tools[0])),
		median(results(tools[1]), wallOf).Seconds()/median(results(tools[0]), wallOf).Seconds())
}

func wallOf(r result) time.Duration { return r.wall }
func cpuOf(r result) time.Duration  { return r.cpu }
func peakOf(r result) time.Duration { return time.Duration(r.peak) }

// sorted returns the measure of each result, smallest first.
func sorted(rs []result, measure func(result) time.Duration) []time.Duration {
	out := make([]time.Duration, len(rs))
	for i, r := range rs {
		out[i] = measure(r)
	}
	slices.Sort(out)
	return out
}

// median returns the median of the measure over rs (the upper one of an
// even count).
func median(rs []result, measure func(result) time.Duration) time.Duration {
	s := sorted(rs, measure)
	return s[len(s)/2]
}

// countPhotos counts the JPEG files under the site's content folder.
func countPhotos(site string) (int, error) {
	n := 0
	err := filepath.WalkDir(filepath.Join(site, "content"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() && strings.HasSuffix(p, ".jpg") {
			n++
		}
		return err
	})
	return n, err
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
