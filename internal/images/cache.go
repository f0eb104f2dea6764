package images

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"vinhdanh/internal/i18n"
)

// CacheMaxAge is how long a cache entry is kept without being used.
const CacheMaxAge = 30 * 24 * time.Hour

// tempMaxAge is the age past which Prune takes a temporary file for one a
// process left when it stopped, rather than one being written: writing an
// entry takes milliseconds.
const tempMaxAge = 10 * time.Minute

// touchEvery is how stale an entry's modification time may get before a
// use sets it again: once a day is enough to tell 30 days, and spares a
// write per picture per build.
const touchEvery = 24 * time.Hour

// cacheMagic starts every entry.
const cacheMagic = "vinhdanh-images\n"

// tempPrefix starts the names of the files being written.
const tempPrefix = ".tmp-"

// cache is the folder of results, keyed by source and settings.
type cache struct {
	dir      string
	settings string // the settings line of the key
	now      func() time.Time
}

// key returns the hexadecimal SHA-256 of the settings line and src.
func (c *cache) key(src []byte) string {
	h := sha256.New()
	h.Write([]byte(c.settings + "\n"))
	h.Write(src)
	return hex.EncodeToString(h.Sum(nil))
}

func (c *cache) path(key string) string { return filepath.Join(c.dir, key[:2], key) }

// get returns the entry of key, unnamed, or nil when there is none that
// reads back whole. The entry is read as a stream, its CRC and each file's
// hash taken on the way, so that reading a thousand entries allocates no
// buffer of an entry's size (nearly 1 MB each: many such allocations of
// different sizes kept a warm build of 1,000 photos at 1.6 GB resident);
// Variant.Bytes reads a file's bytes again when they are written.
func (c *cache) get(key string) *Result {
	path := c.path(key)
	r, info := readEntry(path)
	if r == nil {
		return nil
	}
	if now := c.now(); now.Sub(info.ModTime()) > touchEvery {
		os.Chtimes(path, now, now) // a failure only shortens its life
	}
	r.Cached = true
	return r
}

// readEntry reads the entry at path, laid out as marshal writes it, and
// returns it with its files' places and hashes and no bytes, and what
// Stat said of the file; nil when it does not read back whole. The file is
// closed before it returns (Windows may refuse a Chtimes on an open file).
func readEntry(path string) (*Result, fs.FileInfo) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || info.Size() > 1<<31 {
		return nil, nil
	}
	crc := crc32.New(castagnoli)
	buffered := bufio.NewReaderSize(f, 64<<10)
	in := io.TeeReader(buffered, crc) // everything but the CRC at the end
	head := make([]byte, len(cacheMagic)+12)
	if _, err := io.ReadFull(in, head); err != nil || !bytes.HasPrefix(head, []byte(cacheMagic)) {
		return nil, nil
	}
	be := binary.BigEndian
	r := &Result{Width: int(be.Uint32(head[len(cacheMagic):])), Height: int(be.Uint32(head[len(cacheMagic)+4:]))}
	count := int(be.Uint32(head[len(cacheMagic)+8:]))
	if count < 1 || count > 4*MaxWidth {
		return nil, nil
	}
	meta := make([]byte, 20*count)
	if _, err := io.ReadFull(in, meta); err != nil {
		return nil, nil
	}
	files := make([]Variant, count)
	off := int64(len(head) + len(meta))
	for i := range files {
		m := meta[20*i:]
		role, format, size := be.Uint32(m), be.Uint32(m[4:]), int64(be.Uint32(m[16:]))
		if format >= uint32(len(formats)) || (role == 1) != (i == count-1) {
			return nil, nil
		}
		files[i] = Variant{Width: int(be.Uint32(m[8:])), Height: int(be.Uint32(m[12:])), Format: formats[format], entry: path, off: off, size: size}
		off += size
	}
	if off+4 != info.Size() {
		return nil, nil
	}
	for i := range files {
		h := sha256.New()
		if _, err := io.CopyN(h, in, files[i].size); err != nil {
			return nil, nil
		}
		files[i].sum = [4]byte(h.Sum(nil)[:4])
	}
	sum := make([]byte, 4)
	if _, err := io.ReadFull(buffered, sum); err != nil || be.Uint32(sum) != crc.Sum32() {
		return nil, nil
	}
	r.Variants, r.Social = files[:count-1], files[count-1]
	return r, info
}

// put writes r as the entry of key: to a temporary file beside it, then
// renamed, so that no reader sees it half written. It returns the first
// error; the temporary file is removed then.
func (c *cache) put(key string, r *Result) error {
	dir := filepath.Dir(c.path(key))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, tempPrefix+"*")
	if err != nil {
		return err
	}
	_, err = f.Write(marshal(r))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		now := c.now()
		err = os.Chtimes(f.Name(), now, now)
	}
	if err == nil {
		err = os.Rename(f.Name(), c.path(key))
	}
	if err != nil {
		os.Remove(f.Name())
		return err
	}
	r.spill(c.path(key))
	return nil
}

// spill lets r's bytes go, noting where they are in the cache entry at
// path, laid out as marshal writes them: after the header, in order.
func (r *Result) spill(path string) {
	files := r.files()
	off := int64(len(cacheMagic) + 12 + 20*len(files))
	for _, v := range files {
		v.entry, v.off, v.size = path, off, int64(len(v.Data))
		off += v.size
		v.Data = nil
	}
}

// An entry is cacheMagic, then unsigned 32-bit big-endian numbers: the
// source's width and height, the count of files, and for each file its
// role (0 a variant, 1 the social copy), format (0 WebP, 1 JPEG, 2 PNG),
// width, height and length; then the files' bytes, and the CRC-32C of
// everything before.
var formats = []Format{WebP, JPEG, PNG}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

func marshal(r *Result) []byte {
	files := append(r.Variants[:len(r.Variants):len(r.Variants)], r.Social)
	n := len(cacheMagic) + 12 + 20*len(files) + 4
	for _, v := range files {
		n += len(v.Data)
	}
	b := make([]byte, 0, n)
	b = append(b, cacheMagic...)
	b = binary.BigEndian.AppendUint32(b, uint32(r.Width))
	b = binary.BigEndian.AppendUint32(b, uint32(r.Height))
	b = binary.BigEndian.AppendUint32(b, uint32(len(files)))
	for i, v := range files {
		role := 0
		if i == len(files)-1 {
			role = 1
		}
		b = binary.BigEndian.AppendUint32(b, uint32(role))
		b = binary.BigEndian.AppendUint32(b, uint32(indexOf(formats, v.Format)))
		b = binary.BigEndian.AppendUint32(b, uint32(v.Width))
		b = binary.BigEndian.AppendUint32(b, uint32(v.Height))
		b = binary.BigEndian.AppendUint32(b, uint32(len(v.Data)))
	}
	for _, v := range files {
		b = append(b, v.Data...)
	}
	return binary.BigEndian.AppendUint32(b, crc32.Checksum(b, castagnoli))
}

func indexOf(fs []Format, f Format) int {
	for i, g := range fs {
		if g == f {
			return i
		}
	}
	return -1
}

// Prune removes from the cache the entries not used since CacheMaxAge
// before now and the temporary files older than ten minutes, and returns
// how many files it removed. It touches nothing else in the folder, and a
// Processor without a cache has nothing to prune. Call it once a build
// has made its variants, so that the entries it used are dated.
func (p *Processor) Prune(now time.Time) (int, error) {
	if p.cache == nil {
		return 0, nil
	}
	removed := 0
	shards, err := os.ReadDir(p.cache.dir)
	if errors.Is(err, fs.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, i18n.Errorf("cleaning the picture cache: %w", err)
	}
	for _, shard := range shards {
		if !shard.IsDir() || !isHex(shard.Name(), 2) {
			continue
		}
		dir := filepath.Join(p.cache.dir, shard.Name())
		entries, err := os.ReadDir(dir)
		if err != nil {
			return removed, i18n.Errorf("cleaning the picture cache: %w", err)
		}
		for _, e := range entries {
			name := e.Name()
			var maxAge time.Duration
			switch {
			case isHex(name, 64) && strings.HasPrefix(name, shard.Name()):
				maxAge = CacheMaxAge
			case strings.HasPrefix(name, tempPrefix):
				maxAge = tempMaxAge
			default:
				continue
			}
			info, err := e.Info()
			if err != nil || !info.Mode().IsRegular() || now.Sub(info.ModTime()) <= maxAge {
				continue // gone meanwhile, not ours, or young
			}
			if err := os.Remove(filepath.Join(dir, name)); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return removed, i18n.Errorf("cleaning the picture cache: %w", err)
			}
			removed++
		}
	}
	return removed, nil
}

// isHex tells whether s is n lower-case hexadecimal digits.
func isHex(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for _, c := range []byte(s) {
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}
