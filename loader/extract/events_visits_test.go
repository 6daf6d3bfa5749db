package extract

import (
	"testing"

	"github.com/diplograph/diplograph/graph"
)

// An invitation to visit, an undated intention or plan and a visit whose
// date is not set are no held visit; a dated plan is PLANNED.
func TestVisitsNotYetMade(t *testing.T) {
	for _, s := range []string{
		"وتلقى ملك المغرب دعوة لزيارة مصر.",
		"وكان الرئيس المصري قد دعاه لزيارة مصر.",
		"ويعتزم ملك المغرب زيارة مصر.",
		"ومن المقرر أن يزور ملك المغرب مصر.",
		"وسيزور ملك المغرب مصر، لكن لم يُحدَّد بعد موعد الزيارة.",
	} {
		r := peopleRun(t, day, s)
		if f, ok := has(r, graph.RelVisits, "person:mohammed-6", "state:EGY"); ok {
			t.Errorf("%s: unexpected visit %v", s, f.Rel.Props)
		}
	}
	r := peopleRun(t, day, "ومن المقرر أن يزور ملك المغرب مصر يوم 10 مايو.")
	want(t, r, graph.RelVisits, "person:mohammed-6", "state:EGY", "status=PLANNED")
}
