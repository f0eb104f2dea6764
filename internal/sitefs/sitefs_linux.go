package sitefs

import (
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
		// Without O_NONBLOCK, opening a named pipe waits for a writer.
		Flags:   unix.O_RDONLY | unix.O_CLOEXEC | unix.O_NONBLOCK,
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
