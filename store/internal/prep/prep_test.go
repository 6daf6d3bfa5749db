package prep

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/diplograph/diplograph/graph"
)

// Stores apply prep.Graph's collapsed graph with one MergeProps per node;
// that must equal merging the original elements one after the other.
func TestCollapsingEqualsSequentialMerge(t *testing.T) {
	t1 := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	stored := graph.Props{"id": "state:KAZ", "aliases": []string{"KZ"}, "name": "Kazakhstan", "searchKeys": []string{"kz"}}
	parts := []graph.Props{
		{"aliases": []string{"Qazaqstan", "KZ"}, "name": "A", "loadedAt": t1, "searchKeys": []string{"qazaqstan", "kz"}},
		{"aliases": "Казахстан", "name": "B", "loadedAt": t1.Add(time.Hour), "iso2": "KZ", "searchKeys": []string{"казахстан", "казахстан"}},
		{"aliases": []string{"Qazaqstan", "Kazakhstan"}},
	}
	var g graph.Graph
	want := MergeProps(nil, stored)
	for _, p := range parts {
		g.Nodes = append(g.Nodes, graph.Node{ID: "state:KAZ", Labels: []string{graph.LabelState}, Props: p})
		want = MergeProps(want, p)
	}
	if got, wantKeys := want.Strings(SearchKeysProp), []string{"kz", "qazaqstan", "казахстан"}; !cmp.Equal(got, wantKeys) {
		t.Errorf("sequential MergeProps searchKeys = %q, want %q", got, wantKeys)
	}
	pg, err := Graph(g)
	if err != nil {
		t.Fatal(err)
	}
	if len(pg.Nodes) != 1 {
		t.Fatalf("got %d nodes, want 1", len(pg.Nodes))
	}
	if got, wantKeys := pg.Nodes[0].Props.Strings(SearchKeysProp), []string{"qazaqstan", "kz", "казахстан"}; !cmp.Equal(got, wantKeys) {
		t.Errorf("collapsed searchKeys = %q, want %q (unioned, no duplicates)", got, wantKeys)
	}
	got := MergeProps(MergeProps(nil, stored), pg.Nodes[0].Props)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("collapsed then merged (-sequential +collapsed):\n%s", diff)
	}
}

func TestSortLabels(t *testing.T) {
	got := SortLabels([]string{"Zeta", graph.LabelSentence, graph.LabelPerson, "Alpha", graph.LabelPerson})
	want := []string{graph.LabelPerson, graph.LabelSentence, "Alpha", "Zeta"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("SortLabels (-want +got):\n%s", diff)
	}
}

func TestNeighborhoodQueryTypes(t *testing.T) {
	types, err := NeighborhoodQuery(graph.NeighborhoodQuery{ID: "x"})
	if err != nil {
		t.Fatal(err)
	}
	if len(types) != len(graph.RelationshipTypes)-2 {
		t.Errorf("default types %v", types)
	}
	for _, ty := range types {
		if ty == graph.RelHasSentence || ty == graph.RelMentions {
			t.Errorf("default types include %s", ty)
		}
	}
	if _, err := NeighborhoodQuery(graph.NeighborhoodQuery{ID: "x", Depth: MaxDepth + 1}); !errors.Is(err, graph.ErrInvalid) {
		t.Errorf("depth %d: %v, want ErrInvalid", MaxDepth+1, err)
	}
}
