package serve

import (
	"errors"
	"syscall"
)

// wsaeAddrInUse is Winsock's WSAEADDRINUSE, which the syscall package does
// not name.
const wsaeAddrInUse = syscall.Errno(10048)

// addressInUse reports whether a listening error is that the port is taken.
func addressInUse(err error) bool {
	return errors.Is(err, wsaeAddrInUse) || errors.Is(err, syscall.EADDRINUSE)
}
