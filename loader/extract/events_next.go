package extract

import (
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// The next session of a series (issue 3, "the next meeting will be held
// in …"): "الدورة الـ34" after "الدورة الـ33" was identified, or "القمة
// المقبلة" hosted by a state with no city named. nextMeeting
// (meetings.go) handles "القمة المقبلة في CITY"; this file adds the
// ordinal successor, the year written in the text and the state host.

// nextMemory is the per-article state of the next-session rules.
type nextMemory struct {
	ordinal map[string]int // meeting id → its ordinal ("الدورة الـ33")
}

// textYear returns the year the segment gives the next session: a written
// year ("عام 2031"), "العام المقبل" (the article year + 1), or a month
// later in the article year.
func (e *engine) textYear(sg *segment, from int) (int, bool) {
	a := sg.a
	ay := e.articleYear()
	for _, d := range a.s.Dates {
		k := a.tokenOf(d.Start)
		if k < from || k >= sg.hi || d.Date.IsZero() {
			continue
		}
		switch d.Precision {
		case PrecYear:
			if d.Date.Year >= ay {
				return d.Date.Year, true
			}
		case PrecMonth, PrecDay:
			if d.Date.Year > ay || (d.Date.Year == ay && !d.Relative && e.doc.Date.Before(d.Date)) {
				return d.Date.Year, true
			}
		}
	}
	for k := from; k+1 < sg.hi; k++ {
		t := a.toks[k]
		if (t.is(fold1("العام")) || t.is(fold1("عام"))) && a.toks[k+1].has(nextWords) && ay > 0 {
			return ay + 1, true
		}
		if t.is(fold1("عام")) || t.is(fold1("العام")) || t.is(fold1("لعام")) {
			if y, err := strconv.Atoi(a.toks[k+1].f); err == nil && y >= ay && y < ay+20 {
				return y, true
			}
		}
	}
	return 0, false
}

// nextYearOf is the year of the session after cur: the year in the text,
// else the year of the organisation's next chairmanship, else cur's year
// + 1.
func (e *engine) nextYearOf(sg *segment, from int, cur *meeting) int {
	if y, ok := e.textYear(sg, from); ok {
		return y
	}
	year := cur.date.Year
	if cur.year > 0 {
		year = cur.year
	}
	next := year + 1
	if cid, ok := e.curChair[cur.org]; ok && e.chairs[cid].year > year {
		next = e.chairs[cid].year
	}
	return next
}

// nextSession runs after nextMeeting on each clause.
func (e *engine) nextSession(sg *segment) {
	a := sg.a
	if e.next.ordinal == nil {
		e.next.ordinal = map[string]int{}
	}
	for i := sg.lo; i+1 < sg.hi; i++ {
		t := a.toks[i]
		if t.quoted || t.ent >= 0 {
			continue
		}
		kind, ok := lookup(t, meetingNounsF)
		if (!ok || kind == "VISIT") && !isSessionNoun(t) {
			continue
		}
		if a.toks[i+1].has(nextWords) {
			e.nextByState(sg, i)
			continue
		}
		j := i + 1
		for j < sg.hi && (a.toks[j].has(sessionTypeWords) || a.toks[j].has(consultativeWords)) {
			j++ // "الدورة العادية الثالثة والثلاثين"
		}
		n, end, ok := ordinalAt(a, j)
		if !ok || end > sg.hi {
			continue
		}
		// the meeting this noun names, if the clause defined or referred to it
		var here string
		for _, o := range sg.occ {
			if o.tok >= i && o.tok <= end+2 && here == "" {
				here = o.id // "الدورة الـ33 لقمة ..." names the summit
			}
		}
		cur := e.meetings[e.focus()]
		if here == "" && cur != nil && e.disc.definedIn[cur.id] == a.s.Index {
			if _, seen := e.next.ordinal[cur.id]; !seen {
				here = cur.id // the meeting this sentence defined
			}
		}
		if o, known := e.next.ordinal[cur.idOrEmpty()]; cur != nil && known && o == n-1 && cur.status != graph.StatusPlanned {
			if here == cur.id {
				// "القمة العادية الرابعة والثلاثين في بغداد" after the 33rd:
				// the reference resolved to the current session is the next
				here = ""
				sg.occ = dropOccurrences(sg.occ, cur.id, i, end+2)
			}
			e.nextOf(sg, i, end, cur, here)
			continue
		}
		if here != "" {
			if _, seen := e.next.ordinal[here]; !seen {
				e.next.ordinal[here] = n
			}
		}
	}
}

// nextOf creates (or links) the session after cur named at token i.
func (e *engine) nextOf(sg *segment, i, end int, cur *meeting, here string) {
	a := sg.a
	status := nextStatus(a, sg, i)
	if here != "" {
		e.add(a, RuleNextMeeting, graph.RelFollowedBy, cur.id, here, a.span(i, end), status, nil)
		return
	}
	place := e.placeAfter(sg, end)
	if place == "" {
		if st := e.hostStateNear(sg, i, end); st != "" {
			e.stateHosted(sg, i, end, cur, st, status)
		}
		return
	}
	f := format{slug: cur.format, org: cur.org, kind: cur.kind, title: strings.SplitN(cur.title, ",", 2)[0]}
	m := e.define(sg, i, f, graph.Date{}, e.nextYearOf(sg, i, cur), place, status, false)
	e.add(a, RuleNextMeeting, graph.RelFollowedBy, cur.id, m.id, a.span(i, end), status, nil)
}

// placeAfter is the first city named after token j in the clause.
func (e *engine) placeAfter(sg *segment, j int) string {
	a := sg.a
	for k := j; k < sg.hi; k++ {
		if ref, ok := e.capitalAt(a, k); ok {
			return ref.place
		} else if en := a.entAt(k); en != nil && en.label == graph.LabelPlace && !en.quoted {
			return en.id
		}
	}
	return ""
}

// hostStateNear is the state that hosts the next session: "في STATE" after
// the noun, or the subject or object of a host verb in the clause
// ("تستضيف تونس القمة المقبلة", "ستستضيفها تونس").
func (e *engine) hostStateNear(sg *segment, i, end int) string {
	a := sg.a
	hostVerb := -1
	for k := sg.lo; k < sg.hi; k++ {
		if _, _, ok := a.toks[k].verb(hostVerbs); ok || strings.Contains(a.toks[k].f, fold1("ستضيف")) {
			hostVerb = k
			break
		}
	}
	for k := end; k < sg.hi; k++ {
		en := a.entAt(k)
		if en == nil || en.label != graph.LabelState || en.form != FormName || en.quoted {
			continue
		}
		if (k > 0 && a.toks[k-1].is(fold1("في"))) || (hostVerb >= 0 && hostVerb < k) {
			return en.id
		}
		break
	}
	if hostVerb >= 0 && hostVerb < i {
		for k := hostVerb + 1; k < i; k++ {
			if en := a.entAt(k); en != nil && en.label == graph.LabelState && en.form == FormName && !en.quoted {
				return en.id
			}
		}
	}
	return ""
}

// nextByState: "القمة المقبلة" with no city but a host state; nextMeeting
// handles the city case.
func (e *engine) nextByState(sg *segment, i int) {
	a := sg.a
	if e.placeAfter(sg, i+2) != "" {
		return
	}
	cur := e.meetings[e.focus()]
	if k, _, _ := meetingNounOf(a.toks[i]); k == "SUMMIT" || (i+3 < sg.hi && a.toks[i+3].is(headsWord)) {
		if id := e.resolve(meetingFilter{kind: "SUMMIT"}); id != "" {
			cur = e.meetings[id]
		}
	}
	if cur == nil {
		return
	}
	st := e.hostStateNear(sg, i, i+2)
	if st == "" {
		return
	}
	e.stateHosted(sg, i, i+2, cur, st, nextStatus(a, sg, i))
}

// stateHosted creates the year-only next session hosted by a state, with
// no HELD_IN (the city is not named): HOSTS, CONVENED_UNDER, FOLLOWED_BY.
func (e *engine) stateHosted(sg *segment, i, end int, cur *meeting, st, status string) {
	a := sg.a
	year := e.nextYearOf(sg, i, cur)
	if c, ok := e.sameNameCapital(a, sg, st); ok {
		// "الكويت" names the state and its capital: the city
		f := format{slug: cur.format, org: cur.org, kind: cur.kind, title: strings.SplitN(cur.title, ",", 2)[0], noHost: true}
		m := e.define(sg, i, f, graph.Date{}, year, c, status, false)
		e.add(a, RuleNextMeeting, graph.RelHosts, st, m.id, a.span(i, end), status, nil)
		e.add(a, RuleNextMeeting, graph.RelFollowedBy, cur.id, m.id, a.span(i, end), status, nil)
		return
	}
	slot := graph.Slug(e.name(st))
	if slot == "" {
		slot = graph.Slug(strings.TrimPrefix(st, "state:"))
	}
	id := "meeting:" + itoa(year) + ":" + graph.Slug(cur.format) + ":" + slot
	if id == cur.id {
		return
	}
	m, ok := e.meetings[id]
	if !ok {
		title := strings.SplitN(cur.title, ",", 2)[0] + ", " + e.name(st) + " " + itoa(year)
		m = &meeting{id: id, format: cur.format, org: cur.org, kind: cur.kind, title: title,
			nameAr: a.spanText(i, min(i+4, sg.hi)), year: year, status: status}
		e.meetings[id] = m
		e.order = append(e.order, id)
	}
	span := a.span(i, end)
	e.add(a, RuleNextMeeting, graph.RelHosts, st, id, span, status, nil)
	if cur.org != "" {
		e.add(a, RuleMeetingOrg, graph.RelConvenedUnder, id, cur.org, span, status, nil)
	}
	e.add(a, RuleNextMeeting, graph.RelFollowedBy, cur.id, id, span, status, nil)
}

// nextStatus is the status of a next session: the clause's modality, but
// a past verb ("تقرر عقد ...") decides a session still to come.
func nextStatus(a *sent, sg *segment, i int) string {
	switch st := modality(a, sg.lo, sg.hi, i); st {
	case "", graph.StatusHeld, graph.StatusReported:
		return graph.StatusPlanned
	default:
		return st
	}
}

// sameNameCapital returns the capital of st when the clause names st by a
// word that also names its capital ("الكويت", "جيبوتي").
func (e *engine) sameNameCapital(a *sent, sg *segment, st string) (string, bool) {
	if e.kb == nil {
		return "", false
	}
	c, ok := e.kb.Capital(st)
	if !ok {
		return "", false
	}
	ce, ok := e.kb.Entity(c)
	if !ok {
		return "", false
	}
	for k := sg.lo; k < sg.hi; k++ {
		en := a.entAt(k)
		if en == nil || en.id != st {
			continue
		}
		for _, n := range ce.Names {
			if fold1(n) == fold1(en.surface) {
				return c, true
			}
		}
	}
	return "", false
}

// sessionTypeWords stand between a session noun and its ordinal: "الدورة
// العادية الثالثة والثلاثين"، "القمة الاستثنائية الثانية".
var sessionTypeWords = set("العادية", "الاستثنائية", "الطارئة", "عادية", "استثنائية")

// dropOccurrences removes the occurrences of meeting id at tokens [lo, hi].
func dropOccurrences(occ []occurrence, id string, lo, hi int) []occurrence {
	out := occ[:0]
	for _, o := range occ {
		if o.id == id && o.tok >= lo && o.tok <= hi {
			continue
		}
		out = append(out, o)
	}
	return out
}

// idOrEmpty is the meeting's id, or "" for no meeting.
func (m *meeting) idOrEmpty() string {
	if m == nil {
		return ""
	}
	return m.id
}
