package graph

import (
	"context"
	"errors"
	"strings"
)

// Errors shared by every store. Stores wrap them with context; callers test
// them with errors.Is.
var (
	// ErrNotFound: no node with the requested id.
	ErrNotFound = errors.New("not found")
	// ErrInvalid: the input breaks the model (unknown label or type,
	// dangling relationship, bad argument); nothing was written.
	ErrInvalid = errors.New("invalid")
	// ErrUnavailable: the backing database cannot be reached; nothing was
	// written. Retrying later may succeed.
	ErrUnavailable = errors.New("store unavailable")
)

// NodeQuery selects nodes. Empty fields do not constrain. Results are
// ordered by id.
type NodeQuery struct {
	IDs    []string // only these ids
	Labels []string // only nodes carrying one of these labels
	Limit  int      // at most this many; 0 means no limit
}

// RelQuery selects relationships. Empty fields do not constrain. Results are
// ordered by Relationship.Key.
type RelQuery struct {
	Types  []string // only these relationship types
	Starts []string // only relationships whose start node id is one of these
	Ends   []string // only relationships whose end node id is one of these
	Limit  int      // at most this many; 0 means no limit
}

// SearchQuery is a name search. Key must already be folded by the caller
// (loader/text.Fold); a node matches when one of its "searchKeys" contains
// Key as a substring. Results: nodes whose key equals Key first, then by
// name, then by id.
type SearchQuery struct {
	Key    string
	Labels []string // only nodes carrying one of these labels
	Limit  int      // at most this many; 0 means no limit
}

// NeighborhoodQuery asks for the subgraph around one node: every node
// within Depth hops (relationships followed in both directions) and every
// relationship between the returned nodes whose type is allowed.
type NeighborhoodQuery struct {
	ID    string
	Depth int      // hops, >= 0
	Types []string // relationship types to follow; empty means all but HAS_SENTENCE and MENTIONS
	Limit int      // at most this many nodes (the centre always included); 0 means no limit
}

// MaxPathLength is the largest PathQuery.MaxLength a store accepts; longer
// bounds fail with ErrInvalid. (The API caps it lower.)
const MaxPathLength = 10

// MaxPaths is the most shortest paths a store considers for one
// PathQuery: when more exist, which ones are returned is up to the store
// (each store still returns them in the documented order).
const MaxPaths = 1000

// PathQuery asks for the shortest paths between two nodes, relationships
// followed in either direction.
type PathQuery struct {
	From, To  string
	MaxLength int      // at most this many hops, 0..MaxPathLength
	Types     []string // relationship types to follow; empty means all but HAS_SENTENCE and MENTIONS
	Limit     int      // at most this many paths; 0 means MaxPaths
}

// Path is a walk through the graph: Relationships[i] joins Nodes[i] and
// Nodes[i+1], in either direction (a relationship keeps its stored
// direction). A path of length 0 has one node and no relationship.
type Path struct {
	Nodes         []Node         `json:"nodes"`
	Relationships []Relationship `json:"relationships"`
}

// Len returns the number of hops of p.
func (p Path) Len() int { return len(p.Relationships) }

// ComparePaths orders paths as ShortestPaths returns them: by the sequence
// of their node ids, then by the sequence of their relationship keys
// (each compared element by element, a prefix first).
func ComparePaths(a, b Path) int {
	for i := 0; i < len(a.Nodes) && i < len(b.Nodes); i++ {
		if c := strings.Compare(a.Nodes[i].ID, b.Nodes[i].ID); c != 0 {
			return c
		}
	}
	if c := len(a.Nodes) - len(b.Nodes); c != 0 {
		return c
	}
	for i := 0; i < len(a.Relationships) && i < len(b.Relationships); i++ {
		if c := strings.Compare(a.Relationships[i].Key(), b.Relationships[i].Key()); c != 0 {
			return c
		}
	}
	return len(a.Relationships) - len(b.Relationships)
}

// Stats counts a store's content.
type Stats struct {
	Nodes         int            `json:"nodes"`
	Relationships int            `json:"relationships"`
	ByLabel       map[string]int `json:"byLabel"`
	ByType        map[string]int `json:"byType"`
}

// Store is the full set of operations a diplograph store provides. Callers
// should depend on the smaller interface they need; this one names the
// contract that store/storetest checks for every backend.
type Store interface {
	// WriteGraph merges g into the store in one transaction: nodes by id,
	// relationships by (type, start, end), properties with MergeProps
	// semantics. Writing the same graph twice changes nothing. On any error
	// nothing is written. Errors: ErrInvalid (g.Validate fails),
	// ErrUnavailable, or a wrapped database error.
	WriteGraph(ctx context.Context, g Graph) error
	// Node returns the node with id, or ErrNotFound.
	Node(ctx context.Context, id string) (Node, error)
	// Nodes returns the nodes selected by q.
	Nodes(ctx context.Context, q NodeQuery) ([]Node, error)
	// Relationships returns the relationships selected by q.
	Relationships(ctx context.Context, q RelQuery) ([]Relationship, error)
	// Search returns nodes whose searchKeys contain q.Key.
	Search(ctx context.Context, q SearchQuery) ([]Node, error)
	// Neighborhood returns the subgraph around q.ID, or ErrNotFound.
	Neighborhood(ctx context.Context, q NeighborhoodQuery) (Graph, error)
	// ShortestPaths returns every shortest path (fewest hops, at most
	// q.MaxLength) between q.From and q.To along the allowed types, in
	// either direction, ordered by ComparePaths and cut to q.Limit; none
	// (and no error) when the nodes are not connected within the bound.
	// From == To gives one path of length 0. Errors: ErrNotFound (either
	// end missing), ErrInvalid (empty id, MaxLength outside
	// [0, MaxPathLength], unknown type, negative limit).
	ShortestPaths(ctx context.Context, q PathQuery) ([]Path, error)
	// Stats counts nodes and relationships.
	Stats(ctx context.Context) (Stats, error)
	// Close releases the store's resources.
	Close(ctx context.Context) error
}
