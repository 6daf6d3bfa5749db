// Package resolvers implements diplograph's GraphQL API (schema/*.graphqls)
// over a Reader, the read-only subset of graph.Store it needs, so the same
// resolvers serve Neo4j and the embedded store.
//
// Wiring, in one place (httpapi does it for the server):
//
//	res := resolvers.New(store, logger)
//	srv := handler.New(res.ExecutableSchema())
//	srv.AroundOperations(res.AroundOperations) // per-request batching loaders
//	srv.SetErrorPresenter(res.ErrorPresenter)  // NOT_FOUND / SERVICE_UNAVAILABLE / INTERNAL codes
//	srv.SetRecoverFunc(res.Recover)
//
// Resolver files named *.resolvers.go follow the schema files (gqlgen
// layout follow-schema) and hold one-line bodies; the helpers they call
// live in the other files of the package.
package resolvers

import (
	"context"
	"log/slog"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/generated"
	"github.com/diplograph/diplograph/loader/text"
)

// Reader is what the resolvers need from a store: the read methods of
// graph.Store. Both store/memstore and store/neo4jstore satisfy it.
type Reader interface {
	// Node returns the node with id, or an error wrapping graph.ErrNotFound.
	Node(ctx context.Context, id string) (graph.Node, error)
	// Nodes returns the nodes selected by q, ordered by id.
	Nodes(ctx context.Context, q graph.NodeQuery) ([]graph.Node, error)
	// Relationships returns the relationships selected by q, ordered by key.
	Relationships(ctx context.Context, q graph.RelQuery) ([]graph.Relationship, error)
	// Search returns the nodes whose search keys contain the folded q.Key.
	Search(ctx context.Context, q graph.SearchQuery) ([]graph.Node, error)
	// Neighborhood returns the subgraph around q.ID, or graph.ErrNotFound.
	Neighborhood(ctx context.Context, q graph.NeighborhoodQuery) (graph.Graph, error)
	// ShortestPaths returns the shortest paths between q.From and q.To, or
	// graph.ErrNotFound when either is missing.
	ShortestPaths(ctx context.Context, q graph.PathQuery) ([]graph.Path, error)
	// Stats counts nodes and relationships.
	Stats(ctx context.Context) (graph.Stats, error)
}

var _ Reader = graph.Store(nil)

// Resolver is the root resolver: it holds the dependencies every field
// resolver uses. Build it with New; it is safe for concurrent use.
type Resolver struct {
	store  Reader
	logger *slog.Logger
	fold   func(string) string
	// batchWait is how long the per-request loaders wait to batch lookups.
	batchWait time.Duration
}

// DefaultBatchWait is how long a per-request loader collects keys before it
// calls the store: long enough for the resolvers of a whole page (up to
// 100 items, each in its own goroutine) to ask on a busy machine, short
// next to a Neo4j round trip.
const DefaultBatchWait = 5 * time.Millisecond

// New returns the root resolver over store. A nil logger means
// slog.Default().
func New(store Reader, logger *slog.Logger) *Resolver {
	if logger == nil {
		logger = slog.Default()
	}
	return &Resolver{store: store, logger: logger, fold: text.Fold, batchWait: DefaultBatchWait}
}

// WithBatchWait sets how long the per-request loaders collect keys before
// calling the store (d <= 0 keeps DefaultBatchWait) and returns r.
func (r *Resolver) WithBatchWait(d time.Duration) *Resolver {
	if d > 0 {
		r.batchWait = d
	}
	return r
}

// ExecutableSchema returns the gqlgen executable schema over r, with the
// complexity functions of Complexity.
func (r *Resolver) ExecutableSchema() graphql.ExecutableSchema {
	return generated.NewExecutableSchema(generated.Config{Resolvers: r, Complexity: Complexity()})
}
