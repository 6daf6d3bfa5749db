package extract

import (
	"slices"
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// counterpartSingular are the singular "counterpart" words: "نظيره
// المصري" designates the Egyptian holder of the office the subject holds.
var counterpartSingular = set("نظيره", "نظيرها", "نظير", "نظيرة", "نظيرته", "نظيرتها")

// resolveCounterparts turns "نظيره ADJ" (a counterpart word followed by a
// state) into the person holding, in that state on the article date, the
// office of the nearest person named before it in the sentence (the head
// of state when there is none). The state becomes a modifier of the
// designation.
func (e *engine) resolveCounterparts(a *sent) {
	if e.kb == nil {
		return
	}
	changed := false
	for i, t := range a.toks {
		if t.punct || t.quoted || !t.has(counterpartSingular) || i+1 >= len(a.toks) {
			continue
		}
		k := a.toks[i+1].ent
		if k < 0 || a.ents[k].label != graph.LabelState || a.ents[k].t0 != i+1 {
			continue
		}
		st := a.ents[k]
		kind, title := "head-of-state", ""
		for j := i - 1; j >= 0; j-- {
			en := a.entAt(j)
			if en == nil || en.label != graph.LabelPerson || en.mod {
				continue
			}
			kind = e.mainOfficeKind(en)
			title = e.officeTitle(en.id, kind)
			break
		}
		// the counterpart holds the office of the same title where one
		// fits ("نظيره الإيراني" of a president: Iran's President, not its
		// Supreme Leader, who is head of state)
		pid, ok := holderByTitle(e.kb, kind, st.id, title, e.doc.Date)
		if !ok {
			pid, ok = e.kb.Holder(kind+":"+strings.TrimPrefix(st.id, "state:"), e.doc.Date)
		}
		if nx := a.entAt(st.t1); nx != nil && nx.t0 == st.t1 && nx.label == graph.LabelPerson && !nx.designated && nx.id != pid {
			// "نظيره المصري سامح شكري" after a person whose office is not
			// known: the name says who; the nisba only qualifies it
			a.ents[k].mod = true
			changed = true
			continue
		}
		if !ok {
			continue
		}
		p := ent{id: pid, label: graph.LabelPerson, form: FormTitle, surface: a.spanText(i, st.t1), t0: i, t1: st.t1,
			start: a.toks[i].start, end: st.end, chain0: i, titles: []string{kind}, complements: []string{st.id},
			designated: true, quoted: st.quoted}
		st.mod = true
		a.ents[k] = p
		a.ents = append(a.ents, st)
		changed = true
	}
	if changed {
		a.index()
	}
}

// officeTitle is the English title of a person's office of kind kind on
// the article date ("President"), or "".
func (e *engine) officeTitle(id, kind string) string {
	for _, o := range e.kb.OfficesOf(id, e.doc.Date) {
		if o.Kind == kind && strings.HasPrefix(o.Of, "state:") {
			return o.Title
		}
	}
	return ""
}

// mainOfficeKind is the kind of the highest state office of a person on
// the article date (from the titles written before the name first).
func (e *engine) mainOfficeKind(en *ent) string {
	for _, k := range en.titles {
		switch k {
		case "head-of-state", "head-of-government", "foreign-minister", "deputy-head-of-state":
			return k
		}
	}
	best, rank := "head-of-state", 99
	order := map[string]int{"head-of-state": 0, "head-of-government": 1, "foreign-minister": 2, "deputy-head-of-state": 3}
	for _, o := range e.kb.OfficesOf(en.id, e.doc.Date) {
		if r, ok := order[o.Kind]; ok && r < rank && strings.HasPrefix(o.Of, "state:") {
			best, rank = o.Kind, r
		}
	}
	return best
}

// datelineOf records the city of the dateline: a short sentence near the
// top of the article that begins with a place and holds a date
// ("سمرقند، 16 سبتمبر/أيلول 2022"، "القاهرة في ٧ مايو ٢٠٢٣").
func (e *engine) datelineOf(a *sent) {
	if e.dateline != "" || a.s.Index > 3 || len(a.s.Dates) == 0 {
		return
	}
	first := a.tokenOf(a.s.Dates[0].Start)
	if len(a.toks) > 16 {
		// a dateline run into the first paragraph: "واشنطن 11 شباط 2025
		// (بترا)- أكد ..." (the city first, its date right after), or a
		// long dateline line of a website ("دبي – العربية.نت | نُشر في: 24
		// سبتمبر 2024، 07:40 بتوقيت الإمارات")
		if en := a.entAt(0); en != nil && en.label == graph.LabelPlace && en.t0 == 0 && !a.s.Dates[0].Relative && (first <= en.t1+2 || len(a.toks) <= 24 && first <= 12) {
			e.dateline = en.id
		}
		return
	}
	for _, en := range a.ents {
		// "بغداد، 11 ..."، or after the outlet's name: "الجزيرة نت – بغداد،
		// 11 سبتمبر 2024"
		if en.label == graph.LabelPlace && (en.t0 <= 1 || en.t0 <= 5 && en.t1 <= first) {
			e.dateline = en.id
			return
		}
		// "الجزائر - 1 نوفمبر 2022": a state named like its capital stands
		// for the capital in a dateline
		if en.label == graph.LabelState && en.t0 <= 1 && en.t1 <= first && !en.mod && e.kb != nil {
			if c, ok := e.kb.Capital(en.id); ok {
				if ce, ok := e.entity(c); ok && slices.Contains(ce.Names, fold1(en.surface)) {
					e.dateline = c
					return
				}
			}
		}
	}
}

// unquoteNames clears the quoted mark of an entity that is the whole of a
// quoted span («بريكس»، "شنغهاي للتعاون"): a name in quotes is a name, not a
// quotation.
func (e *engine) unquoteNames(a *sent) {
	for k := range a.ents {
		en := &a.ents[k]
		if !en.quoted {
			continue
		}
		lo, hi := en.chain0, en.t1
		if lo > 0 && hi < len(a.toks) && isQuoteMark(a.toks[lo-1].raw) && isQuoteMark(a.toks[hi].raw) {
			en.quoted = false
			for i := lo; i < hi; i++ {
				a.toks[i].quoted = false
			}
		}
	}
}

// unquoteMeetingNames clears the quoted mark of a quoted span that begins
// with a meeting noun ("قمة الرياض الخليجية الصينية للتعاون والتنمية"): it
// is the name of a meeting, not a quotation.
func (e *engine) unquoteMeetingNames(a *sent) {
	for q := 0; q+1 < len(a.toks); q++ {
		if !a.toks[q].punct || !isQuoteMark(a.toks[q].raw) || !a.toks[q+1].quoted {
			continue
		}
		if k, _, ok := meetingNounOf(a.toks[q+1]); !ok || k == "" || k == "VISIT" || k == "TALKS" {
			continue
		}
		end := q + 1
		for end < len(a.toks) && a.toks[end].quoted {
			a.toks[end].quoted = false
			end++
		}
		for k := range a.ents {
			if a.ents[k].t0 > q && a.ents[k].t0 < end {
				a.ents[k].quoted = false
			}
		}
		q = end
	}
}

// objectTitle reports whether a title mention is the object of a
// preposition ("التقى أمير قطر بالرئيس التركي"، "مع الرئيس"): after a
// title with its complement, it designates another person.
func (a *sent) objectTitle(t ent) bool {
	tok := a.toks[t.t0]
	sf := fold1(t.surface)
	for _, p := range []string{"ب", "وب", "ل", "ول"} {
		if strings.HasPrefix(tok.f, p) && !strings.HasPrefix(sf, p) {
			return true
		}
	}
	return t.t0 > 0 && a.toks[t.t0-1].has(objectPreps)
}

var objectPreps = set("مع", "إلى", "من", "عن", "على")

func isQuoteMark(s string) bool {
	switch s {
	case "\"", "«", "»", "“", "”":
		return true
	}
	return false
}
