package httpapi_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/httpapi"
	"github.com/diplograph/diplograph/httpapi/apitest"
)

// tokenError is the reply to a query over the default token limit.
const tokenError = `{"errors":[{"message":"query has more than 2000 tokens (names, punctuation and values), the limit: split it into smaller queries","extensions":{"code":"TOKEN_LIMIT_EXCEEDED"}}],"data":null}`

// TestTokenLimit checks that a query text with more tokens than the limit
// is refused before parsing and validation, quickly, over POST, GET and
// APQ, and that the count is of tokens: comments and whitespace are free.
func TestTokenLimit(t *testing.T) {
	logger, _ := quietLogger(t)
	h := httpapi.New(httpapi.DefaultConfig(), newStore(t), logger)
	serve := func(req *http.Request) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}
	post := func(body map[string]any) *httptest.ResponseRecorder {
		b, err := json.Marshal(body)
		if err != nil {
			t.Fatal(err)
		}
		req := httptest.NewRequest("POST", "/graphql", strings.NewReader(string(b)))
		req.Header.Set("Content-Type", "application/json")
		return serve(req)
	}

	// 90,000 fields, 990 KB: under the body limit; before the token limit
	// the validation of such a document took minutes.
	huge := "{ " + strings.Repeat("__typename ", 90_000) + "}"
	start := time.Now()
	rec := post(map[string]any{"query": huge})
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("refusing 90,000 fields took %v", d)
	}
	diff(t, "POST, 90,000 fields", []any{http.StatusUnprocessableEntity, tokenError}, []any{rec.Code, rec.Body.String()})

	// GET: 10,000 fields (90,000 would pass the 1 MiB query-string limit
	// only just).
	rec = serve(httptest.NewRequest("GET", "/graphql?"+url.Values{"query": {"{ " + strings.Repeat("__typename ", 10_000) + "}"}}.Encode(), nil))
	diff(t, "GET, 10,000 fields", []any{http.StatusUnprocessableEntity, tokenError}, []any{rec.Code, rec.Body.String()})

	// APQ: a query too large is refused before it is cached by hash.
	sum := sha256.Sum256([]byte(huge))
	ext := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}}
	rec = post(map[string]any{"query": huge, "extensions": ext})
	diff(t, "APQ with the query", []any{http.StatusUnprocessableEntity, tokenError}, []any{rec.Code, rec.Body.String()})
	rec = post(map[string]any{"extensions": ext})
	if !strings.Contains(rec.Body.String(), `"code":"PERSISTED_QUERY_NOT_FOUND"`) {
		t.Errorf("the refused query was cached by APQ: %d %s", rec.Code, rec.Body.String())
	}

	// One token over the limit: 2 braces + 1,999 fields (the boundary
	// itself is checked with a small limit below).
	rec = post(map[string]any{"query": "{ " + strings.Repeat("__typename ", 1_999) + "}"})
	diff(t, "2,001 tokens", []any{http.StatusUnprocessableEntity, tokenError}, []any{rec.Code, rec.Body.String()})

	// A comment of any length costs no token, nor do many comments.
	rec = post(map[string]any{"query": "# " + strings.Repeat("x", 100_000) + "\n{ stats { nodes } }"})
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Body.String(), `{"data":{"stats":{"nodes":`) {
		t.Errorf("long comment: %d %.300s", rec.Code, rec.Body.String())
	}
	rec = post(map[string]any{"query": strings.Repeat("# c\n", 6_000) + "{ stats { nodes } }"})
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Body.String(), `{"data":{"stats":{"nodes":`) {
		t.Errorf("6,000 comments: %d %.300s", rec.Code, rec.Body.String())
	}

	// A configured limit: `{ stats { nodes } }` has 6 tokens and passes a
	// limit of 6; one more is refused.
	cfg := httpapi.DefaultConfig()
	cfg.TokenLimit = 6
	small := httpapi.New(cfg, newStore(t), logger)
	for q, want := range map[string]string{
		`{ stats { nodes } }`:               `{"data":{"stats":{"nodes":`,
		`{ stats { nodes relationships } }`: `{"errors":[{"message":"query has more than 6 tokens (names, punctuation and values), the limit: split it into smaller queries","extensions":{"code":"TOKEN_LIMIT_EXCEEDED"}}],"data":null}`,
		// A text that does not lex is left to the parser.
		`{ "unterminated`: `{"errors":[{"message":"Expected Name, found <Invalid>","locations":[{"line":1,"column":16}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}],"data":null}`,
	} {
		req := httptest.NewRequest("GET", "/graphql?"+url.Values{"query": {q}}.Encode(), nil)
		rec := httptest.NewRecorder()
		small.ServeHTTP(rec, req)
		if got := strings.ReplaceAll(rec.Body.String(), `\u003c`, "<"); !strings.HasPrefix(strings.ReplaceAll(got, `\u003e`, ">"), want) {
			t.Errorf("limit 6, %s: %d %s, want %s…", q, rec.Code, rec.Body.String(), want)
		}
	}
}

// introspectionQuery is the query of GraphiQL's documentation explorer
// (graphql-js getIntrospectionQuery with every option on).
const introspectionQuery = `query IntrospectionQuery {
  __schema {
    description
    queryType { name kind }
    mutationType { name kind }
    subscriptionType { name kind }
    types { ...FullType }
    directives {
      name description isRepeatable locations
      args(includeDeprecated: true) { ...InputValue }
    }
  }
}
fragment FullType on __Type {
  kind name description specifiedByURL isOneOf
  fields(includeDeprecated: true) {
    name description
    args(includeDeprecated: true) { ...InputValue }
    type { ...TypeRef }
    isDeprecated deprecationReason
  }
  inputFields(includeDeprecated: true) { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue {
  name description
  type { ...TypeRef }
  defaultValue isDeprecated deprecationReason
}
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name
    ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
}`

// TestKnownQueriesWellUnderTokenLimit runs the README examples, the
// analyst queries of apitest and the IDE's introspection query under a
// tenth of the default token limit: none may come near it.
func TestKnownQueriesWellUnderTokenLimit(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	queries := map[string]string{
		"MeetingQuery": apitest.MeetingQuery, "ChairmanshipsQuery": apitest.ChairmanshipsQuery,
		"RelationsQuery": apitest.RelationsQuery, "SearchQuery": apitest.SearchQuery,
		"NeighborhoodQuery": apitest.NeighborhoodQuery, "introspection": introspectionQuery,
	}
	examples := regexp.MustCompile("(?s)<!-- example -->\n```graphql\n(.*?)```").FindAllSubmatch(readme, -1)
	if len(examples) < 10 {
		t.Fatalf("found %d README examples, want at least 10", len(examples))
	}
	for i, m := range examples {
		queries["README example "+string(rune('A'+i))] = string(m[1])
	}
	cfg := httpapi.DefaultConfig()
	cfg.TokenLimit = httpapi.DefaultTokenLimit / 10
	c := newClient(t, newStore(t), &cfg)
	for name, q := range queries {
		resp, err := c.Post(ctx(t), q, map[string]any{"id": "state:KAZ", "text": "Astana"})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, code := range resp.Errors.Codes() {
			if code == httpapi.CodeTokenLimitExceeded {
				t.Errorf("%s is over a tenth of the default token limit", name)
			}
		}
		if resp.Data == nil || string(resp.Data) == "null" {
			t.Errorf("%s: no data: %+v", name, resp.Errors)
		}
	}
}
