package main

import (
	"context"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/teststores"
)

// TestSeveralArticlesOneGraph loads two articles written for this test
// (testdata/multisource: a preview dated 20 Nov 2023 announcing the CSTO
// summit in Minsk on 23 Nov, and a report dated 24 Nov saying it was held)
// into each store, newest first: the summit is one node whose status
// follows the newest source, and the participation carries the evidence
// and article ids of both.
func TestSeveralArticlesOneGraph(t *testing.T) {
	const (
		summit  = "meeting:2023-11-23:csto-summit:minsk"
		tokayev = "person:kassym-jomart-tokayev"
	)
	l, err := newLoader()
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range teststores.All(t) {
		t.Run(b.Name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			st := b.Open(t)
			for _, f := range []string{"testdata/multisource/2023-11-24_csto-summit-report.txt", "testdata/multisource/2023-11-20_csto-summit-preview.txt"} {
				g, err := l.ExtractFile(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				if err := st.WriteGraph(ctx, g); err != nil {
					t.Fatal(err)
				}
			}
			meetings, err := st.Nodes(ctx, graph.NodeQuery{Labels: []string{graph.LabelMeeting}})
			if err != nil {
				t.Fatal(err)
			}
			if len(meetings) != 1 || meetings[0].ID != summit {
				t.Fatalf("meetings = %v, want the one summit %s", meetings, summit)
			}
			if s := meetings[0].Props.String("status"); s != "HELD" {
				t.Errorf("summit status = %q, want HELD (the newest source), although the older preview was loaded last", s)
			}
			rels, err := st.Relationships(ctx, graph.RelQuery{Types: []string{graph.RelParticipatesIn}, Starts: []string{tokayev}, Ends: []string{summit}})
			if err != nil {
				t.Fatal(err)
			}
			if len(rels) != 1 {
				t.Fatalf("Tokayev's participations: %v, want exactly one", rels)
			}
			p := rels[0].Props
			if p.String("status") != "HELD" || len(p.Strings(graph.PropArticleIDs)) != 2 || len(p.Strings(graph.PropEvidence)) != 2 {
				t.Errorf("participation = %v: want status HELD, two articles, two evidence sentences", p)
			}
		})
	}
}
