package httpapi_test

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/httpapi"
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
