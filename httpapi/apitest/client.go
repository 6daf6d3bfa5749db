// Package apitest drives diplograph's HTTP API in-process, for end-to-end
// tests over any store: a small GraphQL client for an http.Handler, and
// typed "analyst questions" (a meeting's participants and absentees, a
// chairmanship's holders, diplomatic relations, search, neighbourhoods)
// that return plain Go values to compare with expectations.
//
// Typical use, over a store filled by the loader or by internal/testgraph:
//
//	c := apitest.NewClient(httpapi.New(httpapi.DefaultConfig(), store, nil))
//	m, err := apitest.Meeting(ctx, c, "meeting:2022-10-14:cis-heads-of-state:astana")
//
// or everything at once with RunAnalystQueries(ctx, store).
package apitest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
)

// Client sends GraphQL requests to an http.Handler without a network.
type Client struct {
	// Handler serves the API (httpapi.New).
	Handler http.Handler
	// Path is the GraphQL endpoint, "/graphql" by default.
	Path string
}

// NewClient returns a Client for h at /graphql.
func NewClient(h http.Handler) *Client { return &Client{Handler: h, Path: "/graphql"} }

// Response is a decoded GraphQL response with its HTTP status.
type Response struct {
	// Status is the HTTP status code.
	Status int `json:"-"`
	// Data is the raw "data" member (null when absent).
	Data json.RawMessage `json:"data"`
	// Errors are the GraphQL errors.
	Errors Errors `json:"errors"`
}

// Error is one GraphQL error.
type Error struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path,omitempty"`
	Extensions map[string]any `json:"extensions,omitempty"`
}

// Code returns extensions.code, or "".
func (e Error) Code() string {
	s, _ := e.Extensions["code"].(string)
	return s
}

// Errors is the list of GraphQL errors of a response; as an error it
// reports them all.
type Errors []Error

// Error joins the messages and codes.
func (es Errors) Error() string {
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = fmt.Sprintf("%s (%s, path %v)", e.Message, e.Code(), e.Path)
	}
	return "graphql: " + strings.Join(parts, "; ")
}

// Codes returns the extensions.code of every error, in order.
func (es Errors) Codes() []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Code()
	}
	return out
}

// Post sends query with vars as a JSON POST.
func (c *Client) Post(ctx context.Context, query string, vars map[string]any) (*Response, error) {
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return nil, fmt.Errorf("encode request: %w", err)
	}
	req := httptest.NewRequestWithContext(ctx, http.MethodPost, c.path(), bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	return c.do(req)
}

// Get sends query with vars as a GET with URL parameters.
func (c *Client) Get(ctx context.Context, query string, vars map[string]any) (*Response, error) {
	q := url.Values{"query": {query}}
	if vars != nil {
		b, err := json.Marshal(vars)
		if err != nil {
			return nil, fmt.Errorf("encode variables: %w", err)
		}
		q.Set("variables", string(b))
	}
	req := httptest.NewRequestWithContext(ctx, http.MethodGet, c.path()+"?"+q.Encode(), nil)
	return c.do(req)
}

// Query posts query and decodes its data into out. GraphQL errors are
// returned as Errors (data is still decoded when present).
func (c *Client) Query(ctx context.Context, query string, vars map[string]any, out any) error {
	resp, err := c.Post(ctx, query, vars)
	if err != nil {
		return err
	}
	if out != nil && len(resp.Data) > 0 && string(resp.Data) != "null" {
		if err := json.Unmarshal(resp.Data, out); err != nil {
			return fmt.Errorf("decode data: %w", err)
		}
	}
	if len(resp.Errors) > 0 {
		return resp.Errors
	}
	if resp.Status != http.StatusOK {
		return fmt.Errorf("graphql: HTTP status %d", resp.Status)
	}
	return nil
}

func (c *Client) path() string {
	if c.Path == "" {
		return "/graphql"
	}
	return c.Path
}

func (c *Client) do(req *http.Request) (*Response, error) {
	rec := httptest.NewRecorder()
	c.Handler.ServeHTTP(rec, req)
	resp := &Response{Status: rec.Code}
	if err := json.Unmarshal(rec.Body.Bytes(), resp); err != nil {
		return resp, fmt.Errorf("decode response (HTTP %d): %w: %s", rec.Code, err, truncate(rec.Body.String(), 200))
	}
	return resp, nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// PostBody sends body (query, variables, extensions … as the client wants
// them) as a JSON POST; for protocol tests such as persisted queries.
func (c *Client) PostBody(ctx context.Context, body map[string]any) (*Response, error) {
	b, err := json.Marshal(body)
	if err != nil {
		return nil, fmt.Errorf("encode request: %w", err)
	}
	req := httptest.NewRequestWithContext(ctx, http.MethodPost, c.path(), bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	return c.do(req)
}

// GetExtensions sends a GET with only the extensions parameter (an
// automatic persisted query by hash).
func (c *Client) GetExtensions(ctx context.Context, extensions map[string]any) (*Response, error) {
	b, err := json.Marshal(extensions)
	if err != nil {
		return nil, fmt.Errorf("encode extensions: %w", err)
	}
	q := url.Values{"extensions": {string(b)}}
	req := httptest.NewRequestWithContext(ctx, http.MethodGet, c.path()+"?"+q.Encode(), nil)
	return c.do(req)
}
