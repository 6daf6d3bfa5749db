// Package export writes a graph.Graph in the formats analysts open in other
// tools: Cytoscape.js elements JSON (Cytoscape), GraphML 1.0 for Gephi and
// yEd (GraphML), and a Cypher script that recreates the graph in any Neo4j
// 5 (Cypher).
//
// Every exporter is a pure function of its graph: it does not modify g,
// sorts nodes by id and relationships by key (type|start|end) so that the
// same graph always gives the same bytes, streams to the io.Writer through
// a buffer, and returns wrapped errors. A graph that cannot be exported
// faithfully is refused before anything is written; those errors wrap
// graph.ErrInvalid:
//   - a node without an id, without a label, or whose "id" property differs
//     from its id; two nodes with the same id;
//   - a relationship without a type, whose start or end is not a node of the
//     graph, or two relationships with the same key;
//   - a property value that is not one of the model's types (string,
//     []string, int64 or a narrower integer, float64 or float32, bool,
//     graph.Date, time.Time), or a NaN or infinite float.
//
// Each format adds its own checks (reserved field names, XML names, the
// model's label and type whitelist for Cypher); see the functions.
package export

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/diplograph/diplograph/graph"
)

// sorted is a checked copy of a graph in output order.
type sorted struct {
	nodes []graph.Node
	rels  []graph.Relationship
	byID  map[string]graph.Node
}

// prepare checks g (see the package documentation) and returns its nodes
// sorted by id and its relationships sorted by key, with every property
// value normalised to one of the model's types. g is not modified.
func prepare(g graph.Graph) (sorted, error) {
	s := sorted{
		nodes: make([]graph.Node, 0, len(g.Nodes)),
		rels:  make([]graph.Relationship, 0, len(g.Relationships)),
		byID:  make(map[string]graph.Node, len(g.Nodes)),
	}
	for _, n := range g.Nodes {
		if n.ID == "" {
			return sorted{}, fmt.Errorf("%w: node with labels %v has no id", graph.ErrInvalid, n.Labels)
		}
		if _, dup := s.byID[n.ID]; dup {
			return sorted{}, fmt.Errorf("%w: two nodes with id %q", graph.ErrInvalid, n.ID)
		}
		if len(n.Labels) == 0 || slices.Contains(n.Labels, "") {
			return sorted{}, fmt.Errorf("%w: node %q: missing or empty label", graph.ErrInvalid, n.ID)
		}
		p, err := graph.NormalizeProps(n.Props)
		if err != nil {
			return sorted{}, fmt.Errorf("%w: node %q: %w", graph.ErrInvalid, n.ID, err)
		}
		if v, ok := p["id"]; ok && v != n.ID {
			return sorted{}, fmt.Errorf("%w: node %q: property id is %v", graph.ErrInvalid, n.ID, v)
		}
		delete(p, "id") // the id is written from n.ID by every format
		n = graph.Node{ID: n.ID, Labels: slices.Clone(n.Labels), Props: p}
		s.byID[n.ID] = n
		s.nodes = append(s.nodes, n)
	}
	keys := make(map[string]bool, len(g.Relationships))
	for _, r := range g.Relationships {
		if r.Type == "" {
			return sorted{}, fmt.Errorf("%w: relationship %s has no type", graph.ErrInvalid, r.Key())
		}
		if keys[r.Key()] {
			return sorted{}, fmt.Errorf("%w: two relationships %s", graph.ErrInvalid, r.Key())
		}
		keys[r.Key()] = true
		if _, ok := s.byID[r.Start]; !ok {
			return sorted{}, fmt.Errorf("%w: relationship %s: start %q is not a node of the graph", graph.ErrInvalid, r.Key(), r.Start)
		}
		if _, ok := s.byID[r.End]; !ok {
			return sorted{}, fmt.Errorf("%w: relationship %s: end %q is not a node of the graph", graph.ErrInvalid, r.Key(), r.End)
		}
		p, err := graph.NormalizeProps(r.Props)
		if err != nil {
			return sorted{}, fmt.Errorf("%w: relationship %s: %w", graph.ErrInvalid, r.Key(), err)
		}
		s.rels = append(s.rels, graph.Relationship{Type: r.Type, Start: r.Start, End: r.End, Props: p})
	}
	sort.Slice(s.nodes, func(i, j int) bool { return s.nodes[i].ID < s.nodes[j].ID })
	sort.Slice(s.rels, func(i, j int) bool { return s.rels[i].Key() < s.rels[j].Key() })
	return s, nil
}

// sortedKeys returns the keys of p in ascending order.
func sortedKeys(p graph.Props) []string {
	keys := make([]string, 0, len(p))
	for k := range p {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// dateTimeString formats a DateTime property: RFC 3339 with nanoseconds
// when present and the numeric zone offset of t.
func dateTimeString(t time.Time) string { return t.Format(time.RFC3339Nano) }

// labelsUsed returns the distinct labels of nodes, model labels first in
// graph.Labels order, then any others in ascending order.
func labelsUsed(nodes []graph.Node) []string {
	seen := map[string]bool{}
	for _, n := range nodes {
		for _, l := range n.Labels {
			seen[l] = true
		}
	}
	var out, other []string
	for _, l := range graph.Labels {
		if seen[l] {
			out = append(out, l)
			delete(seen, l)
		}
	}
	for l := range seen {
		other = append(other, l)
	}
	sort.Strings(other)
	return append(out, other...)
}

// joinLabels renders labels as ":A:B", the form Neo4j's APOC GraphML
// export and import use.
func joinLabels(labels []string) string { return ":" + strings.Join(labels, ":") }
