package extract

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// format is what names a meeting's series: an organisation's council or
// summit, a quoted format ("روسيا - آسيا الوسطى") or a bilateral pair.
type format struct {
	slug, org, kind, title string
	// orgs are the organisations a joint format is convened under
	// ("القمة العربية الإسلامية").
	orgs []string
	// noHost: the place was not stated but inherited, so no host is read
	// from it.
	noHost bool
	// states are the states a format is named after ("القمة الثلاثية
	// المصرية الأردنية العراقية"): they take part in its meetings.
	states []string
}

var (
	otherWords = set("آخر", "أخرى", "جديد", "جديدة", "ثان", "ثانية", "مماثل")
	// recurrenceWords qualify a meeting of a series: "القمة السنوية".
	recurrenceWords = set("السنوية", "سنوية")
	dashes          = map[string]bool{"-": true, "–": true, "—": true}
	demonstratives  = set("هذا", "هذه", "ذلك", "تلك", "نفس", "ذات")
	ministersWords  = set("وزراء", "وزير")
	foreignWords    = set("خارجية", "الخارجية")
)

// orgSlug is the short slug of an organisation id ("org:cis" → "cis").
func orgSlug(id string) string { return strings.TrimPrefix(id, "org:") }

// orgLabel is the short English label of an organisation (its acronym, else
// its name).
func (e *engine) orgLabel(id string) string {
	if en, ok := e.entity(id); ok {
		if en.Acronym != "" {
			return en.Acronym
		}
		if en.Name != "" {
			return en.Name
		}
	}
	return strings.ToUpper(orgSlug(id))
}

func (e *engine) name(id string) string {
	if en, ok := e.entity(id); ok && en.Name != "" {
		return en.Name
	}
	s := id
	if i := strings.LastIndexByte(s, ':'); i >= 0 {
		s = s[i+1:]
	}
	return s
}

// hasHeadsOfStateCouncil reports whether the organisation's summits are its
// heads-of-state council's meetings (a part of it in the knowledge base is
// such a council).
func (e *engine) hasHeadsOfStateCouncil(org string) bool {
	if e.kb == nil {
		return false
	}
	for _, p := range e.kb.Parts(org) {
		if strings.Contains(p, "heads-of-state") {
			return true
		}
	}
	return false
}

// orgFormat is the format of a summit of org.
func (e *engine) orgFormat(org, nounKind string) format {
	council := strings.Contains(org, "heads-of-state")
	if council {
		if en, ok := e.entity(org); ok && en.PartOf != "" {
			org = en.PartOf
		}
	}
	if !council {
		if f, ok := e.bodyFormat(org); ok {
			return f // "المجلس الأعلى لـORG": the meeting of a body
		}
	}
	lbl := e.orgLabel(org)
	if council {
		return format{slug: orgSlug(org) + "-heads-of-state", org: org, kind: "SUMMIT", title: lbl + " Heads of State Council meeting"}
	}
	if en, ok := e.entity(org); ok && en.Kind == "FORUM" && strings.HasSuffix(en.Name, "Forum") {
		// "الدورة الثلاثين لمنتدى آسيان الإقليمي": a forum's session is the
		// forum meeting (asean-regional-forum)
		return format{slug: orgSlug(org), org: org, kind: "FORUM", title: lbl}
	}
	if nounKind == "SUMMIT" || nounKind == "" {
		return format{slug: orgSlug(org) + "-summit", org: org, kind: "SUMMIT", title: lbl + " summit"}
	}
	return format{slug: orgSlug(org) + "-meeting", org: org, kind: nounKind, title: lbl + " meeting"}
}

// orgAt returns the organisation named or referred to at token i ("هذه
// المنظمة" → the organisation in focus).
func (e *engine) orgAt(a *sent, i int) (string, int, bool) {
	if i < 0 || i >= len(a.toks) {
		return "", i, false
	}
	if en := a.entAt(i); en != nil {
		if en.label == graph.LabelOrganization && !en.quoted {
			if en.t1 == i+1 && a.toks[i].has(orgAnaphors) && e.orgFocus != "" {
				return e.orgFocus, en.t1, true // "للرابطة": the organisation in focus
			}
			return en.id, en.t1, true
		}
		return "", i, false
	}
	if a.toks[i].has(orgAnaphors) && e.orgFocus != "" {
		return e.orgFocus, i + 1, true
	}
	if a.toks[i].has(demonstratives) && i+1 < len(a.toks) && a.toks[i+1].has(orgAnaphors) && e.orgFocus != "" {
		return e.orgFocus, i + 2, true
	}
	return "", i, false
}

// councilAt recognises "مجلس رؤساء دول ORG" or an organisation that is a
// heads-of-state council, at token i.
func (e *engine) councilAt(a *sent, i int) (format, int, bool) {
	if en := a.entAt(i); en != nil && en.t0 == i && en.label == graph.LabelOrganization && strings.Contains(en.id, "heads-of-state") && !en.quoted {
		f := e.orgFormat(en.id, "SUMMIT")
		return f, en.t1, true
	}
	if en := a.entAt(i); en != nil && en.t0 == i && en.label == graph.LabelOrganization && strings.Contains(en.id, "foreign-ministers") && !en.quoted {
		org := en.id
		if ent, ok := e.entity(org); ok && ent.PartOf != "" {
			org = ent.PartOf
		}
		return e.ministersFormat(org), en.t1, true
	}
	if f, end, ok := e.ministerialCouncilAt(a, i); ok {
		return f, end, true
	}
	t := a.toks[i]
	if t.quoted || !t.is(councilWord) || i+2 >= len(a.toks) || !a.toks[i+1].is(headsWord) {
		return format{}, i, false
	}
	j := i + 2
	if a.toks[j].has(statesWords) || a.toks[j].has(governmentsWords) {
		gov := a.toks[j].has(governmentsWords)
		j++
		if org, end, ok := e.orgAt(a, j); ok {
			lbl := e.orgLabel(org)
			if gov {
				return format{slug: orgSlug(org) + "-heads-of-government", org: org, kind: "SUMMIT", title: lbl + " Heads of Government Council meeting"}, end, true
			}
			return format{slug: orgSlug(org) + "-heads-of-state", org: org, kind: "SUMMIT", title: lbl + " Heads of State Council meeting"}, end, true
		}
	}
	return format{}, i, false
}

// pairName names one side of a format ("روسيا - آسيا الوسطى"): an entity or
// a region of the regions table. It returns the English name and the end.
func (e *engine) pairName(a *sent, i int) (string, int, bool) {
	if i >= len(a.toks) {
		return "", i, false
	}
	if en := a.entAt(i); en != nil && en.t0 == i {
		if en.label == LabelTitle {
			return "", i, false
		}
		if en.label == graph.LabelOrganization {
			return orgSlug(en.id), en.t1, true
		}
		return e.name(en.id), en.t1, true
	}
	if v, n, ok := phraseAt(a, i, regionsF); ok {
		return v, i + n, true
	}
	return "", i, false
}

// phraseAt matches a multi-word lexicon phrase at token i (the first word
// may carry proclitics).
func phraseAt[V any](a *sent, i int, list []phrase[V]) (V, int, bool) {
	var zero V
	for _, p := range list {
		if i+len(p.words) > len(a.toks) {
			continue
		}
		ok := true
		for k, w := range p.words {
			t := a.toks[i+k]
			if t.punct || (k == 0 && !t.is(w)) || (k > 0 && t.f != w && !(len(t.stems) > 1 && t.is(w))) {
				ok = false
				break
			}
		}
		if ok {
			return p.val, len(p.words), true
		}
	}
	return zero, 0, false
}

// formatAfter reads what follows a meeting noun at token j: a quoted or
// dashed format ("بصيغة "روسيا - آسيا الوسطى""), an organisation ("قمة
// ORG"), or a ministers' meeting of an organisation.
func (e *engine) formatAfter(a *sent, j int, nounKind string) (format, int, bool) {
	for j < len(a.toks) && (a.toks[j].has(otherWords) || a.toks[j].has(recurrenceWords) || a.toks[j].has(formatWords) || a.toks[j].raw == "\"" || a.toks[j].raw == "«" || isOrdinalWord(a.toks[j])) && a.entAt(j) == nil {
		j++
	}
	if j >= len(a.toks) {
		return format{}, j, false
	}
	if f, end, ok := e.adjectiveFormat(a, j, nounKind); ok {
		return f, end, true
	}
	if f, end, ok := e.betweenFormat(a, j, nounKind); ok {
		return f, end, true
	}
	if f, end, ok := e.headsOfRegionFormat(a, j); ok {
		return f, end, true
	}
	if f, end, ok := e.councilAt(a, j); ok {
		return f, end, true
	}
	// "مجلس الناتو - أوكرانيا": a council named by a pair
	if a.toks[j].is(councilWord) && !a.toks[j].quoted {
		if x, k, ok := e.pairName(a, j+1); ok && k < len(a.toks) && dashes[a.toks[k].raw] {
			if y, end, ok := e.pairName(a, k+1); ok {
				return format{slug: graph.Slug(x) + "-" + graph.Slug(y) + "-council", kind: "MEETING", title: x + "–" + y + " Council meeting"}, end, true
			}
		}
	}
	if x, k, ok := e.pairName(a, j); ok && k < len(a.toks) && dashes[a.toks[k].raw] {
		if y, end, ok := e.pairName(a, k+1); ok {
			slug := graph.Slug(x) + "-" + graph.Slug(y)
			kind := nounKind
			if kind == "" || kind == "MEETING" || kind == "TALKS" {
				kind = "SUMMIT"
			}
			return format{slug: slug, kind: kind, title: x + "–" + y + " " + strings.ToLower(kindWord(kind))}, end, true
		}
	}
	if a.toks[j].has(ministersWords) && j+1 < len(a.toks) && a.toks[j+1].has(foreignWords) {
		if org, end, ok := e.orgAt(a, skipMemberStates(a, j+2)); ok {
			return format{slug: orgSlug(org) + "-foreign-ministers", org: org, kind: "MINISTERIAL", title: e.orgLabel(org) + " foreign ministers' meeting"}, end, true
		}
	}
	if en := a.entAt(j); en != nil && en.label == graph.LabelOrganization && !en.quoted {
		if f, end, ok := e.pairOfOrgs(a, en, nounKind); ok {
			return f, end, true
		}
		return e.orgFormat(en.id, nounKind), en.t1, true
	}
	if a.entAt(j) == nil {
		if org, end, ok := e.orgAt(a, j); ok {
			return e.orgFormat(org, nounKind), end, true
		}
	}
	if f, end, ok := e.friendsFormat(a, j, nounKind); ok {
		return f, end, true
	}
	if f, end, ok := e.regionFormat(a, j, nounKind); ok {
		return f, end, true
	}
	return format{}, j, false
}

// pairOfOrgs reads "قمة ORG1 وORG2" ("القمة السادسة للاتحاد الأوروبي
// والاتحاد الأفريقي"): the joint format of two intergovernmental
// organisations, slugged in the written order like betweenFormat's.
func (e *engine) pairOfOrgs(a *sent, en *ent, nounKind string) (format, int, bool) {
	if !e.isIGO(en.id) || en.t1 >= len(a.toks) || !strings.HasPrefix(a.toks[en.t1].f, "و") {
		return format{}, 0, false
	}
	o2, end, ok := e.orgAt(a, en.t1)
	if !ok || o2 == en.id || !e.isIGO(o2) {
		return format{}, 0, false
	}
	kind := nounKind
	if kind == "" || kind == "MEETING" || kind == "TALKS" {
		kind = "SUMMIT"
	}
	w := strings.ToLower(kindWord(kind))
	f := format{slug: orgSlug(en.id) + "-" + orgSlug(o2) + "-" + graph.Slug(w), kind: kind,
		title: e.orgLabel(en.id) + "–" + e.orgLabel(o2) + " " + w, orgs: []string{en.id, o2}}
	return f, end, true
}

// friendsWords open the name of a group of friends of an organisation or
// a state: "«أصدقاء بريكس»"، "مجموعة أصدقاء سوريا".
var friendsWords = set("أصدقاء", "اصدقاء")

// friendsFormat reads "أصدقاء X" (quoted or not) after a meeting noun: the
// meeting of the "Friends of X" group, convened under X when X is an
// organisation (friends-of-brics).
func (e *engine) friendsFormat(a *sent, j int, nounKind string) (format, int, bool) {
	if j+1 >= len(a.toks) || !a.toks[j].has(friendsWords) {
		return format{}, j, false
	}
	en := a.entAt(j + 1)
	if en == nil || en.t0 != j+1 || (en.label != graph.LabelOrganization && en.label != graph.LabelState) {
		return format{}, j, false
	}
	kind := nounKind
	if kind == "" || kind == "TALKS" {
		kind = "MEETING"
	}
	if en.label == graph.LabelState {
		name := e.name(en.id)
		return format{slug: "friends-of-" + graph.Slug(name), kind: kind, title: "Friends of " + name + " meeting"}, en.t1, true
	}
	f := format{slug: "friends-of-" + orgSlug(en.id), kind: kind, title: "Friends of " + e.orgLabel(en.id) + " meeting", org: en.id}
	return f, en.t1, true
}

func kindWord(kind string) string {
	switch kind {
	case "SUMMIT":
		return "Summit"
	case "CONFERENCE":
		return "Conference"
	case "FORUM":
		return "Forum"
	case "MINISTERIAL":
		return "Ministerial meeting"
	}
	return "Meeting"
}

// isDefinite reports whether a noun is definite (ال, لل, or a
// demonstrative before it).
func isDefinite(a *sent, i int) bool {
	t := a.toks[i]
	for _, s := range t.stems {
		if strings.HasPrefix(s, "ال") {
			return true
		}
	}
	if strings.HasPrefix(t.f, "لل") {
		return true
	}
	return i > 0 && a.toks[i-1].has(demonstratives)
}

// meetingsIn finds the meetings a segment defines or refers to.
func (e *engine) meetingsIn(sg *segment) {
	a := sg.a
	hasTrigger := false
	var scheduled []int // scheduled summits, defined after the loop
	for i := sg.lo; i < sg.hi; i++ {
		t := a.toks[i]
		if t.quoted || t.punct {
			continue
		}
		if _, _, ok := meetingNounOf(t); ok {
			hasTrigger = true
		}
		if _, _, ok := t.verb(talkVerbs); ok {
			hasTrigger = true
		}
		if _, ok := verbWithEnclitic(t, holdVerbs); ok {
			hasTrigger = true
		}
		if _, _, ok := t.verb(openCloseVerbs); ok {
			hasTrigger = true
		}
	}
	for i := sg.lo; i < sg.hi; i++ {
		t := a.toks[i]
		if t.quoted || t.punct {
			continue
		}
		if f, end, ok := e.councilAt(a, i); ok && hasTrigger {
			e.defineOrRefer(sg, i, f)
			i = end - 1
			continue
		}
		// "وزراء الخارجية العرب، الذين يجتمعون ... بعد غد": the ministers'
		// meeting of the bloc, dated and placed from the verb
		if f, v, ok := e.ministersMeetAt(a, i, sg.hi); ok {
			n := len(sg.occ)
			e.defineOrRefer(sg, v, f)
			e.inPassing(sg.occ[n:])
			continue
		}
		// "قادة ORG": the leaders of an organisation meeting
		if _, ok := lookup(t, leaderPluralsF); ok && hasTrigger {
			j := i + 1
			if j < sg.hi && a.toks[j].has(statesWords) {
				j++
			}
			if org, end, ok := e.orgAt(a, j); ok {
				e.refer(sg, i, meetingFilter{org: org}, true)
				i = end - 1
				continue
			}
		}
		// "مراسم تأبين الرئيس"، "مراسم تنصيب الرئيس": a state ceremony that
		// foreign delegations attend
		if f, end, ok := ceremonyAt(a, i, sg.hi); ok {
			e.defineOrRefer(sg, i, f)
			i = end - 1
			continue
		}
		// "المكالمة"، "الاتصال": the last call, though a bilateral meeting
		// is not salient ("وبعد انتهاء المكالمة، اتصل ترامب ...")
		if t.has(callNouns) && t.ent < 0 && isDefinite(a, i) {
			if id := e.lastBilateral(); id != "" {
				sg.occ = append(sg.occ, occurrence{id: id, tok: i})
				continue
			}
		}
		kind, ok := lookup(t, meetingNounsF)
		if !ok || t.ent >= 0 || kind == "VISIT" {
			continue
		}
		if i+1 < sg.hi && a.toks[i+1].has(nextWords) {
			continue // the next meeting of a series: nextMeeting
		}
		if f, end, ok := e.formatAfter(a, i+1, kind); ok && kind != "" {
			e.defineOrRefer(sg, i, f)
			i = end - 1
			continue
		}
		if end, ok := membersMinistersAt(a, i+1); ok && kind != "" {
			// "اجتماع وزراء خارجية الدول الخمس الأعضاء": the ministers of
			// the organisation in focus
			if org := e.focusOrg(sg); org != "" {
				e.defineOrRefer(sg, i, e.ministersFormat(org))
				i = end - 1
				continue
			}
		}
		// a reference: "القمة", "هذا الاجتماع", "الاجتماع في أستانا"
		filter := meetingFilter{}
		if kind == "SUMMIT" {
			filter.kind = "SUMMIT" // "القمة" refers back to a summit, not to talks or a ministerial meeting
		}
		if i+2 < sg.hi && a.toks[i+1].is(fold1("في")) {
			if p := a.entAt(i + 2); p != nil && p.label == graph.LabelPlace {
				filter.place = p.id
			}
		}
		if i+1 < sg.hi && a.toks[i+1].is(dayWord) && !isDefinite(a, i) && !e.doc.Date.IsZero() {
			// "على هامش اجتماع اليوم": today's meeting, not yesterday's
			if e.resolve(meetingFilter{kind: filter.kind, place: filter.place, date: e.doc.Date}) != "" {
				filter.date = e.doc.Date
			}
		}
		if !isDefinite(a, i) && filter.place == "" && filter.date.IsZero() && !pronounSuffixed(t.f) {
			continue
		}
		if pronounSuffixed(t.f) {
			// "اجتماعهم": the meeting of the people just named, defined
			// earlier in the same sentence even in passing
			if id := e.definedEarlier(a.s.Index, filter); id != "" {
				sg.occ = append(sg.occ, occurrence{id: id, tok: i})
				continue
			}
		}
		if kind == "SUMMIT" && e.resolve(filter) == "" && i+1 < sg.hi && a.toks[i+1].has(scheduledWords) {
			scheduled = append(scheduled, i) // after the segment's own meeting
			continue
		}
		if e.otherDate(sg, i, filter) {
			sg.background = true // a past or future session of the series
			continue
		}
		if kind == "MEETING" && filter.kind == "" {
			// "وشارك في الاجتماع": the ministers' meeting the article
			// reports rather than the summit it prepares
			nf := filter
			nf.notKind = "SUMMIT"
			if e.resolve(nf) != "" {
				filter = nf
			}
		}
		e.refer(sg, i, filter, isDefinite(a, i))
	}
	e.meetingFrame(sg)
	for _, i := range scheduled {
		// "القمة المقررة في واشنطن من 9 إلى 11 تموز": a scheduled summit
		// with its own place and day, of the organisation in focus, that no
		// earlier meeting matches; mentioned in passing, so "الاجتماع"
		// later still means the meeting the article reports
		org := e.focusOrg(sg)
		if _, ok := e.dateFor(sg, i); !ok || org == "" || e.placeFor(sg, i) == "" {
			e.refer(sg, i, meetingFilter{kind: "SUMMIT"}, true)
			continue
		}
		n := len(sg.occ)
		e.defineOrRefer(sg, i, e.orgFormat(org, "SUMMIT"))
		for _, o := range sg.occ[n:] {
			if o.defined {
				e.meetings[o.id].salient = false
			}
		}
	}
	e.spanRefs(sg)
}

// focusOrg is the organisation in focus, else that of the last meeting
// the segment named (the focus moves only after the segment), else that of
// the meeting in focus, else the first intergovernmental organisation of
// the segment.
func (e *engine) focusOrg(sg *segment) string {
	if e.orgFocus != "" {
		return e.orgFocus
	}
	for k := len(sg.occ) - 1; k >= 0; k-- {
		if m := e.meetings[sg.occ[k].id]; m != nil && m.org != "" {
			return m.org
		}
	}
	if m := e.meetings[e.focus()]; m != nil && m.org != "" {
		return m.org
	}
	// the first intergovernmental organisation the segment names
	for k := sg.lo; k < sg.hi; k++ {
		if en := sg.a.entAt(k); en != nil && en.label == graph.LabelOrganization && !en.quoted && e.isIGO(en.id) {
			return en.id
		}
	}
	return ""
}

// otherDate reports whether a definite reference at token i has an
// explicit (not relative) day date of its own, a week or more from the
// date of the meeting it would resolve to: "القمة السادسة ... عُقدت في
// الأول من تموز 2020" is another session, not the one in focus.
func (e *engine) otherDate(sg *segment, i int, f meetingFilter) bool {
	id := e.resolve(f)
	m := e.meetings[id]
	if m == nil || m.year > 0 || m.date.IsZero() {
		return false
	}
	d, ok := e.dateFor(sg, i)
	if !ok || absDays(d, m.date) < 7 {
		return false
	}
	for _, sd := range sg.a.s.Dates {
		if sd.Date == d && !sd.Relative {
			return true
		}
	}
	return false
}

// membershipRank orders membership statuses by how far along they are: an
// article that calls a state an observer and then reports its accession
// ("لوكاشينكو بصفة مراقب ... تمهد لانضمام بيلاروس") gives one MEMBER_OF,
// and it is the furthest status that holds at the article's date.
var membershipRank = map[string]int{memberDialogue: 0, memberObserver: 1, memberAcceding: 2, memberFull: 3, memberSuspended: 4}

// keepFurthestMembership drops, for each state and organisation, the
// undated MEMBER_OF facts of lower rank than the furthest one of the
// article.
func keepFurthestMembership(facts []Fact) []Fact {
	best := map[string]int{}
	key := func(f Fact) string { return f.Rel.Start + "|" + f.Rel.End }
	rank := func(f Fact) int {
		if r, ok := membershipRank[f.Rel.Props.String(graph.PropStatus)]; ok {
			return r
		}
		return -1
	}
	resumed := map[string]bool{}
	for _, f := range facts {
		if f.Rel.Type == graph.RelMemberOf && f.Rule == RuleResumption {
			resumed[key(f)] = true
		}
	}
	for _, f := range facts {
		if f.Rel.Type == graph.RelMemberOf {
			if r, seen := best[key(f)]; !seen || rank(f) > r {
				best[key(f)] = rank(f)
			}
		}
	}
	for k := range resumed {
		// "استئناف عضوية X": the suspension is over, so FULL is the furthest
		// status (SUSPENDED ranks above it and would drop the resumption)
		best[k] = membershipRank[memberFull]
	}
	out := facts[:0]
	for _, f := range facts {
		if f.Rel.Type == graph.RelMemberOf && resumed[key(f)] && f.Rule != RuleResumption {
			continue // the suspension a resumption ends, and what it said before
		}
		if _, dated := f.Rel.Props["since"]; f.Rel.Type == graph.RelMemberOf && rank(f) < best[key(f)] && !dated {
			continue // a dated earlier status ("مراقب منذ 2005") is history, kept
		}
		out = append(out, f)
	}
	return out
}

// Meeting channels (graph.ChannelPhone, graph.ChannelVideo).
const (
	ChannelPhone = graph.ChannelPhone
	ChannelVideo = graph.ChannelVideo
)

// virtualWords mark a meeting held by video link.
var virtualWords = set("الافتراضية", "افتراضية", "افتراضيا", "الافتراضي", "المرئي", "الفيديو", "بعد")

// virtualIn reports whether tokens [lo, hi) say the meeting is held by
// video ("القمة الافتراضية"، "عبر الفيديو"، "عبر تقنية الاتصال المرئي"،
// "عن بعد").
func virtualIn(a *sent, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		t := a.toks[k]
		if t.quoted || !t.has(virtualWords) {
			continue
		}
		if t.is(fold1("بعد")) && !(k > lo && a.toks[k-1].is(fold1("عن"))) {
			continue // "بعد" is "after" unless "عن بعد"
		}
		return true
	}
	return false
}

// lastBilateral returns the bilateral meeting defined last, or "".
func (e *engine) lastBilateral() string {
	for k := len(e.order) - 1; k >= 0; k-- {
		if m := e.meetings[e.order[k]]; m != nil && m.kind == "BILATERAL" {
			return m.id
		}
	}
	return ""
}

// inPassing marks the future meetings just defined as mentioned in passing
// when a held meeting is in focus: later definite references ("الاجتماع")
// still mean the meeting the article reports.
func (e *engine) inPassing(occ []occurrence) {
	held := false
	for _, id := range e.recent {
		if m := e.meetings[id]; m != nil && m.salient && m.status == graph.StatusHeld {
			held = true
		}
	}
	for _, o := range occ {
		m := e.meetings[o.id]
		if held && o.defined && m != nil && m.status != graph.StatusHeld {
			m.salient = false
		}
	}
}

// definedEarlier returns the last meeting matching f (salient or not) that
// sentence si defined, or "".
func (e *engine) definedEarlier(si int, f meetingFilter) string {
	for k := len(e.order) - 1; k >= 0; k-- {
		m := e.meetings[e.order[k]]
		if m == nil || e.disc.definedIn[m.id] != si {
			continue
		}
		if (f.kind == "" || m.kind == f.kind) && (f.place == "" || m.place == f.place) {
			return m.id
		}
	}
	return ""
}

// scheduledWords follow a summit that is announced, not referred back to
// ("القمة المقررة"، "القمة المرتقبة"، "القمة المقبلة" is nextMeeting's).
var scheduledWords = set("المقررة", "المرتقبة", "المزمعة", "المنتظرة", "المزمع", "المقرر")

// refer resolves a reference to the most recent matching salient meeting.
func (e *engine) refer(sg *segment, i int, f meetingFilter, definite bool) {
	if debugExtract {
		fmt.Fprintf(os.Stderr, "   refer tok=%d %+v -> %q\n", i, f, e.resolve(f))
	}
	if id := e.resolve(f); id != "" {
		sg.occ = append(sg.occ, occurrence{id: id, tok: i})
		return
	}
	if len(e.meetings) == 0 && definite {
		sg.pf = &f
	}
}

func (e *engine) resolve(f meetingFilter) string {
	for i := len(e.recent) - 1; i >= 0; i-- {
		m := e.meetings[e.recent[i]]
		if m.matches(f) {
			return m.id
		}
	}
	return ""
}

func (m *meeting) matches(f meetingFilter) bool {
	if !m.salient {
		return false
	}
	if f.org != "" && m.org != f.org {
		return false
	}
	if f.kind != "" && m.kind != f.kind {
		return false
	}
	if f.notKind != "" && m.kind == f.notKind {
		return false
	}
	if !f.date.IsZero() && m.date != f.date {
		return false
	}
	return f.place == "" || m.place == f.place
}

// defineOrRefer creates the meeting of format f when the segment gives its
// date and place, else refers to the latest meeting of that format.
func (e *engine) defineOrRefer(sg *segment, i int, f format) {
	date, ok := e.dateFor(sg, i)
	place := e.placeFor(sg, i)
	if ok && place == "" {
		// a meeting a few days from the meeting in focus, with no place of
		// its own, is held where that meeting is ("غداً ... في الاجتماع الأول
		// لمجلس ...")
		if m := e.meetings[e.focus()]; m != nil && m.year == 0 && m.format != f.slug && absDays(m.date, date) <= 3 {
			place = m.place
			f.noHost = true
		}
	}
	if ok && place == "" && e.dateline != "" && !e.doc.Date.IsZero() && absDays(date, e.doc.Date) <= 1 && holdVerbBefore(sg, i) {
		// "عقد X وY اليوم في الكرملين القمة ...": held, by the clause's
		// verb, on the article's day, at a venue the gazetteer does not
		// place: the dateline city
		place = e.dateline
	}
	if (!ok || place == "") && e.continuesPrevious(sg) {
		// "وقّع X وY اليوم ... في القاهرة إعلاناً. وجاء التوقيع في ختام
		// قمة ...": the day and place of the sentence it continues
		if !ok && !e.prevDay.IsZero() {
			date, ok = e.prevDay, true
		}
		if place == "" {
			place = e.prevPlace()
		}
	}
	if !ok || place == "" {
		for k := len(e.recent) - 1; k >= 0; k-- {
			m := e.meetings[e.recent[k]]
			if m.format == f.slug && m.salient && (place == "" || m.place == place) {
				sg.occ = append(sg.occ, occurrence{id: m.id, tok: i})
				return
			}
		}
		if f.org != "" {
			e.refer(sg, i, meetingFilter{org: f.org}, true)
		}
		return
	}
	status := modality(sg.a, sg.lo, sg.hi, i)
	if status == "" && date == e.doc.Date {
		// a meeting of the article's day is held when the clause's first
		// verb before it is in the past ("انطلقت اليوم ... أعمال قمة"), or
		// the verb of a relative clause just after it ("قمة X التي عقدت
		// اليوم")
		if v, ok := clauseVerb(sg.a, sg.lo, sg.hi, i); ok && v == tensePast {
			status = graph.StatusHeld
		} else if sg.lo == 0 && sg.hi > 0 && sg.a.toks[0].has(comePast) {
			status = graph.StatusHeld // "وجاء التوقيع في ختام قمة ..."
		}
	}
	start, end := daySpan(sg.a, date)
	if start != date {
		// dated by its last day: the status is that of its first
		status = statusOr(modality(sg.a, sg.lo, sg.hi, i), e.defaultStatus(start))
		if status == graph.StatusPlanned && !e.doc.Date.Before(start) {
			status = graph.StatusHeld
		}
	}
	status = statusOr(status, e.defaultStatus(start))
	m := e.define(sg, i, f, start, 0, place, status, true)
	if start.Before(end) {
		m.end = end
	}
	sg.occ = append(sg.occ, occurrence{id: m.id, tok: i, defined: true})
}

func (e *engine) defaultStatus(d graph.Date) string {
	if !e.doc.Date.IsZero() && d.Before(e.doc.Date) {
		return graph.StatusHeld
	}
	return graph.StatusPlanned
}

// define creates (or merges into) the meeting of format f on date (or in
// year) at place, with its HELD_IN, CONVENED_UNDER and LOCATED_IN facts.
func (e *engine) define(sg *segment, i int, f format, date graph.Date, year int, place, status string, salient bool) *meeting {
	a := sg.a
	ps := strings.TrimPrefix(place, "place:")
	var id string
	if year > 0 {
		id = "meeting:" + itoa(year) + ":" + graph.Slug(f.slug) + ":" + graph.Slug(ps)
	} else {
		id = graph.MeetingID(date, f.slug, ps)
	}
	surface := ""
	if f.kind != "BILATERAL" {
		surface = meetingSurface(a, i, sg.hi) // talks are named by no phrase
	}
	m, ok := e.meetings[id]
	if !ok {
		title := f.title + ", " + e.name(place)
		if year > 0 {
			title += " " + itoa(year)
		} else {
			title += ", " + date.String()
		}
		m = &meeting{id: id, format: f.slug, org: f.org, kind: f.kind, place: place, title: title, nameAr: surface,
			date: date, year: year, status: status, salient: salient}
		e.meetings[id] = m
		e.order = append(e.order, id)
	}
	if surface != "" {
		m.aliases = graph.UnionStrings(m.aliases, []string{surface})
		if m.nameAr == "" {
			m.nameAr = surface
		}
	}
	if m.channel == "" && virtualIn(a, sg.lo, sg.hi) {
		m.channel = ChannelVideo // "القمة الافتراضية"، "عبر تقنية الاتصال المرئي"
	}
	if e.disc.definedIn == nil {
		e.disc.definedIn = map[string]int{}
	}
	e.disc.definedIn[id] = a.s.Index
	span := a.span(i, min(i+1, sg.hi))
	e.add(a, RuleMeetingPlace, graph.RelHeldIn, id, place, span, status, nil)
	if en, ok := e.entity(place); ok && en.State != "" {
		e.add(a, RuleMeetingPlace, graph.RelLocatedIn, place, en.State, span, graph.StatusReported, graph.Props{"capital": en.Capital})
		// a summit or ministerial meeting on a known day is hosted by the
		// state of its city
		if f.kind != "BILATERAL" && year == 0 && !f.noHost {
			e.add(a, RuleDefHost, graph.RelHosts, en.State, id, span, status, nil)
		}
	}
	if f.org != "" {
		e.add(a, RuleMeetingOrg, graph.RelConvenedUnder, id, f.org, span, status, nil)
		e.orgFocus = f.org
	}
	for _, st := range f.states {
		e.add(a, RuleMeetingOrg, graph.RelParticipatesIn, st, id, span, status, nil)
	}
	for _, o := range f.orgs {
		if _, ok := e.entity(o); ok {
			e.add(a, RuleMeetingOrg, graph.RelConvenedUnder, id, o, span, status, nil)
		}
	}
	if salient {
		e.touch(id)
	}
	return m
}

// tokenOf returns the index of the token holding rune offset r.
func (a *sent) tokenOf(r int) int {
	for i, t := range a.toks {
		if r < t.end {
			return i
		}
	}
	return len(a.toks) - 1
}

// maxDateDistance is the largest distance in tokens between a meeting word
// and the date that dates it.
const maxDateDistance = 16

var sameWords = set("نفس", "ذات", "نفسه", "ذاته", "نفسها", "ذاتها")

// samePlaceNouns with sameWords: "في المدينة نفسها"، "في العاصمة ذاتها"،
// "في نفس المدينة" name the place of the meeting in focus.
var samePlaceNouns = set("المدينة", "العاصمة")

// samePlaceAt reports whether "المدينة نفسها" or "نفس المدينة" starts at
// token k.
func samePlaceAt(a *sent, k int) bool {
	if k+1 >= len(a.toks) {
		return false
	}
	return a.toks[k].has(samePlaceNouns) && a.toks[k+1].has(sameWords) ||
		a.toks[k].has(sameWords) && a.toks[k+1].has(samePlaceNouns)
}

// comeVerbs open a sentence that continues the event of the one before:
// "وجاء ذلك خلال ..."، "ويأتي التوقيع في ختام ...".
var comeVerbs = set("جاء", "وجاء", "جاءت", "وجاءت", "يأتي", "ويأتي", "تأتي", "وتأتي")

// comePast are the past forms of comeVerbs.
var comePast = set("جاء", "وجاء", "جاءت", "وجاءت")

// continuesPrevious reports whether the segment opens its sentence with a
// verb of coming and the sentence before left a day or a place.
func (e *engine) continuesPrevious(sg *segment) bool {
	return sg.lo == 0 && sg.hi > 0 && sg.a.toks[0].has(comeVerbs) && e.prevSent == sg.a.s.Index-1 && sg.a.s.Index > 0 &&
		(!e.prevDay.IsZero() || e.prevPlace() != "")
}

// rememberDayPlace records the one day date (when the sentence has a
// single one) of an analysed sentence and the sentence, whose place
// prevPlace reads on demand.
func (e *engine) rememberDayPlace(a *sent) {
	e.prevSent, e.prevDay, e.prev = a.s.Index, graph.Date{}, a
	for _, sd := range a.s.Dates {
		if sd.Precision != PrecDay {
			continue
		}
		if !e.prevDay.IsZero() && sd.Date != e.prevDay {
			e.prevDay = graph.Date{}
			break
		}
		e.prevDay = sd.Date
	}
}

// prevPlace returns the place of the sentence before (see rememberDayPlace).
func (e *engine) prevPlace() string {
	if e.prev == nil {
		return ""
	}
	return e.placeFor(&segment{a: e.prev, lo: 0, hi: len(e.prev.toks)}, 0)
}

// seatCapitalAt returns the capital of the state whose seat of government
// is named at token k after "في" ("في البيت الأبيض"، "في الكرملين"): a
// national body of the gazetteer (kind BODY, with a state, part of no
// other organisation) written as where something happens; else "".
func (e *engine) seatCapitalAt(a *sent, k int) string {
	en := a.entAt(k)
	if en == nil || en.t0 != k || en.label != graph.LabelOrganization || en.quoted || k == 0 || !a.toks[k-1].is(fold1("في")) || e.kb == nil {
		return ""
	}
	ent, ok := e.entity(en.id)
	if !ok || ent.Kind != "BODY" || ent.State == "" || ent.PartOf != "" {
		return ""
	}
	c, ok := e.kb.Capital(ent.State)
	if !ok {
		return ""
	}
	return c
}

// homonymCapitalAt returns the capital of the state named at token k
// after "في" when the capital bears the state's name (الجزائر، الكويت،
// تونس، جيبوتي): a meeting "في الجزائر" is held in the city. Else "".
func (e *engine) homonymCapitalAt(a *sent, k int) string {
	en := a.entAt(k)
	if en == nil || en.t0 != k || en.label != graph.LabelState || en.mod || en.quoted || k == 0 || !a.toks[k-1].is(fold1("في")) || e.kb == nil {
		return ""
	}
	c, ok := e.kb.Capital(en.id)
	if !ok {
		return ""
	}
	ce, ok := e.entity(c)
	if !ok {
		return ""
	}
	surface := fold1(en.surface)
	for _, n := range ce.Names {
		if n == surface {
			return c
		}
	}
	return ""
}

// fromWords before a place name say whence or about what, not where.
var fromWords = set("من", "عن", "ضد")

// placeKindNouns may stand between a preposition and a place name: "من
// قطاع غزة"، "في مدينة بوسطن".
var placeKindNouns = set("قطاع", "مدينة", "إقليم", "منطقة", "ولاية", "محافظة")

// ceremonyHeads and the ceremony kinds they open: "مراسم تأبين"، "جنازة"،
// "حفل تنصيب"، "مراسم أداء اليمين".
var (
	ceremonyHeads = set("مراسم", "مراسيم", "حفل", "احتفال", "جنازة", "الجنازة", "تشييع")
	funeralWords  = set("تأبين", "لتأبين", "تشييع", "عزاء", "العزاء", "جنازة", "الجنازة", "التأبين")
	inaugureWords = set("تنصيب", "لتنصيب", "أداء", "تنصيبه", "تنصيبها")
	ceremonySkips = set("رسمية", "الرسمية", "رسمي", "الرسمي", "وطنية")
)

// ceremonyAt reads a state ceremony at token i: a funeral or an
// inauguration, returned as a format of the ceremony kind.
func ceremonyAt(a *sent, i, hi int) (format, int, bool) {
	t := a.toks[i]
	if !t.has(ceremonyHeads) || t.ent >= 0 {
		return format{}, i, false
	}
	j := i
	if !t.has(funeralWords) {
		j = i + 1
		for j < hi && a.toks[j].has(ceremonySkips) {
			j++
		}
	}
	if j >= hi {
		return format{}, i, false
	}
	switch {
	case a.toks[j].has(funeralWords):
		return format{slug: "state-funeral", kind: "CEREMONY", title: "State funeral"}, j + 1, true
	case a.toks[j].has(inaugureWords):
		return format{slug: "inauguration", kind: "CEREMONY", title: "Inauguration ceremony"}, j + 1, true
	}
	return format{}, i, false
}

// holdVerbBefore reports whether a verb of holding ("عقد"، "تعقد") opens
// the clause before token i.
func holdVerbBefore(sg *segment, i int) bool {
	for k := sg.lo; k < i && k < sg.lo+3; k++ {
		if _, ok := verbWithEnclitic(sg.a.toks[k], holdVerbs); ok {
			return true
		}
	}
	return false
}

// membersMinistersAt reads "وزراء خارجية الدول [الخمس] الأعضاء" with no
// organisation named after it, at token j; it returns the end.
func membersMinistersAt(a *sent, j int) (int, bool) {
	if j+3 >= len(a.toks) || !a.toks[j].has(ministersWords) || !a.toks[j+1].has(foreignWords) || !a.toks[j+2].has(statesWords) {
		return j, false
	}
	k := j + 3
	if isNumberWord(a.toks[k]) {
		k++
	}
	if k >= len(a.toks) || !a.toks[k].has(memberWords) {
		return j, false
	}
	k++
	if k+1 < len(a.toks) && a.toks[k].has(inWords) {
		if en := a.entAt(k + 1); en != nil && en.label == graph.LabelOrganization {
			return j, false // "الأعضاء في ORG": formatAfter's
		}
	}
	return k, true
}

var dayWord = fold1("اليوم")
var excludeDateWords = set("ذكرى", "الذكرى", "ميلاد", "لميلاد", "عيد")

// meetingSurface returns the Arabic name of a meeting written at token i:
// from a meeting noun up to eight words, stopping before punctuation, a
// relative pronoun, a date, a verb or "في" ("قمة مؤتمر التفاعل وإجراءات
// بناء الثقة في آسيا"، "القمة الخليجية"), or "" when token i is no
// meeting noun (a verb of talks).
func meetingSurface(a *sent, i, hi int) string {
	if i >= hi {
		return ""
	}
	if _, _, ok := meetingNounOf(a.toks[i]); !ok && !a.toks[i].is(councilWord) {
		return ""
	}
	if i+1 < hi && (a.toks[i+1].has(nextWords) || a.toks[i+1].has(otherWords) || a.toks[i+1].has(previousWords)) {
		return "" // "القمة المقبلة"، "اجتماع آخر": no name
	}
	inDate := a.dateTokens()
	end := i + 1
	for end < hi && end < i+8 {
		t := a.toks[end]
		if t.punct && dashes[t.raw] && end+1 < hi && !a.toks[end+1].punct {
			end++ // "اجتماع روسيا - آسيا الوسطى"
			continue
		}
		if t.punct || t.quoted != a.toks[i].quoted || inDate[end] || t.has(relativePronouns) || t.is(fold1("في")) {
			break
		}
		if _, ok := knownVerb(t); ok {
			break
		}
		if _, _, ok := meetingNounOf(t); ok && end > i+1 {
			break // the name of the next meeting ("قمة مؤتمر …" is one name)
		}
		end++
	}
	if end == i+1 {
		return "" // "القمة" alone names no meeting
	}
	return a.spanText(i, end)
}

// inlineDatelineEnd returns the token after the dash that ends a
// dateline written at the start of one of the article's first sentences
// ("موسكو، 13 فبراير 2025 (سبوتنيك) - أجرى ...": place, date, optional
// source, dash), or 0 when the sentence has none.
func inlineDatelineEnd(a *sent) int {
	if a.s.Index > 3 || len(a.s.Dates) == 0 || a.s.Dates[0].Relative || a.tokenOf(a.s.Dates[0].Start) > 4 {
		return 0
	}
	if en := a.entAt(0); en == nil || en.label != graph.LabelPlace {
		return 0 // a dateline starts with its place
	}
	for k := a.tokenOf(a.s.Dates[0].Start); k < len(a.toks) && k < 14; k++ {
		if t := a.toks[k]; t.punct && dashes[t.raw] && !t.quoted {
			return k + 1
		}
	}
	return 0
}

// periodEdgeWords may stand between a since word (sinceWords, in
// org_rules.go) and its date: "منذ مطلع العام".
var periodEdgeWords = set("مطلع", "بداية", "أوائل", "مستهل")

// effectiveFrom reports whether the date at token k follows "اعتباراً من"
// ("as from"): the start of a status, never a meeting's day.
func effectiveFrom(a *sent, lo, k int) bool {
	return k-2 >= lo && a.toks[k-1].is(fold1("من")) && a.toks[k-2].has(asFromWords)
}

var asFromWords = set("اعتبارا", "ابتداء", "بدءا")

// sinceDate reports whether the date at token k follows a since word
// ("منذ الأول من يناير"); a since date within a week of the article can
// still be the first day of a meeting under way ("التي تستضيفها
// جوهانسبرغ منذ الثلاثاء").
func sinceDate(a *sent, lo, k int) bool {
	j := k - 1
	if j >= lo && a.toks[j].has(periodEdgeWords) {
		j--
	}
	if j >= lo && a.toks[j].has(sinceWords) {
		return true
	}
	// "منذ تسلمه مهامه في العشرين من كانون الثاني": a since clause of up
	// to three words before "في" and the date
	if j >= lo && a.toks[j].is(fold1("في")) {
		for m := j - 1; m >= lo && m >= j-4; m-- {
			if a.toks[m].punct || a.toks[m].ent >= 0 {
				return false
			}
			if a.toks[m].has(sinceWords) {
				return true
			}
		}
	}
	return false
}

// dateFor returns the date of a meeting anchored at token i: "في نفس
// اليوم" (the date of the meeting in focus), else the day date of the
// segment nearest to the anchor (not an anniversary or a birthday).
func (e *engine) dateFor(sg *segment, i int) (graph.Date, bool) {
	a := sg.a
	for k := sg.lo; k+1 < sg.hi; k++ {
		if (a.toks[k].has(sameWords) && a.toks[k+1].is(dayWord)) || (a.toks[k].is(dayWord) && a.toks[k+1].has(sameWords)) {
			if m := e.meetings[e.focus()]; m != nil && m.year == 0 {
				return m.date, true
			}
			return e.doc.Date, !e.doc.Date.IsZero()
		}
	}
	best, bd := graph.Date{}, 1<<30
	// far: the one date of the clause beyond maxDateDistance, when every
	// date of the clause is that date (a clause has one time: "وقّع X، وY
	// ... في قصر اليمامة بالرياض اليوم، اتفاقية")
	var far graph.Date
	farN, farTok := 0, 0
	for _, d := range a.s.Dates {
		if d.Precision != PrecDay && d.Precision != PrecWeek {
			continue
		}
		k := a.tokenOf(d.Start)
		if k < sg.lo || k >= sg.hi || a.toks[k].quoted {
			continue
		}
		if k < inlineDatelineEnd(a) {
			continue // "موسكو، 13 فبراير 2025 - أجرى ...": the report's date, not the event's
		}
		near := false
		for x := max(sg.lo, k-3); x < min(sg.hi, a.tokenOf(d.End-1)+4); x++ {
			if a.toks[x].has(excludeDateWords) {
				near = true
			}
		}
		if near || (sinceDate(a, sg.lo, k) && absDays(d.Date, e.doc.Date) > 7) || effectiveFrom(a, sg.lo, k) {
			continue
		}
		if farN == 0 || far != d.Date {
			farN++
			far, farTok = d.Date, k
		}
		dist := k - i
		if dist < 0 {
			dist = -dist
		}
		if dist > maxDateDistance {
			continue
		}
		if dist < bd {
			best, bd = d.Date, dist
		}
	}
	if bd == 1<<30 && farN == 1 && d0(a, sg) && ownsDate(a, sg, i, farTok) {
		return far, true
	}
	return best, bd < 1<<30
}

// ownsDate reports whether the far date at token dt can date the meeting
// anchored at i: no other meeting noun of the segment is nearer to the
// date, unless the nearest is a dual ("في قمتين ...: قمة ...، وقمة ...")
// that the anchor's meeting is one of.
func ownsDate(a *sent, sg *segment, i, dt int) bool {
	dist := func(k int) int {
		if k < dt {
			return dt - k
		}
		return k - dt
	}
	best, dual := -1, false
	for k := sg.lo; k < sg.hi; k++ {
		t := a.toks[k]
		if t.punct || t.ent >= 0 {
			continue
		}
		isDual := isDualMeetingNoun(t)
		kind, _, isNoun := meetingNounOf(t)
		if !isDual && (!isNoun || kind == "" || kind == "VISIT") {
			continue
		}
		if best < 0 || dist(k) < dist(best) {
			best, dual = k, isDual
		}
	}
	return best < 0 || best == i || dist(i) <= dist(best) || dual
}

// d0 reports whether the segment holds only day or week dates (no month or
// year expression that could date another event).
func d0(a *sent, sg *segment) bool {
	for _, d := range a.s.Dates {
		k := a.tokenOf(d.Start)
		if k >= sg.lo && k < sg.hi && d.Precision != PrecDay && d.Precision != PrecWeek && !sinceYear(a, sg.lo, k) {
			return false
		}
	}
	return true
}

// sinceYear reports whether the date at token k is "منذ (عام) YEAR": the
// start of a state of affairs ("أول زيارة منذ عام 1990"), which dates no
// event of the clause.
func sinceYear(a *sent, lo, k int) bool {
	j := k - 1
	if j >= lo && a.toks[j].has(yearNouns) {
		j--
	}
	return j >= lo && a.toks[j].has(sinceWords)
}

// placeFor returns the place of a meeting anchored at token i: a city
// (or "عاصمة STATE") of the segment, the nearest after the anchor first.
func (e *engine) placeFor(sg *segment, i int) string {
	a := sg.a
	var after, before string
	for k := sg.lo; k < sg.hi; k++ {
		p := ""
		if samePlaceAt(a, k) {
			if m := e.meetings[e.focus()]; m != nil {
				p = m.place // "في المدينة نفسها": the place of the meeting in focus
			}
		} else if c := e.seatCapitalAt(a, k); c != "" {
			p = c // "في البيت الأبيض": the capital of the seat's state
		} else if c := e.homonymCapitalAt(a, k); c != "" {
			p = c // "في الجزائر"، "في الكويت": the capital named like its state
		} else if ref, ok := e.capitalAt(a, k); ok {
			p = ref.place
		} else if en := a.entAt(k); en != nil && en.t0 == k && en.label == graph.LabelPlace && !en.quoted && !en.mod {
			if ent, ok := e.entity(en.id); !ok || ent.Kind == "" || ent.Kind == "CITY" || ent.Kind == "VENUE" || ent.Capital {
				p = en.id
			}
		}
		if p == "" || topicPlace(a, k) {
			continue // "الوضع في غزة": a topic, not the venue
		}
		if j := k - 1; j >= 0 && (a.toks[j].has(fromWords) || j > 0 && a.toks[j].has(placeKindNouns) && a.toks[j-1].has(fromWords)) {
			continue // "تهجير الفلسطينيين من قطاع غزة": whence, not where
		}
		if k >= i && after == "" {
			after = p
		}
		if k < i {
			before = p
		}
	}
	if after != "" {
		return after
	}
	return before
}

// hosts: "استضافت عاصمة كازاخستان ... قمة"، "أستانا التي تستضيف ...": the
// host state (a city stands for its state) hosts the segment's meetings.
func (e *engine) hosts(sg *segment) {
	a := sg.a
	for i := sg.lo; i < sg.hi; i++ {
		if a.toks[i].quoted {
			continue
		}
		if _, ok := verbWithEnclitic(a.toks[i], hostVerbs); !ok {
			continue
		}
		state := ""
		j := i + 1
		if j < sg.hi && a.toks[j].has(cityWords) || j < sg.hi && a.toks[j].is(fold1("مدينة")) {
			j++
		}
		if ref, ok := e.capitalAt(a, j); ok {
			state = ref.state
		} else if en := a.entAt(j); en != nil {
			state = e.hostState(en.id)
		} else if en := e.actorAt(a, j); en != nil && en.label == graph.LabelPerson {
			state = e.evPersonState(en.id) // "استضاف الرئيس X ...": his state hosts
		}
		for k := i - 1; state == "" && k >= sg.lo && k >= i-3; k-- {
			if en := a.entAt(k); en != nil {
				state = e.hostState(en.id)
				break
			}
		}
		if state == "" || hostsOtherSession(a, j, sg.hi) {
			continue
		}
		// "استضاف الرئيس X، اليوم، القمة": the person who hosts takes part
		var host *ent
		if en := e.actorAt(a, j); en != nil && en.label == graph.LabelPerson && en.chain0 <= j+1 {
			host = en
		}
		for _, o := range sg.occ {
			m := e.meetings[o.id]
			if m.place != "" && e.hostState(m.place) != "" && e.hostState(m.place) != state {
				continue // a host that contradicts the meeting's place: another meeting
			}
			st := statusOr(modality(a, sg.lo, sg.hi, i), m.status)
			e.add(a, RuleHost, graph.RelHosts, state, o.id, a.span(i, i+1), st, nil)
			if host != nil && o.tok > host.t0 {
				e.attend(sg, RuleHost, host, o.id, a.span(i, i+1), st, "")
			}
		}
	}
}

// hostsOtherSession reports whether a host verb's object, within the
// next three tokens from j, is a previous or next session ("استضافت الدورة
// السابقة"، "تستضيف القمة المقبلة"): a meeting other than the segment's.
func hostsOtherSession(a *sent, j, hi int) bool {
	for k := j; k < hi && k < j+3; k++ {
		if _, ok := lookup(a.toks[k], meetingNounsF); ok {
			return k+1 < hi && (a.toks[k+1].has(previousWords) || a.toks[k+1].has(nextWords))
		}
	}
	return false
}

func (e *engine) hostState(id string) string {
	if strings.HasPrefix(id, "state:") {
		return id
	}
	if strings.HasPrefix(id, "place:") {
		if en, ok := e.entity(id); ok {
			return en.State
		}
	}
	return ""
}

// level returns the participation level of an actor.
func (e *engine) level(en *ent) string {
	if en.level != "" {
		return en.level
	}
	if en.label != graph.LabelPerson || e.kb == nil {
		return ""
	}
	for _, o := range e.kb.OfficesOf(en.id, e.doc.Date) {
		switch o.Kind {
		case "head-of-state":
			return "HEAD_OF_STATE"
		case "head-of-government":
			return "HEAD_OF_GOVERNMENT"
		case "foreign-minister":
			return "MINISTER"
		}
	}
	return ""
}

// participate records PARTICIPATES_IN (or another type) of an actor.
func (e *engine) participate(sg *segment, rule, typ string, en *ent, mid string, span [2]int, status string, extra graph.Props) {
	props := graph.Props{}
	if typ == graph.RelParticipatesIn {
		if lv := e.level(en); lv != "" {
			props["level"] = lv
		}
		if en.label == graph.LabelPerson {
			if st := e.evPersonState(en.id); st != "" {
				props["representing"] = st // a minister represents their state too
			}
		}
	}
	for k, v := range extra {
		props[k] = v
	}
	e.meetingFact(sg, rule, typ, en.id, mid, span, status, props)
}

// meetingFact adds a fact ending at a meeting, or a pending one when the
// meeting is not introduced yet (a headline).
func (e *engine) meetingFact(sg *segment, rule, typ, start, mid string, span [2]int, status string, props graph.Props) {
	if mid == "" {
		if sg.pf == nil {
			return
		}
		k := e.add(sg.a, rule, typ, start, "", span, status, props)
		e.pend = append(e.pend, pending{fact: k, filter: *sg.pf})
		return
	}
	if status == "" {
		status = e.meetings[mid].status
	}
	e.add(sg.a, rule, typ, start, mid, span, status, props)
}

var reasonWords = set("بسبب", "نظرا", "بداعي", "لانشغال", "لأسباب", "جراء", "احتجاجا", "اعتراضا")
var relativePronouns = set("التي", "الذي", "اللذين", "اللتين", "الذين")

// participation: participation verbs give PARTICIPATES_IN; negated
// participation and absence words ("لن يكون هناك ممثل ل..."، "لن تتمكن
// ... من المشاركة"، "يغيب") give ABSENT_FROM with the reason ("بسبب ..."
// or a relative clause); speech verbs give SPEAKS_AT.
func (e *engine) participation(sg *segment) {
	a := sg.a
	absent := -1
	for i := sg.lo; i < sg.hi; i++ {
		t := a.toks[i]
		if t.quoted || t.punct || t.ent >= 0 {
			continue
		}
		if (t.has(absenceUnderNegation) && negated(a, sg.lo, i, 4)) ||
			func() bool { _, _, ok := t.verb(absenceWords); return ok }() ||
			func() bool { _, _, ok := t.verb(participationVerbs); return ok && negated(a, sg.lo, i, 3) }() {
			absent = i
			break
		}
	}
	if absent >= 0 {
		mid := e.meetingAt(sg, absent)
		st := modality(a, sg.lo, sg.hi, absent)
		for _, en := range e.actors(a, sg.lo, sg.hi) {
			props := graph.Props{}
			if r := e.reason(sg, en); r != "" {
				props["reason"] = r
			}
			e.meetingFact(sg, RuleAbsence, graph.RelAbsentFrom, en.id, mid, a.span(absent, absent+1), statusOr(st, graph.StatusReported), props)
		}
		return
	}
	for i := sg.lo; i < sg.hi; i++ {
		t := a.toks[i]
		if t.quoted || t.punct || t.ent >= 0 {
			continue
		}
		if _, _, ok := t.verb(participationVerbs); ok {
			mid := e.meetingAt(sg, i)
			st := modality(a, sg.lo, sg.hi, i)
			for _, en := range e.actors(a, sg.lo, sg.hi) {
				e.participate(sg, RuleParticipation, graph.RelParticipatesIn, en, mid, a.span(i, i+1), st, nil)
			}
			break
		}
	}
	for i := sg.lo; i < sg.hi; i++ {
		t := a.toks[i]
		if t.quoted || t.punct || t.ent >= 0 {
			continue
		}
		if _, _, ok := t.verb(speakVerbs); ok && !negated(a, sg.lo, i, 3) {
			mid := e.meetingAt(sg, i)
			st := modality(a, sg.lo, sg.hi, i)
			for _, en := range e.actors(a, sg.lo, sg.hi) {
				if en.label == graph.LabelPerson {
					e.meetingFact(sg, RuleSpeaks, graph.RelSpeaksAt, en.id, mid, a.span(i, i+1), st, nil)
				}
			}
			break
		}
	}
}

// reason returns the stated reason of an absence: the words after "بسبب"
// (or the like), else the relative clause after the absent party.
func (e *engine) reason(sg *segment, en *ent) string {
	a := sg.a
	for k := en.t1; k < sg.hi; k++ {
		if a.toks[k].has(reasonWords) {
			return trimClause(a, k+1, sg.hi)
		}
	}
	for k := en.t1; k < sg.hi; k++ {
		if a.toks[k].has(relativePronouns) {
			end := k + 1
			for end < sg.hi && !(a.toks[end].punct && (a.toks[end].raw == "،" || a.toks[end].raw == ".")) {
				end++
			}
			return trimClause(a, k+1, end)
		}
	}
	return ""
}

func trimClause(a *sent, i, j int) string {
	for j > i && a.toks[j-1].punct {
		j--
	}
	return a.spanText(i, j)
}

// firstTime: "للمرة الأولى"، "لأول مرة" marks the meeting as the first of
// its format.
func (e *engine) firstTime(sg *segment) {
	a := sg.a
	for i := sg.lo; i+1 < sg.hi; i++ {
		t, u := a.toks[i], a.toks[i+1]
		if (t.is(fold1("مرة")) && u.has(firstTimeWords)) || (t.is(fold1("أول")) && u.is(fold1("مرة"))) {
			if m := e.meetings[e.meetingAt(sg, i)]; m != nil {
				m.first = true
			}
		}
		// "القمة الأولى بصيغة ..."، "الاجتماع الأول لمجلس ..."، "القمة
		// الأولى من نوعها": the first meeting of its format
		if _, _, ok := meetingNounOf(t); ok && u.has(firstOrdinal) && !t.quoted {
			if mid := e.meetingAt(sg, i); mid != "" && e.meetings[mid].kind != "BILATERAL" {
				e.meetings[mid].first = true
			}
		}
	}
}

var firstOrdinal = set("الأولى", "الأول")

// counterpartWords: "نظيره"، "زملائه": the objects are of the subject's level.
var counterpartWords = set("نظيره", "نظيرها", "نظرائه", "زملائه", "زميله", "نظراءه", "نظيريه")

// nextMeeting: "عقد القمة المقبلة في بيشكيك" creates the next meeting of
// the series in focus, in the year of the organisation's next
// chairmanship when one is known (else the following year), FOLLOWED_BY
// from the meeting in focus.
func (e *engine) nextMeeting(sg *segment) {
	a := sg.a
	for i := sg.lo; i+1 < sg.hi; i++ {
		t := a.toks[i]
		if t.quoted || t.ent >= 0 {
			continue
		}
		if _, ok := lookup(t, meetingNounsF); !ok || !a.toks[i+1].has(nextWords) {
			continue
		}
		cur := e.meetings[e.focus()]
		// "القمة المقبلة"، "الاجتماع المقبل لمجلس رؤساء الدول": the latest
		// summit when the words name one
		if k, _, _ := meetingNounOf(t); k == "SUMMIT" || (i+3 < sg.hi && a.toks[i+3].is(headsWord)) {
			if id := e.resolve(meetingFilter{kind: "SUMMIT"}); id != "" {
				cur = e.meetings[id]
			}
		}
		if cur == nil {
			continue
		}
		place := ""
		for k := i + 2; k < sg.hi && place == ""; k++ {
			if ref, ok := e.capitalAt(a, k); ok {
				place = ref.place
			} else if en := a.entAt(k); en != nil && en.label == graph.LabelPlace && !en.quoted {
				place = en.id
			}
		}
		if place == "" {
			// "على أن تستضيف أستانا القمة المقبلة": the city hosting it,
			// named before it
			place = e.hostCityBefore(a, sg.lo, i)
		}
		if place == "" {
			continue
		}
		next := e.nextYearOf(sg, i, cur) // events_next.go
		status := statusOr(modality(a, sg.lo, sg.hi, i), graph.StatusPlanned)
		f := format{slug: cur.format, org: cur.org, kind: cur.kind, title: strings.SplitN(cur.title, ",", 2)[0]}
		m := e.define(sg, i, f, graph.Date{}, next, place, status, false)
		e.add(a, RuleNextMeeting, graph.RelFollowedBy, cur.id, m.id, a.span(i, i+2), status, nil)
	}
}

// hostCityBefore returns the city that a host verb right before the
// meeting noun at i makes the host ("تستضيف ريو دي جانيرو القمة"), or "".
func (e *engine) hostCityBefore(a *sent, lo, i int) string {
	for k := i - 1; k >= lo && k >= i-5; k-- {
		en := a.entAt(k)
		if en == nil || en.t1 != i || en.label != graph.LabelPlace || en.quoted {
			continue
		}
		for v := en.t0 - 1; v >= lo && v >= en.t0-2; v-- {
			if _, ok := verbWithEnclitic(a.toks[v], hostVerbs); ok {
				return en.id
			}
		}
		return ""
	}
	return ""
}

// updateOrgFocus remembers the last intergovernmental organisation named.
func (e *engine) updateOrgFocus(sg *segment) {
	for i := sg.lo; i < sg.hi; i++ {
		en := sg.a.entAt(i)
		if en == nil || en.label != graph.LabelOrganization || en.quoted {
			continue
		}
		ent, _ := e.entity(en.id)
		switch ent.Kind {
		case "MEDIA", "MINISTRY", "COMPANY", "PARTY", "BODY":
			continue
		}
		e.orgFocus = en.id
	}
}

// resolvePending gives pending facts (from headlines) the first meeting of
// the article that matches their filter, and drops those with none.
func (e *engine) resolvePending() {
	drop := map[int]bool{}
	for _, p := range e.pend {
		id := ""
		for _, mid := range e.order {
			if e.meetings[mid].matches(p.filter) {
				id = mid
				break
			}
		}
		if id == "" {
			drop[p.fact] = true
			continue
		}
		f := &e.facts[p.fact]
		f.Rel.End = id
		f.Rel.Props[graph.PropStatus] = statusOr(f.Rel.Props.String(graph.PropStatus), e.meetings[id].status)
	}
	if len(drop) == 0 {
		return
	}
	out := e.facts[:0]
	for i, f := range e.facts {
		if !drop[i] {
			out = append(out, f)
		}
	}
	e.facts = out
}

// result builds the Result: facts in reading order and the created nodes.
func (e *engine) result() Result {
	e.mergeSpans()
	// merging the days of one meeting can turn a relation between two of
	// them ("FOLLOWED_BY") into a loop: drop it
	kept := e.facts[:0]
	for _, f := range e.facts {
		if f.Rel.Start != f.Rel.End {
			kept = append(kept, f)
		}
	}
	e.facts = keepFurthestMembership(kept)
	keepOwnVisitDates(e.facts)
	r := Result{Facts: e.facts, EntityIDs: map[string][]string{}}
	for id, s := range e.surfaces {
		r.EntityIDs[id] = s
	}
	for _, m := range e.meetings {
		p := graph.Props{"id": m.id, "name": m.title, "title": m.title, "kind": m.kind, "status": m.status}
		if m.year > 0 {
			p["year"] = int64(m.year)
		} else {
			p["date"] = m.date
			if m.date.Before(m.end) {
				p["endDate"] = m.end
			}
		}
		if m.nameAr != "" {
			p["nameAr"] = m.nameAr
		}
		if len(m.aliases) > 0 {
			p["aliases"] = m.aliases
		}
		if m.first {
			p["first"] = true
		}
		if m.channel != "" {
			p["channel"] = m.channel
		}
		if m.format != "" {
			p["format"] = m.format
		}
		r.Nodes = append(r.Nodes, graph.Node{ID: m.id, Labels: []string{graph.LabelMeeting}, Props: p})
	}
	for _, in := range e.inits {
		p := graph.Props{"id": in.id, "name": in.title, "title": in.title, "kind": in.kind, "status": in.status}
		if in.nameAr != "" {
			p["nameAr"] = in.nameAr
		}
		if len(in.aliases) > 0 {
			p["aliases"] = in.aliases
		}
		if in.from > 0 {
			p["startYear"] = int64(in.from)
		}
		if in.to > 0 {
			p["endYear"] = int64(in.to)
		}
		r.Nodes = append(r.Nodes, graph.Node{ID: in.id, Labels: []string{graph.LabelInitiative}, Props: p})
	}
	for _, c := range e.chairs {
		name := e.orgLabel(c.org) + " chairmanship " + c.period()
		p := graph.Props{"id": c.id, "name": name, "startYear": int64(c.year), "endYear": int64(c.last())}
		r.Nodes = append(r.Nodes, graph.Node{ID: c.id, Labels: []string{graph.LabelChairmanship}, Props: p})
	}
	sort.Slice(r.Nodes, func(i, j int) bool { return r.Nodes[i].ID < r.Nodes[j].ID })
	return r
}

// articleYear returns the year of the article date, or 0 when unknown.
func (e *engine) articleYear() int { return e.doc.Date.Year }
