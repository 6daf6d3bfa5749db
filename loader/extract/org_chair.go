package extract

import (
	"sort"
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// Chairmanship rotation: who holds an organisation's (rotating)
// chairmanship for which year or period, co-chairs, and the succession of
// chairmanships.

var (
	// chairNounsX: the chairmanship, with the possessive forms ("رئاستها").
	chairNounsX = set("رئاسة", "الرئاسة", "رئاستها", "رئاسته", "رئاستهم", "برئاسة")
	// chairTitleNouns name the chair: "بصفته رئيساً لـORG" (after a
	// capacity word, capacityWords), "الكويت رئيسة الدورة" (after a state).
	chairTitleNouns = set("رئيسا", "رئيس", "رئيسة", "رئيسه")
	// chairSessionNouns name the current session a state chairs.
	chairSessionNouns = set("الدورة", "للدورة")
	// rotatingWords qualify the chairmanship ("الرئاسة الدورية").
	rotatingWords = set("الدورية", "دورية", "الحالية", "المقبلة", "القادمة", "الجديدة")
	// receiveVerbs: a state taking over the chairmanship (تسلمت الهند الرئاسة).
	receiveVerbs = set("تسلم", "تسلمت", "تتسلم", "يتسلم", "ستتسلم", "سيتسلم", "استلم", "استلمت", "تستلم", "يستلم",
		"ستستلم", "تسلموا", "تولي", "توليها", "تسلمها")
	// giveVerbs: a state handing the chairmanship over (سلّم ... إلى).
	giveVerbs = set("سلم", "سلمت", "يسلم", "أسند", "أسندت", "تسند", "يسند", "إسناد", "تسليم", "أسندوا")
	// moveWords: the chairmanship passing on (انتقال الرئاسة إلى، ستنتقل).
	moveWords = set("انتقال", "نقل", "تنتقل", "ينتقل", "ستنتقل", "سينتقل", "انتقلت", "انتقل", "تؤول", "آلت", "ستؤول")
	// countryPronouns: "بلاده"، "بلادها" — the state of the person before.
	countryPronouns = set("بلاده", "بلادها", "دولته", "دولتها")
	// predecessorWords: "خلفا ل X"، "بعد X".
	predecessorWords = set("خلفا", "خلفًا")
	// insteadWords: "بدلا من X"، "عوضا عن X" exclude X.
	insteadWords = set("بدلا", "بدل", "عوضا", "عوض")
	// coChairHeads + coChairWords: "رئيسين مشاركين".
	coChairHeads  = set("رئيسين", "رئيسا", "رؤساء", "رئيس", "رئيسان")
	lastYearWords = set("الماضي", "المنصرم", "السابق")
	thatYearWords = set("ذلك", "تلك")
	targetPreps   = set("إلى", "الى", "ل")
)

// period renders the chairmanship's period for its id and name.
func (c *chairmanship) period() string {
	if c.to > c.year {
		return itoa(c.year) + "-" + itoa(c.to)
	}
	return itoa(c.year)
}

// last is the last year of the chairmanship.
func (c *chairmanship) last() int {
	if c.to > c.year {
		return c.to
	}
	return c.year
}

// holds creates the chairmanship of org for [from, to] (to 0 or from for a
// single year) and the fact that state holds it in role; chairmanships of
// the same organisation that follow each other are linked by
// SUCCEEDED_BY.
func (e *engine) holds(a *sent, rule, org string, from, to int, state, role, status string, span [2]int) string {
	if to <= from {
		to = 0
	}
	n0 := len(e.facts)
	c := &chairmanship{org: org, year: from, to: to}
	c.id = graph.ChairmanshipID(orgSlug(org), c.period())
	if old, ok := e.chairs[c.id]; ok {
		c = old
	} else {
		e.chairs[c.id] = c
	}
	if cur, ok := e.curChair[org]; !ok || e.chairs[cur].year <= from {
		e.curChair[org] = c.id
	}
	e.add(a, rule, graph.RelHolds, state, c.id, span, status, graph.Props{"role": role})
	e.add(a, rule, graph.RelChairmanshipOf, c.id, org, span, graph.StatusReported, nil)
	e.org.lastChair, e.org.lastChairSent = c.id, a.s.Index
	e.succession(a, c, span)
	e.org.holdCalls = append(e.org.holdCalls, holdCall{chair: c.id, state: state, lo: n0, hi: len(e.facts), tentative: e.org.tentative})
	return c.id
}

// heldChair returns the current chairmanship of org when state already
// holds it in this article, else nil.
func (e *engine) heldChair(org, state string) *chairmanship {
	cid, ok := e.curChair[org]
	if !ok || state == "" {
		return nil
	}
	for _, h := range e.org.holdCalls {
		if h.chair == cid && h.state == state {
			return e.chairs[cid]
		}
	}
	return nil
}

// holdCall records the facts one call of holds added, and whether the
// period was inferred (no year or period written, or only the date of a
// handover) rather than read.
type holdCall struct {
	chair, state string
	lo, hi       int
	tentative    bool
}

// pruneChairs drops, at the end of the article, a chairmanship whose period
// was inferred when the same state holds a chairmanship of the same
// organisation with a period written next to it ("الصين تتسلم الرئاسة" in a
// headline, "تسلمت الصين الرئاسة للفترة 2024-2025" in the body): the
// inferred HOLDS goes, and so do the CHAIRMANSHIP_OF and SUCCEEDED_BY facts
// of chairmanships no remaining state holds.
func (e *engine) pruneChairs() {
	if len(e.org.holdCalls) == 0 {
		return
	}
	drop := map[int]bool{}
	for _, t := range e.org.holdCalls {
		if !t.tentative {
			continue
		}
		tc := e.chairs[t.chair]
		for _, x := range e.org.holdCalls {
			xc := e.chairs[x.chair]
			if x.tentative || x.state != t.state || x.chair == t.chair || xc == nil || tc == nil || xc.org != tc.org {
				continue
			}
			if tc.year >= xc.year-1 && tc.year <= xc.last()+1 {
				for k := t.lo; k < t.hi; k++ {
					if e.facts[k].Rel.Type == graph.RelHolds {
						drop[k] = true
					}
				}
				break
			}
		}
	}
	if len(drop) == 0 {
		return
	}
	held := map[string]bool{}
	for k, f := range e.facts {
		if f.Rel.Type == graph.RelHolds && !drop[k] {
			held[f.Rel.End] = true
		}
	}
	gone := map[string]bool{}
	for id := range e.chairs {
		if !held[id] {
			gone[id] = true
			delete(e.chairs, id)
		}
	}
	kept := e.facts[:0]
	for k, f := range e.facts {
		if drop[k] || gone[f.Rel.Start] || gone[f.Rel.End] {
			continue
		}
		kept = append(kept, f)
	}
	e.facts = kept
}

// succession links chairmanships of the same organisation whose periods
// follow each other (2021-2022 → 2022-2023, 2023 → 2024).
func (e *engine) succession(a *sent, c *chairmanship, span [2]int) {
	if e.org.succ == nil {
		e.org.succ = map[string]bool{}
	}
	ids := make([]string, 0, len(e.chairs))
	for id := range e.chairs {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		o := e.chairs[id]
		if o.org != c.org || o.id == c.id {
			continue
		}
		var from, to *chairmanship
		switch {
		case o.last() == c.year || o.last()+1 == c.year && o.to == 0 && c.to == 0:
			from, to = o, c
		case c.last() == o.year || c.last()+1 == o.year && o.to == 0 && c.to == 0:
			from, to = c, o
		default:
			continue
		}
		if from.year >= to.year {
			continue
		}
		k := from.id + ">" + to.id
		if e.org.succ[k] {
			continue
		}
		e.org.succ[k] = true
		e.add(a, RuleSuccession, graph.RelSucceededBy, from.id, to.id, span, graph.StatusReported, nil)
	}
}

// timeExpr is a year or a period written in a clause.
type timeExpr struct {
	tok      int
	from, to int
	// day marks a date of day or month precision: the date of a handover
	// ("في الأول من ديسمبر المقبل"), which names the period only loosely.
	day bool
}

// times returns the years and periods of tokens [lo, hi): periods
// ("للفترة 2021-2022"), years ("عام 2026"، "في 2024"), "هذا العام"/"العام
// الجاري" (the article year), "العام المقبل" and "العام الماضي".
func (e *engine) times(a *sent, lo, hi int) []timeExpr {
	var out []timeExpr
	taken := map[int]bool{}
	for _, p := range a.s.Periods {
		k := a.tokenOf(p.Start)
		if k >= lo && k < hi {
			out = append(out, timeExpr{tok: k, from: p.From, to: p.To})
			for x := k; x <= a.tokenOf(max(p.End-1, p.Start)); x++ {
				taken[x] = true
			}
		}
	}
	for _, d := range a.s.Dates {
		k := a.tokenOf(d.Start)
		if k < lo || k >= hi || taken[k] || a.toks[k].quoted || d.Relative && d.Precision != PrecYear {
			continue
		}
		if d.Precision == PrecYear || d.Precision == PrecMonth || d.Precision == PrecDay {
			out = append(out, timeExpr{tok: k, from: d.Date.Year, day: d.Precision != PrecYear})
			taken[k] = true
		}
	}
	// a bare year after "في" ("تتسلم الرئاسة في 2024")
	for k := lo + 1; k < hi; k++ {
		if taken[k] || !a.toks[k-1].is(fold1("في")) {
			continue
		}
		if n, ok := yearNumber(a.toks[k].f); ok {
			out = append(out, timeExpr{tok: k, from: n})
			taken[k] = true
		}
	}
	y := e.articleYear()
	if y > 0 {
		for k := lo; k+1 < hi; k++ {
			t, u := a.toks[k], a.toks[k+1]
			if taken[k] || taken[k+1] {
				continue
			}
			switch {
			case t.has(thisYearWords) && u.has(yearNouns) && !(k > lo && a.toks[k-1].has(thatYearWords)):
				out = append(out, timeExpr{tok: k, from: y})
			case t.has(yearNouns) && u.has(thisYearWords):
				out = append(out, timeExpr{tok: k, from: y})
			case t.has(yearNouns) && u.has(nextYearWords):
				out = append(out, timeExpr{tok: k, from: y + 1})
			case t.has(yearNouns) && u.has(lastYearWords):
				out = append(out, timeExpr{tok: k, from: y - 1})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].tok < out[j].tok })
	return out
}

// stateClauseBetween reports whether a relative clause about a state
// ("السعودية، التي ترأست …") opens in (i, j): its times are that state's
// past, not the chairmanship's.
func stateClauseBetween(a *sent, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if !a.toks[k].has(relativePronouns) {
			continue
		}
		b := k - 1
		for b > i && a.toks[b].punct {
			b--
		}
		if en := a.entAt(b); en != nil && en.label == graph.LabelState {
			return true
		}
	}
	return false
}

// timeNear returns the time expression of [lo, hi) nearest to token t,
// not one inside a relative clause about a state after t.
func (e *engine) timeNear(a *sent, lo, hi, t int) (timeExpr, bool) {
	best, bd := timeExpr{}, 1<<30
	for _, x := range e.times(a, lo, hi) {
		if x.tok > t && stateClauseBetween(a, t, x.tok) {
			continue // "تسلمت البحرين الرئاسة من السعودية، التي ترأست الدورة السابقة العام الماضي"
		}
		d := x.tok - t
		if d < 0 {
			d = -d + 1 // ties go to the expression after the trigger
		}
		if d < bd {
			best, bd = x, d
		}
	}
	return best, bd < 1<<30
}

// excluded marks the tokens of "بدلا من X" phrases (up to a comma).
func excluded(a *sent, lo, hi int) map[int]bool {
	out := map[int]bool{}
	for i := lo; i < hi; i++ {
		if !a.toks[i].has(insteadWords) {
			continue
		}
		for k := i + 1; k < hi && !(a.toks[k].punct && a.toks[k].raw == "،"); k++ {
			out[k] = true
		}
	}
	return out
}

// holderNear returns the state that is the subject of a chairmanship verb
// at token i: a state (or a capital standing for it) or a person named in
// [i-3, i+3], or "بلاده" (the state of the person named before it).
func (e *engine) holderNear(sg *segment, i int, excl map[int]bool) string {
	a := sg.a
	best, bd := "", 1<<30
	for k := max(sg.lo, i-3); k < min(sg.hi, i+4); k++ {
		if excl[k] || k == i {
			continue
		}
		s := ""
		if a.toks[k].has(countryPronouns) && a.entAt(k) == nil {
			s = e.stateBefore(a, k)
		} else if en := a.entAt(k); en != nil && !en.quoted {
			switch {
			case en.label == graph.LabelState && en.form != FormAdjective && !en.mod:
				s = en.id
			case en.label == graph.LabelPlace:
				if ent, ok := e.entity(en.id); ok && ent.Capital {
					s = ent.State
				}
			case en.label == graph.LabelPerson:
				s = e.personState(en)
			}
		}
		if s == "" {
			continue
		}
		d := k - i
		if d < 0 {
			d = -d
		}
		if d < bd {
			best, bd = s, d
		}
	}
	return best
}

// stateBefore returns the state of the nearest person or state named before
// token k in the sentence ("الرئيس الأوزبكي ... الذي تولت بلاده").
func (e *engine) stateBefore(a *sent, k int) string {
	for j := k - 1; j >= 0; j-- {
		en := a.entAt(j)
		if en == nil || en.quoted {
			continue
		}
		switch en.label {
		case graph.LabelPerson:
			if s := e.personState(en); s != "" {
				return s
			}
		case graph.LabelState:
			if en.mod {
				continue
			}
			if en.form != FormAdjective {
				return en.id
			}
		}
	}
	return ""
}

// chairOrgAfter returns the organisation whose chairmanship a chair noun at
// token i names: "(ال)رئاسة (الدورية) ORG"، "رئاسة القمة" (the meeting's
// organisation), else the organisation named in the clause, else the one in
// focus.
func (e *engine) chairOrgAfter(sg *segment, i int) (string, int) {
	a := sg.a
	j := i + 1
	for j < sg.hi && a.toks[j].has(rotatingWords) {
		j++
	}
	if org, end, ok := e.orgRefAt(a, j); ok && e.isIGO(org) {
		return org, end
	}
	if j < sg.hi {
		if _, ok := lookup(a.toks[j], meetingNounsF); ok {
			// "رئاسة القمة العربية": the bloc the adjective names
			if j+1 < sg.hi {
				if v, ok := lookup(a.toks[j+1], blocAdjF); ok && (a.entAt(j+1) == nil || a.entAt(j+1).label != graph.LabelState) {
					if _, known := e.entity(v[1]); known || e.kb == nil {
						return v[1], j + 2
					}
				}
			}
			if mid := e.meetingAt(sg, j); mid != "" && e.meetings[mid].org != "" {
				return e.meetings[mid].org, j + 1
			}
		}
	}
	org := e.clauseOrg(sg, i)
	// "رئاسة المجلس"، "الرئاسة الدورية للمجلس": the head noun names the kind
	// of organisation; an organisation in focus without that noun in its
	// name is not the one meant (the most recent one with it is)
	if j < sg.hi {
		if head := orgHeadNoun(a.toks[j]); head != "" {
			if org != "" && e.orgHasHead(org, head) {
				return org, j + 1
			}
			for n := len(e.org.recentOrgs) - 1; n >= 0; n-- {
				if o := e.org.recentOrgs[n]; e.orgHasHead(o, head) && e.isIGO(o) {
					return o, j + 1
				}
			}
			return "", j + 1
		}
	}
	return org, j
}

// chairOrgHeads are the head nouns of organisations' names.
var chairOrgHeads = []string{"مجلس", "منظمة", "رابطة", "اتحاد", "مجموعة", "جامعة", "حلف", "منتدى", "تكتل", "مؤتمر"}

// orgHeadNoun returns the head noun of an organisation a definite token
// names ("المجلس"، "للمجلس"، "للمنظمة"), or "".
func orgHeadNoun(t token) string {
	if t.punct || t.ent >= 0 {
		return ""
	}
	for _, s := range t.stems {
		for _, h := range chairOrgHeads {
			if s == fold1("ال"+h) || s == fold1("لل"+h) {
				return fold1(h) // orgHasHead compares folded words
			}
		}
	}
	return ""
}

// clauseOrg returns the organisation named in the clause nearest to token
// i, else the organisation in focus.
func (e *engine) clauseOrg(sg *segment, i int) string {
	a := sg.a
	org, bd := "", 1<<30
	for k := sg.lo; k < sg.hi; k++ {
		en := a.entAt(k)
		if en == nil || en.t0 != k || en.label != graph.LabelOrganization || !e.isIGO(en.id) {
			continue
		}
		d := k - i
		if d < 0 {
			d = -d
		}
		if d < bd {
			org, bd = en.id, d
		}
	}
	if org != "" {
		return org
	}
	// a bare "الرئاسة" refers to the chairmanship the article spoke of last
	if c := e.chairs[e.org.lastChair]; c != nil && e.isIGO(c.org) {
		return c.org
	}
	if e.orgFocus != "" && e.isIGO(e.orgFocus) {
		return e.orgFocus
	}
	return ""
}

// nextPeriod is the chairmanship after the current one of org (or the
// year after the article year).
func (e *engine) nextPeriod(org string) (int, int) {
	if cid, ok := e.curChair[org]; ok {
		c := e.chairs[cid]
		if c.to > c.year {
			return c.to, c.to + (c.to - c.year)
		}
		return c.year + 1, 0
	}
	return e.articleYear() + 1, 0
}

// currentPeriod is the current chairmanship of org (or the article year).
func (e *engine) currentPeriod(org string) (int, int) {
	if cid, ok := e.curChair[org]; ok {
		c := e.chairs[cid]
		return c.year, c.to
	}
	return e.articleYear(), 0
}

// chairmanship reads chairmanship rotation in a clause:
//   - a chair verb with the chairmanship or an organisation as object
//     ("تترأس كازاخستان هذا العام رابطة الدول المستقلة"، "الذي تولت بلاده
//     رئاسة المنظمة للفترة 2021-2022");
//   - taking over ("تسلمت الهند الرئاسة الدورية للمنظمة للفترة 2022-2023"،
//     "تتسلم روسيا رئاسة المجموعة العام المقبل خلفا لجنوب أفريقيا": the
//     predecessor holds the period before);
//   - passing on ("انتقال رئاسة ORG إلى X"، "ستنتقل الرئاسة العام المقبل
//     إلى لاوس، ثم إلى ماليزيا في عام 2025"، "تسند رئاستها لعام 2026 إلى
//     الفلبين بدلا من ميانمار"): each target with its own year;
//   - the chairmanship noun with its holder ("رئاسة أستانا في هذه
//     المنظمة");
//   - co-chairs ("على أن تكون X وY رئيسين مشاركين") of the chairmanship
//     just read.
//
// States after "بدلا من" are excluded.
func (e *engine) chairmanship(sg *segment) {
	a := sg.a
	excl := excluded(a, sg.lo, sg.hi)
	for i := sg.lo; i < sg.hi; i++ {
		t := a.toks[i]
		if t.quoted || t.punct || t.ent >= 0 {
			continue
		}
		if negatedStatus(a, sg.lo, i, 3) && (t.has(moveWords) || t.has(giveVerbs) || t.has(receiveVerbs) || t.has(occupyVerbs)) {
			continue
		}
		// the token's modality, computed only by the rules that need it
		// (it scans the segment: once per token was a tenth of extraction)
		var st string
		if _, _, cv := t.verb(chairVerbs); cv || t.has(moveWords) || t.has(giveVerbs) || t.has(receiveVerbs) || t.has(occupyVerbs) {
			st = modality(a, sg.lo, sg.hi, i)
		}
		// passing on: a move/give word with the chairmanship within 3 tokens
		if t.has(moveWords) || t.has(giveVerbs) {
			cn := -1
			for k := max(sg.lo, i-3); k < min(sg.hi, i+4); k++ {
				if k != i && a.toks[k].has(chairNounsX) && !a.toks[k].quoted {
					cn = k
					break
				}
			}
			// "سلّم رئيس الوزراء الهندي ناريندرا مودي رئاسة ORG إلى ...": the
			// giver's designation between the verb and the noun
			if cn < 0 && t.has(giveVerbs) {
				for k := i + 1; k < sg.hi && k <= i+9; k++ {
					if a.toks[k].punct {
						break
					}
					if a.toks[k].has(chairNounsX) && a.entAt(k) == nil && !a.toks[k].quoted {
						cn = k
						break
					}
					if a.entAt(k) == nil && e.holderAt(a, k) == "" {
						break
					}
				}
			}
			var org string
			switch {
			case cn >= 0:
				org, _ = e.chairOrgAfter(sg, cn)
			case t.has(moveWords) && e.org.lastChair != "" && e.org.lastChairSent == a.s.Index:
				// "تتولى X الرئاسة هذا العام، على أن تنتقل إلى Y": the chairmanship just read
				cn, org = i, e.chairs[e.org.lastChair].org
			default:
				continue
			}
			if strings.HasPrefix(a.toks[cn].f, fold1("رئاست")) && a.toks[cn].f != fold1("رئاسة") {
				// "رئاستها": the organisation is the subject before
				if o := e.orgBefore(sg, cn); o != "" {
					org = o
				}
			}
			if org == "" {
				continue
			}
			var targets []int
			for k := max(i, cn) + 1; k < sg.hi; k++ {
				if excl[k] || !a.toks[k].has(targetPreps) || a.toks[k].is(fold1("ل")) {
					continue
				}
				if en := a.entAt(k + 1); en != nil && !excl[k+1] && (en.label == graph.LabelState && en.form != FormAdjective || en.label == graph.LabelPlace) {
					targets = append(targets, k)
				} else if !excl[k+1] && (en == nil || en.label == graph.LabelPerson) && e.holderAt(a, k+1) != "" {
					// "إلى الرئيس البرازيلي لولا": the state of the person
					targets = append(targets, k)
				}
			}
			if len(targets) == 0 {
				continue
			}
			// the giver ("سلم X الرئاسة إلى Y") holds the current period
			if t.has(giveVerbs) {
				g := ""
				for k := i + 1; k < cn && g == ""; k++ {
					if !excl[k] {
						g = e.holderAt(a, k)
					}
				}
				if g == "" {
					g = e.holderNear(sg, i, excl)
				}
				if g != "" && g != e.targetState(a, targets[0]+1) {
					from, to := e.currentPeriod(org)
					tentative := true
					if x, ok := e.timeNear(a, sg.lo, targets[0], i); ok {
						from, to, tentative = x.from-1, 0, x.day
					}
					e.org.tentative = tentative
					e.holds(a, RuleTransfer, org, from, to, g, "CHAIR", graph.StatusReported, a.span(i, i+1))
					e.org.tentative = false
				}
			}
			// "انتقال الرئاسة من X (لعام Y) إلى Z": the source holds its own
			// period, else the one before the first target's
			srcTok, src := -1, ""
			for k := max(i, cn) + 1; k < targets[0]; k++ {
				if a.toks[k].is(fold1("من")) && a.entAt(k) == nil && !excl[k+1] {
					if h := e.holderAt(a, k+1); h != "" {
						srcTok, src = k, h
						break
					}
				}
			}
			prevFrom := 0
			firstFrom, firstEnd, firstTentative := 0, 0, true
			for n, k := range targets {
				to := e.targetState(a, k+1)
				if to == "" {
					continue
				}
				lo := i + 1
				if n > 0 {
					lo = targets[n-1] + 2
				}
				hi := sg.hi
				if n+1 < len(targets) {
					hi = targets[n+1]
				}
				if n == 0 && srcTok >= 0 {
					lo = targets[0]
				}
				var from, end int
				tentative := true
				if x, ok := e.timeNear(a, lo, hi, k); ok {
					from, end, tentative = x.from, x.to, x.day
				} else if n > 0 && prevFrom > 0 {
					from = prevFrom + 1
				} else if c := e.heldChair(org, to); c != nil {
					from, end = c.year, c.to // the same handover told again (headline, then body)
				} else if _, has := e.curChair[org]; has || st == graph.StatusPlanned || st == graph.StatusExpected {
					from, end = e.nextPeriod(org)
				} else {
					from = e.articleYear()
				}
				prevFrom = from
				if n == 0 {
					firstFrom, firstEnd, firstTentative = from, end, tentative
				}
				e.org.tentative = tentative
				e.holds(a, RuleTransfer, org, from, end, to, "CHAIR", statusOr(st, graph.StatusReported), a.span(i, k+2))
				e.org.tentative = false
			}
			if src != "" && src != e.targetState(a, targets[0]+1) && firstFrom > 0 {
				from, end := firstFrom-1, 0
				if firstEnd > firstFrom {
					from, end = firstFrom-(firstEnd-firstFrom), firstFrom
				}
				tentative := firstTentative
				if x, ok := e.timeNear(a, srcTok+1, targets[0], srcTok+1); ok && !x.day {
					from, end, tentative = x.from, x.to, false
				}
				e.org.tentative = tentative
				e.holds(a, RuleTransfer, org, from, end, src, "CHAIR", graph.StatusReported, a.span(srcTok, srcTok+2))
				e.org.tentative = false
			}
			i = targets[len(targets)-1] + 1
			continue
		}
		// taking over: "تسلمت X (ال)رئاسة (الدورية) ORG"
		if cn, ok := e.receiveAt(sg, i); ok {
			// the holder: the subject between the verb and the noun
			// ("تسلم رئيس جزر القمر غزالي عثماني الرئاسة")، else next to the verb
			// "تسلمت X من Y الرئاسة": Y (after "من") is the predecessor
			fromTok := -1
			for k := i + 1; k < cn; k++ {
				if a.toks[k].is(fold1("من")) && a.entAt(k) == nil && e.holderAt(a, k+1) != "" {
					fromTok = k
					break
				}
			}
			holder := ""
			for k := i + 1; k < cn && holder == ""; k++ {
				if !excl[k] && (fromTok < 0 || k < fromTok || k > fromTok+3) {
					holder = e.holderAt(a, k)
				}
			}
			if holder == "" {
				holder = e.holderNear(sg, i, excl)
			}
			org, end := e.chairOrgAfter(sg, cn)
			if holder == "" || org == "" {
				continue
			}
			var from, to int
			tentative := false
			if x, ok := e.timeNear(a, i, sg.hi, i); ok {
				from, to, tentative = x.from, x.to, x.day
			} else if c := e.heldChair(org, holder); c != nil {
				from, to, tentative = c.year, c.to, true // the same handover told again
			} else if _, has := e.curChair[org]; has || st == graph.StatusPlanned || st == graph.StatusExpected {
				from, to = e.nextPeriod(org)
				tentative = true
			} else {
				from, tentative = e.articleYear(), true
			}
			e.org.tentative = tentative
			if fromTok >= 0 {
				e.predecessor(sg, org, from, to, holder, fromTok)
			} else {
				e.predecessor(sg, org, from, to, holder, end)
			}
			e.holds(a, RuleTransfer, org, from, to, holder, "CHAIR", statusOr(st, graph.StatusReported), a.span(i, end))
			e.org.tentative = false
			i = end - 1
			continue
		}
		// co-chairs
		if t.has(coChairHeads) && i+1 < sg.hi && a.toks[i+1].has(coChairWords) {
			cid := ""
			if e.org.lastChair != "" && e.org.lastChairSent == a.s.Index {
				cid = e.org.lastChair
			} else if e.orgFocus != "" {
				cid = e.curChair[e.orgFocus]
			}
			c := e.chairs[cid]
			if c == nil {
				continue
			}
			lo := sg.lo
			if t.paren > 0 {
				for lo = i; lo > sg.lo && a.toks[lo-1].paren == t.paren; lo-- {
				}
			}
			run, ok := e.nearestRun(a, lo, i, i)
			if !ok {
				continue
			}
			for _, s := range run.states {
				e.holds(a, RuleCoChair, c.org, c.year, c.to, s, "CO_CHAIR", statusOr(modality(a, lo, i+2, i), graph.StatusReported), a.span(i, i+2))
			}
			continue
		}
		// chair verb: "تترأس X (هذا العام) ORG"، "تولت بلاده رئاسة المنظمة"
		if _, _, ok := t.verb(chairVerbs); (ok || t.has(occupyVerbs) && e.chairNounWithin(sg, i, 4)) && !negatedStatus(a, sg.lo, i, 3) {
			org, end := "", i
			for k := i + 1; k < sg.hi && k <= i+4; k++ {
				if a.toks[k].has(chairNounsX) {
					org, end = e.chairOrgAfter(sg, k)
					break
				}
				if o, oe, ok := e.orgAt(a, k); ok && e.isIGO(o) {
					org, end = o, oe
					break
				}
				if en := a.entAt(k); en != nil && en.label != graph.LabelState && en.label != graph.LabelPlace {
					break
				}
				if _, ok := lookup(a.toks[k], meetingNounsF); ok {
					break
				}
			}
			if org == "" {
				continue
			}
			holder := e.holderNear(sg, i, excl)
			if holder == "" {
				continue
			}
			from, to := e.currentPeriod(org)
			if x, ok := e.timeNear(a, e.clauseStart(sg, i), e.clauseEnd(sg, end), i); ok {
				from, to = x.from, x.to
			} else if _, has := e.curChair[org]; !has || e.currentWord(sg, end) {
				from, to = e.articleYear(), 0
			} else if e.previousWord(sg, end) {
				from, to = from-1, 0
			}
			if from == 0 {
				continue
			}
			e.holds(a, RuleChair, org, from, to, holder, "CHAIR", statusOr(st, graph.StatusReported), a.span(i, end))
			e.predecessor(sg, org, from, to, holder, e.afterTime(sg, end))
			i = end - 1
			continue
		}
		// a person as the chair: "الرئيس السنغالي ماكي سال، بصفته رئيساً
		// للاتحاد الأفريقي لعام 2022": the person's state holds it
		if i > sg.lo && a.toks[i].has(chairTitleNouns) && a.toks[i-1].has(capacityWords) {
			if org, end, ok := e.orgRefAt(a, i+1); ok && e.isIGO(org) {
				holder := ""
				for k := range a.ents {
					p := &a.ents[k]
					if p.label == graph.LabelPerson && p.t1 <= i-1 && !p.quoted {
						if st := e.personState(p); st != "" {
							holder = st // the last person named before
						}
					}
				}
				if holder != "" {
					from, to := e.currentPeriod(org)
					if x, ok := e.timeNear(a, i, min(end+4, sg.hi), end); ok {
						from, to = x.from, x.to
					} else if from == 0 {
						from, to = e.articleYear(), 0
					}
					if from != 0 {
						e.holds(a, RuleChairNoun, org, from, to, holder, "CHAIR", graph.StatusReported, a.span(i-1, end))
						i = end - 1
						continue
					}
				}
			}
		}
		// a state as the chair: "بصفة الكويت رئيسة الدورة الحالية للمجلس
		// الأعلى لمجلس التعاون"، "وماليزيا رئيسة الرابطة لعام 2025"
		if en := e.stateBeforeChairNoun(a, sg, i, excl); en != nil {
			j := i + 1
			if a.toks[j].has(chairSessionNouns) {
				j++ // "رئيسة الدورة الحالية ل..."
			}
			for j < sg.hi && a.toks[j].has(rotatingWords) {
				j++
			}
			org, end, ok := e.orgRefAt(a, j)
			if ok {
				if ent, known := e.entity(org); known && ent.PartOf != "" && !e.isIGO(org) {
					org = ent.PartOf // a body ("المجلس الأعلى لمجلس التعاون"): its organisation
				}
			}
			if ok && e.isIGO(org) {
				from, to := e.currentPeriod(org)
				if x, ok := e.timeNear(a, i, min(end+4, sg.hi), end); ok {
					from, to = x.from, x.to
				} else if from == 0 {
					from, to = e.articleYear(), 0
				}
				if from != 0 {
					e.holds(a, RuleChairNoun, org, from, to, en.id, "CHAIR", graph.StatusReported, a.span(en.t0, end))
					i = end - 1
					continue
				}
			}
		}
		// chairmanship noun: "رئاسة STATE في ORG"
		if t.has(chairNounsX) && i+1 < sg.hi {
			en := a.entAt(i + 1)
			if en == nil || en.quoted || en.label == graph.LabelPerson || en.form == FormAdjective {
				continue
			}
			state := e.stateOf(en.id)
			if state == "" || excl[i+1] {
				continue
			}
			org := ""
			for k := en.t1; k < sg.hi && k <= en.t1+3; k++ {
				if o, _, ok := e.orgAt(a, k); ok && e.isIGO(o) {
					org = o
					break
				}
			}
			// "خلال رئاسة كازاخستان لها": the pronoun stands for the
			// organisation named before in the clause ("إن المنظمة ...")
			if org == "" && en.t1 < sg.hi && (a.toks[en.t1].f == fold1("لها") || a.toks[en.t1].f == fold1("له")) {
				org = e.orgBefore(sg, i)
			}
			if org == "" {
				continue
			}
			from, to := e.currentPeriod(org)
			if x, ok := e.timeNear(a, sg.lo, sg.hi, i); ok {
				from, to = x.from, x.to
			}
			if from == 0 {
				continue
			}
			e.holds(a, RuleChairNoun, org, from, to, state, "CHAIR", graph.StatusReported, a.span(i, en.t1))
		}
	}
}

// stateBeforeChairNoun returns the state named right before a chair noun
// at token i ("الكويت رئيسة ..."), not a nisba, quote or excluded token.
func (e *engine) stateBeforeChairNoun(a *sent, sg *segment, i int, excl map[int]bool) *ent {
	if !a.toks[i].has(chairTitleNouns) || i == sg.lo || i+1 >= sg.hi {
		return nil
	}
	en := a.entAt(i - 1)
	if en == nil || en.t1 != i || en.label != graph.LabelState || en.mod || en.quoted || en.form == FormAdjective || excl[en.t0] {
		return nil
	}
	return en
}

// targetState is the state a recipient of the chairmanship at token j
// stands for: a state or place named, else a person (or title chain).
func (e *engine) targetState(a *sent, j int) string {
	if en := a.entAt(j); en != nil && (en.label == graph.LabelState || en.label == graph.LabelPlace) {
		return e.stateOf(en.id)
	}
	return e.holderAt(a, j)
}

// holderAt returns the state an entity at token j stands for.
func (e *engine) holderAt(a *sent, j int) string {
	en := a.entAt(j)
	if en != nil && en.quoted {
		return ""
	}
	switch {
	case en == nil:
	case en.label == graph.LabelState:
		if en.mod {
			for k := range a.ents {
				p := &a.ents[k]
				if p.label == graph.LabelPerson && p.chain0 <= j && j < p.t1 {
					return e.personState(p)
				}
			}
			return ""
		}
		return en.id
	case en.label == graph.LabelPerson:
		return e.personState(en)
	case en.label == graph.LabelPlace:
		if ent, ok := e.entity(en.id); ok && ent.Capital {
			return ent.State
		}
	}
	// a title opening a person's chain
	for k := range a.ents {
		p := &a.ents[k]
		if p.label == graph.LabelPerson && p.chain0 <= j && j < p.t0 {
			return e.personState(p)
		}
	}
	return ""
}

// orgBefore returns the intergovernmental organisation named nearest before
// token i in the clause.
func (e *engine) orgBefore(sg *segment, i int) string {
	a := sg.a
	for k := i - 1; k >= sg.lo; k-- {
		if o, _, ok := e.orgRefAt(a, k); ok && e.isIGO(o) {
			return o
		}
	}
	return ""
}

// receiveAt recognises a take-over verb at token i whose object is the
// chairmanship, with at most a named subject between them ("تسلمت الهند
// الرئاسة"، "تسلم رئيس جزر القمر غزالي عثماني رئاسة الاتحاد"); it returns
// the chairmanship noun.
func (e *engine) receiveAt(sg *segment, i int) (int, bool) {
	a := sg.a
	if !a.toks[i].has(receiveVerbs) {
		return 0, false
	}
	for k := i + 1; k < sg.hi && k <= i+8; k++ {
		t := a.toks[k]
		if t.has(chairNounsX) && a.entAt(k) == nil {
			return k, true
		}
		if a.entAt(k) != nil || e.holderAt(a, k) != "" {
			continue
		}
		if k == i+1 && t.has(rotatingWords) || t.has(timeAdverbs) || a.inDate(k) {
			continue
		}
		// "تسلمت X من Y الرئاسة": the predecessor before the noun
		if t.is(fold1("من")) && k+1 < sg.hi && e.holderAt(a, k+1) != "" {
			continue
		}
		return 0, false
	}
	return 0, false
}

// yearNumber reads a folded token that is a plausible year (1900–2100).
func yearNumber(f string) (int, bool) {
	if len(f) != 4 {
		return 0, false
	}
	n := 0
	for _, r := range f {
		if r < '0' || r > '9' {
			return 0, false
		}
		n = n*10 + int(r-'0')
	}
	return n, n >= 1900 && n <= 2100
}

// occupyVerbs hold an office: "تشغل X رئاسة ORG" (with the chairmanship
// noun as object).
var occupyVerbs = set("تشغل", "يشغل", "شغلت", "شغل", "ستشغل", "سيشغل", "تتسلم", "تترأس", "تقود", "يقود", "قادت")

// timeAdverbs may stand between a verb and its object ("تسلمت الكويت
// اليوم الرئاسة").
var timeAdverbs = set("اليوم", "أمس", "غدا", "رسميا", "حاليا", "الآن", "بدورها", "بدوره", "مساء", "صباح", "صباحا", "مساءً")

// predecessor reads "خلفا ل X"، "من X" after a take-over phrase ending at
// token end: X held the period before [from, to].
func (e *engine) predecessor(sg *segment, org string, from, to int, holder string, end int) {
	a := sg.a
	for k := end; k+1 < sg.hi && k <= end+8; k++ {
		if !a.toks[k].has(predecessorWords) && !(a.toks[k].is(fold1("من")) && k == end) {
			continue
		}
		for j := k + 1; j < sg.hi && j <= k+3; j++ {
			if p := e.holderAt(a, j); p != "" && p != holder {
				pf, pt := from-1, 0
				if to > from {
					pf, pt = from-(to-from), from
				}
				e.holds(a, RuleTransfer, org, pf, pt, p, "CHAIR", graph.StatusReported, a.span(k, j+1))
				break
			}
		}
		break
	}
}

// chairNounWithin reports whether a chairmanship noun stands within n
// tokens after token i.
func (e *engine) chairNounWithin(sg *segment, i, n int) bool {
	a := sg.a
	for k := i + 1; k < sg.hi && k <= i+n; k++ {
		if a.toks[k].has(chairNounsX) && a.entAt(k) == nil {
			return true
		}
	}
	return false
}

// afterTime skips a time expression ("في عام 2025"، "لعام 2025") after
// token end.
func (e *engine) afterTime(sg *segment, end int) int {
	a := sg.a
	k := end
	for k < sg.hi && k <= end+4 && (a.inDate(k) || a.toks[k].has(set("في", "لعام", "عام", "للعام", "خلال"))) {
		k++
	}
	return k
}

// inDate reports whether token k is inside a date expression or period.
func (a *sent) inDate(k int) bool {
	if k < 0 || k >= len(a.toks) {
		return false
	}
	t := a.toks[k]
	for _, d := range a.s.Dates {
		if t.start >= d.Start && t.end <= d.End {
			return true
		}
	}
	for _, p := range a.s.Periods {
		if t.start >= p.Start && t.end <= p.End {
			return true
		}
	}
	return false
}

// clauseEnd is the end of the clause of a chairmanship phrase ending at
// token end: before the next coordinated clause ("، وتسلم ماليزيا
// الرئاسة العام المقبل") or the next chairmanship verb.
func (e *engine) clauseEnd(sg *segment, end int) int {
	a := sg.a
	for k := end; k < sg.hi; k++ {
		t := a.toks[k]
		if t.punct && (t.raw == "،" || t.raw == ",") && k+1 < sg.hi && strings.HasPrefix(a.toks[k+1].f, "و") && a.entAt(k+1) == nil {
			return k
		}
		if !t.punct && k > end && (t.has(receiveVerbs) || t.has(moveWords) || t.has(giveVerbs) || t.has(occupyVerbs)) {
			return k
		}
		if _, _, ok := t.verb(chairVerbs); ok && k > end {
			return k
		}
	}
	return sg.hi
}

// clauseStart is the start of the clause of a chairmanship verb at token
// i (after the previous coordinated clause).
func (e *engine) clauseStart(sg *segment, i int) int {
	a := sg.a
	for k := i - 1; k > sg.lo; k-- {
		t := a.toks[k]
		if t.punct && (t.raw == "،" || t.raw == ",") && strings.HasPrefix(a.toks[k+1].f, "و") && a.entAt(k+1) == nil {
			return k + 1
		}
	}
	return sg.lo
}

// currentWords / previousWords qualify a chairmanship: "حاليا"، "الحالية"
// (the article year), "السابقة"، "الماضية" (the period before the current).
var (
	currentWords  = set("حاليا", "الحالية", "الحالي", "الآن", "الجارية")
	previousWords = set("السابقة", "الماضية", "المنصرمة", "السابق", "الماضي", "المنصرم")
)

func (e *engine) currentWord(sg *segment, end int) bool {
	return e.wordNear(sg, end, currentWords)
}

func (e *engine) previousWord(sg *segment, end int) bool {
	return e.wordNear(sg, end, previousWords)
}

// wordNear reports whether a word of m stands within 3 tokens of token end
// (before or after), in the clause.
func (e *engine) wordNear(sg *segment, end int, m map[string]bool) bool {
	a := sg.a
	for k := max(sg.lo, end-4); k < sg.hi && k <= end+2; k++ {
		if !a.toks[k].punct && a.toks[k].has(m) {
			return true
		}
	}
	return false
}
