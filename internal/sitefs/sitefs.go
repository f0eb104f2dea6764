// Package sitefs opens a site's folder as a file system confined to it.
//
// An FS reads through an os.Root: no name, and no symbolic link, reaches
// outside the folder. Its ReadFile, which a build calls once for every
// article, opens the file in one system call where it can (on Linux,
// openat2 with RESOLVE_BENEATH, which refuses the same escapes), instead of
// one for each folder of the name; whenever that way fails for any reason,
// the os.Root reads the file, so errors are the os.Root's own.
//
// Open and ReadFile read only regular files and open folders: a named
// pipe, a socket or a device (which would block a read forever, or never
// end) is refused with ErrNotRegular before it is opened, or, on Linux's
// fast path, opened without blocking and refused at once.
package sitefs

import (
	"io/fs"
	"os"
	"vinhdanh/internal/i18n"
	"vinhdanh/internal/osfile"
)

// ErrNotRegular is the error for a name that is neither a regular file nor
// a folder.
var ErrNotRegular = i18n.Errorf("not a regular file (a named pipe, socket or device); replace it with an ordinary file")

// FS is a site's folder. It implements fs.ReadFileFS, fs.ReadDirFS,
// fs.StatFS and fs.ReadLinkFS, as an os.Root's FS does, and is safe for
// concurrent use.
type FS struct {
	root *os.Root
	fsys fs.FS
	fast osfile.Dir // reads beneath the folder in fewer calls, where it can
}

// Open opens the folder dir.
func Open(dir string) (*FS, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	return &FS{root: root, fsys: root.FS(), fast: osfile.OpenDir(dir)}, nil
}

// Close releases the folder.
func (f *FS) Close() error {
	f.fast.Close()
	return f.root.Close()
}

// Open opens the named file or folder. A name that is neither is refused
// without waiting, even when it was replaced by one just before (on Linux,
// the file is opened without blocking and then looked at): whoever read the
// folder a moment before cannot be made to hang.
func (f *FS) Open(name string) (fs.File, error) { return f.open(name) }

// ReadFile reads the named file whole.
func (f *FS) ReadFile(name string) ([]byte, error) {
	if fs.ValidPath(name) {
		if data, ok := f.fast.ReadFile(name); ok {
			return data, nil
		}
	}
	return f.readFile(name)
}

// ReadDir lists the named folder, sorted by name.
func (f *FS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(f.fsys, name) }

// Stat describes the named file.
func (f *FS) Stat(name string) (fs.FileInfo, error) { return fs.Stat(f.fsys, name) }

// ReadLink returns the target of the named symbolic link.
func (f *FS) ReadLink(name string) (string, error) { return fs.ReadLink(f.fsys, name) }

// Lstat describes the named file, without following a symbolic link.
func (f *FS) Lstat(name string) (fs.FileInfo, error) { return fs.Lstat(f.fsys, name) }
