package loader

import (
	"testing"

	"github.com/diplograph/diplograph/graph"
)

// mentionsOf returns the ids MENTIONS relationships give for a surface.
func mentionsOf(g graph.Graph, surface string) []string {
	var out []string
	for _, r := range g.Relationships {
		if r.Type != graph.RelMentions {
			continue
		}
		if s, _ := r.Props["surface"].(string); s == surface {
			out = append(out, r.End)
		}
	}
	return out
}

func TestAmmanOrOman(t *testing.T) {
	g := extractText(t, `لقاء وزاري

عمان، 3 مارس 2024

التقى وزير الخارجية الأردني في العاصمة الأردنية عمان نظيره المصري. وأكد الوزيران من عمان أهمية التنسيق.

وفي سياق آخر، وصل سلطان عمان إلى الرياض، فيما أكدت الإمارات وعمان والكويت دعمها للمبادرة.
`)
	// the dateline and the first paragraph (s1, s2, s3) speak of Amman; the
	// Sultan and the list of Gulf states (s4) of Oman
	byS := map[string][]string{}
	for _, r := range g.Relationships {
		if r.Type == graph.RelMentions && (r.End == "place:amman" || r.End == "state:OMN") {
			byS[r.Start[len(r.Start)-2:]] = append(byS[r.Start[len(r.Start)-2:]], r.End)
		}
	}
	for s, want := range map[string]string{"s1": "place:amman", "s2": "place:amman", "s3": "place:amman", "s4": "state:OMN"} {
		if len(byS[s]) != 1 || byS[s][0] != want {
			t.Errorf("%s: عمان read as %v, want %s", s, byS[s], want)
		}
	}
	checkRels(t, g, []relWant{{graph.RelLeaderOf, "person:haitham-bin-tariq", "state:OMN", "", ""}}, nil)
	// an Omani context: "في عمان" is the Sultanate
	g = extractText(t, `جولة خليجية

مسقط، 3 مارس 2024

أجرى وزير الخارجية العماني محادثات مع نظيره القطري في مسقط، وأكد أن سلطنة عمان تدعم الحوار. وتستضيف عمان الشهر المقبل اجتماعا خليجيا.
`)
	for _, id := range mentionsOf(g, "عمان") {
		if id != "state:OMN" {
			t.Errorf("Omani context: عمان read as %s", id)
		}
	}
}

func TestDesignationByTitle(t *testing.T) {
	g := extractText(t, `زيارة

طهران، 10 يناير 2023

استقبل الرئيس الإيراني اليوم وزير الخارجية العماني، ثم التقى الضيف المرشد الإيراني. وقال المرشد الأعلى إن العلاقات متينة.
`)
	checkRels(t, g, []relWant{
		{graph.RelLeaderOf, "person:ebrahim-raisi", "state:IRN", "title", "President"},
		{graph.RelLeaderOf, "person:ali-khamenei", "state:IRN", "title", "Supreme Leader"},
	}, []relWant{
		{graph.RelLeaderOf, "person:ali-khamenei", "state:IRN", "title", "President"},
	})
	// "الرئيس الإيراني" must not be read as the Supreme Leader
	for _, r := range g.Relationships {
		if r.Type == graph.RelMentions && r.End == "person:ali-khamenei" {
			if s, _ := r.Props["surface"].(string); s == "الرئيس الإيراني" {
				t.Errorf("الرئيس الإيراني resolved to the Supreme Leader")
			}
		}
	}
}
