package browsertest

import (
	"encoding/json"
	"net/http"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/diplograph/diplograph/internal/testci"
)

// neo4jQuery is typed into Neo4j Browser's editor; its answer, 42, appears in no request.
const neo4jQuery = "RETURN 40 + 2 AS answer"

// TestNeo4jBrowserLoads opens Neo4j Browser as served by the dev Neo4j's HTTP connector
// (tools/neo4j-dev; NEO4J_TEST_HTTP_URL, e.g. http://127.0.0.1:7474) in headless Chromium,
// lets it connect to the database over Bolt without credentials, runs a Cypher query in it
// and checks the answer — and that no request the page made left 127.0.0.1 (Neo4j Browser
// 5.24 by itself would fetch Google Fonts, Segment, Canny and Sentry; neo4j-dev serves a
// patched copy). It skips when NEO4J_TEST_HTTP_URL is unset, except under CI=true, where it
// fails.
func TestNeo4jBrowserLoads(t *testing.T) {
	base := strings.TrimSuffix(os.Getenv("NEO4J_TEST_HTTP_URL"), "/")
	if base == "" {
		testci.Skip(t, "NEO4J_TEST_HTTP_URL is not set (e.g. http://127.0.0.1:7474, from tools/neo4j-dev/neo4j-dev.sh start)")
	}
	if u, err := url.Parse(base); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		t.Fatalf("NEO4J_TEST_HTTP_URL=%q is not an http(s) URL", base)
	}
	if !IsLocal(base) {
		t.Fatalf("NEO4J_TEST_HTTP_URL=%q is not on this machine (127.0.0.1)", base)
	}

	// The discovery document at / names the Bolt address Neo4j Browser connects to.
	bolt := discoverBolt(t, base)
	if !IsLocal(strings.Replace(bolt, "bolt://", "http://", 1)) {
		t.Fatalf("the server advertises Bolt at %s, not on 127.0.0.1", bolt)
	}
	// Neo4j Browser's URL parameters: connect to that address, without credentials (the dev
	// server has auth disabled) — as a developer would open it.
	pageURL := base + "/browser/?preselectAuthMethod=NO_AUTH&connectURL=" + url.QueryEscape(bolt)

	ctx := NewBrowser(t, 120*time.Second)
	reqs, err := RecordRequests(ctx)
	if err != nil {
		t.Fatalf("recording requests: %v", err)
	}
	probs := watchProblems(t, ctx)
	defer func() {
		screenshot(t, ctx, "neo4j-browser")
		probs.logDebug(t)
		for _, p := range probs.list() {
			t.Logf("page message: %s", p) // e.g. its failed probe of http://<bolt address>/
		}
	}()

	if err := chromedp.Do(ctx,
		chromedp.Navigate(pageURL),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="activeEditor"]`)),
	); err != nil {
		t.Fatalf("loading %s: %v", pageURL, err)
	}
	// Connected: the :server connect frame says so, the "Database access not available"
	// banner is gone, and the title names the connection ("bolt://127.0.0.1:7687 - Neo4j
	// Browser").
	title, err := chromedp.Run(ctx, chromedp.Poll[string](`(() => {
		const connected = document.title.endsWith("Neo4j Browser") && document.title.includes("://")
			&& !document.querySelector('[data-testid="disconnectedBanner"]')
			&& [...document.querySelectorAll('[data-testid="frame"]')].some(f => f.innerText.includes("Connected to Neo4j"));
		return connected ? document.title : false;
	})()`, chromedp.WithPollingTimeout(45*time.Second)))
	if err != nil {
		text, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.title + "\n" + document.body.innerText`))
		t.Fatalf("Neo4j Browser did not connect to %s: %v\npage:\n%s", bolt, err, truncate(text, 2000))
	}
	t.Logf("connected: title %q", title)

	// Type a query into the editor and run it (Ctrl-Enter); wait for its result frame.
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`[data-testid="activeEditor"]`)),
		chromedp.KeyEvent(neo4jQuery),
		chromedp.KeyEvent(kb.Enter, chromedp.KeyModifiers(chromedp.ModifierCtrl)),
	); err != nil {
		t.Fatalf("typing the query: %v", err)
	}
	frame, err := chromedp.Run(ctx, chromedp.Poll[string](`(() => {
		const f = [...document.querySelectorAll('[data-testid="frame"]')]
			.find(f => f.innerText.includes(`+jsString(neo4jQuery)+`));
		return f && /\banswer\b[\s\S]*\b42\b/.test(f.innerText) ? f.innerText : false;
	})()`, chromedp.WithPollingTimeout(45*time.Second)))
	if err != nil {
		text, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.innerText`))
		t.Fatalf("no result frame with answer 42: %v\npage:\n%s", err, truncate(text, 2000))
	}
	t.Logf("result frame: %q", truncate(frame, 300))

	checkLocal(t, reqs)
	var ws bool
	for _, u := range reqs.URLs() {
		ws = ws || strings.HasPrefix(u, "ws://") || strings.HasPrefix(u, "wss://")
	}
	if !ws {
		t.Error("no WebSocket (Bolt) connection was recorded")
	}
}

// discoverBolt reads the Bolt address (bolt_direct) from Neo4j's discovery document at base/.
func discoverBolt(t *testing.T, base string) string {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, base+"/", nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Accept", "application/json")
	client := &http.Client{Timeout: 10 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatalf("Neo4j's HTTP connector at %s does not answer: %v", base, err)
	}
	defer resp.Body.Close()
	var doc struct {
		BoltDirect string `json:"bolt_direct"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&doc); err != nil || resp.StatusCode != http.StatusOK || doc.BoltDirect == "" {
		t.Fatalf("GET %s/: status %d, no bolt_direct in the discovery document (%v)", base, resp.StatusCode, err)
	}
	return doc.BoltDirect
}
