// Package serve runs the local preview server.
//
// Run builds the site into memory (never into public/ or any folder), with
// base_url set to the server's own address, serves it on a loopback address
// by default, and watches site.yaml, content/, static/ and themes/. After
// each batch of changes it builds again through a build.Session, which
// renders only what the changes affect, and tells the open pages: each page
// reloads itself when it changed. The search index follows a moment later,
// off the path of the reload.
//
// A build that fails leaves the last good build served; its errors are
// printed, and shown over every open page until a build succeeds again.
//
// Every HTML page served gets one inline script (live/live.js), which
// listens to /_vinhdanh/events (server-sent events). Nothing else differs from what
// a build writes. The server serves only the build's files: a folder by its
// index.html, an unknown path by the site's 404.html with status 404.
package serve

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"path"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"vinhdanh/internal/build"
	"vinhdanh/internal/i18n"
	"vinhdanh/internal/publish"
)

// Options configure the server.
type Options struct {
	Source string
	Bind   string // address to listen on, 127.0.0.1 by default
	Port   int
	Drafts bool
	Future bool
	Now    time.Time // what counts as the future; the clock when zero
	Lang   i18n.Lang // the language of the log and of the error pages
}

// searchDelay is how long the server waits after a build, with no new
// change, before it indexes the site: while an editor saves again and
// again, the processors are kept for the pages.
const searchDelay = 400 * time.Millisecond

// Run builds the site and serves it until ctx is done. ready, when not nil,
// receives the server's base URL once it listens and the first build is
// done.
func Run(ctx context.Context, opts Options, log io.Writer, ready func(url string)) error {
	ln, err := net.Listen("tcp", net.JoinHostPort(opts.Bind, fmt.Sprint(opts.Port)))
	if err != nil {
		return fmt.Errorf("cannot listen on %s:%d: %v", opts.Bind, opts.Port, err)
	}
	defer ln.Close()
	base := "http://" + ln.Addr().String() + "/"
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	session, err := build.NewSession(build.Options{Source: opts.Source, BaseURL: base, Drafts: opts.Drafts, Future: opts.Future, Now: opts.Now})
	if err != nil {
		return err
	}
	defer session.Close()
	w, err := watch(opts.Source)
	if err != nil {
		return fmt.Errorf("cannot watch %s: %v", opts.Source, err)
	}
	defer w.close()

	s := newServer()
	out, err := session.Build(nil)
	if err := s.report(log, out, err, nil, 0); err != nil {
		return err
	}
	if out != nil {
		fmt.Fprintf(log, "Built %d articles in %.2f s. Serving at %s (Ctrl+C to stop)\n", out.Summary.Articles, out.Summary.Duration.Seconds(), base)
	} else {
		fmt.Fprintf(log, "Serving at %s, which shows the errors until they are fixed (Ctrl+C to stop)\n", base)
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second,
		BaseContext: func(net.Listener) context.Context { return ctx }}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	if ready != nil {
		ready(base)
	}
	loopDone := make(chan struct{})
	go func() {
		defer close(loopDone)
		s.rebuild(ctx, session, w, log)
	}()
	select {
	case <-ctx.Done():
	case err = <-errc:
	}
	cancel()
	<-loopDone
	shutdown, stop := context.WithTimeout(context.Background(), 2*time.Second)
	defer stop()
	if serr := srv.Shutdown(shutdown); err == nil || errors.Is(err, http.ErrServerClosed) {
		err = serr
	}
	return err
}

// rebuild builds the site after each batch of changes, and indexes it once
// the changes pause, until ctx is done.
func (s *server) rebuild(ctx context.Context, session *build.Session, w *watcher, log io.Writer) {
	type indexed struct {
		files *build.SearchFiles
		err   error
	}
	searchDone := make(chan indexed, 1)
	searching := false
	searchTimer := time.NewTimer(0)
	for {
		select {
		case <-ctx.Done():
			if searching {
				<-searchDone
			}
			return
		case batch, ok := <-w.batches:
			if !ok {
				return
			}
			start := time.Now()
			out, err := session.Build(batch)
			if err := s.report(log, out, err, batch, time.Since(start)); err != nil {
				fmt.Fprintf(log, "vinhdanh serve: %v\n", err)
			}
			searchTimer.Reset(searchDelay)
		case <-searchTimer.C:
			if searching {
				continue // it restarts the timer when it ends
			}
			if job := session.SearchJob(); job != nil {
				searching = true
				go func() {
					files, err := job.Run()
					searchDone <- indexed{files, err}
				}()
			}
		case done := <-searchDone:
			searching = false
			if done.err != nil {
				fmt.Fprintf(log, "vinhdanh serve: search index: %v\n", done.err)
				continue
			}
			out, err := session.AddSearch(done.files)
			switch {
			case err != nil:
				fmt.Fprintf(log, "vinhdanh serve: search index: %v\n", err)
			case out == nil: // a build came since: index that one
				searchTimer.Reset(0)
			default:
				s.publish(out.Files, out.Changed)
			}
		case err := <-w.errors:
			fmt.Fprintf(log, "vinhdanh serve: watching: %v\n", err)
		}
	}
}

// report handles a build's result: publishes a good build, or prints the
// problems of a failed one and shows them in the pages. It returns the
// errors that are not the site's (nothing can be shown for those).
func (s *server) report(log io.Writer, out *build.Output, err error, batch []string, took time.Duration) error {
	var ce *build.ContentError
	switch {
	case errors.As(err, &ce):
		problems := ce.Diagnostics.Errors(false)
		if len(problems) == 0 {
			problems = ce.Diagnostics // warnings under --strict
		}
		fmt.Fprintf(log, "The site does not build (%s); the last good build is still served:\n", describeBatch(batch))
		lines := make([]string, len(problems))
		for i, d := range problems {
			lines[i] = d.String()
			fmt.Fprintf(log, "  %s\n", d)
		}
		s.fail(lines)
		return nil
	case err != nil:
		s.fail([]string{err.Error()})
		return err
	}
	for _, d := range out.Summary.Warnings {
		fmt.Fprintln(log, d)
	}
	s.publish(out.Files, out.Changed)
	if batch != nil {
		fmt.Fprintf(log, "Rebuilt in %d ms (%s): %d files changed\n", took.Milliseconds(), describeBatch(batch), len(out.Changed))
	}
	return nil
}

func describeBatch(batch []string) string {
	switch len(batch) {
	case 0:
		return "first build"
	case 1:
		return batch[0]
	}
	return fmt.Sprintf("%s and %d more", batch[0], len(batch)-1)
}

// server serves the current build and tells open pages what happens.
type server struct {
	files atomic.Pointer[publish.Memory]

	mu       sync.Mutex
	problems []string // of the last build, when it failed
	clients  map[chan event]bool
}

type event struct{ name, data string }

func newServer() *server { return &server{clients: map[chan event]bool{}} }

// publish serves a new build and has the pages among changed reload;
// every page reloads when there was no build before.
func (s *server) publish(files *publish.Memory, changed []string) {
	first := s.files.Swap(files) == nil
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(changed) > 0 || first || s.problems != nil {
		s.problems = nil
		s.broadcast(event{"reload", reloadData(changed, first)})
	}
}

// fail shows a failed build's problems in the open pages.
func (s *server) fail(problems []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.problems = problems
	s.broadcast(failedEvent(problems))
}

func failedEvent(problems []string) event {
	data, _ := json.Marshal(struct {
		Problems []string `json:"problems"`
	}{problems})
	return event{"failed", string(data)}
}

// maxChangedPages is how many changed pages a reload event names; beyond
// it, every page reloads.
const maxChangedPages = 2000

// reloadData names the pages (as decoded URL paths) among the changed
// output files, or all of them.
func reloadData(changed []string, all bool) string {
	msg := struct {
		All   bool     `json:"all"`
		Pages []string `json:"pages"`
	}{All: all || len(changed) > maxChangedPages, Pages: []string{}}
	for _, name := range changed {
		if !msg.All && strings.HasSuffix(name, ".html") {
			msg.Pages = append(msg.Pages, "/"+strings.TrimSuffix(name, "index.html"))
		}
	}
	data, _ := json.Marshal(msg)
	return string(data)
}

// broadcast sends ev to every open page; s.mu is held.
func (s *server) broadcast(ev event) {
	for c := range s.clients {
		select {
		case c <- ev:
		default: // a page that does not read; it reconnects and catches up
			delete(s.clients, c)
			close(c)
		}
	}
}

//go:embed live/live.js
var liveScript string

// eventsPath is where pages listen for the server's events.
const eventsPath = "/_vinhdanh/events"

// liveTag is the script injected into pages, written inline: a page that
// reloads fetches nothing more for it.
var liveTag = "<script id=vinhdanh-live>" + liveScript + "</script>"

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	// Theme files are linked with their version (?v=...), so a changed
	// file has a new address and the browser may keep each version; all
	// else is fetched again every time.
	if r.URL.Query().Has("v") {
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		w.Header().Set("Cache-Control", "no-store")
	}
	if r.URL.Path == eventsPath {
		s.events(w, r)
		return
	}
	files := s.files.Load()
	if files == nil {
		s.mu.Lock()
		problems := s.problems
		s.mu.Unlock()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusInternalServerError)
		_, _ = w.Write(errorPage(problems))
		return
	}
	name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
	if name == "" || strings.HasSuffix(r.URL.Path, "/") {
		name = strings.TrimPrefix(name+"/index.html", "/")
	}
	f, ok := files.Lookup(name)
	if !ok && !strings.HasSuffix(name, "/index.html") && name != "index.html" {
		if _, folder := files.Lookup(name + "/index.html"); folder {
			http.Redirect(w, r, "/"+name+"/", http.StatusMovedPermanently)
			return
		}
	}
	status := http.StatusOK
	if !ok {
		if f, ok = files.Lookup("404.html"); !ok {
			http.NotFound(w, r)
			return
		}
		name, status = "404.html", http.StatusNotFound
	}
	data, err := read(f)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	if strings.HasPrefix(ctype, "text/html") {
		data = injectLive(data)
	}
	w.Header().Set("Content-Type", ctype)
	w.WriteHeader(status)
	if r.Method == http.MethodGet {
		_, _ = w.Write(data)
	}
}

// read returns a file's bytes.
func read(f publish.MemoryFile) ([]byte, error) {
	if f.Source == nil {
		return f.Data, nil
	}
	return fs.ReadFile(f.Source, f.SourcePath)
}

// injectLive adds the live reload script to a page, before </body>.
func injectLive(page []byte) []byte {
	at := bytes.LastIndex(page, []byte("</body>"))
	if at < 0 {
		at = len(page)
	}
	out := make([]byte, 0, len(page)+len(liveTag))
	out = append(out, page[:at]...)
	out = append(out, liveTag...)
	return append(out, page[at:]...)
}

// errorPage is what every path shows while the site has never built.
func errorPage(problems []string) []byte {
	var b strings.Builder
	b.WriteString("<!doctype html><html lang=en><meta charset=utf-8><title>The site does not build</title><body>")
	b.WriteString("<h1>The site does not build</h1><pre>")
	for _, p := range problems {
		b.WriteString(htmlEscape(p) + "\n")
	}
	b.WriteString("</pre><p>Fix the files and save them: this page reloads by itself.</p>")
	b.WriteString(liveTag + "</body></html>")
	return []byte(b.String())
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// events streams server-sent events to one open page.
func (s *server) events(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming is not supported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	c := make(chan event, 16)
	s.mu.Lock()
	s.clients[c] = true
	first := event{"ok", "{}"}
	if s.problems != nil {
		first = failedEvent(s.problems)
	}
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		if s.clients[c] {
			delete(s.clients, c)
			close(c)
		}
		s.mu.Unlock()
	}()
	write := func(ev event) bool {
		_, err := fmt.Fprintf(w, "event: %s\ndata: %s\n\n", ev.name, ev.data)
		flusher.Flush()
		return err == nil
	}
	if !write(first) {
		return
	}
	keepAlive := time.NewTicker(20 * time.Second)
	defer keepAlive.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case ev, ok := <-c:
			if !ok || !write(ev) {
				return
			}
		case <-keepAlive.C:
			if _, err := io.WriteString(w, ": still here\n\n"); err != nil {
				return
			}
			flusher.Flush()
		}
	}
}
