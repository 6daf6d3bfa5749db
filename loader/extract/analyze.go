package extract

import (
	"strings"
	"unicode"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/loader/text"
)

// token is one word or punctuation rune of a sentence.
type token struct {
	start, end int // rune offsets in the sentence
	raw, f     string
	stems      []string // clitic-stripped readings of f, f first
	punct      bool
	quoted     bool // inside "…" or «…»
	paren      int  // parenthesis group number (0: none)
	ent        int  // index in sent.ents of the entity covering it, or -1
}

// has reports whether one of the token's readings is in m.
func (t token) has(m map[string]bool) bool {
	for _, s := range t.stems {
		if m[s] {
			return true
		}
	}
	return false
}

// is reports whether one of the token's readings equals w (folded).
func (t token) is(w string) bool {
	for _, s := range t.stems {
		if s == w {
			return true
		}
	}
	return false
}

// verb returns the tense of the token if one of its readings is in m, and
// whether it carries the future prefix س.
func (t token) verb(m map[string]tense) (tense, bool, bool) {
	for _, s := range t.stems {
		if v, ok := m[s]; ok {
			fut := false
			for _, p := range text.Proclitics(t.f) {
				if strings.HasSuffix(p.Prep, "س") && t.f[len(p.Prefix):] == s {
					fut = true
				}
			}
			return v, fut, true
		}
	}
	return tenseNone, false, false
}

// lookup returns the value of the first reading of the token found in m.
func lookup[V any](t token, m map[string]V) (V, bool) {
	for _, s := range t.stems {
		if v, ok := m[s]; ok {
			return v, true
		}
	}
	var zero V
	return zero, false
}

// ent is one entity occurrence in a sentence: a recognised mention, or a
// person designated by a title ("الرئيس الروسي").
type ent struct {
	id, label, form, surface string
	t0, t1                   int // token range [t0, t1)
	start, end               int // rune span in the sentence
	mod                      bool
	chain0                   int      // first token of a designation chain before it
	titles                   []string // office kinds of the chain
	titleText                []string // English titles of the chain
	titleEN                  []string // English titles of the chain's title mentions (Mention.Title)
	complements              []string // entity ids qualifying the titles
	designated               bool     // resolved from a designation only
	quoted                   bool
	level                    string // participation level from a plural ("قادة X")
	// dual > 0 marks one referent of a dual or plural designation
	// ("الرئيسان"); the referents of one designation share the number and
	// the token span (see discourse_duals.go).
	dual int
}

// sent is the analysis of one sentence.
type sent struct {
	s    Sentence
	toks []token
	ents []ent
	segs [][2]int // token ranges of segments
}

func (a *sent) id(doc string) string { return graph.SentenceID(doc, a.s.Index) }

// spanText returns the sentence text of tokens [i, j).
func (a *sent) spanText(i, j int) string {
	if i >= j || i < 0 || j > len(a.toks) {
		return ""
	}
	r := []rune(a.s.Text)
	return strings.TrimSpace(string(r[a.toks[i].start:a.toks[j-1].end]))
}

func (a *sent) span(i, j int) [2]int {
	if i >= j || i < 0 || j > len(a.toks) {
		return [2]int{}
	}
	return [2]int{a.toks[i].start, a.toks[j-1].end}
}

// entAt returns the entity covering token i, or nil.
func (a *sent) entAt(i int) *ent {
	if i < 0 || i >= len(a.toks) || a.toks[i].ent < 0 {
		return nil
	}
	return &a.ents[a.toks[i].ent]
}

// tokenize splits a sentence into words and punctuation.
func tokenize(s string) []token {
	var out []token
	rs := []rune(s)
	isWord := func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '\u0640'
	}
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r) || unicode.Is(unicode.Cf, r):
			i++
		case isWord(r):
			j := i
			for j < len(rs) && isWord(rs[j]) {
				j++
			}
			out = append(out, token{start: i, end: j, raw: string(rs[i:j])})
			i = j
		default:
			out = append(out, token{start: i, end: i + 1, raw: string(r), punct: true})
			i++
		}
	}
	quoted, paren, group := false, 0, 0
	for k := range out {
		t := &out[k]
		t.f = text.Fold(t.raw)
		t.ent = -1
		if t.punct {
			t.stems = []string{t.f}
			switch t.raw {
			case "\"", "«", "»", "“", "”":
				if t.raw == "«" || t.raw == "“" {
					quoted = true
				} else if t.raw == "»" || t.raw == "”" {
					quoted = false
				} else {
					quoted = !quoted
				}
				continue
			case "(":
				group++
				paren = group
				continue
			case ")":
				paren = 0
				continue
			}
		} else {
			t.stems = text.StripClitics(t.f)
		}
		t.quoted = quoted
		t.paren = paren
	}
	return out
}

// analyze builds the tokens, entities (with designations resolved on day
// on) and segments of a sentence.
func analyze(s Sentence, kb KB, on graph.Date) *sent {
	a := &sent{s: s, toks: tokenize(s.Text)}
	for _, m := range s.Mentions {
		t0, t1 := a.mentionSpan(m)
		if t0 < 0 {
			continue
		}
		e := ent{id: m.EntryID, label: m.Label, form: m.Form, surface: m.Surface, t0: t0, t1: t1,
			start: m.Start, end: m.End, chain0: t0, quoted: a.toks[t0].quoted && !a.nameInQuotes(t0, t1, m.Label)}
		if m.Label == LabelTitle {
			e.titleText = []string{m.Surface}
			e.titleEN = []string{m.Title}
		}
		a.ents = append(a.ents, e)
	}
	a.index()
	a.regionsOfStates()
	a.resolveDesignations(kb, on)
	a.leaderPlurals()
	a.segment()
	return a
}

// directionWords before a state name make a region of it ("شمال قبرص"،
// "شرق أوكرانيا"); states named so in full ("جنوب السودان"، "كوريا
// الشمالية") are longer gazetteer names and never reach this.
var directionWords = set("شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي")

// regionsOfStates marks a state named after a direction word as a
// modifier: a region of the state, not the state as an actor.
func (a *sent) regionsOfStates() {
	for k := range a.ents {
		en := &a.ents[k]
		if en.label == graph.LabelState && en.form != FormAdjective && en.t0 > 0 && a.toks[en.t0-1].has(directionWords) {
			en.mod = true
		}
	}
}

// mentionSpan returns the token range [t0, t1) a mention covers, or -1, -1.
func (a *sent) mentionSpan(m Mention) (int, int) {
	t0, t1 := -1, -1
	for i, t := range a.toks {
		if t.end > m.Start && t.start < m.End {
			if t0 < 0 {
				t0 = i
			}
			t1 = i + 1
		}
	}
	return t0, t1
}

// index records, for each token, the entity covering it (first wins).
func (a *sent) index() {
	for i := range a.toks {
		a.toks[i].ent = -1
	}
	for k, e := range a.ents {
		for i := e.t0; i < e.t1; i++ {
			if a.toks[i].ent < 0 {
				a.toks[i].ent = k
			}
		}
	}
}

// onlyPunct reports whether tokens [i, j) are only commas, dashes or
// nothing.
func (a *sent) onlyPunct(i, j int) bool {
	for k := i; k < j; k++ {
		t := a.toks[k]
		if !t.punct || !(t.raw == "،" || t.raw == "," || t.raw == "-" || t.raw == "–") {
			return false
		}
	}
	return true
}

// resolveDesignations links title chains to the person they designate:
// "الرئيس الروسي فلاديمير بوتين", "رئيس كازاخستان، قاسم جومارت توكاييف"
// (apposition: the named person, with the titles recorded) or
// "الرئيس الروسي" alone (the holder of head-of-state:RUS on day on).
// Plural titles (قادة، رؤساء) designate no one.
func (a *sent) resolveDesignations(kb KB, on graph.Date) {
	var out []ent
	for i := 0; i < len(a.ents); i++ {
		e := a.ents[i]
		if e.label != LabelTitle {
			out = append(out, e)
			continue
		}
		if _, plural := lookup(a.toks[e.t0], leaderPluralsF); plural {
			continue
		}
		// Gather the chain: TITLE [complement] (، TITLE [complement])* [، PERSON]
		chain0 := e.t0
		var titles, titleText, titleEN, comps []string
		var mods []ent
		j := i
		last := e.t1
		person := -1
		for j < len(a.ents) {
			cur := a.ents[j]
			if cur.label != LabelTitle {
				break
			}
			titles = append(titles, cur.id)
			titleText = append(titleText, cur.surface)
			titleEN = append(titleEN, firstOr(cur.titleEN))
			last = cur.t1
			j++
			if j < len(a.ents) && (a.ents[j].label == graph.LabelState || a.ents[j].label == graph.LabelOrganization) &&
				a.ents[j].t0 <= last+1 && (a.ents[j].t0 == last || a.onlyPunct(last, a.ents[j].t0) || a.ents[j].t0 == last) {
				comps = append(comps, a.ents[j].id)
				m := a.ents[j]
				m.mod = true
				mods = append(mods, m)
				last = a.ents[j].t1
				j++
			}
			if j < len(a.ents) && a.ents[j].label == graph.LabelPerson && (a.gapOK(last, a.ents[j].t0, 1) || a.anaphorGap(last, a.ents[j].t0) || a.formerGap(last, a.ents[j].t0)) {
				person = j
				break
			}
			// a coordinated title after a title with its complement
			// ("والعاهل الأردني، والرئيس الفلسطيني محمود عباس") is another person
			if j < len(a.ents) && a.ents[j].label == LabelTitle && len(comps) > 0 && (a.coordinatedTitle(a.ents[j]) || a.objectTitle(a.ents[j])) {
				break
			}
			// allow a few unrecognised words before the next title of the chain
			// — but not after a complete designation (a title with its
			// complement): "الرئيس الإيراني اليوم وزير الخارجية العماني" is two people
			if j < len(a.ents) && a.ents[j].label == LabelTitle && a.gapOK(last, a.ents[j].t0, 3) &&
				(len(mods) == 0 || mods[len(mods)-1].t1 != last || a.gapOK(last, a.ents[j].t0, 1)) {
				continue
			}
			break
		}
		out = append(out, mods...)
		if person >= 0 {
			p := a.ents[person]
			p.chain0, p.titles, p.titleText, p.complements = chain0, titles, titleText, comps
			p.titleEN = titleEN
			out = append(out, p)
			i = person
			continue
		}
		i = j - 1
		// designation without a name: the holder of the first office with a complement
		if len(comps) == 0 || kb == nil || a.indefiniteChain(chain0, last) || a.subordinate(chain0) ||
			(last < len(a.toks) && a.toks[last].has(formerWords)) {
			continue // "الرئيس الأمريكي السابق": not today's holder
		}
		for k, kind := range titles {
			if k >= len(comps) {
				break
			}
			if pid, ok := holderByTitle(kb, kind, comps[k], titleEN[k], on); ok {
				out = append(out, ent{id: pid, label: graph.LabelPerson, form: FormTitle,
					surface: a.spanText(chain0, last), t0: chain0, t1: last, start: a.toks[chain0].start,
					end: a.toks[last-1].end, chain0: chain0, titles: titles, titleText: titleText, titleEN: titleEN,
					complements: comps, designated: true, quoted: a.toks[chain0].quoted})
				break
			}
		}
	}
	a.ents = out
	a.index()
}

// formerGap reports whether tokens [i, j) are only former-holder words
// ("الرئيس الأمريكي السابق جو بايدن"): the name after them is the one
// designated.
func (a *sent) formerGap(i, j int) bool {
	if j <= i || j-i > 2 {
		return false
	}
	for k := i; k < j; k++ {
		if !a.toks[k].has(formerWords) {
			return false
		}
	}
	return true
}

// subordinateWords before a title make it another, lower office ("مساعد
// وزير الخارجية الكويتي"، "مستشار الرئيس"، "وكيل وزارة"): the office's
// holder is not designated.
var subordinateWords = set("نائب", "نائبة", "مساعد", "مساعدة", "مستشار", "مستشارة", "وكيل", "وكيلة", "سكرتير", "مدير", "مديرة",
	"مبعوث", "مبعوثة", "ممثل", "ممثلة", "سفير", "سفيرة", "مكتب", "ديوان", "حرس", "مرافق", "نجل", "ابن", "ابنة", "شقيق", "زوجة", "عقيلة", "حرم")

// subordinate reports whether the word before a title chain is a
// subordinate word.
func (a *sent) subordinate(chain0 int) bool {
	k := chain0 - 1
	if k > 0 && a.toks[k].has(rankWords) {
		k-- // "النائب الأول للرئيس الإيراني"
	}
	if k >= 0 && a.toks[k].has(subordinateWords) {
		return true
	}
	return k >= 0 && a.toks[k].has(definiteSubordinates)
}

// rankWords qualify a subordinate: "النائب الأول"، "المساعد الخاص".
var rankWords = set("الأول", "الأولى", "الثاني", "الثانية", "الخاص", "الخاصة", "الشخصي", "الأعلى")

// definiteSubordinates are the subordinate words with the article, before
// a designation in the genitive ("النائب الأول للرئيس الإيراني").
var definiteSubordinates = set("النائب", "النائبة", "المساعد", "المساعدة", "المستشار", "المستشارة", "المبعوث", "المبعوثة", "الممثل", "الممثلة", "السفير", "السفيرة")

// gapOK reports whether tokens [i, j) are at most n words of which none is
// an entity, separated by commas; honorifics do not count.
func (a *sent) gapOK(i, j, n int) bool {
	if j < i {
		return false
	}
	words := 0
	for k := i; k < j; k++ {
		t := a.toks[k]
		if t.punct {
			if t.raw != "،" && t.raw != "," && t.raw != "-" && t.raw != "–" {
				return false
			}
			continue
		}
		if t.has(personHonorifics) || t.has(religiousHonorifics) {
			continue // "قائد الثورة الإسلامية آية الله السيد علي خامنئي"
		}
		words++
	}
	if n <= 1 {
		return words == 0
	}
	return words <= n
}

// religiousHonorifics stand between a title and a name like the courtesy
// words of personHonorifics: "آية الله"، "حجة الإسلام"، "سماحة".
var religiousHonorifics = set("آية", "الله", "حجة", "الإسلام", "سماحة", "فضيلة", "نيافة")

// officeOf turns an entity id into the holder part of an office id:
// "state:RUS" → "RUS", "org:cis" → "org:cis".
func officeOf(id string) string {
	if strings.HasPrefix(id, "state:") {
		return strings.TrimPrefix(id, "state:")
	}
	return id
}

// leaderPlurals marks the states listed after a plural designation
// ("قادة أذربيجان وأرمينيا ...") with the participation level.
func (a *sent) leaderPlurals() {
	for i, t := range a.toks {
		lvl, ok := lookup(t, leaderPluralsF)
		if !ok || t.punct {
			continue
		}
		for k := i + 1; k < len(a.toks); k++ {
			e := a.entAt(k)
			if e == nil {
				tk := a.toks[k]
				if tk.punct && (tk.raw == "،" || tk.raw == ",") || tk.is(fold1("و")) || tk.has(statesWords) {
					continue
				}
				break
			}
			if e.label != graph.LabelState {
				break
			}
			e.level = lvl
			k = e.t1 - 1
		}
	}
}

// segment splits the tokens at clause breakers (كما، إذ، حيث ...) and
// semicolons.
func (a *sent) segment() {
	start := 0
	for i, t := range a.toks {
		brk := false
		if t.punct && (t.raw == "؛" || t.raw == ";") {
			brk = true
		} else if !t.punct && !t.quoted && t.ent < 0 {
			for _, s := range t.stems {
				if clauseBreakersF[s] && len([]rune(s)) >= 2 {
					brk = true
				}
			}
		}
		if brk && i > start {
			a.segs = append(a.segs, [2]int{start, i})
			start = i
		}
	}
	if start < len(a.toks) {
		a.segs = append(a.segs, [2]int{start, len(a.toks)})
	}
}

// clauseBreakersF are the folded clause breakers; only whole words (after و/ف)
// count, not readings with ب/ل/ك stripped.
var clauseBreakersF = clauseSet()

func clauseSet() map[string]bool {
	m := map[string]bool{}
	for w := range clauseBreakers {
		if !strings.Contains(w, " ") {
			m[w] = true
		}
	}
	return m
}
