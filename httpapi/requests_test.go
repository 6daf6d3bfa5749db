package httpapi_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/httpapi"
	"github.com/diplograph/diplograph/httpapi/apitest"
)

// TestRejectedRequestsHaveCodes checks that requests gqlgen's transports
// reject before execution get a coded error with a short message that does
// not echo the request.
func TestRejectedRequestsHaveCodes(t *testing.T) {
	logger, _ := quietLogger(t)
	h := httpapi.New(httpapi.DefaultConfig(), newStore(t), logger)
	const secret = "s3cret-token"
	badBody := `{"query": "{ stats { nodes } }", "variables": {"token": "` + secret + `"`
	get := func(vars, ext string) string {
		v := url.Values{"query": {"{ stats { nodes } }"}}
		if vars != "" {
			v.Set("variables", vars)
		}
		if ext != "" {
			v.Set("extensions", ext)
		}
		return "/graphql?" + v.Encode()
	}
	for _, tc := range []struct {
		name, method, target, contentType, body string
		status                                  int
		want                                    string
	}{
		{"form POST", "POST", "/graphql", "application/x-www-form-urlencoded", "query=%7B+stats+%7B+nodes+%7D+%7D&token=" + secret,
			415, `{"errors":[{"message":"Content-Type must be application/json","extensions":{"code":"UNSUPPORTED_MEDIA_TYPE"}}]}`},
		{"POST without Content-Type", "POST", "/graphql", "", `{"query":"{ stats { nodes } }"}`,
			415, `{"errors":[{"message":"Content-Type must be application/json","extensions":{"code":"UNSUPPORTED_MEDIA_TYPE"}}]}`},
		{"invalid JSON body", "POST", "/graphql", "application/json", badBody,
			400, `{"errors":[{"message":"the request body must be a JSON object {\"query\":…,\"variables\":{…}}","extensions":{"code":"BAD_REQUEST"}}]}`},
		{"JSON body not an object", "POST", "/graphql", "application/json; charset=utf-8", `["` + secret + `"]`,
			400, `{"errors":[{"message":"the request body must be a JSON object {\"query\":…,\"variables\":{…}}","extensions":{"code":"BAD_REQUEST"}}]}`},
		{"trailing data after the body", "POST", "/graphql", "application/json", `{"query":"{ stats { nodes } }"} ` + secret,
			400, `{"errors":[{"message":"the request body must be a JSON object {\"query\":…,\"variables\":{…}}","extensions":{"code":"BAD_REQUEST"}}]}`},
		{"GET undecodable variables", "GET", get(`{"token": "`+secret+`"`, ""), "", "",
			400, `{"errors":[{"message":"variables must be a JSON object","extensions":{"code":"BAD_REQUEST"}}]}`},
		{"GET undecodable extensions", "GET", get("", `[`+secret), "", "",
			400, `{"errors":[{"message":"extensions must be a JSON object","extensions":{"code":"BAD_REQUEST"}}]}`},
		{"GET malformed query string", "GET", "/graphql?query=%zz" + secret, "", "",
			400, `{"errors":[{"message":"malformed query string","extensions":{"code":"BAD_REQUEST"}}]}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req := httptest.NewRequest(tc.method, tc.target, strings.NewReader(tc.body))
			if tc.contentType != "" {
				req.Header.Set("Content-Type", tc.contentType)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			diff(t, "response", []any{tc.status, tc.want + "\n", "application/json"}, []any{rec.Code, rec.Body.String(), rec.Header().Get("Content-Type")})
			if strings.Contains(rec.Body.String(), secret) {
				t.Errorf("the response echoes the request: %s", rec.Body.String())
			}
		})
	}

	// Valid requests still work, with or without a charset.
	req := httptest.NewRequest("POST", "/graphql", strings.NewReader(`{"query":"{ stats { nodes } }"}`))
	req.Header.Set("Content-Type", "application/json; charset=utf-8")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Body.String(), `{"data":{"stats":{"nodes":`) {
		t.Errorf("valid POST: %d %s", rec.Code, rec.Body.String())
	}
}

// TestMethodsAndLongQueryStrings checks the coded replies to methods
// /graphql does not serve (HEAD included, and not listed as allowed) and
// to query strings longer than the body limit, in the handler and through
// a server with DefaultMaxHeaderBytes.
func TestMethodsAndLongQueryStrings(t *testing.T) {
	logger, _ := quietLogger(t)
	h := httpapi.New(httpapi.DefaultConfig(), newStore(t), logger)
	for _, method := range []string{"PUT", "DELETE", "PATCH", "HEAD"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(method, "/graphql", nil))
		want := `{"errors":[{"message":"method ` + method + ` not allowed: use GET, POST, OPTIONS","extensions":{"code":"METHOD_NOT_ALLOWED"}}]}` + "\n"
		diff(t, method, []any{http.StatusMethodNotAllowed, "GET, POST, OPTIONS", "application/json", want},
			[]any{rec.Code, rec.Header().Get("Allow"), rec.Header().Get("Content-Type"), rec.Body.String()})
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("OPTIONS", "/graphql", nil))
	diff(t, "OPTIONS", http.StatusOK, rec.Code)

	long := "/graphql?query=" + url.QueryEscape("{ stats { nodes } }"+strings.Repeat(" ", 1<<20))
	want := `{"errors":[{"message":"query string larger than 1 MiB: send large queries by POST","extensions":{"code":"REQUEST_TOO_LARGE"}}]}` + "\n"
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", long, nil))
	diff(t, "long query string", []any{http.StatusRequestHeaderFieldsTooLarge, want}, []any{rec.Code, rec.Body.String()})

	// Through net/http with the header limit serve uses, a 1.5 MB query
	// string reaches the handler (net/http would answer in plain text).
	srv := httptest.NewUnstartedServer(h)
	srv.Config.MaxHeaderBytes = httpapi.DefaultMaxHeaderBytes
	srv.Start()
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/graphql?query=" + strings.Repeat("x", 1_500_000))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	diff(t, "long query string over HTTP", []any{http.StatusRequestHeaderFieldsTooLarge, want}, []any{resp.StatusCode, string(body)})
}

// TestOperationNotFound checks the message of an operationName the
// document lacks, or missing for a document of several operations.
func TestOperationNotFound(t *testing.T) {
	c := newClient(t, newStore(t), nil)
	const doc = `query A { stats { nodes } } query B { stats { relationships } }`
	for _, tc := range []struct {
		name, query, operation, want string
	}{
		{"no operationName", doc, "", `the document has 2 operations ("A", "B"): set operationName to the one to run`},
		{"unknown operationName", doc, "C", `operation "C" not found: set operationName to one of the document's operations ("A", "B")`},
		{"name for an unnamed operation", `{ stats { nodes } }`, "A", `operation "A" not found: the document has one unnamed operation; leave operationName out`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := map[string]any{"query": tc.query}
			if tc.operation != "" {
				body["operationName"] = tc.operation
			}
			resp, err := c.PostBody(ctx(t), body)
			if err != nil {
				t.Fatal(err)
			}
			diff(t, "errors", apitest.Errors{{Message: tc.want, Extensions: map[string]any{"code": "GRAPHQL_VALIDATION_FAILED"}}}, resp.Errors)
		})
	}
	resp, err := c.PostBody(ctx(t), map[string]any{"query": doc, "operationName": "B"})
	if err != nil {
		t.Fatal(err)
	}
	if len(resp.Errors) != 0 || !strings.HasPrefix(string(resp.Data), `{"stats":{"relationships":`) {
		t.Errorf("operation B: %s %+v", resp.Data, resp.Errors)
	}
}
