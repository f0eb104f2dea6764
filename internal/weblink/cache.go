package weblink

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// DefaultCacheAge is how long a good answer is reused when OpenCache is
// given no positive maximum age.
const DefaultCacheAge = 7 * 24 * time.Hour

// cacheVersion is written into the file; a file with another version is
// treated as empty.
const cacheVersion = 1

// A Cache remembers, between runs, which addresses answered and when. Only
// answers that count as answering are kept (see the package documentation).
// A Cache is safe for concurrent use. A nil *Cache is an empty cache that
// remembers nothing.
type Cache struct {
	path   string
	maxAge time.Duration

	mu      sync.Mutex
	entries map[string]cacheEntry // by canonical address
}

// cacheFile is the JSON form of a Cache.
type cacheFile struct {
	Version int                   `json:"version"`
	Entries map[string]cacheEntry `json:"entries"`
}

// cacheEntry is one remembered answer.
type cacheEntry struct {
	Status  int       `json:"status"`
	Checked time.Time `json:"checked"`
}

// OpenCache reads the cache kept in the JSON file at path. Entries older
// than maxAge are ignored; maxAge <= 0 means DefaultCacheAge. A missing file
// is an empty cache, and so is a file that cannot be understood (it is
// rewritten by Save); an error is returned only when the file exists but
// cannot be read.
func OpenCache(path string, maxAge time.Duration) (*Cache, error) {
	if maxAge <= 0 {
		maxAge = DefaultCacheAge
	}
	c := &Cache{path: path, maxAge: maxAge, entries: make(map[string]cacheEntry)}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading link cache: %w", err)
	}
	var file cacheFile
	if json.Unmarshal(data, &file) != nil || file.Version != cacheVersion {
		return c, nil
	}
	for key, entry := range file.Entries {
		if answersWith(entry.Status) && !entry.Checked.IsZero() {
			c.entries[key] = entry
		}
	}
	return c, nil
}

// Save writes the cache to its file, creating the folder if needed. The
// file is replaced atomically: a temporary file is written beside it and
// renamed over it. Entries more than the maximum age older than the most
// recent check are left out. Save on a nil *Cache does nothing.
func (c *Cache) Save() error {
	if c == nil {
		return nil
	}
	data, err := c.encode()
	if err != nil {
		return fmt.Errorf("saving link cache: %w", err)
	}
	if err := writeFileAtomically(c.path, data); err != nil {
		return fmt.Errorf("saving link cache: %w", err)
	}
	return nil
}

// encode returns the JSON form of the entries still worth keeping.
func (c *Cache) encode() ([]byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var newest time.Time
	for _, entry := range c.entries {
		if entry.Checked.After(newest) {
			newest = entry.Checked
		}
	}
	file := cacheFile{Version: cacheVersion, Entries: make(map[string]cacheEntry, len(c.entries))}
	for key, entry := range c.entries {
		if newest.Sub(entry.Checked) < c.maxAge {
			file.Entries[key] = entry
		}
	}
	data, err := json.MarshalIndent(file, "", "\t")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}

// writeFileAtomically writes data to a temporary file in path's folder and
// renames it to path, so readers see the old file or the new one, never
// half of one.
func writeFileAtomically(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	tmpName := tmp.Name()
	_, writeErr := tmp.Write(data)
	closeErr := tmp.Close()
	if err := errors.Join(writeErr, closeErr); err != nil {
		os.Remove(tmpName)
		return err
	}
	if err := os.Rename(tmpName, path); err != nil {
		os.Remove(tmpName)
		return err
	}
	return nil
}

// lookup returns the remembered status of key when it was checked less than
// the maximum age before now.
func (c *Cache) lookup(key string, now time.Time) (status int, ok bool) {
	if c == nil {
		return 0, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	entry, found := c.entries[key]
	if !found {
		return 0, false
	}
	age := now.Sub(entry.Checked)
	if age < 0 || age >= c.maxAge {
		return 0, false
	}
	return entry.Status, true
}

// store remembers that key answered with status at time checked.
func (c *Cache) store(key string, status int, checked time.Time) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries[key] = cacheEntry{Status: status, Checked: checked}
}

// forget drops what is remembered about key.
func (c *Cache) forget(key string) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.entries, key)
}

// DefaultCachePath returns where the link cache is kept for the current
// user: links.json in a vinhdanh folder of the user's cache directory.
func DefaultCachePath() (string, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("finding the link cache: %w", err)
	}
	return filepath.Join(dir, "vinhdanh", "links.json"), nil
}
