package main

import (
	"bytes"
	"regexp"
	"runtime/debug"
	"testing"
)

func TestVersionLine(t *testing.T) {
	defer func(v, c string) { version, commit = v, c }(version, commit)
	version, commit = "1.2.0", "abc123def4567890abc123def4567890abc123de"
	var out bytes.Buffer
	printVersion(&out)
	if want := regexp.MustCompile(`^vinhdanh 1\.2\.0 \(commit abc123def456\) go\S+ \w+/\w+\n$`); !want.MatchString(out.String()) {
		t.Errorf("version prints %q; want it to match %s", out.String(), want)
	}
}

// TestBuildRevision checks the commit a go run or go build takes from the
// build information.
func TestBuildRevision(t *testing.T) {
	for _, c := range []struct {
		settings []debug.BuildSetting
		want     string
	}{
		{nil, ""},
		{[]debug.BuildSetting{{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.modified", Value: "false"}}, "0123456789ab"},
		{[]debug.BuildSetting{{Key: "vcs.modified", Value: "true"}, {Key: "vcs.revision", Value: "0123456789abcdef0123"}}, "0123456789ab-dirty"},
	} {
		if got := buildRevision(c.settings); got != c.want {
			t.Errorf("buildRevision(%v) = %q; want %q", c.settings, got, c.want)
		}
	}
}
