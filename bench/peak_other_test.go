//go:build !unix

package bench

import "os"

// peakMemory is 0: the system gives no peak resident set size here.
func peakMemory(*os.ProcessState) int64 { return 0 }
