package serve

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"

	"vinhdanh/internal/config"
	"vinhdanh/internal/content"
)

// The folders of a site that are watched, besides site.yaml.
var watchedFolders = []string{content.ContentDir, content.StaticDir, "themes"}

// Batching: a batch closes once no event has come for quiet, or once it is
// maxDelay old, whichever is first. Editors save in several steps (write a
// temporary file, rename it over the old one) within a few milliseconds.
const (
	quiet    = 5 * time.Millisecond
	maxDelay = 250 * time.Millisecond
)

// watcher reports the files of a site that change, in batches of slash
// paths relative to the site's folder, sorted.
type watcher struct {
	root    string
	fsw     *fsnotify.Watcher
	batches chan []string
	errors  chan error
	done    chan struct{}
}

// watch starts watching the site at root.
func watch(root string) (*watcher, error) {
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	w := &watcher{root: root, fsw: fsw, batches: make(chan []string), errors: make(chan error, 1), done: make(chan struct{})}
	if err := fsw.Add(root); err != nil {
		fsw.Close()
		return nil, err
	}
	for _, dir := range watchedFolders {
		if _, err := w.addTree(filepath.Join(root, dir)); err != nil {
			fsw.Close()
			return nil, err
		}
	}
	go w.run()
	return w, nil
}

// close stops watching.
func (w *watcher) close() {
	w.fsw.Close()
	<-w.done
}

// addTree watches the folder dir and every folder below it, and returns
// the files found in them, as site paths.
func (w *watcher) addTree(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if os.IsNotExist(err) {
				return nil // removed meanwhile, or a site without the folder
			}
			return err
		}
		rel, ok := w.sitePath(p)
		if !ok || (p != dir && content.Ignored(d.Name())) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return w.fsw.Add(p)
		}
		files = append(files, rel)
		return nil
	})
	return files, err
}

// sitePath returns the slash path of p relative to the site's folder, and
// whether the file is one the build reads.
func (w *watcher) sitePath(p string) (string, bool) {
	rel, err := filepath.Rel(w.root, p)
	if err != nil {
		return "", false
	}
	rel = filepath.ToSlash(rel)
	if rel == config.FileName {
		return rel, true
	}
	top, _, _ := strings.Cut(rel, "/")
	if !slices.Contains(watchedFolders, top) {
		return "", false
	}
	for _, part := range strings.Split(rel, "/") {
		if content.Ignored(part) {
			return "", false
		}
	}
	return rel, true
}

func (w *watcher) run() {
	defer close(w.done)
	defer close(w.batches)
	pending := map[string]bool{} // changed since the batch being gathered began
	var ready []string           // a closed batch the builder has not taken yet
	var first, last time.Time
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		var send chan []string
		if ready != nil {
			send = w.batches
		}
		select {
		case ev, ok := <-w.fsw.Events:
			if !ok {
				return
			}
			rel, ok := w.sitePath(ev.Name)
			if !ok {
				continue
			}
			pending[rel] = true
			if ev.Has(fsnotify.Create) {
				if info, err := os.Stat(ev.Name); err == nil && info.IsDir() {
					// A new folder: watch it, and take the files made
					// in it before the watch began.
					files, err := w.addTree(ev.Name)
					if err != nil {
						w.report(err)
					}
					for _, f := range files {
						pending[f] = true
					}
				}
			}
			last = time.Now()
			if first.IsZero() {
				first = last
			}
			timer.Reset(min(quiet, time.Until(first.Add(maxDelay))))
		case err, ok := <-w.fsw.Errors:
			if !ok {
				return
			}
			w.report(err)
		case <-timer.C:
			if len(pending) == 0 {
				continue
			}
			if wait := min(time.Until(last.Add(quiet)), time.Until(first.Add(maxDelay))); wait > 0 {
				timer.Reset(wait)
				continue
			}
			for _, p := range ready {
				pending[p] = true
			}
			ready = make([]string, 0, len(pending))
			for p := range pending {
				ready = append(ready, p)
			}
			slices.Sort(ready)
			pending = map[string]bool{}
			first = time.Time{}
		case send <- ready:
			ready = nil
		}
	}
}

// report passes on a watching error without blocking.
func (w *watcher) report(err error) {
	select {
	case w.errors <- err:
	default:
	}
}
