package extract

import (
	"testing"

	"github.com/diplograph/diplograph/graph"
)

// Tests of meeting bodies, topic places, unidentified meetings and
// postponed visits, on sentences written for them.

func init() {
	fakeEntities["org:arab-league-supreme-council"] = Entity{ID: "org:arab-league-supreme-council", Label: graph.LabelOrganization,
		Name: "Arab League Supreme Council", Kind: "BODY", PartOf: "org:arab-league"}
	fakeEntities["org:arab-league-secretariat"] = Entity{ID: "org:arab-league-secretariat", Label: graph.LabelOrganization,
		Name: "Arab League Secretariat", Kind: "BODY", PartOf: "org:arab-league"}
}

var bodyNames = []Mention{
	{Surface: "المجلس الأعلى للجامعة", EntryID: "org:arab-league-supreme-council", Label: graph.LabelOrganization, Form: FormName},
	{Surface: "الأمانة العامة للجامعة", EntryID: "org:arab-league-secretariat", Label: graph.LabelOrganization, Form: FormName},
}

func bodyRun(t *testing.T, sentences ...string) Result {
	t.Helper()
	saved := fakeNames
	fakeNames = append(append([]Mention(nil), saved...), bodyNames...)
	defer func() { fakeNames = saved }()
	return evRun(t, day, sentences...)
}

// A supreme council's session is the parent organisation's summit.
func TestBodySupremeCouncilIsSummit(t *testing.T) {
	r := bodyRun(t, "انطلقت اليوم في القاهرة أعمال الدورة الخامسة لاجتماع المجلس الأعلى للجامعة بمشاركة ملك المغرب.")
	m := "meeting:2030-05-01:arab-league-summit:cairo"
	want(t, r, graph.RelConvenedUnder, m, "org:arab-league")
	want(t, r, graph.RelHeldIn, m, "place:cairo")
	want(t, r, graph.RelParticipatesIn, "person:mohammed-6", m)
}

// A secretariat convenes no meeting of its own.
func TestBodySecretariatNoMeeting(t *testing.T) {
	e := &engine{kb: evKB{}}
	if f, ok := e.bodyFormat("org:arab-league-secretariat"); ok {
		t.Errorf("secretariat has a meeting format %v", f)
	}
	if f, ok := e.bodyFormat("org:arab-league-supreme-council"); !ok || f.slug != "arab-league-summit" || f.org != "org:arab-league" {
		t.Errorf("supreme council format = %+v", f)
	}
}

// A place governed by a topic noun ("الوضع في الرباط") is not the venue.
func TestTopicPlaceIsNotVenue(t *testing.T) {
	r := bodyRun(t, "عقد قادة جامعة الدول العربية اليوم قمة طارئة لبحث الوضع في الرباط.")
	for _, n := range r.Nodes {
		if n.Labels[0] == graph.LabelMeeting {
			t.Errorf("unexpected meeting %s (its place is a topic)", n.ID)
		}
	}
	r = bodyRun(t, "عقد قادة جامعة الدول العربية اليوم في القاهرة قمة طارئة لبحث الحرب في الرباط.")
	want(t, r, graph.RelHeldIn, "meeting:2030-05-01:arab-league-summit:cairo", "place:cairo")
	wantNot(t, r, graph.RelHeldIn, "meeting:2030-05-01:arab-league-summit:rabat", "place:rabat")
}

// Participants of another, unidentified meeting ("عُقد اجتماع بصيغة ...
// بمشاركة X") are not participants of the meeting in focus.
func TestUnidentifiedMeetingParticipants(t *testing.T) {
	r := bodyRun(t,
		"انطلقت اليوم في القاهرة أعمال قمة جامعة الدول العربية بمشاركة الرئيس المصري عبد الفتاح السيسي.",
		"وفي وقت لاحق عُقد اجتماع بصيغة \"الخماسي\" بمشاركة ملك المغرب.")
	m := "meeting:2030-05-01:arab-league-summit:cairo"
	want(t, r, graph.RelParticipatesIn, "person:sisi", m)
	wantNot(t, r, graph.RelParticipatesIn, "person:mohammed-6", m)
}

// A postponed visit is not a visit.
func TestPostponedVisit(t *testing.T) {
	r := bodyRun(t, "وكان الرئيس المصري عبد الفتاح السيسي قد أرجأ زيارة كانت مقررة إلى المغرب الشهر الماضي.")
	wantNot(t, r, graph.RelVisits, "person:sisi", "state:MAR")
}
