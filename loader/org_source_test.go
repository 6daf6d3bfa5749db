package loader

import (
	"testing"

	"github.com/diplograph/diplograph/graph"
)

// Agency credits in datelines and ministry credit lines (org_source.go), on
// short articles written for these tests.

func TestDatelineSourceSlashes(t *testing.T) {
	g := extractText(t, `أمير الكويت يستقبل وزير الخارجية الأردني

الكويت في 3 مارس 2024 /كونا/

استقبل أمير البلاد اليوم وزير الخارجية الأردني في قصر بيان.
`)
	checkRels(t, g, anyStart(g, []relWant{{"ATTRIBUTED_TO", "*", "org:kuna", "", ""}}), nil)
}

func TestDatelineSourceParentheses(t *testing.T) {
	g := extractText(t, `مباحثات روسية صينية في بكين

بكين 5 مايو 2024 (شينخوا)

أجرى وزير الخارجية الصيني اليوم مباحثات مع نظيره الروسي.
`)
	checkRels(t, g, anyStart(g, []relWant{{"ATTRIBUTED_TO", "*", "org:xinhua", "", ""}}), nil)
}

func TestDatelineSourceAfterFullStops(t *testing.T) {
	g := extractText(t, `توكاييف يستقبل رئيس وزراء قيرغيزستان

أستانا. 12 مارس 2024. قازينفورم

استقبل الرئيس قاسم جومارت توكاييف اليوم رئيس وزراء قيرغيزستان.
`)
	checkRels(t, g, anyStart(g, []relWant{{"ATTRIBUTED_TO", "*", "org:kazinform", "", ""}}), nil)
}

// A news agency cited in the body is not the article's source.
func TestBodyCitationIsNoSource(t *testing.T) {
	g := extractText(t, `قمة في القاهرة

القاهرة، 3 مارس 2024

وأفادت وكالة رويترز بأن الرئيس المصري عبد الفتاح السيسي استقبل اليوم العاهل الأردني.
`)
	checkRels(t, g, nil, anyStart(g, []relWant{{"ATTRIBUTED_TO", "*", "org:reuters", "", ""}}))
}

func TestMinistryCreditLine(t *testing.T) {
	g := extractText(t, `وزير الخارجية الأذربيجاني يزور أنقرة

باكو، 2 فبراير 2024

أجرى وزير الخارجية الأذربيجاني اليوم مباحثات في أنقرة.

المصدر: وزارة خارجية جمهورية أذربيجان
`)
	checkRels(t, g, anyStart(g, []relWant{{"ATTRIBUTED_TO", "*", "org:mfa-aze", "", ""}}), nil)
}

// anyStart rewrites the start "*" of want into the graph's actual start of
// that type and end, so that article-level facts can be checked.
func anyStart(g graph.Graph, ws []relWant) []relWant {
	out := append([]relWant(nil), ws...)
	for k, w := range out {
		if w.start != "*" {
			continue
		}
		for _, r := range g.Relationships {
			if r.Type == w.typ && r.End == w.end {
				out[k].start = r.Start
			}
		}
	}
	return out
}

// "خلال رئاسة X لها": the pronoun stands for the organisation named before;
// the period is the article year, and the hand-over that follows makes the
// succession.
func TestChairmanshipPronounObject(t *testing.T) {
	g := extractText(t, `قمة منظمة شنغهاي للتعاون

أستانا، 4 يوليو 2024

وقال الرئيس قاسم جومارت توكاييف إن المنظمة حققت الكثير خلال رئاسة كازاخستان لها هذا العام. وفي ختام القمة انتقلت الرئاسة إلى الصين لعام 2025.
`)
	checkRels(t, g, []relWant{
		{"HOLDS", "state:KAZ", "chairmanship:sco:2024", "role", "CHAIR"},
		{"HOLDS", "state:CHN", "chairmanship:sco:2025", "role", "CHAIR"},
		{"SUCCEEDED_BY", "chairmanship:sco:2024", "chairmanship:sco:2025", "", ""},
	}, []relWant{{"HOLDS", "state:KAZ", "chairmanship:sco:2025", "", ""}})
}

// A dual title with nisba-name pairs states each leader's office (checked
// in the knowledge base on the article date).
func TestDualTitleOffices(t *testing.T) {
	g := extractText(t, `قمة في الدوحة

الدوحة، 10 ديسمبر 2022

ولم يحضر القمة الرئيسان الروسي فلاديمير بوتين والفرنسي إيمانويل ماكرون.
`)
	checkRels(t, g, []relWant{
		{"LEADER_OF", "person:vladimir-putin", "state:RUS", "title", "President"},
		{"LEADER_OF", "person:emmanuel-macron", "state:FRA", "title", "President"},
	}, []relWant{{"LEADER_OF", "person:vladimir-putin", "state:FRA", "", ""}})
}

// Offices in apposition with an implicit state: a possessive title before
// the name, "أمير البلاد" after it.
func TestAppositiveOffices(t *testing.T) {
	g := extractText(t, `أرمينيا تقاطع الاجتماع

يريفان، 20 مارس 2024

وقاطعت أرمينيا الاجتماع، إذ لم يحضر رئيس وزرائها نيكول باشينيان. واستقبل الشيخ تميم بن حمد آل ثاني أمير البلاد اليوم وفداً أرمينياً.
`)
	checkRels(t, g, []relWant{
		{"LEADER_OF", "person:nikol-pashinyan", "state:ARM", "", ""},
		{"LEADER_OF", "person:tamim-bin-hamad-al-thani", "state:QAT", "title", "Emir"},
	}, nil)
}

// A former holder named with a post-nominal title gets no office on the
// article date.
func TestAppositiveOfficeFormerHolder(t *testing.T) {
	g := extractText(t, `زيارة إلى باريس

باريس، 20 مارس 2024

وكان بين الحضور نيكولا ساركوزي رئيس الدولة الأسبق.
`)
	checkRels(t, g, nil, []relWant{{"LEADER_OF", "person:nicolas-sarkozy", "state:FRA", "", ""}})
}
