package archetype

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
	"time"
)

// withFile is a site's files with one more file, name, holding data, and the
// folders that lead to it, which need not exist. It lets Create check a new
// article with the build's own loader before anything is written.
type withFile struct {
	base fs.FS
	name string
	data []byte
}

var (
	_ fs.ReadDirFS   = withFile{}
	_ fs.StatFS      = withFile{}
	_ fs.ReadFileFS  = withFile{}
	_ fs.ReadLinkFS  = withFile{}
	_ fs.FileInfo    = addedInfo{}
	_ fs.ReadDirFile = (*addedFolder)(nil)
)

// leadsTo reports whether folder p is the new file's folder or one above it.
func (w withFile) leadsTo(p string) bool {
	return p == "." || strings.HasPrefix(w.name, p+"/")
}

// Open opens the new file, a folder that leads to it (whose listing holds
// the way to it, whether or not the folder exists in the base), or a file
// of the base.
func (w withFile) Open(name string) (fs.File, error) {
	if name == w.name {
		return &addedFile{Reader: bytes.NewReader(w.data), info: w.fileInfo()}, nil
	}
	if !w.leadsTo(name) {
		return w.base.Open(name)
	}
	info, err := w.Stat(name)
	if err != nil {
		return nil, err
	}
	entries, err := w.ReadDir(name)
	if err != nil {
		return nil, err
	}
	return &addedFolder{info: info, entries: entries}, nil
}

func (w withFile) ReadFile(name string) ([]byte, error) {
	if name == w.name {
		return slices.Clone(w.data), nil
	}
	return fs.ReadFile(w.base, name)
}

func (w withFile) Stat(name string) (fs.FileInfo, error) {
	if name == w.name {
		return w.fileInfo(), nil
	}
	info, err := fs.Stat(w.base, name)
	if err != nil && errors.Is(err, fs.ErrNotExist) && w.leadsTo(name) {
		return addedInfo{name: path.Base(name), dir: true}, nil
	}
	return info, err
}

func (w withFile) Lstat(name string) (fs.FileInfo, error) {
	if name == w.name {
		return w.fileInfo(), nil
	}
	info, err := fs.Lstat(w.base, name)
	if err != nil && errors.Is(err, fs.ErrNotExist) && w.leadsTo(name) {
		return addedInfo{name: path.Base(name), dir: true}, nil
	}
	return info, err
}

func (w withFile) ReadLink(name string) (string, error) {
	if name == w.name {
		return "", &fs.PathError{Op: "readlink", Path: name, Err: fs.ErrInvalid}
	}
	return fs.ReadLink(w.base, name)
}

// ReadDir lists a folder of the base, with the new file or the folder that
// leads to it added.
func (w withFile) ReadDir(name string) ([]fs.DirEntry, error) {
	entries, err := fs.ReadDir(w.base, name)
	if err != nil && !(errors.Is(err, fs.ErrNotExist) && w.leadsTo(name)) {
		return nil, err
	}
	if !w.leadsTo(name) {
		return entries, nil
	}
	rest := strings.TrimPrefix(w.name, name+"/")
	if name == "." {
		rest = w.name
	}
	child, _, deeper := strings.Cut(rest, "/")
	for _, e := range entries {
		if e.Name() == child {
			return entries, nil // the folder exists; the new file is never in the base
		}
	}
	var added fs.DirEntry = fs.FileInfoToDirEntry(w.fileInfo())
	if deeper {
		added = fs.FileInfoToDirEntry(addedInfo{name: child, dir: true})
	}
	entries = append(entries, added)
	slices.SortFunc(entries, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return entries, nil
}

func (w withFile) fileInfo() addedInfo {
	return addedInfo{name: path.Base(w.name), size: int64(len(w.data))}
}

// addedInfo describes the new file or a folder leading to it.
type addedInfo struct {
	name string
	size int64
	dir  bool
}

func (i addedInfo) Name() string { return i.name }
func (i addedInfo) Size() int64  { return i.size }
func (i addedInfo) Mode() fs.FileMode {
	if i.dir {
		return fs.ModeDir | 0o755
	}
	return 0o644
}
func (i addedInfo) ModTime() time.Time { return time.Time{} }
func (i addedInfo) IsDir() bool        { return i.dir }
func (i addedInfo) Sys() any           { return nil }

type addedFile struct {
	*bytes.Reader
	info addedInfo
}

func (f *addedFile) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *addedFile) Close() error               { return nil }

// addedFolder is an open folder that leads to the new file.
type addedFolder struct {
	info    fs.FileInfo
	entries []fs.DirEntry
}

func (f *addedFolder) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *addedFolder) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: f.info.Name(), Err: errors.New("is a directory")}
}
func (f *addedFolder) Close() error { return nil }
func (f *addedFolder) ReadDir(n int) ([]fs.DirEntry, error) {
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
