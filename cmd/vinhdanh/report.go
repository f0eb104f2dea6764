package main

import (
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"

	"vinhdanh/internal/diagnostic"
	"vinhdanh/internal/i18n"
)

// report prints diagnostics to stderr, one a line, in lang. Under GitHub Actions
// (GITHUB_ACTIONS=true) it also prints each as a workflow command on
// stdout, which GitHub shows as an annotation on the file's line:
//
//	::error file=content/tin-tuc/2023/a.md,line=4,col=11::unknown province "Bac Can" (did you mean "Bắc Kạn"?)
//
// File names are given from the repository's root, GITHUB_WORKSPACE: the
// site's folder (--source, from the working folder) is prefixed.
func report(lang i18n.Lang, stdout, stderr io.Writer, source string, diags diagnostic.List) {
	for _, d := range diags {
		fmt.Fprintln(stderr, d.In(lang))
	}
	if os.Getenv("GITHUB_ACTIONS") != "true" {
		return
	}
	prefix := repoPath(source, os.Getenv("GITHUB_WORKSPACE"))
	for _, d := range diags {
		fmt.Fprintln(stdout, annotation(lang, d, prefix))
	}
}

// repoPath returns the site's folder as a slash path from the repository's
// root (the workspace, when known, else the working folder): "" for the
// root itself.
func repoPath(source, workspace string) string {
	if workspace != "" {
		if abs, err := filepath.Abs(source); err == nil {
			if rel, err := filepath.Rel(workspace, abs); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
				source = rel
			}
		}
	}
	p := path.Clean(filepath.ToSlash(source))
	if p == "." {
		return ""
	}
	return p
}

// annotation formats d as a GitHub Actions workflow command.
func annotation(lang i18n.Lang, d diagnostic.Diagnostic, prefix string) string {
	level := "error"
	if d.Warning {
		level = "warning"
	}
	props := []string{"file=" + escapeProperty(path.Join(prefix, d.File))}
	if d.Line > 0 {
		props = append(props, fmt.Sprintf("line=%d", d.Line))
		if d.Col > 0 {
			props = append(props, fmt.Sprintf("col=%d", d.Col))
		}
	}
	return "::" + level + " " + strings.Join(props, ",") + "::" + escapeData(d.MessageIn(lang))
}

// Escapes of a workflow command's message and of its property values, as
// the runner expects them.
var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

func escapeData(s string) string     { return dataEscaper.Replace(s) }
func escapeProperty(s string) string { return propertyEscaper.Replace(s) }
