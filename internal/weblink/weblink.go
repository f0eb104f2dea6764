// Package weblink checks whether web addresses (http and https) answer. It
// serves "vinhdanh check --external", which collects every http(s) link from
// the site's Markdown articles and reports the ones that do not answer.
//
// # What counts as answering
//
// An address answers when the server's final response, after following up to
// 10 redirects, has a 2xx status, or 401, 403 or 429. Those three mean the
// server is there but turns automated visitors away (log-in walls, robot
// filters, rate limits); they say nothing about the link being wrong, so they
// count as answering, and the status is kept in Result.Status for anyone who
// wants to look closer. Every other status, and every failure to get a
// response, is a Problem: a short English phrase an editor understands, such
// as "answers 404 Not Found", "no answer within 10s", "server not found (no
// such host)", "connection refused", "too many redirects" or "certificate
// problem: issued by an unknown authority".
//
// # How an address is asked
//
// Each address is asked with HEAD first. When HEAD gets any status other than
// 2xx or 429 (many servers answer HEAD with 405, 501, 400, 403 or 404 while
// GET works), or the connection breaks in a way a fresh one may mend, the
// address is asked again with GET, reading at most 8 KB of the body. A GET
// that gets a 5xx status or a transient network error is tried once more
// after a short pause, when the time left allows it. All requests for one
// address, redirects included, share one Checker.Timeout.
//
// Only http and https addresses are asked; any other scheme gets "not a web
// address" without a request. The fragment (#...) is dropped before asking,
// and addresses that differ only in their fragment, in the case of the host
// name, or by an empty path instead of "/" are checked once; the Result keeps
// the spelling that came first.
//
// # Limits
//
// At most Checker.Concurrency addresses are checked at once, and at most
// Checker.PerHost of them share a host name (ports are ignored, so
// http://example.com and https://example.com count as one host). An address
// holds its host's slot for all its requests, so the limit bounds the
// requests a host receives, except for redirects to other hosts, which are not
// counted against those hosts. The Timeout clock starts only once both slots
// are held: a long queue of links to one site does not make that site look
// slow.
//
// # Cache
//
// A Cache remembers answers between runs in a JSON file. Only addresses that
// answered are remembered, with the time of the check, and they are reused
// without any request until they are maxAge old; older entries are ignored
// and the address is asked again. Failures are never cached: a broken link is
// asked again on every run, so a repaired link or a recovered server is
// noticed at once and a passing network hiccup does not stick. When a
// remembered address is asked again and fails, its entry is dropped.
package weblink

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

// Defaults used when the corresponding Checker field is left zero.
const (
	defaultTimeout     = 10 * time.Second
	defaultConcurrency = 16
	defaultPerHost     = 4
	defaultUserAgent   = "vinhdanh-linkcheck/1 (static site link checker)"

	// maxRedirects is how many redirects the default client follows.
	maxRedirects = 10
	// maxBodyRead is how much of a GET response body is read before closing.
	maxBodyRead = 8 << 10
	// retryPause is the wait before the single retry of a failed GET.
	retryPause = 250 * time.Millisecond
)

// Problems that do not come from a request.
const (
	problemNotWeb    = "not a web address"
	problemCancelled = "not checked: cancelled"
)

// A Checker checks web addresses. The zero value is ready to use; a Checker
// may be used for several Check calls, one after another or at once.
type Checker struct {
	// Client sends the requests. When nil, each Check uses its own client
	// that gives up on a request after Timeout and follows up to 10
	// redirects.
	Client *http.Client
	// Timeout bounds the time spent on one address, all attempts
	// included. 0 means 10 seconds.
	Timeout time.Duration
	// Concurrency is how many addresses are checked at once. 0 means 16.
	Concurrency int
	// PerHost is how many addresses with the same host name are checked at
	// once. 0 means 4.
	PerHost int
	// Cache remembers answers between runs. nil means no cache.
	Cache *Cache
	// UserAgent is sent with every request. "" means a neutral name for
	// this link checker.
	UserAgent string
	// Now tells the time used for cache ages. nil means time.Now.
	Now func() time.Time
}

// Result is the outcome of checking one address.
type Result struct {
	// URL is the address as first given to Check, fragment included.
	URL string
	// Status is the final HTTP status received, 0 when there was no
	// response.
	Status int
	// Problem is "" when the address answers, and otherwise says briefly
	// what went wrong.
	Problem string
	// FromCache is true when the result was taken from the Cache without
	// asking the server.
	FromCache bool
}

// OK reports whether the address answers.
func (r Result) OK() bool { return r.Problem == "" }

// Check checks each distinct address in urls once, concurrently, and returns
// one Result per distinct address, in the order in which the addresses first
// appear in urls. When ctx is done, Check stops early: requests under way are
// abandoned, and every address without an answer yet gets the Problem
// "not checked: cancelled".
func (c *Checker) Check(ctx context.Context, urls []string) []Result {
	results := make([]Result, 0, len(urls))
	var toAsk []pendingAddress
	seen := make(map[string]bool, len(urls))
	for _, raw := range urls {
		addr, problem := parseAddress(raw)
		if seen[addr.key] {
			continue
		}
		seen[addr.key] = true
		result := Result{URL: raw, Problem: problem}
		if problem == "" {
			if status, ok := c.Cache.lookup(addr.key, c.now()); ok {
				result.Status, result.FromCache = status, true
			} else {
				toAsk = append(toAsk, pendingAddress{index: len(results), address: addr})
			}
		}
		results = append(results, result)
	}
	if len(toAsk) == 0 {
		return results
	}

	run := c.newRun(toAsk)
	defer run.finish()
	var wg sync.WaitGroup
	for _, p := range toAsk {
		wg.Add(1)
		go func() {
			defer wg.Done()
			status, problem := run.checkAddress(ctx, p.address)
			results[p.index].Status = status
			results[p.index].Problem = problem
		}()
	}
	wg.Wait()
	return results
}

// address is a parsed web address ready to be asked.
type address struct {
	key  string // canonical spelling, also what is requested: fragment dropped, host in lower case
	host string // host name without port, lower case
}

// pendingAddress is an address that needs asking and where its Result goes.
type pendingAddress struct {
	index   int
	address address
}

// parseAddress turns raw into an address. A non-empty problem means raw is
// not a web address that can be asked; key is still set for deduplication.
func parseAddress(raw string) (address, string) {
	trimmed := strings.TrimSpace(raw)
	withoutFragment, _, _ := strings.Cut(trimmed, "#")
	u, err := url.Parse(trimmed)
	if err != nil {
		reason := err.Error()
		if ue, ok := err.(*url.Error); ok {
			reason = ue.Err.Error()
		}
		return address{key: withoutFragment}, "malformed address: " + reason
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return address{key: withoutFragment}, problemNotWeb
	}
	if u.Host == "" || u.Hostname() == "" {
		return address{key: withoutFragment}, "malformed address: no host name"
	}
	u.Fragment, u.RawFragment = "", ""
	u.Host = strings.ToLower(u.Host)
	if u.Path == "" && u.RawPath == "" && u.Opaque == "" {
		u.Path = "/"
	}
	return address{key: u.String(), host: u.Hostname()}, ""
}

// Key returns the spelling under which Check asks raw and reports it: two
// addresses with the same Key get one Result, whose URL is the spelling
// given first.
func Key(raw string) string {
	addr, _ := parseAddress(raw)
	return addr.key
}

// now returns the current time for cache ages.
func (c *Checker) now() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}

// checkRun holds what one Check call shares between its goroutines.
type checkRun struct {
	checker   *Checker
	client    *http.Client
	ownClient bool // client was made for this run and is cleaned up after it
	timeout   time.Duration
	userAgent string
	anySlot   chan struct{}            // bounds all addresses at once
	hostSlots map[string]chan struct{} // bounds addresses per host name
}

func (c *Checker) newRun(toAsk []pendingAddress) *checkRun {
	run := &checkRun{
		checker:   c,
		client:    c.Client,
		timeout:   c.Timeout,
		userAgent: c.UserAgent,
		anySlot:   make(chan struct{}, positiveOr(c.Concurrency, defaultConcurrency)),
		hostSlots: make(map[string]chan struct{}),
	}
	if run.timeout <= 0 {
		run.timeout = defaultTimeout
	}
	if run.userAgent == "" {
		run.userAgent = defaultUserAgent
	}
	if run.client == nil {
		run.client = newDefaultClient(run.timeout)
		run.ownClient = true
	}
	perHost := positiveOr(c.PerHost, defaultPerHost)
	for _, p := range toAsk {
		if _, ok := run.hostSlots[p.address.host]; !ok {
			run.hostSlots[p.address.host] = make(chan struct{}, perHost)
		}
	}
	return run
}

// finish releases the idle connections of a client made for this run.
func (run *checkRun) finish() {
	if run.ownClient {
		run.client.CloseIdleConnections()
	}
}

func positiveOr(n, fallback int) int {
	if n > 0 {
		return n
	}
	return fallback
}

// newDefaultClient returns the client used when Checker.Client is nil.
func newDefaultClient(timeout time.Duration) *http.Client {
	var transport *http.Transport
	if t, ok := http.DefaultTransport.(*http.Transport); ok {
		transport = t.Clone()
	} else {
		transport = &http.Transport{Proxy: http.ProxyFromEnvironment}
	}
	return &http.Client{
		Transport: transport,
		Timeout:   timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > maxRedirects {
				return errTooManyRedirects
			}
			return nil
		},
	}
}

// checkAddress waits for a free slot, asks the address and records a good
// answer in the cache.
func (run *checkRun) checkAddress(ctx context.Context, addr address) (status int, problem string) {
	hostSlot := run.hostSlots[addr.host]
	select {
	case hostSlot <- struct{}{}:
	case <-ctx.Done():
		return 0, problemCancelled
	}
	defer func() { <-hostSlot }()
	select {
	case run.anySlot <- struct{}{}:
	case <-ctx.Done():
		return 0, problemCancelled
	}
	defer func() { <-run.anySlot }()
	if ctx.Err() != nil {
		return 0, problemCancelled
	}

	askCtx, cancel := context.WithTimeout(ctx, run.timeout)
	defer cancel()
	answer := run.ask(askCtx, addr.key)
	problem = answer.problem(run.timeout)
	if problem != "" && ctx.Err() != nil {
		return 0, problemCancelled
	}
	if problem == "" {
		run.checker.Cache.store(addr.key, answer.status, run.checker.now())
	} else {
		run.checker.Cache.forget(addr.key)
	}
	return answer.status, problem
}

// answer is the outcome of one request: a status, an error, or both when
// the client gave up on a redirect.
type answer struct {
	status int
	err    error
}

func (a answer) problem(timeout time.Duration) string {
	if a.err != nil {
		return errorProblem(a.err, timeout)
	}
	return statusProblem(a.status)
}

// ask asks target with HEAD, falls back to GET, and retries a failed GET
// once, as the package documentation describes.
func (run *checkRun) ask(ctx context.Context, target string) answer {
	head := run.request(ctx, http.MethodHead, target)
	if !headNeedsGET(head) {
		return head
	}
	get := run.request(ctx, http.MethodGet, target)
	if !worthRetrying(get) {
		return get
	}
	if deadline, ok := ctx.Deadline(); ok && time.Until(deadline) < 2*retryPause {
		return get
	}
	pause := time.NewTimer(retryPause)
	defer pause.Stop()
	select {
	case <-pause.C:
	case <-ctx.Done():
		return get
	}
	retry := run.request(ctx, http.MethodGet, target)
	if retry.err != nil && ctx.Err() != nil {
		// The retry ran out of time; the first GET says more.
		return get
	}
	return retry
}

// headNeedsGET reports whether the answer to HEAD should be checked with GET.
func headNeedsGET(head answer) bool {
	if head.err != nil {
		return isTransient(head.err)
	}
	return head.status/100 != 2 && head.status != http.StatusTooManyRequests
}

// worthRetrying reports whether a GET answer may be different a moment later.
func worthRetrying(get answer) bool {
	if get.err != nil {
		return isTransient(get.err)
	}
	return get.status >= 500
}

// request sends one request and returns its final status. A GET response
// body is read in part so the server sees a normal request, then closed.
func (run *checkRun) request(ctx context.Context, method, target string) answer {
	req, err := http.NewRequestWithContext(ctx, method, target, nil)
	if err != nil {
		return answer{err: err}
	}
	req.Header.Set("User-Agent", run.userAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
	resp, err := run.client.Do(req)
	if err != nil {
		if resp != nil {
			// Only when a redirect was refused; the body is already closed.
			return answer{status: resp.StatusCode, err: err}
		}
		return answer{err: err}
	}
	defer resp.Body.Close()
	if method == http.MethodGet {
		_, _ = io.CopyN(io.Discard, resp.Body, maxBodyRead)
	}
	return answer{status: resp.StatusCode}
}
