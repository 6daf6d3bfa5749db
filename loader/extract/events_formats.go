package extract

import (
	"slices"
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// Meeting formats beyond "قمة ORG" and "مجلس رؤساء دول ORG": ministerial
// councils, summits named by bloc adjectives ("القمة العربية الإسلامية"،
// "القمة الخليجية الصينية") and by regions ("قمة شرق آسيا").

// ministersFormat is the foreign ministers' meeting of org.
func (e *engine) ministersFormat(org string) format {
	return format{slug: orgSlug(org) + "-foreign-ministers", org: org, kind: "MINISTERIAL", title: e.orgLabel(org) + " foreign ministers' meeting"}
}

var ministerialWords = set("الوزاري", "وزاري", "وزاريا", "الوزارية", "وزارية")
var levelWords = set("المستوى", "مستوى")

// delegatesWords and permanentWords: "على مستوى المندوبين (الدائمين)"، the
// level of an organisation's council of permanent representatives.
var delegatesWords, permanentWords = set("المندوبين", "المندوبون", "السفراء", "الممثلين"), set("الدائمين", "الدائمون")

// ministerialCouncilAt reads "مجلس وزراء خارجية ORG" and "مجلس ORG على
// المستوى الوزاري" (or "على مستوى وزراء الخارجية") at token i.
func (e *engine) ministerialCouncilAt(a *sent, i int) (format, int, bool) {
	t := a.toks[i]
	if t.quoted || t.punct || !t.is(councilWord) || i+1 >= len(a.toks) {
		return format{}, i, false
	}
	j := i + 1
	if a.toks[j].has(ministersWords) && j+1 < len(a.toks) && a.toks[j+1].has(foreignWords) {
		if org, end, ok := e.orgAt(a, skipMemberStates(a, j+2)); ok {
			return e.ministersFormat(org), end, true
		}
		return format{}, i, false
	}
	org, end, ok := e.orgAt(a, j)
	if !ok {
		return format{}, i, false
	}
	for k := end; k < len(a.toks) && k <= end+4; k++ {
		tk := a.toks[k]
		if tk.has(ministerialWords) || (tk.has(ministersWords) && k > end && a.toks[k-1].has(levelWords)) {
			return e.ministersFormat(org), k + 1, true
		}
		if tk.has(delegatesWords) && k > end && a.toks[k-1].has(levelWords) {
			// "مجلس الجامعة على مستوى المندوبين الدائمين"
			n := k + 1
			if n < len(a.toks) && a.toks[n].has(permanentWords) {
				n++
			}
			return format{slug: orgSlug(org) + "-permanent-representatives", org: org, kind: "MEETING",
				title: e.orgLabel(org) + " council of permanent representatives"}, n, true
		}
		if tk.punct {
			break
		}
	}
	return format{}, i, false
}

// ordinalWords are the words of ordinal numbers ("الخامسة عشرة"، "الثالثة
// والأربعين"، "الـ32").
var ordinalWords = set("الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الخامس",
	"الخامسة", "السادس", "السادسة", "السابع", "السابعة", "الثامن", "الثامنة", "التاسع", "التاسعة", "العاشر", "العاشرة",
	"الحادي", "الحادية", "عشر", "عشرة", "العشرين", "الثلاثين", "الأربعين", "الخمسين", "الستين", "السبعين", "الثمانين",
	"التسعين", "والعشرين", "والثلاثين", "والأربعين", "والخمسين", "والستين", "والسبعين", "والثمانين", "والتسعين")

// isOrdinalWord reports whether a token is (part of) an ordinal number.
func isOrdinalWord(t token) bool {
	if t.punct || t.quoted {
		return false
	}
	if t.has(ordinalWords) {
		return true
	}
	s := strings.TrimPrefix(t.f, "ال")
	if s == "" {
		return t.f == "ال"
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// blocAdjectives are the adjectives that name a bloc in summit names, with
// the slug word and the organisation whose members they gather.
var blocAdjectives = map[string][2]string{
	"العربية": {"arab", "org:arab-league"}, "العربي": {"arab", "org:arab-league"},
	"الإسلامية": {"islamic", "org:oic"}, "الإسلامي": {"islamic", "org:oic"},
	"الخليجية": {"gcc", "org:gcc"}, "الخليجي": {"gcc", "org:gcc"},
	"الأفريقية": {"african", "org:au"}, "الإفريقية": {"african", "org:au"},
	"الأوروبية": {"eu", "org:eu"}, "الآسيانية": {"asean", "org:asean"},
	// indefinite, in headlines and after "أول قمة": "أول قمة خليجية–آسيانية"
	"عربية": {"arab", "org:arab-league"}, "إسلامية": {"islamic", "org:oic"}, "خليجية": {"gcc", "org:gcc"},
	"أفريقية": {"african", "org:au"}, "إفريقية": {"african", "org:au"}, "أوروبية": {"eu", "org:eu"},
	"آسيانية": {"asean", "org:asean"},
	// accusative, after an indefinite noun: "اجتماعاً وزارياً عربياً"
	"عربيا": {"arab", "org:arab-league"}, "خليجيا": {"gcc", "org:gcc"}, "إسلاميا": {"islamic", "org:oic"},
	"أوروبيا": {"eu", "org:eu"}, "خليجي": {"gcc", "org:gcc"}, "عربي": {"arab", "org:arab-league"},
}
var blocAdjF = foldedMap(blocAdjectives)

// adjectiveFormat reads a summit named by adjectives after the noun (and
// after a city name: "قمة الرياض الخليجية الصينية"): bloc adjectives and
// state nisbas. One bloc adjective alone names the bloc organisation's
// summit ("القمة العربية" → arab-league-summit); two or more name a joint
// format ("القمة العربية الإسلامية" → arab-islamic-summit, "الخليجية
// الصينية" → gcc-china-summit), also of states alone ("القمة الثلاثية
// الإيرانية الروسية التركية" → iran-russia-turkiye-summit, convened under
// no organisation).
func (e *engine) adjectiveFormat(a *sent, j int, nounKind string) (format, int, bool) {
	if nounKind != "SUMMIT" {
		// "اجتماعاً وزارياً عربياً موسعاً": a ministerial meeting of a bloc
		return e.ministerialAdjectiveFormat(a, j)
	}
	k := j
	if en := a.entAt(k); en != nil && en.label == graph.LabelPlace && en.t0 == k {
		k = en.t1
	}
	var words, orgs, states []string
	if k < len(a.toks) && a.toks[k].has(arityWords) {
		k++ // "القمة الثلاثية الإيرانية الروسية التركية"
	}
	for k < len(a.toks) {
		t := a.toks[k]
		if t.punct && dashes[t.raw] && len(words) > 0 && k+1 < len(a.toks) {
			k++ // "خليجية–آسيانية"
			continue
		}
		if t.punct {
			break
		}
		if v, ok := lookup(t, blocAdjF); ok && (a.entAt(k) == nil || a.entAt(k).label != graph.LabelState) {
			words = append(words, v[0])
			orgs = append(orgs, v[1])
			k++
			continue
		}
		if en := a.entAt(k); en != nil && en.t0 == k && en.label == graph.LabelState && en.form == FormAdjective {
			words = append(words, graph.Slug(e.name(en.id)))
			states = append(states, en.id)
			k = en.t1
			continue
		}
		break
	}
	if len(words) == 0 || len(orgs) == 0 && len(words) < 2 {
		return format{}, j, false
	}
	if len(words) == 1 {
		if _, ok := e.entity(orgs[0]); !ok && e.kb != nil {
			return format{}, j, false
		}
		f := e.orgFormat(orgs[0], nounKind)
		return f, k, true
	}
	slug := strings.Join(words, "-") + "-summit"
	f := format{slug: slug, kind: "SUMMIT", title: strings.ToUpper(slug[:1]) + slug[1:len(slug)-len("-summit")] + " summit"}
	f.orgs = orgs // none for a summit of states only ("الإيرانية الروسية التركية")
	if len(orgs) == 0 {
		f.states = states // the states it is named after take part
	}
	return f, k, true
}

// betweenFormat reads "بين ORG1 و ORG2" or "التي تجمع ORG1 و ORG2" after a
// meeting noun ("القمة الأولى من نوعها بين مجلس التعاون ورابطة آسيان"،
// "القمة الأولى التي تجمع دول مجلس التعاون ودول آسيا الوسطى"): a joint
// format of the two parties (organisations, or a region such as Central
// Asia), slugged in the written order (eu-gcc-summit,
// gcc-central-asia-summit) and convened under the organisations.
func (e *engine) betweenFormat(a *sent, j int, nounKind string) (format, int, bool) {
	for j < len(a.toks) && (a.toks[j].has(ofItsKindWords) || a.toks[j].has(directnessWords) || a.toks[j].has(mannerWords)) {
		j++ // "من نوعها"، "غير المباشرة"
	}
	switch {
	case j < len(a.toks) && a.toks[j].has(betweenWords):
		j++
	case j+1 < len(a.toks) && a.toks[j].has(relativePronouns) && a.toks[j+1].has(gatherVerbs):
		j += 2
	case j+1 < len(a.toks) && a.toks[j].has(gatherVerbs):
		j++ // an indefinite noun takes no relative pronoun: "أول قمة تجمع ..."
	default:
		return format{}, j, false
	}
	if j < len(a.toks) && a.toks[j].has(twoStatesWords) {
		// "القمة السنوية بين البلدين": the states of the two persons or
		// states the sentence named before
		if x, y, ok := e.twoStatesBefore(a, j); ok {
			f := e.bilateralFormat(x, y)
			f.states = []string{x, y}
			return f, j + 1, true
		}
		return format{}, j, false
	}
	p1, k, ok := e.jointParty(a, j)
	if !ok || k >= len(a.toks) || !strings.HasPrefix(a.toks[k].f, "و") {
		return format{}, j, false
	}
	// the second party carries the conjunction: "ورابطة"، "ودول"
	p2, end, ok := e.jointParty(a, k)
	if !ok && a.toks[k].is(fold1("و")) {
		p2, end, ok = e.jointParty(a, k+1)
	}
	if !ok || p2.slug == p1.slug {
		return format{}, j, false
	}
	// a third party: "تجمع مجلس التعاون وآسيان والصين"
	var p3 *jointSide
	if end < len(a.toks) && strings.HasPrefix(a.toks[end].f, "و") && !a.toks[end].punct {
		if p, e3, ok := e.jointParty(a, end); ok && p.slug != p1.slug && p.slug != p2.slug {
			p3, end = &p, e3
		}
	}
	if p3 != nil {
		f := format{slug: p1.slug + "-" + p2.slug + "-" + p3.slug + "-summit", kind: "SUMMIT",
			title: p1.label + "–" + p2.label + "–" + p3.label + " summit"}
		for _, p := range []jointSide{p1, p2, *p3} {
			if p.org != "" {
				f.orgs = append(f.orgs, p.org)
			}
		}
		return f, end, true
	}
	if p1.state && p2.state {
		// "جولة من المحادثات غير المباشرة بين إيران والولايات المتحدة": the
		// two states' bilateral meeting, whoever hosts it
		f := e.bilateralFormat(p1.id, p2.id)
		f.states = []string{p1.id, p2.id}
		return f, end, true
	}
	if p1.org == "" && p2.org == "" {
		// a state and a region ("بين روسيا ودول آسيا الوسطى"): the same
		// format as the dashed name "روسيا - آسيا الوسطى"
		return format{slug: p1.slug + "-" + p2.slug, kind: "SUMMIT", title: p1.label + "–" + p2.label + " summit"}, end, true
	}
	kind := nounKind
	if kind == "" || kind == "MEETING" || kind == "TALKS" {
		kind = "SUMMIT"
	}
	w := strings.ToLower(kindWord(kind))
	slug := p1.slug + "-" + p2.slug + "-" + graph.Slug(w)
	if kind == "MINISTERIAL" {
		slug = p1.slug + "-" + p2.slug + "-foreign-ministers"
	}
	f := format{slug: slug, kind: kind, title: p1.label + "–" + p2.label + " " + w}
	for _, p := range []jointSide{p1, p2} {
		if p.org != "" {
			f.orgs = append(f.orgs, p.org)
		}
	}
	return f, end, true
}

// betweenFormatAfter reads a joint format ("بين ORG1 وORG2") after the
// meeting noun at token i, past ordinals and "أعمال"-like words.
func (e *engine) betweenFormatAfter(a *sent, i int, nounKind string) (format, int, bool) {
	if i < 0 || i >= len(a.toks) {
		return format{}, i, false
	}
	j := i + 1
	for j < len(a.toks) && (isOrdinalWord(a.toks[j]) || a.toks[j].has(otherWords)) && a.entAt(j) == nil {
		j++
	}
	return e.betweenFormat(a, j, nounKind)
}

// twoStatesWords designate the two states just named: "بين البلدين".
var twoStatesWords = set("البلدين", "الدولتين", "البلدان")

// twoStatesBefore returns the two states of the persons or states named
// in the sentence before token j, when there are exactly two.
func (e *engine) twoStatesBefore(a *sent, j int) (string, string, bool) {
	var states []string
	for k := range a.ents {
		en := &a.ents[k]
		if en.t1 > j || en.quoted || en.dual > 0 {
			continue
		}
		st := ""
		switch {
		case en.label == graph.LabelPerson:
			st = e.evPersonState(en.id)
		case en.label == graph.LabelState && !en.mod:
			st = en.id
		}
		if st != "" && !slices.Contains(states, st) {
			states = append(states, st)
		}
	}
	if len(states) != 2 {
		return "", "", false
	}
	return states[0], states[1], true
}

// jointSide is one party of a joint format: an organisation, a region or
// a state.
type jointSide struct {
	slug, label, org, id string
	state                bool
}

// jointParty reads one party at token j ("دول" may come first): an
// intergovernmental organisation, a state named (not by its nisba), else a
// region ("آسيا الوسطى"، "الخمس" after it is skipped).
func (e *engine) jointParty(a *sent, j int) (jointSide, int, bool) {
	if j < len(a.toks) && a.toks[j].has(statesWords) && a.entAt(j) == nil {
		j++
	}
	if j >= len(a.toks) {
		return jointSide{}, j, false
	}
	if o, end, ok := e.orgAt(a, j); ok && e.isIGO(o) {
		return jointSide{slug: orgSlug(o), label: e.orgLabel(o), org: o}, end, true
	}
	if en := a.entAt(j); en != nil && en.t0 == j && en.label == graph.LabelState && en.form != FormAdjective && !en.quoted {
		name := e.name(en.id)
		return jointSide{slug: graph.Slug(name), label: name, id: en.id, state: true}, en.t1, true
	}
	if v, n, ok := phraseAt(a, j, regionsF); ok {
		end := j + n
		if end < len(a.toks) && isNumberWord(a.toks[end]) {
			end++ // "دول آسيا الوسطى الخمس"
		}
		return jointSide{slug: graph.Slug(v), label: v}, end, true
	}
	return jointSide{}, j, false
}

// gatherVerbs: "التي تجمع"، "الذي جمع".
var gatherVerbs = set("تجمع", "يجمع", "جمعت", "جمع")

// isNumberWord reports whether a word is a small cardinal after a noun
// ("الخمس"، "الست").
func isNumberWord(t token) bool {
	return t.has(countWords)
}

// countWords count the states of a region or a group: "الدول الخمس".
var countWords = set("الخمس", "الست", "الثلاث", "الأربع", "السبع", "الثماني", "التسع", "العشر", "الخمسة", "الستة")

// directnessWords: "(غير) المباشرة".
var directnessWords = set("غير", "المباشرة", "المباشر", "مباشرة", "مباشر")

// betweenWords and ofItsKindWords: "بين" and "من نوعها".
var betweenWords, ofItsKindWords = set("بين"), set("من", "نوعها", "نوعه")

// headsOfRegionFormat reads, after a meeting noun, "[التشاوري] [الرابع]
// لرؤساء دول REGION" or "لقادة REGION": the heads of state of a region
// meeting without an organisation ("الاجتماع التشاوري الرابع لرؤساء دول
// آسيا الوسطى" → central-asia-consultative-meeting; "قمة قادة آسيا
// الوسطى" → central-asia-summit).
func (e *engine) headsOfRegionFormat(a *sent, j int) (format, int, bool) {
	consultative := false
	for j < len(a.toks) && (a.toks[j].has(consultativeWords) || isOrdinalWord(a.toks[j])) {
		if a.toks[j].has(consultativeWords) {
			consultative = true
		}
		j++
	}
	if j >= len(a.toks) || !(a.toks[j].has(headsPluralWords)) {
		return format{}, j, false
	}
	j++
	if j < len(a.toks) && a.toks[j].has(statesWords) {
		j++
	}
	v, n, ok := phraseAt(a, j, regionsF)
	if !ok {
		return format{}, j, false
	}
	if consultative {
		return format{slug: graph.Slug(v) + "-consultative-meeting", kind: "SUMMIT", title: v + " consultative meeting of heads of state"}, j + n, true
	}
	return format{slug: graph.Slug(v) + "-summit", kind: "SUMMIT", title: v + " Summit"}, j + n, true
}

// consultativeWords and headsPluralWords: "التشاوري"، "لرؤساء"، "لقادة".
var consultativeWords, headsPluralWords = set("التشاوري", "التشاورية", "تشاوري"), set("رؤساء", "قادة", "زعماء")

// arityWords count a summit's parties ("الثلاثية"، "الرباعية").
var arityWords = set("الثنائية", "الثلاثية", "الرباعية", "الخماسية", "السداسية", "ثلاثية", "رباعية")

// ministerialAdjectiveFormat reads adjectives after a meeting noun that
// make it the foreign ministers' meeting of one bloc: a ministerial
// adjective and one bloc adjective, in either order, with manner
// adjectives between ("اجتماعاً وزارياً عربياً موسعاً"، "الاجتماع الوزاري
// الخليجي").
func (e *engine) ministerialAdjectiveFormat(a *sent, j int) (format, int, bool) {
	ministerial, org, k := false, "", j
	for ; k < len(a.toks) && k < j+4; k++ {
		t := a.toks[k]
		switch {
		case t.punct:
		case t.has(ministerialWords):
			ministerial = true
			continue
		case t.has(mannerWords):
			continue
		default:
			if v, ok := lookup(t, blocAdjF); ok && org == "" && (a.entAt(k) == nil || a.entAt(k).label != graph.LabelState) {
				org = v[1]
				continue
			}
		}
		break
	}
	if !ministerial || org == "" {
		return format{}, j, false
	}
	if _, ok := e.entity(org); !ok && e.kb != nil {
		return format{}, j, false
	}
	return e.ministersFormat(org), k, true
}

// mannerWords qualify a meeting without naming it: "موسعاً"، "طارئاً".
var mannerWords = set("موسعا", "الموسع", "موسع", "طارئا", "الطارئ", "طارئ", "استثنائيا", "الاستثنائي", "استثنائي", "عاجلا", "العاجل")

// regionFormat reads "قمة شرق آسيا": a summit named by a region.
func (e *engine) regionFormat(a *sent, j int, nounKind string) (format, int, bool) {
	if nounKind != "SUMMIT" {
		return format{}, j, false
	}
	v, n, ok := phraseAt(a, j, regionsF)
	if !ok {
		return format{}, j, false
	}
	if j+n < len(a.toks) && dashes[a.toks[j+n].raw] {
		return format{}, j, false
	}
	return format{slug: graph.Slug(v) + "-summit", kind: "SUMMIT", title: v + " Summit"}, j + n, true
}

// absDays is the number of days between two dates.
func absDays(a, b graph.Date) int {
	d := a.Time().Sub(b.Time()).Hours() / 24
	if d < 0 {
		d = -d
	}
	return int(d + 0.5)
}

// memberWords and inWords: "الدول الأعضاء في" between a council's name and
// its organisation ("مجلس وزراء خارجية الدول الأعضاء في منظمة ...").
var memberWords, inWords = set("الأعضاء", "أعضاء"), set("في", "ب")

// skipMemberStates returns the token after "الدول الأعضاء في" (or "دول")
// at j, or j.
func skipMemberStates(a *sent, j int) int {
	if j+1 < len(a.toks) && a.toks[j].has(statesWords) && !a.toks[j+1].has(memberWords) && a.entAt(j) == nil {
		return j + 1 // "وزراء خارجية دول مجموعة بريكس"
	}
	if j+2 < len(a.toks) && a.toks[j].has(statesWords) && a.toks[j+1].has(memberWords) {
		if a.toks[j+2].has(inWords) {
			return j + 3
		}
		return j + 2 // "الدول الأعضاء بمنظمة": the preposition is a clitic
	}
	return j
}

// blocPlurals are the plural nisbas after "وزراء الخارجية" that name the
// bloc whose ministers meet ("وزراء الخارجية العرب").
var blocPlurals = foldedMap(map[string]string{
	"العرب": "org:arab-league", "الخليجيين": "org:gcc", "الخليجيون": "org:gcc",
	"الأفارقة": "org:au", "الأوروبيين": "org:eu", "الأوروبيون": "org:eu",
})

// ministersMeetAt reads, at token i, foreign ministers of an organisation
// or a bloc as the subject of a meeting verb ("وزراء الخارجية العرب، الذين
// يجتمعون ... بعد غد"، "يجتمع وزراء خارجية آسيان غداً"): it returns the
// ministers' format and the token of the verb.
func (e *engine) ministersMeetAt(a *sent, i, hi int) (format, int, bool) {
	t := a.toks[i]
	if t.quoted || !t.has(ministersWords) || i+2 >= hi || !a.toks[i+1].has(foreignWords) {
		return format{}, i, false
	}
	j := skipMemberStates(a, i+2)
	org, end, ok := e.orgAt(a, j)
	if !ok {
		v, found := lookup(a.toks[j], blocPlurals)
		if !found {
			return format{}, i, false
		}
		org, end = v, j+1
	}
	// the verb: right before the subject, or after it (past a comma and a
	// relative pronoun)
	if i > 0 {
		if _, ok := verbWithEnclitic(a.toks[i-1], meetOrHoldVerbs); ok {
			return e.ministersFormat(org), i - 1, true
		}
	}
	for k := end; k < hi && k <= end+3; k++ {
		tk := a.toks[k]
		if _, ok := verbWithEnclitic(tk, meetOrHoldVerbs); ok {
			return e.ministersFormat(org), k, true
		}
		if !tk.punct && !tk.has(relativePronouns) {
			break
		}
	}
	return format{}, i, false
}

// meetOrHoldVerbs: the verbs of meeting (not of talks with someone).
var meetOrHoldVerbs = verbs([]string{"اجتمع", "اجتمعوا", "التقى", "التقوا"}, []string{"يجتمع", "يجتمعون", "تجتمع", "يلتقي", "يلتقون"})
