package model

import "github.com/diplograph/diplograph/graph"

// GraphNode is a node of a GraphView, shaped for visualisation libraries.
type GraphNode struct{ base }

// NewGraphNode wraps n.
func NewGraphNode(n graph.Node) *GraphNode { return &GraphNode{base{n}} }

// Label returns the node's primary label, or nil when it has none known.
func (g GraphNode) Label() *Label {
	if ls := g.Labels(); len(ls) > 0 {
		return &ls[0]
	}
	return nil
}

// GraphEdge is a relationship of a GraphView, shaped for visualisation
// libraries (source/target rather than start/end).
type GraphEdge struct {
	// Rel is the wrapped relationship.
	Rel graph.Relationship
}

// ID returns the relationship's identity "TYPE|start|end".
func (e GraphEdge) ID() string { return e.Rel.Key() }

// Type returns the relationship type (e.g. PARTICIPATES_IN).
func (e GraphEdge) Type() string { return e.Rel.Type }

// Source returns the start node id.
func (e GraphEdge) Source() string { return e.Rel.Start }

// Target returns the end node id.
func (e GraphEdge) Target() string { return e.Rel.End }

// Properties returns the relationship's stored properties.
func (e GraphEdge) Properties() any { return PublicProps(e.Rel.Props) }
