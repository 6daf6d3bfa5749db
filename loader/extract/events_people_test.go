package extract

import (
	"context"
	"testing"

	"github.com/diplograph/diplograph/graph"
)

// Tests of the event and people rules added for the second development set
// (bodies named after their organisation, joint sessions with two ordinals,
// representation, absence by a relative clause or a ban, visits dated by
// their start, talks dated by an earlier clause), on sentences written for
// them.

// peopleKB adds an organisation, its highest council and an official with
// no known office to evKB.
type peopleKB struct{ evKB }

var peopleEntities = map[string]Entity{
	"org:cdto": {ID: "org:cdto", Label: graph.LabelOrganization, Name: "Collective Defence Treaty Organization", Kind: "INTERGOVERNMENTAL", Acronym: "CDTO"},
	"org:cdto-collective-defence-council": {ID: "org:cdto-collective-defence-council", Label: graph.LabelOrganization,
		Name: "CDTO Collective Defence Council", Kind: "BODY", PartOf: "org:cdto"},
	"person:jor-official": {ID: "person:jor-official", Label: graph.LabelPerson, Name: "Ahmad bin Ali"},
}

func (k peopleKB) Entity(id string) (Entity, bool) {
	if e, ok := peopleEntities[id]; ok {
		return e, true
	}
	return k.evKB.Entity(id)
}

var peopleNames = []Mention{
	{Surface: "مجلس الدفاع الجماعي", EntryID: "org:cdto-collective-defence-council", Label: graph.LabelOrganization, Form: FormName},
	{Surface: "أحمد بن علي", EntryID: "person:jor-official", Label: graph.LabelPerson, Form: FormName},
}

func peopleRun(t *testing.T, date graph.Date, sentences ...string) Result {
	t.Helper()
	saved := fakeNames
	fakeNames = append(append(append([]Mention(nil), saved...), evNames...), peopleNames...)
	defer func() { fakeNames = saved }()
	r, err := Run(context.Background(), doc(date, sentences...), peopleKB{})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// A council named after its whole organisation is its highest organ: its
// session is the organisation's summit.
func TestBodyNamedAfterParentIsSummit(t *testing.T) {
	r := peopleRun(t, day, "احتضنت القاهرة اليوم دورة مجلس الدفاع الجماعي، برئاسة الرئيس المصري عبد الفتاح السيسي.")
	m := "meeting:2030-05-01:cdto-summit:cairo"
	want(t, r, graph.RelConvenedUnder, m, "org:cdto")
	want(t, r, graph.RelChairs, "person:sisi", m)
}

// "القمتين الثالثة والثلاثين والرابعة والثلاثين لـORG": one joint meeting.
func TestDualWithTwoOrdinalsIsOneMeeting(t *testing.T) {
	r := peopleRun(t, day, "انطلقت اليوم في القاهرة أعمال القمتين الثالثة والثلاثين والرابعة والثلاثين لجامعة الدول العربية، بمشاركة ملك المغرب.")
	m := "meeting:2030-05-01:arab-league-summit:cairo"
	want(t, r, graph.RelHeldIn, m, "place:cairo", "status=HELD")
	want(t, r, graph.RelParticipatesIn, "person:mohammed-6", m, "status=HELD")
}

// "ومثّل STATE PERSON": a person with no known office represents the state
// the sentence names.
func TestRepresentStateThenPerson(t *testing.T) {
	r := peopleRun(t, day,
		"انطلقت اليوم في القاهرة أعمال قمة جامعة الدول العربية.",
		"ومثّل الأردن أحمد بن علي، الأمين العام للوزارة.")
	m := "meeting:2030-05-01:arab-league-summit:cairo"
	want(t, r, graph.RelParticipatesIn, "person:jor-official", m, "representing=state:JOR")
}

// "X الذي لن يحضر" and "X ممنوعاً من حضور": the absent person stands
// before the verb.
func TestAbsenceSubjectBeforeVerb(t *testing.T) {
	r := peopleRun(t, day,
		"ومن المقرر أن تعقد قمة جامعة الدول العربية يوم 10 مايو في القاهرة بمشاركة وزير الخارجية المغربي ناصر بوريطة، الذي ينوب عن ملك المغرب الذي لن يحضر.")
	want(t, r, graph.RelAbsentFrom, "person:mohammed-6", summit)
	r = peopleRun(t, day,
		"انطلقت اليوم في القاهرة أعمال قمة جامعة الدول العربية.",
		"ولا يزال عبد الفتاح السيسي ممنوعاً من حضور اجتماعات القادة.")
	want(t, r, graph.RelAbsentFrom, "person:sisi", "meeting:2030-05-01:arab-league-summit:cairo")
}

// "زيارة الدولة التي بدأها أمس إلى STATE": the clause about the visit does
// not end it, and dates it by its start; "التي قام بها ... مطلع الشهر" is a
// past visit the article date does not date.
func TestVisitRelativeClause(t *testing.T) {
	r := peopleRun(t, day, "يواصل ملك المغرب اليوم زيارة الدولة التي بدأها أمس إلى مصر.")
	want(t, r, graph.RelVisits, "person:mohammed-6", "state:EGY", "kind=STATE")
	if f, _ := has(r, graph.RelVisits, "person:mohammed-6", "state:EGY"); f.Rel.Props["date"] != graph.NewDate(2030, 4, 30) {
		t.Errorf("visit date = %v, want its start 2030-04-30", f.Rel.Props["date"])
	}
	r = peopleRun(t, day, "وأشاد ملك المغرب بنتائج زيارة الدولة التي قام بها إلى مصر مطلع الشهر.")
	f, ok := has(r, graph.RelVisits, "person:mohammed-6", "state:EGY", "kind=STATE")
	if !ok {
		t.Fatalf("missing VISITS")
	}
	if _, dated := f.Rel.Props["date"]; dated {
		t.Errorf("a past visit dated by month only got a day: %v", f.Rel.Props)
	}
}

// "استقبله أمس ...، ثم عقد معه جلسة مباحثات": talks without a date of
// their own take the one day of the sentence's earlier clause.
func TestTalksDatedByEarlierClause(t *testing.T) {
	r := peopleRun(t, day, "وصل ملك المغرب أمس إلى القاهرة، ثم عقد مع الرئيس المصري عبد الفتاح السيسي جلسة مباحثات.")
	want(t, r, graph.RelParticipatesIn, "person:sisi", "meeting:2030-04-30:bilateral-egy-mar:cairo", "status=HELD")
}

// "التقى X Y، كما التقى Z": the elided subject of the second meeting is X.
func TestAlsoMetKeepsSubject(t *testing.T) {
	r := peopleRun(t, day, "والتقى ملك المغرب اليوم في القاهرة الرئيس المصري، وبحثا العلاقات الثنائية، كما التقى سامح شكري.")
	m := "meeting:2030-05-01:bilateral-egy-mar:cairo"
	want(t, r, graph.RelParticipatesIn, "person:sisi", m, "status=HELD")
	want(t, r, graph.RelParticipatesIn, "person:egy-fm", m, "status=HELD")
	want(t, r, graph.RelParticipatesIn, "person:mohammed-6", m, "status=HELD")
}
