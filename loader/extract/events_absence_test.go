package extract

import (
	"testing"

	"github.com/diplograph/diplograph/graph"
)

// Absences: coordinated negated participation ("لم يشارك X ولا Y"),
// apologies ("اعتذر عن عدم الحضور"), boycotts and absences with a reason
// trimmed to its phrase.
func TestAbsences(t *testing.T) {
	const open = "انطلقت اليوم في القاهرة أعمال قمة جامعة الدول العربية."
	m := "meeting:2030-05-01:arab-league-summit:cairo"
	reasonOf := func(r Result, who string) string {
		f, ok := has(r, graph.RelAbsentFrom, who, m)
		if !ok {
			t.Errorf("missing ABSENT_FROM %s", who)
			return ""
		}
		s, _ := f.Rel.Props["reason"].(string)
		return s
	}
	r := peopleRun(t, day, open, "ولم يشارك ملك المغرب في القمة ولا الرئيس المصري.")
	reasonOf(r, "person:mohammed-6")
	reasonOf(r, "person:sisi")
	r = peopleRun(t, day, open, "واعتذر ملك المغرب عن عدم الحضور بسبب ارتباطات مسبقة، فيما ترأس وفد بلاده وزير الخارجية.")
	if got := reasonOf(r, "person:mohammed-6"); got != "ارتباطات مسبقة" {
		t.Errorf("reason %q", got)
	}
	wantNot(t, r, graph.RelParticipatesIn, "person:mohammed-6", m)
	r = peopleRun(t, day, open, "وقاطع ملك المغرب القمة.")
	reasonOf(r, "person:mohammed-6")
	r = peopleRun(t, day, open, "وتغيّب ملك المغرب عن القمة نظراً لظروف صحية، بينما حضر الرئيس المصري.")
	if got := reasonOf(r, "person:mohammed-6"); got != "ظروف صحية" {
		t.Errorf("reason %q", got)
	}
	r = peopleRun(t, day, open, "وتغيّب ملك المغرب عن القمة لانشغاله بملفات داخلية، وحضر الرئيس المصري.")
	if got := reasonOf(r, "person:mohammed-6"); got != "انشغاله بملفات داخلية" {
		t.Errorf("reason %q", got)
	}
}

// An undecided attendance ("لم يُحسم بعد حضور X"، "لم يتأكد بعد مشاركة X")
// is no absence; a plain negation still is.
func TestUndecidedAttendanceIsNoAbsence(t *testing.T) {
	const open = "انطلقت اليوم في القاهرة أعمال قمة جامعة الدول العربية."
	m := "meeting:2030-05-01:arab-league-summit:cairo"
	for _, s := range []string{
		"ولم يُحسم بعد حضور ملك المغرب القمة.",
		"ولم يتأكد بعد حضور ملك المغرب القمة.",
	} {
		r := peopleRun(t, day, open, s)
		wantNot(t, r, graph.RelAbsentFrom, "person:mohammed-6", m)
	}
	r := peopleRun(t, day, open, "ولم يحضر ملك المغرب القمة.")
	if _, ok := has(r, graph.RelAbsentFrom, "person:mohammed-6", m); !ok {
		t.Error("a plain negation lost its absence")
	}
}
