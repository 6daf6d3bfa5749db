package storetest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/diplograph/diplograph/graph"
)

// pathIDs renders a path as its node ids and relationship keys, for
// comparisons: "a -[TYPE|a|b]- b".
func pathIDs(ps []graph.Path) []string {
	out := []string{}
	for _, p := range ps {
		s := p.Nodes[0].ID
		for i, r := range p.Relationships {
			s += " -[" + r.Key() + "]- " + p.Nodes[i+1].ID
		}
		out = append(out, s)
	}
	return out
}

func testShortestPaths(t *testing.T, s graph.Store) {
	loaded(t, s)
	hop := func(typ, start, end string) string { return " -[" + key(typ, start, end) + "]- " }
	runCases(t, "ShortestPaths", "paths", s.ShortestPaths, pathIDs, []queryCase[graph.PathQuery]{
		{"OneTwoHopPath", graph.PathQuery{From: idTokayev, To: idPutin, MaxLength: 6},
			[]string{idTokayev + hop(graph.RelParticipatesIn, idTokayev, idMeeting) + idMeeting + hop(graph.RelParticipatesIn, idPutin, idMeeting) + idPutin}},
		// Two relationships join KAZ and the meeting: two paths, by key.
		{"ParallelRelationships", graph.PathQuery{From: idPutin, To: idKAZ, MaxLength: 6},
			[]string{
				idPutin + hop(graph.RelParticipatesIn, idPutin, idMeeting) + idMeeting + hop(graph.RelHosts, idKAZ, idMeeting) + idKAZ,
				idPutin + hop(graph.RelParticipatesIn, idPutin, idMeeting) + idMeeting + hop(graph.RelParticipatesIn, idKAZ, idMeeting) + idKAZ,
			}},
		// Ordered by node ids first, then relationship keys.
		{"OrderAndLimit", graph.PathQuery{From: idPutin, To: idChair, MaxLength: 3, Limit: 3},
			[]string{
				idPutin + hop(graph.RelParticipatesIn, idPutin, idMeeting) + idMeeting + hop(graph.RelConvenedUnder, idMeeting, idCIS) + idCIS + hop(graph.RelChairmanshipOf, idChair, idCIS) + idChair,
				idPutin + hop(graph.RelParticipatesIn, idPutin, idMeeting) + idMeeting + hop(graph.RelHosts, idKAZ, idMeeting) + idKAZ + hop(graph.RelHolds, idKAZ, idChair) + idChair,
				idPutin + hop(graph.RelParticipatesIn, idPutin, idMeeting) + idMeeting + hop(graph.RelParticipatesIn, idKAZ, idMeeting) + idKAZ + hop(graph.RelHolds, idKAZ, idChair) + idChair,
			}},
		{"AllFourThreeHopPaths", graph.PathQuery{From: idChair, To: idPutin, MaxLength: 3},
			[]string{
				idChair + hop(graph.RelChairmanshipOf, idChair, idCIS) + idCIS + hop(graph.RelConvenedUnder, idMeeting, idCIS) + idMeeting + hop(graph.RelParticipatesIn, idPutin, idMeeting) + idPutin,
				idChair + hop(graph.RelChairmanshipOf, idChair, idCIS) + idCIS + hop(graph.RelMemberOf, idRUS, idCIS) + idRUS + hop(graph.RelLeaderOf, idPutin, idRUS) + idPutin,
				idChair + hop(graph.RelHolds, idKAZ, idChair) + idKAZ + hop(graph.RelHosts, idKAZ, idMeeting) + idMeeting + hop(graph.RelParticipatesIn, idPutin, idMeeting) + idPutin,
				idChair + hop(graph.RelHolds, idKAZ, idChair) + idKAZ + hop(graph.RelParticipatesIn, idKAZ, idMeeting) + idMeeting + hop(graph.RelParticipatesIn, idPutin, idMeeting) + idPutin,
			}},
		{"Types", graph.PathQuery{From: idPutin, To: idKAZ, MaxLength: 6, Types: []string{graph.RelParticipatesIn}},
			[]string{idPutin + hop(graph.RelParticipatesIn, idPutin, idMeeting) + idMeeting + hop(graph.RelParticipatesIn, idKAZ, idMeeting) + idKAZ}},
		{"TooShort", graph.PathQuery{From: idPutin, To: idKAZ, MaxLength: 1}, []string{}},
		{"LengthZero", graph.PathQuery{From: idPutin, To: idKAZ}, []string{}},
		{"SameNode", graph.PathQuery{From: idKAZ, To: idKAZ, MaxLength: 3}, []string{idKAZ}},
		// The sentence is reached only through MENTIONS and HAS_SENTENCE,
		// which are not followed unless asked for.
		{"ProvenanceExcluded", graph.PathQuery{From: idTokayev, To: idS0, MaxLength: 6}, []string{}},
		{"ProvenanceOnRequest", graph.PathQuery{From: idTokayev, To: idS0, MaxLength: 6, Types: []string{graph.RelMentions}},
			[]string{idTokayev + hop(graph.RelMentions, idS0, idTokayev) + idS0}},
	})
	f := fixture()
	wantAnswer(t, "FullNodesAndRelationships", "ShortestPaths", s.ShortestPaths, graph.PathQuery{From: idTokayev, To: idPutin, MaxLength: 2}, []graph.Path{{
		Nodes:         []graph.Node{f.Nodes[2], f.Nodes[6], f.Nodes[3]},
		Relationships: []graph.Relationship{f.Relationships[0], f.Relationships[1]},
	}})
	for _, c := range []struct {
		name   string
		q      graph.PathQuery
		target error
	}{
		{"MissingFrom", graph.PathQuery{From: "state:XXX", To: idKAZ, MaxLength: 2}, graph.ErrNotFound},
		{"MissingTo", graph.PathQuery{From: idKAZ, To: "state:XXX", MaxLength: 2}, graph.ErrNotFound},
		{"EmptyID", graph.PathQuery{To: idKAZ, MaxLength: 2}, graph.ErrInvalid},
		{"TooLong", graph.PathQuery{From: idKAZ, To: idRUS, MaxLength: graph.MaxPathLength + 1}, graph.ErrInvalid},
		{"Negative", graph.PathQuery{From: idKAZ, To: idRUS, MaxLength: -1}, graph.ErrInvalid},
		{"UnknownType", graph.PathQuery{From: idKAZ, To: idRUS, MaxLength: 2, Types: []string{"KNOWS"}}, graph.ErrInvalid},
		{"NegativeLimit", graph.PathQuery{From: idKAZ, To: idRUS, MaxLength: 2, Limit: -1}, graph.ErrInvalid},
	} {
		wantQueryErr(t, c.name, "ShortestPaths", s.ShortestPaths, c.q, c.target)
	}
	t.Run("LongestBound", func(t *testing.T) {
		got, err := s.ShortestPaths(t.Context(), graph.PathQuery{From: idKAZ, To: idRUS, MaxLength: graph.MaxPathLength})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 || got[0].Len() != 2 {
			t.Errorf("KAZ → RUS: %v, want 2-hop paths", pathIDs(got))
		}
	})
}

// testSearchSyntax checks that search keys are literal text: characters
// that a full-text query language treats specially (Lucene: + - & | ! ( )
// { } [ ] ^ " ~ * ? : \ / and spaces, the words AND OR NOT) match only
// themselves, as substrings.
func testSearchSyntax(t *testing.T, s graph.Store) {
	n := func(id string, keys ...string) graph.Node {
		return graph.Node{ID: id, Labels: []string{graph.LabelPlace}, Props: graph.Props{"name": id, "searchKeys": keys}}
	}
	write(t, s, graph.Graph{Nodes: []graph.Node{
		n("place:plus", "a+b (c)"),
		n("place:star", "x*y"),
		n("place:colon", `k:v "q" \ / ~ ^ [1] {2} !? &| -`),
		n("place:or", "this or that"),
		n("place:arabic", "قمة استانا"),
		n("place:plain", "xy", "ab c"),
	}})
	for _, c := range []struct {
		key  string
		want []string
	}{
		{"a+b (c)", []string{"place:plus"}},
		{"+b (", []string{"place:plus"}},
		{"b (c", []string{"place:plus"}},
		{"*", []string{"place:star"}},
		{"x*y", []string{"place:star"}},
		{"?", []string{"place:colon"}},
		{`"q" \ /`, []string{"place:colon"}},
		{"&| -", []string{"place:colon"}},
		{"or", []string{"place:or"}},
		{"s or t", []string{"place:or"}},
		{" or ", []string{"place:or"}},
		{"AND", []string{}},
		{"ة است", []string{"place:arabic"}},
		{"b c", []string{"place:plain"}},
		{"c", []string{"place:plain", "place:plus"}},
		{"y", []string{"place:plain", "place:star"}},
	} {
		got, err := s.Search(t.Context(), graph.SearchQuery{Key: c.key})
		if err != nil {
			t.Errorf("Search(%q): %v", c.key, err)
			continue
		}
		if diff := cmp.Diff(c.want, nodeIDs(got)); diff != "" {
			t.Errorf("Search(%q) (-want +got):\n%s", c.key, diff)
		}
	}
}
