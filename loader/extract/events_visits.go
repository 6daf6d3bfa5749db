package extract

import (
	"github.com/diplograph/diplograph/graph"
)

// Visits: "وصل X إلى Y في زيارة رسمية"، "زيارة X إلى Y"، "يزور X Y". The
// visitor is the person named after the verb (or, for a pronoun subject,
// the nearest person before it in the sentence); the destination is the
// state or city after "إلى" (a city stands for its state; "المملكة"،
// "البلاد" for the state hosting the meeting in focus, else the dateline's
// state); the date is the
// clause's date, else the date of the meeting in focus, else the article
// date; the kind is read from "زيارة رسمية" (OFFICIAL), "زيارة دولة"
// (STATE), "زيارة عمل" (WORKING). A negated visit ("لم يسافر") or one made
// by video link is no visit.

var (
	arrivePresent = set("يصل", "تصل", "سيصل", "ستصل", "يتوجه", "تتوجه", "سيتوجه", "ستتوجه")
	arriveVerbs   = set("وصل", "وصلت", "يصل", "تصل", "سيصل", "ستصل", "توجه", "توجهت", "يتوجه", "تتوجه", "سيتوجه", "ستتوجه", "متوجها", "متوجهة")
	visitNouns    = set("زيارة", "الزيارة", "زيارته", "زيارتها")
	visitVerbs    = set("زار", "زارت", "يزور", "تزور")
	visitKinds    = map[string]string{fold1("رسمية"): "OFFICIAL", fold1("دولة"): "STATE", fold1("عمل"): "WORKING"}
	destAnaphors  = set("المملكة", "البلاد", "الجمهورية", "الإمارة", "السلطنة", "الدولة")
	toWord        = fold1("إلى")
	visitStopping = set("الذي", "التي", "الذين")
	// visitClauseVerbs open a relative clause about the visit itself
	// ("التي بدأها"، "التي يقوم بها"); visitStartVerbs date its start.
	visitClauseVerbs = set("بدأها", "بدأه", "بدأ", "بدأت", "بدأتها", "يقوم", "تقوم", "قام", "قامت", "يجريها", "يجريه", "أجراها", "تستغرق", "يستغرق", "تستمر", "تختتم", "يختتمها")
	visitPastVerbs   = set("قام", "قامت", "أجراها", "أجراه")
	visitStartVerbs  = set("بدأها", "بدأه", "بدأ", "بدأت", "بدأتها")
	prepositions     = set("إلى", "في", "من", "عن", "على", "مع", "منذ", "لدى", "نحو")
)

// visits applies the visit rules to a segment.
func (e *engine) visits(sg *segment) {
	a := sg.a
	for i := sg.lo; i < sg.hi; i++ {
		t := a.toks[i]
		if t.quoted || t.punct || t.ent >= 0 {
			continue
		}
		arrive, noun, verb := t.has(arriveVerbs), t.has(visitNouns), t.has(visitVerbs)
		if !arrive && !noun && !verb {
			continue
		}
		if negated(a, sg.lo, i, 3) || e.byVideo(a, sg.lo, sg.hi) || called(a, sg.lo, i) ||
			invitedTo(a, sg.lo, i) || undatedVisit(a, 0, len(a.toks)) {
			continue
		}
		intent := intendedVisit(a, sg.lo, i) || verb && (isFuture(t) || t.has(futureVisitVerbs)) ||
			arrive && t.has(arrivePresent) // "ويتوجه مودي في وقت لاحق اليوم إلى فيينا": not yet
		// visitor
		var who *ent
		reach := 4
		for k := i + 1; k < sg.hi && k <= i+4; k++ {
			if a.toks[k].has(visitClauseVerbs) {
				reach = k - i + 4 // "زيارة الدولة التي يقوم بها الرئيس الفرنسي"
				break
			}
		}
		for k := i + 1; k < sg.hi && k <= i+reach; k++ {
			if en := e.actorAt(a, k); en != nil {
				if en.label == graph.LabelPerson && !e.afterPreposition(a, en) {
					who = en
				}
				break
			}
		}
		if who == nil {
			for k := i - 1; k >= 0; k-- {
				if en := e.actorAt(a, k); en != nil && !e.afterPreposition(a, en) {
					if en.label == graph.LabelPerson {
						who = en
					}
					if en.label == graph.LabelPerson || k < i-12 {
						break
					}
				}
			}
		}
		if who == nil {
			continue
		}
		// destination
		dest, startAt, pastClause := "", -1, false
		for k := i + 1; k < sg.hi && k <= i+10 && dest == ""; k++ {
			tk := a.toks[k]
			if tk.has(visitStopping) {
				// "زيارة الدولة التي بدأها أمس إلى فرنسا": a clause about
				// the visit itself does not end it
				if k+1 < sg.hi && a.toks[k+1].has(visitClauseVerbs) {
					if a.toks[k+1].has(visitStartVerbs) {
						startAt = k + 1
					} else if a.toks[k+1].has(visitPastVerbs) {
						pastClause = true
					}
					continue
				}
				break
			}
			if !tk.is(toWord) && !(verb && k == i+1) && !(verb && who != nil && k == who.t1) {
				continue
			}
			j := k
			if tk.is(toWord) {
				j = k + 1
			}
			if j >= sg.hi {
				break
			}
			if en := a.entAt(j); en != nil {
				switch en.label {
				case graph.LabelState:
					dest = en.id
				case graph.LabelPlace:
					dest = e.hostState(en.id)
				}
			} else if a.toks[j].has(destAnaphors) {
				if m := e.meetings[e.focus()]; m != nil {
					dest = e.hostState(m.place)
				} else if e.dateline != "" {
					dest = e.hostState(e.dateline) // "إلى المملكة" in a Rabat dispatch
				}
			}
		}
		if dest == "" || dest == e.evPersonState(who.id) {
			continue
		}
		kind := ""
		for k := i; k < sg.hi && k <= i+12; k++ {
			if a.toks[k].has(visitNouns) && k+1 < sg.hi {
				if v, ok := lookup(a.toks[k+1], visitKinds); ok {
					kind = v
				}
			}
		}
		date, ok := e.dateFor(sg, i)
		if startAt >= 0 {
			// the visit is dated by its start ("التي بدأها أمس")
			if d, ok2 := e.dateFor(sg, startAt); ok2 {
				date, ok = d, true
			}
		}
		if intent {
			// an intention or plan is PLANNED with a date of its own and
			// nothing without one
			if !ok {
				continue
			}
		}
		// "زيارة الدولة التي قام بها X إلى Y مطلع مايو": a past visit the
		// clause does not date by day is not dated by the article
		coarse := (!ok || pastClause) && (coarseDateAfter(a, sg, i) || (pastClause && !dayDateIn(a, sg)))
		if coarse {
			ok = false
		}
		defaulted := false
		if !ok && !coarse && a.s.Index > 0 {
			// (a headline's visit takes no default day: the body dates it)
			if m := e.meetings[e.focus()]; m != nil && m.year == 0 {
				date, ok, defaulted = m.date, true, true
			} else if !e.doc.Date.IsZero() {
				date, ok, defaulted = e.doc.Date, true, true
			}
		}
		st := modality(a, sg.lo, sg.hi, i)
		if intent {
			st = graph.StatusPlanned
		}
		if st == "" {
			st = e.defaultStatus(date)
			if date == e.doc.Date {
				st = graph.StatusHeld
			}
		}
		props := graph.Props{"date": date}
		if kind != "" {
			props["kind"] = kind
		}
		if !ok {
			delete(props, "date")
		}
		if defaulted {
			props[propDefaultDate] = true // see keepOwnVisitDates
		}
		e.add(a, RuleVisit, graph.RelVisits, who.id, dest, a.span(i, i+1), st, props)
		return
	}
}

// coarseDateAfter reports whether the clause of the visit noun at i dates
// it only by month or year ("زيارة الدولة التي قام بها ... مطلع مايو"):
// the visit then takes neither the meeting's nor the article's day.
func coarseDateAfter(a *sent, sg *segment, i int) bool {
	for _, d := range a.s.Dates {
		k := a.tokenOf(d.Start)
		if k > i && k < sg.hi && k <= i+15 && (d.Precision == PrecMonth || d.Precision == PrecYear) {
			return true
		}
	}
	return false
}

// dayDateIn reports whether the segment has a date to the day.
func dayDateIn(a *sent, sg *segment) bool {
	for _, d := range a.s.Dates {
		if k := a.tokenOf(d.Start); k >= sg.lo && k < sg.hi && d.Precision == PrecDay {
			return true
		}
	}
	return false
}

// byVideo reports whether the segment speaks of taking part by video link.
func (e *engine) byVideo(a *sent, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if a.toks[k].has(videoWords) {
			return true
		}
	}
	return false
}

// afterPreposition reports whether an entity is the object of a
// preposition ("إلى قرغيزستان"، "في بكين"، "بالرئيس").
func (e *engine) afterPreposition(a *sent, en *ent) bool {
	k := en.chain0 - 1
	for k > 0 && (a.toks[k].has(honorifics) || a.toks[k].has(personHonorifics)) && a.toks[k].ent < 0 {
		k-- // "بدعوة من جلالة الملك X": past the honorific
	}
	if k >= 0 && a.toks[k].has(prepositions) {
		return true
	}
	for _, m := range a.s.Mentions {
		if m.Start == en.start && (m.Clitic == "ب" || m.Clitic == "ل" || m.Clitic == "وب" || m.Clitic == "ول" || m.Clitic == "لل" || m.Clitic == "بال") {
			return true
		}
	}
	return false
}

// callOffWords postpone or cancel an event ("أرجأ زيارة"، "ألغى زيارته"،
// "تأجيل الزيارة"): the visit did not take place.
var callOffWords = set("أرجأ", "أرجأت", "أجل", "أجلت", "ألغى", "ألغت", "تأجيل", "إلغاء", "إرجاء", "يرجئ", "يؤجل", "تؤجل")

// called reports whether a postponing or cancelling word governs the visit
// noun at i (within two words before it).
func called(a *sent, lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-2; k-- {
		if !a.toks[k].quoted && a.toks[k].has(callOffWords) && !(k > lo && a.toks[k-1].is(fold1("من"))) {
			return true // not "من أجل زيارة"
		}
	}
	return false
}

// inviteWords invite to a visit ("دعاه لزيارة"، "تلقى دعوة لزيارة"، "وجّه
// إليه الدعوة لزيارة"): an invitation is no visit.
var inviteWords = set("دعا", "دعت", "دعاه", "دعاها", "دعاهم", "دعته", "دعتها", "يدعو", "تدعو", "دعوة", "الدعوة",
	"دعوته", "دعوتها", "دعوات", "ودعا", "ودعت", "ودعاه", "لدعوة", "بدعوة", "يدعوه", "تدعوه", "لتلبية", "تلبية")

// invitedTo reports whether an invitation governs the visit word at i
// (within six words before it).
func invitedTo(a *sent, lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-6; k-- {
		if a.toks[k].punct {
			break
		}
		if !a.toks[k].quoted && a.toks[k].has(inviteWords) {
			return true
		}
	}
	return false
}

// intentWords state an intention or a plan ("يعتزم زيارة"، "من المقرر أن
// يزور"، "ينوي").
var intentWords = set("يعتزم", "تعتزم", "يعتزمان", "ينوي", "تنوي", "المقرر", "مقرر", "المزمع", "مزمع",
	"يزمع", "تزمع", "يخطط", "تخطط", "يرغب", "ترغب")

// intendedVisit reports whether an intention word governs the visit word
// at i (within four words before it).
func intendedVisit(a *sent, lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-4; k-- {
		if a.toks[k].punct {
			break
		}
		if !a.toks[k].quoted && a.toks[k].has(intentWords) {
			return true
		}
	}
	return false
}

// undatedVisit reports whether the sentence says the date of the visit is
// not set ("لم يُحدَّد بعد موعد الزيارة"، "لم يتم تحديد موعد").
func undatedVisit(a *sent, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if !a.toks[k].has(undeterminedWords) {
			continue
		}
		neg := false
		for x := k - 1; x >= lo && x >= k-3; x-- {
			if a.toks[x].has(negations) || a.toks[x].is(fold1("دون")) || a.toks[x].is(fold1("بدون")) {
				neg = true
			}
		}
		if !neg {
			continue
		}
		for x := k + 1; x < hi && x <= k+4; x++ {
			if a.toks[x].has(dateNouns) {
				return true
			}
		}
	}
	return false
}

var (
	futureVisitVerbs  = set("سيزور", "ستزور", "وسيزور", "وستزور")
	undeterminedWords = set("يحدد", "تحدد", "يتحدد", "يتم", "تحديد", "يعلن", "يعرف", "يتقرر", "يتضح")
	dateNouns         = set("موعد", "موعدها", "موعده", "تاريخ", "تاريخها", "توقيت", "توقيتها")
)

// propDefaultDate marks, inside the extractor, a VISITS fact whose date
// was not written but taken from the meeting in focus or the article.
const propDefaultDate = "_defaultDate"

// keepOwnVisitDates gives every VISITS fact of one visit the earliest date
// written for it ("في أول زيارة يقوم بها مودي إلى روسيا" in a sentence of
// today … "ووصل مودي إلى موسكو مساء أمس"): a visit is dated by its first
// day, and a date taken by default yields to a written one. It removes the
// marker of defaulted dates from every fact.
func keepOwnVisitDates(facts []Fact) {
	first := map[string]graph.Date{} // the earliest own date of each visit
	for _, f := range facts {
		d, ok := f.Rel.Props["date"].(graph.Date)
		if f.Rel.Type != graph.RelVisits || f.Rel.Props[propDefaultDate] != nil || !ok {
			continue
		}
		k := f.Rel.Start + "|" + f.Rel.End
		if cur, seen := first[k]; !seen || d.Before(cur) {
			first[k] = d
		}
	}
	for i := range facts {
		p := facts[i].Rel.Props
		if facts[i].Rel.Type != graph.RelVisits {
			continue
		}
		// with no written date, a defaulted one stays
		if d, own := first[facts[i].Rel.Start+"|"+facts[i].Rel.End]; own && p["date"] != nil {
			p["date"] = d // a visit is dated by its first day
		}
		delete(p, propDefaultDate)
	}
}
