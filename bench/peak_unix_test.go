//go:build unix

package bench

import (
	"os"
	"runtime"
	"syscall"
)

// peakMemory is the largest resident set size of the ended process, in
// bytes, or 0 where the system does not say.
func peakMemory(ps *os.ProcessState) int64 {
	ru, ok := ps.SysUsage().(*syscall.Rusage)
	if !ok {
		return 0
	}
	if runtime.GOOS == "darwin" || runtime.GOOS == "ios" {
		return int64(ru.Maxrss) // bytes there
	}
	return int64(ru.Maxrss) * 1024 // kilobytes on Linux and the BSDs
}
