package memstore

import (
	"context"
	"fmt"
	"iter"
	"slices"
	"sort"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/store/internal/prep"
)

// ShortestPaths returns the shortest paths between q.From and q.To (see
// graph.Store): two breadth-first searches (from each end) mark the nodes
// that lie on a shortest path, then a depth-first walk over them in id
// order enumerates the paths already in graph.ComparePaths order, so it
// stops after the limit. Errors: graph.ErrNotFound, graph.ErrInvalid, a
// context error, graph.ErrUnavailable after Close.
func (s *Store) ShortestPaths(ctx context.Context, q graph.PathQuery) ([]graph.Path, error) {
	types, limit, err := prep.PathQuery(q)
	if err != nil {
		return nil, fmt.Errorf("memstore: shortest paths: %w", err)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.check(ctx, "shortest paths"); err != nil {
		return nil, err
	}
	for _, id := range []string{q.From, q.To} {
		if _, ok := s.nodes[id]; !ok {
			return nil, fmt.Errorf("memstore: shortest paths: node %q: %w", id, graph.ErrNotFound)
		}
	}
	if q.From == q.To {
		return []graph.Path{{Nodes: []graph.Node{cloneNode(s.nodes[q.From])}, Relationships: []graph.Relationship{}}}, nil
	}
	allowed := func(r graph.Relationship) bool { return slices.Contains(types, r.Type) }
	// From != To here, so each search expands at least one layer.
	reached := func(id string) func(map[string]int) bool {
		return func(dist map[string]int) bool { _, ok := dist[id]; return ok }
	}
	fromDist := s.bfs(q.From, q.MaxLength, allowed, reached(q.To))
	length, ok := fromDist[q.To]
	if !ok {
		return []graph.Path{}, nil
	}
	toDist := s.bfs(q.To, length, allowed, reached(q.From))
	onPath := func(id string, d int) bool {
		fd, ok1 := fromDist[id]
		td, ok2 := toDist[id]
		return ok1 && ok2 && fd == d && fd+td == length
	}
	out := []graph.Path{}
	ids := []string{q.From}
	var walk func(at string)
	walk = func(at string) {
		if len(out) >= limit {
			return
		}
		if at == q.To {
			out = s.expandPath(out, ids, allowed, limit)
			return
		}
		d := len(ids)
		var next []string
		for other := range s.neighbours(at, allowed) {
			if onPath(other, d) && !slices.Contains(next, other) {
				next = append(next, other)
			}
		}
		sort.Strings(next)
		for _, n := range next {
			ids = append(ids, n)
			walk(n)
			ids = ids[:len(ids)-1]
		}
	}
	walk(q.From)
	return out, nil
}

// bfs returns the hop count from start of every node within max hops along
// allowed relationships (either direction). Before each layer it asks
// enough whether the nodes reached so far suffice, and stops if so.
func (s *Store) bfs(start string, max int, allowed func(graph.Relationship) bool, enough func(dist map[string]int) bool) map[string]int {
	dist := map[string]int{start: 0}
	frontier := []string{start}
	for d := 1; d <= max && len(frontier) > 0 && !enough(dist); d++ {
		var next []string
		for _, id := range frontier {
			for other := range s.neighbours(id, allowed) {
				if _, seen := dist[other]; !seen {
					dist[other] = d
					next = append(next, other)
				}
			}
		}
		frontier = next
	}
	return dist
}

// neighbours yields, for each relationship at id that allowed accepts (in
// adjacency order), the node at its other end (id itself for a loop).
func (s *Store) neighbours(id string, allowed func(graph.Relationship) bool) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, k := range s.adj[id] {
			r := s.rels[k]
			if !allowed(r) {
				continue
			}
			other := r.End
			if other == id {
				other = r.Start
			}
			if !yield(other) {
				return
			}
		}
	}
}

// expandPath appends to out the paths through the node sequence ids: one
// per choice of relationship between each consecutive pair, in key order,
// until out holds limit paths.
func (s *Store) expandPath(out []graph.Path, ids []string, allowed func(graph.Relationship) bool, limit int) []graph.Path {
	hops := make([][]graph.Relationship, len(ids)-1)
	for i := range hops {
		a, b := ids[i], ids[i+1]
		for _, k := range s.adj[a] {
			r := s.rels[k]
			if allowed(r) && ((r.Start == a && r.End == b) || (r.Start == b && r.End == a)) {
				hops[i] = append(hops[i], r)
			}
		}
		sort.Slice(hops[i], func(x, y int) bool { return hops[i][x].Key() < hops[i][y].Key() })
	}
	nodes := make([]graph.Node, len(ids))
	for i, id := range ids {
		nodes[i] = s.nodes[id]
	}
	choice := make([]int, len(hops))
	for len(out) < limit {
		p := graph.Path{Nodes: make([]graph.Node, len(nodes)), Relationships: make([]graph.Relationship, len(hops))}
		for i, n := range nodes {
			p.Nodes[i] = cloneNode(n)
		}
		for i, c := range choice {
			p.Relationships[i] = cloneRel(hops[i][c])
		}
		out = append(out, p)
		// Odometer: the last hop varies fastest.
		i := len(choice) - 1
		for ; i >= 0; i-- {
			choice[i]++
			if choice[i] < len(hops[i]) {
				break
			}
			choice[i] = 0
		}
		if i < 0 {
			break
		}
	}
	return out
}
