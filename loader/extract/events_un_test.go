package extract

import (
	"testing"

	"github.com/diplograph/diplograph/graph"
)

func init() {
	fakeEntities["place:new-york"] = Entity{ID: "place:new-york", Label: graph.LabelPlace, Name: "New York", Kind: "CITY", State: "state:USA"}
	fakeEntities["org:un-general-assembly"] = Entity{ID: "org:un-general-assembly", Label: graph.LabelOrganization, Name: "UN General Assembly", Kind: "BODY", PartOf: "org:un"}
}

// A bilateral meeting on the sidelines of a General Assembly session.
func TestGeneralAssemblySidelines(t *testing.T) {
	saved := fakeNames
	fakeNames = append(append([]Mention(nil), saved...),
		Mention{Surface: "نيويورك", EntryID: "place:new-york", Label: graph.LabelPlace, Form: FormName})
	defer func() { fakeNames = saved }()
	r := run(t, doc(day,
		"التقى الرئيس المصري عبد الفتاح السيسي أمس في نيويورك مع ملك المغرب على هامش أعمال الدورة الخامسة والثمانين للجمعية العامة.",
	))
	ga := "meeting:2030-04-30:un-general-assembly:new-york"
	want(t, r, graph.RelHeldIn, ga, "place:new-york")
	want(t, r, graph.RelConvenedUnder, ga, "org:un-general-assembly")
	want(t, r, graph.RelOnSidelinesOf, "meeting:2030-04-30:bilateral-egy-mar:new-york", ga)
	// "الدورة السابقة" is another session
	r = run(t, doc(day, "وكان الرئيسان قد التقيا في نيويورك على هامش الدورة السابقة للجمعية العامة."))
	for _, n := range r.Nodes {
		if n.ID == ga {
			t.Errorf("previous session read as the current one")
		}
	}
}
