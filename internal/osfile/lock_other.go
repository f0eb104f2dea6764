//go:build !linux && !darwin

package osfile

import "os"

// Lock takes no lock here (Windows, the BSDs) and returns (nil, nil).
func Lock(string) (*os.File, error) { return nil, nil }
