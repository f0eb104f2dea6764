//go:build !linux

package publish

import "os"

// writeNew writes data to a new file at full.
func writeNew(full string, data []byte) error {
	return os.WriteFile(full, data, 0o644)
}
