//go:build linux || darwin

package osfile

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// Lock opens the folder dir and takes an exclusive flock on it without
// waiting. The lock dies with the process however it ends, even kill -9,
// and means the same inside a PID namespace, where every build may be PID
// 1. It returns ErrBusy when another process holds the lock, and (nil, nil)
// where the file system has no locks (some network file systems).
func Lock(dir string) (*os.File, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	for {
		err = unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB)
		if err != unix.EINTR {
			break
		}
	}
	switch {
	case err == nil:
		return f, nil
	case errors.Is(err, unix.EWOULDBLOCK):
		f.Close()
		return nil, ErrBusy
	case errors.Is(err, unix.ENOLCK), errors.Is(err, unix.EOPNOTSUPP), errors.Is(err, unix.ENOSYS), errors.Is(err, unix.EINVAL):
		f.Close()
		return nil, nil
	}
	f.Close()
	return nil, err
}
