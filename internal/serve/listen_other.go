//go:build !windows

package serve

import (
	"errors"
	"syscall"
)

// addressInUse reports whether a listening error is that the port is taken.
func addressInUse(err error) bool { return errors.Is(err, syscall.EADDRINUSE) }
