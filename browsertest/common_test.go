package browsertest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// problems collects what went wrong inside the page: uncaught exceptions, console.error
// calls and browser log entries of level error (failed loads, CSP violations); with
// BROWSERTEST_DEBUG set, also every other console message (kept apart, in debug).
type problems struct {
	mu    sync.Mutex
	msgs  []string
	debug []string
}

// watchProblems starts collecting the page's problems; call it before navigating.
func watchProblems(t *testing.T, ctx context.Context) *problems {
	t.Helper()
	p := &problems{}
	err := chromedp.Listen(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *runtime.EventExceptionThrown:
			msg := ev.ExceptionDetails.Text
			if ev.ExceptionDetails.Exception != nil {
				msg += " " + ev.ExceptionDetails.Exception.Description
			}
			p.add("exception: " + msg)
		case *runtime.EventConsoleAPICalled:
			if os.Getenv("BROWSERTEST_DEBUG") != "" {
				var parts []string
				for _, a := range ev.Args {
					parts = append(parts, string(a.Value)+a.Description)
				}
				p.mu.Lock()
				p.debug = append(p.debug, "console."+string(ev.Type)+": "+strings.Join(parts, " "))
				p.mu.Unlock()
			}
			if ev.Type == runtime.ConsoleAPICalledTypeError {
				var parts []string
				for _, a := range ev.Args {
					if a.Value != nil {
						parts = append(parts, string(a.Value))
					} else {
						parts = append(parts, a.Description)
					}
				}
				p.add("console.error: " + strings.Join(parts, " "))
			}
		case *cdplog.EventEntryAdded:
			if ev.Entry.Level == cdplog.EntryLevelError {
				p.add("log: " + ev.Entry.Text + " " + ev.Entry.URL)
			}
		}
	})
	if err != nil {
		t.Fatalf("listening to the page's events: %v", err)
	}
	return p
}

func (p *problems) add(msg string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.msgs = append(p.msgs, msg)
}

func (p *problems) list() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.msgs...)
}

// logDebug logs the console messages collected with BROWSERTEST_DEBUG set.
func (p *problems) logDebug(t *testing.T) {
	t.Helper()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, m := range p.debug {
		t.Logf("page %s", m)
	}
}

// screenshot saves a screenshot of the tab as name.png in $BROWSERTEST_ARTIFACTS, when that
// is set (for looking at what the test saw); otherwise it does nothing.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("BROWSERTEST_ARTIFACTS")
	if dir == "" || ctx.Err() != nil {
		return
	}
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)) // quality 100: PNG
	if err != nil {
		t.Logf("screenshot %s: %v", name, err)
		return
	}
	if err := os.MkdirAll(dir, 0o755); err == nil {
		path := filepath.Join(dir, name+".png")
		if err := os.WriteFile(path, png, 0o644); err == nil {
			t.Logf("screenshot: %s", path)
		}
	}
}

// checkLocal fails the test if reqs recorded a request that left the machine, and logs
// what was requested.
func checkLocal(t *testing.T, reqs *Requests) {
	t.Helper()
	urls := reqs.URLs()
	t.Logf("%d network requests", len(urls))
	for _, u := range urls {
		t.Logf("  %s", truncate(u, 160))
	}
	if len(urls) == 0 {
		t.Error("no network request was recorded (is the Network domain enabled?)")
	}
	for _, u := range reqs.NonLocal() {
		t.Errorf("request left 127.0.0.1: %s", truncate(u, 300))
	}
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}

func TestIsLocal(t *testing.T) {
	for u, want := range map[string]bool{
		"http://127.0.0.1:8080/":          true,
		"ws://127.0.0.1:7687":             true,
		"http://127.5.6.7/":               true,
		"http://[::1]:7474/browser/":      true,
		"http://localhost:7474/":          true,
		"data:image/png;base64,AAAA":      true,
		"blob:http://127.0.0.1:1/abc":     true,
		"about:blank":                     true,
		"https://unpkg.com/graphiql":      false,
		"http://10.0.0.1/":                false,
		"http://127.0.0.1.example.com/":   false,
		"chrome-extension://abc/x.js":     false,
		"https://fonts.googleapis.com/x":  false,
		"wss://neo4j.example.org:7687":    false,
		"http://localhost.example.org:80": false,
	} {
		if got := IsLocal(u); got != want {
			t.Errorf("IsLocal(%q) = %v, want %v", u, got, want)
		}
	}
}
