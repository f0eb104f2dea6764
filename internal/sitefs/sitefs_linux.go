package sitefs

import (
	"io"
	"io/fs"
	"os"
	"sync/atomic"

	"golang.org/x/sys/unix"
)

// fastReader reads files beneath a folder with openat2. A kernel without
// openat2 (before Linux 5.6) turns it off at the first try.
type fastReader struct {
	dir int // the folder's descriptor, or -1
	off *atomic.Bool
}

func openFastReader(dir string) fastReader {
	fd, err := unix.Open(dir, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		fd = -1
	}
	return fastReader{dir: fd, off: new(atomic.Bool)}
}

func (r fastReader) close() {
	if r.dir >= 0 {
		_ = unix.Close(r.dir)
	}
}

// readFile returns the regular file at name, a valid fs path, or false
// when it cannot: the caller then asks the os.Root, which says why.
func (r fastReader) readFile(name string) ([]byte, bool) {
	if r.dir < 0 || r.off.Load() {
		return nil, false
	}
	fd, err := unix.Openat2(r.dir, name, &unix.OpenHow{
		Flags:   unix.O_RDONLY | unix.O_CLOEXEC | unix.O_NONBLOCK, // a named pipe is not waited on
		Resolve: unix.RESOLVE_BENEATH | unix.RESOLVE_NO_MAGICLINKS,
	})
	if err == unix.ENOSYS {
		r.off.Store(true)
	}
	if err != nil {
		return nil, false
	}
	defer unix.Close(fd)
	var st unix.Stat_t
	if unix.Fstat(fd, &st) != nil || st.Mode&unix.S_IFMT != unix.S_IFREG {
		return nil, false
	}
	// One byte more than the size, so that the end is seen at once; a file
	// that grows meanwhile is read to its new end.
	data := make([]byte, 0, st.Size+1)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := unix.Read(fd, data[len(data):cap(data)])
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return nil, false
		}
		if n == 0 {
			return data, true
		}
		data = data[:len(data)+n]
	}
}

// open opens name without waiting on a named pipe, and refuses anything
// but a regular file or a folder.
func (f *FS) open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	file, err := f.root.OpenFile(name, os.O_RDONLY|unix.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	info, err := file.Stat()
	if err == nil && !info.Mode().IsRegular() && !info.IsDir() {
		err = &fs.PathError{Op: "open", Path: name, Err: ErrNotRegular}
	}
	if err != nil {
		file.Close()
		return nil, err
	}
	return file, nil
}

// readFile reads name whole through open.
func (f *FS) readFile(name string) ([]byte, error) {
	file, err := f.open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	return io.ReadAll(file)
}
