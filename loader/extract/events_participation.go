package extract

import (
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// Participation, absence, chairing and representation at meetings.
//
// The participants of a meeting are read as a coordinated list: the first
// actor (a State or a Person, a designation included) after the trigger
// ("وشارك في القمة"، "بمشاركة"، "بحضور"، "لم يشارك"، "برئاسة"), then every
// actor joined to it by commas, و, or list glue ("كل من"، "إلى جانب"،
// "وفد من"، "ومن جانب ..."). A relative pronoun, a verb, a meeting noun or a
// longer stretch of other words ends the list, so that people mentioned in
// background clauses do not join it.

// Rules of this file.
const (
	RuleList      = "participant-list"
	RuleChairsAt  = "chairs-meeting"
	RuleDelegate  = "heads-delegation"
	RuleRepresent = "represents"
	RuleStateOf   = "participant-state"
	RuleVisit     = "visit"
	RuleCall      = "phone-call"
	RuleJoint     = "joint-meeting"
	RuleDefHost   = "host-by-place"
)

func init() {
	for r, c := range map[string]float64{RuleList: 0.85, RuleChairsAt: 0.85, RuleDelegate: 0.8, RuleRepresent: 0.8,
		RuleStateOf: 0.8, RuleVisit: 0.8, RuleCall: 0.8, RuleJoint: 0.75, RuleDefHost: 0.7} {
		ruleConfidence[r] = c
	}
}

var (
	// listGlue are words that may stand between the items of a list of
	// participants.
	listGlue = set("كل", "من", "إلى", "جانب", "الجانب", "وفد", "وفدا", "وفدين", "وفود", "وفدي", "ضيفا", "ضيف", "ضيوف",
		"بصفة", "بصفته", "بصفتها", "مراقب", "مراقبا", "مراقبين", "المراقب", "دول", "على", "و", "عن", "ممثلا", "ممثلة",
		"ممثلين", "بالإضافة", "علاوة", "فضلا", "قادة", "زعماء", "رؤساء", "وزراء", "الزعماء", "القادة", "مثل")
	// listStop are words that end a list: relative pronouns, conjunctions
	// of clauses, time prepositions.
	listStop = set("الذي", "التي", "الذين", "اللذين", "اللتين", "بعد", "قبل", "منذ", "خلال", "أما", "إذ", "حيث", "بينما",
		"فيما", "لكن", "أن", "إن", "أنه", "أنها", "عقب", "لدى", "حين")
	observerWords = set("مراقب", "مراقبا", "مراقبين", "المراقب", "كمراقب", "مراقبة")
	guestWords    = set("ضيف", "ضيفا", "ضيوف", "ضيفة", "كضيف", "ضيفي", "ضيفين")
	inviteVerbs   = set("دعي", "دعيت", "دعوا", "يدعى", "تدعى")
	delegation    = set("وفد", "وفود", "الوفد", "وفدها", "وفده")
	representVerb = set("مثل", "مثلت", "يمثل", "تمثل", "مثله", "مثلها")
	representAdv  = set("ممثلا", "ممثلة", "نيابة")
	chairNounW    = fold1("رئاسة")
	videoWords    = set("الفيديو", "فيديو", "افتراضيا", "الافتراضي", "بالفيديو", "الاتصال المرئي", "المرئي")
	lastTimeWords = set("السابق", "السابقة", "الماضي", "الماضية")
	absentAdj     = set("ممثل", "ممثلة", "ممثلا", "ممثلين", "حاضر", "حاضرا", "حاضرة")
)

var receiveGuests = set("استقبل", "استقبلت", "يستقبل", "تستقبل")
var participantsWords = set("المشاركين", "المشاركون", "الضيوف", "القادة", "الزعماء", "الوفود")

var participationNouns = set("مشاركة", "حضور", "المشاركة", "الحضور")

// isDefiniteWord reports whether a word carries the article or is a
// proper name ("الإيراني"، "للرئيس"، "مصر").
func isDefiniteWord(t token) bool {
	for _, s := range t.stems {
		if strings.HasPrefix(s, "ال") {
			return true
		}
	}
	return false
}

// isStopWord reports whether token t ends a list of participants.
func isStopWord(t token) bool {
	if t.punct {
		return t.raw == "." || t.raw == ":" || t.raw == "؛" || t.raw == ";" || t.raw == "(" || t.raw == ")"
	}
	if t.has(listStop) || t.has(negations) {
		return true
	}
	if _, _, ok := meetingNounOf(t); ok {
		return true
	}
	if _, ok := knownVerb(t); ok {
		return true
	}
	if t.has(reportWords) {
		return true
	}
	return false
}

// actorOK reports whether an entity can be a participant.
func (e *engine) actorOK(a *sent, en *ent) bool {
	if en.quoted || en.mod || (en.label != graph.LabelState && en.label != graph.LabelPerson) {
		return false
	}
	if en.designated && en.t1 > 0 && !isDefiniteWord(a.toks[en.t1-1]) && !isDefiniteWord(a.toks[en.chain0]) && !properComplement(a, en) {
		return false // "رئيس إيراني": an indefinite designation names no one
	}
	return !e.isReporter(a, en) && !isTopic(a, en)
}

// properComplement reports whether a designation ends with the name of a
// state ("أمير قطر"، "ملك الأردن"): an annexation to a proper noun is
// definite.
func properComplement(a *sent, en *ent) bool {
	for k := range a.ents {
		c := &a.ents[k]
		if c.mod && c.label == graph.LabelState && c.t1 == en.t1 && c.t0 >= en.chain0 && c.form != FormAdjective {
			return true
		}
	}
	return false
}

// actorAt returns the participant-capable entity whose designation chain
// ("الرئيس الأوزبكي شوكت ميرضيائيف") or name covers token i.
func (e *engine) actorAt(a *sent, i int) *ent {
	for k := range a.ents {
		en := &a.ents[k]
		if en.chain0 <= i && i < en.t1 && e.actorOK(a, en) {
			return en
		}
	}
	return nil
}

// listFrom reads the coordinated list of actors that begins within a few
// tokens after token from (at most lead words before the first item) and
// ends before hi. It returns the items and the token after the list.
func (e *engine) listFrom(a *sent, from, hi, lead int) ([]*ent, int) {
	var out []*ent
	i := from
	words := 0
	// lead: up to `lead` words before the first actor
	for ; i < hi; i++ {
		if e.actorAt(a, i) != nil {
			break
		}
		en := a.entAt(i)
		if en != nil {
			i = en.t1 - 1
			continue
		}
		t := a.toks[i]
		if t.punct {
			if t.raw == "." || t.raw == ":" {
				return nil, i
			}
			continue
		}
		if t.has(relativePronouns) {
			return nil, i
		}
		if isTitleWord(a, i) || t.has(listGlue) || nameOrTitleWord(a, i) {
			continue
		}
		words++
		if words > lead {
			return nil, i
		}
	}
	if i >= hi {
		return nil, i
	}
	seen := map[string]bool{}
	gap := 0
	represented := false // the next actor is the one an item stands in for
	for i < hi {
		en := e.actorAt(a, i)
		if en == nil {
			en = a.entAt(i)
		}
		if en != nil {
			if !represented && e.actorOK(a, en) && chainStandsFor(a, en) {
				// "وزير خارجيتها نيابةً عن أمير البلاد X": the title chain
				// holds the stand-in word, so X is the one represented
				represented = true
			}
			if en.label == graph.LabelState && en.form == FormAdjective && !en.mod {
				if nx := a.entAt(en.t1); nx != nil && nx.t0 == en.t1 && nx.label == graph.LabelPerson {
					// "الرئيسان التركي رجب طيب أردوغان": the nisba of the
					// person that follows, not an item of its own
					i = en.t1
					continue
				}
			}
			if represented && e.actorOK(a, en) {
				// "ممثلاً للرئيس محمود عباس"، "نيابة عن": not a participant
				represented = false
				gap = 0
				i = en.t1
				continue
			}
			if e.actorOK(a, en) {
				for _, g := range a.group(en) {
					if !seen[g.id] {
						seen[g.id] = true
						out = append(out, g)
					}
				}
				gap = 0
			} else if en.mod {
				// a title complement without a recognised person: the name
				// that follows is not an actor we know; allow it.
				gap -= 3
			}
			i = en.t1
			continue
		}
		t := a.toks[i]
		if t.punct && t.raw == "(" && len(out) > 0 && i+2 < hi && a.toks[i+2].punct && a.toks[i+2].raw == ")" {
			if st := a.entAt(i + 1); st != nil && st.label == graph.LabelState && st.t1 == i+2 {
				// "فلاديمير بوتين (روسيا) ورجب طيب أردوغان (تركيا)": the
				// state of the item just read, in parentheses
				i += 3
				continue
			}
		}
		if t.has(relativePronouns) && len(out) > 0 && gap == 0 {
			// "X، الذي يقوم بزيارة ...، وY": a relative clause about the
			// last item; the list goes on after it
			if k := e.relativeClauseEnd(a, i, hi); k > 0 {
				i = k
				continue
			}
		}
		if isStopWord(t) || (strings.HasPrefix(t.f, "و") && t.has(representVerb) && i > 0 && a.toks[i-1].punct) {
			break // "...، ومثّل روسيا وزير الخارجية": a new clause
		}
		if standsFor(a, i) {
			represented = true
		}
		if !t.punct && !t.has(listGlue) && !t.has(leaderPluralWords) && !isTitleWord(a, i) && !nameOrTitleWord(a, i) {
			gap++
			if gap > 2 {
				break
			}
		}
		i++
	}
	return out, i
}

// relativeClauseEnd returns the token after the comma that closes a
// relative clause starting at i, when the list goes on after it with و and
// a title or an actor ("، ووزير الخارجية الهندي ...")، else 0.
func (e *engine) relativeClauseEnd(a *sent, i, hi int) int {
	for k := i + 1; k+1 < hi && k <= i+14; k++ {
		t := a.toks[k]
		if t.punct && (t.raw == "." || t.raw == ":" || t.raw == "؛") {
			return 0
		}
		if t.punct && (t.raw == "،" || t.raw == ",") {
			nx := a.toks[k+1]
			if strings.HasPrefix(nx.f, "و") && (isTitleWord(a, k+1) || nx.ent >= 0 || e.actorAt(a, k+1) != nil) {
				return k + 1
			}
			return 0
		}
	}
	return 0
}

// isDualMeetingNoun reports whether a word is the dual of a meeting noun
// ("قمتين"، "الاجتماعين"، "القمتان").
func isDualMeetingNoun(t token) bool {
	_, ok := dualMeetingKind(t)
	return ok
}

// dualMeetingKind returns the meeting kind of a dual meeting noun.
func dualMeetingKind(t token) (string, bool) {
	if t.punct || t.quoted {
		return "", false
	}
	for _, s := range t.stems {
		for _, suf := range []string{"ين", "ان"} {
			if !strings.HasSuffix(s, suf) {
				continue
			}
			b := strings.TrimPrefix(strings.TrimSuffix(s, suf), "ال")
			if k, ok := meetingNounsF[b]; ok && k != "" && k != "VISIT" {
				return k, true
			}
			if strings.HasSuffix(b, "ت") {
				if k, ok := meetingNounsF[strings.TrimSuffix(b, "ت")+"ه"]; ok && k != "" && k != "VISIT" {
					return k, true
				}
			}
		}
	}
	return "", false
}

// dualMeetings returns the meetings the segment defines when a dual
// meeting noun stands between the trigger at i and a few words after the
// list ending at end; nil otherwise.
func (e *engine) dualMeetings(sg *segment, i, end int) []string {
	a := sg.a
	found := false
	for k := i + 1; k < sg.hi && k <= end+4; k++ {
		if isDualMeetingNoun(a.toks[k]) {
			found = true
		}
	}
	if !found {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	for _, o := range sg.occ {
		if o.defined && !seen[o.id] && e.meetings[o.id].kind != "BILATERAL" {
			seen[o.id] = true
			out = append(out, o.id)
		}
	}
	return out
}

// objectMeeting returns the meeting named or referred to as the object of
// the participation verb at token i ("حضر القمة"، "شارك في الاجتماع"), or
// "".
func objectMeeting(sg *segment, i int) string {
	a := sg.a
	for k := i + 1; k < sg.hi && k <= i+2; k++ {
		for _, o := range sg.occ {
			if o.tok == k {
				return o.id
			}
		}
		if !a.toks[k].has(prepositions) {
			break
		}
	}
	return ""
}

// duringWords: "خلال الجلسة"، "أثناء القمة".
var duringWords = set("خلال", "أثناء", "اثناء")

// duringMeeting returns the meeting a segment says something happened
// during ("خلال الجلسة الافتتاحية"), or "".
func (e *engine) duringMeeting(sg *segment) string {
	a := sg.a
	for k := sg.lo; k+1 < sg.hi; k++ {
		if a.toks[k].quoted || !a.toks[k].has(duringWords) {
			continue
		}
		for _, o := range sg.occ {
			if o.tok == k+1 {
				return o.id
			}
		}
	}
	return ""
}

// witnessVerbs: "شهدت القمة حضور X": the meeting saw X take part.
var witnessVerbs = set("شهد", "شهدت", "يشهد", "تشهد", "عرفت", "عرف") // "عرفت القمة مشاركة" (Maghrebi usage)

// witnessed reports whether a witness verb governs the participation noun
// at token i (within four tokens before it).
func witnessed(a *sent, lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-4; k-- {
		if a.toks[k].has(witnessVerbs) {
			return true
		}
	}
	return false
}

// standsFor reports whether token i says that the list item before it
// stands in for the actor after it: "ممثلاً ل"، "ممثلة عن"، "نيابة عن"،
// "بدلاً من" (but not "ممثلة ب": represented by).
func standsFor(a *sent, i int) bool {
	t := a.toks[i]
	if t.punct || t.quoted {
		return false
	}
	if t.is(fold1("نيابة")) || t.is(fold1("بدلا")) {
		return true
	}
	if !t.has(representAdv) {
		return false
	}
	if strings.HasPrefix(t.f, "ب") {
		return false
	}
	if i+1 < len(a.toks) {
		n := a.toks[i+1]
		return n.is(fold1("عن")) || strings.HasPrefix(n.f, "ل")
	}
	return false
}

// chainStandsFor reports whether the designation chain of en (the title
// words before its name) holds a stand-in word ("نيابة عن").
func chainStandsFor(a *sent, en *ent) bool {
	for k := en.chain0; k < en.t0; k++ {
		if standsFor(a, k) {
			return true
		}
	}
	return false
}

var leaderPluralWords = func() map[string]bool {
	m := map[string]bool{}
	for k := range leaderPluralsF {
		m[k] = true
	}
	return m
}()

// isTitleWord reports whether token i is part of a title the recogniser
// found but could not resolve (kept as a modifier).
func isTitleWord(a *sent, i int) bool {
	t := a.toks[i]
	for _, m := range a.s.Mentions {
		if m.Label == LabelTitle && m.Start <= t.start && t.end <= m.End {
			return true
		}
	}
	return false
}

// roleIn returns OBSERVER or GUEST when a role word stands in tokens
// [lo, hi).
func roleIn(a *sent, lo, hi int) string {
	for k := lo; k < hi && k < len(a.toks); k++ {
		t := a.toks[k]
		if t.quoted || t.punct {
			continue
		}
		if t.has(observerWords) {
			return "OBSERVER"
		}
		if t.has(guestWords) {
			return "GUEST"
		}
	}
	return ""
}

// levelOf maps an office kind to a participation level.
func levelOf(kind string) string {
	switch kind {
	case "head-of-state":
		return "HEAD_OF_STATE"
	case "head-of-government":
		return "PRIME_MINISTER"
	case "deputy-head-of-state":
		return "VICE_PRESIDENT"
	case "deputy-head-of-government":
		return "DEPUTY_PRIME_MINISTER"
	case "foreign-minister", "minister", "defence-minister":
		return "MINISTER"
	case "crown-prince":
		return "CROWN_PRINCE"
	}
	return ""
}

// personLevel returns the level of a person from the titles written before
// the name, else from the knowledge base (the highest office of a state).
func (e *engine) personLevel(en *ent) string {
	for _, k := range en.titles {
		if lv := levelOf(k); lv != "" {
			return lv
		}
	}
	if e.kb == nil {
		return ""
	}
	best, rank := "", 99
	order := map[string]int{"head-of-state": 0, "head-of-government": 1, "deputy-head-of-state": 2, "crown-prince": 3,
		"deputy-head-of-government": 4, "foreign-minister": 5, "minister": 6, "defence-minister": 6}
	for _, o := range e.kb.OfficesOf(en.id, e.doc.Date) {
		if r, ok := order[o.Kind]; ok && r < rank && strings.HasPrefix(o.Of, "state:") {
			best, rank = levelOf(o.Kind), r
		}
	}
	return best
}

// personState returns the state a person serves on the article date (any
// office of a state), or "".
func (e *engine) evPersonState(id string) string {
	if st := e.stateOf(id); st != "" {
		return st
	}
	if e.kb == nil || !strings.HasPrefix(id, "person:") {
		return ""
	}
	for _, o := range e.kb.OfficesOf(id, e.doc.Date) {
		if strings.HasPrefix(o.Of, "state:") {
			return o.Of
		}
	}
	return ""
}

// attend records the participation of an actor in meeting mid (or a
// pending one), with its level, role and representation, and the
// participation of the state a person represents (for meetings that are
// not bilateral).
func (e *engine) attend(sg *segment, rule string, en *ent, mid string, span [2]int, status, role string) {
	e.attendFor(sg, rule, en, mid, span, status, role, "")
}

// attendFor is attend with the state a person represents when the text
// says it ("مثّل ميانمار X") and the person holds no known office.
func (e *engine) attendFor(sg *segment, rule string, en *ent, mid string, span [2]int, status, role, rep string) {
	if mid != "" && e.absent[mid+"|"+en.id] {
		return
	}
	props := graph.Props{}
	if role != "" {
		props["role"] = role
	}
	st := ""
	if en.label == graph.LabelPerson {
		if lv := e.personLevel(en); lv != "" {
			props["level"] = lv
		}
		st = e.evPersonState(en.id)
		if st == "" {
			st = rep
		}
		if st != "" {
			props["representing"] = st
		}
	} else if en.level != "" {
		props["level"] = en.level
	}
	e.meetingFact(sg, rule, graph.RelParticipatesIn, en.id, mid, span, status, props)
	if mid != "" {
		e.attended[mid+"|"+en.id] = true
	}
	if st != "" && mid != "" && e.meetings[mid] != nil && e.meetings[mid].kind != "BILATERAL" && !e.absent[mid+"|"+st] {
		e.meetingFact(sg, RuleStateOf, graph.RelParticipatesIn, st, mid, span, status, nil)
	}
}

// barredWords say that someone is barred from something ("ممنوعاً من
// حضور"، "محروماً من المشاركة").
var barredWords = set("ممنوع", "ممنوعا", "ممنوعة", "ممنوعون", "محروم", "محروما", "محرومة", "مستبعد", "مستبعدا", "مستبعدة")

// barredFrom reports whether token i is a barred word governing
// participation: "ممنوعاً من حضور/المشاركة في".
func barredFrom(a *sent, i, hi int) bool {
	if !a.toks[i].has(barredWords) || i+2 >= hi {
		return false
	}
	return a.toks[i+1].is(fold1("من")) && a.toks[i+2].has(participationNouns)
}

// antecedent returns the person or state that ends right before token at,
// through a relative pronoun ("بايدن الذي لن يحضر") or directly ("مين أونغ
// هلاينغ ممنوعاً").
func antecedent(a *sent, lo, at int) []*ent {
	k := at - 1
	if k >= lo && a.toks[k].has(relativePronouns) {
		k--
	}
	if k < lo {
		return nil
	}
	// a person ending there ("ملك المغرب الذي لن يحضر"), else a state
	var st *ent
	for x := range a.ents {
		en := &a.ents[x]
		if en.t1 != k+1 || en.quoted {
			continue
		}
		if en.label == graph.LabelPerson {
			return []*ent{en}
		}
		if en.label == graph.LabelState && !en.mod {
			st = en
		}
	}
	if st != nil {
		return []*ent{st}
	}
	return nil
}

// eventParticipation runs the participation rules on a segment: absence
// (negated participation, absence words), chairing ("برئاسة X"، "ترأس
// X القمة"), heading a delegation ("ترأس X وفد بلاده"), representation
// ("مثّل X بلاده"، "ممثلاً ل"), lists of participants after participation
// words, and speakers.
func (e *engine) eventParticipation(sg *segment) {
	a := sg.a
	used := map[*ent]bool{}
	// 1. absence
	for i := sg.lo; i < sg.hi; i++ {
		t := a.toks[i]
		if t.quoted || t.punct || t.ent >= 0 {
			continue
		}
		neg := -1
		for k := i - 1; k >= sg.lo && k >= i-4; k-- {
			if a.toks[k].has(negations) && !a.toks[k].is(fold1("دون")) {
				neg = k
				break
			}
		}
		if neg >= 0 && undecidedBetween(a, neg, i) {
			continue // "لم يُحسم بعد حضور X": attendance undecided, not absence
		}
		_, isPart := verbWithEnclitic(t, participationVerbs) // "لم يحضرها"
		if !isPart && neg >= 0 && t.has(sendVerbs) && representativeAfter(a, i, sg.hi) {
			isPart = true // "لم يوفد X أي ممثل": X stays away
		}
		_, _, isAbs := t.verb(absenceWords)
		underNeg := t.has(absenceUnderNegation) || t.has(absentAdj)
		barred := neg < 0 && barredFrom(a, i, sg.hi)
		if !(isAbs || barred || (neg >= 0 && (isPart || underNeg))) {
			continue
		}
		from := i + 1
		if neg >= 0 {
			from = neg + 1
		}
		var list []*ent
		end, fromAnte := i, false
		if !barred && neg >= 0 {
			// "ولم يحضر الاجتماع أي ممثل عن سوريا": the state unrepresented
			for r := i; r+2 < sg.hi && r <= i+4; r++ {
				if !a.toks[r].has(representativeNouns) || !a.toks[r+1].has(onBehalfPreps) {
					continue
				}
				if en := a.entAt(r + 2); en != nil && en.t0 == r+2 && en.label == graph.LabelState && !en.mod {
					list, end = []*ent{en}, en.t1
				}
				break
			}
		}
		if !barred && len(list) == 0 {
			list, end = e.listFrom(a, from, sg.hi, 4)
		}
		if neg >= 0 && len(list) > 0 {
			// "لم يشارك X ولا Y": the negated coordination goes on
			list, end = e.negatedCoordination(a, list, end, sg.hi)
		}
		if len(list) == 0 && neg >= 0 && isPart {
			// "لم تشارك في القمة ست دول ...، هي X وY وZ": the enumeration
			// after هي
			if k := enumerationAt(a, i, sg.hi); k > 0 {
				list, end = e.listFrom(a, k, sg.hi, 0)
			}
		}
		if len(list) == 0 && (barred || (neg >= 0 && isPart)) {
			// "X الذي لن يحضر"، "X ممنوعاً من حضور القمة": the subject
			// stands before the verb
			at := i
			if neg >= 0 {
				at = neg
			}
			list = antecedent(a, sg.lo, at)
			fromAnte = len(list) > 0
		}
		mid := e.partMeeting(sg, i)
		st := statusOr(modality(a, sg.lo, sg.hi, i), graph.StatusReported)
		if len(list) == 0 && neg >= 0 && isPart {
			// "ولم توفد يريفان أي ممثل": a capital for its state
			if st := e.capitalStateAt(a, i+1); st != "" && mid != "" {
				e.absent[mid+"|"+st] = true
				e.meetingFact(sg, RuleAbsence, graph.RelAbsentFrom, st, mid, a.span(i, i+2), statusOr(modality(a, sg.lo, sg.hi, i), graph.StatusReported), nil)
			}
		}
		for _, en := range list {
			if used[en] {
				continue
			}
			used[en] = true
			props := graph.Props{}
			r := absenceReason(a, en, sg.hi)
			if r == "" {
				// no stated cause: the relative clause after the absent
				// party ("…لأوكرانيا في القمة، التي علقت …") explains it
				r = e.reason(sg, en)
			}
			if r != "" && !fromAnte {
				props["reason"] = r
			}
			if mid != "" {
				e.absent[mid+"|"+en.id] = true
			}
			e.meetingFact(sg, RuleAbsence, graph.RelAbsentFrom, en.id, mid, a.span(i, i+1), st, props)
		}
		if end > i {
			i = end - 1
		}
	}
	// 2. chairing: "برئاسة X [، ممثلة ب Y]"، "ترأس X القمة"
	for i := sg.lo; i < sg.hi; i++ {
		t := a.toks[i]
		if t.quoted || t.punct || t.ent >= 0 {
			continue
		}
		byChair := t.is(chairNounW) && (strings.HasPrefix(t.f, "ب") || strings.HasPrefix(t.f, "وب"))
		_, _, chairV := t.verb(chairVerbs)
		if !byChair && !chairV {
			// "القمة ... التي ترأسها X": the relative pronoun is the
			// meeting, the pronoun on the verb its object, X the chair
			if _, ok := verbWithEnclitic(t, chairVerbs); ok && pronounSuffixed(t.f) && i > sg.lo && a.toks[i-1].has(relativePronouns) {
				if mid := e.antecedentMeeting(sg, i-1); mid != "" {
					list, _ := e.listFrom(a, i+1, sg.hi, 2)
					if len(list) == 0 || list[0].label != graph.LabelPerson {
						// "قال ستولتنبرغ، في ختام القمة التي ترأسها، ...": the
						// chair is the clause's subject, named before
						list = nil
						for k := i - 1; k >= sg.lo; k-- {
							if en := e.actorAt(a, k); en != nil && en.label == graph.LabelPerson {
								list = []*ent{en}
								break
							}
						}
					}
					if len(list) > 0 && list[0].label == graph.LabelPerson {
						used[list[0]] = true
						st := modality(a, sg.lo, sg.hi, i)
						e.meetingFact(sg, RuleChair, graph.RelChairs, list[0].id, mid, a.span(i, i+1), st, nil)
						e.attend(sg, RuleChair, list[0], mid, a.span(i, i+1), st, "")
					}
				}
			}
			continue
		}
		if chairV {
			// "ترأس وفد بلاده": heading a delegation is taking part
			deleg := false
			for k := i + 1; k < sg.hi && k <= i+6; k++ {
				if a.toks[k].has(delegation) {
					deleg = true
				}
			}
			if deleg {
				list, _ := e.listFrom(a, i+1, sg.hi, 5)
				mid := e.partMeeting(sg, i)
				st := modality(a, sg.lo, sg.hi, i)
				if len(list) > 1 && list[0].label == graph.LabelState && list[1].label == graph.LabelPerson {
					// "ترأس وفد الإمارات نائب رئيس الدولة X": X heads the
					// delegation of the state named after "وفد"
					used[list[0]], used[list[1]] = true, true
					e.attendFor(sg, RuleDelegate, list[1], mid, a.span(i, i+1), st, "", list[0].id)
					e.attend(sg, RuleDelegate, list[0], mid, a.span(i, i+1), st, "")
					continue
				}
				for _, en := range list[:min(len(list), 1)] {
					used[en] = true
					e.attend(sg, RuleDelegate, en, mid, a.span(i, i+1), st, "")
				}
				continue
			}
			// the object must be a meeting: "ترأس القمة"، "الذي ترأس القمة",
			// also after the subject and a time and place: "ترأس ولي العهد
			// ...، في جدة اليوم الأربعاء، أعمال القمة"
			obj := false
			for k := i + 1; k < sg.hi && k <= i+40; k++ {
				if end := setOffRelativeEnd(a, k, sg.hi); end > k {
					k = end // "ترأست X، التي تتولى بلادها رئاسة المجموعة، الاجتماع"
					continue
				}
				if a.toks[k].has(presidencyNouns) {
					break // "تتولى رئاسة الدورة"، "تتولى روسيا الرئاسة": a chairmanship
				}
				if _, _, ok := meetingNounOf(a.toks[k]); ok {
					obj = k <= i+2 || !verbBetweenMain(a, i+1, k-1) // "... أعمال القمة": أعمال is no verb
					break
				}
				if k == i+1 && a.toks[k].has(proceedingsNouns) {
					obj = true // "الذي ترأس الأشغال": the proceedings of the meeting in focus
					break
				}
				if a.toks[k].punct && a.toks[k].raw == "." {
					break
				}
			}
			if !obj {
				continue
			}
		}
		mid := e.partMeeting(sg, i)
		if mid == "" || nextSessionBefore(a, sg.lo, i) {
			continue // "دورته المقبلة ... برئاسة البحرين": the next session's chair
		}
		var chairs []*ent
		if chairV && i > sg.lo && a.toks[i-1].has(relativePronouns) {
			// "X، الذي ترأس القمة": the antecedent
			for k := i - 2; k >= sg.lo && k >= i-4; k-- {
				if en := a.entAt(k); en != nil && e.actorOK(a, en) {
					chairs = append(chairs, en)
					break
				}
			}
		} else {
			lead := 0
			if chairV {
				lead = 3
			}
			from := i + 1
			joint := false
			for k := i + 1; k < sg.hi && k <= i+3; k++ {
				if a.toks[k].has(sharedChairWords) {
					joint, from = true, k+1 // "برئاسة مشتركة بين X وY"
				}
			}
			if chairV && from < sg.hi && a.toks[from].has(representativeNouns) {
				// "ترأس ممثل أمير البلاد الشيخ X، سمو ولي العهد Y، ...": the
				// representative in apposition chairs, not the one he stands
				// for
				if k := appositionAfter(a, from, sg.hi); k > 0 {
					from = k
				}
			}
			list, end := e.listFrom(a, from, sg.hi, lead)
			if chairV && len(list) > 1 && list[0].label == graph.LabelState && list[1].label == graph.LabelPerson &&
				list[1].t0 == list[0].t1 && e.evPersonState(list[1].id) == list[0].id {
				// "ترأست وزيرة العلاقات الدولية والتعاون في جنوب أفريقيا
				// ناليدي باندور": the state completes the person's title
				list = list[1:]
			}
			if chairV && len(list) > 0 && list[0].label == graph.LabelPerson {
				// "ترأس X اليوم مع رئيس الوزراء Y أعمال القمة": Y co-chairs
				if y := e.withCoChair(a, list[0].t1, sg.hi); y != nil && y.id != list[0].id {
					chairs = append(chairs, y)
				}
			}
			if len(list) > 1 && (joint || (chairV && list[1].label == graph.LabelPerson && list[0].label == graph.LabelPerson && coordinatedPair(a, list[0], list[1]))) {
				// co-chairs: "برئاسة مشتركة بين X وY"، "ترأس X والرئيس Y ... أعمال القمة"
				chairs = append(chairs, list[1])
			}
			if len(list) > 0 {
				chairs = append(chairs, list[0])
				// "برئاسة مصر، ممثلة بوزير خارجيتها X"
				if list[0].label == graph.LabelState {
					for k := list[0].t1; k < min(end+3, sg.hi); k++ {
						if a.toks[k].has(representAdv) {
							if more, _ := e.listFrom(a, k+1, sg.hi, 2); len(more) > 0 {
								chairs = append(chairs, more[0])
							}
							break
						}
					}
				}
			}
		}
		st := modality(a, sg.lo, sg.hi, i)
		for _, en := range chairs {
			used[en] = true
			e.meetingFact(sg, RuleChairsAt, graph.RelChairs, en.id, mid, a.span(i, i+1), st, nil)
			if en.label == graph.LabelPerson {
				e.attend(sg, RuleChairsAt, en, mid, a.span(i, i+1), st, "")
			}
		}
	}
	// 2b. "وتولى رئاسة القمة مناصفةً X وY": the chairs of the meeting named
	// after the chair noun
	for i := sg.lo; i+2 < sg.hi; i++ {
		if _, _, ok := a.toks[i].verb(chairVerbs); !ok || !a.toks[i+1].has(chairNounsX) {
			continue
		}
		mid := ""
		for _, o := range sg.occ {
			if o.tok == i+2 {
				mid = o.id
			}
		}
		if mid == "" {
			continue
		}
		from := i + 3
		for from < sg.hi && (a.toks[from].has(sharedChairWords) || a.toks[from].has(halvesWords)) {
			from++
		}
		list, _ := e.listFrom(a, from, sg.hi, 1)
		st := modality(a, sg.lo, sg.hi, i)
		for _, en := range list {
			if en.label != graph.LabelPerson || used[en] {
				continue
			}
			used[en] = true
			e.meetingFact(sg, RuleChairsAt, graph.RelChairs, en.id, mid, a.span(i, i+2), st, nil)
			e.attend(sg, RuleChairsAt, en, mid, a.span(i, i+2), st, "")
		}
	}
	// 2c. "سلّم X رئاسة القمة إلى Y": both hand over at the meeting, so
	// both take part in it
	for i := sg.lo; i+2 < sg.hi; i++ {
		if !a.toks[i].has(giveVerbs) || a.toks[i].quoted || negated(a, sg.lo, i, 3) {
			continue
		}
		cn := -1
		for k := i + 1; k < sg.hi && k <= i+8; k++ {
			if a.toks[k].has(chairNounsX) {
				cn = k
				break
			}
		}
		if cn < 0 || cn+1 >= sg.hi {
			continue
		}
		if _, _, ok := meetingNounOf(a.toks[cn+1]); !ok {
			continue // "سلّم رئاسة المنظمة": a chairmanship, no meeting named
		}
		mid := e.partMeeting(sg, cn+1)
		if mid == "" {
			continue
		}
		var parties []*ent
		if x := e.actorAt(a, i+1); x != nil && x.label == graph.LabelPerson && x.chain0 < cn {
			parties = append(parties, x)
		}
		for k := cn + 2; k+1 < sg.hi && k <= cn+4; k++ {
			if a.toks[k].has(targetPreps) {
				if y := e.actorAt(a, k+1); y != nil && y.label == graph.LabelPerson {
					parties = append(parties, y)
				}
				break
			}
		}
		st := statusOr(modality(a, sg.lo, sg.hi, i), e.meetings[mid].status)
		for _, p := range parties {
			if !used[p] {
				used[p] = true
				e.attend(sg, RuleList, p, mid, a.span(i, i+1), st, "")
			}
		}
	}
	// 3. representation: "مثّلت X الولايات المتحدة"
	for i := sg.lo; i < sg.hi; i++ {
		t := a.toks[i]
		if t.quoted || t.punct || t.ent >= 0 || !t.has(representVerb) || negated(a, sg.lo, i, 3) {
			continue
		}
		list, _ := e.listFrom(a, i+1, sg.hi, 1)
		if len(list) >= 2 && list[0].label == graph.LabelState && list[1].label == graph.LabelPerson {
			list[0], list[1] = list[1], list[0] // "مثّل الجزائرَ في القمة الوزيرُ الأول X"
		}
		if len(list) >= 1 && list[0].label == graph.LabelState && (len(list) == 1 || list[1].label != graph.LabelPerson) {
			// "مثّل دولة الكويت وزير خارجيتها": the state is represented
			// by someone the text does not name
			if mid := e.partMeeting(sg, i); mid != "" {
				used[list[0]] = true
				e.attend(sg, RuleRepresent, list[0], mid, a.span(i, i+1), modality(a, sg.lo, sg.hi, i), "")
			}
			continue
		}
		if len(list) < 2 || list[0].label != graph.LabelPerson || list[1].label != graph.LabelState {
			continue
		}
		mid := e.partMeeting(sg, i)
		st := modality(a, sg.lo, sg.hi, i)
		used[list[0]], used[list[1]] = true, true
		e.attendFor(sg, RuleRepresent, list[0], mid, a.span(i, i+1), st, "", list[1].id)
		e.attend(sg, RuleRepresent, list[1], mid, a.span(i, i+1), st, "")
	}
	// 4. lists after participation words
	for i := sg.lo; i < sg.hi; i++ {
		t := a.toks[i]
		if t.quoted || t.punct || t.ent >= 0 {
			continue
		}
		_, _, isPart := t.verb(participationVerbs)
		if !isPart && i > sg.lo && a.toks[i-1].is(fold1("بين")) && t.has(attendeesNouns) {
			isPart = true // "وكان بين المشاركين X وY"
		}
		encl := false
		if !isPart && i > sg.lo && (a.toks[i-1].has(relativePronouns) || indefiniteMeetingBefore(a, sg.lo, i)) {
			// "الاجتماع الذي حضره X وY وZ"، "قمة مصرية-أوروبية حضرها X
			// وY": the pronoun is the meeting, and the list its attendees
			_, encl = verbWithEnclitic(t, participationVerbs)
			isPart = encl
		}
		if t.has(arrivalNouns) {
			// "وبعد وصول العاهل الأردني، انطلقت أعمال القمة": who arrives
			// for the meeting the sentence opens takes part in it
			if list, _ := e.listFrom(a, i+1, sg.hi, 0); len(list) > 0 && list[0].label == graph.LabelPerson && !used[list[0]] {
				if mid := e.sentenceMeetingAfter(a, i); mid != "" {
					used[list[0]] = true
					e.attend(sg, RuleList, list[0], mid, a.span(i, i+1), e.meetings[mid].status, "")
				}
			}
			continue
		}
		if isPart && strings.HasPrefix(t.f, "لل") && t.has(participationNouns) {
			// "وصل X إلى بغداد للمشاركة في القمة": the traveller takes part
			if v := motionVerbBefore(a, sg.lo, i); v >= 0 {
				if mid := objectMeeting(sg, i); mid != "" {
					for _, en := range e.verbSubject(sg, v) {
						if en.label == graph.LabelPerson && !used[en] {
							used[en] = true
							e.attend(sg, RuleList, en, mid, a.span(i, i+1), statusOr(modality(a, sg.lo, sg.hi, i), e.meetings[mid].status), "")
						}
					}
				}
			}
			continue
		}
		if isPart && t.has(participationNouns) && !strings.HasPrefix(t.f, "ب") && !strings.HasPrefix(t.f, "وب") && !witnessed(a, sg.lo, i) {
			isPart = false // "استئناف مشاركة X": a noun, not a report of taking part
		}
		invite := t.has(inviteVerbs) && roleIn(a, i, sg.hi) == "GUEST"
		if !isPart && !invite {
			continue
		}
		if negated(a, sg.lo, i, 4) {
			continue
		}
		list, end := e.listFrom(a, i+1, sg.hi, 8)
		if len(list) == 0 {
			// "مشاركة وفود 49 دولة، بينها 17 دولة مثّلها رؤساؤها، ومنهم X وY"
			if k := inclusionAt(a, i, sg.hi); k > 0 {
				list, end = e.listFrom(a, k, sg.hi, 2)
			}
		}
		if encl && len(list) < 2 {
			continue // "الاجتماع الأول الذي تحضره السويد": one party, left to the rules of firsts
		}
		if len(list) == 0 && isPart && !t.has(participationNouns) {
			// "X شارك"، "X، الذي حضر": the subject before the verb
			list, end = e.verbSubject(sg, i), i+1
		}
		if len(list) == 0 {
			continue
		}
		role := roleIn(a, i, min(end+4, sg.hi))
		mids := []string{e.partMeeting(sg, i)}
		if mids[0] == "" && sg.pf == nil {
			continue
		}
		if all := e.dualMeetings(sg, i, end); len(all) > 1 {
			mids = all // "يشارك X في قمتين: ..."
		} else if obj := objectMeeting(sg, i); obj != "" {
			mids = []string{obj} // "X، الذي حضر القمة ضيفاً"
		}
		st := modality(a, sg.lo, sg.hi, i)
		if len(mids) == 1 && e.datedElsewhereBefore(a, i, mids[0]) {
			// "مذكرة التفاهم التي وقّعتها تونس ... في 16 جويلية 2023 ...،
			// بحضور X وY": an event of another date, not the meeting
			i = end - 1
			continue
		}
		for _, en := range list {
			if used[en] {
				continue
			}
			used[en] = true
			for _, mid := range mids {
				e.attend(sg, RuleList, en, mid, a.span(i, i+1), st, role)
			}
		}
		// "وشارك في الاجتماع X، بعدما دعت الهند مصر ...، إلى جانب Y وZ":
		// the list goes on after a subordinate clause
		if k := alongsideAfter(a, end); k > 0 {
			more, _ := e.listFrom(a, k, len(a.toks), 1)
			for _, en := range more {
				if used[en] {
					continue
				}
				used[en] = true
				for _, mid := range mids {
					e.attend(sg, RuleList, en, mid, a.span(i, i+1), st, role)
				}
			}
		}
		i = end - 1
	}
	// 4b. who holds a meeting: "عقد X وY اليوم القمة ..."
	for i := sg.lo; i < sg.hi; i++ {
		if !a.toks[i].has(transitiveHoldVerbs) || a.toks[i].quoted || negated(a, sg.lo, i, 3) {
			continue
		}
		list, end := e.listFrom(a, i+1, sg.hi, 2)
		var persons []*ent
		for _, en := range list {
			if en.label == graph.LabelPerson && !used[en] {
				persons = append(persons, en)
			}
		}
		if len(persons) == 0 {
			continue
		}
		mid := ""
		for _, o := range sg.occ {
			if o.defined && o.tok >= end && o.tok <= end+12 {
				mid = o.id
				break
			}
		}
		if mid == "" {
			continue
		}
		st := statusOr(modality(a, sg.lo, sg.hi, i), e.meetings[mid].status)
		for _, en := range persons {
			used[en] = true
			e.attend(sg, RuleList, en, mid, a.span(i, i+1), st, "")
		}
		i = end - 1
	}
	// 5. who opens or closes a meeting ("افتتح الأمين العام أعمال القمة")
	// or receives its participants ("استقبل الرئيس القادة المشاركين")
	// takes part in it
	for i := sg.lo; i < sg.hi; i++ {
		t := a.toks[i]
		if t.quoted || t.punct || t.ent >= 0 || negated(a, sg.lo, i, 3) {
			continue
		}
		_, _, oc := t.verb(openCloseVerbs)
		recv := t.has(receiveGuests)
		pron := false
		if !oc && !recv {
			// "وعُقدت الدورة ...، وافتتحها الأمين العام X": the pronoun is
			// the meeting of the clause
			if _, ok := verbWithEnclitic(t, openCloseVerbs); ok {
				oc, pron = true, true
			} else {
				continue
			}
		}
		list, end := e.listFrom(a, i+1, sg.hi, 0)
		if oc && (len(list) == 0 || list[0].label != graph.LabelPerson) {
			// the subject before the verb: "وكان رئيس الوزراء قد افتتح الجلسة"
			if subj := subjectBefore(a, sg.lo, i); subj != nil {
				list, end = []*ent{subj}, i
			}
		}
		if len(list) == 0 || list[0].label != graph.LabelPerson || used[list[0]] {
			continue
		}
		ok := pron
		for k := list[0].t1; k < sg.hi && k <= end+2; k++ {
			if _, _, isM := meetingNounOf(a.toks[k]); (isM && oc) || (recv && (a.toks[k].has(participantsWords) || a.toks[k].has(leaderPluralWords))) {
				ok = true
			}
			if oc && a.toks[k].is(fold1("أعمال")) {
				ok = true
			}
		}
		if !ok {
			continue
		}
		mid := e.partMeeting(sg, i)
		if mid == "" {
			continue
		}
		used[list[0]] = true
		st := modality(a, sg.lo, sg.hi, i)
		e.attend(sg, RuleList, list[0], mid, a.span(i, i+1), st, "")
		// "افتتح ... الجلسة بكلمة": opening with a speech is speaking at it
		for k := i + 1; oc && k < sg.hi && k <= i+8; k++ {
			if a.toks[k].has(speechNouns) {
				e.meetingFact(sg, RuleSpeaks, graph.RelSpeaksAt, list[0].id, mid, a.span(k, k+1), st, nil)
				break
			}
		}
	}
	// 7. "وتسلّم X الرئاسة ... خلال الجلسة الافتتاحية": the subject of the
	// clause's first verb acts during a held meeting, so takes part in it
	if mid := e.duringMeeting(sg); mid != "" && e.meetings[mid].status == graph.StatusHeld {
		k := sg.lo
		for k < sg.hi && a.toks[k].punct {
			k++
		}
		if k < sg.hi && a.toks[k].has(duringWords) {
			// "وخلال الجلسة الافتتاحية، سلّم X ...": the verb follows the
			// fronted time phrase and its comma
			for j := k + 1; j < sg.hi && j <= k+5; j++ {
				if a.toks[j].punct && (a.toks[j].raw == "،" || a.toks[j].raw == ",") {
					k = j + 1
					break
				}
			}
		}
		if k < sg.hi && a.toks[k].ent < 0 && !a.toks[k].quoted && !isTitleWord(a, k) && !a.toks[k].has(negations) {
			if subj := e.verbSubject(sg, k); len(subj) > 0 && subj[0].chain0 <= k+3 {
				for _, en := range subj {
					if en.label == graph.LabelPerson && !used[en] && !e.absent[mid+"|"+en.id] {
						used[en] = true
						e.attend(sg, RuleList, en, mid, a.span(k, k+1), graph.StatusHeld, "")
					}
				}
			}
		}
	}
	// 6. speakers: the subject of a speech verb speaks at the meeting and
	// takes part in it
	for i := sg.lo; i < sg.hi; i++ {
		t := a.toks[i]
		if t.quoted || t.punct || t.ent >= 0 {
			continue
		}
		isNoun := false
		if _, _, ok := t.verb(speakVerbs); !ok || negated(a, sg.lo, i, 3) {
			if isNoun = speechNounAt(sg, i) && !negated(a, sg.lo, i, 3); !isNoun {
				continue
			}
		}
		mid := e.partMeeting(sg, i)
		if mid == "" && sg.pf == nil {
			continue
		}
		st := modality(a, sg.lo, sg.hi, i)
		subj := e.verbSubject(sg, i)
		if isNoun {
			subj = e.speaker(sg, i)
		}
		for _, en := range subj {
			if en.label != graph.LabelPerson {
				continue
			}
			e.meetingFact(sg, RuleSpeaks, graph.RelSpeaksAt, en.id, mid, a.span(i, i+1), st, nil)
			if !used[en] {
				used[en] = true
				role := roleIn(a, i, sg.hi)
				if role == "" && invitedIn(a, max(i, en.t1-1), sg.hi) {
					role = "GUEST"
				}
				e.attend(sg, RuleSpeaks, en, mid, a.span(i, i+1), st, role)
			}
		}
	}
}

// antecedentMeeting returns the meeting named right before the relative
// pronoun at token r (within ten tokens: "القمة الثامنة عشرة لمجموعة
// العشرين، التي ..."), or "".
func (e *engine) antecedentMeeting(sg *segment, r int) string {
	best := ""
	for _, o := range sg.occ {
		if o.tok < r && o.tok >= r-10 {
			best = o.id
		}
	}
	return best
}

// datedElsewhereBefore reports whether the sentence writes out a date
// (not a relative one such as "أمس") before token i, and none of its dates
// is within three days of the meeting's: the clause tells of another
// event.
func (e *engine) datedElsewhereBefore(a *sent, i int, mid string) bool {
	m := e.meetings[mid]
	if m == nil || m.date.IsZero() {
		return false
	}
	explicit := false
	for _, sd := range a.s.Dates {
		if sd.Precision == PrecDay && absDays(sd.Date, m.date) <= 3 {
			return false
		}
		if sd.Precision != PrecDay && sd.Date.Year == m.date.Year && (sd.Precision != PrecMonth || sd.Date.Month == m.date.Month) {
			return false
		}
		if !sd.Relative && a.tokenOf(sd.Start) < i {
			explicit = true
		}
	}
	return explicit
}

// indefiniteMeetingBefore reports whether an indefinite meeting noun, with
// at most three qualifying words, stands right before token i: "قمة
// مصرية-أوروبية حضرها ..." (an indefinite noun takes its clause with no
// relative pronoun).
func indefiniteMeetingBefore(a *sent, lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-4; k-- {
		t := a.toks[k]
		if t.punct && !dashes[t.raw] {
			return false
		}
		if _, _, ok := meetingNounOf(t); ok {
			return !isDefinite(a, k)
		}
	}
	return false
}

// alongsideAfter returns the token after "، إلى جانب" that opens a
// comma-clause of the sentence after token end, when the clauses between
// are subordinate ("بعدما"، "حيث"، "بعد أن"), or 0.
func alongsideAfter(a *sent, end int) int {
	for k := end; k+2 < len(a.toks); k++ {
		t := a.toks[k]
		if t.punct && t.raw == "." {
			return 0
		}
		if isComma(t) && a.toks[k+1].is(fold1("إلى")) && a.toks[k+2].is(fold1("جانب")) {
			return k + 3
		}
		if isComma(t) && k+1 < len(a.toks) && !a.toks[k+1].has(subordinators) {
			return 0 // a new main clause
		}
	}
	return 0
}

// subordinators open a subordinate clause after a comma.
var subordinators = set("بعدما", "بعد", "حيث", "عندما", "إذ", "لأن", "كما", "بينما", "والتي", "التي", "الذي")

// onBehalfPreps, attendeesNouns and busyReasonWords: "أي ممثل عن X"،
// "بين المشاركين X"، "لانشغاله".
var (
	onBehalfPreps   = set("عن", "من", "ل")
	attendeesNouns  = set("المشاركين", "المشاركون", "الحضور", "الحاضرين")
	busyReasonWords = set("لانشغال", "لأسباب")
)

// transitiveHoldVerbs hold a meeting with the holders as subject: "عقد
// الرئيسان القمة"، "يعقد الزعيمان ..." (not "انعقدت"، "جرت").
var transitiveHoldVerbs = set("عقد", "وعقد", "يعقد", "ويعقد", "عقدا", "وعقدا", "يعقدان", "ويعقدان")

// arrivalNouns: "وصول"، "لدى وصول".
var arrivalNouns = set("وصول", "قدوم")

// sentenceMeetingAfter returns the meeting in focus when the sentence,
// after token i, opens or holds a meeting it names ("وبعد وصول X، انطلقت
// أعمال القمة"); or "".
func (e *engine) sentenceMeetingAfter(a *sent, i int) string {
	opened := false
	for k := i + 1; k < len(a.toks); k++ {
		if _, _, ok := a.toks[k].verb(openCloseVerbs); ok {
			opened = true
		}
		if _, _, ok := a.toks[k].verb(holdVerbs); ok {
			opened = true
		}
		if !opened {
			continue
		}
		if _, _, ok := meetingNounOf(a.toks[k]); ok {
			if m := e.meetings[e.focus()]; m != nil && m.salient {
				return m.id
			}
			return ""
		}
	}
	return ""
}

// motionVerbs bring someone to a meeting ("وصل"، "توجه"، "يصل").
var motionVerbs = set("وصل", "وصلت", "يصل", "تصل", "توجه", "توجهت", "يتوجه", "تتوجه", "سافر", "سافرت", "حل", "حلت", "يحل", "تحل")

// motionVerbBefore returns the token of the last motion verb before i in
// the segment, or -1.
func motionVerbBefore(a *sent, lo, i int) int {
	for k := i - 1; k >= lo; k-- {
		if a.toks[k].has(motionVerbs) && a.toks[k].ent < 0 {
			return k
		}
	}
	return -1
}

// sendVerbs: sending a representative ("أوفد"، "أرسلت"، "بعث").
var sendVerbs = set("أوفد", "أوفدت", "يوفد", "توفد", "أرسل", "أرسلت", "يرسل", "ترسل", "بعث", "بعثت", "يبعث", "تبعث")

// representativeAfter reports whether a representative noun ("ممثل"،
// "مندوب"، "وفد") follows within eight tokens after i.
func representativeAfter(a *sent, i, hi int) bool {
	for k := i + 1; k < hi && k <= i+8; k++ {
		if a.toks[k].has(representativeNouns) {
			return true
		}
	}
	return false
}

var representativeNouns = set("ممثل", "ممثلا", "ممثلين", "مندوب", "مندوبا", "وفد", "وفدا")

// capitalStateAt returns the state whose capital is named at token i
// ("يريفان" for Armenia), or "".
func (e *engine) capitalStateAt(a *sent, i int) string {
	en := a.entAt(i)
	if en == nil || en.t0 != i || en.label != graph.LabelPlace {
		return ""
	}
	ent, ok := e.entity(en.id)
	if !ok || !ent.Capital || ent.State == "" {
		return ""
	}
	return ent.State
}

// nextSessionBefore reports whether a meeting noun followed by "المقبلة"
// stands in [lo, i) ("يعقد المجلس دورته العادية المقبلة").
func nextSessionBefore(a *sent, lo, i int) bool {
	for k := lo; k < i; k++ {
		if _, _, ok := meetingNounOf(a.toks[k]); !ok && !a.toks[k].is(fold1("دورته")) && !a.toks[k].is(fold1("دورتها")) {
			continue
		}
		for j := k + 1; j < i && j <= k+3; j++ {
			if a.toks[j].has(nextWords) {
				return true
			}
		}
	}
	return false
}

// presidencyNouns name a chairmanship, not the chairing of a meeting.
var presidencyNouns = set("رئاسة", "الرئاسة", "برئاسة")

// proceedingsNouns name a meeting's proceedings: "ترأس الأشغال".
var proceedingsNouns = set("الأشغال", "الاشغال", "الأعمال", "أشغال")

// halvesWords share a chair between two: "مناصفةً".
var halvesWords = set("مناصفة", "مناصفه", "بالتناوب")

// sharedChairWords mark a shared chair: "برئاسة مشتركة بين X وY".
var sharedChairWords = set("مشتركة", "المشتركة", "بين")

// appositionAfter returns the first token after the comma that closes the
// phrase starting at i ("ممثل أمير البلاد الشيخ X، سمو ولي العهد Y"), when
// it comes within fifteen tokens, else 0.
func appositionAfter(a *sent, i, hi int) int {
	for k := i + 1; k+1 < hi && k <= i+15; k++ {
		if t := a.toks[k]; t.punct {
			if isComma(t) {
				return k + 1
			}
			return 0
		}
	}
	return 0
}

// withCoChair returns the person after "مع" between a chair verb's subject
// (ending at token from) and the meeting noun it chairs: "ترأس X اليوم مع
// رئيس الوزراء Y أعمال القمة".
func (e *engine) withCoChair(a *sent, from, hi int) *ent {
	for k := from; k+1 < hi && k <= from+8; k++ {
		t := a.toks[k]
		if _, _, ok := meetingNounOf(t); ok {
			return nil
		}
		if t.punct && t.raw != "،" && t.raw != "," {
			return nil
		}
		if t.is(fold1("مع")) {
			if en := e.actorAt(a, k+1); en != nil && en.label == graph.LabelPerson {
				return en
			}
			return nil
		}
	}
	return nil
}

// coordinatedPair reports whether y follows x joined by و (with at most a
// relative clause about x between them, which listFrom has skipped).
func coordinatedPair(a *sent, x, y *ent) bool {
	k := y.chain0
	return k > 0 && k < len(a.toks) && strings.HasPrefix(a.toks[k].f, "و") && k >= x.t1
}

// inclusionWords open a list of some of those just counted: "ومنهم"،
// "من بينهم"، "بينهم".
var inclusionWords = set("منهم", "ومنهم", "بينهم", "وبينهم", "أبرزهم", "وأبرزهم")

// inclusionAt returns the token after the last inclusion word in (i, hi)
// within thirty tokens, or 0.
func inclusionAt(a *sent, i, hi int) int {
	at := 0
	for k := i + 1; k+1 < hi && k <= i+30; k++ {
		if a.toks[k].has(inclusionWords) {
			at = k + 1
		}
	}
	return at
}

// enumerationWords open an appositive enumeration: "ست دول ...، هي X وY".
var enumerationWords = set("هي", "وهي", "هم", "وهم")

// enumerationAt returns the token after "، هي" in (i, hi), or 0.
func enumerationAt(a *sent, i, hi int) int {
	for k := i + 1; k+1 < hi; k++ {
		if a.toks[k].has(enumerationWords) && a.toks[k-1].punct {
			return k + 1
		}
	}
	return 0
}

// subjectBefore returns the person named just before the verb at token i
// (SVO order, "قد" or "وقد" between), or nil.
func subjectBefore(a *sent, lo, i int) *ent {
	k := i - 1
	for k >= lo && a.toks[k].has(qadWords) {
		k--
	}
	for n := range a.ents {
		// a designation ends on its nisba, which is also a (modifier) State
		if en := &a.ents[n]; en.t1 == k+1 && en.label == graph.LabelPerson && !en.quoted && !en.mod {
			return en
		}
	}
	return nil
}

// qadWords: the particle قد between a subject and its verb.
var qadWords = set("قد", "وقد", "فقد", "لقد")

// speechNouns: "في كلمته أمام القمة"، "خلال كلمته"، "في كلمة افتتاحية".
var speechNouns = set("كلمة", "كلمته", "كلمتها", "خطاب", "خطابه", "خطابها", "الكلمة", "الخطاب", "بكلمة", "بخطاب")

// speechIn: the prepositions that make a speech noun the setting of a
// statement ("قال في كلمته").
var speechIn = set("في", "خلال", "أثناء", "اثناء", "وفي", "وخلال")

// speechAtMeeting: the words after a speech noun that put the speech at a
// meeting ("أمام القمة"، "الافتتاحية").
var speechAtMeeting = set("الافتتاحية", "افتتاحية", "الختامية", "ختامية", "افتتاح", "بافتتاح", "اختتام", "باختتام", "ختام", "الجلسة", "جلسة")

// speechNounAt reports whether token i is a speech noun of a statement
// made at a meeting: after "في"/"خلال" (or with a possessive pronoun:
// "كلمته")، and either in a clause naming a meeting or followed by "أمام
// القمة/المشاركين" or "الافتتاحية".
func speechNounAt(sg *segment, i int) bool {
	a := sg.a
	t := a.toks[i]
	if t.quoted || t.punct || t.ent >= 0 || !t.has(speechNouns) {
		return false
	}
	if i == sg.lo || !a.toks[i-1].has(speechIn) {
		return false
	}
	for k := i + 1; k < sg.hi && k <= i+4; k++ {
		u := a.toks[k]
		if u.punct {
			break
		}
		if u.has(speechAtMeeting) || u.has(participantsWords) {
			return true
		}
		if _, _, ok := meetingNounOf(u); ok && !u.quoted {
			return true
		}
	}
	return len(sg.occ) > 0
}

// speaker returns the subject of a speech noun: the nearest actor before it
// in the clause that is not the object of a preposition, else the subject
// after it ("وقال في كلمته الرئيس X").
func (e *engine) speaker(sg *segment, i int) []*ent {
	a := sg.a
	for k := i - 1; k >= sg.lo && k >= i-8; k-- {
		if en := e.personAt(a, k); en != nil && !e.afterPreposition(a, en) {
			return a.group(en)
		}
		if a.toks[k].has(relativePronouns) {
			// "X، الذي نقل ... في كلمته": the antecedent
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				if en := a.entAt(j); en != nil && en.label == graph.LabelPerson && e.actorOK(a, en) {
					return a.group(en)
				}
				if !a.toks[j].punct {
					break
				}
			}
			return nil
		}
	}
	if i-sg.lo > 1 {
		return nil
	}
	// "وخلال كلمته أمام القمة، دعا الرئيس X": the subject of the clause
	// the speech noun opens
	for k := i + 1; k < len(a.toks) && k <= i+12; k++ {
		if en := e.personAt(a, k); en != nil && !e.afterPreposition(a, en) {
			return a.group(en)
		}
	}
	return nil
}

// personAt returns the person actor whose chain covers token i.
func (e *engine) personAt(a *sent, i int) *ent {
	for k := range a.ents {
		en := &a.ents[k]
		// the reporter of a statement is its speaker: no isReporter check
		if en.label == graph.LabelPerson && en.chain0 <= i && i < en.t1 && !en.quoted && !en.mod && !isTopic(a, en) {
			return en
		}
	}
	return nil
}

// invitationWords: a speaker "بدعوة من" the hosts is their guest.
var invitationWords = set("بدعوة", "دعوة", "تلبية")

// invitedIn reports whether the clause after token i says the actor came at
// someone's invitation.
func invitedIn(a *sent, i, hi int) bool {
	for k := i + 1; k < hi && k <= i+8; k++ {
		if !a.toks[k].quoted && a.toks[k].has(invitationWords) {
			return true
		}
	}
	return false
}

// subjectSkip are words that may stand between a verb and its subject
// ("تحدث فيها أيضاً X").
var subjectSkip = set("فيها", "فيه", "أيضا", "كذلك", "خلالها", "خلاله", "بدوره", "بدورها", "بعد", "ذلك", "أمس", "اليوم")

// verbSubject returns the subject of the verb at token i: the actor (or
// dual designation) just after it (VSO), the antecedent of a relative
// pronoun just before it ("X، الذي ألقى كلمة"), else the nearest actor
// before it in the clause that is not the object of a preposition (SVO).
func (e *engine) verbSubject(sg *segment, i int) []*ent {
	a := sg.a
	other := 0
	for k := i + 1; k < sg.hi && k <= i+8; k++ {
		tk := a.toks[k]
		if en := e.actorAt(a, k); en != nil {
			return a.group(en)
		}
		if tk.punct && tk.raw != "،" && tk.raw != "," {
			break
		}
		if tk.punct || tk.has(subjectSkip) || isTitleWord(a, k) || nameOrTitleWord(a, k) {
			continue
		}
		if _, _, ok := meetingNounOf(tk); ok {
			continue // "سيتحدث في الاجتماع X"
		}
		if tk.has(prepositions) && k+1 < sg.hi {
			if _, _, ok := meetingNounOf(a.toks[k+1]); ok {
				continue
			}
		}
		// words of an unrecognised title ("رئيس مفوضية الاتحاد X")
		if other++; other > 3 || isStopWord(tk) || tk.has(prepositions) {
			break
		}
	}
	if i > sg.lo && a.toks[i-1].has(relativePronouns) {
		for k := i - 2; k >= sg.lo && k >= i-4; k-- {
			if en := a.entAt(k); en != nil && e.actorOK(a, en) {
				return a.group(en)
			}
			if !a.toks[k].punct {
				break
			}
		}
		return nil
	}
	for k := i - 1; k >= sg.lo && k >= i-6; k-- {
		if en := e.actorAt(a, k); en != nil && !e.afterPreposition(a, en) {
			return a.group(en)
		}
		if a.toks[k].has(relativePronouns) || isStopWord(a.toks[k]) {
			break
		}
	}
	return nil
}

// partMeeting is the meeting a participation frame at token i belongs to:
// the meeting the segment names or refers to (meetingAt), or none when the
// segment introduces another meeting the rules cannot identify ("عُقد
// اجتماع بصيغة "شانغهاي بلس" بمشاركة ..."): its participants are not
// those of the meeting in focus.
func (e *engine) partMeeting(sg *segment, i int) string {
	if e.unidentifiedMeeting(sg, i) {
		return ""
	}
	return e.meetingAt(sg, i)
}

// unidentifiedMeeting reports whether the segment holds, in the few words
// before the trigger at i, an indefinite meeting noun (a new meeting:
// "اجتماع"، "قمة" without the article, a pronoun or a demonstrative) that
// no meeting of the segment stands at.
func (e *engine) unidentifiedMeeting(sg *segment, i int) bool {
	a := sg.a
	for k := max(sg.lo, i-8); k < i && k < sg.hi; k++ {
		t := a.toks[k]
		if t.quoted || t.punct || t.ent >= 0 {
			continue
		}
		kind, pron, ok := meetingNounOf(t)
		if !ok || pron || kind == "" || kind == "VISIT" || kind == "TALKS" || kind == "BILATERAL" || isDefinite(a, k) {
			continue
		}
		if k > sg.lo && (a.toks[k-1].has(sidelineWords) || a.toks[k-1].has(meetingOf)) {
			continue // "على هامش قمة"
		}
		near := false
		for _, o := range sg.occ {
			if o.tok >= k-2 && o.tok <= k+2 {
				near = true
			}
		}
		if !near {
			return true
		}
	}
	return false
}

var sidelineWords = set("هامش", "هامشي")
var meetingOf = set("أعمال", "انعقاد", "افتتاح", "اختتام", "ختام")

// undecidedWords, negated, leave a participation open rather than deny it:
// "لم يُحسم بعد حضور X"، "لم يتأكد مشاركة X"، "ليس مؤكداً".
var undecidedWords = set("يحسم", "تحسم", "يتأكد", "تتأكد", "يتضح", "تتضح", "يتحدد", "تتحدد", "يتقرر", "تتقرر",
	"يتبين", "يؤكد", "تؤكد", "مؤكدا", "مؤكد", "واضحا", "معروفا", "يعرف", "يحدد", "تحدد")

// undecidedBetween reports whether an undecided word stands between the
// negation at neg and the participation word at i.
func undecidedBetween(a *sent, neg, i int) bool {
	for k := neg + 1; k < i; k++ {
		if a.toks[k].has(undecidedWords) {
			return true
		}
	}
	return false
}

// negNor are the words that continue a negated coordination ("ولا"، "أو").
var negNor = set("ولا", "أو", "ولم", "ولن")

// negatedCoordination extends a list of absent actors after "ولا"/"أو"
// ("لم يشارك X ولا Y"، designations included: "ولا الرئيس التونسي").
func (e *engine) negatedCoordination(a *sent, list []*ent, end, hi int) ([]*ent, int) {
	for end < hi {
		k := end
		for k < hi && k <= end+2 && !a.toks[k].has(negNor) && !a.toks[k].punct && e.actorAt(a, k) == nil && a.entAt(k) == nil {
			k++ // "في القمة ولا ..."
		}
		if k >= hi || !a.toks[k].has(negNor) || a.toks[k].punct {
			break
		}
		k++
		if k < hi && a.toks[k].has(negations) {
			k++
		}
		en := e.actorAt(a, k)
		if en == nil {
			// "ولم يحضر Y": a verb, then the actor
			if k+1 < hi {
				if _, _, ok := a.toks[k].verb(participationVerbs); ok {
					en = e.actorAt(a, k+1)
				}
			}
			if en == nil {
				break
			}
		}
		more, e2 := e.listFrom(a, en.chain0, hi, 0)
		if len(more) == 0 {
			more, e2 = []*ent{en}, en.t1
		}
		list = append(list, more...)
		end = e2
	}
	return list, end
}

// protestWords are reasons in themselves: "احتجاجاً على سياسات ...".
var protestWords = set("احتجاجا", "اعتراضا")

// absenceReasonWords introduce the reason of an absence ("بسبب"، "نظراً
// لـ"، "لانشغاله"، "جراء").
var absenceReasonWords = set("بسبب", "نظرا", "بداعي", "لانشغال", "لأسباب", "جراء", "بفعل", "إثر", "احتجاجا", "اعتراضا")

// absenceNotReason are ل-words that introduce no reason.
var absenceNotReason = set("لكن", "لكنه", "لكنها", "لدى", "لم", "لن", "لا", "لقد", "لذلك", "لذا", "لها", "له", "لهم")

// absenceReason returns the reason of an actor's absence: the phrase after
// a reason word (or a ل-prefixed noun) after the actor, up to the next
// clause ("، و"، "، فيما"، "، بينما"، "، حيث"، a full stop).
func absenceReason(a *sent, en *ent, hi int) string {
	start := -1
	for k := en.t1; k < hi && start < 0; k++ {
		t := a.toks[k]
		if t.punct && t.raw != "،" && t.raw != "," {
			break
		}
		if t.quoted || t.punct || t.ent >= 0 && k != en.t1 {
			continue
		}
		switch {
		case t.has(absenceReasonWords):
			start = k + 1
			if t.has(busyReasonWords) {
				start = k // the word itself is the reason
			} else if t.has(protestWords) {
				start = k // "احتجاجاً على X": the protest is the reason
			}
		case k > en.t1 && t.ent < 0 && strings.HasPrefix(t.raw, "ل") && !strings.HasPrefix(t.raw, "لل") &&
			len([]rune(t.raw)) >= 4 && !t.has(absenceNotReason) && !absenceNotReason[t.raw]:
			start = k
		}
	}
	if start < 0 || start >= len(a.toks) {
		return ""
	}
	end := start
	for end < len(a.toks) {
		t := a.toks[end]
		if t.punct && (t.raw == "." || t.raw == "؛" || t.raw == ";") {
			break
		}
		if t.has(clauseOpeners) && end > start {
			break
		}
		if t.punct && (t.raw == "،" || t.raw == ",") && end+1 < len(a.toks) {
			u := a.toks[end+1]
			if strings.HasPrefix(u.raw, "و") || u.has(clauseOpeners) {
				break
			}
		}
		end++
	}
	r := trimClause(a, start, end)
	// "نظراً لظروف"، "لانشغاله": the preposition is no part of the reason
	if strings.HasPrefix(r, "ل") && !strings.HasPrefix(r, "لل") {
		r = strings.TrimPrefix(r, "ل")
	}
	return r
}

// clauseOpeners open the next clause and end a reason.
var clauseOpeners = set("فيما", "بينما", "حيث", "في حين")
