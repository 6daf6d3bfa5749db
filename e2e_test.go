package main

import (
	"context"
	"io"
	"log/slog"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/httpapi"
	"github.com/diplograph/diplograph/httpapi/apitest"
	"github.com/diplograph/diplograph/internal/teststores"
)

// Meeting ids of the seed article (see loader/testdata/golden).
const (
	cisSummit = "meeting:2022-10-14:cis-heads-of-state:astana"
	rca       = "meeting:2022-10-14:russia-central-asia:astana"
	cica      = "meeting:2022-10-13:cica-summit:astana"
)

// TestEndToEnd loads the bundled seed article twice into each store and
// asks the analyst questions of issue 2 over HTTP. Expected answers were
// written by reading the article (TASS Arabic, 14 Oct 2022).
func TestEndToEnd(t *testing.T) {
	for _, b := range teststores.All(t) {
		t.Run(b.Name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			st := b.Open(t)
			logger := slog.New(slog.NewTextHandler(io.Discard, nil))
			if err := loadSamples(ctx, st, logger); err != nil {
				t.Fatal(err)
			}
			first, err := st.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if err := loadSamples(ctx, st, logger); err != nil {
				t.Fatal(err)
			}
			second, err := st.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if first.Nodes != second.Nodes || first.Relationships != second.Relationships {
				t.Fatalf("loading twice changed the store: %+v then %+v", first, second)
			}
			if first.ByLabel["Meeting"] < 7 || first.ByLabel["Article"] != 1 {
				t.Errorf("stats %+v: want at least 7 meetings and exactly 1 article", first)
			}
			rep, err := apitest.RunAnalystQueries(ctx, st)
			if err != nil {
				t.Fatal(err)
			}
			checkCISSummit(t, rep.CISSummit)
			checkChairmanships(t, rep.CISChairmanships)
			checkRelations(t, rep.Relations["state:RUS"])
			for _, q := range []string{"أستانا", "استانا", "Astana"} {
				if r := rep.Searches[q]; r == nil || len(r.Hits) == 0 || r.Hits[0].ID != "place:astana" {
					t.Errorf("search %q: first hit is not place:astana: %+v", q, r)
				}
			}
			if r := rep.Searches["tokayev"]; r == nil || !slices.Contains(r.IDs(), "person:kassym-jomart-tokayev") {
				t.Errorf("search tokayev: %+v", r)
			}
			if v := rep.Neighborhood; v == nil || len(v.Edges) < 10 {
				t.Errorf("neighbourhood of the CIS summit too small: %+v", v)
			}
			checkAstanaWeek(ctx, t, st)
		})
	}
}

func checkCISSummit(t *testing.T, m *apitest.MeetingReport) {
	t.Helper()
	if m == nil {
		t.Fatal("CIS summit not found")
	}
	if m.Place != "place:astana" || m.Date != "2022-10-14" || m.Organization != "org:cis" {
		t.Errorf("CIS summit place/date/org = %s %s %s", m.Place, m.Date, m.Organization)
	}
	states := map[string]apitest.Participant{}
	var people []string
	for _, p := range m.Participants {
		if p.Typename == "State" {
			states[p.ID] = p
		} else {
			people = append(people, p.ID)
		}
	}
	// "سيشارك في الحدث، إلى جانب روسيا وكازاخستان، قادة أذربيجان وأرمينيا وبيلاروسيا وقرغيزستان وتركمانستان وطاجيكستان وأوزبكستان"
	for _, iso := range []string{"RUS", "KAZ", "AZE", "ARM", "BLR", "KGZ", "TKM", "TJK", "UZB"} {
		p, ok := states["state:"+iso]
		if !ok {
			t.Errorf("participant state:%s missing", iso)
			continue
		}
		if p.Status != "PLANNED" {
			t.Errorf("state:%s participation status %s, want PLANNED", iso, p.Status)
		}
		if len(p.Evidence) == 0 || !strings.Contains(strings.Join(p.Evidence, " "), "سيشارك") {
			t.Errorf("state:%s participation evidence %q lacks the announcing sentence", iso, p.Evidence)
		}
	}
	for _, bad := range []string{"state:UKR", "state:MDA", "state:TUR"} {
		if _, ok := states[bad]; ok {
			t.Errorf("%s must not participate in the CIS summit", bad)
		}
	}
	if !slices.Contains(people, "person:vladimir-putin") || slices.Contains(people, "person:maia-sandu") {
		t.Errorf("people participating = %v: want Putin, never Sandu", people)
	}
	absent := map[string]apitest.Absentee{}
	for _, a := range m.Absentees {
		absent[a.ID] = a
	}
	if a, ok := absent["person:maia-sandu"]; !ok || !strings.Contains(a.Reason, "جدول العمل المزدحم") {
		t.Errorf("Sandu's absence (busy schedule) missing or without reason: %+v", a)
	}
	if a, ok := absent["state:UKR"]; !ok || len(a.Evidence) == 0 || !strings.Contains(a.Evidence[0], "أوكرانيا") {
		t.Errorf("Ukraine's absence missing or without evidence: %+v", a)
	}
	agenda := map[string]apitest.AgendaItem{}
	for _, a := range m.Agenda {
		agenda[a.InitiativeID] = a
	}
	if a := agenda["initiative:cis:human-rights-commission"]; a.Status != "EXPECTED" {
		t.Errorf("human rights commission on the agenda: %+v, want status EXPECTED", a)
	}
	if a := agenda["initiative:cis:russian-language-organization"]; a.Action != "ESTABLISH" || !slices.Contains(a.Proposers, "person:kassym-jomart-tokayev") {
		t.Errorf("Russian-language organisation: %+v, want ESTABLISH proposed by Tokayev", a)
	}
	if a := agenda["initiative:cis:counter-terrorism-programme-2023-2025"]; a.Action != "APPROVE" {
		t.Errorf("counter-terrorism programme: %+v, want APPROVE", a)
	}
	if a := agenda["initiative:cis:anti-corruption-agreement"]; a.Action != "SIGN" || a.Status != "PLANNED" {
		t.Errorf("anti-corruption agreement: %+v, want SIGN PLANNED", a)
	}
	if m.NextPlace != "place:bishkek" {
		t.Errorf("next summit place = %q, want place:bishkek", m.NextPlace)
	}
}

func checkChairmanships(t *testing.T, cs []apitest.ChairmanshipReport) {
	t.Helper()
	got := map[string][]string{}
	succ := map[string]string{}
	for _, c := range cs {
		for _, h := range c.Holders {
			got[c.ID] = append(got[c.ID], h.State+"="+h.Role)
		}
		sort.Strings(got[c.ID])
		succ[c.ID] = c.Successor
	}
	want := map[string][]string{
		"chairmanship:cis:2022": {"state:KAZ=CHAIR"},
		"chairmanship:cis:2023": {"state:KAZ=CO_CHAIR", "state:KGZ=CHAIR", "state:RUS=CO_CHAIR"},
	}
	for id, w := range want {
		if !slices.Equal(got[id], w) {
			t.Errorf("%s holders = %v, want %v", id, got[id], w)
		}
	}
	if succ["chairmanship:cis:2022"] != "chairmanship:cis:2023" {
		t.Errorf("successor of the 2022 chairmanship = %q", succ["chairmanship:cis:2022"])
	}
}

func checkRelations(t *testing.T, rs []apitest.Relation) {
	t.Helper()
	got := map[string]int{}
	for _, r := range rs {
		if r.Since != nil {
			got[r.State] = *r.Since
		}
	}
	// 30th anniversary in 2022 of relations with the five Central Asian states.
	for _, iso := range []string{"KAZ", "KGZ", "TJK", "TKM", "UZB"} {
		if got["state:"+iso] != 1992 {
			t.Errorf("Russia–%s diplomatic relations since %d, want 1992", iso, got["state:"+iso])
		}
	}
}

// checkAstanaWeek asks which meetings took place in Astana in the week of
// the summit and on whose sidelines.
func checkAstanaWeek(ctx context.Context, t *testing.T, st graph.Store) {
	t.Helper()
	c := apitest.NewClient(httpapi.New(httpapi.DefaultConfig(), st, slog.New(slog.DiscardHandler)))
	var data struct {
		Meetings struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					ID          string
					Date        string
					SidelinesOf *struct{ ID string }
				}
			}
		}
	}
	err := c.Query(ctx, `query($f: MeetingFilter) { meetings(filter: $f, first: 50) {
	  totalCount edges { node { id date sidelinesOf { id } } } } }`,
		map[string]any{"f": map[string]any{"placeId": "place:astana", "from": "2022-10-10", "to": "2022-10-16"}}, &data)
	if err != nil {
		t.Fatal(err)
	}
	side := map[string]string{}
	var ids []string
	for _, e := range data.Meetings.Edges {
		ids = append(ids, e.Node.ID)
		if e.Node.SidelinesOf != nil {
			side[e.Node.ID] = e.Node.SidelinesOf.ID
		}
	}
	for _, want := range []string{cisSummit, rca, cica} {
		if !slices.Contains(ids, want) {
			t.Errorf("meetings in Astana that week %v lack %s", ids, want)
		}
	}
	for _, bi := range []string{"meeting:2022-10-13:bilateral-rus-tur:astana", "meeting:2022-10-13:bilateral-qat-rus:astana", "meeting:2022-10-13:bilateral-pse-rus:astana"} {
		if side[bi] != cica {
			t.Errorf("%s on the sidelines of %q, want %s", bi, side[bi], cica)
		}
	}
}
