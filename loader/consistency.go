package loader

import (
	"github.com/diplograph/diplograph/graph"
)

// Modality of meetings checked against time. A report cannot say that a
// meeting after its own date was held, and a meeting on or before its date
// that the same report shows people attending (participations HELD) was held,
// whatever tense the sentence that introduced it used. checkTense applies
// both rules (the second also to a meeting on the article's own day), on the Meeting node's status and on the status of every
// relationship of a future meeting; a VISITS dated after the article is
// PLANNED, not HELD, for the same reason.

// meetingTime is the comparable time of a meeting: its date, or 1
// January of its year for a year-only meeting ("meeting:2023:…"), so that
// a year-only meeting counts as future only when its year is after the
// article's.
func meetingTime(p graph.Props) (graph.Date, bool) {
	if d, ok := p.Date("date"); ok {
		return d, true
	}
	if y, ok := p.Int("year"); ok {
		return graph.NewDate(int(y), 1, 1), true
	}
	return graph.Date{}, false
}

// checkTense corrects statuses in place (see above). articleDate zero
// means unknown: nothing is changed.
func checkTense(nodes map[string]*graph.Node, rels map[string]*graph.Relationship, articleDate graph.Date) {
	if articleDate.IsZero() {
		return
	}
	heldParticipants := map[string]bool{}
	for _, r := range rels {
		if r.Type == graph.RelParticipatesIn && r.Props.String(graph.PropStatus) == graph.StatusHeld {
			heldParticipants[r.End] = true
		}
	}
	future := map[string]bool{}
	for id, n := range nodes {
		if n.Label() != graph.LabelMeeting {
			continue
		}
		t, ok := meetingTime(n.Props)
		if !ok {
			continue
		}
		switch status := n.Props.String("status"); {
		case articleDate.Before(t) && (status == graph.StatusHeld || status == graph.StatusReported):
			n.Props["status"] = graph.StatusPlanned
			future[id] = true
		case articleDate.Before(t):
			future[id] = true
		case !articleDate.Before(t) && (status == graph.StatusPlanned || status == graph.StatusExpected) && heldParticipants[id]:
			n.Props["status"] = graph.StatusHeld
		}
	}
	for _, r := range rels {
		if (future[r.Start] || future[r.End]) && r.Props.String(graph.PropStatus) == graph.StatusHeld {
			r.Props[graph.PropStatus] = graph.StatusPlanned
		}
		// a visit dated after the report cannot have been made yet
		if r.Type == graph.RelVisits && r.Props.String(graph.PropStatus) == graph.StatusHeld {
			if d, ok := r.Props.Date("date"); ok && articleDate.Before(d) {
				r.Props[graph.PropStatus] = graph.StatusPlanned
			}
		}
	}
}
