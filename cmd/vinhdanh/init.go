package main

import (
	"errors"
	"flag"
	"io"
	"path/filepath"
	"strings"

	"vinhdanh/internal/archetype"
	"vinhdanh/internal/i18n"
)

func runInit(lang i18n.Lang, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("init", flag.ContinueOnError)
	fs.SetOutput(stderr)
	langFlag(lang, fs)
	fs.Usage = func() {
		lang.Fprintf(stderr, `Usage: vinhdanh init [FOLDER]

Writes a new site into FOLDER (default: the current folder), which must be
new or empty (a .git folder may be there): site.yaml with a comment on
every key, one sample article of each kind in content/, static/,
.gitignore, and the workflows that publish the site on GitHub Pages
(.github/workflows/pages.yml) and GitLab Pages (.gitlab-ci.yml).
`)
		printFlags(lang, fs)
	}
	if err := parseArgs(lang, fs, args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 1 {
		lang.Fprintf(stderr, "vinhdanh init: want at most one folder, got %d arguments\n", fs.NArg())
		return 2
	}
	folder := "."
	if fs.NArg() == 1 {
		folder = fs.Arg(0)
	}
	created, err := archetype.CreateSite(archetype.SiteRequest{Folder: folder, Version: version, Repository: repository})
	var ne *archetype.NotEmptyError
	switch {
	case errors.As(err, &ne):
		abs, _ := filepath.Abs(folder)
		names := ne.Names
		if len(names) > 5 {
			names = append(names[:5:5], "...")
		}
		lang.Fprintf(stderr, "vinhdanh init: the folder %s is not empty (it holds %s); init writes a new site only into an empty folder, so that nothing of yours is overwritten. Give it a new folder's name: vinhdanh init trang-cua-toi\n", abs, strings.Join(names, ", "))
		return 2
	case err != nil:
		lang.Fprintf(stderr, "vinhdanh init: %v\n", err)
		return 1
	}
	lang.Fprintf(stdout, "Wrote a new site into %s (%d files):\n", folder, len(created.Files))
	for _, f := range created.Files {
		lang.Fprintf(stdout, "  %s\n", filepath.FromSlash(f))
	}
	if !archetype.IsRelease(version) {
		lang.Fprintf(stdout, "This vinhdanh (%s) is not a release: in .github/workflows/pages.yml and .gitlab-ci.yml, set VINHDANH_VERSION to a release's number before publishing.\n", version)
	}
	if folder == "." {
		lang.Fprintf(stdout, "Preview it with: vinhdanh serve\n")
	} else {
		lang.Fprintf(stdout, "Preview it with: cd %s, then vinhdanh serve\n", folder)
	}
	return 0
}
