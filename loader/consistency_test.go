package loader

import (
	"testing"

	"github.com/diplograph/diplograph/graph"
)

func TestCheckTense(t *testing.T) {
	meeting := func(id string, p graph.Props) *graph.Node {
		return &graph.Node{ID: id, Labels: []string{graph.LabelMeeting}, Props: p}
	}
	nodes := map[string]*graph.Node{
		"m:next":  meeting("m:next", graph.Props{"year": int64(2023), "status": graph.StatusHeld}),
		"m:today": meeting("m:today", graph.Props{"date": graph.NewDate(2022, 10, 14), "status": graph.StatusPlanned}),
		"m:later": meeting("m:later", graph.Props{"date": graph.NewDate(2022, 10, 20), "status": graph.StatusExpected}),
		"m:same":  meeting("m:same", graph.Props{"year": int64(2022), "status": graph.StatusHeld}),
	}
	rels := map[string]*graph.Relationship{
		"a": {Type: graph.RelHeldIn, Start: "m:next", End: "place:bishkek", Props: graph.Props{graph.PropStatus: graph.StatusHeld}},
		"b": {Type: graph.RelParticipatesIn, Start: "state:KAZ", End: "m:today", Props: graph.Props{graph.PropStatus: graph.StatusHeld}},
		"c": {Type: graph.RelParticipatesIn, Start: "state:KAZ", End: "m:later", Props: graph.Props{graph.PropStatus: graph.StatusHeld}},
	}
	checkTense(nodes, rels, graph.NewDate(2022, 10, 14))
	for id, want := range map[string]string{
		"m:next":  graph.StatusPlanned,  // a year after the article cannot be held yet
		"m:today": graph.StatusHeld,     // attended today, as the same report says
		"m:later": graph.StatusExpected, // future: left as written
		"m:same":  graph.StatusHeld,     // its year is the article's: not future
	} {
		if got := nodes[id].Props.String("status"); got != want {
			t.Errorf("%s status = %s, want %s", id, got, want)
		}
	}
	if got := rels["a"].Props.String(graph.PropStatus); got != graph.StatusPlanned {
		t.Errorf("HELD_IN of a future meeting = %s, want PLANNED", got)
	}
	if got := rels["c"].Props.String(graph.PropStatus); got != graph.StatusPlanned {
		t.Errorf("participation in a future meeting = %s, want PLANNED", got)
	}
	nodes["m:next"].Props["status"] = graph.StatusHeld
	checkTense(nodes, rels, graph.Date{})
	if nodes["m:next"].Props.String("status") != graph.StatusHeld {
		t.Error("changed a status although the article date is unknown")
	}
}

// A visit dated after the report is planned, whatever the sentence's tense.
func TestFutureVisitIsPlanned(t *testing.T) {
	rels := map[string]*graph.Relationship{
		"v": {Type: graph.RelVisits, Start: "person:a", End: "state:IND", Props: graph.Props{
			graph.PropStatus: graph.StatusHeld, "date": graph.NewDate(2023, 9, 11)}},
		"p": {Type: graph.RelVisits, Start: "person:a", End: "state:EGY", Props: graph.Props{
			graph.PropStatus: graph.StatusHeld, "date": graph.NewDate(2023, 9, 9)}},
	}
	checkTense(map[string]*graph.Node{}, rels, graph.NewDate(2023, 9, 10))
	if got := rels["v"].Props.String(graph.PropStatus); got != graph.StatusPlanned {
		t.Errorf("visit tomorrow = %s, want PLANNED", got)
	}
	if got := rels["p"].Props.String(graph.PropStatus); got != graph.StatusHeld {
		t.Errorf("visit yesterday = %s, want HELD", got)
	}
}
