package loader

import (
	"testing"

	"github.com/diplograph/diplograph/graph"
)

// titlePersons returns the Person nodes recognised from title patterns.
func titlePersons(g graph.Graph) map[string]graph.Node {
	out := map[string]graph.Node{}
	for _, n := range g.Nodes {
		if n.Label() == graph.LabelPerson && n.Props.String("recognisedBy") == "title-pattern" {
			out[n.ID] = n
		}
	}
	return out
}

const personArticle = `مباحثات روسية غانية

موسكو، 12 مارس 2025

استقبل وزير الخارجية الروسي سيرغي لافروف في موسكو اليوم وزير الخارجية الغاني شيرلي أيوركور بوتشوي، وبحث الجانبان العلاقات الثنائية.

وقال المتحدث باسم وزارة الخارجية القطرية ماجد الأنصاري إن الدوحة تدعم الحوار، فيما أكد الرئيس الروسي فلاديمير بوتين أهمية التعاون.

وأكدت بوتشوي أن بلادها تتطلع إلى تعزيز التعاون مع روسيا.
`

func TestTitlePatternPersons(t *testing.T) {
	g := extractText(t, personArticle)
	ps := titlePersons(g)
	ghana, qatar := "person:shirli-ayurkur-butshuy", "person:majed-al-ansari"
	for _, id := range []string{ghana, qatar} {
		n, ok := ps[id]
		if !ok {
			t.Fatalf("no title-pattern person %s; have %v", id, ps)
		}
		if n.Props.String("nameAr") == "" || len(n.Props.Strings("aliases")) == 0 || n.Props.String("name") == "" {
			t.Errorf("%s: props %v", id, n.Props)
		}
		if c, _ := n.Props[graph.PropConfidence].(float64); c <= 0 || c > 0.6 {
			t.Errorf("%s: node confidence %v", id, n.Props[graph.PropConfidence])
		}
	}
	if got := ps[ghana].Props.String("nameAr"); got != "شيرلي أيوركور بوتشوي" {
		t.Errorf("nameAr %q", got)
	}
	if len(ps) != 2 {
		t.Errorf("title-pattern persons %v, want only %s and %s", ps, ghana, qatar)
	}
	checkRels(t, g, []relWant{
		{graph.RelHoldsOffice, ghana, "state:GHA", "title", "Foreign Minister"},
		{graph.RelHoldsOffice, qatar, "org:mfa-qat", "title", "Spokesperson"},
		// the gazetteer's people are untouched
		{graph.RelLeaderOf, "person:vladimir-putin", "state:RUS", "", ""},
		{graph.RelHoldsOffice, "person:sergey-lavrov", "state:RUS", "", ""},
	}, nil)
	// the rules that read people see the new one: the talks
	var talks bool
	for _, r := range g.Relationships {
		if r.Type == graph.RelParticipatesIn && r.Start == ghana {
			talks = true
		}
	}
	if !talks {
		t.Errorf("no PARTICIPATES_IN for %s", ghana)
	}
	// every fact of a title-pattern person has confidence ≤ 0.6; the last
	// name alone is a mention of the same person
	lastName := false
	for _, r := range g.Relationships {
		if r.Start != ghana && r.End != ghana && r.Start != qatar && r.End != qatar {
			continue
		}
		if c, _ := r.Props[graph.PropConfidence].(float64); c > 0.6 {
			t.Errorf("%s %s -> %s confidence %v", r.Type, r.Start, r.End, c)
		}
		if r.Type == graph.RelMentions && r.End == ghana && r.Props.String("surface") == "بوتشوي" {
			lastName = true
		}
	}
	if !lastName {
		t.Errorf("no mention of %s by its last name", ghana)
	}
}

func TestTitlePatternOffices(t *testing.T) {
	g := extractText(t, `قمة في أديس أبابا

أديس أبابا، 10 فبراير 2025

عقدت اليوم في أديس أبابا قمة الاتحاد الأفريقي، وشارك في القمة رئيس وزراء مالي شوغيل كوكالا مايغا.

والتقى السفير الروسي لدى إثيوبيا إيفغيني تيريخين، على هامش القمة، الأمين العام للمنظمة.
`)
	ps := titlePersons(g)
	mali, amb := "person:shughil-kukala-maygha", "person:ifghini-tirikhin"
	if _, ok := ps[mali]; !ok {
		t.Fatalf("no person %s; have %v", mali, ps)
	}
	if _, ok := ps[amb]; !ok {
		t.Fatalf("no person %s; have %v", amb, ps)
	}
	checkRels(t, g, []relWant{
		{graph.RelLeaderOf, mali, "state:MLI", "title", "Prime Minister"},
		{graph.RelHoldsOffice, amb, "state:RUS", "title", "Ambassador"},
	}, []relWant{
		{graph.RelHoldsOffice, amb, "state:ETH", "", ""},
		{graph.RelLeaderOf, mali, "state:MLI", "title", "President"},
	})
	var part bool
	for _, r := range g.Relationships {
		if r.Type == graph.RelParticipatesIn && r.Start == mali {
			part = true
		}
	}
	if !part {
		t.Errorf("no PARTICIPATES_IN for %s", mali)
	}
}

func TestTitlePatternNegatives(t *testing.T) {
	for _, body := range []string{
		// a known person after the title
		"وأكد الرئيس الروسي فلاديمير بوتين أهمية التعاون.",
		// a verb after the title
		"وقال وزير الخارجية أكد أن الاجتماع مهم.",
		// plural and dual titles
		"وشارك في الاجتماع رؤساء الدول والحكومات الأعضاء.",
		"وبحث الوزيران العلاقات الثنائية.",
		// a noun after a designation
		"وتسلم ملك المغرب رئاسة الجامعة خلال الجلسة.",
		"ومثّل دولة الكويت وزير خارجيتها نيابة عن أمير البلاد.",
		// a title alone
		"وصل الرئيس إلى القاعة.",
		// a known holder spelled another way is the holder, not a new person
		"والتقى وزير الخارجية الروسي سيرغي فيكتوروفيتش لافروف نظيره الصيني.",
	} {
		g := extractText(t, "خبر\n\nموسكو، 12 مارس 2025\n\n"+body+"\n")
		if ps := titlePersons(g); len(ps) != 0 {
			t.Errorf("%s: title-pattern persons %v", body, ps)
		}
	}
	g := extractText(t, "خبر\n\nموسكو، 12 مارس 2025\n\nوالتقى وزير الخارجية الروسي سيرغي فيكتوروفيتش لافروف نظيره الصيني.\n")
	checkRels(t, g, []relWant{{graph.RelHoldsOffice, "person:sergey-lavrov", "state:RUS", "", ""}}, nil)
}
