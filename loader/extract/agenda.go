package extract

import (
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// -- chairmanship -------------------------------------------------------------

// yearIn returns the year a segment speaks of: an explicit year ("عام
// 2023"), "هذا العام"/"العام الحالي" (the article year) or "العام المقبل".
func (e *engine) yearIn(sg *segment) (int, bool) {
	a := sg.a
	for _, d := range a.s.Dates {
		k := a.tokenOf(d.Start)
		if k >= sg.lo && k < sg.hi && d.Precision == PrecYear && !a.toks[k].quoted {
			return d.Date.Year, true
		}
	}
	y := e.articleYear()
	for k := sg.lo; k+1 < sg.hi; k++ {
		t, u := a.toks[k], a.toks[k+1]
		if (t.has(thisYearWords) && u.has(yearNouns)) || (t.has(yearNouns) && u.has(thisYearWords)) {
			return y, y > 0
		}
		if t.has(yearNouns) && u.has(nextYearWords) {
			return y + 1, y > 0
		}
	}
	return y, false
}

// chairmanshipOf creates the chairmanship of org in year and the fact that
// state holds it in role.
func (e *engine) holds(a *sent, rule, org string, year int, state, role, status string, span [2]int) string {
	id := graph.ChairmanshipID(orgSlug(org), itoa(year))
	if _, ok := e.chairs[id]; !ok {
		e.chairs[id] = &chairmanship{id: id, org: org, year: year}
	}
	if cur, ok := e.curChair[org]; !ok || e.chairs[cur].year <= year {
		e.curChair[org] = id
	}
	e.add(a, rule, graph.RelHolds, state, id, span, status, graph.Props{"role": role})
	e.add(a, rule, graph.RelChairmanshipOf, id, org, span, graph.StatusReported, nil)
	return id
}

// chairmanship: "تترأس كازاخستان هذا العام رابطة الدول المستقلة" (chair
// verb), "رئاسة أستانا في هذه المنظمة" (chairmanship noun), "انتقال رئاسة
// ORG إلى STATE" (transfer: the next year's chairmanship, SUCCEEDED_BY),
// "ستصبح X وY رئيسين مشاركين" (co-chairs of the new chairmanship).
func (e *engine) chairmanship(sg *segment) {
	a := sg.a
	created := ""
	for i := sg.lo; i < sg.hi; i++ {
		t := a.toks[i]
		if t.quoted || t.punct || t.ent >= 0 {
			continue
		}
		// transfer
		if t.has(transferNouns) && i+1 < sg.hi && a.toks[i+1].has(chairNouns) {
			org, end, ok := e.orgAt(a, i+2)
			if !ok {
				continue
			}
			to := ""
			for k := end; k < sg.hi && k <= end+2; k++ {
				if a.toks[k].is(fold1("إلى")) || a.toks[k].is(fold1("الى")) {
					if en := a.entAt(k + 1); en != nil {
						to = e.stateOf(en.id)
					}
				}
			}
			if to == "" {
				continue
			}
			year := e.articleYear() + 1
			prev, hasPrev := e.curChair[org]
			if hasPrev {
				year = e.chairs[prev].year + 1
			}
			st := statusOr(modality(a, sg.lo, sg.hi, i), graph.StatusPlanned)
			created = e.holds(a, RuleTransfer, org, year, to, "CHAIR", st, a.span(i, end))
			if hasPrev && prev != created {
				e.add(a, RuleTransfer, graph.RelSucceededBy, prev, created, a.span(i, end), st, nil)
			}
			i = end - 1
			continue
		}
		// co-chairs
		if (t.is(fold1("رئيسين")) || t.is(fold1("رئيسا")) || t.is(fold1("رؤساء")) || t.is(fold1("رئيس"))) && i+1 < sg.hi && a.toks[i+1].has(coChairWords) {
			cid := created
			if cid == "" {
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
			st := statusOr(modality(a, lo, i+2, i), graph.StatusPlanned)
			for _, en := range e.actors(a, lo, i) {
				if s := e.stateOf(en.id); s != "" {
					e.holds(a, RuleCoChair, c.org, c.year, s, "CO_CHAIR", st, a.span(i, i+2))
				}
			}
			continue
		}
		// chair verb
		if _, _, ok := t.verb(chairVerbs); ok && !negated(a, sg.lo, i, 3) {
			j := i + 1
			if j < sg.hi && a.toks[j].has(chairNouns) {
				j++
			}
			state := ""
			for k := max(sg.lo, i-2); k < min(sg.hi, j+2); k++ {
				if en := a.entAt(k); en != nil && !en.quoted && !en.mod {
					if s := e.stateOf(en.id); s != "" && (en.label == graph.LabelState || en.label == graph.LabelPlace) {
						state = s
						break
					}
				}
			}
			var org string
			for k := j; k < sg.hi && k <= j+4; k++ {
				if o, _, ok := e.orgAt(a, k); ok {
					org = o
					break
				}
			}
			if state == "" || org == "" {
				continue
			}
			year, _ := e.yearIn(sg)
			if year == 0 {
				continue
			}
			e.holds(a, RuleChair, org, year, state, "CHAIR", statusOr(modality(a, sg.lo, sg.hi, i), graph.StatusReported), a.span(i, j))
			continue
		}
		// chairmanship noun: "رئاسة STATE في ORG"
		if t.has(chairNouns) && i > sg.lo && !a.toks[i-1].has(transferNouns) {
			en := a.entAt(i + 1)
			if en == nil || en.quoted {
				continue
			}
			state := e.stateOf(en.id)
			if state == "" || en.label == graph.LabelPerson {
				continue
			}
			org := ""
			for k := en.t1; k < sg.hi && k <= en.t1+3; k++ {
				if o, _, ok := e.orgAt(a, k); ok {
					org = o
					break
				}
			}
			if org == "" {
				continue
			}
			year, ok := e.yearIn(sg)
			if cid, has := e.curChair[org]; has && !ok {
				year = e.chairs[cid].year
			}
			if year == 0 {
				continue
			}
			e.holds(a, RuleChairNoun, org, year, state, "CHAIR", graph.StatusReported, a.span(i, en.t1))
		}
	}
}

// -- agenda: initiatives -------------------------------------------------------

// template is a recognised initiative phrase.
type template struct {
	slug, title, kind, action string
	from, to                  int
	args                      []string // entity ids the initiative concerns
	argTopic                  string
	end                       int
}

var (
	commissionHeads = set("لجنة", "هيئة")
	orgHeads        = set("منظمة", "مؤسسة", "مركز", "هيئة")
	programmeHeads  = set("برنامج", "خطة", "استراتيجية", "إستراتيجية", "برامج")
	agreementHeads  = set("اتفاقية", "اتفاقيات", "اتفاق", "اتفاقات", "معاهدة")
	councilHeads    = set("مجلس")
	statusHeads     = set("صفة", "وضع")
	observerWords   = set("مراقب", "المراقب")
	themeHeads      = set("موضوع", "شعار", "عنوان")
	statementHeads  = set("بيان")
	declHeads       = set("إعلان")
	jointWords      = set("مشترك", "المشترك", "مشتركا", "ختامي", "الختامي")
	advisoryWords   = set("استشاري", "الاستشاري")
	languageWord    = fold1("اللغة")
	cooperationWord = set("التعاون", "تعاون")
	linkWords       = set("حول", "بشأن", "في", "حيال", "عن", "ل", "على")
	observerPrep    = set("لدى", "في")
)

// termAt finds a term of the lexicon within n tokens after i.
func termAt(a *sent, i, hi, n int) (string, int, bool) {
	for k := i; k < hi && k <= i+n; k++ {
		if a.toks[k].quoted || a.entAt(k) != nil {
			continue
		}
		if v, l, ok := phraseAt(a, k, termsF); ok {
			return v, k + l, true
		}
	}
	return "", i, false
}

// titleCase capitalises the first letter.
func titleCase(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// periodAfter returns the first period (or year) of the segment at or
// after token i.
func (e *engine) periodAfter(sg *segment, i int) (int, int, bool) {
	a := sg.a
	for _, p := range a.s.Periods {
		k := a.tokenOf(p.Start)
		if k >= i && k < sg.hi {
			return p.From, p.To, true
		}
	}
	return 0, 0, false
}

func (e *engine) yearAfter(sg *segment, i, n int) (int, bool) {
	a := sg.a
	for _, d := range a.s.Dates {
		k := a.tokenOf(d.Start)
		if k >= i && k < sg.hi && k <= i+n && d.Precision == PrecYear {
			return d.Date.Year, true
		}
	}
	return 0, false
}

// templateAt recognises an initiative phrase whose head is token i.
func (e *engine) templateAt(sg *segment, i int) (template, bool) {
	a := sg.a
	t := a.toks[i]
	if t.quoted || t.punct || t.ent >= 0 {
		return template{}, false
	}
	hi := sg.hi
	switch {
	case t.has(statusHeads):
		// صفة (عضوية)? مراقب لدى ORG
		k := i + 1
		if k < hi && a.toks[k].is(fold1("عضوية")) {
			k++
		}
		if k < hi && a.toks[k].has(observerWords) {
			k++
			if k < hi && a.toks[k].has(observerPrep) {
				k++
			}
			if org, end, ok := e.orgAt(a, k); ok {
				lbl := e.orgLabel(org)
				return template{slug: orgSlug(org) + "-observer-status", title: "Observer status at " + lbl, kind: "DECISION",
					action: "DECIDE", args: []string{org}, argTopic: "observer status", end: end}, true
			}
		}
	case t.has(themeHeads):
		for k := i + 1; k < hi && k <= i+3; k++ {
			if a.toks[k].has(yearNouns) {
				if from, to, ok := e.periodAfter(sg, k); ok {
					return template{slug: "themes-of-years-" + itoa(from) + "-" + itoa(to), title: "Themes of the years " + itoa(from) + "–" + itoa(to),
						kind: "DESIGNATION", action: "DESIGNATE", from: from, to: to, end: k + 1}, true
				}
				if y, ok := e.yearAfter(sg, k, 4); ok {
					return template{slug: "theme-of-year-" + itoa(y), title: "Theme of the year " + itoa(y), kind: "DESIGNATION",
						action: "DESIGNATE", from: y, to: y, end: k + 1}, true
				}
			}
		}
	case t.is(capitalWord) && i+1 < hi:
		adj, ok := lookup(a.toks[i+1], capitalAdjF)
		if ok && adj != "" {
			if y, ok := e.yearAfter(sg, i+1, 5); ok {
				return template{slug: adj + "-capital-" + itoa(y), title: titleCase(adj) + " capital " + itoa(y), kind: "DESIGNATION",
					action: "DESIGNATE", from: y, to: y, end: i + 2}, true
			}
		}
	case t.has(statementHeads) && i+1 < hi && a.toks[i+1].has(jointWords):
		slug := "joint-statement"
		if a.toks[i+1].is(fold1("ختامي")) {
			slug = "final-statement"
		}
		return template{slug: slug, title: titleCase(strings.ReplaceAll(slug, "-", " ")), kind: "STATEMENT", action: "ADOPT", end: i + 2}, true
	case t.has(declHeads) && i+1 < hi && a.toks[i+1].has(jointWords):
		return template{slug: "joint-declaration", title: "Joint declaration", kind: "STATEMENT", action: "ADOPT", end: i + 2}, true
	case t.has(programmeHeads):
		if term, end, ok := termAt(a, i+1, hi, 2); ok {
			tp := template{slug: graph.Slug(term) + "-programme", title: titleCase(term) + " programme", kind: "PROGRAMME", action: "APPROVE", end: end}
			if from, to, ok := e.periodAfter(sg, end); ok {
				tp.slug += "-" + itoa(from) + "-" + itoa(to)
				tp.title += " " + itoa(from) + "–" + itoa(to)
				tp.from, tp.to = from, to
			}
			return tp, true
		}
	case t.has(agreementHeads):
		k := i + 1
		for k < hi && k <= i+3 && (a.toks[k].has(linkWords) || a.toks[k].has(cooperationWord)) && a.entAt(k) == nil {
			if _, _, ok := phraseAt(a, k, termsF); ok {
				break
			}
			k++
		}
		if term, end, ok := termAt(a, k, hi, 0); ok {
			return template{slug: graph.Slug(term) + "-agreement", title: titleCase(term) + " agreement", kind: "AGREEMENT", action: "SIGN", end: end}, true
		}
	case t.has(councilHeads):
		k := i + 1
		advisory := k < hi && a.toks[k].has(advisoryWords)
		if advisory {
			k++
		}
		if k < hi && (a.toks[k].is(headsWord) || strings.HasPrefix(a.toks[k].f, "لرو")) {
			k++
		}
		if term, end, ok := termAt(a, k, hi, 1); ok {
			name := "council"
			if advisory {
				name = "advisory council"
			}
			return template{slug: graph.Slug(term + " " + name), title: titleCase(term + " " + name), kind: "BODY", action: "ESTABLISH", end: end}, true
		}
	case t.has(commissionHeads):
		if term, end, ok := termAt(a, i+1, hi, 1); ok {
			return template{slug: graph.Slug(term) + "-commission", title: titleCase(term) + " commission", kind: "BODY", action: "ESTABLISH", end: end}, true
		}
	}
	if t.has(orgHeads) {
		for k := i + 1; k < hi && k <= i+6; k++ {
			if a.toks[k].is(languageWord) && k+1 < hi {
				if lang, ok := lookup(a.toks[k+1], languagesF); ok {
					return template{slug: graph.Slug(lang) + "-language-organization", title: "International Organization for the " + lang + " Language",
						kind: "BODY", action: "ESTABLISH", end: k + 2}, true
				}
			}
		}
	}
	return template{}, false
}

// agenda: agenda items of the meeting in focus (or named in the segment):
// an action word (إنشاء، الموافقة على، توقيع، اتخاذ قرار، اعتماد، تحديد)
// and an initiative phrase give CONSIDERS with the action and the
// modality; "التابعة ل ORG"/"تحت رعاية ORG" gives UNDER_AUSPICES_OF.
func (e *engine) agenda(sg *segment) {
	a := sg.a
	prevEnd, prevAction := -1, ""
	for i := sg.lo; i < sg.hi; i++ {
		tp, ok := e.templateAt(sg, i)
		if !ok {
			continue
		}
		// the governing action: inherited over "و بشأن/حول" from the previous
		// item, else the nearest action word before the head
		action, trig := "", i
		if prevEnd >= 0 && i-prevEnd <= 3 && coordinated(a, prevEnd, i) {
			action = prevAction
		}
		if action == "" {
			from := sg.lo
			if prevEnd > from {
				from = prevEnd
			}
			for k := i - 1; k >= from; k-- {
				if act, ok := lookup(a.toks[k], actionsF); ok && !a.toks[k].has(expectedMarkers) && !a.toks[k].quoted {
					action, trig = act, k
					break
				}
			}
		}
		if action == "" {
			action = tp.action
		}
		prevEnd, prevAction = tp.end, action
		mid := e.meetingAt(sg, i)
		owner, auspices := e.owner(sg, tp, mid)
		if owner == "" {
			continue
		}
		id := graph.InitiativeID(owner, tp.slug)
		st := modality(a, sg.lo, sg.hi, trig)
		if st == "" && mid != "" {
			st = e.meetings[mid].status
		}
		in, exists := e.inits[id]
		surface := a.spanText(i, tp.end)
		if !exists {
			in = &initiative{id: id, title: tp.title, nameAr: surface, kind: tp.kind, from: tp.from, to: tp.to}
			e.inits[id] = in
		}
		in.aliases = graph.UnionStrings(in.aliases, []string{surface})
		in.status = initiativeStatus(st, action)
		e.lastInit = id
		span := a.span(trig, tp.end)
		if mid != "" {
			e.add(a, RuleAgenda, graph.RelConsiders, mid, id, span, statusOr(st, graph.StatusReported), graph.Props{"action": action})
		}
		if auspices != "" {
			e.add(a, RuleAuspices, graph.RelUnderAuspicesOf, id, auspices, span, graph.StatusReported, nil)
		}
		for _, arg := range tp.args {
			e.add(a, RuleConcerns, graph.RelConcerns, id, arg, span, graph.StatusReported, graph.Props{"topic": tp.argTopic})
		}
		if tp.kind == "DESIGNATION" {
			e.designee(sg, tp, id)
		}
		i = tp.end - 1
	}
}

// coordinated reports whether tokens [i, j) only coordinate ("و", "وبشأن", "،").
func coordinated(a *sent, i, j int) bool {
	for k := i; k < j; k++ {
		t := a.toks[k]
		if t.punct && t.raw == "،" {
			continue
		}
		if t.is(fold1("و")) || t.has(linkWords) || strings.HasPrefix(t.f, "و") && len(t.stems) > 1 && func() bool {
			for _, s := range t.stems[1:] {
				if linkWords[s] {
					return true
				}
			}
			return false
		}() {
			continue
		}
		if t.has(actionsF2) {
			continue
		}
		return false
	}
	return true
}

// actionsF2 are the action nouns that may stand between coordinated items
// without changing the governing action ("وبشأن تشكيل مجلس").
var actionsF2 = set("تشكيل", "إنشاء", "تأسيس")

// owner returns the organisation an initiative belongs to (for its id):
// one named after it ("التابعة لرابطة"، "في رابطة"، "للرابطة"), else the
// meeting's organisation, else the meeting's format; and the organisation
// of an explicit auspices phrase.
func (e *engine) owner(sg *segment, tp template, mid string) (string, string) {
	a := sg.a
	owner, auspices := "", ""
	for k := tp.end; k < sg.hi && k <= tp.end+10; k++ {
		if a.toks[k].punct && a.toks[k].raw == "،" {
			break
		}
		org, _, ok := e.orgAt(a, k)
		if !ok || contains(tp.args, org) {
			continue
		}
		if ent, _ := e.entity(org); ent.Kind == "MINISTRY" || ent.Kind == "MEDIA" {
			continue
		}
		owner = org
		for x := max(tp.end, k-2); x <= k; x++ {
			if a.toks[x].has(auspicesWords) {
				auspices = org
			}
		}
		break
	}
	if owner == "" {
		if m := e.meetings[mid]; m != nil {
			if m.org != "" {
				owner = m.org
			} else {
				owner = "org:" + m.format
			}
		} else if e.orgFocus != "" {
			owner = e.orgFocus
		}
	}
	return orgSlug(owner), auspices
}

func initiativeStatus(st, action string) string {
	switch st {
	case graph.StatusHeld:
		if action == "ESTABLISH" || action == "APPROVE" || action == "SIGN" || action == "ADOPT" || action == "DESIGNATE" || action == "DECIDE" {
			return "ADOPTED"
		}
		return graph.StatusProposed
	case graph.StatusExpected, graph.StatusPlanned, graph.StatusProposed:
		return st
	}
	return graph.StatusProposed
}

var candidateWords = set("تكون", "ستكون", "يكون", "سيكون", "هي", "هو", "وهي")

// designee: "العاصمة الثقافية ... لعام 2023 - يمكن أن تكون سانت بطرسبرغ":
// the place or state proposed for a designation.
func (e *engine) designee(sg *segment, tp template, id string) {
	a := sg.a
	for k := tp.end; k+1 < sg.hi && k <= tp.end+8; k++ {
		if a.toks[k].punct && a.toks[k].raw == "،" {
			return
		}
		if !a.toks[k].has(candidateWords) {
			continue
		}
		if en := a.entAt(k + 1); en != nil && (en.label == graph.LabelPlace || en.label == graph.LabelState) && !en.quoted {
			e.add(a, RuleConcerns, graph.RelConcerns, id, en.id, a.span(k, en.t1), graph.StatusProposed, graph.Props{"topic": "designee"})
		}
		return
	}
}

// proposals: "تعود ملكية هذه المبادرة إلى X"، "اقترح X": X proposed the
// latest initiative.
func (e *engine) proposals(sg *segment) {
	a := sg.a
	hasInit := false
	for i := sg.lo; i < sg.hi; i++ {
		if a.toks[i].has(initiativeWords) {
			hasInit = true
		}
	}
	for i := sg.lo; i < sg.hi; i++ {
		t := a.toks[i]
		if t.quoted || t.punct || t.ent >= 0 {
			continue
		}
		if _, _, ok := t.verb(proposalVerbs); !ok || e.lastInit == "" {
			continue
		}
		if t.is(fold1("ملكية")) && !hasInit {
			continue
		}
		for _, en := range e.actors(a, i+1, sg.hi) {
			e.add(a, RuleProposal, graph.RelProposed, en.id, e.lastInit, a.span(i, en.t1), statusOr(modality(a, sg.lo, sg.hi, i), graph.StatusReported), nil)
			break
		}
		return
	}
}

// initiated: "بمبادرة من X عام Y" — FOUNDED X → the organisation when the
// clause speaks of founding a body ("تم تشكيله"، "منتدى")، INITIATED_BY
// from the meeting (format) in focus when it speaks of a format ("صيغة
// الحوار")، else PROPOSED of the latest initiative.
func (e *engine) initiated(sg *segment) {
	a := sg.a
	for i := sg.lo; i+2 < sg.hi; i++ {
		t := a.toks[i]
		if t.quoted || !t.is(initiatorWord) || !a.toks[i+1].is(fold1("من")) {
			continue
		}
		en := a.entAt(i + 2)
		if en == nil {
			continue
		}
		agent := e.stateOf(en.id)
		if en.label == graph.LabelPerson {
			agent = en.id
		}
		if agent == "" {
			continue
		}
		year, okY := 0, false
		for _, d := range a.s.Dates {
			k := a.tokenOf(d.Start)
			if k >= sg.lo && k < sg.hi && d.Precision == PrecYear {
				year, okY = d.Date.Year, true
				break
			}
		}
		props := graph.Props{}
		if okY {
			props["year"] = int64(year)
		}
		span := a.span(i, en.t1)
		founding, formatCtx := false, false
		for k := sg.lo; k < sg.hi; k++ {
			if a.toks[k].has(foundingWords) {
				founding = true
			}
			if a.toks[k].has(formatWords) {
				formatCtx = true
			}
		}
		switch {
		case founding:
			org := ""
			for k := i - 1; k >= 0; k-- {
				if x := a.entAt(k); x != nil && x.label == graph.LabelOrganization && !x.quoted {
					org = x.id
					break
				}
			}
			if org == "" {
				org = e.orgFocus
			}
			if org != "" {
				e.add(a, RuleFounded, graph.RelFounded, agent, org, span, graph.StatusReported, props)
			}
		case formatCtx:
			if mid := e.meetingAt(sg, i); mid != "" {
				e.add(a, RuleInitiated, graph.RelInitiatedBy, mid, agent, span, graph.StatusReported, props)
			}
		case e.lastInit != "":
			e.add(a, RuleProposal, graph.RelProposed, agent, e.lastInit, span, graph.StatusReported, nil)
		}
	}
}

// diplomatic: "العلاقات الدبلوماسية بين A و(B، C ...)" gives
// DIPLOMATIC_RELATIONS A–B..., stored once per pair (ids in order), with
// since from "الذكرى الثلاثين لتأسيس" (article year − 30) or "منذ عام Y".
func (e *engine) diplomatic(sg *segment) {
	a := sg.a
	for i := sg.lo; i+1 < sg.hi; i++ {
		if a.toks[i].quoted || !a.toks[i].is(relationsWord) || !a.toks[i+1].is(diplomaticWord) {
			continue
		}
		between := -1
		for k := i + 2; k < sg.hi && k <= i+4; k++ {
			if a.toks[k].is(fold1("بين")) {
				between = k
				break
			}
		}
		if between < 0 {
			continue
		}
		var states []string
		seen := map[string]bool{}
		for k := between + 1; k < sg.hi; k++ {
			en := a.entAt(k)
			if en == nil || en.quoted || en.label != graph.LabelState || seen[en.id] {
				continue
			}
			seen[en.id] = true
			states = append(states, en.id)
		}
		if len(states) < 2 {
			continue
		}
		props := graph.Props{}
		if y, ok := e.since(sg, i); ok {
			props["since"] = int64(y)
		}
		for _, b := range states[1:] {
			x, y := states[0], b
			if y < x {
				x, y = y, x
			}
			e.add(a, RuleDiplomatic, graph.RelDiplomaticRelations, x, y, a.span(i, i+2), graph.StatusReported, props)
		}
	}
}

// since reads the year relations were established: "منذ عام Y"، "عام Y"
// in the segment, or an anniversary ("الذكرى الثلاثين") before the words.
func (e *engine) since(sg *segment, i int) (int, bool) {
	a := sg.a
	for k := i - 1; k >= sg.lo && k >= i-8; k-- {
		if !a.toks[k].has(anniversaryWords) {
			continue
		}
		if k+1 < sg.hi {
			if n, _, ok := phraseAt(a, k+1, ordinalsF); ok && e.articleYear() > 0 {
				return e.articleYear() - n, true
			}
		}
	}
	for _, d := range a.s.Dates {
		k := a.tokenOf(d.Start)
		if k >= sg.lo && k < sg.hi && d.Precision == PrecYear {
			return d.Date.Year, true
		}
	}
	return 0, false
}
