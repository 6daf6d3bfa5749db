package browsertest

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/diplograph/diplograph/httpapi"
	"github.com/diplograph/diplograph/ide"
	"github.com/diplograph/diplograph/store/memstore"
	"github.com/diplograph/diplograph/store/storetest"
)

// ideQuery is typed into GraphiQL's editor. (GraphiQL closes brackets as they are opened
// and types over a closing bracket, so typing the query verbatim yields it verbatim.)
const ideQuery = "{ stats { nodes relationships } }"

// newIDEServer starts, on 127.0.0.1, the real diplograph API (package httpapi over a memory
// store holding a small synthetic graph) at /graphql and the IDE (package ide) at /.
func newIDEServer(t *testing.T) (srv *httptest.Server, nodes, rels int) {
	t.Helper()
	store, err := memstore.Open("")
	if err != nil {
		t.Fatal(err)
	}
	g := storetest.Synthetic("ide", 20)
	if err := store.WriteGraph(context.Background(), g); err != nil {
		t.Fatal(err)
	}
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	api := httpapi.New(httpapi.Config{Introspection: true, RequestTimeout: 15 * time.Second}, store, logger)

	mux := http.NewServeMux()
	mux.Handle(httpapi.GraphQLPath, api)
	mux.Handle("/", ide.Handler(httpapi.GraphQLPath))
	srv = httptest.NewServer(mux) // listens on 127.0.0.1
	t.Cleanup(srv.Close)
	return srv, len(g.Nodes), len(g.Relationships)
}

// TestIDEOffline loads the GraphQL IDE in headless Chromium, types a query into the editor,
// runs it and checks the answer of the real API in the result pane — and that every
// request the page made went to 127.0.0.1.
func TestIDEOffline(t *testing.T) {
	srv, nodes, rels := newIDEServer(t)
	ctx := NewBrowser(t, 90*time.Second)
	reqs, err := RecordRequests(ctx)
	if err != nil {
		t.Fatalf("recording requests: %v", err)
	}
	probs := watchProblems(t, ctx)
	defer func() {
		screenshot(t, ctx, "ide")
		probs.logDebug(t)
	}()

	const (
		queryEditor  = `.graphiql-query-editor .CodeMirror`
		resultEditor = `.graphiql-response .CodeMirror`
		runButton    = `button.graphiql-execute-button`
	)
	err = chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS(queryEditor)),
		chromedp.WaitVisible(chromedp.CSS(runButton)),
	)
	if err != nil {
		t.Fatalf("loading the IDE: %v (page problems: %q)", err, probs.list())
	}
	if title, err := chromedp.Run(ctx, chromedp.Title()); err != nil || title != ide.Title {
		t.Errorf("title %q (%v), want %q", title, err, ide.Title)
	}

	// A fresh profile shows the welcome query of diplograph-ide.js.
	initial, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector(`+jsString(queryEditor)+`).CodeMirror.getValue()`))
	if err != nil || !strings.Contains(initial, "# diplograph GraphQL IDE") {
		t.Errorf("the editor starts with %q (%v), want the welcome query", initial, err)
	}
	screenshot(t, ctx, "ide-start")

	// Type the query like a person: click into the editor, select all, type over it.
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(queryEditor+` .CodeMirror-lines`)),
		chromedp.KeyEvent("a", chromedp.KeyModifiers(chromedp.ModifierCtrl)),
		chromedp.KeyEvent(kb.Delete),
		chromedp.KeyEvent(ideQuery),
		chromedp.KeyEvent(kb.Escape), // closes an autocompletion popup, if any
	)
	if err != nil {
		t.Fatalf("typing the query: %v", err)
	}
	typed, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector(`+jsString(queryEditor)+`).CodeMirror.getValue()`))
	if err != nil {
		t.Fatalf("reading the editor: %v", err)
	}
	if strings.Join(strings.Fields(typed), " ") != ideQuery {
		t.Fatalf("the editor holds %q after typing %q", typed, ideQuery)
	}

	// Run it and wait for the answer in the result pane.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(runButton))); err != nil {
		t.Fatalf("clicking run: %v", err)
	}
	result, err := chromedp.Run(ctx, chromedp.Poll[string](`(() => {
		const cm = document.querySelector(`+jsString(resultEditor)+`);
		const v = cm ? cm.CodeMirror.getValue() : "";
		return v.includes('"relationships"') || v.includes('"errors"') ? v : false;
	})()`, chromedp.WithPollingTimeout(30*time.Second)))
	if err != nil {
		shown, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => { const cm = document.querySelector(`+jsString(resultEditor)+`);
			return cm ? cm.CodeMirror.getValue() : "(no result pane)"; })()`))
		t.Fatalf("waiting for the result: %v; result pane: %q; page problems: %q", err, shown, probs.list())
	}
	var answer struct {
		Data struct {
			Stats struct{ Nodes, Relationships int }
		}
		Errors []json.RawMessage
	}
	if err := json.Unmarshal([]byte(result), &answer); err != nil {
		t.Fatalf("result pane is not JSON: %v\n%s", err, result)
	}
	if len(answer.Errors) > 0 || answer.Data.Stats.Nodes != nodes || answer.Data.Stats.Relationships != rels {
		t.Errorf("result pane:\n%s\nwant stats {nodes: %d, relationships: %d}", result, nodes, rels)
	}

	checkLocal(t, reqs)
	var posted bool
	for _, u := range reqs.URLs() {
		posted = posted || u == srv.URL+httpapi.GraphQLPath
	}
	if !posted {
		t.Errorf("no request to %s was recorded", srv.URL+httpapi.GraphQLPath)
	}
	for _, p := range probs.list() {
		t.Errorf("page problem: %s", p)
	}
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
