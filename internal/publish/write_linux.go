package publish

import (
	"io"
	"io/fs"
	"os"

	"golang.org/x/sys/unix"
)

// writeNew writes data to a new file at full. It takes three system calls
// (open, write, close) where os.WriteFile, which readies every file for the
// network poller, takes eight; a build writes tens of thousands of files.
// When the file cannot be opened, os.WriteFile tries and says why.
func writeNew(full string, data []byte) error {
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
