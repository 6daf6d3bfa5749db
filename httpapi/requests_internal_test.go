package httpapi

import (
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
)

// TestUncodedTransportErrorsGetACode checks the safety net behind
// checkRequest: an error response of gqlgen without extensions.code gets
// one, other responses pass through unchanged.
func TestUncodedTransportErrorsGetACode(t *testing.T) {
	for _, tc := range []struct {
		status     int
		body, want string
	}{
		{http.StatusNotAcceptable, `{"errors":[{"message":"GET requests only allow query operations"}]}`,
			`{"errors":[{"message":"GET requests only allow query operations","extensions":{"code":"BAD_REQUEST"}}],"data":null}`},
		{http.StatusUnsupportedMediaType, `{"errors":[{"message":"transport not supported"}]}`,
			`{"errors":[{"message":"transport not supported","extensions":{"code":"UNSUPPORTED_MEDIA_TYPE"}}],"data":null}`},
		{http.StatusInternalServerError, `{"errors":[{"message":"internal system error"}]}`,
			`{"errors":[{"message":"internal system error","extensions":{"code":"INTERNAL"}}],"data":null}`},
		{http.StatusUnprocessableEntity, `{"errors":[{"message":"x","extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}],"data":null}`,
			`{"errors":[{"message":"x","extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}],"data":null}`},
		{http.StatusOK, `{"data":{"stats":null},"errors":[{"message":"y"}]}`, `{"data":{"stats":null},"errors":[{"message":"y"}]}`},
	} {
		h := checkRequest(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			w.WriteHeader(tc.status)
			_, _ = io.WriteString(w, tc.body)
		}))
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("OPTIONS", "/graphql", nil))
		if rec.Code != tc.status || rec.Body.String() != tc.want {
			t.Errorf("%d %s:\n got %d %s\nwant %s", tc.status, tc.body, rec.Code, rec.Body.String(), tc.want)
		}
	}
}
