package extract

import (
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// Organisational and background rules: membership (MEMBER_OF with its
// status), founding (FOUNDED), offices read from designations and plural
// titles (LEADER_OF, HOLDS_OFFICE), places used as locations (LOCATED_IN).
// Chairmanship rotation is in org_chair.go. Every rule reads a general
// construction of the genre; the trigger words are the tables below.

// Rule names of this file.
const (
	RuleMembership   = "membership"
	RuleResumption   = "membership-resumed"
	RuleAccession    = "accession"
	RuleFounders     = "founders"
	RuleDesignation  = "designation-office"
	RulePluralTitle  = "plural-title-office"
	RulePlaceState   = "place-state"
	RuleSuccession   = "chairmanship-succession"
	RuleBodyAuspices = "body-of-organisation"
)

func init() {
	for r, c := range map[string]float64{
		RuleMembership: 0.85, RuleResumption: 0.8, RuleAccession: 0.7, RuleFounders: 0.8, RuleDesignation: 0.75,
		RulePluralTitle: 0.8, RulePlaceState: 0.8, RuleSuccession: 0.75, RuleBodyAuspices: 0.6,
	} {
		ruleConfidence[r] = c
	}
}

// Membership statuses (MEMBER_OF.status).
const (
	memberFull      = "FULL"
	memberObserver  = "OBSERVER"
	memberDialogue  = "DIALOGUE_PARTNER"
	memberSuspended = "SUSPENDED"
	memberAcceding  = "ACCEDING"
)

var (
	// observerNouns: "بصفة مراقب"، "صفة المراقب"، "عضو مراقب"، "كمراقب".
	observerNouns = set("مراقب", "المراقب", "مراقبا", "مراقبة", "كمراقب", "مراقبين")
	// statusNouns stand before a status word ("بصفة"، "صفة"، "عضو").
	statusNouns = set("صفة", "بصفة", "بصفته", "بصفتها", "بصفتهم", "وضع", "عضو", "عضوا", "عضوية", "دولة", "دول", "صفتها", "صفته")
	// partnerNouns + dialogueNouns: "شريك الحوار"، "شركاء الحوار".
	partnerNouns  = set("شريك", "شركاء", "شريكا", "شريكة")
	dialogueNouns = set("الحوار", "حوار")
	// memberNouns + fullWords: "عضوا كامل العضوية"، "العضوية الكاملة".
	memberNouns = set("عضو", "عضوا", "أعضاء", "عضوية", "العضوية", "عضويتها", "عضويته", "الأعضاء")
	fullWords   = set("كامل", "كاملة", "كاملي", "الكاملة", "كاملا", "كاملين")
	// accessionWords: joining an organisation.
	accessionWords = set("انضم", "انضمت", "انضموا", "تنضم", "ينضم", "ستنضم", "سينضم", "انضمام", "الانضمام",
		"انضمامها", "انضمامه", "انضمامهما", "انضمامهم", "قبول", "قبولها", "قبوله", "انضمامنا")
	// pastAccession are the past-tense verbs of joining.
	pastAccession = set("انضم", "انضمت", "انضموا")
	// towardWords make a membership prospective: a request, an invitation,
	// a procedure, a protocol, a path towards it.
	towardWords = set("دعوة", "دعا", "دعت", "دعي", "دعيت", "طلب", "بطلب", "طلبا", "طلبات", "بروتوكول", "إجراءات",
		"مسار", "مفاوضات", "ترشيح", "نحو", "الطريق", "تمهد", "يمهد", "تمهيدا", "لحصولها", "لحصوله", "الحصول",
		"حصولها", "تسعى", "يسعى", "سعي", "تطمح", "يطمح", "مساعي", "قبول", "قبولها", "قبوله", "للانضمام", "بانضمام",
		"ترحيب", "يرحب", "رحب", "عرض", "آفاق")
	// suspendWords: "تعليق عضوية"، "علقت عضويتها"، "المعلقة عضويتها".
	suspendWords = set("تعليق", "علقت", "علق", "يعلق", "تعلق", "معلقة", "المعلقة", "معلق", "المعلق", "المجمدة",
		"مجمدة", "تجميد", "جمدت", "جمد", "المعلقة عضويتها")
	// pendingWords make an observer status uncertain.
	pendingWords = set("معلقة", "معلق", "معلقا", "تعليق", "مجمدة", "سحب", "إلغاء", "طرد", "البت", "قيد", "منح")
	// sinceWords: "منذ عام 2005".
	sinceWords = set("منذ")
	// negatorsLocal: negations of a status ("ليست عضوا"، "غير عضو").
	negatorsLocal = set("لم", "لن", "لا", "ليست", "ليس", "غير", "عدم", "دون")
	// listGlueOrg are words allowed between the items of a list of states.
	listGlueOrg = set("و", "كل", "من", "هي", "وهي", "هما", "وهما", "وهم", "هم", "بينها", "بينهم", "مثل", "منها")
)

// personState is the state a person stands for: through a head-of-state
// or government office, else the state of a title's complement, else the
// state the knowledge base gives the person.
func (e *engine) personState(en *ent) string {
	if s := e.stateOf(en.id); s != "" {
		return s
	}
	for _, c := range en.complements {
		if strings.HasPrefix(c, "state:") {
			return c
		}
	}
	if e.kb != nil {
		for _, o := range e.kb.OfficesOf(en.id, e.doc.Date) {
			if strings.HasPrefix(o.Of, "state:") {
				return o.Of
			}
		}
	}
	return ""
}

// stateRun is a coordinated list of states (or persons standing for
// states) occupying tokens [lo, hi).
type stateRun struct {
	lo, hi int
	states []string
}

// itemAt returns the state a list item at token i stands for and the end of
// the item: a state named (not an adjective), or a person with its
// designation chain.
func (e *engine) itemAt(a *sent, i int) (string, int, bool) {
	en := a.entAt(i)
	if en == nil {
		// a title word opening a person's designation chain
		for k := range a.ents {
			p := &a.ents[k]
			if p.label == graph.LabelPerson && p.chain0 <= i && i < p.t0 {
				if s := e.personState(p); s != "" {
					return s, p.t1, true
				}
				return "", p.t1, true
			}
		}
		return "", i, false
	}
	switch en.label {
	case graph.LabelState:
		if en.form == FormAdjective && !en.mod {
			return "", i, false
		}
		if en.mod {
			// the complement of a designation: the person follows
			for k := range a.ents {
				p := &a.ents[k]
				if p.label == graph.LabelPerson && p.chain0 <= i && i < p.t1 {
					return e.personState(p), p.t1, true
				}
			}
			return "", i, false
		}
		return en.id, en.t1, true
	case graph.LabelPerson:
		return e.personState(en), en.t1, true
	}
	return "", i, false
}

// runs returns the coordinated lists of states of tokens [lo, hi).
func (e *engine) runs(a *sent, lo, hi int) []stateRun {
	var out []stateRun
	var cur *stateRun
	for i := lo; i < hi; {
		if s, end, ok := e.itemAt(a, i); ok {
			if cur == nil {
				out = append(out, stateRun{lo: i})
				cur = &out[len(out)-1]
			}
			if s != "" && !contains(cur.states, s) {
				cur.states = append(cur.states, s)
			}
			cur.hi = end
			i = max(end, i+1)
			continue
		}
		t := a.toks[i]
		if cur != nil && (t.punct && (t.raw == "،" || t.raw == ",") || !t.punct && t.has(listGlueOrg)) {
			i++
			continue
		}
		cur = nil
		i++
	}
	// drop runs without a state
	kept := out[:0]
	for _, r := range out {
		if len(r.states) > 0 {
			kept = append(kept, r)
		}
	}
	return kept
}

// verbBetween reports whether a known verb stands in tokens [i, j).
func verbBetween(a *sent, i, j int) bool {
	for k := i; k < j; k++ {
		if _, ok := knownVerb(a.toks[k]); ok && a.toks[k].ent < 0 {
			return true
		}
	}
	return false
}

// verbBetweenMain is verbBetween outside relative clauses set off by
// commas: in "ترأست X، التي تتولى بلادها رئاسة المجموعة، الاجتماع" the
// verb of the relative clause does not end the main clause.
func verbBetweenMain(a *sent, i, j int) bool {
	for k := i; k < j; k++ {
		if end := setOffRelativeEnd(a, k, len(a.toks)); end > k {
			k = end // the clause may close at j itself
			continue
		}
		if _, ok := knownVerb(a.toks[k]); ok && a.toks[k].ent < 0 {
			return true
		}
	}
	return false
}

// setOffRelativeEnd returns the closing comma of a relative clause set off
// by commas that opens at token k ("، التي ... ،"), when it closes before
// hi; else -1. (The engine method relativeClauseEnd, in
// events_participation.go, finds where a list goes on after such a clause.)
func setOffRelativeEnd(a *sent, k, hi int) int {
	if !isComma(a.toks[k]) || k+1 >= hi || !a.toks[k+1].has(relativePronouns) {
		return -1
	}
	for m := k + 2; m < hi; m++ {
		if isComma(a.toks[m]) {
			return m
		}
		if a.toks[m].punct && a.toks[m].raw == "." {
			return -1
		}
	}
	return -1
}

// punctBetween reports whether a comma or a full stop stands in [i, j).
func punctBetween(a *sent, i, j int) bool {
	for k := i; k < j; k++ {
		if t := a.toks[k]; t.punct && (t.raw == "،" || t.raw == "," || t.raw == ".") {
			return true
		}
	}
	return false
}

// nearestRun returns the list nearest to token t in [lo, hi) (ties go to
// the list after t); a list after t counts only when no verb stands
// between them, nor a comma when it is more than eight tokens away.
func (e *engine) nearestRun(a *sent, lo, hi, t int) (stateRun, bool) {
	best, bd := stateRun{}, 1<<30
	for _, r := range e.runs(a, lo, hi) {
		d := 0
		switch {
		case r.hi <= t:
			d = t - r.hi + 1
		case r.lo > t:
			d = r.lo - t
			if r.lo > 0 && a.toks[r.lo-1].has(enumerationWords) {
				break // "...، هي X وY": the enumeration of what was just named
			}
			if verbBetween(a, t+1, r.lo) || (d > 8 && punctBetween(a, t+1, r.lo)) {
				continue // "... عضواً مراقباً، في خطوة نددت بها جمهورية قبرص": another clause
			}
		}
		if d < bd || (d == bd && r.lo > t) {
			best, bd = r, d
		}
	}
	return best, bd < 1<<30
}

// orgNear returns the organisation a status phrase at token t refers to:
// one named within n tokens after it ("في المنظمة"، "لدى ORG"، "إلى
// الحلف"), else the organisation of the meeting of the clause, else the
// organisation in focus.
func (e *engine) orgNear(sg *segment, t, n int) string {
	a := sg.a
	for k := t; k < sg.hi && k <= t+n; k++ {
		if a.toks[k].punct && a.toks[k].raw != "\"" && a.toks[k].raw != "«" && a.toks[k].raw != "»" {
			break
		}
		if org, _, ok := e.orgRefAt(a, k); ok && e.isIGO(org) {
			return org
		}
	}
	if o := e.orgBefore(sg, t); o != "" {
		return o
	}
	if mid := e.meetingAt(sg, t); mid != "" {
		if m := e.meetings[mid]; m != nil && m.org != "" && e.isIGO(m.org) {
			return m.org
		}
	}
	if e.orgFocus != "" && e.isIGO(e.orgFocus) {
		return e.orgFocus
	}
	return ""
}

// isIGO reports whether an organisation can have member states (not a
// body, ministry or medium).
func (e *engine) isIGO(org string) bool {
	en, ok := e.entity(org)
	if !ok {
		return false
	}
	return en.Kind == "INTERGOVERNMENTAL" || en.Kind == "FORUM" || en.Kind == ""
}

// sinceAfter returns the year of "منذ (عام) Y" within n tokens after t.
func (e *engine) sinceAfter(sg *segment, t, n int) (int, bool) {
	a := sg.a
	for k := t; k < sg.hi && k <= t+n; k++ {
		if !a.toks[k].has(sinceWords) {
			continue
		}
		for _, d := range a.s.Dates {
			j := a.tokenOf(d.Start)
			if j > k && j <= k+3 && j < sg.hi {
				return d.Date.Year, true
			}
		}
	}
	return 0, false
}

// dateAfter returns the first date expression within n tokens after t.
func (e *engine) dateAfter(sg *segment, t, n int) (DateExpr, bool) {
	a := sg.a
	for _, d := range a.s.Dates {
		j := a.tokenOf(d.Start)
		if j > t && j <= t+n && j < sg.hi && !a.toks[j].quoted {
			return d, true
		}
	}
	return DateExpr{}, false
}

// governed reports whether one of the words of m stands within n tokens
// before t in the segment.
func governed(a *sent, lo, t, n int, m map[string]bool) bool {
	for k := t - 1; k >= lo && k >= t-n; k-- {
		if !a.toks[k].punct && a.toks[k].has(m) {
			return true
		}
	}
	return false
}

// member records MEMBER_OF state → org with a membership status; the
// provenance modality goes in `modality` (docs/MODEL-EXTENSIONS.md).
func (e *engine) member(a *sent, rule, state, org, status string, since int, span [2]int, modality string) {
	if state == "" || org == "" {
		return
	}
	props := graph.Props{}
	if since > 0 {
		props["since"] = int64(since)
	}
	k := e.add(a, rule, graph.RelMemberOf, state, org, span, graph.StatusReported, props)
	p := e.facts[k].Rel.Props
	p["modality"] = statusOr(modality, graph.StatusReported)
	p[graph.PropStatus] = status
}

// membership reads the membership statuses of a clause:
//   - OBSERVER: "بصفة (ال)مراقب (في|لدى ORG)"، "عضو مراقب"، "كمراقب", with
//     since from "منذ عام Y"; attending a meeting as an observer makes the
//     state an observer of the meeting's organisation;
//   - DIALOGUE_PARTNER: "(صفة) شريك الحوار";
//   - FULL: "بصفتها عضوا كامل العضوية" (not governed by an invitation or a
//     request), or joining in the past ("انضمت إليها X عام Y"، "بعد
//     انضمامها في DATE") with since = the year;
//   - ACCEDING: joining that is requested, invited, planned or in
//     procedure ("دعوة X إلى الانضمام"، "بروتوكول انضمام X"، "قبول X
//     عضوا"، "تمهد لحصولها على العضوية الكاملة");
//   - SUSPENDED: "تعليق عضوية X"، "الدول المعلقة عضويتها".
//
// The states are the list nearest to the trigger; negated statements give
// nothing.
// Word sets of the membership rules, built once (they were built for
// every token).
var (
	asMemberWords   = set("بصفتها", "بصفته", "بصفتهم", "كعضو")
	acceptWords     = set("قبول", "قبولها", "قبوله")
	memberSingular  = set("عضو", "العضو", "عضوا", "عضوان", "عضوين", "عضوة", "العضوة")
	stateNounWords  = set("الدولة")
	membershipNouns = set("عضوية", "عضويتها", "عضويته")
	theyPronouns    = set("هي", "هم")
	amongThemWords  = set("بينها", "بينهم")
	founderNouns    = set("المؤسسة", "المؤسسين", "مؤسسيها", "مؤسسوها")
	// pluralTitleBlockers before a plural title make it part of another
	// noun phrase ("مجلس الرؤساء"، "نائب الرؤساء").
	pluralTitleBlockers = set("مجلس", "رئيس", "رئيسة", "نائب")
)

// isProspective reports whether a modality looks ahead (PLANNED, EXPECTED).
func isProspective(m string) bool { return m == graph.StatusPlanned || m == graph.StatusExpected }

// capacityWords: "بصفة"، "بصفته"، "باعتباره" before a status or a title
// noun ("بصفة مراقب"، "بصفته رئيساً للاتحاد").
var capacityWords = set("بصفة", "بصفته", "بصفتها", "بصفتهم", "بوصفه", "بوصفها", "باعتباره", "باعتبارها")

// joinsPeopleOrMeeting reports whether a joining word at i joins people or
// a meeting ("انضم X اليوم إلى نظرائه"، "انضمت إلى المحادثات"): the object
// after إلى, within ten tokens, is a counterpart word or a meeting noun.
func joinsPeopleOrMeeting(a *sent, i, hi int) bool {
	for k := i + 1; k+1 < hi && k <= i+10; k++ {
		if !a.toks[k].has(toWords) {
			continue
		}
		nx := a.toks[k+1]
		if nx.has(counterpartWords) {
			return true
		}
		_, _, isM := meetingNounOf(nx)
		return isM
	}
	return false
}

// toWords: the preposition إلى.
var toWords = set("إلى", "الى")

func (e *engine) membership(sg *segment) {
	a := sg.a
	for i := sg.lo; i < sg.hi; i++ {
		t := a.toks[i]
		if t.punct || t.ent >= 0 {
			continue
		}
		status, rule, since, trig, end := "", RuleMembership, 0, i, i+1
		switch {
		case t.has(observerNouns) && (t.is(fold1("كمراقب")) || i > sg.lo && a.toks[i-1].has(statusNouns) ||
			i > sg.lo+1 && a.toks[i-1].is(fold1("عضوية")) && a.toks[i-2].has(statusNouns)):
			near := false
			for k := max(sg.lo, i-4); k < min(sg.hi, i+5); k++ {
				if k != i && a.toks[k].has(pendingWords) {
					near = true
				}
			}
			if near || governed(a, sg.lo, i, 4, towardWords) {
				continue
			}
			status = memberObserver
			if y, ok := e.sinceAfter(sg, i, 8); ok {
				since = y
			}
		case t.has(partnerNouns) && i+1 < sg.hi && a.toks[i+1].has(dialogueNouns):
			status, end = memberDialogue, i+2
		case t.has(memberNouns) && i+1 < sg.hi && a.toks[i+1].has(fullWords):
			end = i + 2
			if governed(a, sg.lo, i, 6, accessionWords) || governed(a, sg.lo, i, 6, towardWords) {
				status, rule = memberAcceding, RuleAccession
			} else if i > sg.lo && a.toks[i-1].has(asMemberWords) {
				status = memberFull
				if y, ok := e.accessionYearAfter(sg, i+2); ok {
					since = y
				}
			} else {
				continue
			}
		case isAccessionWord(t):
			if joinsPeopleOrMeeting(a, i, sg.hi) {
				continue // "انضم X إلى نظرائه في اجتماع ...": not accession
			}
			if t.has(acceptWords) {
				// "قبول X عضوا": only with a member noun after it
				ok := false
				for k := i + 1; k < sg.hi && k <= i+6; k++ {
					if a.toks[k].has(memberNouns) {
						ok = true
					}
				}
				if !ok {
					continue
				}
			}
			d, hasDate := e.clauseDateAfter(sg, i, 14)
			past := hasDate && !e.doc.Date.IsZero() && d.Date.Year > 0 && !e.doc.Date.Before(d.Date)
			ago, agoOK := yearsAgoBefore(a, sg.lo, i)
			switch {
			case agoOK && e.articleYear() > 0 && !isFuture(t):
				// "بعد عام من انضمام X": X joined that many years before
				status, since = memberFull, e.articleYear()-ago
			case governed(a, sg.lo, i, 4, towardWords) || inPrinciple(a, 0, len(a.toks)) || t.has(acceptWords) || isFuture(t) ||
				isProspective(modality(a, sg.lo, sg.hi, i)):
				status, rule = memberAcceding, RuleAccession
			case past:
				status, since = memberFull, d.Date.Year
			case isPastAccession(t) && !hasDate:
				status = memberFull
			default:
				status, rule = memberAcceding, RuleAccession
			}
		case t.has(memberSingular) && i+2 < sg.hi && a.toks[i+1].has(inWords) && func() bool {
			o, _, ok := e.orgRefAt(a, i+2)
			return ok && e.isIGO(o)
		}():
			// "X، العضو في ORG"، "X دولة عضو في ORG"
			end = i + 2
			if m := modality(a, sg.lo, sg.hi, i); governed(a, sg.lo, i, 6, towardWords) || governed(a, sg.lo, i, 6, accessionWords) ||
				m == graph.StatusPlanned || m == graph.StatusExpected || futureBefore(a, sg.lo, i, 4) {
				status, rule = memberAcceding, RuleAccession
			} else {
				status = memberFull
			}
		case t.has(becomeWords) && !isFuture(t) && !strings.HasPrefix(t.f, "س") && !futureBefore(a, sg.lo, i, 3) && e.becomeMember(sg, i):
			// "تصبح (ال)عضو/الدولة العاشرة في ORG": full member from now
			// (or from the date of the clause)
			status, end = memberFull, i+1
			since = e.articleYear()
			if d, ok := e.clauseDateAfter(sg, i, 10); ok && d.Date.Year > 0 && !e.doc.Date.Before(d.Date) {
				since = d.Date.Year
			}
		case t.has(resumeWords) && i+1 < sg.hi && a.toks[i+1].has(membershipNouns):
			// "قرر المجلس استئناف عضوية سوريا": a full member again (the
			// resumption gives no "since")
			status, end, rule = memberFull, i+2, RuleResumption
			if org := e.orgNear(sg, end, 6); org == "" {
				if st := e.stateAfterWithin(a, end, sg.hi, 6); st != "" {
					if org := e.clauseOrg(sg, i); org != "" {
						e.member(a, rule, st, org, status, 0, a.span(i, end), modality(a, sg.lo, sg.hi, i))
					}
				}
				continue
			}
		case t.has(suspendWords):
			ok := false
			for k := max(sg.lo, i-4); k < min(sg.hi, i+3); k++ {
				if k != i && isMemberNoun(a.toks[k]) {
					ok = true
				}
			}
			if en := a.entAt(i + 1); !ok && en != nil && en.label == graph.LabelOrganization && en.t1 < sg.hi && isMemberNoun(a.toks[en.t1]) {
				ok = true // "علّق الاتحاد الأفريقي عضويتها": the organisation between
			}
			if !ok {
				continue
			}
			status = memberSuspended
		default:
			continue
		}
		if negatedStatus(a, sg.lo, trig, 3) {
			continue
		}
		// an organisation joining another ("انضمام الاتحاد الأفريقي إلى
		// المجموعة"): MEMBER_OF between organisations (MODEL-EXTENSIONS.md)
		if isAccessionWord(t) && i+1 < sg.hi {
			if o, oe, ok := e.orgAt(a, i+1); ok && e.isIGO(o) && a.entAt(i+1) != nil {
				if target := e.orgNear(sg, oe, 4); target != "" && target != o {
					m := modality(a, sg.lo, sg.hi, trig)
					if status == memberAcceding && m == graph.StatusHeld && !governed(a, sg.lo, i, 4, towardWords) {
						status, rule = memberFull, RuleMembership // "أعلن انضمام X إلى Y": joined
					}
					e.member(a, rule, o, target, status, since, a.span(trig, oe), m)
				}
				continue
			}
		}
		hi := sg.hi
		if status == memberObserver && trig > sg.lo && a.toks[trig-1].has(capacityWords) {
			// "X بصفة مراقب، وY ضيفاً": a capacity right after an item is
			// that item's
			for _, r := range e.runs(a, sg.lo, trig) {
				if r.hi == trig-1 {
					hi = trig
				}
			}
		}
		run, ok := e.nearestRun(a, sg.lo, hi, trig)
		if !ok && sg.lo > 0 && sg.lo+1 < sg.hi && a.toks[sg.lo].has(theyPronouns) && a.toks[sg.lo+1].has(statesWords) {
			// "مالي وغينيا والسودان، وهي الدول الأربع التي علّق الاتحاد
			// عضويتها": the enumeration the apposition sums up
			run, ok = e.nearestRun(a, 0, sg.lo, sg.lo)
		}
		if !ok {
			// "عضويتها ... معلقة": the state named before in the sentence
			if status == memberSuspended && possessiveMemberNear(a, sg.lo, trig) {
				if st := e.stateBefore(a, sg.lo); st != "" {
					org := e.orgNear(sg, end, 4)
					if org == "" {
						// "منذ تعليق عضويتها": in the organisation in focus
						if o := e.focusOrg(sg); o != "" && e.isIGO(o) {
							org = o
						}
					}
					if org != "" {
						e.member(a, rule, st, org, status, since, a.span(trig, end), modality(a, sg.lo, sg.hi, trig))
					}
				}
			}
			continue
		}
		reach := 4
		if isAccessionWord(t) {
			reach = 10 // "انضمت X وY إلى ORG"
		}
		org := e.orgNear(sg, end, reach)
		if org == "" {
			continue
		}
		mod := modality(a, sg.lo, sg.hi, trig)
		for _, s := range run.states {
			e.member(a, rule, s, org, status, since, a.span(trig, end), mod)
		}
	}
}

// resumeWords resume a suspended membership: "استئناف عضوية X".
var resumeWords = set("استئناف", "باستئناف", "استعادة", "باستعادة", "إعادة", "بإعادة")

// stateAfterWithin returns the first state named (not as a nisba) in the
// n tokens from j, or "".
func (e *engine) stateAfterWithin(a *sent, j, hi, n int) string {
	for k := j; k < hi && k <= j+n; k++ {
		if en := a.entAt(k); en != nil && en.label == graph.LabelState && !en.quoted && en.form != FormAdjective {
			return en.id
		}
	}
	return ""
}

// becomeWords: "تصبح X العضو العاشر"، "لتصبح الدولة العاشرة في المنظمة".
var becomeWords = set("تصبح", "لتصبح", "أصبحت", "باتت", "صارت", "يصبح", "ليصبح", "أصبح", "بات", "صار", "وأصبحت", "وباتت")

// becomeMember reports whether a become-verb at token i has a member noun
// ("العضو"، "الدولة" + ordinal) as predicate, followed by "في ORG" within a
// few tokens.
func (e *engine) becomeMember(sg *segment, i int) bool {
	a := sg.a
	noun := false
	inDate := a.dateTokens()
	for k, n := i+1, 0; k < sg.hi && n <= 6; k++ {
		t := a.toks[k]
		if inDate[k] {
			continue // "أصبحت في السابع من آذار/مارس الماضي العضو ..."
		}
		n++
		if t.punct {
			return false
		}
		if t.has(memberSingular) || t.has(stateNounWords) {
			noun = true
			continue
		}
		if noun && t.has(inWords) {
			o, _, ok := e.orgRefAt(a, k+1)
			return ok && e.isIGO(o)
		}
	}
	return false
}

// dateTokens marks the tokens a date expression of the sentence covers,
// with the preposition في just before one.
func (a *sent) dateTokens() map[int]bool {
	out := map[int]bool{}
	for _, d := range a.s.Dates {
		k0, k1 := a.tokenOf(d.Start), a.tokenOf(d.End-1)
		if k0 > 0 && a.toks[k0-1].is(fold1("في")) {
			k0--
		}
		for k := k0; k >= 0 && k <= k1; k++ {
			out[k] = true
		}
	}
	return out
}

// yearsAgoBefore reads "بعد عام (عامين، N أعوام) من" before an accession
// word at token i and returns the number of years.
func yearsAgoBefore(a *sent, lo, i int) (int, bool) {
	if i-3 < lo || !a.toks[i-1].is(fold1("من")) {
		return 0, false
	}
	n := 0
	switch {
	case a.toks[i-2].has(set("عام", "سنة", "عاما")):
		n = 1
	case a.toks[i-2].has(set("عامين", "سنتين", "عامان")):
		n = 2
	default:
		return 0, false
	}
	if !a.toks[i-3].has(set("بعد", "وبعد")) {
		return 0, false
	}
	return n, true
}

// possessiveMemberNear reports whether a possessive membership noun
// ("عضويتها"، "عضويته") stands within 4 tokens before t, or right after
// it.
func possessiveMemberNear(a *sent, lo, t int) bool {
	for k := t - 1; k >= lo && k >= t-4; k-- {
		if a.toks[k].has(possessiveMembership) {
			return true
		}
	}
	// "منذ تعليق عضويتها": the possessive right after the trigger
	return t+1 < len(a.toks) && a.toks[t+1].has(possessiveMembership)
}

// possessiveMembership is a membership with its state as a pronoun.
var possessiveMembership = set("عضويتها", "عضويته", "وعضويتها")

// accessionYearAfter returns the year of an accession word ("بعد
// انضمامها في 4 أبريل الماضي") after token i, when it is in the past.
func (e *engine) accessionYearAfter(sg *segment, i int) (int, bool) {
	a := sg.a
	for k := i; k < sg.hi; k++ {
		if !a.toks[k].has(accessionWords) {
			continue
		}
		if d, ok := e.dateAfter(sg, k, 8); ok && !e.doc.Date.IsZero() && !e.doc.Date.Before(d.Date) {
			return d.Date.Year, true
		}
	}
	return 0, false
}

// -- founding ------------------------------------------------------------------

// foundingVerb reports whether a token is a founding word ("تأسست"،
// "أسستها"، "أنشئت"، "تأسيس").
func foundingVerb(t token) bool {
	if t.punct || t.ent >= 0 {
		return false
	}
	for _, s := range t.stems {
		for _, p := range []string{"اسس", "تاسس", "انشي", "انشا", "تاسيس"} {
			if strings.HasPrefix(s, p) {
				return true
			}
		}
	}
	return false
}

// founderMarkers open the list of founders: "على يد"، "أسستها X"، "من
// بينها" (the signatories of a founding treaty)، "الدول المؤسسة".
func founderMarker(a *sent, i int) bool {
	t := a.toks[i]
	if t.punct {
		return false
	}
	if t.is(fold1("يد")) && i > 0 && a.toks[i-1].is(fold1("على")) {
		return true
	}
	if t.has(amongThemWords) && i > 0 && a.toks[i-1].is(fold1("من")) {
		return true
	}
	// "تأسس المجلس عام 1981 بين X وY": "بين" in the clause of a founding
	// verb (a few words after it)
	if t.is(fold1("بين")) {
		for k := i - 1; k >= 0 && k >= i-6; k-- {
			if a.toks[k].punct {
				break
			}
			if foundingVerb(a.toks[k]) {
				return true
			}
		}
	}
	if t.has(founderNouns) {
		return true
	}
	for _, s := range t.stems {
		if strings.HasPrefix(s, "اسس") || activeFoundingVerb(s) {
			return true
		}
	}
	// the signatories of the founding treaty: "تأسس بموجب معاهدة وقعتها X
	// وY" (founded() requires a founding word in the clause)
	if t.has(signFounderVerbs) {
		return true
	}
	return false
}

// signFounderVerbs: signing a founding treaty, with the treaty as object.
var signFounderVerbs = set("وقعتها", "وقعها", "وقعته", "ووقعتها", "ووقعها")

// founded: a clause that founds an organisation ("تأسست المنظمة عام
// 2001"، "الحلف تأسس عام 1949") and lists its founders after a marker
// ("على يد X وY"، "وأسستها X وY"، "وقعتها 12 دولة، من بينها X وY") gives
// FOUNDED founder → organisation with the year nearest to the founding
// word. States joining later ("ثم انضمت إليها") are not in the list.
func (e *engine) founded(sg *segment) {
	a := sg.a
	trig := -1
	for i := sg.lo; i < sg.hi; i++ {
		if (foundingVerb(a.toks[i]) || a.toks[i].has(founderAdjs)) && !a.toks[i].quoted {
			trig = i
			break
		}
	}
	if trig < 0 || negatedStatus(a, sg.lo, trig, 3) {
		return
	}
	// the organisation: nearest to the founding word
	org, bd := "", 1<<30
	for k := sg.lo; k < sg.hi; k++ {
		if o, _, ok := e.orgAt(a, k); ok && e.isIGO(o) {
			d := k - trig
			if d < 0 {
				d = -d
			}
			if d < bd {
				org, bd = o, d
			}
		}
	}
	if org == "" && e.refersToOrg(sg) {
		org = e.orgFocus
	}
	if org == "" || !e.isIGO(org) {
		return
	}
	year, yd := 0, 1<<30
	for _, d := range a.s.Dates {
		k := a.tokenOf(d.Start)
		if k < sg.lo || k >= sg.hi || d.Relative || d.Precision != PrecYear && d.Precision != PrecDay && d.Precision != PrecMonth {
			continue
		}
		if dist := k - trig; dist >= 0 && dist < yd {
			year, yd = d.Date.Year, dist
		} else if dist < 0 && -dist < yd && year == 0 {
			year, yd = d.Date.Year, -dist
		}
	}
	props := graph.Props{}
	if year > 0 {
		props["year"] = int64(year)
	}
	for i := sg.lo; i < sg.hi; i++ {
		if !founderMarker(a, i) {
			continue
		}
		j := i + 1
		for j < sg.hi {
			if en := a.entAt(j); en != nil {
				// "الدول المؤسسة لمنظمة X هي ..."، "أنشأت ORG ...": skip the
				// organisation named after the marker
				if en.label == graph.LabelOrganization && a.toks[i].has(founderAdjs) && j == i+1 {
					j = en.t1
					continue
				}
				break
			}
			if a.toks[j].punct && (a.toks[j].raw == "،" || a.toks[j].raw == ":") || a.toks[j].has(listGlueOrg) {
				j++
				continue
			}
			break
		}
		if r, ok := e.foundersBefore(sg, i); ok {
			for _, s := range r.states {
				e.add(a, RuleFounders, graph.RelFounded, s, org, a.span(r.lo, i+1), graph.StatusReported, props)
			}
		}
		after := false
		if j < sg.hi {
			for _, r := range e.runs(a, j, sg.hi) {
				if r.lo != j {
					break
				}
				after = true
				for _, s := range r.states {
					e.add(a, RuleFounders, graph.RelFounded, s, org, a.span(i, r.hi), graph.StatusReported, props)
				}
			}
		}
		// "وكانت X وY الدول المؤسسة له"، "ومصر من الدول المؤسسة لـ ORG":
		// the list just before a founder adjective
		if !after && a.toks[i].has(founderAdjs) {
			k := i - 1
			for k >= sg.lo && a.entAt(k) == nil && (a.toks[k].punct && a.toks[k].raw == "،" || a.toks[k].has(founderGlue)) && k >= i-4 {
				k--
			}
			if k < sg.lo || a.entAt(k) == nil {
				continue
			}
			for _, r := range e.runs(a, sg.lo, k+1) {
				if r.hi != k+1 {
					continue
				}
				for _, s := range r.states {
					e.add(a, RuleFounders, graph.RelFounded, s, org, a.span(r.lo, i+1), graph.StatusReported, props)
				}
			}
		}
	}
}

// refersToOrg reports whether a founding clause that names no organisation
// refers to one: an anaphor ("المنظمة"، "المجلس") or a founding word with an
// object pronoun ("أسستها"، "تأسيسها"). "وأسست X وY صندوقاً" does not.
func (e *engine) refersToOrg(sg *segment) bool {
	a := sg.a
	for k := sg.lo; k < sg.hi; k++ {
		t := a.toks[k]
		if t.punct {
			continue
		}
		if orgHeadNoun(t) != "" || t.has(orgAnaphors) {
			return true
		}
		if foundingVerb(t) && (strings.HasSuffix(t.f, "ها") || strings.HasSuffix(t.f, "ه")) {
			return true
		}
	}
	return false
}

// activeFoundingVerb reports whether a folded reading is an active verb of
// founding with its subject after or before it ("أنشأت"، "أنشأها"، "أسست"،
// "أسسوا"), not the noun ("إنشاء"، "تأسيس") or the intransitive ("تأسست").
func activeFoundingVerb(s string) bool {
	switch {
	case strings.HasPrefix(s, "انشات"), s == "انشا", s == "انشاها", s == "انشاه", s == "انشاوا", s == "انشاتا":
		return true
	case s == "اسس", s == "اسست", s == "اسسوا", s == "اسستا", s == "اسستها", s == "اسسها", s == "اسسته":
		return true
	}
	return false
}

// foundersBefore returns the list of states that ends just before an active
// founding verb at token i ("X وY قد أسست ORG"، "أنشأت X وY ORG" is read
// after the verb by founded).
func (e *engine) foundersBefore(sg *segment, i int) (stateRun, bool) {
	a := sg.a
	ok := false
	for _, s := range a.toks[i].stems {
		if activeFoundingVerb(s) {
			ok = true
		}
	}
	if !ok {
		return stateRun{}, false
	}
	k := i - 1
	for k >= sg.lo && k >= i-3 && a.entAt(k) == nil && a.toks[k].has(set("قد", "وقد", "كانت", "كان", "التي", "الذي", "اللتان", "هي")) {
		k--
	}
	if k < sg.lo || a.entAt(k) == nil {
		return stateRun{}, false
	}
	for _, r := range e.runs(a, sg.lo, k+1) {
		if r.hi == k+1 {
			return r, true
		}
	}
	return stateRun{}, false
}

// founderAdjs: "الدول المؤسسة"، "الأعضاء المؤسسين"، "الدولة المؤسسة".
var founderAdjs = set("المؤسسة", "المؤسسين", "المؤسسون", "مؤسسة", "مؤسسين", "مؤسسا", "مؤسسيها", "مؤسسوها", "المؤسس")

// founderGlue stands between a list of founders and a founder adjective.
var founderGlue = set("من", "الدول", "دول", "الأعضاء", "أعضاء", "الدولة", "دولة", "عضو", "العضو", "هي", "كانت", "وكانت", "بين")

// -- offices ---------------------------------------------------------------------

// formerWords after a designation make it a former office-holder.
var formerWords = set("السابق", "السابقة", "الأسبق", "الأسبقة", "الراحل", "الراحلة")

// designatedOffices: a designation without a name ("الرئيس التركي"،
// "العاهل الأردني"، "ولي العهد السعودي") names the holder of that office
// on the article date: LEADER_OF for a head of state or government,
// HOLDS_OFFICE otherwise, with the office the designation names.
func (e *engine) designatedOffices(a *sent) {
	if e.kb == nil {
		return
	}
	for k := range a.ents {
		en := &a.ents[k]
		if en.label != graph.LabelPerson || !en.designated || en.quoted {
			continue
		}
		if en.t1 < len(a.toks) && a.toks[en.t1].has(formerWords) {
			continue
		}
		// "الرئيس الإيراني بالإنابة"، "القائم بأعمال الرئيس": an acting
		// holder, not the holder of the office on that date
		if a.acting(en.chain0, en.t1) {
			continue
		}
		if a.indefiniteChain(en.chain0, en.t1) {
			continue
		}
		for _, o := range e.kb.OfficesOf(en.id, e.doc.Date) {
			if !designates(en, o) {
				continue
			}
			typ := graph.RelHoldsOffice
			if (o.Kind == "head-of-state" || o.Kind == "head-of-government") && strings.HasPrefix(o.Of, "state:") {
				typ = graph.RelLeaderOf
			}
			props := graph.Props{}
			if o.Title != "" {
				props["title"] = o.Title
			}
			e.add(a, RuleDesignation, typ, en.id, o.Of, [2]int{en.start, en.end}, graph.StatusReported, props)
		}
	}
}

// actingWords follow a designation of an acting holder ("بالإنابة");
// actingHeads precede it ("القائم بأعمال الرئيس").
var (
	actingWords = set("بالإنابة", "بالانابة", "بالوكالة", "المؤقت", "المؤقتة", "بالنيابة")
	actingHeads = set("بأعمال", "باعمال")
)

// acting reports whether the designation of tokens [c0, t1) is of an acting
// office-holder: an acting word right after it, or "القائم بأعمال" just
// before or inside it.
func (a *sent) acting(c0, t1 int) bool {
	if t1 < len(a.toks) && a.toks[t1].has(actingWords) {
		return true
	}
	for k := max(0, c0-2); k < t1 && k < len(a.toks); k++ {
		if a.toks[k].has(actingHeads) || a.toks[k].has(actingWords) {
			return true
		}
	}
	return false
}

// designates reports whether a designation chain names office o: an
// office of a complement of the chain, of a kind of the chain, or a
// leader office with the chain's title ("الرئيس الإيراني": the President,
// whose office is Iran's head of government).
func designates(en *ent, o Office) bool {
	if !contains(en.complements, o.Of) {
		return false
	}
	for k, kind := range en.titles {
		title := ""
		if k < len(en.titleEN) {
			title = en.titleEN[k]
		}
		if kind == o.Kind && (!contains(leaderKinds, kind) || officeTitleFits(o.Title, title) || !rivalTitle(o.Title)) {
			return true
		}
		if contains(leaderKinds, kind) && contains(leaderKinds, o.Kind) && title != "" && officeTitleFits(o.Title, title) {
			return true
		}
	}
	return false
}

// rivalTitle reports whether an office title is one of rivalTitles.
func rivalTitle(t string) bool {
	for _, d := range rivalTitles {
		if officeTitleFits(t, d) {
			return true
		}
	}
	return false
}

// pluralTitleOffices: "رؤساء كازاخستان قاسم جومارت توكاييف وقرغيزستان صدر
// جباروف": a plural title followed by STATE PERSON pairs states each
// person's office in that state (checked in the knowledge base on the
// article date).
func (e *engine) pluralTitleOffices(a *sent) {
	if e.kb == nil {
		return
	}
	for i, t := range a.toks {
		if t.punct || t.quoted {
			continue
		}
		_, plural := lookup(t, leaderPluralsF)
		dual := !plural && t.has(dualLeaderTitles)
		if !plural && !dual {
			continue
		}
		if i > 0 && a.toks[i-1].has(pluralTitleBlockers) {
			continue
		}
		// a dual or a definite plural takes nisba adjectives ("الرئيسان
		// التركي X والإيراني Y"، "والرؤساء المصري X والفلسطيني Y"); an
		// indefinite plural takes state names ("رؤساء كازاخستان X")
		definite := strings.HasPrefix(t.f, "ال") || strings.HasPrefix(t.f, "وال")
		k := i + 1
		for k+1 < len(a.toks) {
			st, p := a.entAt(k), a.entAt(k+1)
			if q := a.entAt(k); q != nil && q.t0 == k && q.label == graph.LabelPerson && !dual && q.t1+2 < len(a.toks) &&
				a.toks[q.t1].raw == "(" && a.toks[q.t1+2].raw == ")" {
				// "الرؤساء فلاديمير بوتين (روسيا) ورجب طيب أردوغان (تركيا)"
				if s2 := a.entAt(q.t1 + 1); s2 != nil && s2.label == graph.LabelState {
					st, p = s2, q
				}
			}
			if st == nil || st.label != graph.LabelState || p == nil || p.label != graph.LabelPerson || (st.t1 != p.t0 && p.t1+1 != st.t0) {
				break
			}
			if adj := st.form == FormAdjective; adj && !dual && !definite || !adj && dual {
				break
			}
			for _, o := range e.kb.OfficesOf(p.id, e.doc.Date) {
				if o.Of != st.id {
					continue
				}
				typ := graph.RelHoldsOffice
				if o.Kind == "head-of-state" || o.Kind == "head-of-government" {
					typ = graph.RelLeaderOf
				}
				props := graph.Props{}
				if o.Title != "" {
					props["title"] = o.Title
				}
				e.add(a, RulePluralTitle, typ, p.id, st.id, a.span(k, p.t1), graph.StatusReported, props)
			}
			k = max(p.t1, st.t1)
			if k < len(a.toks) && a.toks[k].raw == ")" {
				k++
			}
			for k < len(a.toks) && a.entAt(k) == nil && (a.toks[k].punct && a.toks[k].raw == "،" || a.toks[k].is(fold1("و"))) {
				k++
			}
		}
	}
}

// dualLeaderTitles are dual titles of leaders, followed by nisba-name pairs
// ("الرئيسان التركي رجب طيب أردوغان والإيراني إبراهيم رئيسي").
var dualLeaderTitles = set("الرئيسان", "الرئيسين", "والرئيسان", "والرئيسين", "الزعيمان", "الزعيمين")

// -- places ------------------------------------------------------------------------

var (
	locativePreps  = set("في", "إلى", "الى")
	locativeNouns  = set("مدينة", "العاصمة", "عاصمة", "بمدينة", "لمدينة", "العاصمتين")
	hostingWords   = set("استضافت", "استضاف", "تستضيف", "يستضيف", "تستضيفها", "يستضيفها", "استضافتها", "استضافته", "احتضنت", "تحتضن")
	locativeProclt = []string{"ب", "وب", "فب"}
)

// topicNouns stand before "في PLACE" when the place is what a statement
// is about (a war, a ceasefire, a crisis), not where the event is.
var topicNouns = set("النار", "الحرب", "حرب", "الأوضاع", "الوضع", "أوضاع", "التصعيد", "الأزمة", "أزمة", "الصراع", "النزاع",
	"السلام", "الاستقرار", "العنف", "القتال", "الهدنة", "المجاعة", "الإنسانية", "المساعدات", "العدوان", "الاحتلال",
	"التطورات", "المستجدات", "الإبادة", "المدنيين", "الاستيطان", "العمليات", "العسكرية", "التهدئة")

// placeStates: a place used as a location — after "في"/"إلى" or the
// clitic "ب" ("بالرياض")، after "مدينة"/"العاصمة (ADJ)"، before a
// nisba adjective ("سمرقند الأوزبكية") or as the host of a meeting ("التي
// استضافتها الرياض") — is located in its state (the knowledge base's, or
// the adjective's), capital or not. Places used for their governments
// ("استعداد القاهرة"، "رغبت دمشق") are not read.
func (e *engine) placeStates(a *sent) {
	for k := range a.ents {
		en := &a.ents[k]
		if en.label != graph.LabelPlace || en.quoted || en.mod {
			continue
		}
		ent, ok := e.entity(en.id)
		if !ok || ent.State == "" {
			continue
		}
		loc := false
		tok := a.toks[en.t0]
		first := fold1(strings.Fields(en.surface + " ")[0])
		if strings.HasSuffix(tok.f, first) {
			pre := strings.TrimSuffix(tok.f, first)
			for _, p := range locativeProclt {
				if pre == p {
					loc = true
				}
			}
		}
		j := en.t0 - 1
		// skip a nisba adjective between "العاصمة" and the name
		if adj := a.entAt(j); adj != nil && adj.label == graph.LabelState && adj.form == FormAdjective {
			j = adj.t0 - 1
		}
		if j >= 0 && !a.toks[j].punct && (a.toks[j].has(locativePreps) || a.toks[j].has(locativeNouns) || a.toks[j].has(hostingWords)) {
			loc = true
		}
		// "وقف إطلاق النار في غزة"، "الحرب في أوكرانيا": the place of a
		// topic, not where an event of the article takes place
		if j >= 1 && a.toks[j].has(locativePreps) && !a.toks[j-1].punct && a.toks[j-1].has(topicNouns) {
			continue
		}
		state := ent.State
		if adj := a.entAt(en.t1); adj != nil && adj.label == graph.LabelState && adj.form == FormAdjective {
			loc = true
			state = adj.id
			if ent.State != "" && ent.State != adj.id {
				continue
			}
		}
		if !loc {
			continue
		}
		e.add(a, RulePlaceState, graph.RelLocatedIn, en.id, state, [2]int{en.start, en.end}, graph.StatusReported,
			graph.Props{"capital": ent.Capital})
	}
}

// -- hooks -------------------------------------------------------------------------

// orgState is the discourse state of the organisational rules: membership,
// founding, chairmanship rotation, offices, places and relations.
type orgState struct {
	// states are the states mentioned so far, most recent last (for "البلدين").
	states []string
	// succ records SUCCEEDED_BY pairs already emitted.
	succ map[string]bool
	// lastChair is the chairmanship read last, in sentence lastChairSent.
	lastChair     string
	lastChairSent int
	// recentOrgs are the intergovernmental organisations named so far,
	// most recent last (for anaphors by head noun: org_frames.go).
	recentOrgs []string
	// holdCalls are the chairmanship facts read so far, with tentative set
	// while the period being read is inferred (org_chair.go).
	holdCalls []holdCall
	tentative bool
	// datelinePara is 1 + the paragraph of the dateline (org_source.go).
	datelinePara int
}

// orgOffices: a person the knowledge base knows as holding an office of an
// organisation on the article date, with that organisation named in the
// words just before the name ("رئيس مجلس اللجنة الاقتصادية الأوراسية
// ميخائيل مياسنيكوفيتش", a wording the title patterns do not cover), holds
// that office: HOLDS_OFFICE person → organisation.
func (e *engine) orgOffices(a *sent) {
	if e.kb == nil {
		return
	}
	for k := range a.ents {
		en := &a.ents[k]
		if en.label != graph.LabelPerson || en.designated || en.quoted || len(en.titles) > 0 {
			continue
		}
		offs := e.kb.OfficesOf(en.id, e.doc.Date)
		for j := en.t0 - 1; j >= 0 && j >= en.t0-7; j-- {
			if a.toks[j].punct {
				break
			}
			o := a.entAt(j)
			if o == nil || o.label != graph.LabelOrganization || o.quoted {
				continue
			}
			for _, off := range offs {
				if off.Of == o.id {
					e.add(a, RuleOrgOffice, graph.RelHoldsOffice, en.id, o.id, [2]int{a.toks[j].start, en.end}, graph.StatusReported,
						graph.Props{"title": off.Title})
				}
			}
			break
		}
	}
}

// RuleOrgOffice is the rule of orgOffices.
const RuleOrgOffice = "office-of-named-organisation"

func init() { ruleConfidence[RuleOrgOffice] = 0.75 }

// orgSentence runs the sentence-level organisational rules.
func (e *engine) orgSentence(a *sent) {
	e.datelineSource(a)
	e.orgOffices(a)
	e.designatedOffices(a)
	e.pluralTitleOffices(a)
	e.appositiveOffices(a) // org_offices_post.go
	e.placeStates(a)
}

// orgSegment runs the clause-level organisational rules.
func (e *engine) orgSegment(sg *segment) {
	e.membership(sg)
	e.memberFrames(sg)
	e.founded(sg)
	e.trackStates(sg)
	e.trackOrgs(sg)
}

// trackStates remembers the states a clause names (directly, or through a
// person's office), for "البلدين"/"الجانبين".
func (e *engine) trackStates(sg *segment) {
	a := sg.a
	for i := sg.lo; i < sg.hi; i++ {
		en := a.entAt(i)
		if en == nil || en.t0 != i || en.quoted {
			continue
		}
		s := ""
		switch en.label {
		case graph.LabelState:
			if en.form == FormAdjective {
				continue
			}
			s = en.id
		case graph.LabelPerson:
			s = e.personState(en)
		}
		if s == "" {
			continue
		}
		st := e.org.states
		for k, x := range st {
			if x == s {
				st = append(st[:k], st[k+1:]...)
				break
			}
		}
		e.org.states = append(st, s)
	}
}

// anaphorGap reports whether tokens [i, j) between a title and a name are
// one reference to the organisation in focus ("الأمين العام للحلف ينس
// ستولتنبرغ"، "السكرتير التنفيذي للرابطة سيرغي ليبيديف").
func (a *sent) anaphorGap(i, j int) bool {
	words := 0
	for k := i; k < j; k++ {
		t := a.toks[k]
		if t.punct {
			if t.raw != "،" && t.raw != "," {
				return false
			}
			continue
		}
		if !t.has(orgAnaphors) || t.ent >= 0 {
			return false
		}
		words++
	}
	return words == 1
}

// coordinatedTitle reports whether a title mention is joined to what
// precedes by the conjunction و written on it ("والرئيس").
func (a *sent) coordinatedTitle(t ent) bool {
	tok := a.toks[t.t0]
	sf := fold1(t.surface)
	return strings.HasPrefix(tok.f, "و") && !strings.HasPrefix(sf, "و")
}

// indefiniteChain reports whether a designation chain [i, j) is indefinite
// ("رئيس إيراني": some Iranian president, not the one in office): neither
// its first word nor its last carries the article.
func (a *sent) indefiniteChain(i, j int) bool {
	if j <= i {
		return false
	}
	def := func(t token) bool {
		for _, s := range t.stems {
			if strings.HasPrefix(s, "ال") {
				return true
			}
		}
		return strings.HasPrefix(t.f, "لل")
	}
	if def(a.toks[i]) || def(a.toks[j-1]) {
		return false
	}
	// a construct with a proper name is definite: "سلطان عمان"، "رئيس كازاخستان"
	if en := a.entAt(j - 1); en != nil && (en.label == graph.LabelState || en.label == graph.LabelOrganization) && en.form != FormAdjective {
		return false
	}
	return true
}

// nameInQuotes reports whether the quotation marks around tokens [i, j)
// hold only the name of an organisation or a state (مجموعة «بريكس»): such
// a name is a name, not quoted speech or a quoted format.
func (a *sent) nameInQuotes(i, j int, label string) bool {
	if label != graph.LabelOrganization {
		return false
	}
	open := i > 0 && a.toks[i-1].punct && (a.toks[i-1].raw == "«" || a.toks[i-1].raw == "\"" || a.toks[i-1].raw == "“")
	closeQ := j < len(a.toks) && a.toks[j].punct && (a.toks[j].raw == "»" || a.toks[j].raw == "\"" || a.toks[j].raw == "”")
	return open && closeQ
}

// futureBefore reports whether a future verb ("ستصبح"، "سوف") stands
// within n tokens before t.
func futureBefore(a *sent, lo, t, n int) bool {
	for k := t - 1; k >= lo && k >= t-n; k-- {
		tk := a.toks[k]
		if tk.punct {
			continue
		}
		if isFuture(tk) || tk.has(set("ستصبح", "سيصبح", "ستكون", "سيكون", "سوف", "ستغدو")) {
			return true
		}
	}
	return false
}
