package extract

import (
	"slices"
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// The meeting frame builder: a fallback for clauses that speak of a meeting
// of an organisation without the fixed word order of the format rules
// ("قمة ORG"، "مجلس رؤساء دول ORG"). It collects, anywhere in the clause,
//
//   - the meeting word: a meeting noun (with or without an attached
//     pronoun: "قمتهم") or a session noun ("الدورة العادية الـ36")
//     — the anchor;
//   - the organisation: an intergovernmental organisation named in the
//     clause ("لمجلس جامعة الدول العربية على مستوى القمة"، "قادة الدول
//     الأعضاء في منظمة ..."), or referred to by an anaphor ("المنظمة");
//   - the level: a summit when the clause speaks of a summit, of heads of
//     state or of leaders, a ministerial meeting when it speaks of
//     ministers;
//   - the date: a day date of the clause — the one of a start verb
//     ("انطلقت أمس السبت") first, since a meeting is dated by its first
//     day, else the nearest to the anchor; for a "حيث" clause ("في مينسك،
//     حيث تعقد قمة ...") the dates of the clause it qualifies;
//   - the place: a city of the clause (the nearest after the anchor
//     first), else that of the qualified clause, else — for a meeting of
//     the article's day or the day before — the dateline city.
//
// A frame with an organisation, a date and a place defines the meeting, as
// the format rules do; a frame that lacks one of them defines nothing.

// sessionNouns name a session of a meeting series ("الدورة العادية").
// They are matched on the raw word as well (ending in ة), because the folded
// form of "دورة" is also that of "دوره" ("his role").
var sessionNouns = set("دورة", "الدورة", "دورته", "دورتها")

// startVerbs begin a meeting: the date next to them is its date.
var startVerbs = set("انطلق", "انطلقت", "افتتح", "افتتحت", "بدأ", "بدأت", "استهل", "استهلت", "تنطلق", "ينطلق",
	"تبدأ", "يبدأ", "تفتتح", "يفتتح", "انطلاق", "افتتاح", "بدء")

// summitCues make a frame a summit: leaders, heads of state.
var summitCues = set("قادة", "زعماء", "رؤساء", "القادة", "الزعماء", "الرؤساء", "قمة", "القمة")

// whereWord introduces a clause about the place of the previous one.
var whereWord = fold1("حيث")

// isSessionNoun reports whether token t is a session noun written with a
// taa marbuta (or an attached pronoun).
func isSessionNoun(t token) bool {
	if t.punct || t.quoted || !t.has(sessionNouns) {
		return false
	}
	r := strings.TrimRight(t.raw, "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
	return strings.HasSuffix(r, "ة") || strings.HasSuffix(r, "ته") || strings.HasSuffix(r, "تها")
}

// frameAnchor returns the first meeting or session noun of the segment and
// the kind it suggests, or -1.
func frameAnchor(a *sent, lo, hi int) (int, string) {
	for i := lo; i < hi; i++ {
		t := a.toks[i]
		if t.quoted || t.punct || t.ent >= 0 {
			continue
		}
		if k, _, ok := meetingNounOf(t); ok && k != "VISIT" && k != "TALKS" {
			if i+1 < hi && a.toks[i+1].has(nextWords) {
				return -1, ""
			}
			return i, k
		}
		// "القمتين الرابعة والأربعين والخامسة والأربعين لـORG": a dual
		// with two ordinals names one joint meeting of ORG.
		if k, ok := dualMeetingKind(t); ok && k != "TALKS" && i+1 < hi && isOrdinalWord(a.toks[i+1]) {
			return i, k
		}
		if isSessionNoun(t) {
			if i+1 < hi && a.toks[i+1].has(nextWords) {
				return -1, ""
			}
			return i, "MEETING"
		}
	}
	return -1, ""
}

// frameOrg returns the organisation of a frame: the intergovernmental
// organisation (or heads-of-state / ministers' council) named in the
// segment nearest to the anchor, after it first; else an organisation
// anaphor ("المنظمة") for the organisation in focus.
func (e *engine) frameOrg(a *sent, lo, hi, anchor int) string {
	best, bd := "", 1<<30
	for i := lo; i < hi; i++ {
		en := a.entAt(i)
		if en == nil || en.t0 != i || en.label != graph.LabelOrganization || en.quoted || en.mod {
			continue
		}
		if !e.meetingOrg(en.id) {
			continue
		}
		d := i - anchor
		if d < 0 {
			d = -d + 100 // prefer organisations after the anchor
		}
		if d < bd {
			best, bd = en.id, d
		}
	}
	if best != "" {
		return best
	}
	for i := lo; i < hi; i++ {
		if a.toks[i].ent < 0 && !a.toks[i].quoted && a.toks[i].has(orgAnaphors) && e.orgFocus != "" {
			return e.orgFocus
		}
	}
	return ""
}

// meetingOrg reports whether an organisation can convene a meeting of the
// genre: an intergovernmental organisation or one of its councils.
func (e *engine) meetingOrg(id string) bool {
	if strings.Contains(id, "heads-of-state") || strings.Contains(id, "foreign-ministers") {
		return true
	}
	ent, ok := e.entity(id)
	if !ok {
		return e.kb == nil
	}
	if r, _ := e.bodyRole(id); r != "" {
		return true
	}
	return ent.Kind == "INTERGOVERNMENTAL" || ent.Kind == "FORUM" || ent.Kind == ""
}

// frameDate returns the date of a frame: the date after a start verb, else
// the day date nearest to the anchor (in the segment, or in the clause a
// "حيث" segment qualifies).
func (e *engine) frameDate(sg *segment, anchor int) (graph.Date, bool) {
	a := sg.a
	lo := sg.lo
	if a.toks[sg.lo].is(whereWord) {
		lo = 0
	}
	best, bd := graph.Date{}, 1<<30
	for _, d := range a.s.Dates {
		if d.Precision != PrecDay {
			continue
		}
		k := a.tokenOf(d.Start)
		if k < lo || k >= sg.hi || a.toks[k].quoted {
			continue
		}
		excluded := false
		for x := max(lo, k-3); x < min(sg.hi, a.tokenOf(d.End-1)+4); x++ {
			if a.toks[x].has(excludeDateWords) {
				excluded = true
			}
		}
		if excluded {
			continue
		}
		dist := k - anchor
		if dist < 0 {
			dist = -dist
		}
		for x := max(lo, k-3); x < k; x++ {
			if !a.toks[x].quoted && a.toks[x].has(startVerbs) {
				dist = -1 // the first day of the meeting
			}
		}
		if dist < bd {
			best, bd = d.Date, dist
		}
	}
	return best, bd < 1<<30
}

// framePlace returns the place of a frame (see the comment at the top).
func (e *engine) framePlace(sg *segment, anchor int, date graph.Date) string {
	if p := e.placeFor(sg, anchor); p != "" {
		return p
	}
	a := sg.a
	if a.toks[sg.lo].is(whereWord) && sg.lo > 0 {
		prev := &segment{a: a, lo: 0, hi: sg.lo}
		if p := e.placeFor(prev, sg.lo); p != "" {
			return p
		}
	}
	if e.dateline != "" && !e.doc.Date.IsZero() && !e.doc.Date.Before(date) && absDays(date, e.doc.Date) <= 1 {
		return e.dateline
	}
	return ""
}

// frameKind returns the level of a frame: SUMMIT, MINISTERIAL or the
// anchor's kind.
func frameKind(a *sent, lo, hi int, anchorKind string) string {
	for i := lo; i < hi; i++ {
		t := a.toks[i]
		if t.quoted || t.punct {
			continue
		}
		if t.has(ministerialWords) || (t.has(ministersWords) && i+1 < hi && a.toks[i+1].has(foreignWords)) {
			return "MINISTERIAL"
		}
	}
	if anchorKind == "SUMMIT" {
		return "SUMMIT"
	}
	for i := lo; i < hi; i++ {
		t := a.toks[i]
		if !t.quoted && !t.punct && t.ent < 0 && t.has(summitCues) {
			return "SUMMIT"
		}
		if !t.quoted && !t.punct && t.ent < 0 {
			if _, pron, ok := meetingNounOf(t); ok && pron {
				if k, _, _ := meetingNounOf(t); k == "SUMMIT" {
					return "SUMMIT"
				}
			}
		}
	}
	return anchorKind
}

// meetingFrame builds the frame of a segment that defines no meeting yet
// and defines its meeting when the frame is complete.
func (e *engine) meetingFrame(sg *segment) {
	for _, o := range sg.occ {
		if o.defined {
			return
		}
	}
	a := sg.a
	anchor, akind := frameAnchor(a, sg.lo, sg.hi)
	if anchor < 0 {
		return
	}
	// the organisation of the meeting is the one attached to the meeting
	// noun ("قمة X"، "الدورة N لـX"); another organisation of the clause
	// only when the clause refers to no known meeting ("وكان مودي قد افتتح
	// القمة ... بإعلان انضمام الاتحاد الأفريقي": the summit in focus, not
	// an AU summit)
	org := e.attachedOrg(a, sg.lo, sg.hi, anchor)
	if org == "" && len(sg.occ) == 0 {
		org = e.frameOrg(a, sg.lo, sg.hi, anchor)
	}
	if org == "" {
		return
	}
	// a reference to a known meeting of the same organisation stands
	for _, o := range sg.occ {
		if m := e.meetings[o.id]; m != nil && m.org == org {
			return
		}
	}
	date, ok := e.frameDate(sg, anchor)
	if !ok {
		return
	}
	place := e.framePlace(sg, anchor, date)
	if place == "" {
		return
	}
	var f format
	jf, _, joint := e.betweenFormatAfter(a, anchor, akind)
	switch kind := frameKind(a, sg.lo, sg.hi, akind); {
	case joint && slices.Contains(jf.orgs, org):
		// "ترأس X اليوم القمة الثانية بين ORG1 وORG2": the joint format the
		// meeting noun names, placed by the frame (the dateline city)
		f = jf
	case strings.Contains(org, "heads-of-state"), strings.Contains(org, "foreign-ministers"):
		f = e.orgFormat(org, "SUMMIT")
		if strings.Contains(org, "foreign-ministers") {
			parent := org
			if ent, ok := e.entity(org); ok && ent.PartOf != "" {
				parent = ent.PartOf
			}
			f = e.ministersFormat(parent)
		}
	case kind == "MINISTERIAL":
		f = e.ministersFormat(org)
	case kind == "SUMMIT" && e.hasHeadsOfStateCouncil(org) && councilNamed(a, sg.lo, sg.hi):
		f = e.orgFormat(org, "SUMMIT")
		f.slug, f.title = orgSlug(org)+"-heads-of-state", e.orgLabel(org)+" Heads of State Council meeting"
	default:
		f = e.orgFormat(org, kind)
	}
	start, end := daySpan(a, date)
	status := e.frameStatus(sg, anchor, start)
	m := e.define(sg, anchor, f, start, 0, place, status, true)
	if start.Before(end) {
		m.end = end
	}
	sg.occ = append(sg.occ, occurrence{id: m.id, tok: anchor, defined: true})
}

// councilNamed reports whether the segment names a council ("مجلس").
func councilNamed(a *sent, lo, hi int) bool {
	for i := lo; i+1 < hi; i++ {
		if a.toks[i].is(councilWord) && a.toks[i+1].is(headsWord) {
			return true
		}
	}
	return false
}

// frameStatus is the status of a meeting defined at anchor: the modality of
// the clause; for a meeting of the article's day, the tense of the nearest
// verb (before the anchor, or in a relative clause just after it: "التي
// عقدت اليوم"); else HELD before the article date, PLANNED after.
func (e *engine) frameStatus(sg *segment, anchor int, date graph.Date) string {
	a := sg.a
	if st := modality(a, sg.lo, sg.hi, anchor); st != "" {
		return st
	}
	if date == e.doc.Date {
		if v, ok := clauseVerb(a, sg.lo, sg.hi, anchor); ok && v == tensePast {
			return graph.StatusHeld
		}
	}
	return e.defaultStatus(date)
}

// clauseVerb returns the tense of the first known verb of the clause before
// the anchor, else of one within eight tokens after it (the meeting's name
// and a relative pronoun between), before any punctuation.
func clauseVerb(a *sent, lo, hi, anchor int) (tense, bool) {
	for k := lo; k < anchor; k++ {
		if v, ok := knownVerb(a.toks[k]); ok {
			return v, true
		}
	}
	for k := anchor + 1; k < hi && k <= anchor+8; k++ {
		if a.toks[k].punct {
			break
		}
		if v, ok := knownVerb(a.toks[k]); ok {
			return v, true
		}
	}
	return tenseNone, false
}
