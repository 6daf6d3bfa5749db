package httpapi_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/httpapi"
	"github.com/diplograph/diplograph/httpapi/apitest"
	tg "github.com/diplograph/diplograph/internal/testgraph"
	"github.com/diplograph/diplograph/resolvers"
	"github.com/diplograph/diplograph/store/memstore"
)

// newStore returns a memstore holding the test graph, with extra applied.
func newStore(t *testing.T, extra ...graph.Graph) *memstore.Store {
	t.Helper()
	st, err := memstore.Open("")
	if err != nil {
		t.Fatalf("open memstore: %v", err)
	}
	t.Cleanup(func() { _ = st.Close(context.Background()) })
	for _, g := range append([]graph.Graph{tg.CISAstana()}, extra...) {
		if err := st.WriteGraph(context.Background(), g); err != nil {
			t.Fatalf("write graph: %v", err)
		}
	}
	return st
}

// quietLogger discards logs unless the test fails; its buffer is returned.
func quietLogger(t *testing.T) (*slog.Logger, *bytes.Buffer) {
	t.Helper()
	var buf bytes.Buffer
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("server log:\n%s", buf.String())
		}
	})
	return slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug})), &buf
}

// newClient serves store with cfg (DefaultConfig when nil).
func newClient(t *testing.T, store resolvers.Reader, cfg *httpapi.Config) *apitest.Client {
	t.Helper()
	c := httpapi.DefaultConfig()
	if cfg != nil {
		c = *cfg
	}
	logger, _ := quietLogger(t)
	return apitest.NewClient(httpapi.New(c, store, logger))
}

func ctx(t *testing.T) context.Context {
	c, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	t.Cleanup(cancel)
	return c
}

func diff(t *testing.T, what string, want, got any) {
	t.Helper()
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", what, d)
	}
}

func intp(i int) *int { return &i }

// errorsOf posts query and returns its errors; it fails when data decoding fails.
func errorsOf(t *testing.T, c *apitest.Client, query string, vars map[string]any) (*apitest.Response, apitest.Errors) {
	t.Helper()
	resp, err := c.Post(ctx(t), query, vars)
	if err != nil {
		t.Fatalf("post: %v", err)
	}
	return resp, resp.Errors
}

func TestMeetingParticipantsAbsenteesSpeakers(t *testing.T) {
	c := newClient(t, newStore(t), nil)
	m, err := apitest.Meeting(ctx(t), c, tg.CISSummit)
	if err != nil {
		t.Fatal(err)
	}
	participants := tg.Sentences[tg.SParticipants]
	diff(t, "participants", []apitest.Participant{
		{ID: tg.Putin, Typename: "Person", Name: "Vladimir Putin", Status: "PLANNED", Level: "HEAD_OF_STATE", Representing: tg.RUS,
			Evidence:   []string{tg.Sentences[tg.SHeadline], tg.Sentences[tg.SPutinAstana]},
			ArticleIDs: []string{tg.ArticleID, tg.ArticleID}},
		{ID: tg.KAZ, Typename: "State", Name: "Kazakhstan", Status: "PLANNED", Role: "HOST", Evidence: []string{participants}, ArticleIDs: []string{tg.ArticleID}},
		{ID: tg.KGZ, Typename: "State", Name: "Kyrgyzstan", Status: "PLANNED", Evidence: []string{participants}, ArticleIDs: []string{tg.ArticleID}},
		{ID: tg.RUS, Typename: "State", Name: "Russia", Status: "PLANNED", Evidence: []string{participants}, ArticleIDs: []string{tg.ArticleID}},
		{ID: tg.UZB, Typename: "State", Name: "Uzbekistan", Status: "PLANNED", Evidence: []string{participants}, ArticleIDs: []string{tg.ArticleID}},
	}, m.Participants)
	absences := tg.Sentences[tg.SAbsences]
	diff(t, "absentees", []apitest.Absentee{
		{ID: tg.Sandu, Typename: "Person", Reason: "جدول العمل المزدحم", Status: "PLANNED", Evidence: []string{absences}},
		{ID: tg.UKR, Typename: "State", Reason: "لن يكون هناك ممثل لأوكرانيا", Status: "PLANNED", Evidence: []string{absences}},
	}, m.Absentees)
	diff(t, "speakers", []string{tg.Lebedev}, m.Speakers)
	diff(t, "hosts", []string{tg.KAZ}, m.Hosts)
	diff(t, "place", []string{tg.Astana, tg.KAZ, tg.CIS}, []string{m.Place, m.PlaceState, m.Organization})
	diff(t, "scalars", []string{"SUMMIT", "PLANNED", "2022-10-14", "CIS Council of Heads of State"}, []string{m.Kind, m.Status, m.Date, m.Title})
}

func TestMeetingAgendaAndProposers(t *testing.T) {
	c := newClient(t, newStore(t), nil)
	m, err := apitest.Meeting(ctx(t), c, tg.CISSummit)
	if err != nil {
		t.Fatal(err)
	}
	diff(t, "agenda", []apitest.AgendaItem{
		{InitiativeID: tg.AntiCorruption, Action: "SIGN", Status: "PLANNED", Proposers: []string{}, Evidence: []string{tg.Sentences[tg.SAntiCorrupt]}},
		{InitiativeID: tg.CounterTerror, Action: "APPROVE", Status: "PLANNED", Proposers: []string{}, Evidence: []string{tg.Sentences[tg.SCounterTerr]}},
		{InitiativeID: tg.HumanRights, Action: "DECIDE", Status: "EXPECTED", Proposers: []string{}, Evidence: []string{tg.Sentences[tg.SHumanRights]}},
		{InitiativeID: tg.RussianLanguage, Action: "ESTABLISH", Status: "PLANNED", Proposers: []string{tg.Tokayev}, Evidence: []string{tg.Sentences[tg.SRussianLang]}},
	}, m.Agenda)

	// The same facts from the initiative's side, and the initiatives filter.
	var data struct {
		Initiative struct {
			Organization struct{ ID string }
			Proposers    []struct {
				Proposer struct {
					Typename string `json:"__typename"`
					ID       string
				}
				Status   string
				Evidence []struct{ Sentence struct{ Text string } }
			}
			ConsideredAt []struct {
				Meeting struct{ ID string }
				Action  string
			}
		}
		Initiatives struct {
			TotalCount int
			Edges      []struct{ Node struct{ ID string } }
		}
	}
	err = c.Query(ctx(t), `query($id: ID!) {
	  initiative(id: $id) {
	    organization { id }
	    proposers { proposer { __typename id } status evidence { sentence { text } } }
	    consideredAt { meeting { id } action }
	  }
	  initiatives(filter: {proposerId: "person:kassym-jomart-tokayev", organizationId: "org:cis"}) { totalCount edges { node { id } } }
	}`, map[string]any{"id": tg.RussianLanguage}, &data)
	if err != nil {
		t.Fatal(err)
	}
	i := data.Initiative
	diff(t, "organization", tg.CIS, i.Organization.ID)
	if len(i.Proposers) != 1 || i.Proposers[0].Proposer.ID != tg.Tokayev || i.Proposers[0].Proposer.Typename != "Person" ||
		i.Proposers[0].Status != "HELD" || i.Proposers[0].Evidence[0].Sentence.Text != tg.Sentences[tg.SProposal] {
		t.Errorf("proposers = %+v", i.Proposers)
	}
	if len(i.ConsideredAt) != 1 || i.ConsideredAt[0].Meeting.ID != tg.CISSummit || i.ConsideredAt[0].Action != "ESTABLISH" {
		t.Errorf("consideredAt = %+v", i.ConsideredAt)
	}
	if data.Initiatives.TotalCount != 1 || data.Initiatives.Edges[0].Node.ID != tg.RussianLanguage {
		t.Errorf("initiatives(filter) = %+v", data.Initiatives)
	}
}

func TestChairmanshipHolders(t *testing.T) {
	c := newClient(t, newStore(t), nil)
	got, err := apitest.Chairmanships(ctx(t), c, tg.CIS)
	if err != nil {
		t.Fatal(err)
	}
	transfer := []string{tg.Sentences[tg.STransfer]}
	diff(t, "chairmanships", []apitest.ChairmanshipReport{
		{ID: tg.Chair2022, Period: "2022", Successor: tg.Chair2023,
			Holders: []apitest.Holder{{State: tg.KAZ, Role: "CHAIR", Status: "HELD", Evidence: []string{tg.Sentences[tg.SChairKAZ]}}}},
		{ID: tg.Chair2023, Period: "2023", Predecessor: tg.Chair2022,
			Holders: []apitest.Holder{
				{State: tg.KGZ, Role: "CHAIR", Status: "PLANNED", Evidence: transfer},
				{State: tg.KAZ, Role: "CO_CHAIR", Status: "PLANNED", Evidence: transfer},
				{State: tg.RUS, Role: "CO_CHAIR", Status: "PLANNED", Evidence: transfer},
			}},
	}, got)
}

func TestSidelinesNextAndInitiators(t *testing.T) {
	c := newClient(t, newStore(t), nil)
	cica, err := apitest.Meeting(ctx(t), c, tg.CICASumm)
	if err != nil {
		t.Fatal(err)
	}
	diff(t, "side meetings", []string{tg.QatRus, tg.RusTur}, cica.SideMeetings)
	diff(t, "side meeting participants", map[string][]string{tg.QatRus: {tg.QAT}, tg.RusTur: {tg.Putin, tg.TUR}}, cica.SideMeetingParticipants)
	rusTur, err := apitest.Meeting(ctx(t), c, tg.RusTur)
	if err != nil {
		t.Fatal(err)
	}
	diff(t, "sidelinesOf", tg.CICASumm, rusTur.SidelinesOf)
	diff(t, "bilateral kind", "BILATERAL", rusTur.Kind)

	cis, err := apitest.Meeting(ctx(t), c, tg.CISSummit)
	if err != nil {
		t.Fatal(err)
	}
	diff(t, "next", []string{tg.NextCIS, tg.Bishkek, "Bishkek"}, []string{cis.Next, cis.NextPlace, cis.NextPlaceName})
	diff(t, "next year", intp(2023), cis.NextYear)
	next, err := apitest.Meeting(ctx(t), c, tg.NextCIS)
	if err != nil {
		t.Fatal(err)
	}
	diff(t, "previous", tg.CISSummit, next.Previous)
	diff(t, "undated meeting", "", next.Date)
	diff(t, "next place state", tg.KGZ, next.PlaceState)

	rca, err := apitest.Meeting(ctx(t), c, tg.RCA)
	if err != nil {
		t.Fatal(err)
	}
	diff(t, "initiators", map[string]*int{tg.RUS: intp(2019)}, rca.Initiators)
	if rca.First == nil || !*rca.First {
		t.Errorf("first = %v, want true", rca.First)
	}
}

func TestDiplomaticRelationsFromEitherEnd(t *testing.T) {
	c := newClient(t, newStore(t), nil)
	y := intp(1992)
	rel := func(state string) apitest.Relation { return apitest.Relation{State: state, Since: y, Status: "HELD"} }
	for _, tc := range []struct {
		state string
		want  []apitest.Relation
	}{
		{tg.RUS, []apitest.Relation{rel(tg.KAZ), rel(tg.KGZ), rel(tg.UZB)}},
		{tg.KAZ, []apitest.Relation{rel(tg.RUS)}},
		{tg.KGZ, []apitest.Relation{rel(tg.RUS)}},
		{tg.TUR, []apitest.Relation{}},
	} {
		got, err := apitest.DiplomaticRelations(ctx(t), c, tc.state)
		if err != nil {
			t.Fatal(err)
		}
		diff(t, "relations of "+tc.state, tc.want, got)
	}
}

func TestNodeByIDForEveryType(t *testing.T) {
	c := newClient(t, newStore(t), nil)
	const q = `query($id: ID!) {
	  node(id: $id) {
	    __typename id name labels
	    ... on Entity { nameAr aliases }
	    ... on State { iso2 iso3 capital { id } leaders { person { id } title } }
	    ... on Person { title leaderOf { state { id } } offices { body { __typename ... on Organization { id } } title } }
	    ... on Organization { acronym kind founded memberCount parts { id } partOf { ... on Organization { id } } founders { founder { id } year } }
	    ... on Place { kind isCapital state { id } }
	    ... on Meeting { date meetingKind: kind meetingStatus: status }
	    ... on Initiative { kind startYear endYear initiativeStatus: status }
	    ... on Chairmanship { period startYear organization { id } }
	    ... on Article { title date language source loadedAt attributedTo { id } }
	    ... on Sentence { index paragraph text start end article { id } }
	  }
	}`
	for _, tc := range []struct {
		id   string
		want map[string]any
	}{
		{tg.KAZ, map[string]any{"__typename": "State", "name": "Kazakhstan", "labels": []any{"STATE"}, "nameAr": "كازاخستان", "iso2": "KZ", "iso3": "KAZ",
			"capital": map[string]any{"id": tg.Astana}, "leaders": []any{map[string]any{"person": map[string]any{"id": tg.Tokayev}, "title": "President"}}}},
		{tg.Lebedev, map[string]any{"__typename": "Person", "name": "Sergei Lebedev", "title": "Executive Secretary",
			"offices": []any{map[string]any{"body": map[string]any{"__typename": "Organization", "id": tg.CISExec}, "title": "Chairman of the Executive Committee"}}}},
		{tg.Putin, map[string]any{"__typename": "Person", "leaderOf": []any{map[string]any{"state": map[string]any{"id": tg.RUS}}}, "aliases": []any{"بوتين"}}},
		{tg.CIS, map[string]any{"__typename": "Organization", "acronym": "CIS", "kind": "INTERGOVERNMENTAL", "founded": 1991.0, "memberCount": nil,
			"parts": []any{map[string]any{"id": tg.CISExec}}, "partOf": []any{}, "founders": []any{}}},
		{tg.CICA, map[string]any{"__typename": "Organization", "memberCount": 27.0,
			"founders": []any{map[string]any{"founder": map[string]any{"id": tg.KAZ}, "year": 1992.0}}}},
		{tg.CISExec, map[string]any{"partOf": []any{map[string]any{"id": tg.CIS}}}},
		{tg.Astana, map[string]any{"__typename": "Place", "kind": "CITY", "isCapital": true, "state": map[string]any{"id": tg.KAZ}, "nameAr": "أستانا"}},
		{tg.CISSummit, map[string]any{"__typename": "Meeting", "date": "2022-10-14", "meetingKind": "SUMMIT", "meetingStatus": "PLANNED", "labels": []any{"MEETING"}}},
		{tg.CounterTerror, map[string]any{"__typename": "Initiative", "kind": "PROGRAMME", "startYear": 2023.0, "endYear": 2025.0, "initiativeStatus": "PLANNED"}},
		{tg.Chair2023, map[string]any{"__typename": "Chairmanship", "period": "2023", "startYear": 2023.0, "organization": map[string]any{"id": tg.CIS}}},
		{tg.ArticleID, map[string]any{"__typename": "Article", "name": tg.Sentences[tg.SHeadline], "date": "2022-10-14", "language": "ar", "source": "TASS",
			"loadedAt": "2026-01-02T03:04:05Z", "attributedTo": []any{map[string]any{"id": tg.TASS}}, "labels": []any{"ARTICLE"}}},
		{tg.SentenceID(tg.SChairKAZ), map[string]any{"__typename": "Sentence", "index": 5.0, "paragraph": 6.0, "text": tg.Sentences[tg.SChairKAZ],
			"start": 500.0, "article": map[string]any{"id": tg.ArticleID}, "labels": []any{"SENTENCE"}}},
	} {
		var data struct{ Node map[string]any }
		if err := c.Query(ctx(t), q, map[string]any{"id": tc.id}, &data); err != nil {
			t.Fatalf("node(%s): %v", tc.id, err)
		}
		if data.Node["id"] != tc.id {
			t.Errorf("node(%s).id = %v", tc.id, data.Node["id"])
		}
		for k, want := range tc.want {
			diff(t, "node("+tc.id+")."+k, want, data.Node[k])
		}
	}
}

func TestNotFound(t *testing.T) {
	c := newClient(t, newStore(t), nil)
	resp, errs := errorsOf(t, c, `{ node(id: "state:XXX") { id } }`, nil)
	diff(t, "data", `{"node":null}`, string(resp.Data))
	diff(t, "errors", apitest.Errors{{Message: `node "state:XXX" not found`, Path: []any{"node"}, Extensions: map[string]any{"code": "NOT_FOUND"}}}, errs)

	// A node of another label is not found by a typed root field.
	resp, errs = errorsOf(t, c, `{ meeting(id: "state:KAZ") { id } state(id: "state:KAZ") { id } }`, nil)
	diff(t, "data", `{"meeting":null,"state":{"id":"state:KAZ"}}`, string(resp.Data))
	diff(t, "codes", []string{"NOT_FOUND"}, errs.Codes())

	// nodes(ids) answers null for unknown ids, without error.
	var data struct{ Nodes []*struct{ ID string } }
	if err := c.Query(ctx(t), `{ nodes(ids: ["state:KAZ", "nope", "place:astana"]) { id } }`, nil, &data); err != nil {
		t.Fatal(err)
	}
	if len(data.Nodes) != 3 || data.Nodes[0].ID != tg.KAZ || data.Nodes[1] != nil || data.Nodes[2].ID != tg.Astana {
		t.Errorf("nodes = %+v", data.Nodes)
	}
}

func TestSearchSpellingsAndLanguages(t *testing.T) {
	c := newClient(t, newStore(t), nil)
	for _, text := range []string{"أستانا", "استانا", "أَسْتانا", "اسـتـانا", "Astana", "ASTANA"} {
		got, err := apitest.Search(ctx(t), c, text, []string{"PLACE"}, 0, "")
		if err != nil {
			t.Fatal(err)
		}
		diff(t, "search "+text, []string{tg.Astana}, got.IDs())
	}
	// Without a label filter the English name also finds the meetings named after Astana, place first (exact match).
	got, err := apitest.Search(ctx(t), c, "Astana", nil, 0, "")
	if err != nil {
		t.Fatal(err)
	}
	if got.Total != 6 || got.Hits[0].ID != tg.Astana || got.Hits[0].Typename != "Place" {
		t.Errorf("search Astana = %d hits %v", got.Total, got.IDs())
	}
	for text, want := range map[string][]string{
		"بوتين":          {tg.Putin},
		"Putin":          {tg.Putin},
		"توكاييف":        {tg.Tokayev},
		"رابطة الدول":    {tg.CISExec, tg.CIS}, // no exact match: by name
		"كازاخستان":      {tg.KAZ},
		"zzz-no-such-xx": {},
	} {
		got, err := apitest.Search(ctx(t), c, text, []string{"PERSON", "STATE", "ORGANIZATION"}, 0, "")
		if err != nil {
			t.Fatal(err)
		}
		diff(t, "search "+text, want, got.IDs())
	}
	_, errs := errorsOf(t, c, `{ search(text: " ،. ") { totalCount } }`, nil)
	diff(t, "blank search", []string{"BAD_USER_INPUT"}, errs.Codes())
}

func TestPagination(t *testing.T) {
	c := newClient(t, newStore(t), nil)
	const q = `query($first: Int, $after: String) {
	  states(first: $first, after: $after) {
	    totalCount
	    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
	    edges { cursor node { id } }
	  }
	}`
	type page struct {
		States struct {
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
	}
	var ids []string
	var after any
	for i := 0; ; i++ {
		var p page
		if err := c.Query(ctx(t), q, map[string]any{"first": 3, "after": after}, &p); err != nil {
			t.Fatal(err)
		}
		if p.States.TotalCount != 8 {
			t.Errorf("totalCount = %d, want 8", p.States.TotalCount)
		}
		if p.States.PageInfo.HasPreviousPage != (i > 0) {
			t.Errorf("page %d: hasPreviousPage = %v", i, p.States.PageInfo.HasPreviousPage)
		}
		for _, e := range p.States.Edges {
			ids = append(ids, e.Node.ID)
		}
		if last := p.States.Edges[len(p.States.Edges)-1].Cursor; *p.States.PageInfo.EndCursor != last {
			t.Errorf("endCursor %q != last cursor %q", *p.States.PageInfo.EndCursor, last)
		}
		if !p.States.PageInfo.HasNextPage {
			diff(t, "pages", 2, i)
			break
		}
		after = *p.States.PageInfo.EndCursor
	}
	diff(t, "states in id order", []string{tg.KAZ, tg.KGZ, tg.MDA, tg.QAT, tg.RUS, tg.TUR, tg.UKR, tg.UZB}, ids)

	// The default page size is 20; an empty page has null cursors.
	var p page
	if err := c.Query(ctx(t), q, map[string]any{"first": 0}, &p); err != nil {
		t.Fatal(err)
	}
	if len(p.States.Edges) != 0 || !p.States.PageInfo.HasNextPage || p.States.PageInfo.EndCursor != nil {
		t.Errorf("first: 0 → %+v", p.States)
	}

	for _, tc := range []struct {
		vars map[string]any
		msg  string
	}{
		{map[string]any{"after": "not-a-cursor"}, `invalid cursor "not-a-cursor": pass an endCursor, startCursor or cursor from a previous page`},
		{map[string]any{"first": 101}, "first must be between 0 and 100, got 101"},
		{map[string]any{"first": -1}, "first must be between 0 and 100, got -1"},
	} {
		resp, errs := errorsOf(t, c, q, tc.vars)
		diff(t, "error", apitest.Errors{{Message: tc.msg, Path: []any{"states"}, Extensions: map[string]any{"code": "BAD_USER_INPUT"}}}, errs)
		diff(t, "data", "null", string(resp.Data))
	}
}

func TestMeetingsOrderAndFilters(t *testing.T) {
	c := newClient(t, newStore(t), nil)
	const q = `query($filter: MeetingFilter, $first: Int) { meetings(filter: $filter, first: $first) { totalCount edges { node { id } } } }`
	all := []string{tg.QatRus, tg.RusTur, tg.CICASumm, tg.CISSummit, tg.RCA, tg.NextCIS}
	for _, tc := range []struct {
		name   string
		filter map[string]any
		want   []string
	}{
		{"all by date then id, year-only last", nil, all},
		{"place", map[string]any{"placeId": tg.Astana}, []string{tg.CICASumm, tg.CISSummit, tg.RCA}},
		{"organization", map[string]any{"organizationId": tg.CIS}, []string{tg.CISSummit}},
		{"participant state", map[string]any{"participantId": tg.RUS}, []string{tg.CISSummit}},
		{"participant person", map[string]any{"participantId": tg.Putin}, []string{tg.RusTur, tg.CISSummit}},
		{"from", map[string]any{"from": "2022-10-14"}, []string{tg.CISSummit, tg.RCA, tg.NextCIS}},
		{"to", map[string]any{"to": "2022-10-13"}, []string{tg.QatRus, tg.RusTur, tg.CICASumm}},
		{"year-only in range", map[string]any{"from": "2023-03-01", "to": "2023-03-31"}, []string{tg.NextCIS}},
		{"kind", map[string]any{"kind": "BILATERAL"}, []string{tg.QatRus, tg.RusTur}},
		{"status and place", map[string]any{"status": "HELD", "placeId": tg.Astana}, []string{tg.CICASumm}},
		{"no such place", map[string]any{"placeId": "place:nowhere"}, []string{}},
	} {
		var data struct {
			Meetings struct {
				TotalCount int
				Edges      []struct{ Node struct{ ID string } }
			}
		}
		if err := c.Query(ctx(t), q, map[string]any{"filter": tc.filter}, &data); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		ids := []string{}
		for _, e := range data.Meetings.Edges {
			ids = append(ids, e.Node.ID)
		}
		diff(t, tc.name, tc.want, ids)
		diff(t, tc.name+" totalCount", len(tc.want), data.Meetings.TotalCount)
	}
	_, errs := errorsOf(t, c, q, map[string]any{"filter": map[string]any{"from": "2022-13-01"}})
	diff(t, "bad date", []string{"BAD_USER_INPUT"}, errs.Codes())
	_, errs = errorsOf(t, c, q, map[string]any{"filter": map[string]any{"kind": "PICNIC"}})
	if len(errs) != 1 || errs[0].Code() != "GRAPHQL_VALIDATION_FAILED" {
		t.Errorf("bad enum: %v", errs)
	}
}

func TestConnectionsOnEntities(t *testing.T) {
	c := newClient(t, newStore(t), nil)
	var data struct {
		Person struct {
			Participations struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						Meeting struct{ ID string }
						Status  string
					}
				}
			}
		}
		State struct {
			Mentions struct {
				Edges []struct {
					Node struct {
						Surface  string
						Sentence struct{ Index int }
					}
				}
			}
		}
		Article struct {
			Sentences struct {
				TotalCount int
				Edges      []struct{ Node struct{ Index int } }
			}
		}
		Place struct {
			Meetings struct{ TotalCount int }
		}
	}
	err := c.Query(ctx(t), `{
	  person(id: "person:vladimir-putin") { participations { totalCount edges { node { meeting { id } status } } } }
	  state(id: "state:KAZ") { mentions { edges { node { surface sentence { index } } } } }
	  article(id: "`+tg.ArticleID+`") { sentences(first: 5) { totalCount edges { node { index } } } }
	  place(id: "place:astana") { meetings(first: 1) { totalCount } }
	}`, nil, &data)
	if err != nil {
		t.Fatal(err)
	}
	var meetings, statuses []string
	for _, e := range data.Person.Participations.Edges {
		meetings = append(meetings, e.Node.Meeting.ID)
		statuses = append(statuses, e.Node.Status)
	}
	diff(t, "participations by date", []string{tg.RusTur, tg.CISSummit}, meetings)
	diff(t, "participation statuses", []string{"HELD", "PLANNED"}, statuses)
	var idx []int
	for _, e := range data.State.Mentions.Edges {
		idx = append(idx, e.Node.Sentence.Index)
		diff(t, "surface", "كازاخستان", e.Node.Surface)
	}
	diff(t, "mentions in text order", []int{tg.SChairKAZ, tg.SParticipants, tg.SRCA}, idx)
	idx = nil
	for _, e := range data.Article.Sentences.Edges {
		idx = append(idx, e.Node.Index)
	}
	diff(t, "sentences in text order", []int{0, 1, 5, 7, 8}, idx)
	diff(t, "sentences total", len(tg.Sentences), data.Article.Sentences.TotalCount)
	diff(t, "meetings in Astana", 3, data.Place.Meetings.TotalCount)
}

func TestNeighborhood(t *testing.T) {
	c := newClient(t, newStore(t), nil)
	v, err := apitest.Neighborhood(ctx(t), c, tg.CISSummit, 1, -1, nil)
	if err != nil {
		t.Fatal(err)
	}
	// 15 neighbours of the summit + the summit; its 16 relationships plus 7
	// between neighbours (LEADER_OF Putin→RUS, LOCATED_IN Astana→KAZ, two
	// UNDER_AUSPICES_OF, three DIPLOMATIC_RELATIONS).
	diff(t, "node count", 16, len(v.Nodes))
	diff(t, "edge count", 23, len(v.Edges))
	diff(t, "centre first", tg.CISSummit, v.Nodes[0])
	diff(t, "centre label", "MEETING", v.Labels[tg.CISSummit])
	diff(t, "truncated", false, v.Truncated)
	nodes := map[string]bool{}
	for _, n := range v.Nodes {
		nodes[n] = true
	}
	for _, e := range v.Edges {
		if !nodes[e.Source] || !nodes[e.Target] || e.ID != e.Type+"|"+e.Source+"|"+e.Target {
			t.Errorf("edge %+v dangles or has a bad id", e)
		}
		if e.Type == "MENTIONS" || e.Type == "HAS_SENTENCE" {
			t.Errorf("provenance edge %+v in the default view", e)
		}
	}

	v, err = apitest.Neighborhood(ctx(t), c, tg.CISSummit, 1, -1, []string{"PARTICIPATES_IN"})
	if err != nil {
		t.Fatal(err)
	}
	diff(t, "participants view", []string{tg.CISSummit, tg.Putin, tg.KAZ, tg.KGZ, tg.RUS, tg.UZB}, v.Nodes)
	diff(t, "participants edges", 5, len(v.Edges))

	v, err = apitest.Neighborhood(ctx(t), c, tg.CISSummit, 2, 3, nil)
	if err != nil {
		t.Fatal(err)
	}
	diff(t, "limited", []any{3, true}, []any{len(v.Nodes), v.Truncated})

	v, err = apitest.Neighborhood(ctx(t), c, tg.KAZ, 0, -1, nil)
	if err != nil {
		t.Fatal(err)
	}
	diff(t, "depth 0", []any{[]string{tg.KAZ}, 0}, []any{v.Nodes, len(v.Edges)})

	for _, tc := range []struct {
		vars map[string]any
		code string
		msg  string
	}{
		{map[string]any{"id": tg.CISSummit, "depth": 4}, "BAD_USER_INPUT", "depth must be between 0 and 3, got 4"},
		{map[string]any{"id": tg.CISSummit, "depth": -1}, "BAD_USER_INPUT", "depth must be between 0 and 3, got -1"},
		{map[string]any{"id": tg.CISSummit, "limit": 1001}, "BAD_USER_INPUT", "limit must be between 1 and 1000, got 1001"},
		{map[string]any{"id": tg.CISSummit, "limit": 0}, "BAD_USER_INPUT", "limit must be between 1 and 1000, got 0"},
		{map[string]any{"id": tg.CISSummit, "types": []string{"KNOWS"}}, "BAD_USER_INPUT", `unknown relationship type "KNOWS"`},
		{map[string]any{"id": "meeting:nope"}, "NOT_FOUND", `node "meeting:nope" not found`},
	} {
		resp, errs := errorsOf(t, c, apitest.NeighborhoodQuery, tc.vars)
		diff(t, "neighborhood error", apitest.Errors{{Message: tc.msg, Path: []any{"neighborhood"}, Extensions: map[string]any{"code": tc.code}}}, errs)
		diff(t, "data", "null", string(resp.Data))
	}
}

func TestStats(t *testing.T) {
	c := newClient(t, newStore(t), nil)
	var data struct {
		Stats struct {
			Nodes, Relationships int
			ByLabel              []struct {
				Label string
				Count int
			}
		}
	}
	if err := c.Query(ctx(t), `{ stats { nodes relationships byLabel { label count } byType { type count } } }`, nil, &data); err != nil {
		t.Fatal(err)
	}
	g := tg.CISAstana()
	diff(t, "nodes", len(g.Nodes), data.Stats.Nodes)
	diff(t, "relationships", len(g.Relationships), data.Stats.Relationships)
	byLabel := map[string]int{}
	for _, l := range data.Stats.ByLabel {
		byLabel[l.Label] = l.Count
	}
	diff(t, "byLabel", map[string]int{"PERSON": 4, "STATE": 8, "ORGANIZATION": 4, "PLACE": 2, "MEETING": 6, "INITIATIVE": 5,
		"CHAIRMANSHIP": 2, "ARTICLE": 1, "SENTENCE": len(tg.Sentences)}, byLabel)
}

func TestUnknownStoredValuesMapToOther(t *testing.T) {
	ref := func(label, id string) graph.Node { return graph.Node{ID: id, Labels: []string{label}} }
	odd := graph.Graph{
		Nodes: []graph.Node{ref(graph.LabelState, tg.KAZ), ref(graph.LabelState, tg.UZB), ref(graph.LabelChairmanship, tg.Chair2023), {ID: "meeting:2024-01-01:retreat:astana", Labels: []string{graph.LabelMeeting},
			Props: graph.Props{"name": "Retreat", "kind": "RETREAT", "status": "POSTPONED", "date": "2024-01-01"}}},
		Relationships: []graph.Relationship{
			{Type: graph.RelParticipatesIn, Start: tg.KAZ, End: "meeting:2024-01-01:retreat:astana", Props: graph.Props{"status": "RUMOURED"}},
			{Type: graph.RelHolds, Start: tg.UZB, End: tg.Chair2023, Props: graph.Props{"role": "OBSERVER"}},
		},
	}
	c := newClient(t, newStore(t, odd), nil)
	var data struct {
		Meeting struct {
			Kind, Status string
			Date         string
			Properties   map[string]any
			Participants []struct{ Status string }
		}
		Chairmanship struct {
			Holders []struct {
				State struct{ ID string }
				Role  string
			}
		}
	}
	err := c.Query(ctx(t), `{
	  meeting(id: "meeting:2024-01-01:retreat:astana") { kind status date properties participants { status } }
	  chairmanship(id: "chairmanship:cis:2023") { holders { state { id } role } }
	}`, nil, &data)
	if err != nil {
		t.Fatal(err)
	}
	m := data.Meeting
	diff(t, "meeting", []string{"OTHER", "OTHER", "2024-01-01", "RETREAT", "OTHER"}, []string{m.Kind, m.Status, m.Date, m.Properties["kind"].(string), m.Participants[0].Status})
	if _, ok := m.Properties["searchKeys"]; ok {
		t.Error("properties expose searchKeys")
	}
	var roles []string
	for _, h := range data.Chairmanship.Holders {
		roles = append(roles, h.State.ID+" "+h.Role)
	}
	diff(t, "roles", []string{"state:KGZ CHAIR", "state:KAZ CO_CHAIR", "state:RUS CO_CHAIR", "state:UZB OTHER"}, roles)
}

// failingReader answers every call with err (or blocks until the context
// ends when block is set).
type failingReader struct {
	err   error
	block bool
}

func (f failingReader) fail(ctx context.Context) error {
	if f.block {
		<-ctx.Done()
		return ctx.Err()
	}
	return f.err
}
func (f failingReader) Node(ctx context.Context, _ string) (graph.Node, error) {
	return graph.Node{}, f.fail(ctx)
}
func (f failingReader) Nodes(ctx context.Context, _ graph.NodeQuery) ([]graph.Node, error) {
	return nil, f.fail(ctx)
}
func (f failingReader) Relationships(ctx context.Context, _ graph.RelQuery) ([]graph.Relationship, error) {
	return nil, f.fail(ctx)
}
func (f failingReader) Search(ctx context.Context, _ graph.SearchQuery) ([]graph.Node, error) {
	return nil, f.fail(ctx)
}
func (f failingReader) Neighborhood(ctx context.Context, _ graph.NeighborhoodQuery) (graph.Graph, error) {
	return graph.Graph{}, f.fail(ctx)
}
func (f failingReader) ShortestPaths(ctx context.Context, _ graph.PathQuery) ([]graph.Path, error) {
	return nil, f.fail(ctx)
}
func (f failingReader) Stats(ctx context.Context) (graph.Stats, error) {
	return graph.Stats{}, f.fail(ctx)
}

func TestStoreErrorsAreTranslated(t *testing.T) {
	// A closed memstore answers graph.ErrUnavailable.
	st := newStore(t)
	if err := st.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	c := newClient(t, st, nil)
	_, errs := errorsOf(t, c, `{ meeting(id: "meeting:x") { id } stats { nodes } }`, nil)
	for _, e := range errs {
		if e.Code() != "SERVICE_UNAVAILABLE" || e.Message != "the graph store is unavailable; retry later" {
			t.Errorf("closed store: %+v", e)
		}
	}

	// Any other error is INTERNAL, with a generic message; the cause is logged.
	logger, logs := quietLogger(t)
	secret := errors.New("bolt://10.0.0.7:7687 password=hunter2 refused")
	c = apitest.NewClient(httpapi.New(httpapi.DefaultConfig(), failingReader{err: secret}, logger))
	resp, errs := errorsOf(t, c, `{ stats { nodes } }`, nil)
	diff(t, "internal", apitest.Errors{{Message: "internal error", Path: []any{"stats"}, Extensions: map[string]any{"code": "INTERNAL"}}}, errs)
	diff(t, "data", "null", string(resp.Data))
	if !strings.Contains(logs.String(), "hunter2") || !strings.Contains(logs.String(), "graphql: internal error") {
		t.Errorf("cause not logged:\n%s", logs.String())
	}

	// A store slower than the request timeout gives TIMEOUT.
	cfg := httpapi.DefaultConfig()
	cfg.RequestTimeout = 50 * time.Millisecond
	c = newClient(t, failingReader{block: true}, &cfg)
	_, errs = errorsOf(t, c, `{ stats { nodes } }`, nil)
	diff(t, "timeout", []string{"TIMEOUT"}, errs.Codes())
}

// countingReader counts the store calls of a Reader.
type countingReader struct {
	resolvers.Reader
	nodes, rels atomic.Int32
}

func (c *countingReader) Nodes(ctx context.Context, q graph.NodeQuery) ([]graph.Node, error) {
	c.nodes.Add(1)
	return c.Reader.Nodes(ctx, q)
}

func (c *countingReader) Relationships(ctx context.Context, q graph.RelQuery) ([]graph.Relationship, error) {
	c.rels.Add(1)
	return c.Reader.Relationships(ctx, q)
}

func TestBatchedStoreCalls(t *testing.T) {
	cr := &countingReader{Reader: newStore(t)}
	c := newClient(t, cr, nil)
	var data struct {
		Meetings struct {
			Edges []struct {
				Node struct {
					Participants []struct{ Participant struct{ Name string } }
				}
			}
		}
	}
	err := c.Query(ctx(t), `{ meetings { edges { node { place { name } participants { participant { name } evidence { sentence { text } } } } } } }`, nil, &data)
	if err != nil {
		t.Fatal(err)
	}
	diff(t, "meetings", 6, len(data.Meetings.Edges))
	// Unbatched, each of the 6 meetings would cost its own HELD_IN and
	// PARTICIPATES_IN lookups (12 Relationships calls) and node loads;
	// batched, each level costs about one call (3 and 4 here; timing under
	// the race detector may split a batch, hence the slack).
	if n, r := cr.nodes.Load(), cr.rels.Load(); n > 8 || r > 6 {
		t.Errorf("store calls: %d Nodes, %d Relationships; want batched calls (≤8, ≤6)", n, r)
	}
}

func TestHTTPSurface(t *testing.T) {
	logger, logs := quietLogger(t)
	st := newStore(t)
	h := httpapi.New(httpapi.DefaultConfig(), st, logger)
	do := func(method, target string, body io.Reader, hdr map[string]string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(method, target, body)
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}

	rec := do("GET", "/healthz", nil, nil)
	diff(t, "healthz", []any{200, `{"status":"ok"}` + "\n", "application/json"}, []any{rec.Code, rec.Body.String(), rec.Header().Get("Content-Type")})

	rec = do("GET", "/", nil, nil)
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "graphiql") {
		t.Errorf("IDE: %d %.80s", rec.Code, rec.Body.String())
	}

	// GET queries work; GET serves the same data as POST.
	c := apitest.NewClient(h)
	resp, err := c.Get(ctx(t), `query Q($id: ID!) { state(id: $id) { name } }`, map[string]any{"id": tg.KAZ})
	if err != nil {
		t.Fatal(err)
	}
	diff(t, "GET", `{"state":{"name":"Kazakhstan"}}`, string(resp.Data))
	if !strings.Contains(logs.String(), "operation=Q") {
		t.Errorf("request log lacks the operation name:\n%s", logs.String())
	}

	rec = do("DELETE", "/graphql", nil, nil)
	diff(t, "DELETE", http.StatusMethodNotAllowed, rec.Code)

	// Introspection is on in DefaultConfig.
	resp, err = c.Post(ctx(t), `{ __schema { queryType { name } } __type(name: "Modality") { enumValues { name } } }`, nil)
	if err != nil || len(resp.Errors) > 0 {
		t.Fatalf("introspection: %v %v", err, resp.Errors)
	}

	// healthz is 503 when the store is down.
	_ = st.Close(context.Background())
	rec = do("GET", "/healthz", nil, nil)
	diff(t, "healthz down", []any{503, `{"status":"unavailable"}` + "\n"}, []any{rec.Code, rec.Body.String()})
}

func TestLimits(t *testing.T) {
	st := newStore(t)
	post := func(cfg httpapi.Config, body string) *httptest.ResponseRecorder {
		logger, _ := quietLogger(t)
		req := httptest.NewRequest("POST", "/graphql", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		httpapi.New(cfg, st, logger).ServeHTTP(rec, req)
		return rec
	}
	query := func(q string) string {
		b, _ := json.Marshal(map[string]any{"query": q})
		return string(b)
	}
	deep := query(`{ meeting(id: "` + tg.CISSummit + `") { participants { participant { name } } } }`) // depth 4

	cfg := httpapi.DefaultConfig()
	cfg.DepthLimit = 3
	rec := post(cfg, deep)
	if !strings.Contains(rec.Body.String(), `{"message":"operation has depth 4, which exceeds the limit of 3","extensions":{"code":"DEPTH_LIMIT_EXCEEDED"}}`) {
		t.Errorf("depth: %d %s", rec.Code, rec.Body.String())
	}
	cfg.DepthLimit = 4
	if rec = post(cfg, deep); rec.Code != 200 || strings.Contains(rec.Body.String(), "errors") {
		t.Errorf("depth 4 within limit 4: %d %s", rec.Code, rec.Body.String())
	}

	cfg = httpapi.DefaultConfig()
	cfg.ComplexityLimit = 50
	rec = post(cfg, query(`{ states(first: 100) { edges { node { name iso2 iso3 } } } }`))
	if !strings.Contains(rec.Body.String(), `"code":"COMPLEXITY_LIMIT_EXCEEDED"`) {
		t.Errorf("complexity: %d %s", rec.Code, rec.Body.String())
	}
	if rec = post(cfg, query(`{ states(first: 5) { edges { node { name } } } }`)); rec.Code != 200 {
		t.Errorf("small query over complexity limit: %d %s", rec.Code, rec.Body.String())
	}

	cfg = httpapi.DefaultConfig()
	cfg.MaxBodyBytes = 64
	rec = post(cfg, query(`{ states { edges { node { name nameAr aliases iso2 iso3 wikidataId } } } }`))
	diff(t, "body limit", []any{413, `{"errors":[{"message":"request body larger than 64 bytes","extensions":{"code":"REQUEST_TOO_LARGE"}}]}` + "\n"},
		[]any{rec.Code, rec.Body.String()})

	cfg = httpapi.Config{} // the zero Config: introspection off
	rec = post(cfg, query(`{ __schema { types { name } } }`))
	if !strings.Contains(rec.Body.String(), `"message":"introspection is disabled on this server","path":["__schema"],"locations":[{"line":1,"column":3}],"extensions":{"code":"INTROSPECTION_DISABLED"}`) {
		t.Errorf("introspection off: %d %s", rec.Code, rec.Body.String())
	}
	cfg.DisableIDE = true
	logger, _ := quietLogger(t)
	rec = httptest.NewRecorder()
	httpapi.New(cfg, st, logger).ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	diff(t, "IDE disabled", http.StatusNotFound, rec.Code)
}

func TestCORS(t *testing.T) {
	logger, _ := quietLogger(t)
	cfg := httpapi.DefaultConfig()
	cfg.AllowedOrigins = []string{"http://localhost:5173"}
	h := httpapi.New(cfg, newStore(t), logger)
	req := httptest.NewRequest("OPTIONS", "/graphql", nil)
	req.Header.Set("Origin", "http://localhost:5173")
	req.Header.Set("Access-Control-Request-Method", "POST")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	diff(t, "preflight", []any{http.StatusNoContent, "http://localhost:5173", "GET, POST, OPTIONS"},
		[]any{rec.Code, rec.Header().Get("Access-Control-Allow-Origin"), rec.Header().Get("Access-Control-Allow-Methods")})
	req = httptest.NewRequest("OPTIONS", "/graphql", nil)
	req.Header.Set("Origin", "http://evil.example")
	req.Header.Set("Access-Control-Request-Method", "POST")
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Header().Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("foreign origin allowed: %v", rec.Header())
	}
}

func TestRunAnalystQueries(t *testing.T) {
	r, err := apitest.RunAnalystQueries(ctx(t), newStore(t))
	if err != nil {
		t.Fatal(err)
	}
	diff(t, "participants", 5, len(r.CISSummit.Participants))
	diff(t, "relations of RUS", 3, len(r.Relations[tg.RUS]))
	for _, text := range []string{"أستانا", "استانا", "Astana"} {
		if ids := r.Searches[text].IDs(); len(ids) == 0 || ids[0] != tg.Astana {
			t.Errorf("search %s = %v", text, ids)
		}
	}
	diff(t, "neighborhood", 16, len(r.Neighborhood.Nodes))
}
