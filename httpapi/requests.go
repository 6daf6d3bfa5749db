package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/diplograph/diplograph/resolvers"
)

// Codes of the errors of requests rejected before execution, in
// extensions.code like every other error of the API.
const (
	// CodeBadRequest: the HTTP request is not a GraphQL request (a body or
	// a query-string parameter that is not the JSON expected).
	CodeBadRequest = resolvers.CodeBadRequest
	// CodeUnsupportedMediaType: a POST whose Content-Type is not
	// application/json.
	CodeUnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE"
	// CodeMethodNotAllowed: a /graphql request whose method is not GET,
	// POST or OPTIONS (HTTP 405).
	CodeMethodNotAllowed = "METHOD_NOT_ALLOWED"
	// CodeRequestTooLarge: a request body (HTTP 413) or a /graphql query
	// string (HTTP 431) larger than Config.MaxBodyBytes.
	CodeRequestTooLarge = "REQUEST_TOO_LARGE"
)

// allowMethods passes requests with one of methods to next and answers any
// other method, HEAD included, 405 with a coded GraphQL error and an Allow
// header listing methods.
func allowMethods(next http.Handler, methods ...string) http.Handler {
	allow := strings.Join(methods, ", ")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !slices.Contains(methods, r.Method) {
			w.Header().Set("Allow", allow)
			writeError(w, http.StatusMethodNotAllowed, "method "+r.Method+" not allowed: use "+allow, CodeMethodNotAllowed)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// checkRequest rejects, with a coded GraphQL error and a short message
// that never echoes the request, the requests gqlgen's transports would
// reject with an uncoded error (and, for a bad JSON body, a message holding
// the whole body):
//
//	POST with a Content-Type other than application/json  415 UNSUPPORTED_MEDIA_TYPE
//	POST whose body is not a JSON GraphQL request          400 BAD_REQUEST
//	GET with a malformed query string, or variables or
//	extensions that are not a JSON object                  400 BAD_REQUEST
//
// Any other error response of gqlgen that still lacks a code gets one from
// codeErrors. The body has already been read by limitBody.
func checkRequest(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodPost:
			if r.Header.Get("Upgrade") != "" {
				break
			}
			mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
			if err != nil || mt != "application/json" {
				writeError(w, http.StatusUnsupportedMediaType, "Content-Type must be application/json", CodeUnsupportedMediaType)
				return
			}
			body, err := io.ReadAll(r.Body)
			if err != nil {
				writeError(w, http.StatusBadRequest, "could not read the request body", CodeBadRequest)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			var p graphql.RawParams
			if !decodes(string(body), &p) {
				writeError(w, http.StatusBadRequest, `the request body must be a JSON object {"query":…,"variables":{…}}`, CodeBadRequest)
				return
			}
		case http.MethodGet:
			q, err := url.ParseQuery(r.URL.RawQuery)
			if err != nil {
				writeError(w, http.StatusBadRequest, "malformed query string", CodeBadRequest)
				return
			}
			for _, name := range []string{"variables", "extensions"} {
				var m map[string]any
				if v := q.Get(name); v != "" && !decodes(v, &m) {
					writeError(w, http.StatusBadRequest, name+" must be a JSON object", CodeBadRequest)
					return
				}
			}
		}
		cw := &codeErrors{ResponseWriter: w}
		next.ServeHTTP(cw, r)
		cw.finish()
	})
}

// decodes reports whether s is a single JSON value that decodes into v.
func decodes(s string, v any) bool {
	dec := json.NewDecoder(strings.NewReader(s))
	dec.UseNumber()
	if dec.Decode(v) != nil {
		return false
	}
	_, err := dec.Token()
	return err == io.EOF
}

// codeErrors is the response writer gqlgen writes to: an error response
// (status 400 and above) is held back until next returns, and every error
// in it without an extensions.code then gets one (UNSUPPORTED_MEDIA_TYPE
// for 415, INTERNAL for 5xx, BAD_REQUEST otherwise) before it is sent.
type codeErrors struct {
	http.ResponseWriter
	status int
	held   *bytes.Buffer // non-nil once an error status is written
}

// WriteHeader holds back an error status (>= 400) so that its body can be
// rewritten as a JSON error with a code; other statuses pass on.
func (c *codeErrors) WriteHeader(status int) {
	if c.status != 0 {
		return
	}
	c.status = status
	if status >= 400 {
		c.held = &bytes.Buffer{}
		return
	}
	c.ResponseWriter.WriteHeader(status)
}

// Write buffers the body of a held error reply, else passes b on.
func (c *codeErrors) Write(b []byte) (int, error) {
	if c.status == 0 {
		c.WriteHeader(http.StatusOK)
	}
	if c.held != nil {
		return c.held.Write(b)
	}
	return c.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (c *codeErrors) Unwrap() http.ResponseWriter { return c.ResponseWriter }

// finish sends a held error response, with a code on every error.
func (c *codeErrors) finish() {
	if c.held == nil {
		return
	}
	body := c.held.Bytes()
	var resp graphql.Response
	if json.Unmarshal(body, &resp) == nil && len(resp.Errors) > 0 {
		code := CodeBadRequest
		switch {
		case c.status == http.StatusUnsupportedMediaType:
			code = CodeUnsupportedMediaType
		case c.status >= 500:
			code = resolvers.CodeInternal
		}
		changed := false
		for _, e := range resp.Errors {
			if e.Extensions["code"] == nil {
				if e.Extensions == nil {
					e.Extensions = map[string]any{}
				}
				e.Extensions["code"] = code
				changed = true
			}
		}
		if changed {
			if b, err := json.Marshal(&resp); err == nil {
				body = b
			}
		}
	}
	c.ResponseWriter.WriteHeader(c.status)
	_, _ = c.ResponseWriter.Write(body)
}

// maxListedOperations bounds the operation names quoted by
// explainOperationNotFound.
const maxListedOperations = 10

// explainOperationNotFound rewrites gqlgen's error for an operationName
// the document lacks ("operation X not found", or "operation  not found"
// when a document of several operations comes without operationName) into
// a message naming what is missing and the document's operations. The code
// stays GRAPHQL_VALIDATION_FAILED.
func explainOperationNotFound(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp == nil || len(resp.Errors) == 0 || !graphql.HasOperationContext(ctx) {
		return resp
	}
	oc := graphql.GetOperationContext(ctx)
	if oc.Doc == nil || oc.Operation != nil {
		return resp
	}
	gqlgenMsg := fmt.Sprintf("operation %s not found", oc.OperationName)
	for _, e := range resp.Errors {
		if e.Message == gqlgenMsg && e.Extensions["code"] == errcode.ValidationFailed {
			e.Message = operationNotFound(oc.OperationName, oc.Doc.Operations)
		}
	}
	return resp
}

// operationNotFound is the message for operationName name missing from a
// document with ops.
func operationNotFound(name string, ops ast.OperationList) string {
	names := make([]string, 0, min(len(ops), maxListedOperations))
	for i, op := range ops {
		if i == maxListedOperations {
			names = append(names, "…")
			break
		}
		if op.Name == "" {
			names = append(names, "(unnamed)")
		} else {
			names = append(names, strconv.Quote(op.Name))
		}
	}
	list := strings.Join(names, ", ")
	if name != "" && len(ops) == 1 && ops[0].Name == "" {
		return fmt.Sprintf("operation %q not found: the document has one unnamed operation; leave operationName out", name)
	}
	if name == "" {
		return fmt.Sprintf("the document has %d operations (%s): set operationName to the one to run", len(ops), list)
	}
	return fmt.Sprintf("operation %q not found: set operationName to one of the document's operations (%s)", name, list)
}
