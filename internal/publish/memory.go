package publish

import (
	"bytes"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"
	"sync"
	"vinhdanh/internal/i18n"

	"github.com/tdewolff/minify/v2"
)

// Memory holds one build's output in memory, for the preview server, which
// never writes the destination. It offers the Publisher's writing methods,
// minifying the same way, so the bytes it holds are those a build would
// write; files copied unchanged (images, PDFs), which can be large, are held
// as a reference to their source: Copy checks that it is a regular file and
// notes which file it is (its identity on the disk, its size and the time
// it last changed), and MemoryFile.Open opens it only while the file found
// at that path is still that one. A Memory thus never gives out bytes that
// its build did not check: a file changed, replaced (by a link leading
// elsewhere, a named pipe) or removed since is refused with ErrChanged
// until a build copies it again.
//
// A Memory can be made from the previous one: Keep then carries a file over
// unchanged, so that a build that renders only what an edit affects still
// ends with a whole output. A Memory is safe for concurrent use; once its
// build has finished it is only read.
type Memory struct {
	mu       sync.Mutex
	files    map[string]MemoryFile
	prev     *Memory
	minifier *minify.M
	// written lists the files put anew, not kept; kept counts the others.
	written []string
	kept    int
	bytes   int64
}

// MemoryFile is one file of a Memory: its bytes, or where to read them.
type MemoryFile struct {
	Data []byte
	// Source and SourcePath, when Source is set, name the file to serve;
	// Open opens it.
	Source     fs.FS
	SourcePath string
	// copied describes the source file as Copy found it.
	copied fs.FileInfo
	// Key is what the file was made from, as the build names it (see
	// render.Options.Reuse); 0 when not named.
	Key uint64
}

// NewMemory returns an empty output whose Keep takes files from prev, which
// may be nil.
func NewMemory(prev *Memory) *Memory {
	m := &Memory{files: map[string]MemoryFile{}, prev: prev, minifier: newMinifier()}
	if prev != nil {
		m.minifier = prev.minifier
		m.files = make(map[string]MemoryFile, len(prev.files))
	}
	return m
}

// SetKey records what the file at name was made from.
func (m *Memory) SetKey(name string, key uint64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	f, ok := m.files[name]
	if !ok {
		return i18n.Errorf("no file at %s", name)
	}
	f.Key = key
	m.files[name] = f
	return nil
}

// PreviousKey returns the key of the previous output's file at name, 0 when
// it holds none.
func (m *Memory) PreviousKey(name string) uint64 {
	if m.prev == nil {
		return 0
	}
	return m.prev.files[name].Key // finished, so only read: no lock
}

func (m *Memory) put(name string, f MemoryFile, kept bool) error {
	if err := checkName(name); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, dup := m.files[name]; dup {
		return i18n.Errorf("two files would be written at %s; rename one of them", name)
	}
	m.files[name] = f
	m.bytes += int64(len(f.Data))
	if kept {
		m.kept++
	} else {
		m.written = append(m.written, name)
	}
	return nil
}

// Write minifies data by the extension of name and holds it at name.
func (m *Memory) Write(name string, data []byte) error {
	data, err := minifyByName(m.minifier, name, data)
	if err != nil {
		return err
	}
	return m.WriteRaw(name, data)
}

// WriteRaw holds data at name as it is.
func (m *Memory) WriteRaw(name string, data []byte) error {
	return m.put(name, MemoryFile{Data: data}, false)
}

// Copy holds the file srcPath of src at name: minified now when Write would
// minify it, else as a reference to the file, which must be a regular file.
func (m *Memory) Copy(name string, src fs.FS, srcPath string) error {
	if _, ok := mediaTypes[strings.ToLower(path.Ext(name))]; ok {
		data, err := fs.ReadFile(src, srcPath)
		if err != nil {
			return err
		}
		return m.Write(name, data)
	}
	f, info, err := openRegular(src, srcPath)
	if err != nil {
		return err
	}
	f.Close()
	return m.put(name, MemoryFile{Source: src, SourcePath: srcPath, copied: info}, false)
}

// ErrChanged is the error of MemoryFile.Open for a source file that is no
// longer the one the build copied.
var ErrChanged = i18n.Errorf("the file changed after the last build")

// Open opens a file held by reference, if the file at its source path is
// still the regular file that Copy found there, unchanged; otherwise it
// returns ErrChanged.
func (f MemoryFile) Open() (fs.File, error) {
	if f.Source == nil {
		return nil, i18n.Errorf("%w: not held by reference", fs.ErrInvalid)
	}
	file, info, err := openRegular(f.Source, f.SourcePath)
	if err != nil {
		return nil, ErrChanged
	}
	if !sameSource(info, f.copied) {
		file.Close()
		return nil, ErrChanged
	}
	return file, nil
}

// openRegular opens the regular file p of fsys and describes it by the file
// opened. A name that is not a regular file is refused before it is opened,
// since opening a named pipe waits for a writer; the description of the
// file opened is checked again, for a file replaced between the two.
func openRegular(fsys fs.FS, p string) (fs.File, fs.FileInfo, error) {
	info, err := fs.Stat(fsys, p)
	if err != nil {
		return nil, nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, nil, i18n.Errorf("%s is not a regular file", p)
	}
	f, err := fsys.Open(p)
	if err != nil {
		return nil, nil, err
	}
	if info, err = f.Stat(); err != nil || !info.Mode().IsRegular() {
		f.Close()
		return nil, nil, i18n.Errorf("%s is not a regular file", p)
	}
	return f, info, nil
}

// sameSource reports whether two descriptions of opened files are of the
// same file, unchanged.
func sameSource(a, b fs.FileInfo) bool {
	if a == nil || b == nil || a.Size() != b.Size() || !a.ModTime().Equal(b.ModTime()) {
		return false
	}
	return os.SameFile(a, b) || (a.Sys() == nil && b.Sys() == nil) // files of an fs.FS in memory have no identity
}

// Rename moves every file under the folder from to the folder to.
func (m *Memory) Rename(from, to string) error {
	for _, name := range []string{from, to} {
		if err := checkName(name); err != nil {
			return err
		}
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	prefix := from + "/"
	moved := map[string]MemoryFile{}
	for name, f := range m.files {
		if strings.HasPrefix(name, prefix) {
			moved[to+"/"+strings.TrimPrefix(name, prefix)] = f
			delete(m.files, name)
		}
	}
	for name, f := range moved {
		if _, dup := m.files[name]; dup {
			return i18n.Errorf("two files would be written at %s; rename one of them", name)
		}
		m.files[name] = f
	}
	for i, name := range m.written {
		if strings.HasPrefix(name, prefix) {
			m.written[i] = to + "/" + strings.TrimPrefix(name, prefix)
		}
	}
	return nil
}

// Keep carries the previous output's file at name over unchanged.
func (m *Memory) Keep(name string) error {
	if m.prev == nil {
		return i18n.Errorf("no earlier output holds %s", name)
	}
	// The previous output is finished, so only read: its map needs no lock.
	f, ok := m.prev.files[name]
	if !ok {
		return i18n.Errorf("no earlier output holds %s", name)
	}
	return m.put(name, f, true)
}

// KeepFolder carries over every file of the previous output under the
// folder dir.
func (m *Memory) KeepFolder(dir string) error {
	return m.keepWhere(func(name string) bool { return strings.HasPrefix(name, dir+"/") })
}

// KeepAllBut carries over every file of the previous output except those
// under the folder dir.
func (m *Memory) KeepAllBut(dir string) error {
	return m.keepWhere(func(name string) bool { return !strings.HasPrefix(name, dir+"/") })
}

// keepWhere carries over the previous output's files whose names match.
func (m *Memory) keepWhere(match func(name string) bool) error {
	if m.prev == nil {
		return nil
	}
	// The previous output is finished, so only read: its map needs no lock.
	for name, f := range m.prev.files {
		if match(name) {
			if err := m.put(name, f, true); err != nil {
				return err
			}
		}
	}
	return nil
}

// Merge adds every file of other.
func (m *Memory) Merge(other *Memory) error {
	for _, name := range other.Names() {
		f, _ := other.Lookup(name)
		if err := m.put(name, f, false); err != nil {
			return err
		}
	}
	return nil
}

// Names returns the paths of the files held, sorted.
func (m *Memory) Names() []string {
	m.mu.Lock()
	names := make([]string, 0, len(m.files))
	for name := range m.files {
		names = append(names, name)
	}
	m.mu.Unlock()
	slices.Sort(names)
	return names
}

// Lookup returns the file at name.
func (m *Memory) Lookup(name string) (MemoryFile, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	f, ok := m.files[name]
	return f, ok
}

// Has reports whether the output holds a file at name.
func (m *Memory) Has(name string) bool {
	_, ok := m.Lookup(name)
	return ok
}

// ReadFile returns the bytes of the file at name: those held, or those of
// the source file a file held by reference serves.
func (m *Memory) ReadFile(name string) ([]byte, error) {
	f, ok := m.Lookup(name)
	switch {
	case !ok:
		return nil, &fs.PathError{Op: "read", Path: name, Err: fs.ErrNotExist}
	case f.Source != nil:
		return fs.ReadFile(f.Source, f.SourcePath)
	}
	return f.Data, nil
}

// Stats returns how many files the output holds and their bytes, counting
// files held by reference as nothing.
func (m *Memory) Stats() (files int, bytes int64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.files), m.bytes
}

// Changed lists the paths whose files differ between the previous output
// and this one, or that only one of them holds, sorted. Files are compared
// by their bytes, or by the source they are read from; files kept are the
// same.
func (m *Memory) Changed() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	before := m.prev
	if before == nil {
		return nil
	}
	var changed []string
	inBoth := m.kept
	for _, name := range m.written {
		old, ok := before.files[name]
		if ok {
			inBoth++
		}
		if !ok || !sameFile(old, m.files[name]) {
			changed = append(changed, name)
		}
	}
	if inBoth < len(before.files) { // some are gone
		for name := range before.files {
			if _, ok := m.files[name]; !ok {
				changed = append(changed, name)
			}
		}
	}
	slices.Sort(changed)
	return changed
}

func sameFile(a, b MemoryFile) bool {
	if a.Source != nil || b.Source != nil {
		return a.Source == b.Source && a.SourcePath == b.SourcePath && sameSource(a.copied, b.copied)
	}
	if len(a.Data) != len(b.Data) {
		return false
	}
	if len(a.Data) == 0 || &a.Data[0] == &b.Data[0] {
		return true // the same bytes, carried over
	}
	return bytes.Equal(a.Data, b.Data)
}

// Forget drops the link to the previous output, so that it can be freed.
func (m *Memory) Forget() { m.prev = nil }

// minifyByName minifies data by the extension of name, when it is of a type
// that is minified.
func minifyByName(m *minify.M, name string, data []byte) ([]byte, error) {
	mt, ok := mediaTypes[strings.ToLower(path.Ext(name))]
	if !ok {
		return data, nil
	}
	var buf bytes.Buffer
	buf.Grow(len(data))
	if err := m.Minify(mt, &buf, bytes.NewReader(data)); err != nil {
		return nil, i18n.Errorf("minifying %s: %v", name, err)
	}
	return buf.Bytes(), nil
}
