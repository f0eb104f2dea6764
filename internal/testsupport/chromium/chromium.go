// Package chromium starts a headless Chromium for browser tests and for
// cmd/screenshots, through github.com/chromedp/chromedp (its only user).
//
// New returns a browser context for a test; Start returns one for a
// program, which Navigate, WaitUntil, Await and Screenshot drive, so that
// programs need not import chromedp. When no Chromium is installed, New skips the test with a message
// naming the Debian package to install, unless the environment variable
// VINHDANH_BROWSER_TESTS is "required" (as .ci/run sets it), in which case
// the test fails: in CI, browser tests may not silently disappear.
//
// The browser runs with a fresh profile and without background networking,
// so it makes no requests other than the test's own.
package chromium

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// RequiredEnv is the environment variable that makes browser tests
// mandatory when set to "required".
const RequiredEnv = "VINHDANH_BROWSER_TESTS"

// MobileWidth is the viewport width below which New emulates a phone
// (touch, overlay scrollbars, the viewport meta tag).
const MobileWidth = 600

// Path returns the Chromium executable, or "" when none is installed.
func Path() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// New starts a headless browser of the given viewport width and returns a
// context for chromedp actions; it closes when the test ends.
func New(t testing.TB, width, height int) context.Context {
	t.Helper()
	Require(t)
	ctx, stop, err := Start(width, height, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(stop)
	return ctx
}

// Require skips the test when no Chromium is installed, or fails it where
// browser tests are required.
func Require(t testing.TB) {
	t.Helper()
	if Path() == "" {
		msg := "browser tests need Chromium: install Debian's chromium package (apt-get install chromium)"
		if os.Getenv(RequiredEnv) == "required" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
}

// Start starts a headless browser of the given viewport width, with its
// profile in the empty folder profile, for a program rather than a test;
// stop closes it. Actions on the context time out after 90 seconds.
func Start(width, height int, profile string) (ctx context.Context, stop func(), err error) {
	path := Path()
	if path == "" {
		return nil, nil, errors.New("no Chromium: install Debian's chromium package (apt-get install chromium)")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(profile),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.WindowSize(width, height),
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	browserCtx, cancelBrowser := chromedp.NewContext(allocCtx)
	// The first call starts the browser, which lives as long as the context
	// of that call: it must carry no timeout. Later calls get one.
	if err := chromedp.Do(browserCtx); err != nil {
		cancelBrowser()
		cancelAlloc()
		return nil, nil, fmt.Errorf("starting Chromium (%s): %v", path, err)
	}
	// A headless window is at least 500 px wide; a phone's width needs
	// the device metrics set, as DevTools' device mode does.
	_, err = chromedp.Call(browserCtx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{
		Width: int64(width), Height: int64(height), DeviceScaleFactor: 1, Mobile: width < MobileWidth,
	})
	if err != nil {
		cancelBrowser()
		cancelAlloc()
		return nil, nil, fmt.Errorf("setting the viewport to %dx%d: %v", width, height, err)
	}
	ctx, cancelTimeout := context.WithTimeout(browserCtx, 90*time.Second)
	return ctx, func() {
		cancelTimeout()
		cancelBrowser()
		cancelAlloc()
	}, nil
}

// Navigate loads url in the browser of ctx (from Start) and waits for it to
// load.
func Navigate(ctx context.Context, url string) error {
	return chromedp.Do(ctx, chromedp.Navigate(url))
}

// Screenshot returns a PNG of the viewport.
func Screenshot(ctx context.Context) ([]byte, error) {
	return chromedp.Run(ctx, chromedp.CaptureScreenshot())
}

// WaitUntil waits until the JavaScript expression is true in the page.
func WaitUntil(ctx context.Context, expression string) error {
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](expression))
	return err
}

// Await evaluates a JavaScript expression that gives a promise, and waits
// until the promise settles.
func Await(ctx context.Context, expression string) error {
	_, err := chromedp.Run(ctx, chromedp.Evaluate[bool]("Promise.resolve("+expression+").then(() => true)", chromedp.EvalAwaitPromise))
	return err
}

// Eval evaluates a JavaScript expression in the page and returns its value,
// failing the test on error.
func Eval[T any](t testing.TB, ctx context.Context, expression string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expression))
	if err != nil {
		t.Fatalf("evaluating %s: %v", expression, err)
	}
	return v
}

// Do runs actions, failing the test on error.
func Do(t testing.TB, ctx context.Context, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatal(err)
	}
}
