// Package serve runs the local preview server.
//
// Run builds the site into a private temporary folder (never into public/),
// with base_url set to the server's own address, and serves that build on a
// loopback address by default. It serves only files of the build: a folder
// is served by its index.html, an unknown path by the site's 404.html with
// status 404, and nothing outside the build can be reached. The temporary
// folder is removed when the server stops.
package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"vinhdanh/internal/build"
)

// Options configure the server.
type Options struct {
	Source string
	Bind   string // address to listen on, 127.0.0.1 by default
	Port   int
	Drafts bool
	Future bool
	Now    time.Time // what counts as the future; the clock when zero
}

// Run builds the site and serves it until ctx is done. ready, when not nil,
// receives the server's base URL once it listens.
func Run(ctx context.Context, opts Options, log io.Writer, ready func(url string)) error {
	ln, err := net.Listen("tcp", net.JoinHostPort(opts.Bind, fmt.Sprint(opts.Port)))
	if err != nil {
		return fmt.Errorf("cannot listen on %s:%d: %v", opts.Bind, opts.Port, err)
	}
	defer ln.Close()
	base := "http://" + ln.Addr().String() + "/"
	tmp, err := os.MkdirTemp("", "vinhdanh-serve-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	dest := filepath.Join(tmp, "site")
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	sum, err := build.Run(build.Options{
		Source: opts.Source, Dest: dest, BaseURL: base,
		Drafts: opts.Drafts, Future: opts.Future, Now: opts.Now,
	})
	if err != nil {
		return err
	}
	for _, w := range sum.Warnings {
		fmt.Fprintln(log, w)
	}
	fmt.Fprintf(log, "Built %d articles in %.2f s. Serving at %s (Ctrl+C to stop)\n", sum.Articles, sum.Duration.Seconds(), base)
	srv := &http.Server{Handler: Handler(dest), ReadHeaderTimeout: 10 * time.Second}
	if ready != nil {
		ready(base)
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case <-ctx.Done():
		shutdown, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		return srv.Shutdown(shutdown)
	case err := <-errc:
		if errors.Is(err, http.ErrServerClosed) {
			return nil
		}
		return err
	}
}

// Handler serves the built site in dir.
func Handler(dir string) http.Handler {
	root := http.Dir(dir)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name := path.Clean("/" + r.URL.Path)
		if strings.HasSuffix(r.URL.Path, "/") && name != "/" {
			name += "/"
		}
		file := name
		if strings.HasSuffix(file, "/") {
			file += "index.html"
		}
		f, err := root.Open(file)
		if err == nil {
			info, statErr := f.Stat()
			if statErr == nil && info.IsDir() {
				f.Close()
				http.Redirect(w, r, name+"/", http.StatusMovedPermanently)
				return
			}
			if statErr == nil {
				defer f.Close()
				w.Header().Set("Cache-Control", "no-store")
				http.ServeContent(w, r, info.Name(), info.ModTime(), f)
				return
			}
			f.Close()
		}
		notFound, err := os.ReadFile(filepath.Join(dir, "404.html"))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusNotFound)
		_, _ = w.Write(notFound)
	})
}
