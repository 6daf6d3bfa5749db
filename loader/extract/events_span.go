package extract

import (
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// Multi-day meetings. A meeting is dated (and identified) by its first day;
// its last day is its endDate. The span of a meeting comes from
//
//   - a range of days: "من 9 إلى 10 سبتمبر"، "يومي 9 و10 سبتمبر"، "بين 9
//     و10 سبتمبر"، "من 30 أغسطس إلى 2 سبتمبر";
//   - a start verb and a closing verb with their dates: "انطلقت أمس ...
//     وتختتم اليوم"، "اختتمت اليوم ... التي افتتحت أمس";
//   - a duration: "على مدى يومين"، "لمدة ثلاثة أيام"، "التي استمرت يومين",
//     counted from the start date, or back from the closing date.
//
// A meeting reported on its closing day keeps the id of its first day: the
// meetings of one format and place whose date falls within the span of
// another are merged into it at the end of the article (mergeSpans).

// closeVerbs end a meeting: the date next to them is its last day.
var closeVerbs = set("اختتم", "اختتمت", "تختتم", "يختتم", "اختتام", "ختام", "تنتهي", "ينتهي", "انتهت", "انتهى",
	"واختتمت", "وتختتم", "ويختتم", "اختتمت", "تختتمان")

// rangeWords join the two days of a range.
var rangeWords = set("إلى", "الى", "حتى", "و", "-", "–")

// durationCues introduce a duration ("على مدى يومين").
var durationCues = set("مدى", "مدار", "لمدة", "مدة", "تستمر", "يستمر", "استمرت", "استمر", "تدوم", "يدوم", "دامت", "مدتها", "لمدّة")

// numberWords are the small cardinals of a duration ("ثلاثة أيام").
var numberWords = foldedMap(map[string]int{
	"ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6, "سبعة": 7,
})

var dualDays = set("يومين", "يومان", "اليومين")
var dayPlural = set("أيام", "ايام")

func addDays(d graph.Date, n int) graph.Date {
	t := d.Time().AddDate(0, 0, n)
	return graph.NewDate(t.Year(), t.Month(), t.Day())
}

// numberTok returns the day number a token holds (a "و" clitic stripped).
func numberTok(t token) (int, bool) {
	for _, s := range append([]string{t.f}, t.stems...) {
		s = strings.TrimPrefix(s, "و")
		if n, err := strconv.Atoi(s); err == nil && n >= 1 && n <= 31 {
			return n, true
		}
	}
	return 0, false
}

// verbDate returns the first day date within three tokens after a word of
// ws in the sentence.
func verbDate(a *sent, ws map[string]bool) (graph.Date, bool) {
	for _, d := range a.s.Dates {
		if d.Precision != PrecDay {
			continue
		}
		k := a.tokenOf(d.Start)
		for x := max(0, k-3); x < k; x++ {
			if !a.toks[x].quoted && a.toks[x].has(ws) {
				return d.Date, true
			}
		}
		// the sentence's opening verb, its subject between ("اختتم مجلس
		// وزراء خارجية ... اليوم الأربعاء دورته"), with no comma before the
		// date
		if k > 3 && !a.toks[0].quoted && a.toks[0].has(ws) && !punctBetween(a, 1, k) {
			return d.Date, true
		}
	}
	return graph.Date{}, false
}

// dayRange returns the first and last day of a range of days in the
// sentence.
func dayRange(a *sent) (graph.Date, graph.Date, bool) {
	var prevEnd int = -10
	var prev graph.Date
	for _, d := range a.s.Dates {
		if d.Precision != PrecDay {
			continue
		}
		k := a.tokenOf(d.Start)
		t := a.toks[k]
		conn := strings.HasPrefix(t.raw, "و") && t.start < d.Start
		nk := k - 1
		if !conn && k > 0 && a.toks[k-1].has(rangeWords) {
			conn, nk = true, k-2
		}
		if conn && nk >= 0 {
			// "من 30 أغسطس إلى 2 سبتمبر": two full dates
			if !prev.IsZero() && a.tokenOf(prevEnd-1) >= nk-1 && prev.Before(d.Date) && absDays(prev, d.Date) <= 7 {
				return prev, d.Date, true
			}
			if n, ok := numberTok(a.toks[nk]); ok && n < d.Date.Day && d.Date.Day-n <= 7 {
				return graph.NewDate(d.Date.Year, d.Date.Month, n), d.Date, true
			}
		}
		prev, prevEnd = d.Date, d.End
	}
	return graph.Date{}, graph.Date{}, false
}

// duration returns the number of days a sentence says a meeting lasts.
func duration(a *sent) int {
	for i, t := range a.toks {
		if t.quoted || t.punct {
			continue
		}
		n := 0
		if t.has(dualDays) {
			n = 2
		} else if v, ok := lookup(t, numberWords); ok && i+1 < len(a.toks) && a.toks[i+1].has(dayPlural) {
			n = v
		}
		if n == 0 {
			continue
		}
		for x := max(0, i-3); x < i; x++ {
			if a.toks[x].has(durationCues) {
				return n
			}
		}
	}
	return 0
}

// daySpan returns the first and last day of a meeting of the sentence
// dated date by the rules; end is zero for a one-day meeting.
func daySpan(a *sent, date graph.Date) (start, end graph.Date) {
	if s, e, ok := dayRange(a); ok && (date == s || date == e) {
		return s, e
	}
	sd, sok := verbDate(a, startVerbs)
	cd, cok := verbDate(a, closeVerbs)
	n := duration(a)
	switch {
	case sok && cok && sd.Before(cd) && absDays(sd, cd) <= 7 && (date == sd || date == cd):
		return sd, cd
	case sok && date == sd:
		if n > 1 {
			return sd, addDays(sd, n-1)
		}
		return sd, graph.Date{}
	case cok && date == cd:
		if n > 1 {
			return addDays(cd, -(n - 1)), cd
		}
		return date, graph.Date{}
	case n > 1 && !sok && !cok:
		return date, addDays(date, n-1)
	}
	return date, graph.Date{}
}

// spanRefs sets the last day of the meetings a segment refers to ("وتختتم
// القمة أعمالها غداً"، "التي تستمر يومين").
func (e *engine) spanRefs(sg *segment) {
	for _, o := range sg.occ {
		m := e.meetings[o.id]
		if m == nil || o.defined || m.year > 0 || m.date.IsZero() {
			continue
		}
		a := sg.a
		// "القمة التي افتتحت أمس" of a meeting dated by a later day: the
		// meeting of its first day, into which the later one merges
		if sd, ok := verbDate(a, startVerbs); ok && sd.Before(m.date) && absDays(sd, m.date) <= 7 {
			f := format{slug: m.format, org: m.org, kind: m.kind, title: strings.SplitN(m.title, ",", 2)[0], noHost: true}
			end := m.date
			if !m.end.IsZero() {
				end = m.end
			}
			n := e.define(sg, o.tok, f, sd, 0, m.place, m.status, true)
			if n.end.Before(end) {
				n.end = end
			}
			continue
		}
		if s, en, ok := dayRange(a); ok && s == m.date {
			m.end = en
			continue
		}
		if cd, ok := verbDate(a, closeVerbs); ok && m.date.Before(cd) && absDays(m.date, cd) <= 7 {
			if _, sok := verbDate(a, startVerbs); !sok {
				m.end = cd
				continue
			}
		}
		if n := duration(a); n > 1 && m.end.IsZero() {
			m.end = addDays(m.date, n-1)
		}
	}
}

// mergeSpans merges every meeting whose date falls within the span of
// another meeting of the same format and place into it.
func (e *engine) mergeSpans() {
	rename := map[string]string{}
	for _, id := range e.order {
		m := e.meetings[id]
		if m == nil || m.end.IsZero() || m.year > 0 {
			continue
		}
		for _, id2 := range e.order {
			o := e.meetings[id2]
			if o == nil || o == m || o.year > 0 || o.format != m.format || o.place != m.place || rename[id] != "" {
				continue
			}
			if m.date.Before(o.date) && !m.end.Before(o.date) {
				rename[id2] = id
				m.aliases = graph.UnionStrings(m.aliases, o.aliases)
			}
		}
	}
	if len(rename) == 0 {
		return
	}
	for i := range e.facts {
		r := &e.facts[i].Rel
		if to, ok := rename[r.Start]; ok {
			r.Start = to
		}
		if to, ok := rename[r.End]; ok {
			r.End = to
		}
	}
	for from := range rename {
		delete(e.meetings, from)
	}
	order := e.order[:0]
	for _, id := range e.order {
		if rename[id] == "" {
			order = append(order, id)
		}
	}
	e.order = order
}
