package publish

import (
	"errors"
	"os"
)

// processAlive reports whether a process with this id exists. On Windows
// os.FindProcess opens the process, and fails when there is none; a
// process of another user, which may not be opened, counts as alive.
func processAlive(pid int) bool {
	if pid <= 0 {
		return false
	}
	p, err := os.FindProcess(pid)
	if err != nil {
		return errors.Is(err, os.ErrPermission)
	}
	_ = p.Release()
	return true
}
