//go:build !linux

package sitefs

import "io/fs"

// open opens name through the os.Root, once it is seen to be a regular file
// or a folder.
func (f *FS) open(name string) (fs.File, error) {
	if err := f.checkRegular("open", name); err != nil {
		return nil, err
	}
	return f.fsys.Open(name)
}

// readFile reads name whole through the os.Root, once it is seen to be a
// regular file.
func (f *FS) readFile(name string) ([]byte, error) {
	if err := f.checkRegular("read", name); err != nil {
		return nil, err
	}
	return fs.ReadFile(f.fsys, name)
}

// checkRegular refuses a name, once any links are followed, that is
// neither a regular file nor a folder; other errors are left to the open
// that follows.
func (f *FS) checkRegular(op, name string) error {
	info, err := fs.Stat(f.fsys, name)
	if err == nil && !info.Mode().IsRegular() && !info.IsDir() {
		return &fs.PathError{Op: op, Path: name, Err: ErrNotRegular}
	}
	return nil
}
