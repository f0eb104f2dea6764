package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strings"
)

// version, commit and repository are set by make release with -ldflags
// "-X main.version=1.2.0 -X main.commit=<hash> -X main.repository=owner/name".
// A build without them (go run, go build) takes the commit from the build
// information Go stamps, when it has it.
var (
	version    = "dev"
	commit     = ""
	repository = "vinhdanh/vinhdanh" // the GitHub repository whose releases init's workflows download
)

// printVersion writes "vinhdanh 1.2.0 (commit abc123def456) go1.26.8 linux/amd64".
func printVersion(w io.Writer) {
	c, goVersion := shortCommit(commit), runtime.Version()
	if info, ok := debug.ReadBuildInfo(); ok {
		goVersion = info.GoVersion
		if c == "" {
			c = buildRevision(info.Settings)
		}
	}
	if c == "" {
		c = "unknown"
	}
	fmt.Fprintf(w, "vinhdanh %s (commit %s) %s %s/%s\n", version, c, goVersion, runtime.GOOS, runtime.GOARCH)
}

// buildRevision is the commit Go stamped into the binary (vcs.revision),
// its first 12 digits, with "-dirty" when the files had changes.
func buildRevision(settings []debug.BuildSetting) string {
	var rev, modified string
	for _, s := range settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if rev == "" {
		return ""
	}
	rev = shortCommit(rev)
	if modified == "true" {
		rev += "-dirty"
	}
	return rev
}

// shortCommit is the first 12 digits of a commit's hash.
func shortCommit(c string) string {
	if len(c) > 12 && !strings.Contains(c, "-") {
		return c[:12]
	}
	return c
}
