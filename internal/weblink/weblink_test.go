package weblink

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// requestLog counts the requests a test server receives, by method and path.
type requestLog struct {
	mu     sync.Mutex
	counts map[string]int
}

func (l *requestLog) record(r *http.Request) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.counts == nil {
		l.counts = make(map[string]int)
	}
	l.counts[r.Method+" "+r.URL.Path]++
}

// count returns how many requests with method were made for path.
func (l *requestLog) count(method, path string) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.counts[method+" "+path]
}

// total returns how many requests were made in all.
func (l *requestLog) total() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := 0
	for _, c := range l.counts {
		n += c
	}
	return n
}

// newSite starts a test server that logs every request before handing it
// to the handlers in routes, keyed by path; other paths answer 404.
func newSite(t *testing.T, routes map[string]http.HandlerFunc) (*httptest.Server, *requestLog) {
	t.Helper()
	requests := &requestLog{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.record(r)
		if h, ok := routes[r.URL.Path]; ok {
			h(w, r)
			return
		}
		http.NotFound(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, requests
}

func respond(status int) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(status)
		fmt.Fprintln(w, "body")
	}
}

func redirectTo(path string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, path, http.StatusFound)
	}
}

// waitForClient blocks until the client goes away, or 5 seconds pass.
func waitForClient(w http.ResponseWriter, r *http.Request) {
	select {
	case <-r.Context().Done():
	case <-time.After(5 * time.Second):
		w.WriteHeader(http.StatusOK)
	}
}

// failingTransport fails the test if any request is sent.
type failingTransport struct{ t *testing.T }

func (f failingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	f.t.Errorf("unexpected request %s %s", r.Method, r.URL)
	return nil, errors.New("no requests expected")
}

func checkResults(t *testing.T, got, want []Result) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d results, want %d:\n%+v", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("result %d:\n got %+v\nwant %+v", i, got[i], want[i])
		}
	}
}

func TestCheckAnswers(t *testing.T) {
	srv, requests := newSite(t, map[string]http.HandlerFunc{
		"/ok":        respond(http.StatusOK),
		"/missing":   respond(http.StatusNotFound),
		"/broken":    respond(http.StatusInternalServerError),
		"/forbidden": respond(http.StatusForbidden),
		"/limited":   respond(http.StatusTooManyRequests),
		"/no-head": func(w http.ResponseWriter, r *http.Request) {
			if r.Method == http.MethodHead {
				w.WriteHeader(http.StatusMethodNotAllowed)
				return
			}
			fmt.Fprintln(w, "hello")
		},
		"/r1":   redirectTo("/r2"),
		"/r2":   redirectTo("/r3"),
		"/r3":   redirectTo("/ok"),
		"/loop": redirectTo("/loop"),
	})
	u := srv.URL
	checker := &Checker{}
	got := checker.Check(context.Background(), []string{
		u + "/ok", u + "/missing", u + "/broken", u + "/forbidden", u + "/limited",
		u + "/no-head", u + "/r1", u + "/loop",
	})
	checkResults(t, got, []Result{
		{URL: u + "/ok", Status: 200},
		{URL: u + "/missing", Status: 404, Problem: "answers 404 Not Found"},
		{URL: u + "/broken", Status: 500, Problem: "answers 500 Internal Server Error"},
		{URL: u + "/forbidden", Status: 403},
		{URL: u + "/limited", Status: 429},
		{URL: u + "/no-head", Status: 200},
		{URL: u + "/r1", Status: 200},
		{URL: u + "/loop", Status: 302, Problem: "too many redirects"},
	})
	if !got[0].OK() || got[1].OK() {
		t.Errorf("OK() = %v, %v; want true, false", got[0].OK(), got[1].OK())
	}

	for _, c := range []struct {
		method, path string
		want         int
	}{
		{"HEAD", "/missing", 1}, {"GET", "/missing", 1}, // 404 to HEAD is confirmed with GET
		{"HEAD", "/broken", 1}, {"GET", "/broken", 2}, // a 5xx GET is retried once
		{"HEAD", "/no-head", 1}, {"GET", "/no-head", 1},
		{"HEAD", "/limited", 1}, {"GET", "/limited", 0}, // 429 is left alone
		{"HEAD", "/r1", 1}, {"HEAD", "/r3", 1}, {"GET", "/r1", 0},
		{"HEAD", "/loop", maxRedirects + 1},
	} {
		if got := requests.count(c.method, c.path); got != c.want {
			t.Errorf("%s %s requests = %d, want %d", c.method, c.path, got, c.want)
		}
	}
	// /ok is asked once directly and once at the end of the redirect chain.
	if got := requests.count("HEAD", "/ok"); got != 2 {
		t.Errorf("HEAD /ok requests = %d, want 2", got)
	}
}

func TestRetryAfterPassingFailure(t *testing.T) {
	var gets atomic.Int32
	srv, requests := newSite(t, map[string]http.HandlerFunc{
		"/flaky": func(w http.ResponseWriter, r *http.Request) {
			if r.Method == http.MethodGet && gets.Add(1) > 1 {
				w.WriteHeader(http.StatusOK)
				return
			}
			w.WriteHeader(http.StatusServiceUnavailable)
		},
		"/drops-head": func(w http.ResponseWriter, r *http.Request) {
			if r.Method == http.MethodHead {
				conn, _, err := w.(http.Hijacker).Hijack()
				if err == nil {
					conn.Close()
				}
				return
			}
			w.WriteHeader(http.StatusOK)
		},
	})
	got := (&Checker{}).Check(context.Background(), []string{srv.URL + "/flaky", srv.URL + "/drops-head"})
	checkResults(t, got, []Result{
		{URL: srv.URL + "/flaky", Status: 200},
		{URL: srv.URL + "/drops-head", Status: 200},
	})
	if n := requests.count("GET", "/flaky"); n != 2 {
		t.Errorf("GET /flaky requests = %d, want 2", n)
	}
	if n := requests.count("GET", "/drops-head"); n != 1 {
		t.Errorf("GET /drops-head requests = %d, want 1", n)
	}
}

func TestTimeout(t *testing.T) {
	srv, _ := newSite(t, map[string]http.HandlerFunc{"/slow": waitForClient})
	checker := &Checker{Timeout: 200 * time.Millisecond}
	start := time.Now()
	got := checker.Check(context.Background(), []string{srv.URL + "/slow"})
	elapsed := time.Since(start)
	checkResults(t, got, []Result{{URL: srv.URL + "/slow", Problem: "no answer within 200ms"}})
	if elapsed > time.Second {
		t.Errorf("Check took %v with a 200ms time limit", elapsed)
	}
}

func TestDuplicatesAndFragments(t *testing.T) {
	srv, requests := newSite(t, map[string]http.HandlerFunc{
		"/a": respond(http.StatusOK),
		"/b": respond(http.StatusOK),
	})
	u := srv.URL
	host := strings.TrimPrefix(u, "http://")
	got := (&Checker{}).Check(context.Background(), []string{
		u + "/a#first", u + "/b", u + "/a#second", u + "/a", "HTTP://" + strings.ToUpper(host) + "/b#x", u + "/b",
	})
	checkResults(t, got, []Result{
		{URL: u + "/a#first", Status: 200},
		{URL: u + "/b", Status: 200},
	})
	if n := requests.count("HEAD", "/a"); n != 1 {
		t.Errorf("HEAD /a requests = %d, want 1", n)
	}
	if n := requests.count("HEAD", "/b"); n != 1 {
		t.Errorf("HEAD /b requests = %d, want 1", n)
	}
	if n := requests.total(); n != 2 {
		t.Errorf("total requests = %d, want 2", n)
	}
}

func TestNotWebAddresses(t *testing.T) {
	checker := &Checker{Client: &http.Client{Transport: failingTransport{t}}}
	urls := []string{
		"mailto:editor@example.com",
		"ftp://example.com/file.txt",
		"/relative/path",
		"javascript:alert(1)",
		"http://",
		"https://[::1",
	}
	got := checker.Check(context.Background(), urls)
	checkResults(t, got, []Result{
		{URL: urls[0], Problem: "not a web address"},
		{URL: urls[1], Problem: "not a web address"},
		{URL: urls[2], Problem: "not a web address"},
		{URL: urls[3], Problem: "not a web address"},
		{URL: urls[4], Problem: "malformed address: no host name"},
		{URL: urls[5], Problem: "malformed address: missing ']' in host"},
	})
}

func TestEmptyInput(t *testing.T) {
	got := (&Checker{}).Check(context.Background(), nil)
	if len(got) != 0 {
		t.Errorf("got %d results for no addresses", len(got))
	}
}

func TestConnectionRefused(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	addr := srv.URL + "/gone"
	srv.Close()
	got := (&Checker{}).Check(context.Background(), []string{addr})
	checkResults(t, got, []Result{{URL: addr, Problem: "connection refused"}})
}

func TestHTTPS(t *testing.T) {
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/loop" {
			http.Redirect(w, r, "/loop", http.StatusMovedPermanently)
			return
		}
		w.WriteHeader(http.StatusOK)
	}))
	// The rejected handshake below would otherwise be logged.
	srv.Config.ErrorLog = log.New(io.Discard, "", 0)
	srv.StartTLS()
	defer srv.Close()

	// The test server's certificate is not trusted by the default client.
	got := (&Checker{}).Check(context.Background(), []string{srv.URL + "/"})
	checkResults(t, got, []Result{{URL: srv.URL + "/", Problem: "certificate problem: issued by an unknown authority"}})

	// A client that trusts it is used as given, with its own redirect policy.
	got = (&Checker{Client: srv.Client()}).Check(context.Background(), []string{srv.URL + "/", srv.URL + "/loop"})
	checkResults(t, got, []Result{
		{URL: srv.URL + "/", Status: 200},
		{URL: srv.URL + "/loop", Status: 301, Problem: "too many redirects"},
	})
}

func TestUserAgent(t *testing.T) {
	var agents sync.Map
	srv, _ := newSite(t, map[string]http.HandlerFunc{
		"/": func(w http.ResponseWriter, r *http.Request) { agents.Store(r.UserAgent(), true) },
	})
	(&Checker{}).Check(context.Background(), []string{srv.URL})
	(&Checker{UserAgent: "custom/2"}).Check(context.Background(), []string{srv.URL + "/"})
	for _, want := range []string{defaultUserAgent, "custom/2"} {
		if _, ok := agents.Load(want); !ok {
			t.Errorf("no request with User-Agent %q", want)
		}
	}
}

func TestCacheRoundTrip(t *testing.T) {
	srv, requests := newSite(t, map[string]http.HandlerFunc{
		"/ok":        respond(http.StatusOK),
		"/forbidden": respond(http.StatusForbidden),
		"/gone":      respond(http.StatusGone),
	})
	u := srv.URL
	urls := []string{u + "/ok#top", u + "/forbidden", u + "/gone"}
	path := filepath.Join(t.TempDir(), "nested", "folder", "links.json")

	cache, err := OpenCache(path, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	first := (&Checker{Cache: cache}).Check(context.Background(), urls)
	checkResults(t, first, []Result{
		{URL: urls[0], Status: 200},
		{URL: urls[1], Status: 403},
		{URL: urls[2], Status: 410, Problem: "answers 410 Gone"},
	})
	if err := cache.Save(); err != nil {
		t.Fatal(err)
	}

	reopened, err := OpenCache(path, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	before := requests.total()
	second := (&Checker{Cache: reopened}).Check(context.Background(), []string{u + "/ok", u + "/forbidden", u + "/gone"})
	checkResults(t, second, []Result{
		{URL: u + "/ok", Status: 200, FromCache: true},
		{URL: u + "/forbidden", Status: 403, FromCache: true},
		{URL: u + "/gone", Status: 410, Problem: "answers 410 Gone"},
	})
	// Only the failure is asked again: HEAD and the confirming GET.
	if n := requests.total() - before; n != 2 {
		t.Errorf("second run made %d requests, want 2 (for /gone only)", n)
	}

	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), "/gone") {
		t.Errorf("cache file remembers a failure:\n%s", data)
	}
	matches, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "*.tmp"))
	if len(matches) != 0 {
		t.Errorf("temporary files left behind: %v", matches)
	}
}

func TestCacheExpiry(t *testing.T) {
	srv, requests := newSite(t, map[string]http.HandlerFunc{"/ok": respond(http.StatusOK)})
	addr := srv.URL + "/ok"
	cache, err := OpenCache(filepath.Join(t.TempDir(), "links.json"), time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	now := start
	checker := &Checker{Cache: cache, Now: func() time.Time { return now }}

	for _, step := range []struct {
		at        time.Duration
		fromCache bool
	}{
		{0, false},
		{59 * time.Minute, true},
		{61 * time.Minute, false}, // expired: asked again
		{90 * time.Minute, true},  // remembered from the check at 61 minutes
	} {
		now = start.Add(step.at)
		before := requests.total()
		got := checker.Check(context.Background(), []string{addr})
		checkResults(t, got, []Result{{URL: addr, Status: 200, FromCache: step.fromCache}})
		wantRequests := 1
		if step.fromCache {
			wantRequests = 0
		}
		if n := requests.total() - before; n != wantRequests {
			t.Errorf("at +%v: %d requests, want %d", step.at, n, wantRequests)
		}
	}
}

func TestCacheDropsEntryThatNowFails(t *testing.T) {
	var status atomic.Int32
	status.Store(http.StatusOK)
	srv, _ := newSite(t, map[string]http.HandlerFunc{
		"/page": func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(int(status.Load())) },
	})
	addr := srv.URL + "/page"
	cache, err := OpenCache(filepath.Join(t.TempDir(), "links.json"), time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	now := start
	checker := &Checker{Cache: cache, Now: func() time.Time { return now }}
	checker.Check(context.Background(), []string{addr})

	now = start.Add(2 * time.Hour)
	status.Store(http.StatusNotFound)
	checker.Check(context.Background(), []string{addr})
	if _, ok := cache.lookup(addr, start); ok {
		t.Error("entry still remembered after the address failed")
	}
}

func TestCorruptCache(t *testing.T) {
	srv, requests := newSite(t, map[string]http.HandlerFunc{"/ok": respond(http.StatusOK)})
	addr := srv.URL + "/ok"
	path := filepath.Join(t.TempDir(), "links.json")
	if err := os.WriteFile(path, []byte(`{"version":1,"entries":{`), 0o644); err != nil {
		t.Fatal(err)
	}
	cache, err := OpenCache(path, time.Hour)
	if err != nil {
		t.Fatalf("corrupt cache file: %v", err)
	}
	got := (&Checker{Cache: cache}).Check(context.Background(), []string{addr})
	checkResults(t, got, []Result{{URL: addr, Status: 200}})
	if n := requests.total(); n != 1 {
		t.Errorf("%d requests, want 1", n)
	}
	if err := cache.Save(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var file cacheFile
	if err := json.Unmarshal(data, &file); err != nil {
		t.Fatalf("rewritten cache is not JSON: %v\n%s", err, data)
	}
	if file.Entries[addr].Status != 200 {
		t.Errorf("rewritten cache lacks %s:\n%s", addr, data)
	}
}

func TestOpenCacheErrors(t *testing.T) {
	if _, err := OpenCache(t.TempDir(), time.Hour); err == nil {
		t.Error("OpenCache on a folder: no error")
	}
	cache, err := OpenCache(filepath.Join(t.TempDir(), "missing.json"), 0)
	if err != nil {
		t.Fatalf("missing file: %v", err)
	}
	if cache.maxAge != DefaultCacheAge {
		t.Errorf("maxAge = %v, want %v", cache.maxAge, DefaultCacheAge)
	}
	var none *Cache
	if err := none.Save(); err != nil {
		t.Errorf("Save on nil cache: %v", err)
	}
}

func TestCacheSaveLeavesOutOldEntries(t *testing.T) {
	path := filepath.Join(t.TempDir(), "links.json")
	cache, err := OpenCache(path, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	cache.store("https://old.example/", 200, now.Add(-2*time.Hour))
	cache.store("https://new.example/", 200, now)
	if err := cache.Save(); err != nil {
		t.Fatal(err)
	}
	reopened, err := OpenCache(path, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := reopened.entries["https://old.example/"]; ok {
		t.Error("expired entry was saved")
	}
	if status, ok := reopened.lookup("https://new.example/", now.Add(time.Minute)); !ok || status != 200 {
		t.Errorf("lookup = %d, %v; want 200, true", status, ok)
	}
}

func TestDefaultCachePath(t *testing.T) {
	path, err := DefaultCachePath()
	if err != nil {
		t.Skipf("no user cache folder here: %v", err)
	}
	if !strings.HasSuffix(path, filepath.Join("vinhdanh", "links.json")) || !filepath.IsAbs(path) {
		t.Errorf("DefaultCachePath() = %q", path)
	}
}

// concurrencyMeter records the most handlers running at once.
type concurrencyMeter struct {
	running, most atomic.Int32
}

func (m *concurrencyMeter) handler(hold time.Duration) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		now := m.running.Add(1)
		defer m.running.Add(-1)
		for {
			most := m.most.Load()
			if now <= most || m.most.CompareAndSwap(most, now) {
				break
			}
		}
		time.Sleep(hold)
	}
}

func TestLimits(t *testing.T) {
	for _, c := range []struct {
		name        string
		checker     Checker
		wantAtOnce  int32
		addressSize int
	}{
		{"per host", Checker{PerHost: 2, Concurrency: 16}, 2, 8},
		{"overall", Checker{PerHost: 10, Concurrency: 3}, 3, 9},
	} {
		t.Run(c.name, func(t *testing.T) {
			var meter concurrencyMeter
			srv := httptest.NewServer(meter.handler(40 * time.Millisecond))
			defer srv.Close()
			var urls []string
			for i := range c.addressSize {
				urls = append(urls, fmt.Sprintf("%s/page/%d", srv.URL, i))
			}
			got := c.checker.Check(context.Background(), urls)
			for i, r := range got {
				if !r.OK() || r.URL != urls[i] {
					t.Errorf("result %d = %+v", i, r)
				}
			}
			if most := meter.most.Load(); most != c.wantAtOnce {
				t.Errorf("at most %d requests at once, want exactly %d", most, c.wantAtOnce)
			}
		})
	}
}

func TestCancelledBeforeStart(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	checker := &Checker{Client: &http.Client{Transport: failingTransport{t}}}
	got := checker.Check(ctx, []string{"https://example.com/a", "https://example.org/b", "mailto:x@example.com"})
	checkResults(t, got, []Result{
		{URL: "https://example.com/a", Problem: "not checked: cancelled"},
		{URL: "https://example.org/b", Problem: "not checked: cancelled"},
		{URL: "mailto:x@example.com", Problem: "not a web address"},
	})
}

func TestCancelledDuringCheck(t *testing.T) {
	srv, requests := newSite(t, map[string]http.HandlerFunc{
		"/slow/1": waitForClient, "/slow/2": waitForClient, "/slow/3": waitForClient,
	})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	time.AfterFunc(100*time.Millisecond, cancel)
	urls := []string{srv.URL + "/slow/1", srv.URL + "/slow/2", srv.URL + "/slow/3"}
	start := time.Now()
	got := (&Checker{PerHost: 1}).Check(ctx, urls)
	if elapsed := time.Since(start); elapsed > 2*time.Second {
		t.Errorf("Check took %v after being cancelled at 100ms", elapsed)
	}
	checkResults(t, got, []Result{
		{URL: urls[0], Problem: "not checked: cancelled"},
		{URL: urls[1], Problem: "not checked: cancelled"},
		{URL: urls[2], Problem: "not checked: cancelled"},
	})
	// With one request per host at a time, only one was under way.
	if n := requests.total(); n != 1 {
		t.Errorf("%d requests were sent, want 1", n)
	}
}

func TestParseAddress(t *testing.T) {
	for _, c := range []struct {
		raw, key, host, problem string
	}{
		{"https://Example.COM#top", "https://example.com/", "example.com", ""},
		{"  http://example.com:8080/a?b=c#d ", "http://example.com:8080/a?b=c", "example.com", ""},
		{"https://example.com/a%20b", "https://example.com/a%20b", "example.com", ""},
		{"mailto:a@example.com", "mailto:a@example.com", "", "not a web address"},
		{"docs/page.md#part", "docs/page.md", "", "not a web address"},
		{"https:///path", "https:///path", "", "malformed address: no host name"},
	} {
		addr, problem := parseAddress(c.raw)
		if addr.key != c.key || addr.host != c.host || problem != c.problem {
			t.Errorf("parseAddress(%q) = key %q, host %q, problem %q; want %q, %q, %q",
				c.raw, addr.key, addr.host, problem, c.key, c.host, c.problem)
		}
	}
}

func TestStatusProblem(t *testing.T) {
	for status, want := range map[int]string{
		200: "",
		204: "",
		401: "",
		403: "",
		429: "",
		301: "answers 301 Moved Permanently",
		400: "answers 400 Bad Request",
		404: "answers 404 Not Found",
		410: "answers 410 Gone",
		500: "answers 500 Internal Server Error",
		503: "answers 503 Service Unavailable",
		999: "answers 999",
	} {
		if got := statusProblem(status); got != want {
			t.Errorf("statusProblem(%d) = %q, want %q", status, got, want)
		}
	}
}

func urlError(err error) error {
	return &url.Error{Op: "Head", URL: "https://example.com/", Err: err}
}

func dialError(errno syscall.Errno) error {
	return urlError(&net.OpError{Op: "dial", Net: "tcp", Err: os.NewSyscallError("connect", errno)})
}

func TestErrorProblem(t *testing.T) {
	for _, c := range []struct {
		name      string
		err       error
		want      string
		transient bool
	}{
		{"redirect limit", urlError(errTooManyRedirects), "too many redirects", false},
		{"net/http redirect limit", urlError(errors.New("stopped after 10 redirects")), "too many redirects", false},
		{"deadline", urlError(context.DeadlineExceeded), "no answer within 10s", false},
		{"read time-out", urlError(&net.OpError{Op: "read", Err: os.ErrDeadlineExceeded}), "no answer within 10s", false},
		{"cancelled", urlError(context.Canceled), "not checked: cancelled", false},
		{"no such host", urlError(&net.DNSError{Err: "no such host", Name: "nowhere.invalid", IsNotFound: true}),
			"server not found (no such host)", false},
		{"lookup time-out", urlError(&net.DNSError{Err: "i/o timeout", Name: "slow.example", IsTimeout: true}),
			"server name lookup timed out", false},
		{"lookup failure", urlError(&net.DNSError{Err: "server misbehaving", Name: "odd.example", IsTemporary: true}),
			"server name lookup failed: server misbehaving", true},
		{"refused", dialError(syscall.ECONNREFUSED), "connection refused", false},
		{"reset", dialError(syscall.ECONNRESET), "connection reset by the server", true},
		{"network unreachable", dialError(syscall.ENETUNREACH), "network unreachable", false},
		{"closed", urlError(io.EOF), "connection closed without an answer", true},
		{"unknown authority", urlError(&tls.CertificateVerificationError{Err: x509.UnknownAuthorityError{}}),
			"certificate problem: issued by an unknown authority", false},
		{"wrong host", urlError(&tls.CertificateVerificationError{Err: x509.HostnameError{Certificate: &x509.Certificate{}, Host: "example.com"}}),
			"certificate problem: not valid for example.com", false},
		{"expired", urlError(&tls.CertificateVerificationError{Err: x509.CertificateInvalidError{Cert: &x509.Certificate{}, Reason: x509.Expired}}),
			"certificate problem: expired or not yet valid", false},
		{"other certificate failure", urlError(&tls.CertificateVerificationError{Err: errors.New("x509: unhandled critical extension")}),
			"certificate problem: unhandled critical extension", false},
		{"plain http on https", urlError(errors.New("http: server gave HTTP response to HTTPS client")),
			"secure connection failed (the server does not speak https there)", false},
		{"tls record", urlError(tls.RecordHeaderError{Msg: "first record does not look like a TLS handshake"}),
			"secure connection failed (the server does not speak https there)", false},
		{"anything else", urlError(errors.New("malformed HTTP response")), "request failed: malformed HTTP response", false},
	} {
		if got := errorProblem(c.err, 10*time.Second); got != c.want {
			t.Errorf("%s: errorProblem = %q, want %q", c.name, got, c.want)
		}
		if got := isTransient(c.err); got != c.transient {
			t.Errorf("%s: isTransient = %v, want %v", c.name, got, c.transient)
		}
	}
}
