package extract

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// Rule names (Fact.Rule) and their confidences.
const (
	RuleMention       = "mention"
	RuleSource        = "source-line"
	RuleOffice        = "title-apposition"
	RuleCapital       = "capital-apposition"
	RuleMeetingPlace  = "meeting-place"
	RuleMeetingOrg    = "meeting-organisation"
	RuleHost          = "host-verb"
	RuleParticipation = "participation-verb"
	RuleTalks         = "talks-verb"
	RuleBilateral     = "bilateral-meeting"
	RuleSidelines     = "on-sidelines"
	RuleAbsence       = "absence"
	RuleSpeaks        = "speaks-at"
	RuleChair         = "chair-verb"
	RuleChairNoun     = "chairmanship-of"
	RuleTransfer      = "chairmanship-transfer"
	RuleCoChair       = "co-chair"
	RuleAgenda        = "agenda-item"
	RuleAuspices      = "under-auspices"
	RuleProposal      = "proposal"
	RuleNextMeeting   = "next-meeting"
	RuleInitiated     = "format-initiated-by"
	RuleFounded       = "founded-by"
	RuleDiplomatic    = "diplomatic-relations"
	RuleConcerns      = "concerns"
)

var ruleConfidence = map[string]float64{
	RuleMention: 0.9, RuleSource: 0.95, RuleOffice: 0.9, RuleCapital: 0.9, RuleMeetingPlace: 0.85,
	RuleMeetingOrg: 0.85, RuleHost: 0.8, RuleParticipation: 0.85, RuleTalks: 0.75, RuleBilateral: 0.75,
	RuleSidelines: 0.8, RuleAbsence: 0.85, RuleSpeaks: 0.8, RuleChair: 0.85, RuleChairNoun: 0.75,
	RuleTransfer: 0.8, RuleCoChair: 0.75, RuleAgenda: 0.75, RuleAuspices: 0.8, RuleProposal: 0.75,
	RuleNextMeeting: 0.7, RuleInitiated: 0.8, RuleFounded: 0.8, RuleDiplomatic: 0.8, RuleConcerns: 0.6,
}

// meeting is a meeting found in the article.
type meeting struct {
	id, format, org, kind, place, title, nameAr string
	date                                        graph.Date
	year                                        int        // year-only meetings
	end                                         graph.Date // last day of a multi-day meeting (events_span.go)
	status                                      string
	first                                       bool
	salient                                     bool // may be referred to by "القمة", "الاجتماع"
	aliases                                     []string
	parties                                     []string
	// channel is PHONE for a call, VIDEO for a meeting held by video
	// link, "" for one in person.
	channel string
}

// initiative is an agenda item found in the article.
type initiative struct {
	id, title, nameAr, kind, status string
	from, to                        int
	aliases                         []string
}

// chairmanship is an organisation's chairmanship for a year.
type chairmanship struct {
	id, org string
	year    int
	// to is the last year of a chairmanship over a period ("للفترة
	// 2021-2022"); 0 for a one-year chairmanship.
	to int
}

// pending is a fact whose meeting end could not be resolved yet (a
// headline before the meeting is introduced).
type pending struct {
	fact   int
	filter meetingFilter
}

type meetingFilter struct {
	org, place, kind string
	date             graph.Date // "اجتماع اليوم": a meeting of that day (zero: any)
	notKind          string     // "الاجتماع" prefers a meeting of another kind than SUMMIT
}

// engine is the discourse state of one article.
type engine struct {
	doc      Document
	kb       KB
	meetings map[string]*meeting
	order    []string // meeting ids in order of creation
	recent   []string // salient meeting ids, least recent first
	inits    map[string]*initiative
	lastInit string
	chairs   map[string]*chairmanship
	curChair map[string]string // org id → latest chairmanship id
	orgFocus string
	facts    []Fact
	pend     []pending
	surfaces map[string][]string
	source   string
	// absent and attended record "meeting|actor" pairs already read.
	absent, attended map[string]bool
	// dateline is the place of the dateline ("سمرقند، 16 سبتمبر"), if any.
	dateline string
	// org is the discourse state of the organisational rules (org_*.go).
	org orgState
	// disc is the discourse memory of the coreference rules
	// (discourse_*.go).
	disc discourse
	// next is the memory of the next-session rules (events_next.go).
	next nextMemory
	// sideHost is the meeting whose sidelines sentence sideSent spoke of
	// (events_talks.go).
	sideHost string
	sideSent int
	// talker is the subject of the last talks with an object, in sentence
	// talkerSent ("والتقى X نظيره Y، كما التقى Z": X meets Z too)
	talker     *ent
	talkerSent int
	// prevDay is the one day of sentence prevSent, prev the sentence
	// itself, whose place is read only when a sentence continues it
	// ("وجاء التوقيع في ختام قمة ...")
	prevDay  graph.Date
	prevSent int
	prev     *sent
	// talksAt is the day and place of the last bilateral talks
	talksAt talksWhen
}

// Run extracts the facts of doc. It returns ctx.Err() when ctx is done.
func Run(ctx context.Context, doc Document, kb KB) (Result, error) {
	doc = disambiguate(doc, kb)
	doc, persons := recognisePersons(doc, kb) // person_titles.go
	doc = shortNames(doc)                     // discourse_names.go
	kb = persons
	e := &engine{doc: doc, kb: kb, meetings: map[string]*meeting{}, inits: map[string]*initiative{},
		chairs: map[string]*chairmanship{}, curChair: map[string]string{}, surfaces: map[string][]string{},
		absent: map[string]bool{}, attended: map[string]bool{}}
	for _, s := range doc.Sentences {
		if err := ctx.Err(); err != nil {
			return Result{}, fmt.Errorf("extract: %w", err)
		}
		a := analyze(s, kb, doc.Date)
		e.sentence(a)
		e.debugSentence(a)
	}
	e.resolvePending()
	e.pruneChairs()
	return persons.finish(e.result(), doc), nil
}

// Source returns the id of the media organisation of a "المصدر: ..." line.
func (r Result) Source() string {
	for _, f := range r.Facts {
		if f.Rel.Type == graph.RelAttributedTo {
			return f.Rel.End
		}
	}
	return ""
}

func (e *engine) entity(id string) (Entity, bool) {
	if e.kb == nil {
		return Entity{ID: id}, false
	}
	return e.kb.Entity(id)
}

// add records a fact.
func (e *engine) add(a *sent, rule, typ, start, end string, span [2]int, status string, props graph.Props) int {
	conf := ruleConfidence[rule]
	p := graph.Props{}
	for k, v := range props {
		p[k] = v
	}
	if status == "" {
		status = graph.StatusReported
	}
	p[graph.PropStatus] = status
	p[graph.PropConfidence] = conf
	p[graph.PropEvidence] = []string{a.id(e.doc.ArticleID)}
	p[graph.PropArticleIDs] = []string{e.doc.ArticleID}
	e.facts = append(e.facts, Fact{Rel: graph.Relationship{Type: typ, Start: start, End: end, Props: p},
		Sentence: a.s.Index, Span: span, Rule: rule, Confidence: conf})
	return len(e.facts) - 1
}

// sentence runs every rule on one analysed sentence.
func (e *engine) sentence(a *sent) {
	e.unquoteNames(a)
	e.unquoteMeetingNames(a)
	e.resolveDescriptions(a)
	e.resolveCounterparts(a)
	e.resolveDuals(a)
	defer e.rememberActors(a)
	defer e.rememberBareTitles(a)
	defer e.rememberDayPlace(a)
	e.datelineOf(a)
	e.mentions(a)
	if e.sourceLine(a) {
		return
	}
	e.offices(a)
	e.capitals(a)
	e.orgSentence(a)
	// the meetings of every clause first, so that a clause can take part
	// in a meeting a later clause of the sentence names ("يلتقيان في
	// مينسك، حيث تعقد القمة")
	sgs := make([]*segment, len(a.segs))
	for k, seg := range a.segs {
		sgs[k] = &segment{a: a, lo: seg[0], hi: seg[1]}
		e.generalAssembly(sgs[k]) // events_un.go
		e.meetingsIn(sgs[k])
	}
	for _, sg := range sgs {
		e.hosts(sg)
		e.talks(sg)
		e.visits(sg)
		e.eventParticipation(sg)
		e.firstTime(sg)
		e.chairmanship(sg)
		e.nextMeeting(sg)
		e.nextSession(sg)
		e.agenda(sg)
		e.proposals(sg)
		e.initiated(sg)
		e.diplomatic(sg)
		e.orgSegment(sg)
		e.updateOrgFocus(sg)
		for _, o := range sg.occ {
			if m := e.meetings[o.id]; m != nil && m.salient {
				e.touch(o.id)
			}
		}
	}
}

// segment is a clause of a sentence with the meetings found in it.
type segment struct {
	a      *sent
	lo, hi int
	occ    []occurrence
	pf     *meetingFilter // unresolved reference before any meeting (headline)
	// background: the segment refers to a meeting on another date than
	// any known one ("القمة السادسة ... عُقدت في تموز 2020"); its facts
	// attach to no meeting in focus.
	background bool
}

// occurrence is a meeting named or referred to at a token.
type occurrence struct {
	id      string
	tok     int
	defined bool
}

// relativeBetween reports whether a relative pronoun stands in (i, j).
func relativeBetween(a *sent, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if a.toks[k].has(relativePronouns) {
			return true
		}
	}
	return false
}

// meetingAt returns the meeting occurrence nearest to token i (not one
// inside a relative clause after i), or the meeting in focus.
func (e *engine) meetingAt(sg *segment, i int) string {
	best, bd := "", 1<<30
	anyDefined := false
	for _, o := range sg.occ {
		if o.defined {
			anyDefined = true
		}
	}
	for _, o := range sg.occ {
		if m := e.meetings[o.id]; m == nil || (!m.salient && !o.defined) || (anyDefined && !o.defined) {
			continue
		}
		if o.tok > i && relativeBetween(sg.a, i, o.tok) {
			continue // "شارك X، الذي أجرى ... محادثات": the relative clause's meeting
		}
		d := o.tok - i
		if d < 0 {
			d = -d
		}
		if d < bd {
			best, bd = o.id, d
		}
	}
	if best != "" {
		return best
	}
	if sg.background {
		return ""
	}
	return e.focus()
}

func (e *engine) focus() string {
	if len(e.recent) == 0 {
		return ""
	}
	return e.recent[len(e.recent)-1]
}

func (e *engine) touch(id string) {
	for i, r := range e.recent {
		if r == id {
			e.recent = append(e.recent[:i], e.recent[i+1:]...)
			break
		}
	}
	e.recent = append(e.recent, id)
}

// -- mentions, source, offices, capitals -------------------------------------

// aliasWorthy reports whether a mention's surface may become an alias of
// its entity (and so a search key): not a relative designation ("نظيره
// التركي" names Erdogan only next to his counterpart) and not a
// designation glued to a preposition ("للرئيس الروسي"). The mention
// itself is recorded either way.
func aliasWorthy(a *sent, en *ent) bool {
	if en.t0 >= len(a.toks) || en.chain0 >= len(a.toks) {
		return true
	}
	first := a.toks[en.chain0]
	if en.designated && first.has(counterpartSingular) {
		return false
	}
	if en.designated || en.form == FormTitle {
		f := first.f
		for _, p := range []string{"لل", "بال", "وبال", "وال", "فال", "كال"} {
			if strings.HasPrefix(f, p) {
				return false
			}
		}
	}
	return true
}

func (e *engine) mentions(a *sent) {
	for _, en := range a.ents {
		if en.label == LabelTitle || en.id == "" {
			continue
		}
		if aliasWorthy(a, &en) {
			e.surfaces[en.id] = graph.UnionStrings(e.surfaces[en.id], []string{en.surface})
		}
		e.add(a, RuleMention, graph.RelMentions, a.id(e.doc.ArticleID), en.id, [2]int{en.start, en.end}, graph.StatusReported,
			graph.Props{"surface": en.surface})
	}
}

// sourceLine reads "المصدر: تاس" (a trailing credit line): the media
// organisation it names is the article's source.
func (e *engine) sourceLine(a *sent) bool {
	if len(a.toks) < 2 || !(a.toks[0].is(fold1("المصدر")) || a.toks[0].is(fold1("المصادر")) || a.toks[0].f == "source") {
		return false
	}
	for _, en := range a.ents {
		if en.label != graph.LabelOrganization {
			continue
		}
		ent, _ := e.entity(en.id)
		// a ministry's press release credits the ministry ("المصدر: وزارة الخارجية ...")
		if ent.Kind != "" && ent.Kind != "MEDIA" && ent.Kind != "MINISTRY" {
			continue
		}
		if e.source == en.id {
			return true
		}
		e.add(a, RuleSource, graph.RelAttributedTo, e.doc.ArticleID, en.id, [2]int{en.start, en.end}, graph.StatusReported, nil)
		e.source = en.id
		return true
	}
	return e.ministrySource(a) // org_source.go
}

// offices: a title chain in apposition to a named person ("رئيس كازاخستان
// قاسم جومارت توكاييف") states the person's office: LEADER_OF for heads of
// state or government, HOLDS_OFFICE otherwise. The office comes from the
// knowledge base when it knows the person's offices on the article date,
// else from the chain.
func (e *engine) offices(a *sent) {
	for _, en := range a.ents {
		if en.label == graph.LabelPerson && len(en.titles) == 0 && !en.designated && !en.quoted && en.t1 > en.t0+1 && a.toks[en.t0].has(monarchTitles) {
			// "الملك عبدالله الثاني": the gazetteer spells the title into
			// the name, which still states the office
			en.titles = []string{"head-of-state"}
		}
		if en.label != graph.LabelPerson || len(en.titles) == 0 || en.designated || en.quoted {
			continue
		}
		var offs []Office
		if e.kb != nil {
			offs = e.kb.OfficesOf(en.id, e.doc.Date)
		}
		var chosen []Office
		for _, o := range offs {
			if contains(en.titles, o.Kind) || contains(en.complements, o.Of) {
				chosen = append(chosen, o)
			}
		}
		if len(chosen) == 0 {
			chosen = offs
		}
		former := false
		for k := en.chain0; k < en.t0; k++ {
			if a.toks[k].has(formerWords) {
				former = true // "الرئيس الأمريكي السابق جو بايدن": no office today
			}
		}
		if former {
			continue
		}
		if len(chosen) == 0 {
			for k, kind := range en.titles {
				if k < len(en.complements) {
					chosen = append(chosen, Office{Kind: kind, Of: en.complements[k], Title: englishTitle(kind)})
				}
			}
		}
		span := [2]int{a.toks[en.chain0].start, en.end}
		var words []string
		for k := en.chain0; k < en.t0; k++ {
			if !a.toks[k].punct {
				words = append(words, a.toks[k].f)
			}
		}
		chainText := " " + strings.Join(words, " ") + " "
		for _, o := range chosen {
			if body := e.bodyNamed(o.Of, chainText); body != "" {
				e.add(a, RuleOffice, graph.RelHoldsOffice, en.id, body, span, graph.StatusReported, graph.Props{"title": o.Title})
			}
		}
		for _, o := range chosen {
			typ := graph.RelHoldsOffice
			if (o.Kind == "head-of-state" || o.Kind == "head-of-government") && strings.HasPrefix(o.Of, "state:") {
				typ = graph.RelLeaderOf
			}
			props := graph.Props{}
			if o.Title != "" {
				props["title"] = o.Title
			}
			e.add(a, RuleOffice, typ, en.id, o.Of, span, graph.StatusReported, props)
		}
	}
}

// sourceNouns may stand between a reporter and its verb: "بحسب بيان".
var sourceNouns = set("معلومات", "بيان", "مصادر")

// monarchTitles open names the gazetteer spells with their title ("الملك
// سلمان"، "السلطان هيثم بن طارق").
var monarchTitles = set("الملك", "السلطان", "العاهل")

// bodyNamed returns the body of organisation org whose name the title
// chain spells ("رئيس اللجنة التنفيذية" → the organisation's executive
// committee): the part of org with the longest name prefix (two words at
// least) found in chainText (folded, space-padded).
func (e *engine) bodyNamed(org, chainText string) string {
	if e.kb == nil || !strings.HasPrefix(org, "org:") {
		return ""
	}
	best, bestN := "", 1
	for _, p := range e.kb.Parts(org) {
		ent, ok := e.entity(p)
		if !ok {
			continue
		}
		for _, name := range ent.Names {
			w := strings.Fields(name)
			for n := len(w); n > bestN; n-- {
				if strings.Contains(chainText, " "+strings.Join(w[:n], " ")+" ") {
					best, bestN = p, n
					break
				}
			}
		}
	}
	return best
}

func englishTitle(kind string) string {
	switch kind {
	case "head-of-state":
		return "President"
	case "head-of-government":
		return "Prime Minister"
	case "foreign-minister":
		return "Foreign Minister"
	case "secretary-general":
		return "Secretary-General"
	case "spokesperson":
		return "Spokesperson"
	}
	return strings.ReplaceAll(kind, "-", " ")
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// capitalRef is "عاصمة [جمهورية] STATE [ADJ] [- مدينة PLACE]" at token i:
// the place meant (the named place, or the state's capital from the
// knowledge base), the state, whether it is the capital, the end token and
// whether a place was named.
type capitalRef struct {
	place, state string
	capital      bool
	end          int
	named        bool
}

var capitalWord = fold1("عاصمة")
var polityWords = set("جمهورية", "دولة", "مملكة", "إمارة", "سلطنة", "الجمهورية")
var cityWords = set("مدينة", "العاصمة")

func (e *engine) capitalAt(a *sent, i int) (capitalRef, bool) {
	if i < 0 || i >= len(a.toks) {
		return capitalRef{}, false
	}
	t := a.toks[i]
	if t.punct || t.quoted || !t.is(capitalWord) {
		return capitalRef{}, false
	}
	j := i + 1
	if j < len(a.toks) && a.toks[j].has(polityWords) && a.entAt(j) == nil {
		j++
	}
	st := a.entAt(j)
	if st == nil || st.label != graph.LabelState {
		return capitalRef{}, false
	}
	ref := capitalRef{state: st.id, capital: true, end: st.t1}
	j = st.t1
	if j < len(a.toks) && a.entAt(j) == nil {
		if _, ok := lookup(a.toks[j], capitalAdjF); ok {
			ref.capital = false
			j++
			ref.end = j
		}
	}
	// "- مدينة PLACE", "، PLACE", "PLACE"
	k := j
	for k < len(a.toks) && k <= j+3 && a.entAt(k) == nil && (a.toks[k].punct && a.toks[k].raw != "(" || a.toks[k].has(cityWords)) {
		k++
	}
	if p := a.entAt(k); p != nil && p.label == graph.LabelPlace && k <= j+3 {
		ref.place, ref.named, ref.end = p.id, true, p.t1
		return ref, true
	}
	if !ref.capital || e.kb == nil {
		return ref, ref.place != ""
	}
	if pid, ok := e.kb.Capital(st.id); ok {
		ref.place = pid
		return ref, true
	}
	return ref, false
}

// capitals: "عاصمة جمهورية قرغيزستان - مدينة بيشكيك" locates the city in
// the state (capital=false for "عاصمة روسيا الشمالية - مدينة ...").
func (e *engine) capitals(a *sent) {
	for i := range a.toks {
		ref, ok := e.capitalAt(a, i)
		if !ok || !ref.named {
			continue
		}
		e.surfaces[ref.state] = graph.UnionStrings(e.surfaces[ref.state], nil)
		e.add(a, RuleCapital, graph.RelLocatedIn, ref.place, ref.state, a.span(i, ref.end), graph.StatusReported,
			graph.Props{"capital": ref.capital})
	}
}

// stateOf maps an agent entity to a state: a state itself, a capital city
// standing for its state ("رئاسة أستانا"، "بمبادرة من موسكو"), or a person
// through their head-of-state/government office.
func (e *engine) stateOf(id string) string {
	switch {
	case strings.HasPrefix(id, "state:"):
		return id
	case strings.HasPrefix(id, "place:"):
		if en, ok := e.entity(id); ok && en.Capital && en.State != "" {
			return en.State
		}
	case strings.HasPrefix(id, "person:"):
		if e.kb != nil {
			for _, o := range e.kb.OfficesOf(id, e.doc.Date) {
				if (o.Kind == "head-of-state" || o.Kind == "head-of-government") && strings.HasPrefix(o.Of, "state:") {
					return o.Of
				}
			}
		}
	}
	return ""
}

// -- helpers over segments ---------------------------------------------------

// actors returns the State and Person entities of [lo, hi) that can be
// actors: not quoted, not modifiers of a designation, not reporters
// ("أكد صمادياروف"، "بحسب ..."), not objects of topic prepositions.
func (e *engine) actors(a *sent, lo, hi int) []*ent {
	var out []*ent
	seen := map[*ent]bool{}
	for i := lo; i < hi; i++ {
		en := a.entAt(i)
		if en == nil || seen[en] {
			continue
		}
		seen[en] = true
		if en.quoted || en.mod || (en.label != graph.LabelState && en.label != graph.LabelPerson) {
			continue
		}
		if e.isReporter(a, en) || isTopic(a, en) {
			continue
		}
		out = append(out, a.group(en)...)
	}
	return out
}

var topicPreps = set("حول", "بشأن", "عن", "ضد", "بين", "تجاه", "حيال", "سياق", "الوضع", "أزمة", "الأزمة")

// isTopic reports whether the entity is governed by a topic word just
// before it ("الوضع في أفغانستان"، "بين روسيا").
func isTopic(a *sent, en *ent) bool {
	for k := en.chain0 - 1; k >= 0 && k >= en.chain0-2; k-- {
		t := a.toks[k]
		if t.punct {
			return false
		}
		if t.has(topicPreps) {
			return true
		}
		if !t.is(fold1("في")) {
			return false
		}
	}
	return false
}

// isReporter reports whether the entity is the subject of a reporting
// verb just before it.
func (e *engine) isReporter(a *sent, en *ent) bool {
	for k := en.chain0 - 1; k >= 0 && k >= en.chain0-2; k-- {
		t := a.toks[k]
		if t.punct {
			continue
		}
		if t.has(reportWords) {
			return true
		}
		if t.has(sourceNouns) {
			continue
		}
		return false
	}
	return false
}

// modality reads the status of a statement whose trigger is at token t of
// the segment: EXPECTED ("من المتوقع")، PLANNED ("من المقرر", future
// tense), HELD (past) or "" when nothing says.
func modality(a *sent, lo, hi, t int) string {
	for i := lo; i < hi; i++ {
		if !a.toks[i].quoted && a.toks[i].has(expectedMarkers) && i <= t+1 {
			return graph.StatusExpected
		}
	}
	for i := lo; i < hi; i++ {
		if !a.toks[i].quoted && a.toks[i].has(plannedMarkers) && i <= t+1 {
			return graph.StatusPlanned
		}
	}
	if t >= 0 && t < len(a.toks) {
		if isFuture(a.toks[t]) {
			return graph.StatusPlanned
		}
	}
	for i := t - 1; i >= lo && i >= t-6; i-- {
		tk := a.toks[i]
		if tk.has(futureAux) || isFuture(tk) {
			return graph.StatusPlanned
		}
		if tk.has(pastAux) {
			return graph.StatusHeld
		}
		if v, ok := knownVerb(tk); ok {
			if v == tensePast {
				return graph.StatusHeld
			}
			break
		}
	}
	if t >= 0 && t < len(a.toks) {
		for _, m := range []map[string]tense{talkVerbs, holdVerbs, participationVerbs, speakVerbs, hostVerbs, chairVerbs, proposalVerbs} {
			if v, _, ok := a.toks[t].verb(m); ok && v == tensePast {
				return graph.StatusHeld
			}
		}
	}
	return ""
}

// knownVerb returns the tense of a trigger verb of the lexicons.
func knownVerb(t token) (tense, bool) {
	if t.punct || t.ent >= 0 {
		return tenseNone, false
	}
	for _, m := range []map[string]tense{talkVerbs, holdVerbs, participationVerbs, speakVerbs, hostVerbs, chairVerbs, openCloseVerbs} {
		if v, _, ok := t.verb(m); ok && !(len(t.stems) > 0 && strings.HasPrefix(t.stems[len(t.stems)-1], "ال")) {
			return v, true
		}
	}
	return tenseNone, false
}

// isFuture reports whether a word carries the future prefix س on an
// imperfect verb (سيشارك، ستصبح، وسيتم).
func isFuture(t token) bool {
	if t.punct || t.ent >= 0 {
		return false
	}
	if t.has(futureAux) && !t.is(fold1("لن")) {
		return true
	}
	for _, m := range []map[string]tense{talkVerbs, holdVerbs, participationVerbs, speakVerbs, hostVerbs, chairVerbs, actionVerbsF} {
		if v, fut, ok := t.verb(m); ok && fut && v == tensePresent {
			return true
		}
	}
	return false
}

// actionVerbsF: verbs among the action triggers (for the future test).
var actionVerbsF = func() map[string]tense {
	m := map[string]tense{}
	for w := range actionsF {
		r := []rune(w)
		if len(r) > 2 && (r[0] == 'ي' || r[0] == 'ت') {
			m[w] = tensePresent
		}
	}
	for _, w := range []string{"يتضمن", "تتضمن", "يصبح", "تصبح", "ينظر", "تنظر", "يواصل", "تواصل", "يركز", "تركز"} {
		m[fold1(w)] = tensePresent
	}
	return m
}()

// negated reports whether a negation particle precedes token t within n
// tokens of the segment.
func negated(a *sent, lo, t, n int) bool {
	for i := t - 1; i >= lo && i >= t-n; i-- {
		if a.toks[i].has(negations) {
			return true
		}
	}
	return false
}

// statusOr returns s, or def when s is "".
func statusOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func itoa(i int) string { return strconv.Itoa(i) }

// sortedStrings returns a sorted copy.
func sortedStrings(s []string) []string {
	out := append([]string(nil), s...)
	sort.Strings(out)
	return out
}
