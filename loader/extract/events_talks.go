package extract

import (
	"fmt"
	"os"
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// Bilateral meetings: talks ("التقى X بـ Y"، "عقد X محادثات مع Y"، "أجرى X
// مباحثات مع Y")، phone calls ("أجرى X اتصالاً هاتفياً بـ Y"، "تلقى X
// اتصالاً هاتفياً من Y")، meetings that bring two leaders together ("لقاء
// جمع X و Y") and agreements signed by two leaders together ("وقّع X و Y
// اتفاقية"). Each pair of states gives a meeting `bilateral-<a>-<b>` on the
// date of the clause (else the date of the meeting whose sidelines it is
// on, else — for a clause in the past tense without any date — the article
// date) at the place of the clause (else the sidelines meeting's place,
// else the dateline city).

var (
	talkNouns   = set("محادثات", "مباحثات", "مشاورات", "لقاء", "اجتماع", "جلسة", "قمة", "اتصالا", "اتصال", "مكالمة")
	callNouns   = set("اتصالا", "اتصال", "مكالمة", "اتصالات", "الاتصال", "المكالمة")
	receiveVerb = set("تلقى", "تلقت", "يتلقى", "تتلقى")
	receivePast = set("تلقى", "تلقت")
	jointVerb   = set("جمع", "جمعت", "يجمع", "تجمع")
	signVerbs   = verbs([]string{"وقع", "وقعت", "وقعا", "وقعتا"}, []string{"يوقع", "توقع", "يوقعان", "توقعان"})
	transitive  = set("التقى", "التقت", "يلتقي", "تلتقي", "استقبل", "استقبلت", "يستقبل", "تستقبل")
	pastWords   = set("الماضي", "الماضية", "السابق", "السابقة", "سابق", "سابقا", "مؤخرا")
)

// talkTrigger reports whether token i starts talks: a talk verb, a hold or
// receive verb followed by a talk noun, and whether it is a phone call.
func talkTrigger(a *sent, i, hi int) (ok, call bool) {
	t := a.toks[i]
	if t.quoted || t.punct || t.ent >= 0 {
		return false, false
	}
	nounAfter := func() (bool, bool) {
		// the talk noun may follow a long subject ("عقد صاحب السمو الملكي
		// الأمير محمد بن سلمان ... ولي العهد رئيس مجلس الوزراء جلسة
		// مباحثات"): names, titles and honorifics do not count
		words := 0
		for k := i + 1; k < hi && k <= i+30 && words <= 10; k++ {
			tk := a.toks[k]
			if tk.has(callNouns) {
				return true, true
			}
			if tk.has(talkNouns) && !tk.is(fold1("قمة")) {
				return true, false
			}
			if !tk.punct && !nameOrTitleWord(a, k) {
				words++
			}
		}
		return false, false
	}
	if _, whole := talkVerbs[t.f]; strings.HasPrefix(t.f, "ل") && !whole {
		// purpose: "لبحث"، "لمناقشة" say what a meeting is for, they
		// report no talks of their own
	} else if _, _, v := t.verb(talkVerbs); v {
		if n, c := nounAfter(); n {
			return true, c
		}
		return true, false
	}
	if _, _, v := t.verb(callVerbs); v {
		return true, true // "اتصل ترامب بالرئيس الأوكراني"
	}
	if _, _, v := t.verb(holdVerbs); v || t.has(receiveVerb) {
		return nounAfter()
	}
	return false, false
}

// talks applies the bilateral rules to a segment.
func (e *engine) talks(sg *segment) {
	a := sg.a
	host := e.sidelinesHost(sg)
	switch {
	case host != "":
		e.sideHost, e.sideSent = host, a.s.Index
	case e.sideHost != "" && e.sideSent >= a.s.Index-1 && len(a.s.Dates) == 0:
		// "وعلى هامش القمة، استقبل ... . وأجرى بوتين محادثات ...": talks in
		// the next sentence, with no date of their own, are on the same
		// sidelines
		host = e.sideHost
		e.sideSent = a.s.Index
	}
	if debugExtract {
		fmt.Fprintf(os.Stderr, "   talks occ=%v host=%q\n", sg.occ, host)
	}
	e.possessiveTalks(sg, host)
	e.jointCeremony(sg, host)
	var prev *ent // the subject of the sentence's last talks with an object
	if e.talker != nil && e.talkerSent == a.s.Index {
		prev = e.talker
	}
	for i := sg.lo; i < sg.hi; i++ {
		ok, call := talkTrigger(a, i, sg.hi)
		if !ok {
			continue
		}
		if i > sg.lo && a.toks[i].has(transitiveHoldVerbs) && a.toks[i-1].has(planPrepositions) {
			continue // "اتفق الطرفان على عقد قمة": a plan, not talks
		}
		if negated(a, sg.lo, i, 3) {
			continue
		}
		// subject: an actor just after the verb, else just before it, else
		// (a pronoun subject) the nearest actor before it in the sentence
		subj, objFrom := e.duringItTalker(a, i, sg.hi)
		if subj != nil {
			// "في زيارة يلتقي خلالها X": subject and objects are known
		} else if k, p := e.honorificPronounNear(a, sg.lo, i); p != nil {
			// "وكان سيادته قد التقى ..."، "استقبل سموه ...": the person the
			// article is about
			subj = p
			if k > i {
				objFrom = k + 1
			}
			objFrom = e.skipTimeAndPlace(a, objFrom, sg.hi)
		} else if before := subjectBefore(a, sg.lo, i); before != nil && a.toks[i].has(transitive) {
			// "وكان رئيس الجمهورية قد التقى أمس رئيس الحكومة": SVO; the
			// actor after the verb (past any time words) is the object
			subj = before
			for objFrom < sg.hi && a.toks[objFrom].has(timeWords) {
				objFrom++
			}
			// "وكان X قد التقى في واشنطن Y": a place before the object
			objFrom = e.skipTimeAndPlace(a, objFrom, sg.hi)
		}
		for k := i + 1; k < sg.hi && k <= i+14 && subj == nil; k++ {
			if en := e.actorAt(a, k); en != nil {
				// the subject's designation may follow a long honorific
				// ("أجرى مؤسس السلام والوحدة الوطنية – زعيم الأمة، رئيس
				// جمهورية طاجيكستان إمام علي رحمن ...") of title-like words
				if en.chain0 <= i+5 || (en.chain0 <= i+12 && !a.hasActorBefore(e, i+1, en.chain0)) {
					subj = en
				}
				break
			}
			if a.toks[k].has(talkNouns) || a.toks[k].is(fold1("مع")) {
				break
			}
		}
		if subj != nil && objFrom == i+1 && subj.t1 > i {
			objFrom = subj.t1
			if a.toks[i].has(transitive) {
				// "التقى X مساء أمس الثلاثاء Y"، "استقبل X في الرياض اليوم
				// Y": time and place words before the object
				objFrom = e.skipTimeAndPlace(a, objFrom, sg.hi)
			}
		} else {
			for k := i - 1; k >= 0; k-- {
				if en := e.actorAt(a, k); en != nil && !e.afterPreposition(a, en) {
					subj = en
					break
				}
			}
		}
		if subj == nil || e.isReporter(a, subj) {
			continue
		}
		if pair := a.group(subj); len(pair) == 2 {
			// a dual subject ("أجرى الرئيسان محادثات"، "يلتقي الزعيمان"):
			// the two meet each other, or both attend the meeting the
			// sentence names
			st := modality(a, sg.lo, sg.hi, i)
			if mid := e.sentenceMeeting(sg, i); mid != "" {
				for _, p := range pair {
					e.attend(sg, RuleTalks, p, mid, a.span(i, i+1), statusOr(st, e.meetings[mid].status), "")
				}
				continue
			}
			rule := RuleBilateral
			if call {
				rule = RuleCall
			}
			if mid := e.pairMeetingBefore(a, pair[0], pair[1]); mid != "" && len(a.s.Dates) == 0 && host == "" {
				// "وبحث الرئيسان ..." with no day of its own, after their
				// meeting: the same meeting
				for _, p := range pair {
					e.attend(sg, rule, p, mid, a.span(i, i+1), statusOr(st, e.meetings[mid].status), "")
				}
				continue
			}
			e.bilaterals(sg, i, rule, pair[0], pair[1:], host, st)
			continue
		}
		// objects start at "مع", a word with the proclitic ب, a counterpart
		// word, "من" after a call noun, or (transitive verbs) directly
		st := modality(a, sg.lo, sg.hi, i)
		// the first place objects may start that holds any ("أجرى ...
		// بقصر الكرملين ... محادثات مع نظيره")
		first, objs := -1, []*ent(nil)
		for from := objFrom; from < sg.hi && len(objs) == 0; {
			start := e.objectStart(a, i, from, objFrom, sg.hi, subj)
			if start < 0 {
				break
			}
			if first < 0 {
				first = start
			}
			objs, _ = e.listFrom(a, start, sg.hi, 3)
			from = start + 1
		}
		if first < 0 {
			if y := e.coordinatedActor(a, subj, sg.hi); y != nil && subj.t0 > i {
				// "أجرى X وY اليوم مباحثات": the coordinated subjects meet
				// each other
				e.bilaterals(sg, i, RuleBilateral, subj, []*ent{y}, host, st)
				prev = subj
				e.talker, e.talkerSent = subj, a.s.Index
				continue
			}
			if prev != nil && prev != subj && subj.t0 > i && a.toks[i].has(transitive) && i > sg.lo && a.toks[i-1].has(alsoWords) {
				// "والتقى X نظيره Y، كما التقى Z": the subject of the
				// earlier talks meets Z too, on that clause's day and place
				e.bilaterals(sg, i, RuleBilateral, prev, []*ent{subj}, host, st)
			}
			continue
		}
		if len(objs) == 0 {
			e.leadersOfOrg(sg, i, first, subj, st)
			continue
		}
		prev = subj
		e.talker, e.talkerSent = subj, a.s.Index
		rule := RuleBilateral
		if call {
			// a phone call has no venue: its meeting takes the dateline city
			rule = RuleCall
			if tn, _, ok := a.toks[i].verb(callVerbs); st == "" && (a.toks[i].has(receivePast) || ok && tn == tensePast) {
				st = graph.StatusHeld
			}
		}
		e.bilaterals(sg, i, rule, subj, objs, host, st)
	}
	e.jointMeetings(sg, host)
}

// pastPerfect reports whether the segment holds a word of an earlier past
// ("وكان X قد التقى"، "سبق أن"): background, not the day's events.
func pastPerfect(a *sent, sg *segment) bool {
	for k := sg.lo; k < sg.hi; k++ {
		if a.toks[k].has(pastWords) || a.toks[k].has(hadWords) {
			return true
		}
	}
	return false
}

// hadWords open a past perfect: "وكان ... قد"، "سبق".
var hadWords = set("كان", "وكان", "كانت", "وكانت", "سبق", "وسبق")

// pairMeetingBefore returns the last bilateral meeting of the states of x
// and y defined in the three sentences before a, or "".
func (e *engine) pairMeetingBefore(a *sent, x, y *ent) string {
	sx, sy := e.evPersonState(x.id), e.evPersonState(y.id)
	if sx == "" || sy == "" || sx == sy {
		return ""
	}
	format := e.bilateralFormat(sx, sy).slug
	for k := len(e.order) - 1; k >= 0; k-- {
		m := e.meetings[e.order[k]]
		if m == nil || m.format != format {
			continue
		}
		if s, ok := e.disc.definedIn[m.id]; ok && s < a.s.Index && a.s.Index-s <= 3 {
			return m.id
		}
	}
	return ""
}

// planPrepositions before a verbal noun make it a plan: "على عقد قمة"،
// "إلى عقد اجتماع".
var planPrepositions = set("على", "إلى", "الى")

// talksWhen is the day and place of bilateral talks in sentence sent.
type talksWhen struct {
	sent  int
	date  graph.Date
	place string
	ok    bool
}

// ceremonyVerbs and ceremonyNouns: two leaders who preside over or
// witness a signing together meet ("ترأس X وY حفل توقيع ..."، "شهد
// الرئيسان توقيع اتفاقيات").
var (
	ceremonyVerbs = set("ترأس", "وترأس", "ترأسا", "يترأس", "يترأسان", "شهد", "وشهد", "شهدا", "يشهد", "يشهدان")
	ceremonyNouns = set("حفل", "مراسم", "توقيع", "مراسيم")
)

// jointCeremony reads a signing presided over or witnessed by two persons
// of two states (a coordinated pair or a dual): their bilateral meeting on
// the clause's day.
func (e *engine) jointCeremony(sg *segment, host string) {
	a := sg.a
	for i := sg.lo; i+2 < sg.hi; i++ {
		if !a.toks[i].has(ceremonyVerbs) || a.toks[i].quoted || negated(a, sg.lo, i, 3) {
			continue
		}
		var x *ent
		for k := i + 1; k < sg.hi && k <= i+4 && x == nil; k++ {
			x = e.actorAt(a, k) // past honorifics: "ترأس صاحب الجلالة الملك ..."
		}
		if x == nil || x.label != graph.LabelPerson {
			continue
		}
		pair := a.group(x)
		if len(pair) != 2 {
			if y := e.coordinatedActor(a, x, sg.hi); y != nil {
				pair = []*ent{x, y}
			} else {
				continue
			}
		}
		end := pair[len(pair)-1].t1
		cer := false
		for k := end; k < sg.hi && k <= end+8; k++ {
			if a.toks[k].has(ceremonyNouns) {
				cer = true
				break
			}
		}
		if !cer {
			continue
		}
		e.bilaterals(sg, i, RuleBilateral, pair[0], pair[1:], host, modality(a, sg.lo, sg.hi, i))
	}
}

// possessiveTalkNouns are the verbal nouns of meeting that take the
// meeting's subject as a possessive pronoun and its object directly:
// "خلال لقائه الرئيس الأمريكي"، "لدى استقباله وزير الخارجية".
var possessiveTalkNouns = set("لقاء", "لقاي", "استقبال", "اجتماع", "مباحثات", "محادثات") // لقاي: "لقائه" folded

// possessiveTimeWords introduce such a noun: "خلال"، "لدى"، "أثناء".
var possessiveTimeWords = set("خلال", "لدى", "أثناء", "اثناء", "عقب", "في")

// possessiveTalks reads "X، خلال لقائه Y": talks of X, the clause's
// subject named before, with Y named right after the noun (or after
// "مع"/"ب"), on the clause's day and place.
func (e *engine) possessiveTalks(sg *segment, host string) {
	a := sg.a
	for i := sg.lo; i+2 < sg.hi; i++ {
		// "بعد أسبوع من استقبال ترامب نتنياهو في البيت الأبيض": the verbal
		// noun, its subject, then its object
		t := a.toks[i]
		if t.quoted || t.punct || t.ent >= 0 || !t.has(possessiveTalkNouns) {
			continue
		}
		x := e.actorAt(a, i+1)
		if x == nil || x.chain0 != i+1 || x.label != graph.LabelPerson {
			continue
		}
		y := e.actorAt(a, x.t1)
		if y == nil || y.chain0 != x.t1 || y.label != graph.LabelPerson || negated(a, sg.lo, i, 3) {
			continue
		}
		e.bilaterals(sg, i, RuleBilateral, x, []*ent{y}, host, modality(a, sg.lo, sg.hi, i))
	}
	for i := sg.lo + 1; i+1 < sg.hi; i++ {
		t := a.toks[i]
		if t.quoted || t.punct || t.ent >= 0 || !a.toks[i-1].has(possessiveTimeWords) || !possessiveTalkNoun(t) {
			continue
		}
		// the subject: the last person or state named before (a reporter
		// may be the one who met: "أكد X، خلال لقائه Y، ...")
		var subj *ent
		for k := range a.ents {
			en := &a.ents[k]
			if en.t1 >= i || en.quoted || en.mod || (en.label != graph.LabelPerson && en.label != graph.LabelState) || e.afterPreposition(a, en) || isTopic(a, en) {
				continue
			}
			if subj == nil || en.t1 > subj.t1 {
				subj = en
			}
		}
		from := i + 1
		if a.toks[from].is(fold1("مع")) {
			from++
		}
		objs, _ := e.listFrom(a, from, sg.hi, 2)
		if subj == nil || len(objs) == 0 || negated(a, sg.lo, i, 3) {
			continue
		}
		st := modality(a, sg.lo, sg.hi, i)
		if v, ok := clauseVerb(a, 0, sg.hi, i); st == "" && (ok && v == tensePast || reportedInPast(a, i)) {
			st = graph.StatusHeld // "أكد X، خلال لقائه Y اليوم": the verb tells
		}
		e.bilaterals(sg, i, RuleBilateral, subj, objs, host, st)
	}
}

// reportPast are past verbs of saying: what was said during a meeting
// says the meeting was held.
var reportPast = set("أكد", "أكدت", "قال", "قالت", "أعلن", "أعلنت", "صرح", "صرحت", "أوضح", "أوضحت", "أشار", "أشارت", "شدد", "شددت", "دعا", "دعت", "جدد", "جددت")

// reportedInPast reports whether a past verb of saying stands before token
// i in the sentence.
func reportedInPast(a *sent, i int) bool {
	for k := 0; k < i; k++ {
		if a.toks[k].has(reportPast) && a.toks[k].ent < 0 {
			return true
		}
	}
	return false
}

// possessiveTalkNoun reports whether a token is a possessive talk noun
// with its pronoun ("لقائه"، "استقبالها").
func possessiveTalkNoun(t token) bool {
	for _, st := range t.stems {
		for _, b := range withoutEnclitic(st) {
			if possessiveTalkNouns[b] {
				return true
			}
		}
	}
	return false
}

// coordinatedActor returns the actor joined to en by "و" right after it
// ("الملك محمد السادس والرئيس الفرنسي إيمانويل ماكرون"), or nil.
func (e *engine) coordinatedActor(a *sent, en *ent, hi int) *ent {
	k := en.t1
	if k >= hi || !strings.HasPrefix(a.toks[k].f, "و") || a.toks[k].punct {
		return nil
	}
	y := e.actorAt(a, k)
	if y == nil || y == en || y.chain0 != k || y.label != en.label {
		return nil
	}
	return y
}

// duringItWords refer back to a visit or a meeting: "يلتقي خلالها X".
var duringItWords = set("خلالها", "خلاله", "أثناءها", "أثناءه")

// duringItTalker reads "في زيارة يلتقي خلالها X" at the transitive talk
// verb i: the visitor named before is the subject, and the objects start
// after "خلالها". It returns nil and i+1 otherwise.
func (e *engine) duringItTalker(a *sent, i, hi int) (*ent, int) {
	if i+1 >= hi || !a.toks[i+1].has(duringItWords) || !a.toks[i].has(transitive) {
		return nil, i + 1
	}
	for k := i - 1; k >= 0; k-- {
		if en := e.actorAt(a, k); en != nil && en.label == graph.LabelPerson && !e.afterPreposition(a, en) {
			return en, i + 2
		}
	}
	return nil, i + 1
}

// alsoWords continue a subject's actions with its subject elided: "كما
// التقى Z"، "ثم التقى Z".
var alsoWords = set("كما", "ثم")

// hasActorBefore reports whether tokens [i, j) hold an entity or a word
// with the proclitic ب (the start of an object).
func (a *sent) hasActorBefore(e *engine, i, j int) bool {
	for k := i; k < j; k++ {
		if a.toks[k].ent >= 0 || (!a.toks[k].punct && strings.HasPrefix(a.toks[k].f, "ب")) {
			return true
		}
	}
	return false
}

// objectStart returns the first token at or after from where the objects
// of the talk verb at i may start: "مع", a word with the proclitic ب (not
// a venue: "بقصر الكرملين"), a counterpart word, "من" after a call noun,
// or (transitive verbs) an actor right after the subject; -1 when none
// within twelve tokens of objFrom or before a relative pronoun.
func (e *engine) objectStart(a *sent, i, from, objFrom, hi int, subj *ent) int {
	for k := from; k < hi; k++ {
		tk := a.toks[k]
		if tk.is(fold1("مع")) || (!tk.punct && strings.HasPrefix(tk.f, "ب") && len(tk.stems) > 1 && (tk.ent < 0 || strings.HasPrefix(tk.f, "بال")) && !tk.has(talkNouns) && !tk.has(venueNouns) && !tk.has(participationNouns)) ||
			tk.has(counterpartWords) || (tk.is(fold1("من")) && k > 0 && (a.toks[k-1].has(callNouns) || a.toks[k-1].is(fold1("هاتفيا")))) {
			return k
		}
		if en := e.actorAt(a, k); en != nil && en != subj && k == objFrom && a.toks[i].has(transitive) {
			return k
		}
		if k > objFrom+12 || tk.has(relativePronouns) {
			return -1
		}
	}
	return -1
}

// skipTimeAndPlace returns the first token at or after k that is not a
// time word, a comma, an honorific, a title that designates no one (the
// subject's own, after its name), or a place ("في الرياض"، "بالرياض"، "في
// مقر الوزارة").
func (e *engine) skipTimeAndPlace(a *sent, k, hi int) int {
	for k < hi {
		t := a.toks[k]
		switch {
		case t.has(timeWords) || (t.punct && (t.raw == "،" || t.raw == ",")) || t.has(honorifics) || t.has(personHonorifics):
			k++
		case (isTitleWord(a, k) || nameOrTitleWord(a, k)) && t.ent < 0 && e.actorAt(a, k) == nil:
			k++ // the subject's own title after its name ("محمد بن زايد رئيس الدولة، اليوم ...")
		case t.is(fold1("في")) && k+1 < hi && placeAt(a, k+1) > 0:
			k = placeAt(a, k+1)
		case t.is(fold1("في")) && k+1 < hi && e.seatCapitalAt(a, k+1) != "":
			k = a.entAt(k + 1).t1 // "في البيت الأبيض"
		case placeAt(a, k) > 0 && strings.HasPrefix(t.f, "ب"):
			k = placeAt(a, k)
		case t.is(fold1("على")) && k+1 < hi && a.toks[k+1].has(sidelinesWords):
			k += 2 // "على هامش القمة،": up to the comma, past no actor
			for k < hi && !isComma(a.toks[k]) {
				if en := a.entAt(k); en != nil && en.label != graph.LabelOrganization {
					break
				}
				k++
			}
		case t.is(fold1("في")) && k+1 < hi && a.toks[k+1].has(venueNouns):
			k += 2
			for k < hi && !a.toks[k].punct && a.toks[k].ent < 0 && !a.toks[k].has(timeWords) && !isTitleWord(a, k) {
				k++ // "في مقر الوزارة"
			}
		default:
			return k
		}
	}
	return k
}

// placeAt returns the end of a place entity starting at token k, or 0.
func placeAt(a *sent, k int) int {
	if en := a.entAt(k); en != nil && en.t0 == k && en.label == graph.LabelPlace {
		return en.t1
	}
	return 0
}

// honorificPronouns stand for the person an article is about: "سيادته"،
// "سموه"، "جلالته"، "فخامته"، "معاليه".
var honorificPronouns = set("سيادته", "سموه", "جلالته", "فخامته", "معاليه", "دولته")

// honorificPronounNear returns the token of an honorific pronoun just
// before the verb at i ("وكان سيادته قد التقى") or just after it ("استقبل
// سموه"), and the person it stands for: the person with a state whom the
// earlier sentences name most often; or -1, nil.
func (e *engine) honorificPronounNear(a *sent, lo, i int) (int, *ent) {
	k := -1
	for _, c := range []int{i + 1, i - 1, i - 2} {
		if c >= lo && c < len(a.toks) && a.toks[c].has(honorificPronouns) {
			k = c
			break
		}
	}
	if k < 0 {
		return -1, nil
	}
	// the protagonist: the person of the earlier sentences named most
	// often (ties: the first named)
	count, first, best := map[string]int{}, map[string]int{}, ""
	for n, c := range e.disc.actors {
		if c.sent == a.s.Index || c.state == "" {
			continue
		}
		if _, ok := first[c.id]; !ok {
			first[c.id] = n
		}
		count[c.id]++
		if best == "" || count[c.id] > count[best] || (count[c.id] == count[best] && first[c.id] < first[best]) {
			best = c.id
		}
	}
	if best == "" {
		return -1, nil
	}
	return k, &ent{id: best, label: graph.LabelPerson, surface: a.toks[k].raw, t0: k, t1: k + 1,
		start: a.toks[k].start, end: a.toks[k].end, chain0: k, designated: true}
}

// isComma reports whether t is an Arabic or Latin comma.
func isComma(t token) bool { return t.punct && (t.raw == "،" || t.raw == ",") }

// whereWords open a clause set in the place just named: "حيث".
var whereWords = set("حيث", "وحيث")

// timeWords may stand between a verb and its object ("التقى أمس الأربعاء
// رئيس الحكومة").
var timeWords = set("أمس", "اليوم", "غدا", "مساء", "صباح", "ظهر", "الأحد", "الاثنين", "الإثنين", "الثلاثاء",
	"الأربعاء", "الخميس", "الجمعة", "السبت", "أيضا", "مجددا")

// venueNouns name where talks take place ("بقصر الكرملين"، "بمقر
// الرئاسة"), not with whom.
var venueNouns = set("قصر", "القصر", "مقر", "المقر", "قاعة", "القاعة", "مدينة", "المدينة", "العاصمة", "عاصمة", "مبنى")

// honorifics are the courtesy words before names and titles (فخامة،
// صاحب السمو الملكي، جلالة، معالي).
var honorifics = set("فخامة", "صاحب", "السمو", "الملكي", "سمو", "جلالة", "معالي", "سيادة", "الشريفين", "الحرمين", "خادم")

// nameTails continue a person's name ("محمد بن سلمان بن عبدالعزيز آل
// سعود").
var nameTails = set("بن", "ابن", "آل", "بنت")

// nameOrTitleWord reports whether token k belongs to a name, a title or an
// honorific: an entity, a title word, an honorific, or a name tail and the
// word after it.
func nameOrTitleWord(a *sent, k int) bool {
	t := a.toks[k]
	if t.punct {
		return false
	}
	if t.ent >= 0 || isTitleWord(a, k) || t.has(honorifics) || t.has(nameTails) {
		return true
	}
	return k > 0 && a.toks[k-1].has(nameTails)
}

// meetVerbs are the verbs of meeting someone (as opposed to holding talks).
var meetVerbs = set("التقى", "التقت", "التقوا", "يلتقي", "تلتقي", "يلتقيان", "يلتقون", "اجتمع", "اجتمعت", "يجتمع", "تجتمع", "يجتمعان")

// sentenceMeeting returns, for a meeting verb at token i without a talk
// noun ("يلتقي الرئيسان مجدداً في مينسك، حيث تعقد قمة ...")، the
// multilateral meeting the sentence defines on the date of the clause, or
// "".
func (e *engine) sentenceMeeting(sg *segment, i int) string {
	a := sg.a
	if !a.toks[i].has(meetVerbs) {
		return ""
	}
	for k := i + 1; k < sg.hi && k <= i+8; k++ {
		if a.toks[k].has(talkNouns) {
			return ""
		}
	}
	date, okd := e.dateFor(sg, i)
	for _, id := range e.order {
		m := e.meetings[id]
		if m.kind == "BILATERAL" || m.year > 0 || e.disc.definedIn[id] != a.s.Index {
			continue
		}
		if okd && m.date != date {
			continue
		}
		return id
	}
	return ""
}

// sidelinesHost returns the meeting whose sidelines ("على هامش") the
// segment speaks of, or "".
func (e *engine) sidelinesHost(sg *segment) string {
	a := sg.a
	host := ""
	for i := sg.lo; i < sg.hi; i++ {
		if a.toks[i].has(sidelinesWords) && !a.toks[i].quoted {
			for _, o := range sg.occ {
				if o.tok > i {
					host = o.id
					break
				}
			}
			if host == "" {
				host = e.focus()
			}
		}
		// "قبيل الجلسة"، "خلال القمة": a meeting named right after a word
		// of time within it dates and places the talks like its sidelines
		if (a.toks[i].has(duringWords) || a.toks[i].has(justBeforeWords)) && !a.toks[i].quoted && host == "" {
			for _, o := range sg.occ {
				if o.tok == i+1 {
					host = o.id
				}
			}
		}
	}
	return host
}

// justBeforeWords place talks just before or right after another meeting
// ("قبيل الجلسة"، "عقب القمة"، "بعد انتهاء المكالمة"): the same day and
// place; duringWords (events_participation.go) within it.
var justBeforeWords = set("قبيل", "عقب", "إثر", "انتهاء", "ختام")

// callVerbs place a phone call ("اتصل X بـY"، "هاتف X Y").
var callVerbs = verbs([]string{"اتصل", "اتصلت", "هاتف", "هاتفت"}, []string{"يتصل", "تتصل", "يهاتف", "تهاتف"})

// leadersOfOrg: "يبحث X مع قادة ORG": the subject takes part in the
// organisation's meeting.
func (e *engine) leadersOfOrg(sg *segment, i, start int, subj *ent, st string) {
	a := sg.a
	for k := start; k < sg.hi && k <= start+3; k++ {
		org, _, ok := e.orgAt(a, k)
		if !ok {
			continue
		}
		sg2 := *sg
		sg2.occ = nil
		sg2.pf = nil
		e.refer(&sg2, k, meetingFilter{org: org}, true)
		mid := ""
		if len(sg2.occ) > 0 {
			mid = sg2.occ[0].id
		}
		sg2.pf = nil
		if mid == "" && len(e.meetings) == 0 {
			sg2.pf = &meetingFilter{org: org}
		}
		e.participate(&sg2, RuleTalks, graph.RelParticipatesIn, subj, mid, a.span(i, i+1), st, nil)
		return
	}
}

// meetingDatePlace returns the date and place of a bilateral meeting read at
// token i: from the segment, else from the host meeting, else the article
// date (past tense, no date at all in the sentence) and the dateline city.
func (e *engine) meetingDatePlace(sg *segment, i int, host, st string) (graph.Date, string, bool) {
	a := sg.a
	date, okd := e.dateFor(sg, i)
	place := e.placeFor(sg, i)
	hm := e.meetings[host]
	if hm != nil {
		if !okd && hm.year == 0 {
			date, okd = hm.date, true
		}
		place = hm.place
	}
	if !okd && hm == nil {
		date, okd = sentenceDayBefore(a, sg.lo)
	}
	if !okd && hm == nil && len(a.s.Dates) == 0 && e.prevSent == a.s.Index-1 && e.prevDay == e.doc.Date && !e.doc.Date.IsZero() && !pastPerfect(a, sg) {
		// "وصل X اليوم إلى بغداد ... . وعقد الجانبان جلسة مباحثات": the
		// next sentence goes on with the article's day
		date, okd = e.prevDay, true
	}
	if !okd && len(a.s.Dates) == 0 && st == graph.StatusHeld && !e.doc.Date.IsZero() {
		past := false
		for k := sg.lo; k < sg.hi; k++ {
			if a.toks[k].has(pastWords) {
				past = true
			}
		}
		if !past {
			date, okd = e.doc.Date, true
		}
	}
	if hm == nil && sg.lo > 0 && a.toks[sg.lo].has(whereWords) {
		// "متوجهاً إلى الرياض، حيث أجرى محادثات": where the clause before
		// went, whatever other place the clause names later
		for k := sg.lo - 1; k >= 0; k-- {
			if en := a.entAt(k); en != nil && en.label == graph.LabelPlace {
				place = en.id
				break
			}
		}
	}
	if place == "" {
		place = e.dateline
	}
	return date, place, okd && place != ""
}

// sentenceDayBefore returns the day of a clause without a date of its
// own from the earlier clauses of its sentence ("استقبله أمس في
// الإليزيه، ثم عقد الجانبان جلسة مباحثات"): the sentence's day dates must
// all stand before the clause and agree.
func sentenceDayBefore(a *sent, lo int) (graph.Date, bool) {
	var d graph.Date
	n := 0
	for _, sd := range a.s.Dates {
		if a.tokenOf(sd.Start) >= lo {
			return graph.Date{}, false // the clause has a date of its own, even a month ("في سبتمبر 2022")
		}
		if sd.Precision != PrecDay {
			continue
		}
		if n > 0 && sd.Date != d {
			return graph.Date{}, false
		}
		d, n = sd.Date, n+1
	}
	return d, n > 0
}

// bilaterals defines the bilateral meetings of subj with each object of
// another state.
func (e *engine) bilaterals(sg *segment, i int, rule string, subj *ent, objs []*ent, host, st string) {
	a := sg.a
	subjState := e.evPersonState(subj.id)
	if subj.label == graph.LabelState {
		subjState = subj.id
	}
	if subjState == "" {
		return
	}
	date, place, ok := e.meetingDatePlace(sg, i, host, st)
	if !ok && e.talksAt.sent == a.s.Index && e.talksAt.ok {
		// a later clause of the sentence with no day of its own ("،
		// كما التقى Z"): the day and place of its earlier talks
		date, place, ok = e.talksAt.date, e.talksAt.place, true
	}
	if ok {
		e.talksAt = talksWhen{sent: a.s.Index, date: date, place: place, ok: true}
	}
	if rule == RuleCall && e.dateline != "" && host == "" {
		place = e.dateline
	}
	if !ok {
		return
	}
	status := statusOr(st, e.defaultStatus(date))
	counterpart := false
	for _, ob := range objs {
		for k := max(sg.lo, ob.chain0-1); k < ob.t1; k++ {
			if a.toks[k].has(counterpartWords) {
				counterpart = true
			}
		}
	}
	for _, ob := range objs {
		os := e.evPersonState(ob.id)
		if ob.label == graph.LabelState {
			os = ob.id
		}
		if os == "" || os == subjState {
			continue
		}
		m := e.defineBilateral(sg, i, subjState, os, date, place, status)
		if rule == RuleCall {
			m.channel = ChannelPhone
		} else if pe, ok := e.entity(m.place); ok && (pe.State == subjState || pe.State == os) && m.channel == "" {
			// talks in one party's country: that party hosts them (a
			// call has no host, and talks in a third country none of
			// theirs)
			e.add(a, RuleDefHost, graph.RelHosts, pe.State, m.id, a.span(i, i+1), status, nil)
		}
		if host != "" && host != m.id {
			e.add(a, RuleSidelines, graph.RelOnSidelinesOf, m.id, host, a.span(i, i+1), status, nil)
		}
		e.participate(sg, rule, graph.RelParticipatesIn, subj, m.id, a.span(i, i+1), status, nil)
		var extra graph.Props
		if lv := e.level(subj); counterpart && lv != "" && ob.label == graph.LabelState {
			extra = graph.Props{"level": lv}
		}
		e.participate(sg, rule, graph.RelParticipatesIn, ob, m.id, a.span(ob.t0, ob.t1), status, extra)
		e.partyStates(sg, m.id, a.span(i, i+1), status)
	}
}

// bilateralFormat is the format of the bilateral meetings of two states:
// bilateral-<iso3>-<iso3>, the codes sorted and in lower case.
func (e *engine) bilateralFormat(s1, s2 string) format {
	isos := sortedStrings([]string{strings.ToLower(strings.TrimPrefix(s1, "state:")), strings.ToLower(strings.TrimPrefix(s2, "state:"))})
	return format{slug: "bilateral-" + isos[0] + "-" + isos[1], kind: "BILATERAL", title: e.name(s1) + "–" + e.name(s2) + " bilateral meeting"}
}

// defineBilateral creates (or finds) the bilateral meeting of two states.
func (e *engine) defineBilateral(sg *segment, i int, s1, s2 string, date graph.Date, place, status string) *meeting {
	m := e.define(sg, i, e.bilateralFormat(s1, s2), date, 0, place, status, false)
	m.parties = []string{s1, s2}
	sg.occ = append(sg.occ, occurrence{id: m.id, tok: i, defined: true})
	return m
}

// jointMeetings: "لقاء جمع X و Y" and "وقّع X و Y اتفاقية": a list of
// leaders of exactly two states brought together.
func (e *engine) jointMeetings(sg *segment, host string) {
	a := sg.a
	for i := sg.lo; i < sg.hi; i++ {
		t := a.toks[i]
		if t.quoted || t.punct || t.ent >= 0 || negated(a, sg.lo, i, 3) {
			continue
		}
		joint := t.has(jointVerb) && i > sg.lo && a.toks[i-1].has(talkNouns)
		signTense, _, sign := t.verb(signVerbs)
		if !joint && !sign {
			continue
		}
		list, _ := e.listFrom(a, i+1, sg.hi, 1)
		var people []*ent
		states := map[string]bool{}
		for _, en := range list {
			if en.label != graph.LabelPerson {
				continue
			}
			if st := e.evPersonState(en.id); st != "" {
				people = append(people, en)
				states[st] = true
			}
		}
		if len(people) < 2 || len(states) != 2 {
			continue
		}
		st := modality(a, sg.lo, sg.hi, i)
		if (joint || signTense == tensePast) && st == "" {
			st = graph.StatusHeld
		}
		date, place, ok := e.meetingDatePlace(sg, i, host, st)
		if !ok {
			continue
		}
		status := statusOr(st, e.defaultStatus(date))
		var ss []string
		for s := range states {
			ss = append(ss, s)
		}
		m := e.defineBilateral(sg, i, ss[0], ss[1], date, place, status)
		rule := RuleJoint
		for _, p := range people {
			e.participate(sg, rule, graph.RelParticipatesIn, p, m.id, a.span(i, i+1), status, nil)
		}
		e.partyStates(sg, m.id, a.span(i, i+1), status)
	}
}

// partyStates records the participation of the two states of a bilateral
// meeting: who meets for a state in a bilateral meeting brings the state
// to it.
func (e *engine) partyStates(sg *segment, mid string, span [2]int, status string) {
	m := e.meetings[mid]
	if m == nil {
		return
	}
	for _, st := range m.parties {
		if e.absent[mid+"|"+st] {
			continue
		}
		e.meetingFact(sg, RuleStateOf, graph.RelParticipatesIn, st, mid, span, status, nil)
	}
}
