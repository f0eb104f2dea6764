// Package osfile makes the system calls that the os package does not offer
// and a build needs: reading a file beneath a folder in a few calls
// without following links out of it (Linux's openat2), swapping two folders
// in one step (Linux's renameat2 with RENAME_EXCHANGE), writing a new file
// in three calls, and locking a folder for as long as the process lives
// (flock). Where a system lacks one, the function says so (Dir's ReadFile
// returns false, Exchange errors.ErrUnsupported, Lock no lock) or does the
// same with the os package (WriteNew), and the caller falls back.
//
// It is the only user of golang.org/x/sys.
package osfile

import "errors"

// ErrBusy is Lock's error for a folder another process holds.
var ErrBusy = errors.New("the folder is locked by another build")
