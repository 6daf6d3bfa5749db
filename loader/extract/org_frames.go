package extract

import (
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// Argument frames of the membership rules that tolerate word order and
// coordinated lists:
//
//   - member lists: "الدول الأعضاء (في ORG) (الست): X وY وZ"، "أعضاء ORG
//     هم X وY" — the list introduced after the member noun;
//   - composition verbs: "تضم ORG (في عضويتها) (كلا من) X وY"، "تتألف
//     المجموعة من X وY" — the organisation is the subject (before or after
//     the verb), the list the object;
//   - becoming: "أصبحت X العضو العاشر في ORG"، "لتصبح العضو الـ31 فيه"،
//     "ستصبح X عضوا في ORG" — the state is the subject, the organisation
//     the complement; future or planned gives ACCEDING;
//
// and the negation scope of a status ("ليست عضوا"، "لم تنضم بعد") which
// does not include "لا تزال"/"ما زالت" (still).

var (
	// memberPlurals: the plural member nouns of member lists.
	memberPlurals = set("الأعضاء", "أعضاء", "الاعضاء", "اعضاء", "العضوين", "العضوان", "عضوين", "عضوان")
	// listIntroducers open the list after a member noun or a composition verb.
	listIntroducers = set("هي", "وهي", "هم", "وهم", "هما", "وهما", "كلا", "كل")
	// memberListGlue may stand between a member noun or a composition verb and its list.
	memberListGlue = set("من", "منها", "حاليا", "الآن", "عضويتها", "عضويته", "في", "حتى")
	// compositionVerbs: an organisation comprising its members.
	compositionVerbs = set("تضم", "يضم", "ضمت", "ضم", "تتألف", "يتألف", "تألفت", "تتكون", "يتكون", "تكونت", "تشمل", "يشمل", "باتت تضم", "أصبحت تضم")
	// becomeVerbs: "أصبحت"، "باتت"، "صارت"، "لتصبح"، "ستصبح".
	becomeVerbs = set("أصبحت", "أصبح", "أصبحتا", "باتت", "بات", "صارت", "صار", "تصبح", "يصبح", "لتصبح", "ليصبح", "ستصبح", "سيصبح", "تغدو", "غدت")
	// memberSingulars: the member noun of "أصبحت X العضو ..." and "X عضو في".
	memberSingulars = set("عضو", "العضو", "عضوا", "عضوة", "العضوة", "عضوان", "عضوين", "أعضاء", "الأعضاء")
	// stillWords after لا/ما make a continuation, not a negation.
	stillWords = set("تزال", "يزال", "زالت", "زال", "تزالان", "يزالون", "برحت", "فتئت")
	// cardinalWords may stand in a member phrase ("الدول الأعضاء الست").
	cardinalWords = set("الست", "ست", "الستة", "ستة", "الخمس", "خمس", "الخمسة", "خمسة", "التسع", "تسع", "العشر", "عشر",
		"السبع", "سبع", "الثماني", "ثماني", "الأربع", "أربع", "الثلاث", "ثلاث", "الاثنتين", "الـ", "ال", "دولة", "دول", "الدول", "العشرة", "عشرة")
)

// negatedStatus reports whether a negation governs token t (within n
// tokens before it in [lo, t)), "لا تزال"/"ما زالت" excepted.
func negatedStatus(a *sent, lo, t, n int) bool {
	for k := t - 1; k >= lo && k >= t-n; k-- {
		tk := a.toks[k]
		if tk.punct || !tk.has(negatorsLocal) {
			continue
		}
		if k+1 < len(a.toks) && a.toks[k+1].has(stillWords) {
			continue
		}
		return true
	}
	return false
}

// isAccessionWord reports whether a token is a word of joining (any form
// of the root ن-ض-م: انضمت، انضمتا، ستنضمان، الانضمام، بانضمامها).
func isAccessionWord(t token) bool {
	if t.punct || t.ent >= 0 {
		return false
	}
	if t.has(accessionWords) {
		return true
	}
	for _, s := range t.stems {
		if strings.Contains(s, "نضم") {
			return true
		}
	}
	return false
}

// isPastAccession: a past-tense verb of joining (انضمت، انضما، انضمتا).
func isPastAccession(t token) bool {
	if !isAccessionWord(t) || t.has(pastAccession) {
		return t.has(pastAccession)
	}
	for _, s := range t.stems {
		if strings.HasPrefix(s, "انضم") && !strings.HasPrefix(s, "انضمام") {
			return true
		}
	}
	return false
}

// numberish reports whether a token is a number, a cardinal or the
// article of a numeral ("الـ31").
func numberish(t token) bool {
	if t.punct {
		return t.raw == "-" || t.raw == "ـ"
	}
	if t.has(cardinalWords) {
		return true
	}
	for _, r := range t.f {
		if r < '0' || r > '9' {
			return strings.HasPrefix(t.f, "ال") && len(t.f) > 4 && strings.Trim(t.f[len("ال"):], "0123456789") == ""
		}
	}
	return true
}

// listAfter returns the states of the coordinated list that starts at j
// or after introducers, numbers, a colon or the organisation (at most
// eight such tokens), and its end; ok is false when none does.
func (e *engine) listAfter(sg *segment, j int, needIntro bool) ([]string, int, bool) {
	a := sg.a
	intro := !needIntro
	for n := 0; j < sg.hi && n < 8; n++ {
		t := a.toks[j]
		if _, end, ok := e.orgRefAt(a, j); ok && a.entAt(j) != nil && a.entAt(j).label == graph.LabelOrganization {
			j = end
			continue
		}
		if a.entAt(j) != nil {
			break
		}
		switch {
		case t.punct && (t.raw == ":" || t.raw == "("):
			intro = true
		case t.punct && (t.raw == "،" || t.raw == ","):
		case !t.punct && t.has(listIntroducers):
			intro = true
		case !t.punct && t.has(memberListGlue):
		case numberish(t):
		default:
			return nil, j, false
		}
		j++
	}
	if !intro || j >= sg.hi {
		return nil, j, false
	}
	for _, r := range e.runs(a, j, sg.hi) {
		if r.lo != j {
			break
		}
		return r.states, r.hi, true
	}
	return nil, j, false
}

// statusAfterList reports a status phrase right after a list ("X وY بصفة
// مراقب"، "كشركاء حوار"), which takes the list out of a member list.
func statusAfterList(a *sent, end, hi int) bool {
	for k := end; k < hi && k <= end+2; k++ {
		t := a.toks[k]
		if t.punct {
			continue
		}
		if t.has(observerNouns) || t.has(partnerNouns) || t.has(statusNouns) && k+1 < hi && (a.toks[k+1].has(observerNouns) || a.toks[k+1].has(partnerNouns)) {
			return true
		}
	}
	return false
}

// memberFrames reads the member lists, composition verbs and becoming
// frames of a clause.
func (e *engine) memberFrames(sg *segment) {
	a := sg.a
	for i := sg.lo; i < sg.hi; i++ {
		t := a.toks[i]
		if t.punct || t.quoted || t.ent >= 0 {
			continue
		}
		switch {
		case t.has(memberPlurals):
			// "الدول الأعضاء في ORG: X وY"، "الدول الأعضاء الست، وهي X وY"
			if negatedStatus(a, sg.lo, i, 3) {
				continue
			}
			states, end, ok := e.listAfter(sg, i+1, true)
			if !ok || statusAfterList(a, end, sg.hi) {
				continue
			}
			org := e.memberOrg(sg, i)
			if org == "" {
				continue
			}
			for _, s := range states {
				e.member(a, RuleMemberList, s, org, memberFull, 0, a.span(i, end), statusOr(modality(a, sg.lo, sg.hi, i), graph.StatusReported))
			}
			i = end - 1
		case t.has(compositionVerbs):
			// subject: the organisation just before ("المنظمة التي تضم") or just after
			org, objStart := "", i+1
			for k := i - 1; k >= sg.lo && k >= i-2; k-- {
				if o, _, ok := e.orgRefAt(a, k); ok {
					org = o
					break
				}
				if !a.toks[k].has(set("التي", "الذي", "التى")) {
					break
				}
			}
			if org == "" {
				// "تضم المنظمة"، "يضم تكتل بريكس" (a generic head before the name)
				for k := i + 1; k < sg.hi && k <= i+2 && org == ""; k++ {
					if o, end, ok := e.orgRefAt(a, k); ok {
						org, objStart = o, end
					} else if a.entAt(k) != nil || !a.toks[k].has(orgHeadNouns) {
						break
					}
				}
			}
			if org == "" || !e.isIGO(org) || negatedStatus(a, sg.lo, i, 2) {
				continue
			}
			if objStart < sg.hi && a.toks[objStart].is(fold1("من")) {
				objStart++
			}
			states, end, ok := e.listAfter(sg, objStart, false)
			if !ok || statusAfterList(a, end, sg.hi) {
				continue
			}
			for _, s := range states {
				e.member(a, RuleMemberList, s, org, memberFull, 0, a.span(i, end), statusOr(modality(a, sg.lo, sg.hi, i), graph.StatusReported))
			}
			i = end - 1
		case t.has(becomeVerbs):
			// "أصبحت X العضو (ORDINAL) في ORG": the member noun within 4 tokens
			mn := -1
			for k := i + 1; k < sg.hi && k <= i+5; k++ {
				if a.toks[k].has(memberSingulars) && a.entAt(k) == nil {
					mn = k
					break
				}
				if a.toks[k].punct {
					break
				}
			}
			if mn < 0 || negatedStatus(a, sg.lo, i, 3) {
				continue
			}
			status := memberFull
			if mn+1 < sg.hi && a.toks[mn+1].has(observerNouns) {
				status = memberObserver
			}
			org := e.orgNear(sg, mn+1, 6)
			if org == "" {
				continue
			}
			run, ok := e.nearestRun(a, sg.lo, mn, i)
			if !ok {
				// the subject of an earlier clause: "انضمت فنلندا ...، لتصبح العضو الـ31"
				run, ok = e.nearestRun(a, 0, i, i)
			}
			if !ok {
				continue
			}
			mod := modality(a, sg.lo, sg.hi, i)
			rule := RuleMembership
			if (isFuture(t) || inPrinciple(a, 0, len(a.toks)) || t.has(set("ستصبح", "سيصبح")) || mod == graph.StatusPlanned || mod == graph.StatusExpected) && status == memberFull {
				status, rule = memberAcceding, RuleAccession
			}
			since := 0
			if status == memberFull {
				if d, ok := e.dateAfter(sg, i, 12); ok && !e.doc.Date.IsZero() && !e.doc.Date.Before(d.Date) && d.Precision != PrecWeek {
					since = d.Date.Year
				}
			}
			for _, s := range run.states {
				e.member(a, rule, s, org, status, since, a.span(i, mn+1), mod)
			}
		}
	}
}

// RuleMemberList names member lists and composition verbs.
const RuleMemberList = "member-list"

func init() { ruleConfidence[RuleMemberList] = 0.8 }

// memberOrg returns the organisation of a member noun at token i: named
// within the phrase after it ("الأعضاء في ORG"، "أعضاء ORG"), or before it
// ("دول ORG الأعضاء"), else the organisation near it.
func (e *engine) memberOrg(sg *segment, i int) string {
	a := sg.a
	for k := i + 1; k < sg.hi && k <= i+3; k++ {
		if o, _, ok := e.orgRefAt(a, k); ok && e.isIGO(o) {
			return o
		}
		if a.toks[k].punct {
			break
		}
	}
	for k := i - 1; k >= sg.lo && k >= i-3; k-- {
		if o, _, ok := e.orgRefAt(a, k); ok && e.isIGO(o) {
			return o
		}
	}
	return e.orgNear(sg, i+1, 3)
}

// -- organisation anaphora ------------------------------------------------------

// orgRefAt is orgAt with anaphors resolved by their head noun: "الاتحاد"
// is the last union named ("الاتحاد الأفريقي"), "الحلف" the last
// alliance, "الجامعة" the League, "المنظمة" the last organisation called
// منظمة — not simply the organisation in focus — so that a report on an
// African Union summit that quotes the Arab League's secretary-general
// still reads "علق الاتحاد عضويتها" as the Union's.
func (e *engine) orgRefAt(a *sent, i int) (string, int, bool) {
	if i < 0 || i >= len(a.toks) {
		return "", i, false
	}
	t := a.toks[i]
	en := a.entAt(i)
	bare := !t.punct && t.has(orgAnaphors) && (en == nil || en.label == graph.LabelOrganization && en.t0 == i && en.t1 == i+1)
	if bare {
		if o := e.orgByHead(a, i); o != "" {
			return o, i + 1, true
		}
	}
	return e.orgAt(a, i)
}

// orgByHead returns the organisation an anaphor at token i refers to by its
// head noun: the nearest one named before it in the sentence, else the
// most recent in the article, whose name has that noun.
func (e *engine) orgByHead(a *sent, i int) string {
	head := ""
	for _, s := range a.toks[i].stems {
		if orgAnaphors[s] {
			head = strings.TrimPrefix(s, "ال")
			break
		}
	}
	if head == "" {
		return ""
	}
	for k := i - 1; k >= 0; k-- {
		en := a.entAt(k)
		if en == nil || en.label != graph.LabelOrganization || en.quoted || en.t1 == en.t0+1 && a.toks[en.t0].has(orgAnaphors) {
			continue
		}
		if e.isIGO(en.id) && e.orgHasHead(en.id, head) {
			return en.id
		}
		k = en.t0
	}
	for n := len(e.org.recentOrgs) - 1; n >= 0; n-- {
		if o := e.org.recentOrgs[n]; e.orgHasHead(o, head) {
			return o
		}
	}
	return ""
}

// orgHasHead reports whether one of an organisation's names has the head
// noun as a word (with or without the article).
func (e *engine) orgHasHead(org, head string) bool {
	en, ok := e.entity(org)
	if !ok {
		return false
	}
	for _, n := range en.Names {
		for _, w := range strings.Fields(n) {
			if strings.TrimPrefix(w, "ال") == head {
				return true
			}
		}
	}
	return false
}

// trackOrgs remembers the intergovernmental organisations a clause names,
// most recent last.
func (e *engine) trackOrgs(sg *segment) {
	a := sg.a
	push := func(o string) {
		l := e.org.recentOrgs
		for k, x := range l {
			if x == o {
				l = append(l[:k], l[k+1:]...)
				break
			}
		}
		e.org.recentOrgs = append(l, o)
	}
	for i := sg.lo; i < sg.hi; i++ {
		en := a.entAt(i)
		if en == nil || en.t0 != i || en.label != graph.LabelOrganization || en.quoted {
			continue
		}
		if en.t1 == en.t0+1 && a.toks[i].has(orgAnaphors) {
			continue
		}
		if e.isIGO(en.id) {
			push(en.id)
		}
	}
	for _, o := range sg.occ {
		if m := e.meetings[o.id]; m != nil && m.org != "" && e.isIGO(m.org) {
			push(m.org)
		}
	}
}

// principleWords: an acceptance "in principle" (من حيث المبدأ، مبدئيا)
// leaves a membership pending.
var principleWords = set("المبدأ", "مبدئيا", "مبدئي", "المبدئية", "مبدئية")

// inPrinciple reports whether the clause [lo, hi) speaks of an acceptance
// in principle.
func inPrinciple(a *sent, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if !a.toks[k].punct && a.toks[k].has(principleWords) {
			return true
		}
	}
	return false
}

// clauseDateAfter returns the first date within n tokens after t that is
// not beyond a comma (the date of the clause's verb).
func (e *engine) clauseDateAfter(sg *segment, t, n int) (DateExpr, bool) {
	a := sg.a
	stop := min(sg.hi, t+n+1)
	for k := t + 1; k < stop; k++ {
		if a.toks[k].punct && (a.toks[k].raw == "،" || a.toks[k].raw == ",") {
			stop = k
			break
		}
	}
	for _, d := range a.s.Dates {
		j := a.tokenOf(d.Start)
		if j > t && j < stop && !a.toks[j].quoted {
			return d, true
		}
	}
	return DateExpr{}, false
}

// orgHeadNouns may stand before an organisation's name ("تكتل بريكس").
var orgHeadNouns = set("تكتل", "مجموعة", "منظمة", "حلف", "رابطة", "اتحاد", "منتدى")

// isMemberNoun: a member or membership noun with any possessive
// ("عضويتهما"، "عضويتها").
func isMemberNoun(t token) bool {
	if t.punct {
		return false
	}
	if t.has(memberNouns) {
		return true
	}
	for _, s := range t.stems {
		if strings.HasPrefix(s, "عضوي") || strings.HasPrefix(s, "العضوي") {
			return true
		}
	}
	return false
}
