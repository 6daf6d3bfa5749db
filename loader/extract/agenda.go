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
	commissionHeads     = set("لجنة", "هيئة")
	orgHeads            = set("منظمة", "مؤسسة", "مركز", "هيئة")
	programmeHeads      = set("برنامج", "خطة", "استراتيجية", "إستراتيجية", "برامج")
	agreementHeads      = set("اتفاقية", "اتفاقيات", "اتفاق", "اتفاقات", "معاهدة")
	councilHeads        = set("مجلس")
	statusHeads         = set("صفة", "وضع")
	statusObserverWords = set("مراقب", "المراقب")
	themeHeads          = set("موضوع", "شعار", "عنوان")
	statementHeads      = set("بيان")
	declHeads           = set("إعلان")
	jointWords          = set("مشترك", "المشترك", "مشتركا", "ختامي", "الختامي")
	advisoryWords       = set("استشاري", "الاستشاري")
	languageWord        = fold1("اللغة")
	cooperationWord     = set("التعاون", "تعاون")
	linkWords           = set("حول", "بشأن", "في", "حيال", "عن", "ل", "على")
	observerPrep        = set("لدى", "في")
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
		if k < hi && a.toks[k].has(statusObserverWords) {
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
			if (a.toks[k].is(languageWord) || a.toks[k].is(fold1("لغة"))) && k+1 < hi {
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
					// "وقع ... اتفاقية تأسيس X": the agreement founding X is signed
					if k > from && a.toks[k-1].has(agreementHeads) {
						for x := k - 2; x >= from && x >= k-5; x-- {
							if act2, ok := lookup(a.toks[x], actionsF); ok && act2 == "SIGN" && !a.toks[x].has(expectedMarkers) {
								action, trig = act2, x
								break
							}
						}
					}
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
		} else if tp.kind == "BODY" && mid != "" && e.meetings[mid].org == "org:"+owner && e.isIGO("org:"+owner) {
			// a body established by an organisation's meeting is the organisation's
			e.add(a, RuleBodyAuspices, graph.RelUnderAuspicesOf, id, "org:"+owner, span, graph.StatusReported, nil)
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
		// "بمبادرة من روسيا وبيلاروس وأوكرانيا": every state of the list
		agents := []string{agent}
		if en.label != graph.LabelPerson {
			if run, ok := e.runFrom(a, i+2, sg.hi); ok {
				for _, s := range run.states {
					if !contains(agents, s) {
						agents = append(agents, s)
					}
				}
			}
		}
		year, okY := 0, false
		for _, d := range a.s.Dates {
			k := a.tokenOf(d.Start)
			if k >= sg.lo && k < sg.hi && !d.Relative && (d.Precision == PrecYear || d.Precision == PrecMonth || d.Precision == PrecDay) {
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
				for _, ag := range agents {
					e.add(a, RuleFounded, graph.RelFounded, ag, org, span, graph.StatusReported, props)
				}
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

// pairWords designate the two states of a bilateral context.
var pairWords = set("البلدين", "البلدان", "الجانبين", "الجانبان", "الدولتين", "الدولتان", "البلدين الصديقين", "الطرفين")

// restoreWords: relations restored or resumed have no founding year here.
var restoreWords = set("استئناف", "استعادة", "إعادة", "عودة", "تطبيع", "قطع")

// since reads the year relations were established: "منذ عام Y"، "عام Y"
// in the segment, or an anniversary ("الذكرى الثلاثين") before the words;
// nothing for relations restored or resumed.
func (e *engine) since(sg *segment, i int) (int, bool) {
	a := sg.a
	if governed(a, sg.lo, i, 4, restoreWords) {
		return 0, false
	}
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
