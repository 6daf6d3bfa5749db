package extract

import (
	"testing"

	"github.com/diplograph/diplograph/graph"
)

// The next session of a series, by ordinal, with the year of the text.
func TestNextSessionByOrdinal(t *testing.T) {
	r := run(t, doc(day,
		"انطلقت اليوم في القاهرة أعمال الدورة الـ33 لقمة جامعة الدول العربية.",
		"وتقرر عقد الدورة الـ34 في الرباط عام 2031.",
	))
	cur := "meeting:2030-05-01:arab-league-summit:cairo"
	next := "meeting:2031:arab-league-summit:rabat"
	want(t, r, graph.RelFollowedBy, cur, next)
	want(t, r, graph.RelHeldIn, next, "place:rabat", "status=PLANNED")
	want(t, r, graph.RelConvenedUnder, next, "org:arab-league")
}

// "القمة المقبلة ستستضيفها STATE العام المقبل": no place, the state hosts.
func TestNextSessionHostState(t *testing.T) {
	r := run(t, doc(day,
		"انطلقت اليوم في القاهرة أعمال القمة السنوية لجامعة الدول العربية.",
		"ومن المقرر أن تستضيف تونس القمة المقبلة العام المقبل.",
	))
	cur := "meeting:2030-05-01:arab-league-summit:cairo"
	next := "meeting:2031:arab-league-summit:tunisia"
	want(t, r, graph.RelFollowedBy, cur, next)
	want(t, r, graph.RelHosts, "state:TUN", next, "status=PLANNED")
	want(t, r, graph.RelConvenedUnder, next, "org:arab-league")
}
