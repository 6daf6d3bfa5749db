package extract

import (
	"testing"

	"github.com/diplograph/diplograph/graph"
)

// nodeProp returns a property of a node of r.
func nodeProp(r Result, id, key string) (any, bool) {
	for _, n := range r.Nodes {
		if n.ID == id {
			v, ok := n.Props[key]
			return v, ok
		}
	}
	return nil, false
}

func wantEnd(t *testing.T, r Result, id string, end graph.Date) {
	t.Helper()
	v, ok := nodeProp(r, id, "endDate")
	if !ok || v != end {
		ids := []string{}
		for _, n := range r.Nodes {
			ids = append(ids, n.ID)
		}
		t.Errorf("%s endDate = %v (%v), want %s; nodes %v", id, v, ok, end, ids)
	}
}

// "انطلقت أمس ... وتختتم اليوم": dated by the first day, ending today.
func TestSpanStartAndClose(t *testing.T) {
	r := evRun(t, day, "انطلقت أمس في القاهرة أعمال قمة جامعة الدول العربية وتختتم اليوم.")
	m := "meeting:2030-04-30:arab-league-summit:cairo"
	want(t, r, graph.RelHeldIn, m, "place:cairo", "status=HELD")
	wantEnd(t, r, m, day)
}

// "من 9 إلى 10 مايو" and "على مدى يومين".
func TestSpanRangeAndDuration(t *testing.T) {
	r := evRun(t, day, "تعقد قمة جامعة الدول العربية في القاهرة من 9 إلى 10 مايو.")
	m := "meeting:2030-05-09:arab-league-summit:cairo"
	want(t, r, graph.RelHeldIn, m, "place:cairo", "status=PLANNED")
	wantEnd(t, r, m, graph.NewDate(2030, 5, 10))

	r = evRun(t, day, "تعقد في الإسكندرية يوم 12 مايو قمة جامعة الدول العربية على مدى يومين.")
	m = "meeting:2030-05-12:arab-league-summit:alexandria"
	want(t, r, graph.RelHeldIn, m, "place:alexandria")
	wantEnd(t, r, m, graph.NewDate(2030, 5, 13))
}

// A meeting reported on its closing day keeps its start-date id, also when
// the headline dates it by its last day.
func TestSpanClosingDayKeepsStartID(t *testing.T) {
	r := evRun(t, day,
		"اختتمت اليوم في القاهرة قمة جامعة الدول العربية.",
		"وكانت القمة التي افتتحت أمس في القاهرة قد ناقشت الوضع في المنطقة.",
		"وشارك في القمة ملك المغرب.",
	)
	m := "meeting:2030-04-30:arab-league-summit:cairo"
	want(t, r, graph.RelHeldIn, m, "place:cairo")
	want(t, r, graph.RelParticipatesIn, "person:mohammed-6", m)
	wantNot(t, r, graph.RelHeldIn, "meeting:2030-05-01:arab-league-summit:cairo", "place:cairo")
	wantEnd(t, r, m, day)

	r = evRun(t, day, "اختتمت اليوم في القاهرة قمة جامعة الدول العربية التي استمرت يومين.")
	want(t, r, graph.RelHeldIn, m, "place:cairo", "status=HELD")
	wantEnd(t, r, m, day)
}

// Speech nouns: "في كلمته أمام القمة"، "قال في كلمة افتتاحية"، "وخلال
// كلمته ..., دعا X"، "X، الذي ... في كلمته".
func TestSpeechNouns(t *testing.T) {
	m := "meeting:2030-05-01:arab-league-summit:cairo"
	for _, s := range []string{
		"وقال الرئيس المصري عبد الفتاح السيسي في كلمته أمام القمة إن المنطقة تمر بمرحلة دقيقة.",
		"وقال الرئيس المصري عبد الفتاح السيسي في كلمة افتتاحية إن المنطقة تمر بمرحلة دقيقة.",
		"وخلال كلمته أمام القمة، دعا الرئيس المصري عبد الفتاح السيسي إلى وقف الحرب.",
		"وترأس القمة الرئيس المصري عبد الفتاح السيسي، الذي نقل إلى القادة في كلمته الافتتاحية تحيات ملك المغرب.",
	} {
		r := evRun(t, day, "عقدت اليوم في القاهرة قمة جامعة الدول العربية.", s)
		want(t, r, graph.RelSpeaksAt, "person:sisi", m)
		want(t, r, graph.RelParticipatesIn, "person:sisi", m)
		wantNot(t, r, graph.RelSpeaksAt, "person:mohammed-6", m)
	}
	// a speech elsewhere is not a speech at the meeting
	r := evRun(t, day, "عقدت اليوم في القاهرة قمة جامعة الدول العربية.",
		"وكان الرئيس المصري عبد الفتاح السيسي قد قال أمس في كلمة متلفزة إن المنطقة تمر بمرحلة دقيقة.")
	wantNot(t, r, graph.RelSpeaksAt, "person:sisi", m)
}
