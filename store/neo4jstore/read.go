package neo4jstore

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/store/internal/prep"
)

// read runs fn in one read transaction (a read-access session on the
// configured database, so that routing sends it to any member) and wraps
// its error.
func read[T any](ctx context.Context, s *Store, op string, fn func(tx neo4j.ManagedTransaction) (T, error)) (T, error) {
	var zero T
	done, err := s.begin(ctx, op)
	if err != nil {
		return zero, err
	}
	defer done()
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(context.WithoutCancel(ctx))
	v, err := neo4j.ExecuteRead(ctx, sess, fn)
	if err != nil {
		return zero, s.wrap(ctx, op, err, false)
	}
	return v, nil
}

// collectNodes runs q and converts column "n" of every record.
func collectNodes(ctx context.Context, tx neo4j.ManagedTransaction, q string, params map[string]any) ([]graph.Node, error) {
	res, err := tx.Run(ctx, q, params)
	if err != nil {
		return nil, err
	}
	out := []graph.Node{}
	for res.Next(ctx) {
		v, _ := res.Record().Get("n")
		n, ok := v.(dbtype.Node)
		if !ok {
			return nil, fmt.Errorf("column n is %T, want a node", v)
		}
		out = append(out, nodeFromNeo4j(n))
	}
	return out, res.Err()
}

// collectRels runs q and converts the columns type, start, end and props of
// every record.
func collectRels(ctx context.Context, tx neo4j.ManagedTransaction, q string, params map[string]any) ([]graph.Relationship, error) {
	res, err := tx.Run(ctx, q, params)
	if err != nil {
		return nil, err
	}
	out := []graph.Relationship{}
	for res.Next(ctx) {
		rec := res.Record()
		typ, _ := rec.Get("type")
		start, _ := rec.Get("start")
		end, _ := rec.Get("end")
		props, _ := rec.Get("props")
		r := graph.Relationship{Props: graph.Props{}}
		r.Type, _ = typ.(string)
		r.Start, _ = start.(string)
		r.End, _ = end.(string)
		if m, ok := props.(map[string]any); ok {
			r.Props = propsFromNeo4j(m)
		}
		out = append(out, r)
	}
	return out, res.Err()
}

// limitParams adds $limit to params when limit > 0.
func limitParams(params map[string]any, limit int) map[string]any {
	if limit > 0 {
		params["limit"] = int64(limit)
	}
	return params
}

// orAll returns labels, or every model label when it is empty.
func orAll(labels []string) []string {
	if len(labels) == 0 {
		return graph.Labels
	}
	return graph.UnionStrings(nil, labels)
}

// Node returns the node with id (looked up through the id constraint of
// each label). Errors: graph.ErrNotFound, graph.ErrUnavailable, a context
// error, or a wrapped database error.
func (s *Store) Node(ctx context.Context, id string) (graph.Node, error) {
	q, err := query(qNodes, nodesData{Labels: graph.Labels, ByIDs: true, Limit: true})
	if err != nil {
		return graph.Node{}, err
	}
	ns, err := read(ctx, s, "node", func(tx neo4j.ManagedTransaction) ([]graph.Node, error) {
		return collectNodes(ctx, tx, q, map[string]any{"ids": []string{id}, "limit": int64(1)})
	})
	if err != nil {
		return graph.Node{}, err
	}
	if len(ns) == 0 {
		return graph.Node{}, fmt.Errorf("neo4jstore: node %q: %w", id, graph.ErrNotFound)
	}
	return ns[0], nil
}

// Nodes returns the nodes selected by q, ordered by id; only nodes with a
// model label are considered. Errors: graph.ErrInvalid (unknown label,
// negative limit), graph.ErrUnavailable, a context error, or a wrapped
// database error.
func (s *Store) Nodes(ctx context.Context, q graph.NodeQuery) ([]graph.Node, error) {
	if err := prep.NodeQuery(q); err != nil {
		return nil, fmt.Errorf("neo4jstore: nodes: %w", err)
	}
	text, err := query(qNodes, nodesData{Labels: orAll(q.Labels), ByIDs: len(q.IDs) > 0, Limit: q.Limit > 0})
	if err != nil {
		return nil, err
	}
	params := limitParams(map[string]any{"ids": q.IDs}, q.Limit)
	return read(ctx, s, "nodes", func(tx neo4j.ManagedTransaction) ([]graph.Node, error) {
		return collectNodes(ctx, tx, text, params)
	})
}

// Relationships returns the relationships selected by q (of model types
// only), ordered by Relationship.Key. With Starts (or else Ends) the query
// starts from those nodes through the id constraints. Errors:
// graph.ErrInvalid (unknown type, negative limit), graph.ErrUnavailable, a
// context error, or a wrapped database error.
func (s *Store) Relationships(ctx context.Context, q graph.RelQuery) ([]graph.Relationship, error) {
	if err := prep.RelQuery(q); err != nil {
		return nil, fmt.Errorf("neo4jstore: relationships: %w", err)
	}
	d := relsData{Types: graph.RelationshipTypes, Limit: q.Limit > 0, Labels: graph.Labels}
	if len(q.Types) > 0 {
		d.Types = graph.UnionStrings(nil, q.Types)
	}
	params := map[string]any{"starts": nil, "ends": nil}
	if len(q.Starts) > 0 {
		params["starts"] = q.Starts
		d.Anchor = "start"
	}
	if len(q.Ends) > 0 {
		params["ends"] = q.Ends
		if d.Anchor == "" {
			d.Anchor = "end"
		}
	}
	text, err := query(qRelationships, d)
	if err != nil {
		return nil, err
	}
	params = limitParams(params, q.Limit)
	return read(ctx, s, "relationships", func(tx neo4j.ManagedTransaction) ([]graph.Relationship, error) {
		return collectRels(ctx, tx, text, params)
	})
}

// Search returns the nodes one of whose searchKeys contains q.Key: exact
// matches first, then by name, then by id. Candidates come from the
// full-text index over searchKeys (one keyword term per key, queried with
// the wildcard *key*, every Lucene special character of the key escaped);
// each is checked again with CONTAINS, so the result is exactly the
// contract's substring match. Errors: graph.ErrInvalid (empty key, unknown
// label, negative limit), graph.ErrUnavailable, a context error, or a
// wrapped database error.
func (s *Store) Search(ctx context.Context, q graph.SearchQuery) ([]graph.Node, error) {
	if err := prep.SearchQuery(q); err != nil {
		return nil, fmt.Errorf("neo4jstore: search: %w", err)
	}
	text, err := query(qSearch, searchData{Prop: searchKeysProp, Limit: q.Limit > 0})
	if err != nil {
		return nil, err
	}
	params := limitParams(map[string]any{
		"index":  fulltextIndex,
		"lucene": "*" + LuceneEscape(q.Key) + "*",
		"key":    q.Key,
		"labels": orAll(q.Labels),
	}, q.Limit)
	return read(ctx, s, "search", func(tx neo4j.ManagedTransaction) ([]graph.Node, error) {
		return collectNodes(ctx, tx, text, params)
	})
}

// LuceneEscape returns s with a backslash before every character that the
// Lucene query syntax treats specially (+ - & | ! ( ) { } [ ] ^ " ~ * ? :
// \ / and white space), so that s is one literal term of a full-text
// query however it was typed.
func LuceneEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`+-&|!(){}[]^"~*?:\/`, r) || unicode.IsSpace(r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// ShortestPaths returns the shortest paths between q.From and q.To (see
// graph.Store) with Cypher's allShortestPaths over the allowed types,
// undirected, bounded by q.MaxLength (validated, then inlined: Cypher
// cannot take the bound as a parameter). At most graph.MaxPaths paths are
// read; they are ordered by graph.ComparePaths and cut to the limit here.
// Errors: graph.ErrNotFound, graph.ErrInvalid, graph.ErrUnavailable, a
// context error, or a wrapped database error.
func (s *Store) ShortestPaths(ctx context.Context, q graph.PathQuery) ([]graph.Path, error) {
	const op = "shortest paths"
	types, limit, err := prep.PathQuery(q)
	if err != nil {
		return nil, fmt.Errorf("neo4jstore: %s: %w", op, err)
	}
	centre, err := query(qNeighborhoodCentre, nodesData{Labels: graph.Labels})
	if err != nil {
		return nil, err
	}
	byEID, err := query(qNeighborhoodNodes, nil)
	if err != nil {
		return nil, err
	}
	var paths string
	if q.MaxLength > 0 {
		if paths, err = query(qShortestPaths, pathsData{Types: types, MaxLength: q.MaxLength}); err != nil {
			return nil, err
		}
	}
	out, err := read(ctx, s, op, func(tx neo4j.ManagedTransaction) ([]graph.Path, error) {
		var ends [2]string
		for i, id := range []string{q.From, q.To} {
			res, err := tx.Run(ctx, centre, map[string]any{"ids": []string{id}})
			if err != nil {
				return nil, err
			}
			recs, err := res.Collect(ctx)
			if err != nil {
				return nil, err
			}
			if len(recs) == 0 {
				return nil, fmt.Errorf("node %q: %w", id, graph.ErrNotFound)
			}
			v, _ := recs[0].Get("eid")
			ends[i], _ = v.(string)
		}
		if q.From == q.To {
			ns, err := collectNodes(ctx, tx, byEID, map[string]any{"eids": []string{ends[0]}})
			if err != nil {
				return nil, err
			}
			if len(ns) == 0 {
				return nil, fmt.Errorf("node %q: %w", q.From, graph.ErrNotFound)
			}
			return []graph.Path{{Nodes: ns[:1], Relationships: []graph.Relationship{}}}, nil
		}
		if paths == "" {
			return []graph.Path{}, nil
		}
		res, err := tx.Run(ctx, paths, map[string]any{"from": ends[0], "to": ends[1], "cap": int64(graph.MaxPaths)})
		if err != nil {
			return nil, err
		}
		out := []graph.Path{}
		for res.Next(ctx) {
			p, err := pathFromRecord(res.Record())
			if err != nil {
				return nil, err
			}
			out = append(out, p)
		}
		return out, res.Err()
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(out, graph.ComparePaths)
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// pathFromRecord converts the columns nodes and rels of a shortest_paths
// record.
func pathFromRecord(rec *neo4j.Record) (graph.Path, error) {
	nv, _ := rec.Get("nodes")
	rv, _ := rec.Get("rels")
	nodes, ok1 := nv.([]any)
	rels, ok2 := rv.([]any)
	if !ok1 || !ok2 {
		return graph.Path{}, fmt.Errorf("path columns are %T and %T, want lists", nv, rv)
	}
	p := graph.Path{Nodes: make([]graph.Node, 0, len(nodes)), Relationships: make([]graph.Relationship, 0, len(rels))}
	for _, v := range nodes {
		n, ok := v.(dbtype.Node)
		if !ok {
			return graph.Path{}, fmt.Errorf("path node is %T", v)
		}
		p.Nodes = append(p.Nodes, nodeFromNeo4j(n))
	}
	for _, v := range rels {
		m, ok := v.(map[string]any)
		if !ok {
			return graph.Path{}, fmt.Errorf("path relationship is %T", v)
		}
		typ, _ := m["type"].(string)
		start, _ := m["start"].(string)
		end, _ := m["end"].(string)
		props, _ := m["props"].(map[string]any)
		p.Relationships = append(p.Relationships, graph.Relationship{Type: typ, Start: start, End: end, Props: propsFromNeo4j(props)})
	}
	return p, nil
}

// Neighborhood returns the subgraph around q.ID (see
// graph.NeighborhoodQuery). It runs a breadth-first search in Cypher, one
// parameterised query per hop, inside one read transaction, which keeps
// the hop count of every node (for the limit: the nearest nodes are kept,
// ties broken by id) and never enumerates paths, as a variable-length
// pattern would. Element ids identify nodes only inside that transaction.
// Nodes are ordered by id, relationships by key. Errors:
// graph.ErrNotFound, graph.ErrInvalid (depth outside [0, 10], unknown
// type, negative limit), graph.ErrUnavailable, a context error, or a
// wrapped database error.
func (s *Store) Neighborhood(ctx context.Context, q graph.NeighborhoodQuery) (graph.Graph, error) {
	const op = "neighborhood"
	types, err := prep.NeighborhoodQuery(q)
	if err != nil {
		return graph.Graph{}, fmt.Errorf("neo4jstore: %s: %w", op, err)
	}
	var texts [4]string
	for i, qd := range []struct {
		name string
		data any
	}{
		{qNeighborhoodCentre, nodesData{Labels: graph.Labels}},
		{qNeighborhoodExpand, relsData{Types: types}},
		{qNeighborhoodNodes, nil},
		{qNeighborhoodRelationships, relsData{Types: types}},
	} {
		if texts[i], err = query(qd.name, qd.data); err != nil {
			return graph.Graph{}, err
		}
	}
	g, err := read(ctx, s, op, func(tx neo4j.ManagedTransaction) (graph.Graph, error) {
		res, err := tx.Run(ctx, texts[0], map[string]any{"ids": []string{q.ID}})
		if err != nil {
			return graph.Graph{}, err
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return graph.Graph{}, err
		}
		if len(recs) == 0 {
			return graph.Graph{}, fmt.Errorf("node %q: %w", q.ID, graph.ErrNotFound)
		}
		centre, _ := recs[0].Get("eid")
		type reached struct {
			eid, id string
			dist    int
		}
		found := []reached{{eid: centre.(string), id: q.ID}}
		seen := map[string]bool{found[0].eid: true}
		frontier := []string{found[0].eid}
		for d := 1; d <= q.Depth && len(frontier) > 0; d++ {
			if q.Limit > 0 && len(found) >= q.Limit {
				break // deeper nodes could never be kept
			}
			res, err := tx.Run(ctx, texts[1], map[string]any{"frontier": frontier})
			if err != nil {
				return graph.Graph{}, err
			}
			var next []string
			for res.Next(ctx) {
				ev, _ := res.Record().Get("eid")
				iv, _ := res.Record().Get("id")
				eid, _ := ev.(string)
				if seen[eid] {
					continue
				}
				seen[eid] = true
				id, _ := iv.(string)
				found = append(found, reached{eid: eid, id: id, dist: d})
				next = append(next, eid)
			}
			if err := res.Err(); err != nil {
				return graph.Graph{}, err
			}
			frontier = next
		}
		sort.Slice(found, func(i, j int) bool {
			if found[i].dist != found[j].dist {
				return found[i].dist < found[j].dist
			}
			return found[i].id < found[j].id
		})
		if q.Limit > 0 && len(found) > q.Limit {
			found = found[:q.Limit]
		}
		eids := make([]string, len(found))
		for i, f := range found {
			eids[i] = f.eid
		}
		var out graph.Graph
		if out.Nodes, err = collectNodes(ctx, tx, texts[2], map[string]any{"eids": eids}); err != nil {
			return graph.Graph{}, err
		}
		if out.Relationships, err = collectRels(ctx, tx, texts[3], map[string]any{"eids": eids}); err != nil {
			return graph.Graph{}, err
		}
		return out, nil
	})
	if err != nil {
		return graph.Graph{}, err
	}
	g.Sort()
	return g, nil
}

// Stats counts the database's nodes and relationships (all of them) and,
// per model label and type, those with that label or type; labels and
// types without any are left out. Counts come from Neo4j's count store.
// Errors: graph.ErrUnavailable, a context error, or a wrapped database
// error.
func (s *Store) Stats(ctx context.Context) (graph.Stats, error) {
	var texts [4]string
	for i, qd := range []struct {
		name string
		data any
	}{
		{qCountNodes, nil},
		{qCountRelationships, nil},
		{qCountByLabel, nodesData{Labels: graph.Labels}},
		{qCountByType, relsData{Types: graph.RelationshipTypes}},
	} {
		var err error
		if texts[i], err = query(qd.name, qd.data); err != nil {
			return graph.Stats{}, err
		}
	}
	return read(ctx, s, "stats", func(tx neo4j.ManagedTransaction) (graph.Stats, error) {
		st := graph.Stats{ByLabel: map[string]int{}, ByType: map[string]int{}}
		n, err := single[int64](ctx, tx, texts[0], nil, "n")
		if err != nil {
			return st, err
		}
		st.Nodes = int(n)
		if n, err = single[int64](ctx, tx, texts[1], nil, "n"); err != nil {
			return st, err
		}
		st.Relationships = int(n)
		for i, m := range []map[string]int{st.ByLabel, st.ByType} {
			res, err := tx.Run(ctx, texts[2+i], nil)
			if err != nil {
				return st, err
			}
			for res.Next(ctx) {
				k, _ := res.Record().Get("key")
				c, _ := res.Record().Get("n")
				if c, _ := c.(int64); c > 0 {
					m[k.(string)] = int(c)
				}
			}
			if err := res.Err(); err != nil {
				return st, err
			}
		}
		return st, nil
	})
}
