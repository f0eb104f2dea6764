package sitefs

import (
	"errors"
	"io"
	"io/fs"
	"slices"
	"strings"
)

// Overlay returns the files of top laid over those of bottom: a name top
// has (a file, or a folder) is top's, any other bottom's, and a folder's
// listing is both layers', top's entry winning where both have a name. A
// file of top that cannot be read is an error, not hidden by bottom's. It
// is how a site's theme folder lies over the default theme, and how
// vinhdanh new checks the site with its new article in place before
// writing it (top is then a testing/fstest.MapFS of the one file).
//
// Links are as the layer that has the name says (Lstat, ReadLink), so the
// build's checks of links read through an Overlay as through its layers.
func Overlay(top, bottom fs.FS) fs.FS { return overlay{top, bottom} }

type overlay struct{ top, bottom fs.FS }

var (
	_ fs.ReadDirFS  = overlay{}
	_ fs.ReadFileFS = overlay{}
	_ fs.StatFS     = overlay{}
	_ fs.ReadLinkFS = overlay{}
)

// pick calls f on top, and on bottom when top has no such name.
func pick[T any](o overlay, f func(fs.FS) (T, error)) (T, error) {
	v, err := f(o.top)
	if err == nil || !errors.Is(err, fs.ErrNotExist) {
		return v, err
	}
	return f(o.bottom)
}

func (o overlay) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	info, err := o.Stat(name)
	if err == nil && info.IsDir() {
		// A folder of either layer lists both.
		entries, err := o.ReadDir(name)
		if err != nil {
			return nil, err
		}
		return &folder{info: info, entries: entries}, nil
	}
	return pick(o, func(f fs.FS) (fs.File, error) { return f.Open(name) })
}

func (o overlay) ReadFile(name string) ([]byte, error) {
	return pick(o, func(f fs.FS) ([]byte, error) { return fs.ReadFile(f, name) })
}

func (o overlay) Stat(name string) (fs.FileInfo, error) {
	return pick(o, func(f fs.FS) (fs.FileInfo, error) { return fs.Stat(f, name) })
}

// Lstat describes name without following a link.
func (o overlay) Lstat(name string) (fs.FileInfo, error) {
	return pick(o, func(f fs.FS) (fs.FileInfo, error) { return fs.Lstat(f, name) })
}

func (o overlay) ReadLink(name string) (string, error) {
	return pick(o, func(f fs.FS) (string, error) { return fs.ReadLink(f, name) })
}

// ReadDir merges the listings of both layers; a folder that only one has
// lists that one's entries.
func (o overlay) ReadDir(name string) ([]fs.DirEntry, error) {
	top, errTop := fs.ReadDir(o.top, name)
	bottom, errBottom := fs.ReadDir(o.bottom, name)
	switch {
	case errTop != nil && errBottom != nil:
		if !errors.Is(errTop, fs.ErrNotExist) {
			return nil, errTop
		}
		return nil, errBottom
	case errTop != nil && !errors.Is(errTop, fs.ErrNotExist):
		return nil, errTop
	}
	out := slices.Clone(top)
	inTop := make(map[string]bool, len(top))
	for _, e := range top {
		inTop[e.Name()] = true
	}
	for _, e := range bottom {
		if !inTop[e.Name()] {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return out, nil
}

// folder is an open folder of an overlay, listing both layers.
type folder struct {
	info    fs.FileInfo
	entries []fs.DirEntry
}

func (f *folder) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *folder) Close() error               { return nil }
func (f *folder) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: f.info.Name(), Err: errors.New("is a directory")}
}

func (f *folder) ReadDir(n int) ([]fs.DirEntry, error) {
	if n <= 0 {
		out := f.entries
		f.entries = nil
		return out, nil
	}
	if len(f.entries) == 0 {
		return nil, io.EOF
	}
	k := min(n, len(f.entries))
	out := f.entries[:k]
	f.entries = f.entries[k:]
	return out, nil
}
