// Package browsertest holds diplograph's headless-browser tests (chromedp driving Debian's
// Chromium) and the helpers they share: finding Chromium, starting it so that it never
// contacts the network on its own, and recording every network request a page makes so a
// test can assert that nothing left the machine.
//
// The tests skip when Chromium is not installed, except under CI=true, where a missing
// browser is a failure (CI must install it: apt-get install -y chromium). Environment:
//
//	CHROMIUM_PATH         the browser binary, when it is not chromium (or chrome) on PATH
//	NEO4J_TEST_HTTP_URL   Neo4j's HTTP connector, e.g. http://127.0.0.1:7474, for
//	                      TestNeo4jBrowserLoads (tools/neo4j-dev serves Neo4j Browser there)
//	BROWSERTEST_ARTIFACTS a directory: the tests save screenshots of what they saw there
//	BROWSERTEST_DEBUG     non-empty: also report every console message of the pages
//	CI                    "true": missing prerequisites fail the tests instead of skipping
package browsertest

import (
	"context"
	"errors"
	"net"
	"net/url"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/diplograph/diplograph/internal/testci"
)

// chromiumNames are the executables tried, in order, when CHROMIUM_PATH is unset.
var chromiumNames = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"}

// ChromiumPath returns the Chromium (or Chrome) executable to use: $CHROMIUM_PATH if set,
// else the first of chromium, chromium-browser, google-chrome, google-chrome-stable, chrome
// found on PATH.
func ChromiumPath() (string, error) {
	if p := os.Getenv("CHROMIUM_PATH"); p != "" {
		return exec.LookPath(p)
	}
	for _, name := range chromiumNames {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", errors.New("no Chromium found on PATH (tried " + strings.Join(chromiumNames, ", ") + "; set CHROMIUM_PATH)")
}

// NewBrowser starts headless Chromium with a fresh profile in a temporary directory and
// returns a chromedp context for one tab, valid until the test ends (or timeout passes).
// It skips the test (fails it under CI=true) when Chromium is not installed.
//
// The browser is started with everything that would make it phone home switched off
// (background networking, component updates, sync, QUIC, first-run tasks) and with a host
// resolver that resolves every name except localhost to nothing, so even a page that
// tried could not reach another host: its request is still reported by RecordRequests,
// and then fails.
func NewBrowser(t testing.TB, timeout time.Duration) context.Context {
	t.Helper()
	path, err := ChromiumPath()
	if err != nil {
		testci.Skip(t, "headless-browser test: "+err.Error()+"; install it with: apt-get install -y chromium")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true), // root in a container has no usable sandbox
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-domain-reliability", true),
		chromedp.Flag("disable-client-side-phishing-detection", true),
		chromedp.Flag("disable-breakpad", true),
		chromedp.Flag("metrics-recording-only", true),
		chromedp.Flag("no-pings", true),
		chromedp.Flag("no-proxy-server", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-features", "MediaRouter,OptimizationHints,Translate,AutofillServerCommunication,InterestFeedContentSuggestions"),
		// Every host name except localhost and 127.0.0.1 (which the tests use) fails to resolve.
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1"),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("mute-audio", true),
		chromedp.WindowSize(1280, 900),
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelTab := chromedp.NewContext(allocCtx)
	ctx, cancelTimeout := context.WithTimeout(ctx, timeout)
	t.Cleanup(func() {
		cancelTimeout()
		cancelTab()
		cancelAlloc()
	})
	// Start the browser now, so a browser that cannot start is reported as such.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	return ctx
}

// Requests records the URLs of the network requests made by a tab (documents, scripts,
// styles, images, fonts, XHR/fetch, WebSocket handshakes, workers' scripts), in order.
type Requests struct {
	mu   sync.Mutex
	urls []string
}

// RecordRequests starts recording the requests of ctx's tab (from the Network domain's
// requestWillBeSent and webSocketCreated events, which chromedp enables on every tab).
// Call it before navigating.
func RecordRequests(ctx context.Context) (*Requests, error) {
	r := &Requests{}
	err := chromedp.Listen(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			r.add(ev.Request.URL)
		case *network.EventWebSocketCreated:
			r.add(ev.URL)
		}
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}

func (r *Requests) add(u string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.urls = append(r.urls, u)
}

// URLs returns the URLs recorded so far.
func (r *Requests) URLs() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.urls)
}

// NonLocal returns the recorded URLs that would leave the machine: every URL that needs the
// network and whose host is not a loopback address (127.0.0.0/8, ::1) or "localhost".
// data:, blob: and about: URLs need no network and are never reported.
func (r *Requests) NonLocal() []string {
	var out []string
	for _, u := range r.URLs() {
		if !IsLocal(u) {
			out = append(out, u)
		}
	}
	return out
}

// IsLocal reports whether fetching rawURL stays on this machine: a data:, blob: or about:
// URL, or a URL whose host is a loopback IP address or "localhost".
func IsLocal(rawURL string) bool {
	u, err := url.Parse(rawURL)
	if err != nil {
		return false
	}
	switch u.Scheme {
	case "data", "blob", "about":
		return true
	case "http", "https", "ws", "wss":
		host := u.Hostname()
		if strings.EqualFold(host, "localhost") {
			return true
		}
		ip := net.ParseIP(host)
		return ip != nil && ip.IsLoopback()
	default:
		return false
	}
}
