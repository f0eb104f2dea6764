//go:build !linux

package sitefs

import "io/fs"

// fastReader has no faster way than the os.Root here.
type fastReader struct{}

func openFastReader(string) fastReader { return fastReader{} }

func (fastReader) close() {}

func (fastReader) readFile(string) ([]byte, bool) { return nil, false }

// open opens name through the os.Root.
func (f *FS) open(name string) (fs.File, error) { return f.fsys.Open(name) }

// readFile reads name whole through the os.Root.
func (f *FS) readFile(name string) ([]byte, error) { return fs.ReadFile(f.fsys, name) }
