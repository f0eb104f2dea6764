// Package serve runs the local preview server.
//
// Run builds the site into memory (never into public/ or any folder), with
// base_url set to the server's own address, serves it on a loopback address
// by default, and watches site.yaml, content/, static/ and themes/. After
// each batch of changes it builds again through a build.Session, which
// renders only what the changes affect, and tells the open pages: each page
// reloads itself when it changed. The search index follows a moment later,
// off the path of the reload, and so do the copies of photos that are not
// in the images cache (build.Options.PhotosLater): the pages show such a
// photo itself at once, and its copies after a build that follows their
// making, with no save needed; the log says both. A photo the session has
// read is not read again until it changes. Editors' temporary files (see
// content.Ignored) are not changes.
//
// The preview shows what the editor is writing: drafts and articles dated
// in the future are built too unless Options say otherwise, and the theme
// labels them on their pages and wherever they are listed.
//
// A build that fails leaves the last good build served; its errors are
// printed, and shown over every open page until a build succeeds again.
//
// The server serves exactly what the last good build published, from the
// build's output in memory (publish.Memory): pages and minified files as
// bytes, other files (photos, PDFs) from their source only while it is
// still the file that build checked (publish.MemoryFile.Open); a file
// changed or replaced since is not found until a build takes it. Nothing is
// read from the source by the address asked, and no error names a path on
// the computer. A folder is served by its index.html, an unknown path by
// the site's 404.html with status 404.
//
// Every HTML page served gets one inline script (live/live.js), which
// listens to /_vinhdanh/events (server-sent events). Nothing else differs
// from what a build writes.
//
// Against DNS rebinding, a request is answered only when its Host is a
// loopback name (localhost, *.localhost, 127.0.0.0/8, [::1]) or the address
// the server is bound to (with an unspecified bind address, 0.0.0.0 or ::,
// any of the computer's own addresses); others get 403. Binding beyond
// loopback is warned about. The base URL is always one a browser on this
// computer can open: the loopback address when bound to an unspecified one.
//
// When the port is taken, Run tries the next ones and says which it took.
// Run returns within a second of ctx ending, even during a build, which it
// leaves to finish on its own.
package serve

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"vinhdanh/internal/diagnostic"

	"vinhdanh/internal/build"
	"vinhdanh/internal/i18n"
	"vinhdanh/internal/publish"
)

// Options configure the server.
type Options struct {
	Source string
	Cache  string // the pictures' cache folder (build.Options.Cache)
	Bind   string // address to listen on, 127.0.0.1 by default
	Port   int    // 0 takes any free port
	Drafts bool
	Future bool
	Now    time.Time // what counts as the future; the clock when zero
	Lang   i18n.Lang // the language of the log and of the error pages
	Open   bool      // open the site in the browser once it is served

	// started, set by this package's tests, receives the server Run makes.
	started func(*server)
	// openURL, set by this package's tests, replaces openBrowser.
	openURL func(url string) error
}

// searchDelay is how long the server waits after a build, with no new
// change, before it indexes the site: while an editor saves again and
// again, the processors are kept for the pages.
const searchDelay = 400 * time.Millisecond

// portTries is how many ports from Options.Port on Run tries.
const portTries = 10

// stopWithin is how long Run waits, once ctx is done, for a build under way
// and for open connections.
const stopWithin = 500 * time.Millisecond

// Run builds the site and serves it until ctx is done. ready, when not nil,
// receives the server's base URL once it listens and the first build is
// done.
func Run(ctx context.Context, opts Options, log io.Writer, ready func(url string)) error {
	lang := opts.Lang
	ln, err := listen(lang, opts.Bind, opts.Port, log)
	if err != nil {
		return err
	}
	defer ln.Close()
	port := ln.Addr().(*net.TCPAddr).Port
	base := baseURL(opts.Bind, port)
	if !isLoopback(opts.Bind) {
		lang.Fprintf(log, "Warning: --bind %s lets other computers on the network see the preview, drafts included; use --bind 127.0.0.1 to keep it on this computer\n", opts.Bind)
	}
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	// Photos whose copies are not in the cache are made after the pages
	// are served (see rebuild), so that a save shows at once.
	session, err := build.NewSession(build.Options{Source: opts.Source, Cache: opts.Cache, BaseURL: base, Drafts: opts.Drafts, Future: opts.Future, Now: opts.Now,
		PhotosLater: true})
	if err != nil {
		return err
	}
	w, err := watch(opts.Source)
	if err != nil {
		session.Close()
		return i18n.Errorf("cannot watch the site's folder: %v", unwrapPath(err))
	}
	// The loop below owns the session and the watcher from here on, and
	// closes them when it ends, which may be after Run has returned.
	s := newServer(allowedHosts(opts.Bind, port))
	s.lang = lang
	if opts.started != nil {
		opts.started(s)
	}
	type built struct {
		out *build.Output
		err error
	}
	first := make(chan built, 1)
	go func() {
		out, err := session.Build(nil)
		first <- built{out, err}
	}()
	var out *build.Output
	select {
	case <-ctx.Done():
		go func() {
			<-first
			w.close()
			session.Close()
		}()
		return nil
	case b := <-first:
		out = b.out
		if err := s.report(log, b.out, b.err, nil, 0); err != nil {
			w.close()
			session.Close()
			return err
		}
	}
	if out != nil {
		lang.Fprintf(log, "Built %d articles in %s s. Serving at %s (Ctrl+C to stop)\n", out.Summary.Articles, lang.Seconds(out.Summary.Duration), base)
	} else {
		lang.Fprintf(log, "Serving at %s, which shows the errors until they are fixed (Ctrl+C to stop)\n", base)
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
	if opts.Open {
		open := openBrowser
		if opts.openURL != nil {
			open = opts.openURL
		}
		if err := open(base); err != nil {
			lang.Fprintf(log, "Could not open the browser (%v); open %s yourself\n", err, base)
		}
	}
	loopDone := make(chan struct{})
	go func() {
		defer close(loopDone)
		defer session.Close()
		defer w.close()
		s.rebuild(ctx, session, w, log)
	}()
	select {
	case <-ctx.Done():
	case err = <-errc:
	}
	cancel()
	timer := time.NewTimer(stopWithin)
	defer timer.Stop()
	select {
	case <-loopDone:
	case <-timer.C: // a build under way; it ends by itself
	}
	shutdown, stop := context.WithTimeout(context.Background(), stopWithin)
	defer stop()
	if serr := srv.Shutdown(shutdown); err == nil || errors.Is(err, http.ErrServerClosed) {
		err = serr
	}
	if errors.Is(err, context.DeadlineExceeded) {
		srv.Close()
		err = nil
	}
	return err
}

// listen listens on bind at port, or, when that port is taken, on the first
// free one of the next few, and says so.
func listen(lang i18n.Lang, bind string, port int, log io.Writer) (net.Listener, error) {
	var firstErr error
	for i := range portTries {
		p := port + i
		if p > 65535 || (port == 0 && i > 0) {
			break
		}
		ln, err := net.Listen("tcp", net.JoinHostPort(bind, strconv.Itoa(p)))
		if err == nil {
			if i > 0 {
				lang.Fprintf(log, "Port %d is in use; serving on port %d instead\n", port, p)
			}
			return ln, nil
		}
		if firstErr == nil {
			firstErr = err
		}
		if !addressInUse(err) {
			break
		}
	}
	if addressInUse(firstErr) {
		return nil, i18n.Errorf("cannot listen on %s: ports %d to %d are in use; choose another with --port", bind, port, min(port+portTries-1, 65535))
	}
	return nil, i18n.Errorf("cannot listen on %s port %d: %v", bind, port, unwrapOp(firstErr))
}

// unwrapOp drops the network operation and addresses from a listening
// error, which the message names already.
func unwrapOp(err error) error {
	var oe *net.OpError
	if errors.As(err, &oe) {
		return oe.Err
	}
	return err
}

// unwrapPath drops the path from a file error.
func unwrapPath(err error) error {
	var pe interface{ Unwrap() error }
	if errors.As(err, &pe) {
		if inner := pe.Unwrap(); inner != nil {
			return inner
		}
	}
	return err
}

// baseURL is the address pages are built for: the bound address, or the
// loopback address when bound to an unspecified one, which a browser
// cannot open.
func baseURL(bind string, port int) string {
	host := bind
	if ip := net.ParseIP(bind); bind == "" || (ip != nil && ip.IsUnspecified()) {
		host = "127.0.0.1"
		if ip != nil && ip.To4() == nil {
			host = "::1"
		}
	}
	return "http://" + net.JoinHostPort(host, strconv.Itoa(port)) + "/"
}

// isLoopback reports whether the bind address keeps the server on this
// computer.
func isLoopback(bind string) bool {
	if ip := net.ParseIP(bind); ip != nil {
		return ip.IsLoopback()
	}
	return isLoopbackName(bind)
}

func isLoopbackName(host string) bool {
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	return host == "localhost" || strings.HasSuffix(host, ".localhost")
}

// allowedHosts returns the check of a request's Host: loopback names and
// addresses, and the bind address, with or without the port; with an
// unspecified bind address, the computer's own addresses.
func allowedHosts(bind string, port int) func(host string) bool {
	own := map[string]bool{strings.ToLower(bind): true}
	if ip := net.ParseIP(bind); bind == "" || (ip != nil && ip.IsUnspecified()) {
		if addrs, err := net.InterfaceAddrs(); err == nil {
			for _, a := range addrs {
				if n, ok := a.(*net.IPNet); ok {
					own[n.IP.String()] = true
				}
			}
		}
	}
	portText := strconv.Itoa(port)
	return func(host string) bool {
		name, p, err := net.SplitHostPort(host)
		if err != nil {
			name, p = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]"), portText
		}
		if p != portText {
			return false
		}
		if ip := net.ParseIP(name); ip != nil {
			return ip.IsLoopback() || own[ip.String()]
		}
		return isLoopbackName(name) || own[strings.ToLower(name)]
	}
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
	// The copies of photos not in the cache are made by one job at a time,
	// after the build that found them: its pages show the photos
	// themselves, and the build after the job the copies.
	photosDone := make(chan *build.PhotosMade, 1)
	photos := false // a job is running
	startPhotos := func() {
		if photos {
			return // it starts the next when it ends
		}
		if job := session.PhotoJob(); job != nil {
			photos = true
			s.lang.Fprintf(log, "Making the copies of %d photos for readers; until they are ready the pages show the photos themselves\n", job.Photos())
			go func() { photosDone <- job.Run() }()
		}
	}
	startPhotos()
	for {
		select {
		case <-ctx.Done():
			return // a search or photo job under way ends by itself
		case batch, ok := <-w.batches:
			if !ok {
				return
			}
			start := time.Now()
			out, err := session.Build(batch)
			if err := s.report(log, out, err, batch, time.Since(start)); err != nil {
				s.lang.Fprintf(log, "vinhdanh serve: %v\n", err)
			}
			startPhotos()
			searchTimer.Reset(searchDelay)
		case made := <-photosDone:
			photos = false
			if session.AddPhotos(made) {
				s.lang.Fprintf(log, "Copies of %d photos made in %s s\n", made.Photos(), s.lang.Seconds(made.Duration))
				out, err := session.Build([]string{})
				if err := s.report(log, out, err, nil, 0); err != nil {
					s.lang.Fprintf(log, "vinhdanh serve: %v\n", err)
				}
				searchTimer.Reset(searchDelay)
			}
			startPhotos()
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
				s.lang.Fprintf(log, "vinhdanh serve: search index: %v\n", done.err)
				continue
			}
			out, err := session.AddSearch(done.files)
			switch {
			case err != nil:
				s.lang.Fprintf(log, "vinhdanh serve: search index: %v\n", err)
			case out == nil: // a build came since: index that one
				searchTimer.Reset(0)
			default:
				s.publishIndex(out.Files, out.Changed)
			}
		case err := <-w.errors:
			s.lang.Fprintf(log, "vinhdanh serve: watching: %v\n", err)
		}
	}
}

// report handles a build's result: publishes a good build, or prints the
// problems of a failed one and shows them in the pages. It returns the
// errors that are not the site's (nothing can be shown for those).
func (s *server) report(log io.Writer, out *build.Output, err error, batch []string, took time.Duration) error {
	defer s.reports.Add(1)
	var ce diagnostic.List
	switch {
	case errors.As(err, &ce):
		problems := ce.Errors(false)
		if len(problems) == 0 {
			problems = ce // warnings under --strict
		}
		s.lang.Fprintf(log, "The site does not build (%s); the last good build is still served:\n", describeBatch(batch))
		lines := make([]string, len(problems))
		for i, d := range problems {
			lines[i] = d.In(s.lang)
			fmt.Fprintf(log, "  %s\n", lines[i])
		}
		s.fail(lines)
		return nil
	case err != nil:
		s.fail([]string{s.lang.Error(err)})
		return err
	}
	for _, d := range out.Summary.Warnings {
		fmt.Fprintln(log, d.In(s.lang))
	}
	s.publish(out.Files, out.Changed)
	if batch != nil {
		s.lang.Fprintf(log, "Rebuilt in %d ms (%s): %d files changed\n", took.Milliseconds(), describeBatch(batch), len(out.Changed))
	}
	return nil
}

// describeBatch names the changed files of a build, for the log.
func describeBatch(batch []string) any {
	switch len(batch) {
	case 0:
		return i18n.T("first build")
	case 1:
		return batch[0]
	}
	return i18n.T("%s and %d more", batch[0], len(batch)-1)
}

// server serves the current build and tells open pages what happens.
type server struct {
	files atomic.Pointer[publish.Memory]
	// hostAllowed checks a request's Host header.
	hostAllowed func(host string) bool
	// reports counts the builds reported, good or failed.
	reports atomic.Int64

	// lang is the language of the log, the error page and the overlay.
	lang i18n.Lang

	mu       sync.Mutex
	problems []string // of the last build, when it failed
	clients  map[chan event]bool
}

type event struct{ name, data string }

func newServer(hostAllowed func(string) bool) *server {
	return &server{clients: map[chan event]bool{}, hostAllowed: hostAllowed}
}

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

// publishIndex serves the last good build with its search index, which
// comes after the build: the pages among changed reload, but a build that
// failed since keeps its problems shown, since the index is of the build
// before it.
func (s *server) publishIndex(files *publish.Memory, changed []string) {
	s.files.Store(files)
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(changed) > 0 {
		s.broadcast(event{"reload", reloadData(changed, false)})
	}
}

// fail shows a failed build's problems in the open pages.
func (s *server) fail(problems []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.problems = problems
	s.broadcast(s.failedEvent(problems))
}

// failedEvent tells the open pages the problems of a failed build, with
// the overlay's words in the server's language.
func (s *server) failedEvent(problems []string) event {
	data, _ := json.Marshal(struct {
		Problems []string `json:"problems"`
		Title    string   `json:"title"`
		Note     string   `json:"note"`
	}{problems, s.lang.Sprintf("The site does not build. This page is the last good build."),
		s.lang.Sprintf("Fix the file and save it: this message goes away by itself.")})
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
	if s.hostAllowed != nil && !s.hostAllowed(r.Host) {
		http.Error(w, s.lang.Sprintf("vinhdanh serve answers only to addresses of this computer, such as localhost; open the address it printed"), http.StatusForbidden)
		return
	}
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
		_, _ = w.Write(s.errorPage(problems))
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
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	if ok && f.Source != nil {
		// A file held by reference: served only while it is the file the
		// build checked, else not found until a build takes it again.
		if src, err := f.Open(); err == nil {
			defer src.Close()
			if rs, seekable := src.(io.ReadSeeker); seekable {
				w.Header().Set("Content-Type", ctype)
				http.ServeContent(w, r, name, time.Time{}, rs)
				return
			}
		}
		ok = false
	}
	status := http.StatusOK
	if !ok {
		if f, ok = files.Lookup("404.html"); !ok || f.Source != nil {
			http.NotFound(w, r)
			return
		}
		name, status, ctype = "404.html", http.StatusNotFound, mime.TypeByExtension(".html")
	}
	data := f.Data
	if strings.HasPrefix(ctype, "text/html") {
		data = injectLive(data)
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Length", strconv.Itoa(len(data)))
	w.WriteHeader(status)
	if r.Method == http.MethodGet {
		_, _ = w.Write(data)
	}
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
func (s *server) errorPage(problems []string) []byte {
	lang := i18n.Vi
	if s.lang == i18n.En {
		lang = i18n.En
	}
	title := htmlEscape(lang.Sprintf("The site does not build"))
	var b strings.Builder
	b.WriteString("<!doctype html><html lang=" + string(lang) + "><meta charset=utf-8><title>" + title + "</title><body>")
	b.WriteString("<h1>" + title + "</h1><pre>")
	for _, p := range problems {
		b.WriteString(htmlEscape(p) + "\n")
	}
	b.WriteString("</pre><p>" + htmlEscape(lang.Sprintf("Fix the files and save them: this page reloads by itself.")) + "</p>")
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
		first = s.failedEvent(s.problems)
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
