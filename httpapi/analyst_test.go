package httpapi_test

// The analyst API of issue 4 (connections with last/before, orderBy,
// filters, aggregations, timeline, path, provenance, batching, safety),
// run against every store: the embedded store always, and Neo4j when
// NEO4J_TEST_URI is set (skipped otherwise, a failure under CI=true). The
// Neo4j tests wipe its database: run them with go test -p 1.

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/httpapi"
	"github.com/diplograph/diplograph/httpapi/apitest"
	"github.com/diplograph/diplograph/internal/testci"
	tg "github.com/diplograph/diplograph/internal/testgraph"
	"github.com/diplograph/diplograph/internal/teststores"
	"github.com/diplograph/diplograph/resolvers"
)

// forEachStore runs fn against a client over each backend holding gs.
func forEachStore(t *testing.T, gs []graph.Graph, fn func(t *testing.T, c *apitest.Client, st graph.Store)) {
	for _, b := range teststores.All(t) {
		t.Run(b.Name, func(t *testing.T) {
			st := b.Open(t)
			for _, g := range gs {
				if err := st.WriteGraph(context.Background(), g); err != nil {
					t.Fatalf("write graph: %v", err)
				}
			}
			fn(t, newClient(t, st, nil), st)
		})
	}
}

// history is the test graph with the follow-up facts.
func history() []graph.Graph { return []graph.Graph{tg.CISAstana(), tg.FollowUp()} }

// ids collects edges[].node.id of a connection decoded into conn.
type conn struct {
	TotalCount int
	PageInfo   struct {
		HasNextPage, HasPreviousPage bool
		StartCursor, EndCursor       *string
	}
	Edges []struct {
		Cursor string
		Node   struct{ ID string }
	}
}

func (c conn) ids() []string {
	out := []string{}
	for _, e := range c.Edges {
		out = append(out, e.Node.ID)
	}
	return out
}

func TestBackwardPaginationAndOrder(t *testing.T) {
	forEachStore(t, []graph.Graph{tg.CISAstana()}, func(t *testing.T, c *apitest.Client, _ graph.Store) {
		const q = `query($first: Int, $after: String, $last: Int, $before: String, $order: Order) {
		  states(first: $first, after: $after, last: $last, before: $before, orderBy: $order) {
		    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }
		  }
		}`
		page := func(vars map[string]any) conn {
			t.Helper()
			var data struct{ States conn }
			if err := c.Query(ctx(t), q, vars, &data); err != nil {
				t.Fatalf("%v: %v", vars, err)
			}
			return data.States
		}
		// Walk backward from the end, three at a time.
		var pages [][]string
		var before any
		for {
			p := page(map[string]any{"last": 3, "before": before})
			diff(t, "totalCount", 8, p.TotalCount)
			pages = append(pages, p.ids())
			if !p.PageInfo.HasPreviousPage {
				break
			}
			before = *p.PageInfo.StartCursor
		}
		diff(t, "pages backward", [][]string{{tg.TUR, tg.UKR, tg.UZB}, {tg.MDA, tg.QAT, tg.RUS}, {tg.KAZ, tg.KGZ}}, pages)
		// The last page: no next page.
		p := page(map[string]any{"last": 2})
		diff(t, "last page", []any{[]string{tg.UKR, tg.UZB}, false, true}, []any{p.ids(), p.PageInfo.HasNextPage, p.PageInfo.HasPreviousPage})
		// Forward from a cursor of a backward page gives the same items.
		p = page(map[string]any{"first": 2, "after": *p.PageInfo.StartCursor})
		diff(t, "after a backward cursor", []string{tg.UZB}, p.ids())
		// Descending by name, then the page before the second item.
		desc := map[string]any{"field": "NAME", "direction": "DESC"}
		p = page(map[string]any{"first": 3, "order": desc})
		diff(t, "by name DESC", []string{tg.UZB, tg.UKR, tg.TUR}, p.ids())
		p = page(map[string]any{"last": 5, "before": p.Edges[1].Cursor, "order": desc})
		diff(t, "before, by name DESC", []string{tg.UZB}, p.ids())
		// Empty pages.
		p = page(map[string]any{"last": 0})
		diff(t, "last: 0", []any{0, true, (*string)(nil)}, []any{len(p.Edges), p.PageInfo.HasPreviousPage, p.PageInfo.StartCursor})
		for _, tc := range []struct {
			vars map[string]any
			msg  string
		}{
			{map[string]any{"first": 1, "last": 1}, "pass first or last, not both"},
			{map[string]any{"last": 101}, "last must be between 0 and 100, got 101"},
			{map[string]any{"before": "bm9wZQ"}, `invalid cursor "bm9wZQ": pass an endCursor, startCursor or cursor from a previous page`},
			{map[string]any{"after": p.PageInfo.StartCursor, "order": desc}, ""},
		} {
			if tc.msg == "" {
				// A cursor of the id order used with the name order.
				var data struct{ States conn }
				_ = c.Query(ctx(t), q, map[string]any{"first": 1}, &data)
				tc.vars["after"] = data.States.Edges[0].Cursor
				tc.msg = fmt.Sprintf("cursor %q belongs to another list order: pass a cursor of this list with the same orderBy", data.States.Edges[0].Cursor)
			}
			_, errs := errorsOf(t, c, q, tc.vars)
			diff(t, "error", apitest.Errors{{Message: tc.msg, Path: []any{"states"}, Extensions: map[string]any{"code": "BAD_USER_INPUT"}}}, errs)
		}
		_, errs := errorsOf(t, c, `{ states(orderBy: {field: DATE}) { totalCount } }`, nil)
		diff(t, "unsupported order", []string{"states cannot be ordered by DATE; use one of NAME, ID"}, []string{errs[0].Message})
	})
}

func TestFiltersAndOrderBy(t *testing.T) {
	forEachStore(t, history(), func(t *testing.T, c *apitest.Client, _ graph.Store) {
		for _, tc := range []struct {
			name, query string
			vars        map[string]any
			want        []string
		}{
			{"meetings by date DESC", `query($o: Order) { list: meetings(orderBy: $o, first: 3) { totalCount edges { node { id } } } }`,
				map[string]any{"o": map[string]any{"field": "DATE", "direction": "DESC"}}, []string{tg.NextCIS, tg.PutinTokayev, tg.RCA}},
			{"meetings by name", `{ list: meetings(orderBy: {field: NAME}, filter: {placeId: "place:astana"}) { edges { node { id } } } }`, nil,
				[]string{tg.CICASumm, tg.CISSummit, tg.RCA}},
			{"meetings of a person in a range", `{ list: meetings(filter: {participantId: "person:vladimir-putin", from: "2022-01-01", to: "2022-12-31"}) { edges { node { id } } } }`, nil,
				[]string{tg.RusTur, tg.CISSummit}},
			{"meetings of a state, organisation, kind, status", `{ list: meetings(filter: {participantId: "state:KAZ", organizationId: "org:cis", kind: SUMMIT, status: HELD}) { edges { node { id } } } }`, nil,
				[]string{tg.CISDushanbe}},
			{"initiatives by proposer", `{ list: initiatives(filter: {proposerId: "person:kassym-jomart-tokayev"}) { edges { node { id } } } }`, nil,
				[]string{tg.RussianLanguage}},
			{"initiatives by organisation and status", `{ list: initiatives(filter: {organizationId: "org:cis", status: EXPECTED}) { edges { node { id } } } }`, nil,
				[]string{tg.HumanRights}},
			{"initiatives by meeting, by start year DESC", `{ list: initiatives(filter: {meetingId: "` + tg.CISSummit + `"}, orderBy: {field: DATE, direction: DESC}) { edges { node { id } } } }`, nil,
				[]string{tg.RussianLanguage, tg.HumanRights, tg.AntiCorruption, tg.CounterTerror}},
			{"chairmanships of an organisation", `{ list: chairmanships(filter: {organizationId: "org:cis"}) { edges { node { id } } } }`, nil,
				[]string{tg.Chair2021, tg.Chair2022, tg.Chair2023}},
			{"chairmanships of a state", `{ list: chairmanships(filter: {stateId: "state:KAZ"}) { edges { node { id } } } }`, nil,
				[]string{tg.Chair2022, tg.Chair2023}},
			{"chairmanships of a state as chair", `{ list: chairmanships(filter: {stateId: "state:KAZ", role: CHAIR}) { edges { node { id } } } }`, nil,
				[]string{tg.Chair2022}},
			{"chairmanships with a co-chair", `{ list: chairmanships(filter: {role: CO_CHAIR}) { edges { node { id } } } }`, nil,
				[]string{tg.Chair2023}},
			{"chairmanships overlapping 2022-2023, newest first", `{ list: chairmanships(filter: {fromYear: 2022, toYear: 2023}, orderBy: {field: DATE, direction: DESC}) { edges { node { id } } } }`, nil,
				[]string{tg.Chair2023, tg.Chair2022}},
			{"people leading a state", `{ list: people(filter: {office: LEADER}) { edges { node { id } } } }`, nil,
				[]string{tg.Tokayev, tg.Sandu, tg.Putin}},
			{"people of a state (leader, minister of a ministry part of it)", `{ list: people(filter: {stateId: "state:RUS"}) { edges { node { id } } } }`, nil,
				[]string{tg.Lavrov, tg.Putin}},
			{"officials of a state", `{ list: people(filter: {stateId: "state:RUS", office: OFFICIAL}) { edges { node { id } } } }`, nil,
				[]string{tg.Lavrov}},
			{"people of an organisation", `{ list: people(filter: {organizationId: "org:cis-executive-committee"}) { edges { node { id } } } }`, nil,
				[]string{tg.Lebedev}},
			{"people by title", `{ list: people(filter: {title: "minister"}, orderBy: {field: NAME}) { edges { node { id } } } }`, nil,
				[]string{tg.Lavrov}},
			{"people by title, by name", `{ list: people(filter: {title: "PRESIDENT"}, orderBy: {field: NAME}) { edges { node { id } } } }`, nil,
				[]string{tg.Tokayev, tg.Sandu, tg.Putin}},
			{"entities by label", `{ list: entities(labels: [PLACE, CHAIRMANSHIP], orderBy: {field: NAME}) { totalCount edges { node { id } } } }`, nil,
				[]string{tg.Astana, tg.Bishkek, tg.Chair2021, tg.Chair2022, tg.Chair2023, tg.Dushanbe, tg.Moscow}},
		} {
			var data struct{ List conn }
			if err := c.Query(ctx(t), tc.query, tc.vars, &data); err != nil {
				t.Fatalf("%s: %v", tc.name, err)
			}
			diff(t, tc.name, tc.want, data.List.ids())
		}
		_, errs := errorsOf(t, c, `{ entities(labels: [ARTICLE]) { totalCount } }`, nil)
		diff(t, "entities of a non-entity label", []string{"ARTICLE is not an entity label"}, []string{errs[0].Message})
	})
}

func TestAggregations(t *testing.T) {
	forEachStore(t, history(), func(t *testing.T, c *apitest.Client, _ graph.Store) {
		var data struct {
			Putin, States []struct {
				Actor      struct{ ID string }
				Count      int
				MeetingIDs []string `json:"meetingIds"`
			}
			PerYear, CIS []struct {
				Organization struct{ ID string }
				Year, Count  int
			}
		}
		err := c.Query(ctx(t), `{
		  putin: coParticipants(actorId: "person:vladimir-putin", first: 3) { actor { id } count meetingIds }
		  states: coParticipants(actorId: "state:RUS", labels: [STATE]) { actor { id } count meetingIds }
		  perYear: meetingsPerYear { organization { id } year count }
		  cis: meetingsPerYear(organizationId: "org:cis") { organization { id } year count }
		}`, nil, &data)
		if err != nil {
			t.Fatal(err)
		}
		type co struct {
			ID    string
			Count int
			M     []string
		}
		var got []co
		for _, p := range data.Putin {
			got = append(got, co{p.Actor.ID, p.Count, p.MeetingIDs})
		}
		diff(t, "Putin's co-participants", []co{
			{tg.KAZ, 3, []string{tg.CISDushanbe, tg.CISSummit, tg.PutinTokayev}},
			{tg.RUS, 2, []string{tg.CISDushanbe, tg.CISSummit}},
			{tg.Tokayev, 1, []string{tg.PutinTokayev}},
		}, got)
		got = nil
		for _, p := range data.States {
			got = append(got, co{p.Actor.ID, p.Count, p.MeetingIDs})
		}
		diff(t, "Russia's co-participating states", []co{
			{tg.KAZ, 2, []string{tg.CISDushanbe, tg.CISSummit}},
			{tg.KGZ, 1, []string{tg.CISSummit}},
			{tg.TJK, 1, []string{tg.CISDushanbe}},
			{tg.UZB, 1, []string{tg.CISSummit}},
		}, got)
		type oy struct{ Org, Year, Count any }
		var years []oy
		for _, y := range data.PerYear {
			years = append(years, oy{y.Organization.ID, y.Year, y.Count})
		}
		diff(t, "meetings per year", []oy{{tg.CICA, 2022, 1}, {tg.CIS, 2021, 1}, {tg.CIS, 2022, 1}}, years)
		diff(t, "CIS meetings per year", 2, len(data.CIS))

		_, errs := errorsOf(t, c, `{ coParticipants(actorId: "org:cis") { count } }`, nil)
		diff(t, "co-participants of a non-actor", []string{"NOT_FOUND"}, errs.Codes())
		_, errs = errorsOf(t, c, `{ coParticipants(actorId: "state:RUS", first: 0) { count } }`, nil)
		diff(t, "first: 0", []string{"BAD_USER_INPUT"}, errs.Codes())
		_, errs = errorsOf(t, c, `{ meetingsPerYear(organizationId: "place:astana") { count } }`, nil)
		diff(t, "meetings per year of a non-organisation", []string{"NOT_FOUND"}, errs.Codes())
	})
}

func TestTimeline(t *testing.T) {
	forEachStore(t, history(), func(t *testing.T, c *apitest.Client, _ graph.Store) {
		type event struct {
			Kind, Date, Status string
			Role, Reason       *string
			Meeting            *struct{ ID string }
			Destination        *struct{ ID string }
		}
		type events struct {
			TotalCount int
			Edges      []struct{ Node event }
		}
		var data struct {
			Kaz, Putin, Tokayev, Sandu, Window events
		}
		const sel = `totalCount edges { node { kind date status role reason meeting { id } destination { ... on Place { id } } } }`
		err := c.Query(ctx(t), `{
		  kaz: timeline(actorId: "state:KAZ") { `+sel+` }
		  putin: timeline(actorId: "person:vladimir-putin", kinds: [PARTICIPATED, CHAIRED]) { `+sel+` }
		  tokayev: timeline(actorId: "person:kassym-jomart-tokayev", from: "2023-01-01") { `+sel+` }
		  sandu: timeline(actorId: "person:maia-sandu") { `+sel+` }
		  window: timeline(actorId: "state:KAZ", from: "2022-10-14", to: "2022-10-14", last: 1) { `+sel+` }
		}`, nil, &data)
		if err != nil {
			t.Fatal(err)
		}
		line := func(es events) []string {
			out := []string{}
			for _, e := range es.Edges {
				n := e.Node
				s := n.Date + " " + n.Kind + " " + n.Status
				if n.Meeting != nil {
					s += " " + n.Meeting.ID
				}
				if n.Destination != nil {
					s += " " + n.Destination.ID
				}
				if n.Role != nil {
					s += " role=" + *n.Role
				}
				if n.Reason != nil {
					s += " reason=" + *n.Reason
				}
				out = append(out, s)
			}
			return out
		}
		diff(t, "Kazakhstan", []string{
			"2021-10-15 PARTICIPATED HELD " + tg.CISDushanbe,
			"2022-10-13 HOSTED HELD " + tg.CICASumm + " role=HOST",
			"2022-10-14 PARTICIPATED PLANNED " + tg.CISSummit + " role=HOST",
			"2022-10-14 HOSTED PLANNED " + tg.CISSummit + " role=HOST",
			"2023-06-01 PARTICIPATED PLANNED " + tg.PutinTokayev,
		}, line(data.Kaz))
		diff(t, "Putin, participations and chairs", []string{
			"2021-10-15 PARTICIPATED HELD " + tg.CISDushanbe,
			"2022-10-13 PARTICIPATED HELD " + tg.RusTur,
			"2022-10-14 PARTICIPATED PLANNED " + tg.CISSummit,
			"2023-06-01 PARTICIPATED PLANNED " + tg.PutinTokayev + " role=HOST",
			"2023-06-01 CHAIRED PLANNED " + tg.PutinTokayev + " role=CHAIR",
		}, line(data.Putin))
		diff(t, "Tokayev from 2023, a visit included", []string{
			"2023-05-31 VISITED PLANNED " + tg.Moscow + " role=OFFICIAL",
			"2023-06-01 PARTICIPATED PLANNED " + tg.PutinTokayev + " role=GUEST",
		}, line(data.Tokayev))
		diff(t, "Sandu", []string{"2022-10-14 ABSENT PLANNED " + tg.CISSummit + " reason=جدول العمل المزدحم"}, line(data.Sandu))
		diff(t, "one day, last event", []any{2, []string{"2022-10-14 HOSTED PLANNED " + tg.CISSummit + " role=HOST"}}, []any{data.Window.TotalCount, line(data.Window)})

		_, errs := errorsOf(t, c, `{ timeline(actorId: "place:astana") { totalCount } }`, nil)
		diff(t, "timeline of a place", []string{"NOT_FOUND"}, errs.Codes())
		_, errs = errorsOf(t, c, `{ timeline(actorId: "state:KAZ", from: "2023-01-01", to: "2022-01-01") { totalCount } }`, nil)
		diff(t, "inverted range", []string{"BAD_USER_INPUT"}, errs.Codes())
	})
}

func TestPath(t *testing.T) {
	forEachStore(t, []graph.Graph{tg.CISAstana()}, func(t *testing.T, c *apitest.Client, _ graph.Store) {
		var data struct {
			Path struct {
				Length *int
				Paths  []struct {
					Length int
					Nodes  []struct{ ID string }
					Edges  []struct{ Type, Source, Target string }
				}
				Nodes []struct{ ID string }
				Edges []struct{ ID string }
			}
			Far struct {
				Length *int
				Paths  []any
			}
		}
		err := c.Query(ctx(t), `{
		  path(fromId: "person:kassym-jomart-tokayev", toId: "person:vladimir-putin") {
		    length paths { length nodes { id } edges { type source target } } nodes { id } edges { id }
		  }
		  far: path(fromId: "person:kassym-jomart-tokayev", toId: "person:vladimir-putin", maxLength: 2) { length paths { length } }
		}`, nil, &data)
		if err != nil {
			t.Fatal(err)
		}
		var paths []string
		for _, p := range data.Path.Paths {
			s := ""
			for i, n := range p.Nodes {
				s += n.ID
				if i < len(p.Edges) {
					e := p.Edges[i]
					s += " -" + e.Type + "- "
				}
			}
			paths = append(paths, s)
			diff(t, "path length", 3, p.Length)
		}
		diff(t, "length", 3, *data.Path.Length)
		diff(t, "paths", []string{
			tg.Tokayev + " -PROPOSED- " + tg.RussianLanguage + " -CONSIDERS- " + tg.CISSummit + " -PARTICIPATES_IN- " + tg.Putin,
			tg.Tokayev + " -LEADER_OF- " + tg.KAZ + " -HOSTS- " + tg.CISSummit + " -PARTICIPATES_IN- " + tg.Putin,
			tg.Tokayev + " -LEADER_OF- " + tg.KAZ + " -PARTICIPATES_IN- " + tg.CISSummit + " -PARTICIPATES_IN- " + tg.Putin,
			tg.Tokayev + " -LEADER_OF- " + tg.KAZ + " -DIPLOMATIC_RELATIONS- " + tg.RUS + " -LEADER_OF- " + tg.Putin,
		}, paths)
		diff(t, "union of nodes", 6, len(data.Path.Nodes))
		diff(t, "union of edges", 8, len(data.Path.Edges))
		diff(t, "not within 2 hops", []any{(*int)(nil), 0}, []any{data.Far.Length, len(data.Far.Paths)})

		for _, q := range []string{
			`{ path(fromId: "state:KAZ", toId: "state:RUS", maxLength: 7) { length } }`,
			`{ path(fromId: "state:KAZ", toId: "state:RUS", maxLength: 0) { length } }`,
			`{ path(fromId: "state:KAZ", toId: "state:RUS", limit: 101) { length } }`,
			`{ path(fromId: "state:KAZ", toId: "state:RUS", relationshipTypes: ["KNOWS"]) { length } }`,
		} {
			_, errs := errorsOf(t, c, q, nil)
			diff(t, q, []string{"BAD_USER_INPUT"}, errs.Codes())
		}
		_, errs := errorsOf(t, c, `{ path(fromId: "state:KAZ", toId: "state:XXX") { length } }`, nil)
		diff(t, "missing end", apitest.Errors{{Message: `node "state:XXX" not found`, Path: []any{"path"}, Extensions: map[string]any{"code": "NOT_FOUND"}}}, errs)
	})
}

func TestProvenanceOnEveryEdge(t *testing.T) {
	forEachStore(t, []graph.Graph{tg.CISAstana()}, func(t *testing.T, c *apitest.Client, _ graph.Store) {
		var data struct {
			Meeting struct {
				ParticipantsConnection struct {
					TotalCount int
					Edges      []struct {
						Node struct {
							Status     string
							Confidence float64
							Evidence   []struct {
								SentenceID string `json:"sentenceId"`
								Text       string
								Start, End int
								Article    struct{ Title, Date, Source, Language string }
							}
						}
					}
				}
			}
		}
		err := c.Query(ctx(t), `{ meeting(id: "`+tg.CISSummit+`") { participantsConnection(last: 1) { totalCount edges { node {
		  status confidence evidence { sentenceId text start end article { title date source language } } } } } } }`, nil, &data)
		if err != nil {
			t.Fatal(err)
		}
		pc := data.Meeting.ParticipantsConnection
		diff(t, "participants", 5, pc.TotalCount)
		n := pc.Edges[0].Node // state:UZB, the last by id
		diff(t, "status and confidence", []any{"PLANNED", 0.9}, []any{n.Status, n.Confidence})
		ev := n.Evidence[0]
		s := tg.Sentences[tg.SParticipants]
		diff(t, "evidence", []any{tg.SentenceID(tg.SParticipants), s, tg.SParticipants * 100, tg.SParticipants*100 + len([]rune(s))},
			[]any{ev.SentenceID, ev.Text, ev.Start, ev.End})
		diff(t, "article", struct{ Title, Date, Source, Language string }{tg.Sentences[tg.SHeadline], "2022-10-14", "TASS", "ar"}, ev.Article)
	})
}

// countingStore counts every call of a Reader.
type countingStore struct {
	resolvers.Reader
	calls atomic.Int32
}

func (c *countingStore) Node(ctx context.Context, id string) (graph.Node, error) {
	c.calls.Add(1)
	return c.Reader.Node(ctx, id)
}
func (c *countingStore) Nodes(ctx context.Context, q graph.NodeQuery) ([]graph.Node, error) {
	c.calls.Add(1)
	return c.Reader.Nodes(ctx, q)
}
func (c *countingStore) Relationships(ctx context.Context, q graph.RelQuery) ([]graph.Relationship, error) {
	c.calls.Add(1)
	return c.Reader.Relationships(ctx, q)
}
func (c *countingStore) Search(ctx context.Context, q graph.SearchQuery) ([]graph.Node, error) {
	c.calls.Add(1)
	return c.Reader.Search(ctx, q)
}
func (c *countingStore) Neighborhood(ctx context.Context, q graph.NeighborhoodQuery) (graph.Graph, error) {
	c.calls.Add(1)
	return c.Reader.Neighborhood(ctx, q)
}
func (c *countingStore) ShortestPaths(ctx context.Context, q graph.PathQuery) ([]graph.Path, error) {
	c.calls.Add(1)
	return c.Reader.ShortestPaths(ctx, q)
}
func (c *countingStore) Stats(ctx context.Context) (graph.Stats, error) {
	c.calls.Add(1)
	return c.Reader.Stats(ctx)
}

// TestStoreCallsBounded runs a query over 50 meetings with their places
// and participants (250 participations) and checks that the dataloaders
// keep the store calls bounded: one list, one lookup per relationship type
// and one node batch, whatever the number of meetings.
func TestStoreCallsBounded(t *testing.T) {
	const maxCalls = 6
	for _, b := range teststores.All(t) {
		t.Run(b.Name, func(t *testing.T) {
			st := b.Open(t)
			if err := st.WriteGraph(context.Background(), tg.ManyMeetings(50)); err != nil {
				t.Fatal(err)
			}
			cs := &countingStore{Reader: st}
			// a batching window long enough that a loaded machine still
			// gathers a page's lookups in one call: the bound is about
			// batching, not about speed
			cfg := httpapi.DefaultConfig()
			cfg.BatchWait = 100 * time.Millisecond
			c := newClient(t, cs, &cfg)
			var data struct {
				Meetings struct {
					TotalCount int
					Edges      []struct {
						Node struct {
							Place        struct{ Name string }
							Participants []struct {
								Participant struct{ Name string }
							}
						}
					}
				}
			}
			for run := range 3 {
				cs.calls.Store(0)
				err := c.Query(ctx(t), `{ meetings(first: 50) { totalCount edges { node { id place { name } participants { status participant { __typename id name } } } } } }`, nil, &data)
				if err != nil {
					t.Fatal(err)
				}
				parts := 0
				for _, e := range data.Meetings.Edges {
					parts += len(e.Node.Participants)
					if e.Node.Place.Name == "" {
						t.Fatalf("a meeting without its place: %+v", e.Node)
					}
				}
				diff(t, "meetings and participants", []int{50, 250}, []int{len(data.Meetings.Edges), parts})
				n := cs.calls.Load()
				t.Logf("run %d: %d store calls for 50 meetings, their places and 250 participants", run, n)
				if n > maxCalls {
					t.Errorf("run %d: %d store calls, want at most %d", run, n, maxCalls)
				}
			}
		})
	}
}

// TestNeo4jTimeout gives requests a deadline far shorter than a heavy
// Neo4j query: the deadline reaches the driver and the answer is TIMEOUT,
// without internal details.
func TestNeo4jTimeout(t *testing.T) {
	bs := teststores.All(t)
	if len(bs) < 2 {
		testci.Skip(t, "NEO4J_TEST_URI unset: no Neo4j to time out")
	}
	st := bs[1].Open(t)
	if err := st.WriteGraph(context.Background(), tg.ManyMeetings(400)); err != nil {
		t.Fatal(err)
	}
	cfg := httpapi.DefaultConfig()
	cfg.RequestTimeout = 5 * time.Millisecond
	c := newClient(t, st, &cfg)
	start := time.Now()
	_, errs := errorsOf(t, c, `{ neighborhood(id: "state:XAX", depth: 3, limit: 1000) { nodes { id } } path(fromId: "state:XAX", toId: "person:leader-b", maxLength: 6, limit: 100) { length } }`, nil)
	if len(errs) == 0 {
		t.Fatal("no error within a 5ms deadline")
	}
	for _, e := range errs {
		if e.Code() != "TIMEOUT" || e.Message != "the request timed out" {
			t.Errorf("error %+v, want TIMEOUT with a generic message", e)
		}
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("the request took %v despite its 5ms deadline", d)
	}
}

func TestPersistedQueries(t *testing.T) {
	c := newClient(t, newStore(t), nil)
	const query = `{ state(id: "state:KAZ") { name } }`
	sum := sha256.Sum256([]byte(query))
	ext := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}}
	post := func(body map[string]any) *apitest.Response {
		t.Helper()
		resp, err := c.PostBody(ctx(t), body)
		if err != nil {
			t.Fatal(err)
		}
		return resp
	}
	// 1. Hash only, unknown: PERSISTED_QUERY_NOT_FOUND.
	resp := post(map[string]any{"extensions": ext})
	diff(t, "hash only, first time", []string{"PERSISTED_QUERY_NOT_FOUND"}, resp.Errors.Codes())
	// 2. Hash and query: answered, and stored.
	resp = post(map[string]any{"query": query, "extensions": ext})
	diff(t, "hash and query", []any{0, `{"state":{"name":"Kazakhstan"}}`}, []any{len(resp.Errors), string(resp.Data)})
	// 3. Hash only again: answered from the cache, over POST and GET.
	resp = post(map[string]any{"extensions": ext})
	diff(t, "hash only, second time", []any{0, `{"state":{"name":"Kazakhstan"}}`}, []any{len(resp.Errors), string(resp.Data)})
	resp, err := c.GetExtensions(ctx(t), ext)
	if err != nil {
		t.Fatal(err)
	}
	diff(t, "hash only over GET", []any{http.StatusOK, `{"state":{"name":"Kazakhstan"}}`}, []any{resp.Status, string(resp.Data)})
	// A hash that does not match the query is refused.
	bad := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": strings.Repeat("0", 64)}}
	resp = post(map[string]any{"query": query, "extensions": bad})
	diff(t, "mismatched hash", apitest.Errors{{Message: "provided APQ hash does not match query", Extensions: map[string]any{"code": "BAD_REQUEST"}}}, resp.Errors)
	// With APQ off, hash-only requests are not supported.
	cfg := httpapi.DefaultConfig()
	cfg.DisableAPQ = true
	off := newClient(t, newStore(t), &cfg)
	resp, err = off.PostBody(ctx(t), map[string]any{"extensions": ext})
	if err != nil {
		t.Fatal(err)
	}
	if len(resp.Errors) != 1 {
		t.Errorf("APQ disabled: %+v", resp.Errors)
	}
}

// codesOrMessages returns each error's code, or its message when it has none.
func codesOrMessages(es apitest.Errors) []string {
	out := []string{}
	for _, e := range es {
		if e.Code() != "" {
			out = append(out, e.Code())
		} else {
			out = append(out, e.Message)
		}
	}
	return out
}

func TestLimitCodes(t *testing.T) {
	forEachStore(t, []graph.Graph{tg.CISAstana()}, func(t *testing.T, _ *apitest.Client, st graph.Store) {
		cfg := httpapi.DefaultConfig()
		cfg.DepthLimit, cfg.ComplexityLimit = 5, 300
		c := newClient(t, st, &cfg)
		for _, tc := range []struct{ query, code string }{
			{`{ meetings { edges { node { participants { evidence { article { title } } } } } } }`, "DEPTH_LIMIT_EXCEEDED"},
			{`{ meetings(last: 100) { edges { node { id name } } } }`, "COMPLEXITY_LIMIT_EXCEEDED"},
			{`{ timeline(actorId: "state:KAZ", first: 100) { edges { node { kind status } } } }`, "COMPLEXITY_LIMIT_EXCEEDED"},
			{`{ path(fromId: "state:KAZ", toId: "state:RUS", maxLength: 6, limit: 100) { length } }`, "COMPLEXITY_LIMIT_EXCEEDED"},
			{`{ meetings(first: 200) { totalCount } }`, "BAD_USER_INPUT"},
		} {
			resp, errs := errorsOf(t, c, tc.query, nil)
			diff(t, tc.query, []string{tc.code}, errs.Codes())
			diff(t, tc.query+": data", "null", string(resp.Data))
		}
		var data struct{ Meetings struct{ TotalCount int } }
		if err := c.Query(ctx(t), `{ meetings(last: 10) { totalCount edges { node { id } } } }`, nil, &data); err != nil {
			t.Errorf("query within limits: %v", err)
		}
	})
}
