package osfile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"sync/atomic"

	"golang.org/x/sys/unix"
)

// Dir reads files beneath a folder with openat2. A kernel without openat2
// (before Linux 5.6) turns it off at the first try. Its methods may be
// called concurrently.
type Dir struct {
	dir int // the folder's descriptor, or -1
	off *atomic.Bool
}

// OpenDir opens the folder dir for reading beneath it; a folder that cannot
// be opened gives a Dir whose ReadFile always returns false.
func OpenDir(dir string) Dir {
	fd, err := unix.Open(dir, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		fd = -1
	}
	return Dir{dir: fd, off: new(atomic.Bool)}
}

// Close releases the folder.
func (d Dir) Close() {
	if d.dir >= 0 {
		_ = unix.Close(d.dir)
	}
}

// ReadFile returns the regular file at name, a valid fs path, or false
// when it cannot (a link that leads out of the folder, a named pipe, no
// openat2): the caller then asks an os.Root, which says why.
func (d Dir) ReadFile(name string) ([]byte, bool) {
	if d.dir < 0 || d.off.Load() {
		return nil, false
	}
	fd, err := unix.Openat2(d.dir, name, &unix.OpenHow{
		Flags:   unix.O_RDONLY | unix.O_CLOEXEC | unix.O_NONBLOCK, // a named pipe is not waited on
		Resolve: unix.RESOLVE_BENEATH | unix.RESOLVE_NO_MAGICLINKS,
	})
	if err == unix.ENOSYS {
		d.off.Store(true)
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

// Exchange swaps the folders a and b in one atomic step, so that b is never
// missing; on a file system without RENAME_EXCHANGE it returns
// errors.ErrUnsupported, having done nothing.
func Exchange(a, b string) error {
	err := unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE)
	if err == unix.ENOSYS || err == unix.EINVAL {
		return errors.ErrUnsupported
	}
	return err
}

// WriteNew writes data to a new file at full. It takes three system calls
// (open, write, close) where os.WriteFile, which readies every file for the
// network poller, takes eight; a build writes tens of thousands of files.
// When the file cannot be opened, os.WriteFile tries and says why.
func WriteNew(full string, data []byte) error {
	fd, err := unix.Open(full, unix.O_WRONLY|unix.O_CREAT|unix.O_TRUNC|unix.O_CLOEXEC, 0o644)
	if err != nil {
		return os.WriteFile(full, data, 0o644)
	}
	for len(data) > 0 {
		n, err := unix.Write(fd, data)
		if err == unix.EINTR {
			continue
		}
		if err == nil && n == 0 {
			err = io.ErrShortWrite
		}
		if err != nil {
			_ = unix.Close(fd)
			return &fs.PathError{Op: "write", Path: full, Err: err}
		}
		data = data[n:]
	}
	if err := unix.Close(fd); err != nil {
		return &fs.PathError{Op: "close", Path: full, Err: err}
	}
	return nil
}
