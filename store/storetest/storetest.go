// Package storetest is the contract test suite of graph.Store: every
// backend's tests call Run with a function that opens an empty store, so
// that the in-memory and the Neo4j stores are held to the same semantics
// (merging, atomicity, ordering, errors).
//
// The suite never calls t.Parallel: a backend may share one database
// between the stores open returns (the Neo4j tests wipe it on each open).
package storetest

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/diplograph/diplograph/graph"
)

// maxDepth is the deepest NeighborhoodQuery every store accepts
// (store/internal/prep.MaxDepth); one more must fail with ErrInvalid.
const maxDepth = 10

// Run runs the contract suite. open must return a new, EMPTY store each
// time it is called and arrange for it to be closed (t.Cleanup); closing an
// already closed store must be harmless.
func Run(t *testing.T, open func(t *testing.T) graph.Store) {
	t.Run("EmptyStore", func(t *testing.T) { testEmpty(t, open(t)) })
	t.Run("WriteThenRead", func(t *testing.T) { testWriteThenRead(t, open(t)) })
	t.Run("WriteTwiceChangesNothing", func(t *testing.T) { testWriteTwice(t, open(t)) })
	t.Run("SecondSourceMerges", func(t *testing.T) { testSecondSource(t, open(t)) })
	t.Run("KeepFirstPropSetOnlyWhenAbsent", func(t *testing.T) { testKeepFirst(t, open(t)) })
	t.Run("NewestSourceWins", func(t *testing.T) { testNewestSourceWins(t, open(t)) })
	t.Run("DuplicatesInOneGraphMerge", func(t *testing.T) { testDuplicatesInGraph(t, open(t)) })
	t.Run("ValuesNormalised", func(t *testing.T) { testValuesNormalised(t, open(t)) })
	t.Run("NoAliasing", func(t *testing.T) { testNoAliasing(t, open(t)) })
	t.Run("InvalidGraphChangesNothing", func(t *testing.T) { testInvalid(t, open) })
	t.Run("FailedWriteLeavesNothing", func(t *testing.T) { testFailedWrite(t, open(t)) })
	t.Run("Node", func(t *testing.T) { testNode(t, open(t)) })
	t.Run("Nodes", func(t *testing.T) { testNodes(t, open(t)) })
	t.Run("Relationships", func(t *testing.T) { testRelationships(t, open(t)) })
	t.Run("Search", func(t *testing.T) { testSearch(t, open(t)) })
	t.Run("SearchOrder", func(t *testing.T) { testSearchOrder(t, open(t)) })
	t.Run("SearchSyntax", func(t *testing.T) { testSearchSyntax(t, open(t)) })
	t.Run("SearchKeysAccumulate", func(t *testing.T) { testSearchKeysAccumulate(t, open(t)) })
	t.Run("Neighborhood", func(t *testing.T) { testNeighborhood(t, open(t)) })
	t.Run("ShortestPaths", func(t *testing.T) { testShortestPaths(t, open(t)) })
	t.Run("Stats", func(t *testing.T) { testStats(t, open(t)) })
	t.Run("CancelledContext", func(t *testing.T) { testCancelled(t, open(t)) })
	t.Run("ConcurrentWrites", func(t *testing.T) { testConcurrent(t, open(t)) })
	t.Run("Closed", func(t *testing.T) { testClosed(t, open(t)) })
}

// ---- helpers ---------------------------------------------------------------------------------

func write(t *testing.T, s graph.Store, g graph.Graph) {
	t.Helper()
	if err := s.WriteGraph(t.Context(), g); err != nil {
		t.Fatalf("WriteGraph: %v", err)
	}
}

func loaded(t *testing.T, s graph.Store) graph.Store {
	t.Helper()
	write(t, s, fixture())
	return s
}

func stats(t *testing.T, s graph.Store) graph.Stats {
	t.Helper()
	st, err := s.Stats(t.Context())
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return st
}

// content is everything a store holds, for before/after comparisons.
type content struct {
	Stats graph.Stats
	Nodes []graph.Node
	Rels  []graph.Relationship
}

func dump(t *testing.T, s graph.Store) content {
	t.Helper()
	ns, err := s.Nodes(t.Context(), graph.NodeQuery{})
	if err != nil {
		t.Fatalf("Nodes: %v", err)
	}
	rs, err := s.Relationships(t.Context(), graph.RelQuery{})
	if err != nil {
		t.Fatalf("Relationships: %v", err)
	}
	return content{Stats: stats(t, s), Nodes: ns, Rels: rs}
}

func node(t *testing.T, s graph.Store, id string) graph.Node {
	t.Helper()
	n, err := s.Node(t.Context(), id)
	if err != nil {
		t.Fatalf("Node(%q): %v", id, err)
	}
	return n
}

func nodeIDs(ns []graph.Node) []string {
	out := []string{}
	for _, n := range ns {
		out = append(out, n.ID)
	}
	return out
}

func relKeys(rs []graph.Relationship) []string {
	out := []string{}
	for _, r := range rs {
		out = append(out, r.Key())
	}
	return out
}

func key(typ, start, end string) string {
	return graph.Relationship{Type: typ, Start: start, End: end}.Key()
}

func relation(t *testing.T, s graph.Store, typ, start, end string) graph.Relationship {
	t.Helper()
	rs, err := s.Relationships(t.Context(), graph.RelQuery{Types: []string{typ}, Starts: []string{start}, Ends: []string{end}})
	if err != nil {
		t.Fatalf("Relationships: %v", err)
	}
	if len(rs) != 1 {
		t.Fatalf("Relationships %s: got %d, want exactly 1: %v", key(typ, start, end), len(rs), relKeys(rs))
	}
	return rs[0]
}

func sortedFixture() graph.Graph {
	g := fixture()
	g.Sort()
	return g
}

func wantErr(t *testing.T, what string, err, target error) {
	t.Helper()
	if !errors.Is(err, target) {
		t.Errorf("%s: error %v, want one matching %v", what, err, target)
	}
}

// query is a store read taking a query of type Q, such as the method value
// s.Nodes or s.ShortestPaths.
type query[Q, R any] func(context.Context, Q) (R, error)

// queryCase is one row of a table of queries: the subtest's name, the query
// and the answer rendered as ids or keys (nodeIDs, relKeys, pathIDs).
type queryCase[Q any] struct {
	name string
	q    Q
	want []string
}

// runCases runs one subtest per case: read must answer c.q without an
// error, and render(answer) must equal c.want. what names the read and
// rendered what render shows, in failure messages.
func runCases[Q, R any](t *testing.T, what, rendered string, read query[Q, R], render func(R) []string, cases []queryCase[Q]) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := read(t.Context(), c.q)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(c.want, render(got)); diff != "" {
				t.Errorf("%s(%+v) %s (-want +got):\n%s", what, c.q, rendered, diff)
			}
		})
	}
}

// wantAnswer runs the subtest name: read must answer q with exactly want.
func wantAnswer[Q, R any](t *testing.T, name, what string, read query[Q, R], q Q, want R) {
	t.Helper()
	t.Run(name, func(t *testing.T) {
		got, err := read(t.Context(), q)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", what, diff)
		}
	})
}

// wantQueryErr runs the subtest name: read must fail on q with an error
// matching target.
func wantQueryErr[Q, R any](t *testing.T, name, what string, read query[Q, R], q Q, target error) {
	t.Helper()
	t.Run(name, func(t *testing.T) {
		_, err := read(t.Context(), q)
		wantErr(t, what, err, target)
	})
}

// ---- tests -----------------------------------------------------------------------------------

func testEmpty(t *testing.T, s graph.Store) {
	want := graph.Stats{ByLabel: map[string]int{}, ByType: map[string]int{}}
	if diff := cmp.Diff(want, stats(t, s)); diff != "" {
		t.Errorf("Stats of an empty store (-want +got):\n%s", diff)
	}
	if c := dump(t, s); len(c.Nodes) != 0 || len(c.Rels) != 0 {
		t.Errorf("empty store holds %v and %v", nodeIDs(c.Nodes), relKeys(c.Rels))
	}
	_, err := s.Node(t.Context(), idKAZ)
	wantErr(t, "Node in an empty store", err, graph.ErrNotFound)
}

func testWriteThenRead(t *testing.T, s graph.Store) {
	loaded(t, s)
	want := sortedFixture()
	t.Run("NodeByNode", func(t *testing.T) {
		for _, w := range want.Nodes {
			if diff := cmp.Diff(w, node(t, s, w.ID)); diff != "" {
				t.Errorf("Node(%q) (-want +got):\n%s", w.ID, diff)
			}
		}
	})
	t.Run("GoTypesPreserved", func(t *testing.T) {
		m := node(t, s, idMeeting)
		if d, ok := m.Props["date"].(graph.Date); !ok || d != graph.NewDate(2022, time.October, 14) {
			t.Errorf("meeting date = %#v (%T), want graph.Date 2022-10-14", m.Props["date"], m.Props["date"])
		}
		if b, ok := m.Props["first"].(bool); !ok || b {
			t.Errorf("meeting first = %#v (%T), want bool false", m.Props["first"], m.Props["first"])
		}
		o := node(t, s, idCIS)
		if i, ok := o.Props["founded"].(int64); !ok || i != 1991 {
			t.Errorf("org founded = %#v (%T), want int64 1991", o.Props["founded"], o.Props["founded"])
		}
		if l, ok := o.Props["aliases"].([]string); !ok || !slices.Equal(l, []string{"CIS", "СНГ"}) {
			t.Errorf("org aliases = %#v (%T), want []string{CIS СНГ}", o.Props["aliases"], o.Props["aliases"])
		}
		a := node(t, s, idArticle)
		if tm, ok := a.Props["loadedAt"].(time.Time); !ok || !tm.Equal(loadedAt1) {
			t.Errorf("article loadedAt = %#v (%T), want time.Time %v", a.Props["loadedAt"], a.Props["loadedAt"], loadedAt1)
		}
		r := relation(t, s, graph.RelParticipatesIn, idTokayev, idMeeting)
		if f, ok := r.Props[graph.PropConfidence].(float64); !ok || f != 0.9 {
			t.Errorf("confidence = %#v (%T), want float64 0.9", r.Props[graph.PropConfidence], r.Props[graph.PropConfidence])
		}
	})
	wantAnswer(t, "AllNodes", "Nodes", s.Nodes, graph.NodeQuery{}, want.Nodes)
	wantAnswer(t, "AllRelationships", "Relationships", s.Relationships, graph.RelQuery{}, want.Relationships)
}

func testWriteTwice(t *testing.T, s graph.Store) {
	loaded(t, s)
	first := dump(t, s)
	write(t, s, fixture())
	if diff := cmp.Diff(first, dump(t, s)); diff != "" {
		t.Errorf("content after the second write (-first +second):\n%s", diff)
	}
	if first.Stats.Nodes != 9 || first.Stats.Relationships != 16 {
		t.Errorf("Stats = %d nodes, %d relationships; want 9, 16", first.Stats.Nodes, first.Stats.Relationships)
	}
}

func testSecondSource(t *testing.T, s graph.Store) {
	loaded(t, s)
	write(t, s, secondSource())

	r := relation(t, s, graph.RelParticipatesIn, idTokayev, idMeeting)
	wantRel := graph.Props{
		graph.PropStatus:     graph.StatusHeld,
		graph.PropEvidence:   []string{idS0, idS2},
		graph.PropArticleIDs: []string{idArticle, idArticle2},
		graph.PropConfidence: 0.95,
		"role":               "HOST",
		"level":              "HEAD_OF_STATE",
	}
	if diff := cmp.Diff(wantRel, r.Props); diff != "" {
		t.Errorf("merged PARTICIPATES_IN (-want +got):\n%s", diff)
	}

	p := node(t, s, idTokayev)
	if got, want := p.Props.Strings("aliases"), []string{"Tokayev", "Токаев", "توكاييف"}; !slices.Equal(got, want) {
		t.Errorf("aliases = %q, want %q (union in order of first appearance)", got, want)
	}
	if got, want := p.Props.String("title"), "President of the Republic of Kazakhstan"; got != want {
		t.Errorf("title = %q, want %q (scalar overwritten)", got, want)
	}
	if got, want := p.Props.String("nameRu"), "Касым-Жомарт Токаев"; got != want {
		t.Errorf("nameRu = %q, want %q (absent from the second source: kept)", got, want)
	}

	a := node(t, s, idArticle)
	if tm, _ := a.Props["loadedAt"].(time.Time); !tm.Equal(loadedAt1) {
		t.Errorf("loadedAt = %v, want %v from the first write", a.Props["loadedAt"], loadedAt1)
	}
	if got := a.Props.String("title"); got != "Tokayev opens CIS summit in Astana" {
		t.Errorf("article title = %q, want it kept", got)
	}

	st := stats(t, s)
	if st.Nodes != 11 || st.Relationships != 17 || st.ByType[graph.RelParticipatesIn] != 3 {
		t.Errorf("Stats = %+v; want 11 nodes, 17 relationships, 3 PARTICIPATES_IN (no duplicate)", st)
	}

	before := dump(t, s)
	write(t, s, secondSource())
	if diff := cmp.Diff(before, dump(t, s)); diff != "" {
		t.Errorf("re-writing the second source changed the store (-before +after):\n%s", diff)
	}
}

func testKeepFirst(t *testing.T, s graph.Store) {
	const id = "article:aaaaaaaaaaaaaaaa"
	t1 := time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)
	t2 := t1.Add(time.Hour)
	art := func(p graph.Props) graph.Graph {
		p["id"] = id
		return graph.Graph{Nodes: []graph.Node{{ID: id, Labels: []string{graph.LabelArticle}, Props: p}}}
	}
	write(t, s, art(graph.Props{"title": "first"}))
	if _, ok := node(t, s, id).Props["loadedAt"]; ok {
		t.Fatalf("loadedAt present before any write set it")
	}
	write(t, s, art(graph.Props{"loadedAt": t1}))
	if got, _ := node(t, s, id).Props["loadedAt"].(time.Time); !got.Equal(t1) {
		t.Errorf("loadedAt = %v, want %v (set when absent, as graph.MergeProps)", got, t1)
	}
	write(t, s, art(graph.Props{"loadedAt": t2, "title": "second"}))
	n := node(t, s, id)
	if got, _ := n.Props["loadedAt"].(time.Time); !got.Equal(t1) {
		t.Errorf("loadedAt = %v, want %v kept", got, t1)
	}
	if got := n.Props.String("title"); got != "second" {
		t.Errorf("title = %q, want %q", got, "second")
	}
}

// testNewestSourceWins: scalars follow the source with the newest asOf
// whatever the load order; an older source only fills missing properties;
// lists still accumulate.
func testNewestSourceWins(t *testing.T, s graph.Store) {
	const (
		m   = "meeting:2030-05-01:test-summit:astana"
		kaz = "state:KAZ"
	)
	report := func(asOf graph.Date, status, extraKey, article string) graph.Graph {
		mp := graph.Props{"id": m, "name": "Test summit", "status": status, graph.PropAsOf: asOf, "date": graph.NewDate(2030, 5, 1)}
		if extraKey != "" {
			mp[extraKey] = "from " + article
		}
		return graph.Graph{
			Nodes: []graph.Node{
				{ID: m, Labels: []string{graph.LabelMeeting}, Props: mp},
				{ID: kaz, Labels: []string{graph.LabelState}, Props: graph.Props{"id": kaz, "name": "Kazakhstan"}},
			},
			Relationships: []graph.Relationship{{Type: graph.RelParticipatesIn, Start: kaz, End: m, Props: graph.Props{
				graph.PropStatus: status, graph.PropAsOf: asOf, graph.PropArticleIDs: []string{article},
			}}},
		}
	}
	// The report written after the meeting is loaded first, the preview second.
	write(t, s, report(graph.NewDate(2030, 5, 2), "HELD", "", "article:after"))
	write(t, s, report(graph.NewDate(2030, 4, 20), "PLANNED", "agendaNote", "article:before"))
	n := node(t, s, m)
	if got := n.Props.String("status"); got != "HELD" {
		t.Errorf("meeting status = %q after an older report, want HELD (newest source)", got)
	}
	if d, _ := n.Props.Date(graph.PropAsOf); d != graph.NewDate(2030, 5, 2) {
		t.Errorf("asOf = %v, want 2030-05-02", d)
	}
	if got := n.Props.String("agendaNote"); got != "from article:before" {
		t.Errorf("agendaNote = %q: an older source must still fill missing properties", got)
	}
	r := relation(t, s, graph.RelParticipatesIn, kaz, m)
	if got := r.Props.String(graph.PropStatus); got != "HELD" {
		t.Errorf("participation status = %q, want HELD", got)
	}
	if got := r.Props.Strings(graph.PropArticleIDs); len(got) != 2 {
		t.Errorf("articleIds = %v, want both articles", got)
	}
	// A newer report overrides.
	write(t, s, report(graph.NewDate(2030, 5, 10), "CANCELLED", "", "article:later"))
	if got := node(t, s, m).Props.String("status"); got != "CANCELLED" {
		t.Errorf("status = %q after a newer report, want CANCELLED", got)
	}
}

func testDuplicatesInGraph(t *testing.T, s graph.Store) {
	// One graph naming the same node and relationship twice behaves as two
	// successive writes.
	g := graph.Graph{
		Nodes: []graph.Node{
			{ID: idKAZ, Labels: []string{graph.LabelState}, Props: graph.Props{"name": "Kazakhstan", "aliases": []string{"KZ", "KZ"}}},
			{ID: idCIS, Labels: []string{graph.LabelOrganization}, Props: graph.Props{"name": "CIS"}},
			{ID: idKAZ, Labels: []string{graph.LabelState}, Props: graph.Props{"name": "Republic of Kazakhstan", "aliases": []string{"Qazaqstan", "KZ"}}},
		},
		Relationships: []graph.Relationship{
			{Type: graph.RelMemberOf, Start: idKAZ, End: idCIS, Props: graph.Props{graph.PropArticleIDs: []string{"article:1"}, "status": "OBSERVER"}},
			{Type: graph.RelMemberOf, Start: idKAZ, End: idCIS, Props: graph.Props{graph.PropArticleIDs: []string{"article:2", "article:1"}, "status": "FULL"}},
		},
	}
	write(t, s, g)
	want := graph.Node{ID: idKAZ, Labels: []string{graph.LabelState}, Props: graph.Props{
		"id": idKAZ, "name": "Republic of Kazakhstan", "aliases": []string{"KZ", "Qazaqstan"},
	}}
	if diff := cmp.Diff(want, node(t, s, idKAZ)); diff != "" {
		t.Errorf("node named twice (-want +got):\n%s", diff)
	}
	r := relation(t, s, graph.RelMemberOf, idKAZ, idCIS)
	wantProps := graph.Props{graph.PropArticleIDs: []string{"article:1", "article:2"}, "status": "FULL"}
	if diff := cmp.Diff(wantProps, r.Props); diff != "" {
		t.Errorf("relationship named twice (-want +got):\n%s", diff)
	}
	if st := stats(t, s); st.Nodes != 2 || st.Relationships != 1 {
		t.Errorf("Stats = %+v, want 2 nodes and 1 relationship", st)
	}
}

func testValuesNormalised(t *testing.T, s graph.Store) {
	const id = "place:astana"
	write(t, s, graph.Graph{Nodes: []graph.Node{{ID: id, Labels: []string{graph.LabelPlace}, Props: graph.Props{
		"population": 1_350_000, // int
		"ratio":      float32(0.5),
		"aliases":    "Astana", // a single string for a list property
		"tags":       []string(nil),
	}}}})
	want := graph.Props{
		"id": id, "population": int64(1_350_000), "ratio": 0.5,
		"aliases": []string{"Astana"}, "tags": []string{},
	}
	if diff := cmp.Diff(want, node(t, s, id).Props); diff != "" {
		t.Errorf("normalised props (-want +got):\n%s", diff)
	}
}

func testNoAliasing(t *testing.T, s graph.Store) {
	g := fixture()
	write(t, s, g)
	g.Nodes[0].Props["aliases"].([]string)[0] = "CHANGED INPUT"
	g.Nodes[0].Props["name"] = "CHANGED INPUT"
	n := node(t, s, idKAZ)
	if n.Name() != "Kazakhstan" || n.Props.Strings("aliases")[0] != "Kazakhstan" {
		t.Errorf("changing the written graph changed the store: %v", n.Props)
	}
	n.Props["aliases"].([]string)[0] = "CHANGED OUTPUT"
	n.Props["name"] = "CHANGED OUTPUT"
	n.Labels[0] = "CHANGED"
	n = node(t, s, idKAZ)
	if n.Name() != "Kazakhstan" || n.Props.Strings("aliases")[0] != "Kazakhstan" || n.Label() != graph.LabelState {
		t.Errorf("changing a returned node changed the store: %v %v", n.Labels, n.Props)
	}
}

func testInvalid(t *testing.T, open func(t *testing.T) graph.Store) {
	newNode := graph.Node{ID: "person:new-person", Labels: []string{graph.LabelPerson}, Props: graph.Props{"name": "New Person"}}
	kaz := graph.Node{ID: idKAZ, Labels: []string{graph.LabelState}, Props: graph.Props{"name": "CHANGED"}}
	cases := []struct {
		name string
		g    graph.Graph
	}{
		{"DanglingRelationship", graph.Graph{
			Nodes:         []graph.Node{newNode, kaz},
			Relationships: []graph.Relationship{{Type: graph.RelLeaderOf, Start: newNode.ID, End: "state:XXX"}},
		}},
		{"EndStoredButNotInGraph", graph.Graph{
			Nodes:         []graph.Node{newNode},
			Relationships: []graph.Relationship{{Type: graph.RelLeaderOf, Start: newNode.ID, End: idKAZ}},
		}},
		{"UnknownLabel", graph.Graph{Nodes: []graph.Node{newNode, kaz, {ID: "country:KAZ", Labels: []string{"Country"}}}}},
		{"UnknownSecondLabel", graph.Graph{Nodes: []graph.Node{newNode, kaz, {ID: "place:x", Labels: []string{graph.LabelPlace, "Bad Label`) DETACH DELETE n //"}}}}},
		{"NoLabel", graph.Graph{Nodes: []graph.Node{newNode, kaz, {ID: "place:x"}}}},
		{"EmptyID", graph.Graph{Nodes: []graph.Node{newNode, kaz, {Labels: []string{graph.LabelPlace}}}}},
		{"UnknownType", graph.Graph{
			Nodes:         []graph.Node{newNode, kaz},
			Relationships: []graph.Relationship{{Type: "KNOWS", Start: newNode.ID, End: idKAZ}},
		}},
		{"IDPropertyDiffers", graph.Graph{Nodes: []graph.Node{newNode, kaz, {ID: "place:x", Labels: []string{graph.LabelPlace}, Props: graph.Props{"id": "place:y"}}}}},
		{"MapValue", graph.Graph{Nodes: []graph.Node{newNode, kaz, {ID: "place:x", Labels: []string{graph.LabelPlace}, Props: graph.Props{"geo": map[string]any{"lat": 51.1}}}}}},
		{"NilValue", graph.Graph{Nodes: []graph.Node{newNode, kaz, {ID: "place:x", Labels: []string{graph.LabelPlace}, Props: graph.Props{"kind": nil}}}}},
		{"NaN", graph.Graph{
			Nodes:         []graph.Node{newNode, kaz},
			Relationships: []graph.Relationship{{Type: graph.RelLeaderOf, Start: newNode.ID, End: idKAZ, Props: graph.Props{graph.PropConfidence: math.NaN()}}},
		}},
		{"IntList", graph.Graph{Nodes: []graph.Node{newNode, kaz, {ID: "place:x", Labels: []string{graph.LabelPlace}, Props: graph.Props{"years": []int64{1991}}}}}},
		{"ListPropNotStrings", graph.Graph{Nodes: []graph.Node{newNode, kaz, {ID: "place:x", Labels: []string{graph.LabelPlace}, Props: graph.Props{"aliases": int64(3)}}}}},
		{"SearchKeysNotList", graph.Graph{Nodes: []graph.Node{newNode, kaz, {ID: "place:x", Labels: []string{graph.LabelPlace}, Props: graph.Props{"searchKeys": "astana"}}}}},
	}
	s := loaded(t, open(t))
	before := dump(t, s)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := s.WriteGraph(t.Context(), c.g)
			wantErr(t, "WriteGraph", err, graph.ErrInvalid)
			if diff := cmp.Diff(before, dump(t, s)); diff != "" {
				t.Errorf("invalid write changed the store (-before +after):\n%s", diff)
			}
		})
	}
}

func testFailedWrite(t *testing.T, s graph.Store) {
	// The graph is valid on its own but conflicts with the store: its State
	// node reuses the id of a stored Person. Stores detect this only after
	// they have started (the Neo4j store merges the graph's Person nodes
	// before it reaches the State group), so this checks that a write
	// failing midway leaves nothing.
	loaded(t, s)
	before := dump(t, s)
	g := graph.Graph{
		Nodes: []graph.Node{
			{ID: "person:new-person", Labels: []string{graph.LabelPerson}, Props: graph.Props{"name": "New Person"}},
			{ID: idPutin, Labels: []string{graph.LabelPerson}, Props: graph.Props{"name": "CHANGED"}},
			{ID: idTokayev, Labels: []string{graph.LabelState}, Props: graph.Props{"name": "Not a state"}},
			{ID: "place:new-place", Labels: []string{graph.LabelPlace}, Props: graph.Props{"name": "New Place"}},
		},
		Relationships: []graph.Relationship{
			{Type: graph.RelVisits, Start: "person:new-person", End: "place:new-place"},
			{Type: graph.RelLeaderOf, Start: idPutin, End: idTokayev},
		},
	}
	err := s.WriteGraph(t.Context(), g)
	wantErr(t, "WriteGraph of a State with a Person's id", err, graph.ErrInvalid)
	if diff := cmp.Diff(before, dump(t, s)); diff != "" {
		t.Errorf("failed write changed the store (-before +after):\n%s", diff)
	}
	_, err = s.Node(t.Context(), "person:new-person")
	wantErr(t, "Node of a node from the failed write", err, graph.ErrNotFound)
}

func testNode(t *testing.T, s graph.Store) {
	loaded(t, s)
	_, err := s.Node(t.Context(), "state:XXX")
	wantErr(t, "Node of a missing id", err, graph.ErrNotFound)
	_, err = s.Node(t.Context(), "")
	wantErr(t, "Node of the empty id", err, graph.ErrNotFound)
	if n := node(t, s, idS0); n.Label() != graph.LabelSentence || n.Props.String("text") != "Токаев открыл саммит СНГ в Астане." {
		t.Errorf("Node(%q) = %v", idS0, n)
	}
}

func testNodes(t *testing.T, s graph.Store) {
	loaded(t, s)
	all := []string{idArticle, idS0, idChair, idMeeting, idCIS, idTokayev, idPutin, idKAZ, idRUS}
	runCases(t, "Nodes", "ids", s.Nodes, nodeIDs, []queryCase[graph.NodeQuery]{
		{"All", graph.NodeQuery{}, all},
		{"Limit", graph.NodeQuery{Limit: 2}, []string{idArticle, idS0}},
		{"Label", graph.NodeQuery{Labels: []string{graph.LabelState}}, []string{idKAZ, idRUS}},
		{"LabelsAndLimit", graph.NodeQuery{Labels: []string{graph.LabelState, graph.LabelPerson}, Limit: 3}, []string{idTokayev, idPutin, idKAZ}},
		{"IDs", graph.NodeQuery{IDs: []string{idRUS, idCIS, "state:XXX", idRUS}}, []string{idCIS, idRUS}},
		{"IDsAndLabel", graph.NodeQuery{IDs: []string{idRUS, idCIS}, Labels: []string{graph.LabelState}}, []string{idRUS}},
		{"IDsAndLimit", graph.NodeQuery{IDs: []string{idRUS, idCIS, idKAZ}, Limit: 2}, []string{idCIS, idKAZ}},
		{"LabelWithoutNodes", graph.NodeQuery{Labels: []string{graph.LabelInitiative}}, []string{}},
		{"MissingIDs", graph.NodeQuery{IDs: []string{"state:XXX"}}, []string{}},
	})
	wantAnswer(t, "FullNodes", "Nodes", s.Nodes, graph.NodeQuery{IDs: []string{idMeeting}}, []graph.Node{fixture().Nodes[6]})
	wantQueryErr(t, "UnknownLabel", "Nodes with an unknown label", s.Nodes, graph.NodeQuery{Labels: []string{"Country"}}, graph.ErrInvalid)
	wantQueryErr(t, "NegativeLimit", "Nodes with limit -1", s.Nodes, graph.NodeQuery{Limit: -1}, graph.ErrInvalid)
}

func testRelationships(t *testing.T, s graph.Store) {
	loaded(t, s)
	runCases(t, "Relationships", "keys", s.Relationships, relKeys, []queryCase[graph.RelQuery]{
		{"Limit", graph.RelQuery{Limit: 3}, []string{
			key(graph.RelChairmanshipOf, idChair, idCIS),
			key(graph.RelConvenedUnder, idMeeting, idCIS),
			key(graph.RelHasSentence, idArticle, idS0),
		}},
		{"Type", graph.RelQuery{Types: []string{graph.RelMemberOf}}, []string{
			key(graph.RelMemberOf, idKAZ, idCIS),
			key(graph.RelMemberOf, idRUS, idCIS),
		}},
		{"Start", graph.RelQuery{Starts: []string{idKAZ}}, []string{
			key(graph.RelHolds, idKAZ, idChair),
			key(graph.RelHosts, idKAZ, idMeeting),
			key(graph.RelMemberOf, idKAZ, idCIS),
			key(graph.RelParticipatesIn, idKAZ, idMeeting),
		}},
		{"End", graph.RelQuery{Ends: []string{idCIS}}, []string{
			key(graph.RelChairmanshipOf, idChair, idCIS),
			key(graph.RelConvenedUnder, idMeeting, idCIS),
			key(graph.RelHoldsOffice, idTokayev, idCIS),
			key(graph.RelMemberOf, idKAZ, idCIS),
			key(graph.RelMemberOf, idRUS, idCIS),
			key(graph.RelPublishedBy, idArticle, idCIS),
		}},
		{"TypesEndLimit", graph.RelQuery{Types: []string{graph.RelMemberOf, graph.RelHoldsOffice}, Ends: []string{idCIS}, Limit: 2}, []string{
			key(graph.RelHoldsOffice, idTokayev, idCIS),
			key(graph.RelMemberOf, idKAZ, idCIS),
		}},
		{"StartsAndEnds", graph.RelQuery{Starts: []string{idKAZ, idRUS}, Ends: []string{idCIS, idRUS}}, []string{
			key(graph.RelMemberOf, idKAZ, idCIS),
			key(graph.RelMemberOf, idRUS, idCIS),
		}},
		{"StartIsNotEnd", graph.RelQuery{Starts: []string{idMeeting}}, []string{
			key(graph.RelConvenedUnder, idMeeting, idCIS),
		}},
		{"NoMatch", graph.RelQuery{Starts: []string{"state:XXX"}}, []string{}},
		{"KeyOrder", graph.RelQuery{Types: []string{graph.RelHolds, graph.RelHoldsOffice}}, []string{
			// "HOLDS_OFFICE|" < "HOLDS|": ordered by the key string, not by type first.
			key(graph.RelHoldsOffice, idTokayev, idCIS),
			key(graph.RelHolds, idKAZ, idChair),
		}},
	})
	wantQueryErr(t, "UnknownType", "Relationships with an unknown type", s.Relationships, graph.RelQuery{Types: []string{"KNOWS"}}, graph.ErrInvalid)
	wantQueryErr(t, "NegativeLimit", "Relationships with limit -2", s.Relationships, graph.RelQuery{Limit: -2}, graph.ErrInvalid)
}

func testSearch(t *testing.T, s graph.Store) {
	loaded(t, s)
	runCases(t, "Search", "ids", s.Search, nodeIDs, []queryCase[graph.SearchQuery]{
		{"Exact", graph.SearchQuery{Key: "tokayev"}, []string{idTokayev}},
		{"Cyrillic", graph.SearchQuery{Key: "токаев"}, []string{idTokayev}},
		// "kazakhstan" and "… astana 2022" contain "stan"; by name "CIS Heads…" < "Kazakhstan".
		{"Substring", graph.SearchQuery{Key: "stan"}, []string{idMeeting, idKAZ}},
		// org:cis matches exactly; then by name: "CIS Heads…" < "CIS chairmanship…".
		{"ExactFirstThenName", graph.SearchQuery{Key: "cis"}, []string{idCIS, idMeeting, idChair}},
		{"Labels", graph.SearchQuery{Key: "cis", Labels: []string{graph.LabelChairmanship, graph.LabelMeeting}}, []string{idMeeting, idChair}},
		{"Limit", graph.SearchQuery{Key: "cis", Limit: 2}, []string{idCIS, idMeeting}},
		{"NoMatch", graph.SearchQuery{Key: "atlantis"}, []string{}},
		{"CaseSensitive", graph.SearchQuery{Key: "CIS"}, []string{}},
	})
	wantAnswer(t, "FullNodes", "Search", s.Search, graph.SearchQuery{Key: "putin"}, []graph.Node{fixture().Nodes[3]})
	wantQueryErr(t, "EmptyKey", "Search with an empty key", s.Search, graph.SearchQuery{}, graph.ErrInvalid)
	wantQueryErr(t, "UnknownLabel", "Search with an unknown label", s.Search, graph.SearchQuery{Key: "cis", Labels: []string{"Country"}}, graph.ErrInvalid)
}

func testSearchOrder(t *testing.T, s graph.Store) {
	n := func(id, label, name string, keys ...string) graph.Node {
		p := graph.Props{"searchKeys": keys}
		if name != "" {
			p["name"] = name
		}
		return graph.Node{ID: id, Labels: []string{label}, Props: p}
	}
	write(t, s, graph.Graph{Nodes: []graph.Node{
		n("place:d", graph.LabelPlace, "", "axb"),
		n("place:c", graph.LabelPlace, "Same", "zx"),
		n("place:b", graph.LabelPlace, "Same", "xx"),
		n("person:alpha", graph.LabelPerson, "Alpha", "xy"),
		n("state:ZZZ", graph.LabelState, "Zed", "x"),
		n("place:a", graph.LabelPlace, "Same", "q", "x"),
		n("place:e", graph.LabelPlace, "Other", "none"),
		{ID: "place:f", Labels: []string{graph.LabelPlace}, Props: graph.Props{"name": "x"}}, // no searchKeys
	}})
	got, err := s.Search(t.Context(), graph.SearchQuery{Key: "x"})
	if err != nil {
		t.Fatal(err)
	}
	// Exact matches by name (Same < Zed), then the others by name, ties by
	// id, a node without a name last.
	want := []string{"place:a", "state:ZZZ", "person:alpha", "place:b", "place:c", "place:d"}
	if diff := cmp.Diff(want, nodeIDs(got)); diff != "" {
		t.Errorf("Search order (-want +got):\n%s", diff)
	}
}

// testSearchKeysAccumulate: searchKeys are unioned across writes like
// aliases (docs/MODEL-EXTENSIONS.md), also when the later source is older
// and when one graph names the node twice, so a node stays findable by
// every key it was ever written with.
func testSearchKeysAccumulate(t *testing.T, s graph.Store) {
	const id = "person:vladimir-putin"
	person := func(asOf graph.Date, keys ...string) graph.Node {
		return graph.Node{ID: id, Labels: []string{graph.LabelPerson}, Props: graph.Props{
			"name": "Vladimir Putin", graph.PropAsOf: asOf, "aliases": keys, "searchKeys": keys,
		}}
	}
	// Article 1 (the sample) calls him "the Russian president".
	write(t, s, graph.Graph{Nodes: []graph.Node{person(graph.NewDate(2022, 10, 14), "فلاديمير بوتين", "الرئيس الروسي")}})
	// Article 2, newer, names him differently.
	write(t, s, graph.Graph{Nodes: []graph.Node{person(graph.NewDate(2022, 11, 2), "فلاديمير بوتين", "بوتين")}})
	// Article 3, older, and naming the node twice in one graph.
	write(t, s, graph.Graph{Nodes: []graph.Node{
		person(graph.NewDate(2022, 1, 5), "رئيس روسيا"),
		person(graph.NewDate(2022, 1, 5), "سيد الكرملين", "بوتين"),
	}})

	want := []string{"فلاديمير بوتين", "الرئيس الروسي", "بوتين", "رئيس روسيا", "سيد الكرملين"}
	if got := node(t, s, id).Props.Strings("searchKeys"); !slices.Equal(got, want) {
		t.Errorf("searchKeys = %q, want %q (union in order of first appearance)", got, want)
	}
	for _, key := range want {
		got, err := s.Search(t.Context(), graph.SearchQuery{Key: key})
		if err != nil {
			t.Fatalf("Search(%q): %v", key, err)
		}
		if ids := nodeIDs(got); !slices.Equal(ids, []string{id}) {
			t.Errorf("Search(%q) = %v, want [%s]", key, ids, id)
		}
	}
	if got, want := node(t, s, id).Props.Strings("aliases"), want; !slices.Equal(got, want) {
		t.Errorf("aliases = %q, want %q", got, want)
	}
}

func testNeighborhood(t *testing.T, s graph.Store) {
	loaded(t, s)
	// Tokayev's neighbourhood of depth 1.
	oneHopNodes := []string{idMeeting, idCIS, idTokayev, idKAZ}
	oneHopRels := []string{
		key(graph.RelConvenedUnder, idMeeting, idCIS),
		key(graph.RelHoldsOffice, idTokayev, idCIS),
		key(graph.RelHosts, idKAZ, idMeeting),
		key(graph.RelLeaderOf, idTokayev, idKAZ),
		key(graph.RelMemberOf, idKAZ, idCIS),
		key(graph.RelParticipatesIn, idTokayev, idMeeting),
		key(graph.RelParticipatesIn, idKAZ, idMeeting),
	}
	cases := []struct {
		name      string
		q         graph.NeighborhoodQuery
		wantNodes []string
		wantRels  []string
	}{
		{"Depth0", graph.NeighborhoodQuery{ID: idTokayev}, []string{idTokayev}, []string{}},
		{"Depth1", graph.NeighborhoodQuery{ID: idTokayev, Depth: 1},
			oneHopNodes, oneHopRels},
		// The article is two hops away through PUBLISHED_BY; the sentence
		// only through the excluded HAS_SENTENCE and MENTIONS.
		{"Depth2", graph.NeighborhoodQuery{ID: idTokayev, Depth: 2},
			[]string{idArticle, idChair, idMeeting, idCIS, idTokayev, idPutin, idKAZ, idRUS},
			[]string{
				key(graph.RelChairmanshipOf, idChair, idCIS),
				key(graph.RelConvenedUnder, idMeeting, idCIS),
				key(graph.RelHoldsOffice, idTokayev, idCIS),
				key(graph.RelHolds, idKAZ, idChair),
				key(graph.RelHosts, idKAZ, idMeeting),
				key(graph.RelLeaderOf, idTokayev, idKAZ),
				key(graph.RelLeaderOf, idPutin, idRUS),
				key(graph.RelMemberOf, idKAZ, idCIS),
				key(graph.RelMemberOf, idRUS, idCIS),
				key(graph.RelParticipatesIn, idTokayev, idMeeting),
				key(graph.RelParticipatesIn, idPutin, idMeeting),
				key(graph.RelParticipatesIn, idKAZ, idMeeting),
				key(graph.RelPublishedBy, idArticle, idCIS),
			}},
		{"Types", graph.NeighborhoodQuery{ID: idTokayev, Depth: 2, Types: []string{graph.RelParticipatesIn}},
			[]string{idMeeting, idTokayev, idPutin, idKAZ},
			[]string{
				key(graph.RelParticipatesIn, idTokayev, idMeeting),
				key(graph.RelParticipatesIn, idPutin, idMeeting),
				key(graph.RelParticipatesIn, idKAZ, idMeeting),
			}},
		{"ExcludedTypesOnRequest", graph.NeighborhoodQuery{ID: idTokayev, Depth: 2, Types: []string{graph.RelMentions}},
			[]string{idS0, idMeeting, idTokayev},
			[]string{
				key(graph.RelMentions, idS0, idMeeting),
				key(graph.RelMentions, idS0, idTokayev),
			}},
		{"FromSentence", graph.NeighborhoodQuery{ID: idS0, Depth: 1},
			[]string{idS0}, []string{}},
		// With a limit the nearest nodes are kept: the article (smallest id,
		// two hops) loses to the one-hop nodes.
		{"Limit", graph.NeighborhoodQuery{ID: idTokayev, Depth: 2, Limit: 4},
			oneHopNodes, oneHopRels},
		{"LimitTiesByID", graph.NeighborhoodQuery{ID: idTokayev, Depth: 2, Limit: 5},
			append([]string{idArticle}, oneHopNodes...),
			append(slices.Clone(oneHopRels), key(graph.RelPublishedBy, idArticle, idCIS))},
		{"LimitOne", graph.NeighborhoodQuery{ID: idTokayev, Depth: 2, Limit: 1}, []string{idTokayev}, []string{}},
		{"MaxDepth", graph.NeighborhoodQuery{ID: idPutin, Depth: maxDepth, Types: []string{graph.RelLeaderOf}},
			[]string{idPutin, idRUS}, []string{key(graph.RelLeaderOf, idPutin, idRUS)}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := s.Neighborhood(t.Context(), c.q)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(c.wantNodes, nodeIDs(got.Nodes)); diff != "" {
				t.Errorf("Neighborhood(%+v) nodes (-want +got):\n%s", c.q, diff)
			}
			if diff := cmp.Diff(c.wantRels, relKeys(got.Relationships)); diff != "" {
				t.Errorf("Neighborhood(%+v) relationships (-want +got):\n%s", c.q, diff)
			}
		})
	}
	f := fixture()
	wantAnswer(t, "FullValues", "Neighborhood", s.Neighborhood, graph.NeighborhoodQuery{ID: idPutin, Depth: 1, Types: []string{graph.RelLeaderOf}},
		graph.Graph{Nodes: []graph.Node{f.Nodes[3], f.Nodes[1]}, Relationships: []graph.Relationship{f.Relationships[4]}})
	for _, c := range []struct {
		name string
		q    graph.NeighborhoodQuery
		want error
	}{
		{"MissingCentre", graph.NeighborhoodQuery{ID: "state:XXX", Depth: 1}, graph.ErrNotFound},
		{"NegativeDepth", graph.NeighborhoodQuery{ID: idTokayev, Depth: -1}, graph.ErrInvalid},
		{"TooDeep", graph.NeighborhoodQuery{ID: idTokayev, Depth: maxDepth + 1}, graph.ErrInvalid},
		{"UnknownType", graph.NeighborhoodQuery{ID: idTokayev, Depth: 1, Types: []string{"KNOWS"}}, graph.ErrInvalid},
		{"NegativeLimit", graph.NeighborhoodQuery{ID: idTokayev, Depth: 1, Limit: -1}, graph.ErrInvalid},
	} {
		wantQueryErr(t, c.name, fmt.Sprintf("Neighborhood(%+v)", c.q), s.Neighborhood, c.q, c.want)
	}
}

func testStats(t *testing.T, s graph.Store) {
	loaded(t, s)
	want := graph.Stats{
		Nodes:         9,
		Relationships: 16,
		ByLabel: map[string]int{
			graph.LabelState: 2, graph.LabelPerson: 2, graph.LabelOrganization: 1, graph.LabelChairmanship: 1,
			graph.LabelMeeting: 1, graph.LabelArticle: 1, graph.LabelSentence: 1,
		},
		ByType: map[string]int{
			graph.RelParticipatesIn: 3, graph.RelLeaderOf: 2, graph.RelHosts: 1, graph.RelHolds: 1,
			graph.RelHoldsOffice: 1, graph.RelChairmanshipOf: 1, graph.RelMemberOf: 2, graph.RelConvenedUnder: 1,
			graph.RelHasSentence: 1, graph.RelMentions: 2, graph.RelPublishedBy: 1,
		},
	}
	if diff := cmp.Diff(want, stats(t, s)); diff != "" {
		t.Errorf("Stats (-want +got):\n%s", diff)
	}
}

func testCancelled(t *testing.T, s graph.Store) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	wantErr(t, "WriteGraph", s.WriteGraph(ctx, fixture()), context.Canceled)
	if st := stats(t, s); st.Nodes != 0 {
		t.Errorf("a write with a cancelled context wrote %d nodes", st.Nodes)
	}
	loaded(t, s)
	_, err := s.Node(ctx, idKAZ)
	wantErr(t, "Node", err, context.Canceled)
	_, err = s.Nodes(ctx, graph.NodeQuery{})
	wantErr(t, "Nodes", err, context.Canceled)
	_, err = s.Relationships(ctx, graph.RelQuery{})
	wantErr(t, "Relationships", err, context.Canceled)
	_, err = s.Search(ctx, graph.SearchQuery{Key: "cis"})
	wantErr(t, "Search", err, context.Canceled)
	_, err = s.Neighborhood(ctx, graph.NeighborhoodQuery{ID: idKAZ, Depth: 1})
	wantErr(t, "Neighborhood", err, context.Canceled)
	_, err = s.ShortestPaths(ctx, graph.PathQuery{From: idKAZ, To: idRUS, MaxLength: 2})
	wantErr(t, "ShortestPaths", err, context.Canceled)
	_, err = s.Stats(ctx)
	wantErr(t, "Stats", err, context.Canceled)
}

func testConcurrent(t *testing.T, s graph.Store) {
	// Writers share one relationship (and its end nodes) and each add their
	// own article id to it: no update may be lost, no duplicate created.
	const writers = 8
	shared := func(article string) graph.Graph {
		return graph.Graph{
			Nodes: []graph.Node{
				{ID: idKAZ, Labels: []string{graph.LabelState}, Props: graph.Props{"name": "Kazakhstan", "aliases": []string{article}}},
				{ID: idCIS, Labels: []string{graph.LabelOrganization}, Props: graph.Props{"name": "CIS"}},
			},
			Relationships: []graph.Relationship{{Type: graph.RelMemberOf, Start: idKAZ, End: idCIS, Props: graph.Props{
				graph.PropArticleIDs: []string{article}, "status": "FULL",
			}}},
		}
	}
	var wg sync.WaitGroup
	errs := make(chan error, 2*writers)
	var want []string
	for i := range writers {
		article := fmt.Sprintf("article:%016d", i)
		want = append(want, article)
		wg.Go(func() {
			g := synthetic(fmt.Sprintf("w%d", i), 50)
			g.Merge(shared(article))
			if err := s.WriteGraph(t.Context(), g); err != nil {
				errs <- fmt.Errorf("writer %d: %w", i, err)
			}
			if _, err := s.Neighborhood(t.Context(), graph.NeighborhoodQuery{ID: idKAZ, Depth: 1}); err != nil {
				errs <- fmt.Errorf("reader %d: %w", i, err)
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	r := relation(t, s, graph.RelMemberOf, idKAZ, idCIS)
	got := slices.Clone(r.Props.Strings(graph.PropArticleIDs))
	slices.Sort(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("articleIds after concurrent writes (-want +got):\n%s", diff)
	}
	aliases := slices.Clone(node(t, s, idKAZ).Props.Strings("aliases"))
	slices.Sort(aliases)
	if diff := cmp.Diff(want, aliases); diff != "" {
		t.Errorf("aliases after concurrent writes (-want +got):\n%s", diff)
	}
	one := synthetic("w0", 50)
	st := stats(t, s)
	if wantNodes := writers*len(one.Nodes) + 2; st.Nodes != wantNodes {
		t.Errorf("Stats.Nodes = %d, want %d", st.Nodes, wantNodes)
	}
	if wantRels := writers*len(one.Relationships) + 1; st.Relationships != wantRels {
		t.Errorf("Stats.Relationships = %d, want %d", st.Relationships, wantRels)
	}
}

func testClosed(t *testing.T, s graph.Store) {
	loaded(t, s)
	if err := s.Close(t.Context()); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if _, err := s.Stats(t.Context()); err == nil {
		t.Errorf("Stats after Close: no error")
	}
	if err := s.WriteGraph(t.Context(), fixture()); err == nil {
		t.Errorf("WriteGraph after Close: no error")
	}
	if _, err := s.ShortestPaths(t.Context(), graph.PathQuery{From: idKAZ, To: idRUS, MaxLength: 2}); err == nil {
		t.Errorf("ShortestPaths after Close: no error")
	}
	if err := s.Close(t.Context()); err != nil {
		t.Errorf("second Close: %v", err)
	}
}
