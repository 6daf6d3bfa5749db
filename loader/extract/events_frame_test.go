package extract

import (
	"context"
	"testing"

	"github.com/diplograph/diplograph/graph"
)

// Tests of the meeting frame builder, the discourse coreference of duals and
// definite descriptions, and the participation rules, on sentences written
// for them (fake recogniser and knowledge base of extract_test.go, extended
// below with a foreign minister).

// evKB adds two foreign ministers to fakeKB.
type evKB struct{ fakeKB }

func (k evKB) OfficesOf(id string, on graph.Date) []Office {
	switch id {
	case "person:egy-fm":
		return []Office{{Kind: "foreign-minister", Of: "state:EGY", Title: "Foreign Minister"}}
	case "person:mar-fm":
		return []Office{{Kind: "foreign-minister", Of: "state:MAR", Title: "Foreign Minister"}}
	}
	return k.fakeKB.OfficesOf(id, on)
}

func (k evKB) Holder(office string, on graph.Date) (string, bool) {
	switch office {
	case "foreign-minister:EGY":
		return "person:egy-fm", true
	case "foreign-minister:MAR":
		return "person:mar-fm", true
	}
	return k.fakeKB.Holder(office, on)
}

var evNames = []Mention{
	{Surface: "سامح شكري", EntryID: "person:egy-fm", Label: graph.LabelPerson, Form: FormName},
	{Surface: "ناصر بوريطة", EntryID: "person:mar-fm", Label: graph.LabelPerson, Form: FormName},
	{Surface: "وزير الخارجية", EntryID: "foreign-minister", Label: LabelTitle, Form: FormTitle},
	{Surface: "الوزير", EntryID: "minister", Label: LabelTitle, Form: FormTitle},
	{Surface: "المغربي", EntryID: "state:MAR", Label: graph.LabelState, Form: FormAdjective},
	{Surface: "المصرية", EntryID: "state:EGY", Label: graph.LabelState, Form: FormAdjective},
}

// evRun extracts sentences with the extended recogniser and knowledge base.
func evRun(t *testing.T, date graph.Date, sentences ...string) Result {
	t.Helper()
	saved := fakeNames
	fakeNames = append(append([]Mention(nil), saved...), evNames...)
	defer func() { fakeNames = saved }()
	r, err := Run(context.Background(), doc(date, sentences...), evKB{})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// A meeting whose organisation, date and place are spread over the clause,
// dated by its first day ("التي انطلقت أمس").
func TestFrameSessionStartDate(t *testing.T) {
	r := evRun(t, day, "اختتمت مساء اليوم في العاصمة المصرية القاهرة أعمال الدورة العادية لمجلس جامعة الدول العربية على مستوى القمة، التي انطلقت أمس.")
	m := "meeting:2030-04-30:arab-league-summit:cairo"
	want(t, r, graph.RelHeldIn, m, "place:cairo", "status=HELD")
	want(t, r, graph.RelConvenedUnder, m, "org:arab-league")
	want(t, r, graph.RelHosts, "state:EGY", m)
}

// "عقد قادة ... قمتهم": a meeting noun with an attached pronoun, the
// organisation before it.
func TestFramePronounNoun(t *testing.T) {
	r := evRun(t, day, "عقد قادة الدول الأعضاء في جامعة الدول العربية أمس قمتهم الدورية في الإسكندرية، بمشاركة ملك المغرب.")
	m := "meeting:2030-04-30:arab-league-summit:alexandria"
	want(t, r, graph.RelHeldIn, m, "place:alexandria", "status=HELD")
	want(t, r, graph.RelParticipatesIn, "person:mohammed-6", m, "status=HELD")
}

// A ministerial session of today with no place in the sentence is held in
// the dateline city.
func TestFrameDatelinePlace(t *testing.T) {
	r := evRun(t, day, "القاهرة، 1 مايو 2030", "انطلقت اليوم أعمال الدورة العادية لمجلس جامعة الدول العربية على المستوى الوزاري.")
	want(t, r, graph.RelHeldIn, "meeting:2030-05-01:arab-league-foreign-ministers:cairo", "place:cairo", "status=HELD")
}

// A frame without a date defines nothing.
func TestFrameNeedsDate(t *testing.T) {
	r := evRun(t, day, "وناقشت الدورة العادية لمجلس جامعة الدول العربية في الإسكندرية ملفات عدة.")
	for _, n := range r.Nodes {
		if n.Labels[0] == graph.LabelMeeting {
			t.Errorf("unexpected meeting %s", n.ID)
		}
	}
}

// "الرئيسان"، "الزعيمان": the two most recent heads of state of two states;
// "يلتقي الرئيسان في الرباط، حيث تعقد قمة": both attend the summit the
// "حيث" clause names, dated and placed by the clause it qualifies.
func TestDualsAndWhereClause(t *testing.T) {
	r := evRun(t, day,
		"القاهرة، 1 مايو 2030",
		"استقبل الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة ملك المغرب.",
		"وأجرى الرئيسان محادثات تناولت العلاقات الثنائية، ثم وقّع الزعيمان بياناً مشتركاً.",
		"ومن المقرر أن يلتقي الرئيسان مجدداً يوم 20 مايو في الرباط، حيث تعقد قمة جامعة الدول العربية.",
	)
	bi := "meeting:2030-05-01:bilateral-egy-mar:cairo"
	want(t, r, graph.RelParticipatesIn, "person:sisi", bi, "status=HELD")
	want(t, r, graph.RelParticipatesIn, "person:mohammed-6", bi, "status=HELD")
	want(t, r, graph.RelParticipatesIn, "state:MAR", bi)
	s := "meeting:2030-05-20:arab-league-summit:rabat"
	want(t, r, graph.RelHeldIn, s, "place:rabat", "status=PLANNED")
	want(t, r, graph.RelParticipatesIn, "person:sisi", s, "status=PLANNED")
	want(t, r, graph.RelParticipatesIn, "person:mohammed-6", s, "status=PLANNED")
	for _, n := range r.Nodes {
		if n.ID == "meeting:2030-05-20:bilateral-egy-mar:rabat" {
			t.Errorf("a meeting at the summit is not a bilateral meeting: %s", n.ID)
		}
	}
}

// A dual with only one candidate in the discourse resolves to no one.
func TestDualNeedsTwoStates(t *testing.T) {
	r := evRun(t, day, "القاهرة، 1 مايو 2030", "وصل الرئيس المصري عبد الفتاح السيسي اليوم إلى الإسكندرية.", "وأجرى الرئيسان محادثات.")
	for _, f := range r.Facts {
		if f.Rel.Type == graph.RelParticipatesIn {
			t.Errorf("unexpected %s %s %s", f.Rel.Type, f.Rel.Start, f.Rel.End)
		}
	}
}

// "الوزير المغربي" (no generic minister office in the knowledge base): the
// Moroccan minister last named; "نظيره المصري": the Egyptian holder of his
// office; "الوزيران": the two of them.
func TestDefiniteDescriptionAndCounterpart(t *testing.T) {
	r := evRun(t, day,
		"الرباط، 1 مايو 2030",
		"وصل وزير الخارجية المغربي ناصر بوريطة اليوم إلى القاهرة.",
		"والتقى الوزير المغربي نظيره المصري في القاهرة اليوم، واستعرض الوزيران العلاقات الثنائية.",
	)
	m := "meeting:2030-05-01:bilateral-egy-mar:cairo"
	want(t, r, graph.RelParticipatesIn, "person:mar-fm", m, "status=HELD")
	want(t, r, graph.RelParticipatesIn, "person:egy-fm", m, "status=HELD")
	wantNot(t, r, graph.RelParticipatesIn, "person:sisi", m)
}

// The subject of a speech verb speaks and takes part; the person a speaker
// stands in for does neither; "بدعوة" makes the speaker a guest.
func TestSpeakerSubjectAndStandIn(t *testing.T) {
	r := evRun(t, day,
		"عقدت اليوم في القاهرة قمة جامعة الدول العربية.",
		"وشارك في القمة ملك المغرب ممثلاً للرئيس التونسي.",
		"وألقى الرئيس المصري عبد الفتاح السيسي كلمة أمام القمة بدعوة من الجامعة.",
	)
	m := "meeting:2030-05-01:arab-league-summit:cairo"
	want(t, r, graph.RelParticipatesIn, "person:mohammed-6", m)
	want(t, r, graph.RelSpeaksAt, "person:sisi", m)
	want(t, r, graph.RelParticipatesIn, "person:sisi", m, "role=GUEST")
	wantNot(t, r, graph.RelSpeaksAt, "person:mohammed-6", m)
	wantNot(t, r, graph.RelParticipatesIn, "state:TUN", m)
}

// Quoted meeting names are names; "يشارك X في قمتين" takes X to both; one
// date for a clause dates its far meeting nouns.
func TestQuotedNamesAndDualMeetingNoun(t *testing.T) {
	r := evRun(t, day,
		"ومن المقرر أن يشارك ملك المغرب غداً في قمتين تستضيفهما القاهرة: \"قمة القاهرة العربية الأفريقية للتعاون والتنمية والاستثمار\" مع القادة الأفارقة، و\"قمة القاهرة العربية الإسلامية للتضامن\".",
	)
	for _, m := range []string{"meeting:2030-05-02:arab-african-summit:cairo", "meeting:2030-05-02:arab-islamic-summit:cairo"} {
		want(t, r, graph.RelHeldIn, m, "place:cairo", "status=PLANNED")
		want(t, r, graph.RelParticipatesIn, "person:mohammed-6", m, "status=PLANNED")
	}
}

// A far date belongs to the meeting noun nearest to it, not to a meeting
// mentioned in a later subordinate clause.
func TestFarDateNearestMeeting(t *testing.T) {
	r := evRun(t, day,
		"وفي قمة جامعة الدول العربية التي عقدت اليوم في القاهرة، مثّل الرئيس المصري بلاده، في ظل غياب ملك المغرب الذي يتوجه إلى الرباط للمشاركة في قمة أخرى لجامعة الدول العربية.",
	)
	want(t, r, graph.RelHeldIn, "meeting:2030-05-01:arab-league-summit:cairo", "place:cairo", "status=HELD")
	wantNot(t, r, graph.RelHeldIn, "meeting:2030-05-01:arab-league-summit:rabat", "place:rabat")
}

// "وقّع X، وY ... اليوم، اتفاقية": a joint signing far from its date, with
// long names and honorifics between the signatories.
func TestJointSigningHonorifics(t *testing.T) {
	r := evRun(t, day,
		"الرباط، 1 مايو 2030",
		"وقّع جلالة ملك المغرب محمد السادس بن الحسن، وفخامة الرئيس عبد الفتاح السيسي رئيس جمهورية مصر العربية، في القصر الملكي بالرباط اليوم، اتفاقية الشراكة الاستراتيجية الشاملة بين البلدين.",
	)
	m := "meeting:2030-05-01:bilateral-egy-mar:rabat"
	want(t, r, graph.RelParticipatesIn, "person:sisi", m, "status=HELD")
	want(t, r, graph.RelParticipatesIn, "person:mohammed-6", m, "status=HELD")
}

// "وتسلّم X الرئاسة ... خلال الجلسة": acting during a held meeting is
// taking part in it; the predecessor in a relative clause is not read.
func TestActingDuringMeeting(t *testing.T) {
	r := evRun(t, day,
		"عقدت اليوم في القاهرة قمة جامعة الدول العربية.",
		"وتسلّم ملك المغرب رئاسة الجامعة، خلفاً لرئيس تونس الذي تولاها العام الماضي، وذلك خلال الجلسة الافتتاحية.",
	)
	m := "meeting:2030-05-01:arab-league-summit:cairo"
	want(t, r, graph.RelParticipatesIn, "person:mohammed-6", m, "status=HELD")
	want(t, r, graph.RelParticipatesIn, "state:MAR", m)
	wantNot(t, r, graph.RelParticipatesIn, "state:TUN", m)
}
