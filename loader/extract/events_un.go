package extract

import (
	"github.com/diplograph/diplograph/graph"
)

// The UN General Assembly: "الدورة الـ78 للجمعية العامة للأمم المتحدة"،
// "اجتماعات الجمعية العامة"، "كلمة أمام الجمعية العامة" name a session of
// the Assembly, meeting:<date>:un-general-assembly:<place> (year-only
// when the clause gives no day), CONVENED_UNDER the Assembly (the UN when
// the gazetteer lacks the body). Talks "على هامش" it are ON_SIDELINES_OF
// it (events_talks.go reads the occurrence this rule adds).

const gaBody = "org:un-general-assembly"

var (
	assemblyWords = set("الجمعية", "للجمعية", "بالجمعية")
	generalWord   = fold1("العامة")
	// gaCues are the words that make "الجمعية العامة" a session rather than
	// the body ("قرار الجمعية العامة").
	gaPreviousWords = set("السابقة", "السابق", "الماضية", "الماضي")
	gaCues          = set("الدورة", "دورة", "اجتماعات", "اجتماع", "أعمال", "هامش", "أمام", "جلسة", "الجلسة", "دورتها", "افتتاح")
)

// assemblyAt reports whether tokens k.. name the General Assembly and
// returns the end token.
func (e *engine) assemblyAt(a *sent, k, hi int) (int, bool) {
	if en := a.entAt(k); en != nil && en.id == gaBody {
		return en.t1, true
	}
	t := a.toks[k]
	if t.quoted || t.punct || !t.has(assemblyWords) || k+1 >= hi || !a.toks[k+1].is(generalWord) {
		return 0, false
	}
	end := k + 2
	if en := a.entAt(end); en != nil && en.id == "org:un" {
		end = en.t1
	}
	return end, true
}

// generalAssembly defines the Assembly session a clause names.
func (e *engine) generalAssembly(sg *segment) {
	a := sg.a
	for k := sg.lo; k < sg.hi; k++ {
		end, ok := e.assemblyAt(a, k, sg.hi)
		if !ok {
			continue
		}
		cue := -1
		for j := max(sg.lo, k-5); j < k; j++ {
			if a.toks[j].has(gaCues) {
				cue = j
			}
		}
		for j := max(cue, sg.lo); cue >= 0 && j < k; j++ {
			if a.toks[j].has(gaPreviousWords) {
				cue = -1 // "الدورة السابقة": another session
			}
		}
		if cue < 0 {
			k = end - 1
			continue
		}
		place := e.assemblyPlace(sg)
		if place == "" {
			return
		}
		org := gaBody
		if _, ok := e.entity(gaBody); !ok {
			org = "org:un"
		}
		f := format{slug: "un-general-assembly", org: org, kind: "SESSION", title: "UN General Assembly session", noHost: true}
		date, ok := e.dateFor(sg, cue)
		var m *meeting
		if ok {
			m = e.define(sg, cue, f, date, 0, place, statusOr(modality(a, sg.lo, sg.hi, cue), e.defaultStatus(date)), true)
		} else if y := e.articleYear(); y > 0 {
			m = e.define(sg, cue, f, graph.Date{}, y, place, statusOr(modality(a, sg.lo, sg.hi, cue), graph.StatusHeld), true)
		} else {
			return
		}
		sg.occ = append(sg.occ, occurrence{id: m.id, tok: cue, defined: true})
		return
	}
}

// assemblyPlace is the city of the session: a city of the clause, else
// the dateline's.
func (e *engine) assemblyPlace(sg *segment) string {
	a := sg.a
	for k := 0; k < len(a.toks); k++ {
		if en := a.entAt(k); en != nil && en.label == graph.LabelPlace && !en.quoted {
			return en.id
		}
	}
	return e.dateline
}
