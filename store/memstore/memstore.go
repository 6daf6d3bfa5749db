// Package memstore is diplograph's in-process graph.Store: the whole graph
// in maps behind a sync.RWMutex, optionally persisted as a JSON snapshot
// file. It has the semantics of the Neo4j store (store/storetest checks
// both) and suits tests, small deployments and offline analysis.
package memstore

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/gofrs/flock"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/store/internal/prep"
)

// errClosed is returned (wrapped with graph.ErrUnavailable) by every
// operation on a closed Store.
var errClosed = errors.New("store closed")

// DefaultLockTimeout is how long WriteGraph waits, by default, for another
// writer of the same snapshot file (another process, or another Store in
// this one) to finish before it gives up with graph.ErrUnavailable. A
// write holds the lock only while it merges and saves one graph, so a
// longer wait means the other writer is stuck or the snapshot is huge.
const DefaultLockTimeout = 30 * time.Second

// lockRetry is how often a waiting writer tries the lock file again.
const lockRetry = 20 * time.Millisecond

// Store is an in-memory graph.Store. It is safe for concurrent use: reads
// share a read lock, WriteGraph takes the write lock for the whole
// merge-and-save, so writes are serialised and atomic. With a snapshot,
// writers of the same file in other processes are serialised too, by an
// exclusive lock on a lock file next to it (see Open).
type Store struct {
	path        string       // snapshot file; "" = no persistence
	lock        *flock.Flock // path + ".lock"; nil without persistence
	lockTimeout time.Duration
	// writeSem serialises this Store's writers before they take the lock
	// file (a Flock is not a mutex between goroutines: a second TryLock
	// of the same Flock succeeds at once). Waiting on it honours ctx.
	writeSem chan struct{}

	mu     sync.RWMutex
	closed bool
	nodes  map[string]graph.Node         // by id; values owned by the store
	rels   map[string]graph.Relationship // by Relationship.Key
	adj    map[string][]string           // node id → keys of relationships touching it (either end)
	// seen is the version of the snapshot file the maps hold (nil: no
	// file); a write reloads the file first when it differs.
	seen os.FileInfo
}

var _ graph.Store = (*Store)(nil)

// Option configures Open.
type Option func(*Store)

// WithLockTimeout sets how long WriteGraph waits for the snapshot's lock
// file (DefaultLockTimeout when not given; d <= 0 means the default).
func WithLockTimeout(d time.Duration) Option {
	return func(s *Store) {
		if d > 0 {
			s.lockTimeout = d
		}
	}
}

// Open returns a Store. With path "" nothing is persisted. Otherwise path
// names a JSON snapshot file: it is loaded now (a missing file gives an
// empty store; its directory must exist) and rewritten atomically (a
// temporary file in the same directory, then rename) after each successful
// WriteGraph.
//
// Several Stores, in one process or several (two `diplograph load` runs),
// may share a snapshot file without losing each other's writes: each
// WriteGraph takes an exclusive lock on path + ".lock" (created when
// missing and left in place), reloads the snapshot if another writer has
// replaced it since this Store last read or wrote it, merges, saves and
// releases the lock. A writer waits for the lock up to the lock timeout
// (WithLockTimeout) or until its context is done, then fails with an error
// naming the lock file. Reads use the Store's memory only: another
// process's writes become visible at this Store's next write.
//
// Errors: the snapshot cannot be read or decoded, or its directory does
// not exist.
func Open(path string, opts ...Option) (*Store, error) {
	s := &Store{
		path:        path,
		lockTimeout: DefaultLockTimeout,
		writeSem:    make(chan struct{}, 1),
		nodes:       map[string]graph.Node{},
		rels:        map[string]graph.Relationship{},
		adj:         map[string][]string{},
	}
	for _, o := range opts {
		o(s)
	}
	if path == "" {
		return s, nil
	}
	s.lock = flock.New(path+".lock", flock.SetPermissions(0o644))
	snap, info, err := readSnapshot(path)
	if err != nil {
		return nil, fmt.Errorf("memstore: open %s: %w", path, err)
	}
	if err := s.load(snap, info); err != nil {
		return nil, fmt.Errorf("memstore: open %s: %w", path, err)
	}
	return s, nil
}

// load replaces the store's content with snap, read from the snapshot
// version info. On error the store is unchanged. Callers hold the write
// lock (or own s).
func (s *Store) load(snap graph.Graph, info os.FileInfo) error {
	t := &Store{
		nodes: make(map[string]graph.Node, len(snap.Nodes)),
		rels:  make(map[string]graph.Relationship, len(snap.Relationships)),
		adj:   map[string][]string{},
	}
	for _, n := range snap.Nodes {
		t.nodes[n.ID] = n
	}
	for _, r := range snap.Relationships {
		if _, ok := t.nodes[r.Start]; !ok {
			return fmt.Errorf("relationship %s: start node missing", r.Key())
		}
		if _, ok := t.nodes[r.End]; !ok {
			return fmt.Errorf("relationship %s: end node missing", r.Key())
		}
		t.addRel(r)
	}
	s.nodes, s.rels, s.adj, s.seen = t.nodes, t.rels, t.adj, info
	return nil
}

// lockSnapshot waits, up to the lock timeout or until ctx is done, for
// this Store's other writers and then for the exclusive lock on the
// snapshot's lock file; unlock releases both. Errors name the lock file:
// graph.ErrUnavailable when the timeout expired, ctx's error when ctx is
// done, or the error creating or locking the file.
func (s *Store) lockSnapshot(ctx context.Context) (unlock func(), err error) {
	wctx, cancel := context.WithTimeout(ctx, s.lockTimeout)
	defer cancel()
	waitErr := func(what string, err error) error {
		if ctx.Err() != nil {
			return fmt.Errorf("waiting for %s (lock file %s): %w", what, s.lock.Path(), ctx.Err())
		}
		if errors.Is(err, context.DeadlineExceeded) {
			return fmt.Errorf("%w: snapshot %s is being written by %s: lock file %s still held after %s (one writer at a time; retry when it has finished)",
				graph.ErrUnavailable, s.path, what, s.lock.Path(), s.lockTimeout)
		}
		return fmt.Errorf("lock file %s: %w", s.lock.Path(), err)
	}
	select {
	case s.writeSem <- struct{}{}:
	case <-wctx.Done():
		return nil, waitErr("another write of this process", wctx.Err())
	}
	ok, err := s.lock.TryLockContext(wctx, lockRetry)
	if !ok || err != nil {
		<-s.writeSem
		if err == nil {
			err = wctx.Err()
		}
		return nil, waitErr("another process", err)
	}
	return func() {
		// Unlock also closes the descriptor, which releases the lock
		// even if the unlock call itself failed.
		_ = s.lock.Unlock()
		<-s.writeSem
	}, nil
}

// refresh reloads the snapshot file when another writer has replaced it
// since this Store last read or wrote it. Writers replace the file by
// rename while holding the lock, so a new version is a new file: its
// identity (device and inode), size or modification time differ from
// s.seen. A missing file keeps the store as it is (the next save
// recreates it). Callers hold the lock file and the write lock.
func (s *Store) refresh() error {
	info, err := os.Stat(s.path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if s.seen != nil && os.SameFile(s.seen, info) && s.seen.Size() == info.Size() && s.seen.ModTime().Equal(info.ModTime()) {
		return nil
	}
	snap, info, err := readSnapshot(s.path)
	if err != nil {
		return err
	}
	return s.load(snap, info)
}

// addRel stores r (new key) and indexes it. Callers hold the write lock.
func (s *Store) addRel(r graph.Relationship) {
	k := r.Key()
	s.rels[k] = r
	s.adj[r.Start] = append(s.adj[r.Start], k)
	if r.End != r.Start {
		s.adj[r.End] = append(s.adj[r.End], k)
	}
}

// check returns the error for an operation that cannot run: a done context
// or a closed store. Callers hold a lock.
func (s *Store) check(ctx context.Context, op string) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("memstore: %s: %w", op, err)
	}
	if s.closed {
		return fmt.Errorf("memstore: %s: %w: %w", op, graph.ErrUnavailable, errClosed)
	}
	return nil
}

// WriteGraph merges g into the store (see graph.Store). The whole graph is
// checked and merged into a staging copy of the touched nodes and
// relationships before anything is applied; with persistence the snapshot
// is written before the in-memory state changes, so a failed save leaves
// the store as it was. With persistence the write holds the snapshot's
// lock file and first reloads the snapshot if another writer changed it
// (see Open). Errors: graph.ErrInvalid (bad graph, or a node id already
// stored without the node's first label), a context error,
// graph.ErrUnavailable after Close or when the lock file stays held by
// another writer past the lock timeout, or a snapshot read or write
// error.
func (s *Store) WriteGraph(ctx context.Context, g graph.Graph) error {
	pg, err := prep.Graph(g)
	if err != nil {
		return fmt.Errorf("memstore: write graph: %w", err)
	}
	if s.path != "" {
		s.mu.RLock()
		err := s.check(ctx, "write graph")
		s.mu.RUnlock()
		if err != nil {
			return err
		}
		unlock, err := s.lockSnapshot(ctx)
		if err != nil {
			return fmt.Errorf("memstore: write graph: %w", err)
		}
		defer unlock()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.check(ctx, "write graph"); err != nil {
		return err
	}
	if s.path != "" {
		if err := s.refresh(); err != nil {
			return fmt.Errorf("memstore: write graph: reload %s written by another writer: %w", s.path, err)
		}
	}

	// Stage: the merged state of every node and relationship g touches.
	nodes := make(map[string]graph.Node, len(pg.Nodes))
	for _, n := range pg.Nodes {
		old, ok := s.nodes[n.ID]
		if !ok {
			nodes[n.ID] = n // prep.Graph returned fresh values we own
			continue
		}
		if !old.HasLabel(n.Labels[0]) {
			return fmt.Errorf("memstore: write graph: %w: node %s is stored as %v, not %s", graph.ErrInvalid, n.ID, old.Labels, n.Labels[0])
		}
		m := cloneNode(old)
		m.Labels = prep.SortLabels(graph.UnionStrings(m.Labels, n.Labels))
		m.Props = prep.MergeProps(m.Props, n.Props)
		nodes[n.ID] = m
	}
	rels := make(map[string]graph.Relationship, len(pg.Relationships))
	for _, r := range pg.Relationships {
		k := r.Key()
		old, ok := s.rels[k]
		if !ok {
			rels[k] = r
			continue
		}
		m := cloneRel(old)
		m.Props = prep.MergeProps(m.Props, r.Props)
		rels[k] = m
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("memstore: write graph: %w", err)
	}
	if s.path != "" {
		info, err := writeSnapshot(s.path, s.snapshot(nodes, rels))
		if err != nil {
			return fmt.Errorf("memstore: write graph: save snapshot %s: %w", s.path, err)
		}
		s.seen = info
	}
	// Apply: nothing below can fail.
	for id, n := range nodes {
		s.nodes[id] = n
	}
	for k, r := range rels {
		if _, ok := s.rels[k]; ok {
			s.rels[k] = r
		} else {
			s.addRel(r)
		}
	}
	return nil
}

// snapshot returns the store's content with the staged nodes and
// relationships applied, sorted by id and key. Callers hold a lock.
func (s *Store) snapshot(nodes map[string]graph.Node, rels map[string]graph.Relationship) graph.Graph {
	var g graph.Graph
	g.Nodes = make([]graph.Node, 0, len(s.nodes)+len(nodes))
	for id, n := range s.nodes {
		if _, ok := nodes[id]; !ok {
			g.Nodes = append(g.Nodes, n)
		}
	}
	for _, n := range nodes {
		g.Nodes = append(g.Nodes, n)
	}
	g.Relationships = make([]graph.Relationship, 0, len(s.rels)+len(rels))
	for k, r := range s.rels {
		if _, ok := rels[k]; !ok {
			g.Relationships = append(g.Relationships, r)
		}
	}
	for _, r := range rels {
		g.Relationships = append(g.Relationships, r)
	}
	g.Sort()
	return g
}

// Node returns a copy of the node with id. Errors: graph.ErrNotFound, a
// context error, graph.ErrUnavailable after Close.
func (s *Store) Node(ctx context.Context, id string) (graph.Node, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.check(ctx, "node"); err != nil {
		return graph.Node{}, err
	}
	n, ok := s.nodes[id]
	if !ok {
		return graph.Node{}, fmt.Errorf("memstore: node %q: %w", id, graph.ErrNotFound)
	}
	return cloneNode(n), nil
}

// Nodes returns copies of the nodes selected by q, ordered by id; unknown
// ids are skipped. Errors: graph.ErrInvalid (unknown label, negative
// limit), a context error, graph.ErrUnavailable after Close.
func (s *Store) Nodes(ctx context.Context, q graph.NodeQuery) ([]graph.Node, error) {
	if err := prep.NodeQuery(q); err != nil {
		return nil, fmt.Errorf("memstore: nodes: %w", err)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.check(ctx, "nodes"); err != nil {
		return nil, err
	}
	var ids []string
	if len(q.IDs) > 0 {
		for _, id := range graph.UnionStrings(nil, q.IDs) {
			if _, ok := s.nodes[id]; ok {
				ids = append(ids, id)
			}
		}
	} else {
		ids = make([]string, 0, len(s.nodes))
		for id := range s.nodes {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	out := []graph.Node{}
	for _, id := range ids {
		n := s.nodes[id]
		if len(q.Labels) > 0 && !slices.ContainsFunc(q.Labels, n.HasLabel) {
			continue
		}
		out = append(out, cloneNode(n))
		if q.Limit > 0 && len(out) == q.Limit {
			break
		}
	}
	return out, nil
}

// Relationships returns copies of the relationships selected by q, ordered
// by Relationship.Key. Errors: graph.ErrInvalid (unknown type, negative
// limit), a context error, graph.ErrUnavailable after Close.
func (s *Store) Relationships(ctx context.Context, q graph.RelQuery) ([]graph.Relationship, error) {
	if err := prep.RelQuery(q); err != nil {
		return nil, fmt.Errorf("memstore: relationships: %w", err)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.check(ctx, "relationships"); err != nil {
		return nil, err
	}
	// Candidates: through the adjacency index when ends are constrained.
	var keys []string
	switch {
	case len(q.Starts) > 0:
		keys = s.touching(q.Starts)
	case len(q.Ends) > 0:
		keys = s.touching(q.Ends)
	default:
		keys = make([]string, 0, len(s.rels))
		for k := range s.rels {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	out := []graph.Relationship{}
	for _, k := range keys {
		r := s.rels[k]
		if (len(q.Types) > 0 && !slices.Contains(q.Types, r.Type)) ||
			(len(q.Starts) > 0 && !slices.Contains(q.Starts, r.Start)) ||
			(len(q.Ends) > 0 && !slices.Contains(q.Ends, r.End)) {
			continue
		}
		out = append(out, cloneRel(r))
		if q.Limit > 0 && len(out) == q.Limit {
			break
		}
	}
	return out, nil
}

// touching returns the distinct keys of relationships with an end in ids.
func (s *Store) touching(ids []string) []string {
	seen := map[string]bool{}
	var keys []string
	for _, id := range ids {
		for _, k := range s.adj[id] {
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	return keys
}

// Search returns copies of the nodes one of whose searchKeys contains
// q.Key, exact matches first, then by name, then by id. Errors:
// graph.ErrInvalid (empty key, unknown label, negative limit), a context
// error, graph.ErrUnavailable after Close.
func (s *Store) Search(ctx context.Context, q graph.SearchQuery) ([]graph.Node, error) {
	if err := prep.SearchQuery(q); err != nil {
		return nil, fmt.Errorf("memstore: search: %w", err)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.check(ctx, "search"); err != nil {
		return nil, err
	}
	var hits []prep.SearchHit
	for _, n := range s.nodes {
		if len(q.Labels) > 0 && !slices.ContainsFunc(q.Labels, n.HasLabel) {
			continue
		}
		if match, exact := prep.MatchSearch(n, q.Key); match {
			hits = append(hits, prep.SearchHit{Node: n, Exact: exact})
		}
	}
	prep.SortSearch(hits)
	if q.Limit > 0 && len(hits) > q.Limit {
		hits = hits[:q.Limit]
	}
	out := make([]graph.Node, len(hits))
	for i, h := range hits {
		out[i] = cloneNode(h.Node)
	}
	return out, nil
}

// Neighborhood returns the subgraph around q.ID (see graph.NeighborhoodQuery):
// a breadth-first search along the allowed types in both directions; with a
// limit, the nodes kept are the closest, ties broken by id. Nodes are
// ordered by id, relationships by key. Errors: graph.ErrNotFound (no node
// q.ID), graph.ErrInvalid (depth outside [0, 10], unknown type, negative
// limit), a context error, graph.ErrUnavailable after Close.
func (s *Store) Neighborhood(ctx context.Context, q graph.NeighborhoodQuery) (graph.Graph, error) {
	types, err := prep.NeighborhoodQuery(q)
	if err != nil {
		return graph.Graph{}, fmt.Errorf("memstore: neighborhood: %w", err)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.check(ctx, "neighborhood"); err != nil {
		return graph.Graph{}, err
	}
	if _, ok := s.nodes[q.ID]; !ok {
		return graph.Graph{}, fmt.Errorf("memstore: neighborhood of %q: %w", q.ID, graph.ErrNotFound)
	}
	allowed := func(r graph.Relationship) bool { return slices.Contains(types, r.Type) }
	dist := s.bfs(q.ID, q.Depth, allowed, func(dist map[string]int) bool {
		return q.Limit > 0 && len(dist) >= q.Limit // deeper nodes could never be kept
	})
	keep := prep.CapNeighborhood(dist, q.Limit)
	in := make(map[string]bool, len(keep))
	out := graph.Graph{Nodes: make([]graph.Node, 0, len(keep)), Relationships: []graph.Relationship{}}
	for _, id := range keep {
		in[id] = true
		out.Nodes = append(out.Nodes, cloneNode(s.nodes[id]))
	}
	for _, k := range s.touching(keep) {
		r := s.rels[k]
		if in[r.Start] && in[r.End] && allowed(r) {
			out.Relationships = append(out.Relationships, cloneRel(r))
		}
	}
	out.Sort()
	return out, nil
}

// Stats counts the stored nodes (per label: a node counts once for each
// of its labels) and relationships (per type). Errors: a context error,
// graph.ErrUnavailable after Close.
func (s *Store) Stats(ctx context.Context) (graph.Stats, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.check(ctx, "stats"); err != nil {
		return graph.Stats{}, err
	}
	st := graph.Stats{
		Nodes:         len(s.nodes),
		Relationships: len(s.rels),
		ByLabel:       map[string]int{},
		ByType:        map[string]int{},
	}
	for _, n := range s.nodes {
		for _, l := range n.Labels {
			st.ByLabel[l]++
		}
	}
	for _, r := range s.rels {
		st.ByType[r.Type]++
	}
	return st, nil
}

// Close marks the store closed; later operations fail with
// graph.ErrUnavailable. The snapshot is already up to date (it is saved by
// every write), so Close does no I/O. Closing twice is harmless.
func (s *Store) Close(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	return nil
}

// cloneNode returns a deep copy of n (labels, props and list values).
func cloneNode(n graph.Node) graph.Node {
	return graph.Node{ID: n.ID, Labels: slices.Clone(n.Labels), Props: cloneProps(n.Props)}
}

// cloneRel returns a deep copy of r.
func cloneRel(r graph.Relationship) graph.Relationship {
	return graph.Relationship{Type: r.Type, Start: r.Start, End: r.End, Props: cloneProps(r.Props)}
}

// cloneProps copies p, including []string values; other value types are
// immutable values.
func cloneProps(p graph.Props) graph.Props {
	out := make(graph.Props, len(p))
	for k, v := range p {
		if l, ok := v.([]string); ok {
			v = append([]string{}, l...)
		}
		out[k] = v
	}
	return out
}
