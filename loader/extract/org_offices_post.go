package extract

import (
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// RuleAppositiveOffice names the rule of offices written with a possessive
// pronoun before the name ("رئيس وزرائها نيكول باشينيان") or after it
// ("الشيخ تميم بن حمد آل ثاني أمير البلاد").
const RuleAppositiveOffice = "appositive-office"

func init() { ruleConfidence[RuleAppositiveOffice] = 0.8 }

// appositiveTitle is a title phrase whose holder state is not written as
// a name: the office kinds it can stand for.
type appositiveTitle struct {
	words []string // folded words; a word ending in "*" matches as a prefix
	kinds []string
}

// pronounTitles stand before a name, the state being a pronoun suffix
// ("رئيس وزرائها"، "وزير خارجيته"، "رئيسها").
var pronounTitles = []appositiveTitle{
	{[]string{"رئيس", "وزرائ*"}, []string{"head-of-government"}},
	{[]string{"وزير", "خارجيت*"}, []string{"foreign-minister"}},
	{[]string{"رئيسه*"}, []string{"head-of-state"}},
	{[]string{"رئيسها"}, []string{"head-of-state"}},
	{[]string{"ملكها"}, []string{"head-of-state"}},
	{[]string{"أميرها"}, []string{"head-of-state"}},
}

// postTitles stand after a name, the state being "البلاد"/"الدولة"
// ("تميم بن حمد آل ثاني أمير البلاد"، "... رئيس الدولة").
var postTitles = []appositiveTitle{
	{[]string{"أمير", "البلاد"}, []string{"head-of-state"}},
	{[]string{"أمير", "الدولة"}, []string{"head-of-state"}},
	{[]string{"ملك", "البلاد"}, []string{"head-of-state"}},
	{[]string{"سلطان", "البلاد"}, []string{"head-of-state"}},
	{[]string{"رئيس", "الدولة"}, []string{"head-of-state"}},
	{[]string{"رئيس", "البلاد"}, []string{"head-of-state"}},
	{[]string{"رئيس", "مجلس", "الوزراء"}, []string{"head-of-government"}},
	{[]string{"وزير", "الخارجية"}, []string{"foreign-minister"}},
}

// titleAt reports whether the words of ti stand at token i (exact folded
// forms, or prefixes for words ending in "*"), and the token after them.
func (a *sent) titleAt(i int, ti appositiveTitle) (int, bool) {
	for n, w := range ti.words {
		k := i + n
		if k >= len(a.toks) || a.toks[k].punct || a.entAt(k) != nil && a.entAt(k).label != LabelTitle {
			return 0, false
		}
		f := a.toks[k].f
		if p, ok := strings.CutSuffix(w, "*"); ok {
			p = fold1(p)
			if !strings.HasPrefix(f, p) || f == p {
				return 0, false
			}
			continue
		}
		if f != fold1(w) && f != fold1("و"+w) {
			return 0, false
		}
	}
	return i + len(ti.words), true
}

// appositiveOffices: a title whose state is implicit, in apposition to a
// named person, states the person's office when the knowledge base knows
// the person in an office of that kind on the article date. The state is
// the knowledge base's; the text only confirms the kind of office. A
// former holder ("الأسبق"، "السابق") is not in office on the date and gets
// nothing.
func (e *engine) appositiveOffices(a *sent) {
	if e.kb == nil {
		return
	}
	for _, en := range a.ents {
		if en.label != graph.LabelPerson || en.quoted || en.designated {
			continue
		}
		var kinds []string
		span := [2]int{}
		for _, ti := range pronounTitles {
			for i := max(0, en.t0-3); i < en.t0; i++ {
				if end, ok := a.titleAt(i, ti); ok && end == en.t0 {
					kinds, span = ti.kinds, a.span(i, en.t1)
				}
			}
		}
		if kinds == nil {
			j := en.t1
			if j < len(a.toks) && a.toks[j].raw == "،" {
				j++
			}
			for _, ti := range postTitles {
				if end, ok := a.titleAt(j, ti); ok {
					kinds, span = ti.kinds, a.span(en.t0, end)
					break
				}
			}
		}
		if kinds == nil {
			continue
		}
		for _, o := range e.kb.OfficesOf(en.id, e.doc.Date) {
			if !contains(kinds, o.Kind) || !strings.HasPrefix(o.Of, "state:") {
				continue
			}
			typ := graph.RelHoldsOffice
			if o.Kind == "head-of-state" || o.Kind == "head-of-government" {
				typ = graph.RelLeaderOf
			}
			props := graph.Props{}
			if o.Title != "" {
				props["title"] = o.Title
			}
			e.add(a, RuleAppositiveOffice, typ, en.id, o.Of, span, graph.StatusReported, props)
		}
	}
}
