package extract

import (
	"testing"

	"github.com/diplograph/diplograph/graph"
)

// Tests of the event rules on sentences written for them, with the fake
// recogniser and knowledge base of extract_test.go.

func TestEventsNamedFormat(t *testing.T) {
	r := run(t, doc(day, "استضافت مدينة القاهرة يوم 10 مايو 2030 القمة الأولى بصيغة \"مصر - آسيا الوسطى\"."))
	want(t, r, graph.RelHeldIn, "meeting:2030-05-10:egypt-central-asia:cairo", "place:cairo")
}

func TestEventsNamedFormatOrganisation(t *testing.T) {
	r := run(t, doc(day, "استضافت مدينة القاهرة اليوم القمة الأولى بصيغة \"جامعة الدول العربية - آسيا الوسطى\"، برئاسة الرئيس المصري."))
	m := "meeting:2030-05-01:arab-league-central-asia:cairo"
	want(t, r, graph.RelHeldIn, m, "place:cairo")
	want(t, r, graph.RelHosts, "state:EGY", m)
	want(t, r, graph.RelChairs, "person:sisi", m)
	for _, n := range r.Nodes {
		if n.ID == m && n.Props["first"] != true {
			t.Errorf("first not set: %v", n.Props)
		}
	}
}

func TestEventsPhoneCallAtDatelineCity(t *testing.T) {
	r := run(t, doc(day,
		"القاهرة، 1 مايو 2030",
		"تلقى الرئيس المصري عبد الفتاح السيسي، اليوم، اتصالاً هاتفياً من ملك المغرب، وأكد استعداد الرباط للتعاون.",
	))
	m := "meeting:2030-05-01:bilateral-egy-mar:cairo"
	want(t, r, graph.RelParticipatesIn, "person:sisi", m, "status=HELD")
	want(t, r, graph.RelParticipatesIn, "person:mohammed-6", m, "status=HELD")
}

func TestEventsListRolesAbsenceAndBackground(t *testing.T) {
	r := run(t, doc(day,
		"عقدت اليوم في القاهرة قمة جامعة الدول العربية برئاسة الرئيس المصري.",
		"وحضر القمة بصفة مراقب ملك المغرب، فيما غابت تونس عن القمة بسبب الانتخابات.",
		"وكان الأردن قد استضاف اجتماعاً في العام الماضي.",
	))
	m := "meeting:2030-05-01:arab-league-summit:cairo"
	want(t, r, graph.RelChairs, "person:sisi", m)
	want(t, r, graph.RelHosts, "state:EGY", m)
	want(t, r, graph.RelParticipatesIn, "person:mohammed-6", m, "role=OBSERVER")
	want(t, r, graph.RelParticipatesIn, "state:MAR", m)
	want(t, r, graph.RelAbsentFrom, "state:TUN", m, "reason=الانتخابات")
	wantNot(t, r, graph.RelParticipatesIn, "state:TUN", m)
	wantNot(t, r, graph.RelParticipatesIn, "state:JOR", m)
}
