package archetype

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"regexp"
	"sort"
	"strings"
)

// newSite is the site CreateSite writes. A path element that begins with
// "dot-" is written with a "." instead ("dot-github" is ".github"), so that
// the files are not read as this repository's own .gitignore and
// workflows. In the workflow files, @VERSION@ and @REPOSITORY@ stand for
// the release the workflows download.
//
//go:embed all:newsite
var newSite embed.FS

// SiteRequest is what vinhdanh init was asked for.
type SiteRequest struct {
	Folder     string // the new site's folder; created if missing
	Version    string // the vinhdanh release the CI workflows download: "1.2.0"
	Repository string // the GitHub repository that publishes those releases: "owner/name"
}

// CreatedSite is the outcome of CreateSite.
type CreatedSite struct {
	Files []string // the files written, relative to Folder, sorted: ".github/workflows/pages.yml", ...
}

// allowedInNewSite are the names a folder may hold and still count as
// empty for CreateSite: a Git repository cloned empty, into which an editor
// then runs vinhdanh init.
var allowedInNewSite = map[string]bool{".git": true}

// CreateSite writes a new site into req.Folder: site.yaml with a comment on
// every key, one article of each kind (not drafts, dated in the past, the
// exemplar citing the decision), static/, .gitignore, and the workflows
// that publish the site on GitHub Pages (.github/workflows/pages.yml) and
// GitLab Pages (.gitlab-ci.yml). The site builds as written, with one
// warning: base_url is empty until the workflows pass --base-url.
//
// The folder must be missing or empty: for a folder that holds anything but
// .git it returns a NotEmptyError, and writes nothing. A file that appears
// meanwhile is never overwritten.
func CreateSite(req SiteRequest) (*CreatedSite, error) {
	if err := checkEmpty(req.Folder); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(req.Folder, 0o755); err != nil {
		return nil, err
	}
	root, err := os.OpenRoot(req.Folder)
	if err != nil {
		return nil, err
	}
	defer root.Close()
	placeholders := strings.NewReplacer("@VERSION@", req.Version, "@REPOSITORY@", req.Repository)
	var written []string
	err = fs.WalkDir(newSite, "newsite", func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == "newsite" {
			return err
		}
		rel := siteName(strings.TrimPrefix(p, "newsite/"))
		if d.IsDir() {
			return root.MkdirAll(rel, 0o755)
		}
		data, err := newSite.ReadFile(p)
		if err != nil {
			return err
		}
		if strings.HasSuffix(rel, ".yml") {
			data = []byte(placeholders.Replace(string(data)))
		}
		f, err := root.OpenFile(rel, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err != nil {
			return err
		}
		if _, err := f.Write(data); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
		written = append(written, rel)
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(written)
	return &CreatedSite{Files: written}, nil
}

// siteName turns a path of newSite into the path written: "dot-" elements
// begin with ".".
func siteName(p string) string {
	parts := strings.Split(p, "/")
	for i, part := range parts {
		if rest, ok := strings.CutPrefix(part, "dot-"); ok {
			parts[i] = "." + rest
		}
	}
	return path.Join(parts...)
}

// NotEmptyError is CreateSite's refusal of a folder that holds files.
type NotEmptyError struct {
	Folder string
	Names  []string // what the folder holds, sorted, .git left out
}

func (e *NotEmptyError) Error() string {
	return fmt.Sprintf("the folder %s is not empty (it holds %s)", e.Folder, strings.Join(e.Names, ", "))
}

// checkEmpty accepts a folder that does not exist, or holds nothing but
// the names in allowedInNewSite.
func checkEmpty(folder string) error {
	entries, err := os.ReadDir(folder)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	var found []string
	for _, e := range entries {
		if !allowedInNewSite[e.Name()] {
			found = append(found, e.Name())
		}
	}
	if len(found) > 0 {
		return &NotEmptyError{Folder: folder, Names: found}
	}
	return nil
}

// releaseVersion matches the versions of releases ("1.2.0", "1.3.0-rc.1"),
// not those git describe gives between them ("1.2.0-3-gabc1234") or of a
// changed tree ("...-dirty").
var releaseVersion = regexp.MustCompile(`^[0-9]+\.[0-9]+\.[0-9]+(-(alpha|beta|rc)(\.[0-9]+)?)?$`)

// IsRelease reports whether version is that of a release, which the
// workflows CreateSite writes can download.
func IsRelease(version string) bool { return releaseVersion.MatchString(version) }
