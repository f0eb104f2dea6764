// Command corpusgen writes a deterministic synthetic site of N articles, for
// benchmarks and scale tests:
//
//	corpusgen -n N -out DIR [-seed S] [-photos SHARE] [-photo-size WxH] [-honourees]
//
// -photos gives that share of the articles a camera-like lead photo of
// -photo-size pixels; -honourees gives every decision its list of
// honourees (see corpus.Options). DIR receives site.yaml and content/. It must be missing, empty, or hold a
// corpus written before, whose site.yaml and content/ are then replaced.
// corpusgen prints one line with the number of articles and bytes written.
// Exit status: 0 on success, 1 on failure, 2 on bad usage.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"vinhdanh/bench/corpus"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("corpusgen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: corpusgen -n N -out DIR [-seed S] [-photos SHARE] [-photo-size WxH] [-honourees]\n\n")
		fs.PrintDefaults()
	}
	n := fs.Int("n", 0, "number of articles (at least 1)")
	out := fs.String("out", "", "folder to write the site into")
	seed := fs.Uint64("seed", 0, "random seed (0: the default seed)")
	photos := fs.Float64("photos", 0, "share of articles given a lead photo, 0 to 1")
	photoSize := fs.String("photo-size", "4000x3000", "the photos' width and height in pixels")
	honourees := fs.Bool("honourees", false, "give every decision its list of honourees (front matter, CSV or XLSX annexes)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	switch {
	case fs.NArg() > 0:
		fmt.Fprintf(stderr, "corpusgen: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return 2
	case *n < 1:
		fmt.Fprintln(stderr, "corpusgen: -n must be at least 1")
		fs.Usage()
		return 2
	case *out == "":
		fmt.Fprintln(stderr, "corpusgen: -out is required")
		fs.Usage()
		return 2
	}
	var pw, ph int
	if _, err := fmt.Sscanf(*photoSize, "%dx%d", &pw, &ph); err != nil || pw < 1 || ph < 1 || *photos < 0 || *photos > 1 {
		fmt.Fprintln(stderr, "corpusgen: -photos must be between 0 and 1, and -photo-size like 4000x3000")
		fs.Usage()
		return 2
	}
	start := time.Now()
	st, err := corpus.WriteDirStats(*out, corpus.Options{Articles: *n, Seed: *seed, Photos: *photos, PhotoWidth: pw, PhotoHeight: ph, Honourees: *honourees})
	if err != nil {
		fmt.Fprintf(stderr, "corpusgen: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "corpusgen: wrote %d articles, %d bytes (%d files) to %s in %.2f s\n",
		st.Articles, st.Bytes, st.Files, *out, time.Since(start).Seconds())
	return 0
}
