package content

import (
	"net/url"
	"path"
	"strings"

	"vinhdanh/internal/i18n"
	"vinhdanh/internal/vietnamese"
)

// findFile looks for the file that ref, a file name written in an article
// in its page bundle folder bundleDir (empty for a single-file article),
// names among files: in the bundle, else in static/. It is the one lookup
// of front matter's image and attachments and of the pictures of the body.
// name is ref made a clean NFC path; key is the file's path in files when
// found, and looked lists the paths tried when not. err refuses a name that
// is no file of the site: empty, on another site, absolute, or leaving its
// folder.
func findFile(files map[string]file, bundleDir, ref string) (name, key string, looked []string, err error) {
	ref = vietnamese.NFC(strings.TrimSpace(strings.ReplaceAll(ref, `\`, "/")))
	switch {
	case ref == "":
		return "", "", nil, i18n.Errorf("no file given")
	case strings.Contains(ref, "://") || strings.HasPrefix(ref, "//"):
		return "", "", nil, i18n.Errorf("%q is on another site; the site makes no outside requests, so save the file into the page bundle", ref)
	case strings.HasPrefix(ref, "/") || (len(ref) > 1 && ref[1] == ':'):
		return "", "", nil, i18n.Errorf("%q is an absolute path; write it relative to the page bundle or to static/, such as anh.jpg or images/anh.jpg", ref)
	}
	for _, seg := range strings.Split(ref, "/") {
		if seg == ".." {
			return "", "", nil, i18n.Errorf("%q leaves its folder (..); files must be inside the page bundle or static/", ref)
		}
	}
	name = path.Clean(ref)
	candidates := []string{StaticDir + "/" + name}
	if bundleDir != "" {
		candidates = []string{bundleDir + "/" + name, candidates[0]}
	}
	for _, c := range candidates {
		if _, ok := files[c]; ok {
			return name, c, nil, nil
		}
	}
	return name, "", candidates, nil
}

// Picture finds the file of a picture in a's body, dest being its address
// as the Markdown writes it. An address that is a file name (anh.jpg,
// hình/ảnh.png, percent-encoded or not, without "..") is looked up as front
// matter's image is: in the page bundle, else in static/; named is then
// set, and res is the file, or nil when there is none. Any other address
// (a site path such as /images/a.jpg, one with "..", a web address) names
// no file by itself: named is false, and only the built site can tell
// whether something is published there.
//
// A bundle file is published beside the article, so the address as
// written leads to it; a file of static/ is published at the site's root,
// at res.URL, and a page must link it there.
func (s *Site) Picture(a *Article, dest string) (res *Resource, named bool) {
	u, err := url.Parse(strings.TrimSpace(dest))
	if err != nil || u.Scheme != "" || u.Host != "" || u.Path == "" {
		return nil, false
	}
	name, key, _, err := findFile(s.files, a.BundleDir, u.Path)
	if err != nil {
		return nil, false
	}
	if key == "" {
		return nil, true
	}
	f := s.files[key]
	if key == StaticDir+"/"+name {
		r := newResource(f.real, name, f.size)
		return &r, true
	}
	for i := range a.Resources {
		if a.Resources[i].Source == f.real {
			return &a.Resources[i], true
		}
	}
	// A file of a bundle inside the bundle, which front matter may name too.
	r := newResource(f.real, strings.TrimPrefix(a.URL, "/")+name, f.size)
	return &r, true
}

// Pictures lists the names by which a's body can show a picture: those of
// its bundle's pictures, relative to the bundle, and those of static/; for
// suggestions when a name is wrong.
func (s *Site) Pictures(a *Article) (bundle, static []string) {
	for _, r := range a.Resources {
		if imageExtensions[strings.ToLower(path.Ext(r.Path))] {
			bundle = append(bundle, strings.TrimPrefix(r.Path, strings.TrimPrefix(a.URL, "/")))
		}
	}
	for _, r := range s.Static {
		if imageExtensions[strings.ToLower(path.Ext(r.Path))] {
			static = append(static, r.Path)
		}
	}
	return bundle, static
}
