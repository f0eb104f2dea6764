// Package publish writes a build's output. It is the only package that
// writes the destination and the only user of github.com/tdewolff/minify.
//
// A Publisher writes every file into a new folder beside the destination
// (".<dest>.vinhdanh-<pid>-<random>"), minifying HTML, CSS, JavaScript, JSON,
// XML and SVG on the way. Commit swaps the new folder into place in one step
// (on Linux, renameat2 with RENAME_EXCHANGE; elsewhere two renames, the
// destination moved aside to "<dest>.vinhdanh-old" and the new folder into
// its place) and then removes the old tree; Abort removes the new folder. So
// a build that fails, or is killed at any moment, leaves the previous output
// whole, and files of deleted articles never linger; where the swap is two
// renames, a build killed between them leaves the previous output aside,
// and the next Begin puts it back. Each new folder is locked (flock, on
// Linux and macOS) for as long as its build runs; folders left by killed
// builds are removed by the next Begin once their lock is free, which the
// kernel sees to however the process ended. Where there are no locks
// (Windows), a folder is removed once no process has its process id.
//
// Every output holds a file named .vinhdanh. Begin refuses a destination
// that exists, is not empty and has no such file: a mistyped --dest must not
// replace a folder of other files.
//
// Output is deterministic: the bytes of a file depend only on what is
// written to it, whatever the order or concurrency of writes. Writing the
// same path twice is an error, so that a static file cannot silently replace
// a generated page. Write and Copy are safe for concurrent use.
package publish

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/svg"
	"github.com/tdewolff/minify/v2/xml"

	"vinhdanh/internal/i18n"
	"vinhdanh/internal/osfile"
	"vinhdanh/internal/parallel"
)

// Publisher writes one build's output.
type Publisher struct {
	dest, tmp string
	lock      *os.File // holds tmp's lock (nil where there are none)
	minifier  *minify.M
	dirs      sync.Map // folders already created
	written   sync.Map // paths already written
	files     atomic.Int64
	bytes     atomic.Int64
	done      bool
}

// tempMarker is in the name of every folder a build writes into.
const tempMarker = ".vinhdanh-"

// Marker is the file that marks a folder as vinhdanh's output.
const Marker = ".vinhdanh"

const markerText = "This folder is the output of vinhdanh build. Each build replaces all of it.\n"

// ErrNotOutput is returned by Begin for a destination that holds other files.
var ErrNotOutput = i18n.Errorf("not a vinhdanh output")

// Begin starts writing a new output for dest.
func Begin(dest string) (*Publisher, error) {
	dest, err := filepath.Abs(dest)
	if err != nil {
		return nil, err
	}
	parent, base := filepath.Dir(dest), filepath.Base(dest)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	restoreAside(dest)
	if info, err := os.Lstat(dest); err == nil {
		if !info.IsDir() {
			return nil, i18n.Errorf("%s exists and is not a folder", dest)
		}
		if err := checkOurs(dest); err != nil {
			return nil, err
		}
	}
	removeStale(parent, base)
	tmp, lock, err := lockedFolder(parent, base)
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(tmp, Marker), []byte(markerText), 0o644); err != nil {
		_ = os.RemoveAll(tmp)
		closeLock(lock)
		return nil, err
	}
	return &Publisher{dest: dest, tmp: tmp, lock: lock, minifier: newMinifier()}, nil
}

// lockedFolder makes the new folder beside the destination and locks it.
// A build removing stale folders at the same moment may take the lock
// first, or remove the folder between its making and its locking: then
// another name is tried.
func lockedFolder(parent, base string) (string, *os.File, error) {
	for attempt := 0; ; attempt++ {
		var suffix [4]byte
		_, _ = rand.Read(suffix[:])
		tmp := filepath.Join(parent, fmt.Sprintf(".%s%s%d-%s", base, tempMarker, os.Getpid(), hex.EncodeToString(suffix[:])))
		if err := os.Mkdir(tmp, 0o755); err != nil {
			return "", nil, err
		}
		lock, err := osfile.Lock(tmp)
		if err == nil && lock != nil {
			info, errOpen := lock.Stat()
			now, errNow := os.Stat(tmp)
			if errOpen != nil || errNow != nil || !os.SameFile(info, now) {
				closeLock(lock)
				err = errBusy // removed meanwhile
			}
		}
		if err == nil {
			return tmp, lock, nil
		}
		if retry := errors.Is(err, errBusy) || errors.Is(err, fs.ErrNotExist); !retry || attempt == 4 {
			_ = os.Remove(tmp)
			return "", nil, err
		}
	}
}

// errBusy is osfile.Lock's error for a folder another process holds. Where
// the system has no locks (Windows, the BSDs), stale folders are recognised
// by their process id alone, and, since that cannot be checked portably,
// kept (see processAlive).
var errBusy = osfile.ErrBusy

func closeLock(f *os.File) {
	if f != nil {
		_ = f.Close()
	}
}

// checkOurs accepts an empty folder, or one that holds the marker file.
func checkOurs(dest string) error {
	if _, err := os.Stat(filepath.Join(dest, Marker)); err == nil {
		return nil
	}
	f, err := os.Open(dest)
	if err != nil {
		return err
	}
	defer f.Close()
	if names, _ := f.Readdirnames(1); len(names) == 0 {
		return nil
	}
	return i18n.Errorf("%w: %s is not empty and was not written by vinhdanh (it has no %s file); empty it, or choose another --dest", ErrNotOutput, dest, Marker)
}

func newMinifier() *minify.M {
	m := minify.New()
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepDefaultAttrVals: true})
	m.AddFunc("text/css", css.Minify)
	m.AddFunc("image/svg+xml", svg.Minify)
	// ES2015: no newer syntax (such as catch without a binding) that older
	// phone browsers cannot parse.
	m.AddRegexp(regexp.MustCompile(`^(application|text)/(x-)?(java|ecma)script$`), &js.Minifier{Version: 2015})
	m.AddFuncRegexp(regexp.MustCompile(`[/+]json$`), json.Minify)
	m.AddFuncRegexp(regexp.MustCompile(`[/+]xml$`), xml.Minify)
	return m
}

// mediaTypes maps file extensions to the minifier that handles them.
var mediaTypes = map[string]string{
	".html": "text/html", ".htm": "text/html", ".css": "text/css", ".js": "application/javascript",
	".mjs": "application/javascript", ".json": "application/json", ".xml": "application/xml",
	".svg": "image/svg+xml", ".webmanifest": "application/manifest+json",
}

// compactor minifies layouts and fragments for CompactTemplate and
// CompactHTML; a minify.M is safe for concurrent use.
var compactor = func() *minify.M {
	m := newMinifier()
	m.Add("text/x-template", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepDefaultAttrVals: true,
		TemplateDelims: [2]string{"{{", "}}"}})
	return m
}()

// CompactTemplate minifies an HTML layout with Go template actions, keeping
// the actions as they are. Pages executed from compacted layouts, with
// compacted fragments, come out minified and can be written with WriteRaw:
// minifying every page again would cost more than the rest of its writing.
func CompactTemplate(src []byte) ([]byte, error) {
	var buf bytes.Buffer
	if err := compactor.Minify("text/x-template", &buf, bytes.NewReader(src)); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// CompactHTML minifies a fragment of HTML, such as an article's body. It
// works in src, which it may overwrite.
func CompactHTML(src []byte) (string, error) {
	var out strings.Builder
	out.Grow(len(src))
	// The minifier reads a reader that has Bytes in place, where any other
	// it would copy whole first.
	if err := compactor.Minify("text/html", &out, bytes.NewBuffer(src)); err != nil {
		return "", err
	}
	return out.String(), nil
}

// Write minifies data by the extension of p and writes it at p, a
// slash-separated path relative to the destination.
func (p *Publisher) Write(name string, data []byte) error {
	data, err := minifyByName(p.minifier, name, data)
	if err != nil {
		return err
	}
	return p.WriteRaw(name, data)
}

// WriteRaw writes data at p as it is.
func (p *Publisher) WriteRaw(name string, data []byte) error {
	full, err := p.claim(name)
	if err != nil {
		return err
	}
	if err := osfile.WriteNew(full, data); err != nil {
		return err
	}
	p.files.Add(1)
	p.bytes.Add(int64(len(data)))
	return nil
}

// Copy copies the file srcPath of src to name; files that Write would
// minify are minified.
func (p *Publisher) Copy(name string, src fs.FS, srcPath string) error {
	if _, ok := mediaTypes[strings.ToLower(path.Ext(name))]; ok {
		data, err := fs.ReadFile(src, srcPath)
		if err != nil {
			return err
		}
		return p.Write(name, data)
	}
	full, err := p.claim(name)
	if err != nil {
		return err
	}
	in, err := src.Open(srcPath)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(full, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	n, err := io.Copy(out, in)
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	p.files.Add(1)
	p.bytes.Add(n)
	return nil
}

// claim checks name, records it as written, creates its folder, and
// returns its path on disk.
func (p *Publisher) claim(name string) (string, error) {
	if err := checkName(name); err != nil {
		return "", err
	}
	if _, dup := p.written.LoadOrStore(name, true); dup {
		return "", i18n.Errorf("two files would be written at %s; rename one of them", name)
	}
	if err := p.makeDir(path.Dir(name)); err != nil {
		return "", err
	}
	return filepath.Join(p.tmp, filepath.FromSlash(name)), nil
}

// makeDir creates the folder dir of the output and its parents, once:
// a folder whose parent is known to exist takes one mkdir, where
// os.MkdirAll would look at it first.
func (p *Publisher) makeDir(dir string) error {
	if dir == "." {
		return nil
	}
	if _, ok := p.dirs.Load(dir); ok {
		return nil
	}
	if err := p.makeDir(path.Dir(dir)); err != nil {
		return err
	}
	if err := os.Mkdir(filepath.Join(p.tmp, filepath.FromSlash(dir)), 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
		return err
	}
	p.dirs.Store(dir, true)
	return nil
}

// Rename moves the folder from, written with this Publisher, to to, which
// must not exist yet: a writer that learns a folder's name only from what
// it wrote (a hash of the files) writes into a temporary folder first.
func (p *Publisher) Rename(from, to string) error {
	for _, name := range []string{from, to} {
		if err := checkName(name); err != nil {
			return err
		}
	}
	if _, err := os.Lstat(filepath.Join(p.tmp, filepath.FromSlash(to))); err == nil || from == to {
		return i18n.Errorf("cannot move %s to %s, which is written already", from, to)
	}
	prefix := from + "/"
	var moved []string
	p.written.Range(func(key, _ any) bool {
		if name := key.(string); strings.HasPrefix(name, prefix) {
			moved = append(moved, name)
		}
		return true
	})
	for _, name := range moved {
		if _, dup := p.written.LoadOrStore(to+"/"+strings.TrimPrefix(name, prefix), true); dup {
			return i18n.Errorf("two files would be written at %s/%s; rename one of them", to, strings.TrimPrefix(name, prefix))
		}
	}
	if err := os.MkdirAll(filepath.Join(p.tmp, filepath.FromSlash(path.Dir(to))), 0o755); err != nil {
		return err
	}
	if err := os.Rename(filepath.Join(p.tmp, filepath.FromSlash(from)), filepath.Join(p.tmp, filepath.FromSlash(to))); err != nil {
		return err
	}
	for _, name := range moved {
		p.written.Delete(name)
	}
	p.dirs.Range(func(key, _ any) bool {
		if dir := key.(string); dir == from || strings.HasPrefix(dir, prefix) {
			p.dirs.Delete(dir)
		}
		return true
	})
	return nil
}

// checkName refuses names that are not clean paths inside the output.
func checkName(name string) error {
	if name == "" || path.IsAbs(name) || path.Clean(name) != name || name == ".." || strings.HasPrefix(name, "../") {
		return i18n.Errorf("refusing to write %q outside the output folder", name)
	}
	return nil
}

// Has reports whether a file has been written at name.
func (p *Publisher) Has(name string) bool {
	_, ok := p.written.Load(name)
	return ok
}

// Names returns the paths of the files written so far, sorted.
func (p *Publisher) Names() []string {
	var names []string
	p.written.Range(func(key, _ any) bool {
		names = append(names, key.(string))
		return true
	})
	slices.Sort(names)
	return names
}

// ReadFile returns the bytes written at name, before Commit.
func (p *Publisher) ReadFile(name string) ([]byte, error) {
	if err := checkName(name); err != nil {
		return nil, err
	}
	return os.ReadFile(filepath.Join(p.tmp, filepath.FromSlash(name)))
}

// Stats returns how many files and bytes have been written.
func (p *Publisher) Stats() (files int, bytes int64) {
	return int(p.files.Load()), p.bytes.Load()
}

// Commit puts the new output in place of the destination.
func (p *Publisher) Commit() error {
	if p.done {
		return i18n.Errorf("publish: already finished")
	}
	p.done = true
	defer closeLock(p.lock)
	if _, err := os.Lstat(p.dest); os.IsNotExist(err) {
		if err := os.Rename(p.tmp, p.dest); err != nil {
			_ = os.RemoveAll(p.tmp)
			return err
		}
		return nil
	}
	if err := exchange(p.tmp, p.dest); err != nil {
		_ = os.RemoveAll(p.tmp)
		return i18n.Errorf("replacing %s: %v", p.dest, err)
	}
	// p.tmp now holds the previous output.
	return removeTree(p.tmp)
}

// removeTree removes the folder dir and everything in it, like
// os.RemoveAll, with the folders two levels down shared out among a few
// workers: an output holds tens of thousands of files, and removing them
// one after the other would take a good part of a build.
func removeTree(dir string) error {
	var parts []string
	top, err := os.ReadDir(dir)
	if err != nil {
		return os.RemoveAll(dir)
	}
	for _, e := range top {
		p := filepath.Join(dir, e.Name())
		if !e.IsDir() {
			parts = append(parts, p)
			continue
		}
		below, err := os.ReadDir(p)
		if err != nil {
			parts = append(parts, p)
			continue
		}
		for _, b := range below {
			parts = append(parts, filepath.Join(p, b.Name()))
		}
	}
	_ = parallel.For(len(parts), parallel.PerCPU(2), func(i int) error {
		_ = os.RemoveAll(parts[i])
		return nil
	})
	return os.RemoveAll(dir)
}

// Abort discards the new output, leaving the destination as it was.
func (p *Publisher) Abort() {
	if !p.done {
		p.done = true
		_ = removeTree(p.tmp)
		closeLock(p.lock)
	}
}

// removeStale deletes folders of earlier builds of base whose process has
// ended: those whose lock is free, holding it meanwhile, or, where there
// are no locks, those whose process id is not in use.
func removeStale(parent, base string) {
	entries, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	prefix := "." + base + tempMarker
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), prefix)
		if !ok || !e.IsDir() {
			continue
		}
		var pid int
		if _, err := fmt.Sscanf(rest, "%d-", &pid); err != nil {
			continue
		}
		dir := filepath.Join(parent, e.Name())
		lock, err := osfile.Lock(dir)
		if err != nil || (lock == nil && processAlive(pid)) {
			continue
		}
		_ = os.RemoveAll(dir)
		closeLock(lock)
	}
}
