package httpapi_test

import (
	"fmt"
	"testing"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/httpapi/apitest"
	tg "github.com/diplograph/diplograph/internal/testgraph"
)

// twinPage is a page of a relationship connection: each node's other end
// (the field named by the query's alias `end`) is decoded as its id.
type twinPage struct {
	TotalCount int
	PageInfo   struct {
		HasNextPage, HasPreviousPage bool
		StartCursor, EndCursor       *string
	}
	Edges []struct {
		Cursor string
		Node   struct{ End struct{ ID string } }
	}
}

func (p twinPage) ends() []string {
	out := []string{}
	for _, e := range p.Edges {
		out = append(out, e.Node.End.ID)
	}
	return out
}

// pageShape is what a test compares of a page: ends, totalCount,
// hasPreviousPage, hasNextPage.
func (p twinPage) shape() []any {
	return []any{p.ends(), p.TotalCount, p.PageInfo.HasPreviousPage, p.PageInfo.HasNextPage}
}

// TestConnectionTwins pages the connection twins of plain lists of
// relationships (hosts, speakers, holders, proposers, leaders, officials,
// diplomatic relations, memberships, chairmanships, visits …) over the test
// graph: first/last, cursors, totalCount, empty lists and bad cursors.
func TestConnectionTwins(t *testing.T) {
	forEachStore(t, history(), func(t *testing.T, c *apitest.Client, _ graph.Store) {
		// page runs field(args) on the node owner(id: id), selecting the
		// other end of each relationship as `end`.
		page := func(owner, id, field, end, pageArgs string) twinPage {
			t.Helper()
			q := fmt.Sprintf(`{ n: %s(id: %q) { c: %s%s {
			  totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			  edges { cursor node { end: %s } } } } }`, owner, id, field, pageArgs, end)
			var data struct{ N struct{ C twinPage } }
			if err := c.Query(ctx(t), q, nil, &data); err != nil {
				t.Fatalf("%s.%s%s: %v", owner, field, pageArgs, err)
			}
			return data.N.C
		}

		// Chairmanship holders: chair first, then co-chairs by state id.
		holders := page("chairmanship", tg.Chair2023, "holdersConnection", "state { id }", "(first: 2)")
		diff(t, "holders first 2", []any{[]string{tg.KGZ, tg.KAZ}, 3, false, true}, holders.shape())
		rest := page("chairmanship", tg.Chair2023, "holdersConnection", "state { id }", fmt.Sprintf("(after: %q)", *holders.PageInfo.EndCursor))
		diff(t, "holders after", []any{[]string{tg.RUS}, 3, true, false}, rest.shape())
		last := page("chairmanship", tg.Chair2023, "holdersConnection", "state { id }", fmt.Sprintf("(last: 1, before: %q)", *rest.PageInfo.StartCursor))
		diff(t, "holders last 1 before RUS", []any{[]string{tg.KAZ}, 3, true, true}, last.shape())

		// Diplomatic relations, read from either end, by the other state's id.
		rels := page("state", tg.RUS, "diplomaticRelationsConnection", "state { id }", "(last: 2)")
		diff(t, "RUS relations last 2", []any{[]string{tg.KGZ, tg.UZB}, 3, true, false}, rels.shape())
		rels = page("state", tg.KAZ, "diplomaticRelationsConnection", "state { id }", "")
		diff(t, "KAZ relations", []any{[]string{tg.RUS}, 1, false, false}, rels.shape())

		// A state's hosted meetings, chairmanships, leaders; a meeting's
		// hosts and speakers; an initiative's proposers; a person's offices.
		for _, tc := range []struct {
			owner, id, field, end string
			want                  []string
		}{
			{"state", tg.KAZ, "hostedMeetingsConnection", "meeting { id }", []string{tg.CICASumm, tg.CISSummit}},
			{"state", tg.KAZ, "chairmanshipsConnection", "chairmanship { id }", []string{tg.Chair2022, tg.Chair2023}},
			{"state", tg.KAZ, "leadersConnection", "person { id }", []string{tg.Tokayev}},
			{"state", tg.KAZ, "foundingsConnection", "organization { id }", []string{tg.CICA}},
			{"meeting", tg.CISSummit, "hostsConnection", "host { id }", []string{tg.KAZ}},
			{"meeting", tg.CISSummit, "speakersConnection", "speaker { id }", []string{tg.Lebedev}},
			{"initiative", tg.RussianLanguage, "proposersConnection", "proposer { id }", []string{tg.Tokayev}},
			{"person", tg.Tokayev, "proposalsConnection", "initiative { id }", []string{tg.RussianLanguage}},
			{"person", tg.Lebedev, "officesConnection", "body { ... on Organization { id } }", []string{tg.CISExec}},
		} {
			p := page(tc.owner, tc.id, tc.field, tc.end, "")
			diff(t, tc.owner+"."+tc.field, []any{tc.want, len(tc.want), false, false}, p.shape())
		}

		// Twins of plain lists of nodes: side meetings by date then id, an
		// organisation's chairmanships by start year.
		var nodes struct {
			Meeting      struct{ SideMeetingsConnection conn }
			Organization struct{ ChairmanshipsConnection conn }
		}
		if err := c.Query(ctx(t), fmt.Sprintf(`{
		  meeting(id: %q) { sideMeetingsConnection(first: 1) { totalCount pageInfo { hasNextPage hasPreviousPage } edges { node { id } } } }
		  organization(id: %q) { chairmanshipsConnection(last: 2) { totalCount pageInfo { hasNextPage hasPreviousPage } edges { node { id } } } }
		}`, tg.CICASumm, tg.CIS), nil, &nodes); err != nil {
			t.Fatal(err)
		}
		sm, ch := nodes.Meeting.SideMeetingsConnection, nodes.Organization.ChairmanshipsConnection
		diff(t, "side meetings first 1", []any{[]string{tg.QatRus}, 2, true}, []any{sm.ids(), sm.TotalCount, sm.PageInfo.HasNextPage})
		diff(t, "CIS chairmanships last 2", []any{[]string{tg.Chair2022, tg.Chair2023}, 3, true}, []any{ch.ids(), ch.TotalCount, ch.PageInfo.HasPreviousPage})

		// An empty list: no edges, no cursors.
		empty := page("state", tg.UKR, "leadersConnection", "person { id }", "(first: 5)")
		diff(t, "empty", []any{[]string{}, 0, false, false}, empty.shape())
		diff(t, "empty cursors", []*string{nil, nil}, []*string{empty.PageInfo.StartCursor, empty.PageInfo.EndCursor})

		// Bad arguments are BAD_USER_INPUT with the field's path.
		for _, tc := range []struct{ args, msg string }{
			{`(after: "bm9wZQ")`, `invalid cursor "bm9wZQ": pass an endCursor, startCursor or cursor from a previous page`},
			{fmt.Sprintf("(after: %q)", *holders.PageInfo.EndCursor), fmt.Sprintf("cursor %q belongs to another list order: pass a cursor of this list with the same orderBy", *holders.PageInfo.EndCursor)},
			{`(first: 101)`, "first must be between 0 and 100, got 101"},
		} {
			_, errs := errorsOf(t, c, fmt.Sprintf(`{ meeting(id: %q) { hostsConnection%s { totalCount } } }`, tg.CISSummit, tc.args), nil)
			diff(t, "error "+tc.args, apitest.Errors{{Message: tc.msg, Path: []any{"meeting", "hostsConnection"}, Extensions: map[string]any{"code": "BAD_USER_INPUT"}}}, errs)
		}
	})
}
