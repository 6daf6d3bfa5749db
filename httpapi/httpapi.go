// Package httpapi is diplograph's HTTP interface: GraphQL at /graphql
// (gqlgen, over package resolvers), a GraphQL IDE at / and a health check
// at /healthz.
//
// The lead's server wires it as
//
//	h := httpapi.New(httpapi.Config{Introspection: true, RequestTimeout: 15 * time.Second}, store, logger)
//	http.ListenAndServe(addr, h)
//
// where store is any resolvers.Reader (graph.Store: store/memstore,
// store/neo4jstore). Every limit has a sane default when its Config field
// is zero; see Config.
package httpapi

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/diplograph/diplograph/ide"
	"github.com/diplograph/diplograph/resolvers"
)

// Defaults applied by New to zero Config fields.
const (
	DefaultRequestTimeout  = 15 * time.Second
	DefaultHealthTimeout   = 2 * time.Second
	DefaultMaxBodyBytes    = 1 << 20 // 1 MiB
	DefaultComplexityLimit = 5000
	DefaultDepthLimit      = 15
	DefaultTokenLimit      = 2000
	DefaultQueryCacheSize  = 1000
	DefaultAPQCacheSize    = 1000
	// DefaultMaxHeaderBytes is the http.Server.MaxHeaderBytes the handler
	// is meant to run with: above DefaultMaxBodyBytes, so that a GET whose
	// query string is too long reaches the handler and gets a coded 431
	// reply (beyond it, net/http answers 431 itself, in plain text).
	DefaultMaxHeaderBytes = 2 << 20
)

// Paths served by the handler.
const (
	GraphQLPath = "/graphql"
	HealthPath  = "/healthz"
	IDEPath     = "/"
)

// graphQLMethods are the methods /graphql serves, in the order of its
// Allow headers (the replies to OPTIONS and 405).
var graphQLMethods = []string{http.MethodGet, http.MethodPost, http.MethodOptions}

// Config configures the handler. The zero value is usable: every zero
// limit takes its default, introspection is off and the IDE is on.
type Config struct {
	// BatchWait is how long the per-request dataloaders collect keys
	// before calling the store; 0 means resolvers.DefaultBatchWait.
	BatchWait time.Duration
	// Introspection allows __schema and __type queries (the IDE's
	// documentation explorer and code generators need them). When off,
	// "did you mean" suggestions in validation errors are off too, so the
	// schema does not leak through them. DefaultConfig turns it on.
	Introspection bool
	// RequestTimeout bounds the handling of one request, store calls
	// included (they receive the request's context). Zero means
	// DefaultRequestTimeout.
	RequestTimeout time.Duration
	// MaxBodyBytes is the largest request body accepted; larger bodies get
	// 413. It also bounds the query string of /graphql requests; longer
	// ones get 431. Zero means DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// ComplexityLimit is the largest operation complexity accepted
	// (resolvers.Complexity: connections count their selection once per
	// requested item); above it the operation fails with
	// COMPLEXITY_LIMIT_EXCEEDED. Zero means DefaultComplexityLimit.
	ComplexityLimit int
	// DepthLimit is the deepest field nesting accepted, introspection
	// excluded; deeper operations fail with DEPTH_LIMIT_EXCEEDED. Zero means
	// DefaultDepthLimit.
	DepthLimit int
	// TokenLimit is the largest number of lexical tokens (names,
	// punctuation, values) a query text may have; larger texts fail with
	// TOKEN_LIMIT_EXCEEDED before gqlgen parses and validates them, whose
	// cost grows faster than the text (a document of 5,000 identical
	// fields took 1.7 s to validate, one of 2,000 about 0.2 s). Comments
	// are not counted. Zero means DefaultTokenLimit.
	TokenLimit int
	// QueryCacheSize is the number of parsed and validated query documents
	// kept (LRU). Zero means DefaultQueryCacheSize.
	QueryCacheSize int
	// APQCacheSize is the number of automatic persisted queries kept (LRU,
	// by SHA-256): a client may send {"extensions":{"persistedQuery":
	// {"version":1,"sha256Hash":…}}} without the query text; an unknown
	// hash is answered with PERSISTED_QUERY_NOT_FOUND, after which the
	// client sends hash and query once. Zero means DefaultAPQCacheSize.
	APQCacheSize int
	// DisableAPQ turns automatic persisted queries off: a hash-only request
	// then fails with PERSISTED_QUERY_NOT_SUPPORTED.
	DisableAPQ bool
	// HealthTimeout bounds the store call of /healthz. Zero means
	// DefaultHealthTimeout.
	HealthTimeout time.Duration
	// DisableIDE removes the GraphQL IDE at / (GraphiQL served from assets
	// embedded in the binary, so it works offline; see package ide).
	DisableIDE bool
	// AllowedOrigins lists the origins browsers may call /graphql from
	// (CORS), e.g. a visualisation front-end on another port; "*" allows
	// any. Empty sends no CORS headers (same-origin only).
	AllowedOrigins []string
}

// DefaultConfig returns the configuration of a local analyst server:
// introspection on, every limit at its default.
func DefaultConfig() Config {
	return Config{Introspection: true}.withDefaults()
}

// withDefaults fills zero (or negative) fields with their defaults.
func (c Config) withDefaults() Config {
	orDefault(&c.RequestTimeout, DefaultRequestTimeout)
	orDefault(&c.HealthTimeout, DefaultHealthTimeout)
	orDefault(&c.MaxBodyBytes, DefaultMaxBodyBytes)
	orDefault(&c.ComplexityLimit, DefaultComplexityLimit)
	orDefault(&c.DepthLimit, DefaultDepthLimit)
	orDefault(&c.TokenLimit, DefaultTokenLimit)
	orDefault(&c.QueryCacheSize, DefaultQueryCacheSize)
	orDefault(&c.APQCacheSize, DefaultAPQCacheSize)
	return c
}

// orDefault sets *v to def when *v is zero or negative.
func orDefault[T ~int | ~int64](v *T, def T) {
	if *v <= 0 {
		*v = def
	}
}

// New returns the HTTP handler of the API over store:
//
//	POST /graphql, GET /graphql, OPTIONS /graphql   GraphQL (JSON over POST; GET for queries; automatic persisted queries);
//	                                                other methods, HEAD included, get 405 METHOD_NOT_ALLOWED
//	GET  /healthz                                   200 {"status":"ok"} when store.Stats answers, else 503
//	GET  /, /ide/...                                the GraphQL IDE, offline (unless cfg.DisableIDE)
//	GET  /export/cytoscape.json, /export/graph.graphml, /export/graph.cypher
//	                                                the graph, or ?id=&depth= a neighbourhood, for other tools
//
// Every request is logged with log/slog (method, path, status, duration,
// GraphQL operation name and error count). A nil logger means
// slog.Default().
func New(cfg Config, store resolvers.Reader, logger *slog.Logger) http.Handler {
	if logger == nil {
		logger = slog.Default()
	}
	cfg = cfg.withDefaults()
	res := resolvers.New(store, logger).WithBatchWait(cfg.BatchWait)

	srv := handler.New(res.ExecutableSchema())
	srv.AddTransport(transport.Options{AllowedMethods: graphQLMethods})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](cfg.QueryCacheSize))
	// Before APQ: a query too large is refused before it is cached by hash.
	srv.Use(TokenLimit(cfg.TokenLimit))
	if !cfg.DisableAPQ {
		srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](cfg.APQCacheSize)})
	}
	if cfg.Introspection {
		srv.Use(extension.Introspection{})
	}
	srv.SetDisableSuggestion(!cfg.Introspection)
	srv.Use(extension.FixedComplexityLimit(cfg.ComplexityLimit))
	srv.Use(DepthLimit(cfg.DepthLimit))
	srv.SetErrorPresenter(res.ErrorPresenter)
	srv.SetRecoverFunc(res.Recover)
	srv.AroundOperations(res.AroundOperations)
	srv.AroundOperations(recordOperation)
	srv.AroundResponses(recordErrors)
	srv.AroundResponses(explainOperationNotFound)

	gql := limitBody(cfg.MaxBodyBytes, checkRequest(srv))
	mux := http.NewServeMux()
	mux.Handle(GraphQLPath, allowMethods(gql, graphQLMethods...))
	mux.Handle("GET "+HealthPath, health(store, cfg.HealthTimeout, logger))
	registerExports(mux, store, logger)
	if !cfg.DisableIDE {
		page := ide.Handler(GraphQLPath)
		mux.Handle("GET "+IDEPath+"{$}", page)
		mux.Handle("GET "+ide.AssetPath, page)
	}
	var h http.Handler = mux
	h = timeout(cfg.RequestTimeout, h)
	h = cors(cfg.AllowedOrigins, h)
	h = logRequests(logger, h)
	return h
}

// health answers /healthz: 200 {"status":"ok"} when the store answers
// Stats within timeout, 503 {"status":"unavailable"} otherwise.
func health(store resolvers.Reader, timeout time.Duration, logger *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), timeout)
		defer cancel()
		status, code := "ok", http.StatusOK
		if _, err := store.Stats(ctx); err != nil {
			logger.WarnContext(ctx, "health check failed", "err", err)
			status, code = "unavailable", http.StatusServiceUnavailable
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(code)
		_ = json.NewEncoder(w).Encode(map[string]string{"status": status})
	})
}
