package extract

// Recognition of people the gazetteer lacks, from title patterns.
//
// A designation word (a Title mention: الرئيس، وزير الخارجية، ولي العهد،
// المتحدث باسم، السفير …), optionally qualified by a nationality adjective
// or a named state or organisation ("وزير الخارجية الغاني"، "المتحدث باسم
// وزارة الخارجية القطرية"، "السفير الروسي لدى قطر"), immediately followed
// (a comma allowed) by two to five name-like words is read as a person:
//
//	وزير الخارجية الغاني شيرلي أيوركور بوتشوي → person:shirli-ayurkur-butshui
//
// Name-like words are Arabic words that no mention covers, that are not
// function words, time words, honorifics or trigger verbs of the lexicon,
// and that do not begin with a proclitic + article (وال، بال، لل …); an
// article-initial word (الأنصاري، الثاني) is a name word only after a first
// name word. Nothing is read from a plural or dual title (رؤساء الدول،
// الوزيران), from a title followed by a known entity (الرئيس الروسي فلاديمير
// بوتين keeps the gazetteer's Putin) or from a title followed by a verb
// (وزير الخارجية أكد أن).
//
// When the knowledge base knows the holder of the designated office on the
// article date and the name is a spelling of the holder's (same last name
// within two edits), the words are a mention of the holder. Otherwise a new
// Person is made: id "person:" + slug of a romanisation (translitArabic),
// name the romanisation, nameAr the Arabic as written, aliases the
// surfaces, recognisedBy "title-pattern" and confidence personConfidence.
// Later occurrences of the full name in the article are mentions of the same
// person. Every fact of such a person has confidence ≤ personConfidence,
// and the office of the pattern (LEADER_OF the state for heads of state or
// government, HOLDS_OFFICE otherwise) is stated when the sentence's title
// rules did not state it.

import (
	"sort"
	"strings"
	"unicode"

	"github.com/diplograph/diplograph/graph"
)

// RulePersonTitle names the office facts of title-pattern persons.
const RulePersonTitle = "title-pattern-person"

// personConfidence caps the confidence of every fact about a person
// recognised from a title pattern only.
const personConfidence = 0.6

// RecognisedByTitle is the recognisedBy property of such Person nodes.
const RecognisedByTitle = "title-pattern"

// personTitleKinds are the office kinds whose titles may introduce an
// unknown person's name (not "leader": زعيم/قائد are too often generic,
// nor ministries).
var personTitleKinds = set("head-of-state", "head-of-government", "deputy-head-of-state",
	"deputy-head-of-government", "crown-prince", "foreign-minister", "deputy-foreign-minister",
	"defence-minister", "minister", "secretary-general", "head-of-organization", "spokesperson",
	"ambassador", "special-envoy", "speaker")

// personPluralTitles are plural or dual first words of titles.
var personPluralTitles = set("رؤساء", "الرؤساء", "وزراء", "الوزراء", "سفراء", "السفراء", "زعماء", "الزعماء",
	"قادة", "القادة", "أمراء", "الأمراء", "ملوك", "الملوك", "مبعوثو", "مبعوثي", "المبعوثون", "المبعوثين",
	"المتحدثون", "المتحدثين", "ممثلو", "ممثلي", "الرئيسان", "الرئيسين", "الوزيران", "الوزيرين", "السفيران",
	"السفيرين", "الملكان", "الزعيمان", "الزعيمين", "الأمينان", "رئيسا", "وزيرا", "نواب", "نائبا", "الأمناء")

// personConnectors may stand between a title (with its complement) and a
// further complement: "السفير الروسي لدى قطر"، "المبعوث الخاص إلى سوريا".
// "الناطق باسم الحكومة الأردنية" takes the state of the government.
var personConnectors = set("لدى", "في", "إلى", "الى", "باسم", "عن", "لشؤون", "للشؤون", "الحكومة", "حكومة",
	"للحكومة", "الرئاسة", "رئاسة")

// personHonorifics are skipped before a name and not part of it.
var personHonorifics = set("الشيخ", "الشيخة", "السيد", "السيدة", "الدكتور", "الدكتورة", "د", "المهندس",
	"الأمير", "الأميرة", "السلطان", "الملك", "السير", "المستشار", "اللواء", "الفريق", "العقيد", "الجنرال",
	"السفير", "معالي", "سمو", "فخامة", "جلالة")

// personNameParticles join the parts of compound names (عبد الله، آل
// خليفة، بن سلمان، أبو الغيط); a word after one may carry the article.
var personNameParticles = set("عبد", "عبدال", "بن", "ابن", "بنت", "أبو", "أبي", "آل", "ولد", "ذو", "ذي")

// personStopWords are function, time and common words never part of a
// name. Verbs of the lexicon's trigger tables are checked separately.
var personStopWords = set(
	// particles, prepositions, pronouns, relatives
	"إن", "أن", "أنه", "أنها", "إنه", "إنها", "لأن", "الذي", "التي", "الذين", "اللذين", "في", "على", "من",
	"إلى", "الى", "عن", "مع", "خلال", "عقب", "بعد", "قبل", "لدى", "عند", "منذ", "حتى", "حول", "بشأن", "أمام",
	"هو", "هي", "هم", "هذا", "هذه", "ذلك", "تلك", "كل", "بين", "ضمن", "عبر", "نحو", "دون", "غير", "أو", "أم",
	"ثم", "قد", "لقد", "كان", "كانت", "يكون", "تكون", "ليس", "لم", "لن", "لا", "ما", "ماذا", "إذا", "كما",
	"أيضا", "وقد", "فقد", "بل", "لكن", "حيث", "إذ", "بينما", "فيما", "وفي", "ومن", "وعلى", "وإن", "وأن",
	"وذلك", "أي", "جانب", "برفقة", "بحضور", "رفقة", "نفسه", "نفسها", "شخصيا",
	// reference and relation words
	"نظيره", "نظيرته", "نظيريه", "نظرائه", "نظيرها", "الجديد", "الجديدة", "السابق", "السابقة", "الحالي",
	"الحالية", "المنتهية", "المنتخب", "المنتخبة", "بالإنابة", "بالوكالة", "المكلف", "الأسبق", "الراحل",
	// nouns of acts and documents that follow a designation ("شهد الرئيس التركي توقيع اتفاقية")
	"توقيع", "اتفاقية", "اتفاق", "مذكرة", "مذكرات", "تفاهم", "إطارية", "بيان", "إعلان", "وثيقة", "مراسم", "حفل",
	"الأول", "الأولى", "العام", "العامة", "الخاص", "الخاصة", "الدائم", "الدائمة", "الرسمي", "الرسمية",
	"الرسمى", "الأعلى", "الصحفي", "الصحافي", "التنفيذي", "التنفيذية", "المساعد", "المساعدة",
	// time words
	"اليوم", "أمس", "غدا", "الليلة", "مساء", "ظهر", "فجر", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء",
	"الخميس", "الجمعة", "السبت", "الأحد", "يوم", "الأسبوع", "الشهر", "العام", "حاليا", "آنذاك", "سابقا",
	// nouns that follow a designation as objects or complements
	"نيابة", "نيابه", "ممثلا", "بصفته", "بصفتها", "خارجية", "خارجيه", "بدوره", "بدورها", "شخصيا",
	"رئاسة", "زيارة", "كلمة", "رسالة", "دعوة", "اتصالا", "اتصال", "محادثات", "مباحثات", "لقاء", "اجتماع",
	"بيانا", "بيان", "تصريحات", "تصريح", "وفد", "وفدا", "وفود", "مؤتمرا", "مؤتمر", "جلسة", "قمة", "أعمال",
	"الأعمال", "مراسم", "حفل", "برقية", "تهنئة", "مكالمة", "هاتفيا", "بلاده", "بلادها", "حكومة", "حكومته",
	"دولة", "جمهورية", "مملكة", "إمارة", "سلطنة", "وزارة", "مجلس", "لجنة", "منظمة", "الأمم", "الدول",
	"الشؤون", "شؤون", "للشؤون", "الدفاع", "الخارجية", "الداخلية", "الاقتصاد", "المالية", "التجارة",
	"الطاقة", "التعاون", "والتعاون", "الدولي", "الدولية", "المغتربين", "الإعلام", "والمغتربين",
	// common news verbs not in the trigger tables (past, 3rd person)
	"قال", "قالت", "أكد", "أكدت", "أعلن", "أعلنت", "أشار", "أشارت", "أوضح", "أوضحت", "شدد", "شددت", "دعا",
	"دعت", "بحث", "بحثت", "التقى", "التقت", "استقبل", "استقبلت", "وصل", "وصلت", "غادر", "غادرت", "زار",
	"زارت", "ترأس", "ترأست", "شارك", "شاركت", "حضر", "حضرت", "ألقى", "ألقت", "أجرى", "أجرت", "وقع", "وقعت",
	"تلقى", "تلقت", "أضاف", "أضافت", "لفت", "لفتت", "رحب", "رحبت", "أعرب", "أعربت", "عبر", "عبرت", "نوه",
	"اعتبر", "اعتبرت", "كشف", "كشفت", "صرح", "صرحت", "جدد", "جددت", "ناقش", "ناقشت", "تناول", "تناولت",
	"أبلغ", "أبلغت", "بعث", "بعثت", "هنأ", "هنأت", "أدان", "أدانت", "طالب", "طالبت", "أجاب", "ذكر", "ذكرت",
	"أفاد", "أفادت", "نقل", "نقلت", "تحدث", "تحدثت", "يقول", "تقول", "يؤكد", "تؤكد", "يرى", "ترى", "يزور",
	"تزور", "يلتقي", "تلتقي", "يبحث", "تبحث", "يشارك", "تشارك", "يرأس", "ترأس", "سيزور", "سيلتقي",
	"سيشارك", "وأكد", "وقال", "وأضاف", "وأشار", "وشدد", "ودعا", "وأعرب", "وأوضح", "ولفت", "ونوه",
)

// personImperfects are common imperfect verbs that follow a designation
// ("وزير الخارجية الغاني يبدأ جولة"); the feminine ت- forms are added.
var personImperfects = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"يبدأ", "يصل", "يتوجه", "يجري", "يعقد", "يستقبل", "يلتقي", "يدعو", "يحذر",
		"يرحب", "يعرب", "يشيد", "يبحث", "يؤكد", "يدين", "يستعرض", "يتلقى", "يغادر", "يختتم", "يفتتح",
		"يترأس", "يوقع", "يلقي", "يهنئ", "يعزي", "يجدد", "يناقش", "يتسلم", "يقدم", "يشدد", "يزور", "يقوم",
		"يعلن", "يصرح", "يكشف", "يطالب", "يتصل", "يتحدث", "يبعث", "ينفي", "يرفض", "يقبل", "يشارك", "يحضر",
		"يمثل", "يرأس", "يعود", "يبدي", "يأمل", "يتوقع", "يعتبر", "يرى", "يقول", "يضيف", "يوضح", "يشير",
		"يلفت", "ينوه", "يستضيف", "يستهل", "يواصل", "يختم", "يصف", "يدعم", "يجتمع", "يطلع", "يتفقد", "يودع"} {
		m[fold1(w)] = true
		m[fold1("ت"+strings.TrimPrefix(w, "ي"))] = true
		m[fold1("س"+w)] = true
	}
	return m
}()

// personName is a recognised person (new or a holder's spelling).
type personName struct {
	id      string
	ar      string   // the Arabic as first written
	folded  string   // text.Fold of the name words, space-joined
	aliases []string // surfaces
	fresh   bool     // made from the pattern (not in the knowledge base)
	offices []Office
}

// personOcc is one sentence's office statement of a recognised person.
type personOcc struct {
	id       string
	sentence int
	span     [2]int
	office   Office
}

// personRecogniser holds what recognisePersons found in one document; it
// is also the KB the rules see, answering for the new people.
type personRecogniser struct {
	KB
	byID  map[string]*personName
	order []string
	occs  []personOcc
}

// Entity implements KB for recognised people.
func (p *personRecogniser) Entity(id string) (Entity, bool) {
	if n := p.byID[id]; n != nil && n.fresh {
		return Entity{ID: id, Label: graph.LabelPerson, Name: translitArabic(n.ar), Names: []string{n.folded}}, true
	}
	if p.KB == nil {
		return Entity{ID: id}, false
	}
	return p.KB.Entity(id)
}

// OfficesOf implements KB: the offices the patterns gave a new person.
func (p *personRecogniser) OfficesOf(id string, on graph.Date) []Office {
	if n := p.byID[id]; n != nil && n.fresh {
		return append([]Office(nil), n.offices...)
	}
	if p.KB == nil {
		return nil
	}
	return p.KB.OfficesOf(id, on)
}

// Holder implements KB.
func (p *personRecogniser) Holder(office string, on graph.Date) (string, bool) {
	if p.KB == nil {
		return "", false
	}
	return p.KB.Holder(office, on)
}

// Capital implements KB.
func (p *personRecogniser) Capital(state string) (string, bool) {
	if p.KB == nil {
		return "", false
	}
	return p.KB.Capital(state)
}

// Parts implements KB.
func (p *personRecogniser) Parts(org string) []string {
	if p.KB == nil {
		return nil
	}
	return p.KB.Parts(org)
}

// recognisePersons adds Person mentions for title-pattern names to doc
// and returns the recogniser, which wraps kb.
func recognisePersons(doc Document, kb KB) (Document, *personRecogniser) {
	p := &personRecogniser{KB: kb, byID: map[string]*personName{}}
	sents := make([]Sentence, len(doc.Sentences))
	copy(sents, doc.Sentences)
	doc.Sentences = sents
	for i := range doc.Sentences {
		p.sentence(&doc.Sentences[i], doc.Date)
	}
	// later occurrences of a new person's full name
	for i := range doc.Sentences {
		p.repeats(&doc.Sentences[i])
	}
	return doc, p
}

// tokenCover returns, for each token, the index of the mention covering
// it or -1.
func tokenCover(toks []token, ms []Mention) []int {
	cov := make([]int, len(toks))
	for i, t := range toks {
		cov[i] = -1
		for k, m := range ms {
			if t.end > m.Start && t.start < m.End {
				cov[i] = k
				break
			}
		}
	}
	return cov
}

func (p *personRecogniser) sentence(s *Sentence, on graph.Date) {
	toks := tokenize(s.Text)
	cov := tokenCover(toks, s.Mentions)
	var added []Mention
	for i := 0; i < len(toks); i++ {
		k := cov[i]
		if k < 0 || s.Mentions[k].Label != LabelTitle || (i > 0 && cov[i-1] == k) {
			continue
		}
		title := s.Mentions[k]
		if !personTitleKinds[title.EntryID] || toks[i].quoted || toks[i].has(personPluralTitles) {
			continue
		}
		if _, pl := lookup(toks[i], leaderPluralsF); pl {
			continue
		}
		// the chain: titles, complements, connectors
		var comps []string
		j := i
		for j < len(toks) && cov[j] == k {
			j++
		}
		for j < len(toks) {
			if c := cov[j]; c >= 0 {
				m := s.Mentions[c]
				if m.Label == LabelTitle {
					if _, pl := lookup(toks[j], leaderPluralsF); pl || toks[j].has(personPluralTitles) {
						break
					}
					if strings.HasPrefix(toks[j].f, "و") && !strings.HasPrefix(fold1(m.Surface), "و") {
						break // "رئيس مجلس الوزراء والرئيس التركي": two people
					}
				} else if m.Label == graph.LabelState || m.Label == graph.LabelOrganization {
					comps = append(comps, m.EntryID)
				} else {
					break
				}
				for j < len(toks) && cov[j] == c {
					j++
				}
				continue
			}
			if !toks[j].punct && toks[j].has(personConnectors) && j+1 < len(toks) && cov[j+1] >= 0 &&
				(s.Mentions[cov[j+1]].Label == graph.LabelState || s.Mentions[cov[j+1]].Label == graph.LabelOrganization) {
				j++
				continue
			}
			break
		}
		// a comma, then honorifics
		if j < len(toks) && toks[j].punct && (toks[j].raw == "،" || toks[j].raw == ",") {
			j++
		}
		for j < len(toks) && cov[j] < 0 && !toks[j].punct && toks[j].has(personHonorifics) {
			j++
		}
		n0, n1 := nameWords(toks, cov, j)
		if n1-n0 < 2 && len(comps) > 0 {
			// the name before its title: "NAME، وزيرة الخارجية الغانية،"
			// or "قال NAME المتحدث باسم الخارجية القطرية"
			if b0, b1 := nameBefore(toks, cov, i); b1 > b0 {
				n0, n1 = b0, b1
			}
		}
		if n1-n0 < 2 {
			i = j - 1
			if i < 0 {
				i = 0
			}
			continue
		}
		r := []rune(s.Text)
		surface := string(r[toks[n0].start:toks[n1-1].end])
		var folded []string
		for _, t := range toks[n0:n1] {
			folded = append(folded, t.f)
		}
		office := Office{Kind: title.EntryID, Title: title.Title}
		if len(comps) > 0 {
			office.Of = comps[0]
		}
		pid, known, held := p.holderSpelling(office, strings.Join(folded, " "), on)
		if office.Title == "" {
			office.Title = englishTitle(title.EntryID)
		}
		if held && !known {
			// the office has a known holder on the date and the words do
			// not spell the holder's name: they are no name (the
			// designation resolves to the holder)
			i = j - 1
			continue
		}
		if !known && !feminineTitle(toks[i]) && feminineWord(toks[n0].f) {
			i = j - 1
			continue
		}
		form := FormAlias
		if !known {
			pid = p.remember(surface, strings.Join(folded, " "), office)
			form = FormName
		}
		added = append(added, Mention{Start: toks[n0].start, End: toks[n1-1].end, Surface: surface,
			EntryID: pid, Label: graph.LabelPerson, Form: form})
		if !known && office.Of != "" {
			lo, hi := toks[i].start, toks[n1-1].end
			if n0 < i {
				lo, hi = toks[n0].start, toks[j-1].end
			}
			p.occs = append(p.occs, personOcc{id: pid, sentence: s.Index, office: office, span: [2]int{lo, hi}})
		}
		if n0 < i {
			i = j - 1
			continue
		}
		i = n1 - 1
	}
	if len(added) > 0 {
		s.Mentions = sortMentions(append(append([]Mention(nil), s.Mentions...), added...))
	}
}

// nameWords returns the token range [j, n1) of the name words starting at
// token j (n1 == j when there is none).
func nameWords(toks []token, cov []int, j int) (int, int) {
	n1, words := j, 0
	for k := j; k < len(toks) && k-j < 7; k++ {
		t := toks[k]
		if !personNameParticles[t.f] {
			if words++; words > 4 {
				break
			}
		}
		if cov[k] >= 0 || t.punct || t.quoted != toks[j].quoted || !arabicWord(t.raw) || len([]rune(t.f)) < 2 {
			break
		}
		if personStopWords[t.f] || personImperfects[t.f] || t.has(reportWords) || t.has(negations) || t.has(personHonorifics) && k > j {
			break
		}
		if _, ok := knownVerb(t); ok {
			break
		}
		if isFuture(t) {
			break
		}
		if pronounSuffixed(t.f) {
			break
		}
		prevParticle := k > j && personNameParticles[toks[k-1].f]
		// after a family name with the article (المومني، الصباح) only
		// another such name or a particle follows ("محمد المومني موقف")
		if k > j && !prevParticle && strings.HasPrefix(toks[k-1].f, "ال") && !strings.HasPrefix(t.f, "ال") && !personNameParticles[t.f] {
			break
		}
		if strings.HasPrefix(t.f, "ال") && k == j && !personNameParticles[t.f] {
			break
		}
		if k == j && cliticMasdar(t.f) {
			break // "الأمين العام باتخاذ الإجراءات": a verbal noun, no name
		}
		if cliticArticle(t.f) && !prevParticle {
			break
		}
		// a word after the first beginning with و is a coordination
		if k > j && strings.HasPrefix(t.f, "و") && !prevParticle && len(t.stems) > 1 {
			break
		}
		n1 = k + 1
	}
	// the last word is no particle
	for n1 > j && personNameParticles[toks[n1-1].f] {
		n1--
	}
	return j, n1
}

// nameBefore returns the token range [n0, n1) of two to four name words
// standing immediately before the title at token i (a comma allowed
// between): "شيرلي أيوركور بوتشوي، وزيرة الخارجية"، "قال ماجد الأنصاري
// المتحدث باسم". The words before the name must not be name-like: the
// sentence start, punctuation, a mention that is no title, or a function
// word, verb or report word. n1 == n0 when there is none.
func nameBefore(toks []token, cov []int, i int) (int, int) {
	e := i
	if e > 0 && toks[e-1].punct && (toks[e-1].raw == "،" || toks[e-1].raw == ",") {
		e--
	}
	if e == 0 || toks[e-1].punct || cov[e-1] >= 0 {
		return i, i
	}
	for b := e - 1; b >= 0 && b >= e-7; b-- {
		if _, n1 := nameWords(toks, cov, b); n1 != e {
			continue
		}
		words := 0
		for _, t := range toks[b:e] {
			if !personNameParticles[t.f] {
				words++
			}
		}
		if words < 2 || words > 4 || personNameParticles[toks[b].f] && b > 0 && personNameParticles[toks[b-1].f] {
			continue
		}
		if b > 0 && !nameBoundary(toks, cov, b-1) {
			continue
		}
		return b, e
	}
	return i, i
}

// nameBoundary reports whether token k may stand before a name that
// precedes its title: the name is not the tail of a longer noun phrase.
func nameBoundary(toks []token, cov []int, k int) bool {
	t := toks[k]
	if t.punct {
		return true
	}
	if c := cov[k]; c >= 0 {
		return false
	}
	if personStopWords[t.f] || personImperfects[t.f] || t.has(reportWords) || t.has(negations) || t.has(personHonorifics) || isFuture(t) {
		return true
	}
	_, ok := knownVerb(t)
	return ok
}

// cliticMasdar reports whether a folded word is a preposition (ب، ل، ك)
// on a verbal noun of the derived forms VII, VIII and X (اتخاذ، استعراض،
// انعقاد): "باتخاذ"، "لاستعراض" follow a title as its complement, never
// as a name.
func cliticMasdar(f string) bool {
	r := []rune(f)
	if len(r) < 6 || (r[0] != 'ب' && r[0] != 'ل' && r[0] != 'ك') {
		return false
	}
	rest := string(r[1:])
	return strings.HasPrefix(rest, "ات") || strings.HasPrefix(rest, "است") || strings.HasPrefix(rest, "ان")
}

// pronounSuffixed reports whether a folded word ends in a possessive
// pronoun (خارجيتها، حكومته، بلادهم): a noun, not a name.
func pronounSuffixed(f string) bool {
	n := len([]rune(f))
	for _, suf := range []string{"تها", "ته", "ها", "هم", "هما"} {
		if strings.HasSuffix(f, suf) && n > len([]rune(suf))+2 {
			return true
		}
	}
	return false
}

// cliticArticle reports whether a folded word starts with a proclitic and
// the article (والقمة، بالرئيس، للأمم).
func cliticArticle(f string) bool {
	for _, p := range []string{"وال", "فال", "بال", "كال", "لل", "وبال", "وبال", "ولل", "فلل"} {
		if strings.HasPrefix(f, p) && len([]rune(f)) > len([]rune(p))+1 {
			return true
		}
	}
	return false
}

func arabicWord(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) || r == '\u0640' {
			continue
		}
		if !unicode.Is(unicode.Arabic, r) || !unicode.IsLetter(r) {
			return false
		}
		n++
	}
	return n > 0
}

// holderSpelling returns the knowledge base's holder of the office when
// the folded name spells the holder's name.
//
// held reports whether the knowledge base knows a holder at all.
func (p *personRecogniser) holderSpelling(o Office, folded string, on graph.Date) (id string, spelled, held bool) {
	if p.KB == nil || o.Of == "" {
		return "", false, false
	}
	pid, ok := holderByTitle(p.KB, o.Kind, o.Of, o.Title, on)
	if !ok {
		if pid, ok = p.KB.Holder(o.Kind+":"+officeOf(o.Of), on); !ok {
			return "", false, false
		}
	}
	ent, ok := p.KB.Entity(pid)
	if !ok {
		return "", false, true
	}
	// one name word (not a particle, three letters at least) spelled like
	// one of the holder's
	for _, w := range strings.Fields(folded) {
		w = strings.TrimPrefix(w, "ال")
		if personNameParticles[w] || len([]rune(w)) < 3 {
			continue
		}
		for _, n := range ent.Names {
			for _, hw := range strings.Fields(n) {
				hw = strings.TrimPrefix(hw, "ال")
				if len([]rune(hw)) < 3 {
					continue
				}
				if d := editDistance(hw, w); d == 0 || d == 1 && len([]rune(w)) >= 4 || d == 2 && len([]rune(w)) >= 6 {
					return pid, true, true
				}
			}
		}
	}
	return "", false, true
}

// feminineTitle reports whether a title word is feminine (رئيسة، وزيرة،
// المتحدثة، السفيرة).
func feminineTitle(t token) bool { return strings.HasSuffix(t.f, "ه") }

// masculineNamesInA are men's names written with taa marbuta (folded).
var masculineNamesInA = set("حمزة", "أسامة", "طلحة", "عبيدة", "معاوية", "عطية", "عروة", "قتيبة", "عكرمة", "خليفة")

// feminineWord reports whether a folded word ends in taa marbuta (folded
// to ه) and is no man's name: after a masculine title it is a noun
// ("رئاسة الجامعة"، "كلمة"), not a first name.
func feminineWord(f string) bool {
	return strings.HasSuffix(f, "ه") && !masculineNamesInA[f]
}

// remember records a new person and returns its id.
func (p *personRecogniser) remember(surface, folded string, o Office) string {
	for _, id := range p.order {
		if n := p.byID[id]; n.folded == folded {
			n.aliases = graph.UnionStrings(n.aliases, []string{surface})
			p.addOffice(n, o)
			return id
		}
	}
	id := graph.PersonID(translitArabic(surface))
	// two different spellings with the same romanisation stay apart
	for base, k := id, 2; p.byID[id] != nil; k++ {
		id = base + "-" + itoa(k)
	}
	n := &personName{id: id, ar: surface, folded: folded, aliases: []string{surface}, fresh: true}
	p.addOffice(n, o)
	p.byID[id] = n
	p.order = append(p.order, id)
	return id
}

func (p *personRecogniser) addOffice(n *personName, o Office) {
	if o.Of == "" {
		return
	}
	for _, x := range n.offices {
		if x == o {
			return
		}
	}
	n.offices = append(n.offices, o)
}

// repeats adds mentions of the new people's full names where no mention
// covers them.
func (p *personRecogniser) repeats(s *Sentence) {
	if len(p.order) == 0 {
		return
	}
	toks := tokenize(s.Text)
	cov := tokenCover(toks, s.Mentions)
	var added []Mention
	for _, id := range p.order {
		n := p.byID[id]
		w := strings.Fields(n.folded)
		for i := 0; i+len(w) <= len(toks); i++ {
			ok := true
			for k := range w {
				t := toks[i+k]
				if cov[i+k] >= 0 || (k == 0 && !t.is(w[0])) || (k > 0 && t.f != w[k]) {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			r := []rune(s.Text)
			st := toks[i].start
			clitic := ""
			if toks[i].f != w[0] {
				// a proclitic before the name ("وماجد"): the span starts after it
				cl := len([]rune(toks[i].f)) - len([]rune(w[0]))
				clitic = string(r[st : st+cl])
				st += cl
			}
			added = append(added, Mention{Start: st, End: toks[i+len(w)-1].end, Surface: string(r[st:toks[i+len(w)-1].end]),
				EntryID: id, Label: graph.LabelPerson, Form: FormName, Clitic: clitic})
			for k := i; k < i+len(w); k++ {
				cov[k] = len(s.Mentions) // mark covered
			}
			i += len(w) - 1
		}
	}
	// the last name alone ("وأكدت بوتشوي"), when it is a rare word: four
	// letters at least, no stop word, the last name of one new person only
	last := map[string]string{}
	for _, id := range p.order {
		w := strings.Fields(p.byID[id].folded)
		l := w[len(w)-1]
		if len(w) < 2 || len([]rune(strings.TrimPrefix(l, "ال"))) < 4 || personStopWords[l] {
			continue
		}
		if _, dup := last[l]; dup {
			last[l] = ""
			continue
		}
		last[l] = id
	}
	r := []rune(s.Text)
	for i, t := range toks {
		if cov[i] >= 0 || t.punct {
			continue
		}
		for l, id := range last {
			if id == "" || !t.is(l) {
				continue
			}
			st := t.end - len([]rune(l))
			added = append(added, Mention{Start: st, End: t.end, Surface: string(r[st:t.end]),
				EntryID: id, Label: graph.LabelPerson, Form: FormAlias, Clitic: string(r[t.start:st])})
			p.byID[id].aliases = graph.UnionStrings(p.byID[id].aliases, []string{string(r[st:t.end])})
			cov[i] = len(s.Mentions)
			break
		}
	}
	if len(added) > 0 {
		s.Mentions = sortMentions(append(append([]Mention(nil), s.Mentions...), added...))
	}
}

func sortMentions(ms []Mention) []Mention {
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End > ms[j].End
	})
	return ms
}

// finish completes the result: office facts the title rules did not state,
// the confidence cap on every fact of a new person, and the Person nodes.
func (p *personRecogniser) finish(r Result, doc Document) Result {
	if len(p.order) == 0 {
		return r
	}
	stated := map[string]bool{}
	for _, f := range r.Facts {
		if f.Rel.Type == graph.RelLeaderOf || f.Rel.Type == graph.RelHoldsOffice {
			stated[f.Rel.Start+"|"+itoa(f.Sentence)] = true
		}
	}
	for _, o := range p.occs {
		if stated[o.id+"|"+itoa(o.sentence)] {
			continue
		}
		typ := graph.RelHoldsOffice
		if (o.office.Kind == "head-of-state" || o.office.Kind == "head-of-government") && strings.HasPrefix(o.office.Of, "state:") {
			typ = graph.RelLeaderOf
		}
		props := graph.Props{"title": o.office.Title, graph.PropStatus: graph.StatusReported,
			graph.PropEvidence:   []string{graph.SentenceID(doc.ArticleID, o.sentence)},
			graph.PropArticleIDs: []string{doc.ArticleID}}
		r.Facts = append(r.Facts, Fact{Rel: graph.Relationship{Type: typ, Start: o.id, End: o.office.Of, Props: props},
			Sentence: o.sentence, Span: o.span, Rule: RulePersonTitle, Confidence: personConfidence})
		stated[o.id+"|"+itoa(o.sentence)] = true
	}
	for i := range r.Facts {
		f := &r.Facts[i]
		if !p.fresh(f.Rel.Start) && !p.fresh(f.Rel.End) {
			continue
		}
		if f.Confidence > personConfidence || f.Confidence == 0 {
			f.Confidence = personConfidence
		}
		if f.Rel.Props == nil {
			f.Rel.Props = graph.Props{}
		}
		f.Rel.Props[graph.PropConfidence] = f.Confidence
	}
	for _, id := range p.order {
		n := p.byID[id]
		props := graph.Props{"id": id, "name": translitArabic(n.ar), "nameAr": n.ar, "aliases": n.aliases,
			"recognisedBy": RecognisedByTitle, graph.PropConfidence: personConfidence}
		r.Nodes = append(r.Nodes, graph.Node{ID: id, Labels: []string{graph.LabelPerson}, Props: props})
	}
	sort.Slice(r.Nodes, func(i, j int) bool { return r.Nodes[i].ID < r.Nodes[j].ID })
	return r
}

func (p *personRecogniser) fresh(id string) bool {
	n := p.byID[id]
	return n != nil && n.fresh
}

// editDistance is the Levenshtein distance of two strings, by runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// translitArabic romanises an Arabic name for the id slug and the English
// name of a person known only from the text. It is deterministic and
// simple, not a standard transcription (short vowels are not written in
// Arabic and cannot be restored):
//
//	ا آ أ ى ة → a    إ → i    ب b  ت t  ث th  ج j  ح h  خ kh  د d  ذ dh
//	ر r  ز z  س s  ش sh  ص s  ض d  ط t  ظ z  غ gh  ف f  ق q  ك k
//	ل l  م m  ن n  ه h  ء ؤ ئ –  پ p  چ ch  ڤ v  گ g
//	ع → a at the start of a word, else dropped
//	و → w at the start of a word or after a vowel, else u (uu → u)
//	ي → y at the start of a word or after a vowel, else i (ii → i)
//	the article ال at the start of a word → "al-"; الله → Allah
//
// Diacritics and tatweel are dropped, a doubled vowel letter is written
// once, and each word is capitalised ("ماجد الأنصاري" → "Majd al-Ansari",
// "شيرلي أيوركور بوتشوي" → "Shirli Ayurkur Butshui").
func translitArabic(s string) string {
	var words []string
	fields := strings.Fields(s)
	for i := 0; i < len(fields); i++ {
		w := fields[i]
		// "عبد الله" → Abdullah, "عبد العزيز" → Abdulaziz
		if fold1(w) == fold1("عبد") && i+1 < len(fields) && strings.HasPrefix(fold1(fields[i+1]), "ال") {
			next := translitArabic(strings.TrimPrefix(fold1(fields[i+1]), "ال"))
			if fold1(fields[i+1]) == fold1("الله") {
				next = "lah"
			}
			words = append(words, "Abdul"+strings.ToLower(next))
			i++
			continue
		}
		switch w {
		case "الله", "لله":
			words = append(words, "Allah")
			continue
		case "عبدالله":
			words = append(words, "Abdallah")
			continue
		}
		// a common name part has a usual English spelling; the letters
		// alone lose its vowels ("حسام" → Hossam, not Hsam)
		if r, ok := nameRomanisations[fold1(w)]; ok {
			words = append(words, r)
			continue
		}
		if f := fold1(w); strings.HasPrefix(f, "ال") {
			if r, ok := nameRomanisations[strings.TrimPrefix(f, "ال")]; ok {
				words = append(words, "al-"+r)
				continue
			}
		}
		rs := []rune(w)
		var b strings.Builder
		prefix := ""
		if len(rs) > 3 && rs[0] == 'ا' && rs[1] == 'ل' {
			prefix = "al-"
			rs = rs[2:]
		}
		vowel := func() bool {
			o := b.String()
			if o == "" {
				return true
			}
			c := o[len(o)-1]
			return c == 'a' || c == 'i' || c == 'u' || c == 'e' || c == 'o'
		}
		for _, r := range rs {
			var out string
			switch r {
			case 'ا', 'آ', 'أ', 'ى', 'ة':
				out = "a"
			case 'إ':
				out = "i"
			case 'ع':
				if b.Len() == 0 {
					out = "a"
				}
			case 'و':
				if strings.HasSuffix(b.String(), "u") {
					continue
				}
				if b.Len() == 0 || vowel() {
					out = "w"
				} else {
					out = "u"
				}
			case 'ي', 'ی':
				if strings.HasSuffix(b.String(), "i") {
					continue
				}
				if b.Len() == 0 || vowel() {
					out = "y"
				} else {
					out = "i"
				}
			default:
				out = arabicLatin[r]
			}
			if out == "" {
				continue
			}
			o := b.String()
			if len(out) == 1 && strings.ContainsAny(out, "aiu") && strings.HasSuffix(o, out) {
				continue
			}
			b.WriteString(out)
		}
		word := b.String()
		if word == "" {
			continue
		}
		word = strings.ToUpper(word[:1]) + word[1:]
		if prefix != "" {
			word = prefix + word
		}
		words = append(words, word)
	}
	name := strings.Join(words, " ")
	if name == "" {
		return "unknown"
	}
	// the article of a first word is capitalised ("Al-Ansari")
	return strings.ToUpper(name[:1]) + name[1:]
}

// arabicLatin is the consonant table of translitArabic.
var arabicLatin = map[rune]string{
	'ب': "b", 'ت': "t", 'ث': "th", 'ج': "j", 'ح': "h", 'خ': "kh", 'د': "d", 'ذ': "dh", 'ر': "r", 'ز': "z",
	'س': "s", 'ش': "sh", 'ص': "s", 'ض': "d", 'ط': "t", 'ظ': "z", 'غ': "gh", 'ف': "f", 'ق': "q", 'ك': "k",
	'ک': "k", 'ل': "l", 'م': "m", 'ن': "n", 'ه': "h", 'پ': "p", 'چ': "ch", 'ڤ': "v", 'گ': "g",
}

// nameRomanisations are the usual English spellings of common Arabic name
// parts (folded), as in English-language Gulf, Levantine and Egyptian
// agency copy (SPA, WAM, QNA, KUNA, Petra, MENA) and the names of
// persons.tsv: the transliteration of people the gazetteer lacks uses
// them before letter-by-letter rules, so that their ids read as people
// write them.
var nameRomanisations = func() map[string]string {
	m := map[string]string{}
	for ar, en := range map[string]string{
		"بن": "bin", "بنت": "bint", "آل": "Al", "أبو": "Abu", "عبد": "Abdul",
		"محمد": "Mohammed", "أحمد": "Ahmed", "محمود": "Mahmoud", "مصطفى": "Mustafa", "علي": "Ali",
		"حسن": "Hassan", "حسين": "Hussein", "حسام": "Hossam", "زكي": "Zaki", "خالد": "Khalid",
		"سعيد": "Said", "سالم": "Salem", "سلطان": "Sultan", "ناصر": "Nasser", "فيصل": "Faisal",
		"فهد": "Fahd", "سلمان": "Salman", "طارق": "Tariq", "شهاب": "Shihab", "أسعد": "Asaad",
		"عمر": "Omar", "عثمان": "Othman", "يوسف": "Youssef", "إبراهيم": "Ibrahim", "إسماعيل": "Ismail",
		"عادل": "Adel", "جمال": "Jamal", "كمال": "Kamal", "سامي": "Sami", "سامح": "Sameh",
		"هشام": "Hisham", "وليد": "Walid", "رامي": "Rami", "ماجد": "Majed", "طلال": "Talal",
		"نايف": "Nayef", "تركي": "Turki", "بدر": "Badr", "منصور": "Mansour", "حمد": "Hamad",
		"خليفة": "Khalifa", "زايد": "Zayed", "راشد": "Rashid", "مكتوم": "Maktoum", "عيسى": "Isa",
		"جاسم": "Jassim", "ثاني": "Thani", "صباح": "Sabah", "جابر": "Jaber", "نواف": "Nawaf",
		"مشعل": "Mishal", "عبدالعزيز": "Abdulaziz", "عبدالرحمن": "Abdulrahman", "عبداللطيف": "Abdullatif",
		"عبدالمجيد": "Abdelmadjid", "حمدان": "Hamdan", "سيف": "Saif", "نهيان": "Nahyan", "سعود": "Saud",
		"ياسر": "Yasser", "أيمن": "Ayman", "أنور": "Anwar", "بسام": "Bassam", "رياض": "Riyad",
		"فؤاد": "Fouad", "مروان": "Marwan", "نبيل": "Nabil", "نجيب": "Najib", "رشيد": "Rachid",
		"عبدالكريم": "Abdulkarim", "كريم": "Karim", "لطيفة": "Latifa", "فاطمة": "Fatima", "مريم": "Maryam",
		"نورة": "Noura", "سارة": "Sara", "ليلى": "Layla", "هند": "Hind", "منى": "Mona",
		"قاسم": "Qasim", "جعفر": "Jaafar", "حيدر": "Haidar", "عباس": "Abbas", "مهدي": "Mahdi",
		"جواد": "Jawad", "رضا": "Reza", "مجيد": "Majid", "صالح": "Saleh",
		"عيد": "Eid", "حلبي": "Halabi", "قحطاني": "Qahtani", "عتيبي": "Otaibi", "شمري": "Shammari",
		"دوسري": "Dosari", "زهراني": "Zahrani", "غامدي": "Ghamdi", "مطيري": "Mutairi", "هاشمي": "Hashemi",
		// second parts of عبد compounds ("عبد الرحمن" → Abdulrahman)
		"رحمن": "Rahman", "عزيز": "Aziz", "لطيف": "Latif", "قادر": "Qadir", "سلام": "Salam",
		"حكيم": "Hakim", "رحيم": "Rahim", "فتاح": "Fattah", "حميد": "Hamid", "واحد": "Wahid",
	} {
		m[fold1(ar)] = en
	}
	return m
}()
