//go:build !linux

package osfile

import (
	"errors"
	"os"
)

// Dir has no faster way than an os.Root here.
type Dir struct{}

// OpenDir gives a Dir whose ReadFile always returns false.
func OpenDir(string) Dir { return Dir{} }

// Close does nothing.
func (Dir) Close() {}

// ReadFile returns false: the caller reads through an os.Root.
func (Dir) ReadFile(string) ([]byte, bool) { return nil, false }

// Exchange returns errors.ErrUnsupported: there is no atomic exchange of
// folders here (macOS has renamex_np with RENAME_SWAP, which x/sys does not
// offer; Windows has none).
func Exchange(a, b string) error { return errors.ErrUnsupported }

// WriteNew writes data to a new file at full.
func WriteNew(full string, data []byte) error { return os.WriteFile(full, data, 0o644) }
