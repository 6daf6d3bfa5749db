// Package prep holds what every diplograph store does the same way before it
// touches its backend: checking and normalising an input graph, checking
// query arguments, and the orderings of the graph.Store contract. Keeping it
// in one place is what lets store/storetest hold every backend to identical
// semantics.
package prep

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// MaxDepth is the largest NeighborhoodQuery.Depth a store accepts; deeper
// queries fail with graph.ErrInvalid. Ten hops already cover the whole of
// any realistic diplomatic graph; the cap bounds the work of one request.
const MaxDepth = 10

// SearchKeysProp is the node property holding the folded search keys
// ([]string) that graph.SearchQuery matches against.
const SearchKeysProp = "searchKeys"

// ListProps are the list properties the stores accumulate across writes:
// graph.ListProps and SearchKeysProp. docs/MODEL-EXTENSIONS.md promises
// that searchKeys are "unioned across loads like aliases", so a key a
// node was found by stays searchable whatever is loaded after it; the
// graph package does not list the store-level searchKeys, so both stores
// take the list from here (memstore through MergeProps, neo4jstore in its
// merge Cypher).
var ListProps = append(slices.Clone(graph.ListProps), SearchKeysProp)

// IsListProp reports whether key is one of ListProps.
func IsListProp(key string) bool { return slices.Contains(ListProps, key) }

// MergeProps is graph.MergeProps with SearchKeysProp unioned as well (in
// order of first appearance, without duplicates) instead of overwritten.
// It returns dst, allocated when nil.
func MergeProps(dst, src graph.Props) graph.Props {
	old, had := dst[SearchKeysProp]
	dst = graph.MergeProps(dst, src)
	if v, ok := src[SearchKeysProp]; ok {
		var prev []string
		if had {
			prev = graph.AsStrings(old)
		}
		dst[SearchKeysProp] = graph.UnionStrings(prev, graph.AsStrings(v))
	}
	return dst
}

// DefaultExcluded are the relationship types a NeighborhoodQuery without
// Types does not follow: the provenance edges, which would otherwise flood
// any neighbourhood with sentences.
var DefaultExcluded = []string{graph.RelHasSentence, graph.RelMentions}

// Graph checks g and returns the normalised graph a store applies:
//   - g.Validate passes, every label of every node is a model label, and
//     Props["id"], when present, equals the node's ID;
//   - every property value is one of the model's types (int, int32, … are
//     widened to int64, float32 to float64, a nil []string becomes empty);
//     nil, NaN, ±Inf, maps, structs and other slices are refused;
//   - list properties (graph.ListProps) are string or []string, and
//     "searchKeys" is []string;
//   - nodes with the same id and relationships with the same key are
//     collapsed as graph.Graph.Merge does, with searchKeys unioned (so
//     applying the result node by node equals applying g element by
//     element with MergeProps), and every searchKeys list is free of
//     duplicates;
//   - every node carries Props["id"] = ID and its labels in canonical order
//     (SortLabels).
//
// Every error wraps graph.ErrInvalid. The input is not modified.
func Graph(g graph.Graph) (graph.Graph, error) {
	if err := g.Validate(); err != nil {
		return graph.Graph{}, fmt.Errorf("%w: %w", graph.ErrInvalid, err)
	}
	in := graph.Graph{
		Nodes:         make([]graph.Node, 0, len(g.Nodes)),
		Relationships: make([]graph.Relationship, 0, len(g.Relationships)),
	}
	for _, n := range g.Nodes {
		for _, l := range n.Labels {
			if !graph.IsLabel(l) {
				return graph.Graph{}, fmt.Errorf("%w: node %s: unknown label %q", graph.ErrInvalid, n.ID, l)
			}
		}
		if v, ok := n.Props["id"]; ok && v != n.ID {
			return graph.Graph{}, fmt.Errorf("%w: node %s: property id is %v", graph.ErrInvalid, n.ID, v)
		}
		p, err := Props(n.Props)
		if err != nil {
			return graph.Graph{}, fmt.Errorf("%w: node %s: %w", graph.ErrInvalid, n.ID, err)
		}
		if _, ok := p[SearchKeysProp]; ok {
			if _, ok := p[SearchKeysProp].([]string); !ok {
				return graph.Graph{}, fmt.Errorf("%w: node %s: %s is %T, want []string", graph.ErrInvalid, n.ID, SearchKeysProp, p[SearchKeysProp])
			}
		}
		p["id"] = n.ID
		in.Nodes = append(in.Nodes, graph.Node{ID: n.ID, Labels: n.Labels, Props: p})
	}
	for _, r := range g.Relationships {
		p, err := Props(r.Props)
		if err != nil {
			return graph.Graph{}, fmt.Errorf("%w: relationship %s: %w", graph.ErrInvalid, r.Key(), err)
		}
		in.Relationships = append(in.Relationships, graph.Relationship{Type: r.Type, Start: r.Start, End: r.End, Props: p})
	}
	var out graph.Graph
	out.Merge(in)
	unionSearchKeys(in, out)
	for i := range out.Nodes {
		out.Nodes[i].Labels = SortLabels(out.Nodes[i].Labels)
	}
	return out, nil
}

// unionSearchKeys sets the SearchKeysProp of every element of out, the
// collapse of in by graph.Graph.Merge (which overwrites it), to the union
// of the lists of in's elements with the same id or key.
func unionSearchKeys(in, out graph.Graph) {
	nodeKeys := map[string][]string{}
	for _, n := range in.Nodes {
		if v, ok := n.Props[SearchKeysProp]; ok {
			nodeKeys[n.ID] = graph.UnionStrings(nodeKeys[n.ID], graph.AsStrings(v))
		}
	}
	for i, n := range out.Nodes {
		if keys, ok := nodeKeys[n.ID]; ok {
			out.Nodes[i].Props[SearchKeysProp] = keys
		}
	}
	relKeys := map[string][]string{}
	for _, r := range in.Relationships {
		if v, ok := r.Props[SearchKeysProp]; ok {
			relKeys[r.Key()] = graph.UnionStrings(relKeys[r.Key()], graph.AsStrings(v))
		}
	}
	for i, r := range out.Relationships {
		if keys, ok := relKeys[r.Key()]; ok {
			out.Relationships[i].Props[SearchKeysProp] = keys
		}
	}
}

// Props returns a normalised copy of p (see Graph and
// graph.NormalizeProps) or an error naming a bad property. A nil p gives
// an empty, non-nil map.
func Props(p graph.Props) (graph.Props, error) {
	out, err := graph.NormalizeProps(p)
	if err != nil {
		return nil, err
	}
	for k, v := range out {
		if k == SearchKeysProp {
			if _, ok := v.([]string); !ok {
				return nil, fmt.Errorf("property %s is %T, want []string", k, p[k])
			}
		}
		if graph.IsListProp(k) {
			switch v.(type) {
			case string, []string:
			default:
				return nil, fmt.Errorf("property %s: list property is %T, want []string", k, p[k])
			}
		}
	}
	return out, nil
}

// SortLabels returns labels without duplicates, model labels first in the
// order of graph.Labels, then any others in byte order. Both stores return
// node labels in this order, since Neo4j keeps no label order.
func SortLabels(labels []string) []string {
	out := graph.UnionStrings(nil, labels)
	rank := func(l string) int {
		if i := slices.Index(graph.Labels, l); i >= 0 {
			return i
		}
		return len(graph.Labels)
	}
	sort.SliceStable(out, func(i, j int) bool {
		ri, rj := rank(out[i]), rank(out[j])
		if ri != rj {
			return ri < rj
		}
		return out[i] < out[j]
	})
	return out
}

// Labels checks that every element of ls is a model label.
func Labels(ls []string) error {
	for _, l := range ls {
		if !graph.IsLabel(l) {
			return fmt.Errorf("%w: unknown label %q", graph.ErrInvalid, l)
		}
	}
	return nil
}

// Types checks that every element of ts is a model relationship type.
func Types(ts []string) error {
	for _, t := range ts {
		if !graph.IsRelationshipType(t) {
			return fmt.Errorf("%w: unknown relationship type %q", graph.ErrInvalid, t)
		}
	}
	return nil
}

// Limit checks that limit is not negative.
func Limit(limit int) error {
	if limit < 0 {
		return fmt.Errorf("%w: negative limit %d", graph.ErrInvalid, limit)
	}
	return nil
}

// NodeQuery checks q's labels and limit.
func NodeQuery(q graph.NodeQuery) error {
	if err := Labels(q.Labels); err != nil {
		return err
	}
	return Limit(q.Limit)
}

// RelQuery checks q's types and limit.
func RelQuery(q graph.RelQuery) error {
	if err := Types(q.Types); err != nil {
		return err
	}
	return Limit(q.Limit)
}

// SearchQuery checks q: a non-empty key, model labels, a limit >= 0.
func SearchQuery(q graph.SearchQuery) error {
	if q.Key == "" {
		return fmt.Errorf("%w: empty search key", graph.ErrInvalid)
	}
	if err := Labels(q.Labels); err != nil {
		return err
	}
	return Limit(q.Limit)
}

// NeighborhoodQuery checks q (an id, 0 <= Depth <= MaxDepth, model types,
// a limit >= 0) and returns the relationship types to follow: q.Types
// without duplicates, or every model type but DefaultExcluded.
func NeighborhoodQuery(q graph.NeighborhoodQuery) ([]string, error) {
	if q.ID == "" {
		return nil, fmt.Errorf("%w: empty id", graph.ErrInvalid)
	}
	if q.Depth < 0 || q.Depth > MaxDepth {
		return nil, fmt.Errorf("%w: depth %d outside [0, %d]", graph.ErrInvalid, q.Depth, MaxDepth)
	}
	if err := Types(q.Types); err != nil {
		return nil, err
	}
	if err := Limit(q.Limit); err != nil {
		return nil, err
	}
	if len(q.Types) > 0 {
		return graph.UnionStrings(nil, q.Types), nil
	}
	var out []string
	for _, t := range graph.RelationshipTypes {
		if !slices.Contains(DefaultExcluded, t) {
			out = append(out, t)
		}
	}
	return out, nil
}

// SearchHit is a search match with what the contract orders it by.
type SearchHit struct {
	Node  graph.Node
	Exact bool // one of the node's search keys equals the query key
}

// MatchSearch reports whether n matches key (one of its searchKeys contains
// key) and whether the match is exact (one equals key).
func MatchSearch(n graph.Node, key string) (match, exact bool) {
	for _, k := range n.Props.Strings(SearchKeysProp) {
		if k == key {
			return true, true
		}
		if strings.Contains(k, key) {
			match = true
		}
	}
	return match, false
}

// SortSearch orders hits as graph.SearchQuery documents: exact matches
// first, then by name (nodes without a string name last, as Neo4j orders
// nulls), then by id.
func SortSearch(hits []SearchHit) {
	sort.Slice(hits, func(i, j int) bool {
		a, b := hits[i], hits[j]
		if a.Exact != b.Exact {
			return a.Exact
		}
		an, aok := a.Node.Props["name"].(string)
		bn, bok := b.Node.Props["name"].(string)
		if aok != bok {
			return aok
		}
		if an != bn {
			return an < bn
		}
		return a.Node.ID < b.Node.ID
	})
}

// CapNeighborhood returns the ids kept by a NeighborhoodQuery limit: dist
// maps every reached id to its hop count; the result is ordered by
// (distance, id) and cut to limit (0 = no limit). The centre, at distance 0,
// always comes first.
func CapNeighborhood(dist map[string]int, limit int) []string {
	ids := make([]string, 0, len(dist))
	for id := range dist {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if dist[ids[i]] != dist[ids[j]] {
			return dist[ids[i]] < dist[ids[j]]
		}
		return ids[i] < ids[j]
	})
	if limit > 0 && len(ids) > limit {
		ids = ids[:limit]
	}
	return ids
}

// PathQuery checks q (both ids, 0 <= MaxLength <= graph.MaxPathLength,
// model types, a limit >= 0) and returns the relationship types to follow
// (as NeighborhoodQuery does) and the effective limit (graph.MaxPaths when
// q.Limit is 0 or larger).
func PathQuery(q graph.PathQuery) (types []string, limit int, err error) {
	if q.From == "" || q.To == "" {
		return nil, 0, fmt.Errorf("%w: empty path end", graph.ErrInvalid)
	}
	if q.MaxLength < 0 || q.MaxLength > graph.MaxPathLength {
		return nil, 0, fmt.Errorf("%w: path length %d outside [0, %d]", graph.ErrInvalid, q.MaxLength, graph.MaxPathLength)
	}
	if err := Limit(q.Limit); err != nil {
		return nil, 0, err
	}
	types, err = NeighborhoodQuery(graph.NeighborhoodQuery{ID: q.From, Types: q.Types})
	if err != nil {
		return nil, 0, err
	}
	limit = q.Limit
	if limit == 0 || limit > graph.MaxPaths {
		limit = graph.MaxPaths
	}
	return types, limit, nil
}
