package extract

import (
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// Discourse coreference of dual designations. Arabic news refers to the two
// parties of talks or a visit with a dual noun: "أجرى الرئيسان محادثات"،
// "وقّع الزعيمان بياناً"، "استعرض الجانبان"، "اتفق الوزيران". Such a word
// designates the two most recent persons of the discourse who fit it
// (presidents, leaders, ministers, or any two parties) and who serve two
// different states. The designation becomes two entity occurrences on the
// same token (marked with a shared ent.dual number), so that every rule
// that reads actors or lists of actors sees both persons.

// dualDesignations maps dual nouns (definite, both cases) to the class of
// persons they designate.
var dualDesignations = foldedMap(map[string]string{
	"الرئيسان": "head-of-state", "الرئيسين": "head-of-state",
	"الزعيمان": "leader", "الزعيمين": "leader", "القائدان": "leader", "القائدين": "leader",
	"الوزيران": "minister", "الوزيرين": "minister",
	"الجانبان": "party", "الجانبين": "party", "الطرفان": "party", "الطرفين": "party",
})

// dualMemory is how many previous sentences a dual may reach back to.
const dualMemory = 8

// discActor is one person mentioned in the discourse.
type discActor struct {
	id, state string
	kinds     []string
	sent      int
}

// discourse is the discourse memory of the coreference rules.
type discourse struct {
	actors []discActor // most recent last
	duals  int         // dual designations resolved so far
	// definedIn maps a meeting id to the last sentence that defined it.
	definedIn map[string]int
	// bare maps a complete title without complement (folded, "رئيس
	// الجمهورية") to the person it was first written before.
	bare map[string]string
	// lastPair holds the referents of the last dual designation.
	lastPair [2]string
}

// lastPairIn returns the referents of the last dual designation when both
// are among the candidates and fit the class.
func (e *engine) lastPairIn(cands []discActor, class string) (*discActor, *discActor) {
	if e.disc.lastPair[0] == "" {
		return nil, nil
	}
	var q1, q2 *discActor
	for k := len(cands) - 1; k >= 0; k-- {
		c := &cands[k]
		if !fits(class, c.kinds) || c.state == "" {
			continue
		}
		if c.id == e.disc.lastPair[0] && q1 == nil {
			q1 = c
		}
		if c.id == e.disc.lastPair[1] && q2 == nil {
			q2 = c
		}
	}
	if q1 == nil || q2 == nil {
		return nil, nil
	}
	return q1, q2
}

// personKinds returns the office kinds of a person occurrence: the titles
// written with it and its offices on the article date.
func (e *engine) personKinds(en *ent) []string {
	kinds := append([]string(nil), en.titles...)
	if e.kb != nil {
		for _, o := range e.kb.OfficesOf(en.id, e.doc.Date) {
			kinds = append(kinds, o.Kind)
		}
	}
	return kinds
}

// fits reports whether a person with these office kinds fits a dual class.
func fits(class string, kinds []string) bool {
	for _, k := range kinds {
		switch class {
		case "party":
			return true
		case "head-of-state":
			if k == "head-of-state" {
				return true
			}
		case "leader":
			if k == "head-of-state" || k == "head-of-government" || k == "crown-prince" || k == "deputy-head-of-state" {
				return true
			}
		case "minister":
			if k == "foreign-minister" || k == "minister" || k == "defence-minister" || strings.HasSuffix(k, "-minister") {
				return true
			}
		}
	}
	return class == "party"
}

// resolveDuals adds the referents of the dual designations of a sentence.
func (e *engine) resolveDuals(a *sent) {
	var added []ent
	for i, t := range a.toks {
		if t.punct || t.quoted || t.ent >= 0 {
			continue
		}
		class, ok := lookup(t, dualDesignations)
		if !ok {
			continue
		}
		// "الرئيسان التركي X والإيراني Y": a dual followed by a nisba names
		// its two persons after it (cataphora), it refers to no one before
		if i+1 < len(a.toks) {
			if nx := a.entAt(i + 1); nx != nil && nx.t0 == i+1 && nx.label == graph.LabelState && nx.form == FormAdjective {
				continue
			}
		}
		// candidates: the memory, then the persons of this sentence before
		// the word, most recent last
		cands := append([]discActor(nil), e.recentActors(a.s.Index)...)
		for k := range a.ents {
			en := &a.ents[k]
			if en.label != graph.LabelPerson || en.mod || en.quoted || en.dual > 0 || en.t1 > i {
				continue
			}
			cands = append(cands, discActor{id: en.id, state: e.evPersonState(en.id), kinds: e.personKinds(en), sent: a.s.Index})
		}
		var p1, p2 *discActor
		for k := len(cands) - 1; k >= 0; k-- {
			c := &cands[k]
			if c.state == "" || !fits(class, c.kinds) {
				continue
			}
			if p1 == nil {
				p1 = c
				continue
			}
			if c.id != p1.id && c.state != p1.state {
				p2 = c
				break
			}
		}
		if p1 != nil && p2 != nil && p1.sent != p2.sent {
			// the two most recent were never named together ("زيلينسكي"
			// after a visit of Modi to Putin): the pair of the last dual
			// stands while both of its persons are still in memory
			if q1, q2 := e.lastPairIn(cands, class); q1 != nil {
				p1, p2 = q1, q2
			}
		}
		if p1 == nil || p2 == nil {
			continue
		}
		e.disc.lastPair = [2]string{p1.id, p2.id}
		e.disc.duals++
		for _, p := range []*discActor{p2, p1} {
			added = append(added, ent{id: p.id, label: graph.LabelPerson, form: FormTitle, surface: t.raw, t0: i, t1: i + 1,
				start: t.start, end: t.end, chain0: i, designated: true, dual: e.disc.duals})
		}
	}
	if len(added) > 0 {
		a.ents = append(a.ents, added...)
		a.index()
	}
}

// recentActors returns the remembered persons of the last dualMemory
// sentences before sentence index si.
func (e *engine) recentActors(si int) []discActor {
	var out []discActor
	for _, c := range e.disc.actors {
		if si-c.sent <= dualMemory {
			out = append(out, c)
		}
	}
	return out
}

// rememberActors records the persons of an analysed sentence.
func (e *engine) rememberActors(a *sent) {
	for k := range a.ents {
		en := &a.ents[k]
		if en.label != graph.LabelPerson || en.mod || en.quoted || en.dual > 0 {
			continue
		}
		e.disc.actors = append(e.disc.actors, discActor{id: en.id, state: e.evPersonState(en.id), kinds: e.personKinds(en), sent: a.s.Index})
	}
	if n := len(e.disc.actors); n > 64 {
		e.disc.actors = append([]discActor(nil), e.disc.actors[n-64:]...)
	}
}

// group returns the referents of the designation en belongs to (en alone
// when it is not a dual).
func (a *sent) group(en *ent) []*ent {
	if en.dual == 0 {
		return []*ent{en}
	}
	var out []*ent
	for k := range a.ents {
		if a.ents[k].dual == en.dual {
			out = append(out, &a.ents[k])
		}
	}
	return out
}

// resolveDescriptions resolves a definite description the knowledge base
// cannot ("الوزير السعودي" when no one holds a generic "minister" office):
// a title followed by a state designates the most recent person of the
// discourse who serves that state in an office of that kind ("وزير
// الخارجية السعودي الأمير فيصل بن فرحان" a few sentences before).
func (e *engine) resolveDescriptions(a *sent) {
	var added []ent
	for _, m := range a.s.Mentions {
		if m.Label != LabelTitle {
			continue
		}
		t0, t1 := a.mentionSpan(m)
		if t0 < 0 || t1 >= len(a.toks) || a.toks[t0].quoted {
			continue
		}
		if _, plural := lookup(a.toks[t0], leaderPluralsF); plural {
			continue
		}
		st := a.entAt(t1)
		bare := st == nil && e.bareTitle(a, t0, t1)
		if !bare && (st == nil || st.label != graph.LabelState || !st.mod || st.t0 != t1) {
			continue
		}
		covered := false
		for k := range a.ents {
			en := &a.ents[k]
			if en.label == graph.LabelPerson && en.chain0 <= t0 && t0 < en.t1 {
				covered = true
			}
		}
		if covered || (t0 > 0 && a.toks[t0-1].has(counterpartSingular)) || a.subordinate(t0) {
			continue
		}
		cands := e.recentActors(a.s.Index)
		for k := range a.ents {
			en := &a.ents[k]
			if en.label == graph.LabelPerson && !en.mod && !en.quoted && en.dual == 0 && en.t1 <= t0 {
				cands = append(cands, discActor{id: en.id, state: e.evPersonState(en.id), kinds: e.personKinds(en), sent: a.s.Index})
			}
		}
		if bare {
			if id := e.bareReferent(a.spanText(t0, t1), m.EntryID, cands); id != "" {
				added = append(added, ent{id: id, label: graph.LabelPerson, form: FormTitle, surface: a.spanText(t0, t1),
					t0: t0, t1: t1, start: a.toks[t0].start, end: a.toks[t1-1].end, chain0: t0, titles: []string{m.EntryID}, designated: true})
			}
			continue
		}
		for k := len(cands) - 1; k >= 0; k-- {
			c := cands[k]
			if c.state != st.id || !descriptionFits(m.EntryID, c.kinds) {
				continue
			}
			added = append(added, ent{id: c.id, label: graph.LabelPerson, form: FormTitle, surface: a.spanText(t0, st.t1),
				t0: t0, t1: st.t1, start: a.toks[t0].start, end: st.end, chain0: t0, titles: []string{m.EntryID},
				complements: []string{st.id}, designated: true})
			break
		}
	}
	if len(added) > 0 {
		// the designation covers its state: put it first so that it wins
		// the tokens
		a.ents = append(added, a.ents...)
		a.index()
	}
}

// bareTitleHeads are the second words of complete titles that need no
// complement ("رئيس الجمهورية"، "رئيس الدولة"، "ولي العهد"، "رئيس الوزراء").
var bareTitleHeads = set("الجمهورية", "الدولة", "العهد", "الوزراء", "الحكومة", "الخارجية")

// bareTitle reports whether the title at tokens [t0, t1) is a complete
// definite title with no complement or name after it: "وكان رئيس
// الجمهورية قد التقى ..." (not "رئيس الجمهورية التونسية"، not "رئيس
// الوزراء ناريندرا مودي"، not "رئيس الوزراء الروسي").
func (e *engine) bareTitle(a *sent, t0, t1 int) bool {
	if t1-t0 != 2 || !a.toks[t1-1].has(bareTitleHeads) || t1 >= len(a.toks) {
		return false
	}
	nx := a.toks[t1]
	if nx.ent >= 0 || isTitleWord(a, t1) || nameOrTitleWord(a, t1) {
		return false
	}
	if nx.punct && (nx.raw == "،" || nx.raw == ",") {
		return false // an apposition may follow
	}
	return true
}

// bareReferent returns the person a complete title without complement
// designates: the person the article first wrote it before ("رئيس
// الجمهورية، السيد عبد المجيد تبون"), else the one recent person whose
// offices fit it, when there is only one.
func (e *engine) bareReferent(surface, kind string, cands []discActor) string {
	if id := e.disc.bare[fold1(surface)]; id != "" {
		return id
	}
	one := ""
	for _, c := range cands {
		if !descriptionFits(kind, c.kinds) {
			continue
		}
		if one != "" && one != c.id {
			return ""
		}
		one = c.id
	}
	return one
}

// rememberBareTitles records the complete titles written right before a
// name ("رئيس الجمهورية، السيد عبد المجيد تبون"، "رئيس الدولة قاسم جومارت
// توكاييف"), or right after it in apposition ("X، ولي العهد"), as
// designations of that person for the rest of the article.
func (e *engine) rememberBareTitles(a *sent) {
	for _, m := range a.s.Mentions {
		if m.Label != LabelTitle {
			continue
		}
		t0, t1 := a.mentionSpan(m)
		if t0 < 0 || t1-t0 != 2 || !a.toks[t1-1].has(bareTitleHeads) {
			continue
		}
		k := t1
		if k < len(a.toks) && a.toks[k].punct && (a.toks[k].raw == "،" || a.toks[k].raw == ",") {
			k++
		}
		for k < len(a.toks) && a.toks[k].has(personHonorifics) {
			k++
		}
		en := a.entAt(k)
		if en == nil || en.t0 != k || en.label != graph.LabelPerson || en.designated {
			// "الأمير محمد بن سلمان، ولي العهد رئيس مجلس الوزراء": the
			// title in apposition right after the name
			en = nil
			if j := t0 - 1; j > 0 && a.toks[j].punct && (a.toks[j].raw == "،" || a.toks[j].raw == ",") {
				if p := a.entAt(j - 1); p != nil && p.t1 == j && p.label == graph.LabelPerson && !p.designated {
					en = p
				}
			} else {
				// "الأمير فيصل بن فرحان [بن عبدالله] وزير الخارجية": right
				// after the name, past a patronymic the gazetteer lacks
				j := t0
				if j >= 2 && a.toks[j-2].has(nameTails) && a.entAt(j-1) == nil {
					j -= 2
				}
				if p := a.entAt(j - 1); j > 0 && p != nil && p.t1 == j && p.label == graph.LabelPerson && !p.designated {
					en = p
				}
			}
		}
		if en != nil {
			if e.disc.bare == nil {
				e.disc.bare = map[string]string{}
			}
			key := fold1(a.spanText(t0, t1))
			if _, seen := e.disc.bare[key]; !seen {
				e.disc.bare[key] = en.id
			}
		}
	}
}

// descriptionFits reports whether a person with these office kinds can be
// designated by a title of kind kind ("minister" covers every minister).
func descriptionFits(kind string, kinds []string) bool {
	for _, k := range kinds {
		if k == kind || (kind == "minister" && strings.HasSuffix(k, "minister")) {
			return true
		}
	}
	return false
}
