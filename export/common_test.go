package export

import (
	"bytes"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/graph"
)

func TestExportersRefuseBrokenGraphs(t *testing.T) {
	node := func(id string) graph.Node {
		return graph.Node{ID: id, Labels: []string{graph.LabelState}, Props: graph.Props{"id": id, "name": id}}
	}
	cases := []struct {
		name string
		g    graph.Graph
		msg  string
	}{
		{"no id", graph.Graph{Nodes: []graph.Node{{Labels: []string{graph.LabelState}}}}, "has no id"},
		{"no label", graph.Graph{Nodes: []graph.Node{{ID: "state:KAZ"}}}, "missing or empty label"},
		{"id property differs", graph.Graph{Nodes: []graph.Node{{ID: "state:KAZ", Labels: []string{graph.LabelState}, Props: graph.Props{"id": "state:RUS"}}}}, "property id is state:RUS"},
		{"duplicate id", graph.Graph{Nodes: []graph.Node{node("state:KAZ"), node("state:KAZ")}}, `two nodes with id "state:KAZ"`},
		{"dangling end", graph.Graph{Nodes: []graph.Node{node("state:KAZ")},
			Relationships: []graph.Relationship{{Type: graph.RelMemberOf, Start: "state:KAZ", End: "org:cis"}}}, `end "org:cis" is not a node`},
		{"dangling start", graph.Graph{Nodes: []graph.Node{node("org:cis")},
			Relationships: []graph.Relationship{{Type: graph.RelMemberOf, Start: "state:KAZ", End: "org:cis"}}}, `start "state:KAZ" is not a node`},
		{"duplicate relationship", graph.Graph{Nodes: []graph.Node{node("state:KAZ"), node("state:RUS")},
			Relationships: []graph.Relationship{
				{Type: graph.RelDiplomaticRelations, Start: "state:KAZ", End: "state:RUS"},
				{Type: graph.RelDiplomaticRelations, Start: "state:KAZ", End: "state:RUS"},
			}}, "two relationships DIPLOMATIC_RELATIONS|state:KAZ|state:RUS"},
		{"no type", graph.Graph{Nodes: []graph.Node{node("state:KAZ")},
			Relationships: []graph.Relationship{{Start: "state:KAZ", End: "state:KAZ"}}}, "has no type"},
		{"NaN", graph.Graph{Nodes: []graph.Node{{ID: "state:KAZ", Labels: []string{graph.LabelState}, Props: graph.Props{"x": math.NaN()}}}}, "not a finite number"},
		{"map value", graph.Graph{Nodes: []graph.Node{{ID: "state:KAZ", Labels: []string{graph.LabelState}, Props: graph.Props{"x": map[string]string{}}}}}, "unsupported value type"},
		{"nil value", graph.Graph{Nodes: []graph.Node{{ID: "state:KAZ", Labels: []string{graph.LabelState}, Props: graph.Props{"x": nil}}}}, "unsupported value type <nil>"},
	}
	for _, ex := range exporters {
		for _, c := range cases {
			t.Run(ex.name+"/"+c.name, func(t *testing.T) {
				var buf bytes.Buffer
				err := ex.fn(&buf, c.g)
				if !errors.Is(err, graph.ErrInvalid) || !strings.Contains(err.Error(), c.msg) {
					t.Fatalf("err = %v, want graph.ErrInvalid mentioning %q", err, c.msg)
				}
				if buf.Len() != 0 {
					t.Errorf("wrote %d bytes before refusing", buf.Len())
				}
			})
		}
	}
}

func TestExportersWrapWriteErrors(t *testing.T) {
	for _, f := range []struct {
		name string
		fn   func() error
	}{
		{"Cytoscape", func() error { return Cytoscape(errWriter{}, testGraph()) }},
		{"GraphML", func() error { return GraphML(errWriter{}, testGraph()) }},
		{"Cypher", func() error { return Cypher(errWriter{}, testGraph()) }},
	} {
		if err := f.fn(); !errors.Is(err, errWrite) {
			t.Errorf("%s: err = %v, want it to wrap %v", f.name, err, errWrite)
		}
	}
}

func TestExportersAreDeterministicAndPure(t *testing.T) {
	for _, ex := range exporters {
		g := testGraph()
		before := graph.Graph{Nodes: append([]graph.Node(nil), g.Nodes...), Relationships: append([]graph.Relationship(nil), g.Relationships...)}
		var a, b bytes.Buffer
		if err := ex.fn(&a, g); err != nil {
			t.Fatalf("%s: %v", ex.name, err)
		}
		// The same graph in reverse order gives the same bytes.
		r := testGraph()
		for i, j := 0, len(r.Nodes)-1; i < j; i, j = i+1, j-1 {
			r.Nodes[i], r.Nodes[j] = r.Nodes[j], r.Nodes[i]
		}
		for i, j := 0, len(r.Relationships)-1; i < j; i, j = i+1, j-1 {
			r.Relationships[i], r.Relationships[j] = r.Relationships[j], r.Relationships[i]
		}
		if err := ex.fn(&b, r); err != nil {
			t.Fatalf("%s: %v", ex.name, err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: output depends on input order", ex.name)
		}
		for i := range g.Nodes {
			if g.Nodes[i].ID != before.Nodes[i].ID || g.Nodes[i].Props["id"] != g.Nodes[i].ID {
				t.Errorf("%s modified the input graph", ex.name)
			}
		}
	}
}

func TestEmptyGraph(t *testing.T) {
	want := map[string]string{
		"Cytoscape": "{\"elements\":{\n\"nodes\":[],\n\"edges\":[]}}\n",
		"Cypher":    "// diplograph graph export (nodes: 0, relationships: 0); run with cypher-shell -f.\n",
	}
	for _, ex := range exporters {
		var buf bytes.Buffer
		if err := ex.fn(&buf, graph.Graph{}); err != nil {
			t.Fatalf("%s: %v", ex.name, err)
		}
		if w, ok := want[ex.name]; ok && buf.String() != w {
			t.Errorf("%s(empty) = %q, want %q", ex.name, buf.String(), w)
		}
	}
}
