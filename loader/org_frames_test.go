package loader

import (
	"testing"

	"github.com/diplograph/diplograph/graph"
)

// Tests of the argument frames of the organisational rules, on sentences
// written for these tests.

func TestMemberFrames(t *testing.T) {
	g := extractText(t, `قمة خليجية وآسيوية

المنامة، 6 ديسمبر 2022

بدأت في المنامة قمة مجلس التعاون لدول الخليج العربية بحضور قادة الدول الأعضاء الست، وهي السعودية والإمارات والكويت وقطر والبحرين وسلطنة عمان.

ويضم تكتل بريكس كلا من البرازيل وروسيا والهند والصين وجنوب أفريقيا.

وكانت كرواتيا قد أصبحت العضو الثامن والعشرين في الاتحاد الأوروبي عام 2013، فيما ستصبح ألبانيا عضوا في الاتحاد الأوروبي بعد استكمال المفاوضات.

وانضمت الجبل الأسود ومقدونيا الشمالية إلى حلف شمال الأطلسي، بينما لم تنضم صربيا إليه.

ولا تزال المجر عضوا في الاتحاد الأوروبي، في حين أن النرويج ليست عضوا في الاتحاد الأوروبي.
`)
	checkRels(t, g, []relWant{
		{graph.RelMemberOf, "state:SAU", "org:gcc", "status", "FULL"},
		{graph.RelMemberOf, "state:OMN", "org:gcc", "status", "FULL"},
		{graph.RelMemberOf, "state:BHR", "org:gcc", "status", "FULL"},
		{graph.RelMemberOf, "state:BRA", "org:brics", "status", "FULL"},
		{graph.RelMemberOf, "state:ZAF", "org:brics", "status", "FULL"},
		{graph.RelMemberOf, "state:HRV", "org:eu", "since", "2013"},
		{graph.RelMemberOf, "state:ALB", "org:eu", "status", "ACCEDING"},
		{graph.RelMemberOf, "state:MNE", "org:nato", "status", "FULL"},
		{graph.RelMemberOf, "state:MKD", "org:nato", "status", "FULL"},
		{graph.RelMemberOf, "state:HUN", "org:eu", "status", "FULL"},
	}, []relWant{
		{graph.RelMemberOf, "state:ALB", "org:eu", "status", "FULL"},
		{graph.RelMemberOf, "state:SRB", "org:nato", "", ""},
		{graph.RelMemberOf, "state:NOR", "org:eu", "", ""},
	})
}

func TestMemberAnaphorByHead(t *testing.T) {
	// the Arab League is named last, but "الاتحاد" is the Union
	g := extractText(t, `قمة أفريقية

نيامي، 20 فبراير 2024

اختتمت قمة الاتحاد الأفريقي أعمالها بحضور الأمين العام لجامعة الدول العربية.

وغابت غينيا والغابون، وهما دولتان علق الاتحاد عضويتهما.
`)
	checkRels(t, g, []relWant{
		{graph.RelMemberOf, "state:GIN", "org:au", "status", "SUSPENDED"},
		{graph.RelMemberOf, "state:GAB", "org:au", "status", "SUSPENDED"},
	}, []relWant{
		{graph.RelMemberOf, "state:GIN", "org:arab-league", "", ""},
	})
}

func TestChairmanshipFrames(t *testing.T) {
	g := extractText(t, `رئاسات دورية

جاكرتا، 2 يناير 2024

تسلمت لاوس رسميا الرئاسة الدورية لرابطة دول جنوب شرق آسيا من إندونيسيا.

وتتولى أنغولا رئاسة الاتحاد الأفريقي في عام 2025 خلفا لموريتانيا.

وتشغل روسيا حاليا رئاسة مجموعة بريكس، وتتسلم البرازيل الرئاسة العام المقبل.

ولم تتسلم ميانمار رئاسة الرابطة.
`)
	checkRels(t, g, []relWant{
		{graph.RelHolds, "state:LAO", "chairmanship:asean:2024", "role", "CHAIR"},
		{graph.RelHolds, "state:IDN", "chairmanship:asean:2023", "role", "CHAIR"},
		{graph.RelHolds, "state:AGO", "chairmanship:au:2025", "role", "CHAIR"},
		{graph.RelHolds, "state:MRT", "chairmanship:au:2024", "role", "CHAIR"},
		{graph.RelHolds, "state:RUS", "chairmanship:brics:2024", "role", "CHAIR"},
		{graph.RelHolds, "state:BRA", "chairmanship:brics:2025", "role", "CHAIR"},
		{graph.RelSucceededBy, "chairmanship:brics:2024", "chairmanship:brics:2025", "", ""},
	}, []relWant{
		{graph.RelHolds, "state:MMR", "*", "", ""},
		{graph.RelHolds, "state:RUS", "chairmanship:brics:2025", "", ""},
	})
	for _, r := range g.Relationships {
		if r.Type == graph.RelHolds && r.Start == "state:MMR" {
			t.Errorf("negated take-over read: %v", r)
		}
	}
}

func TestRelationsAndFounding(t *testing.T) {
	g := extractText(t, `علاقات ومؤسسون

الدوحة، 12 مايو 2024

وأقامت قطر والصين علاقات دبلوماسية عام 1988. وتحتفل مصر والهند هذا العام بالذكرى الخامسة والسبعين لإقامة العلاقات الدبلوماسية بينهما.

ولا تقيم قطر علاقات دبلوماسية مع كوريا الشمالية. وقطعت الأردن علاقاتها الدبلوماسية مع كوريا الشمالية.

وتأسست منظمة التعاون الإسلامي عام 1969 بمبادرة من السعودية والمغرب. والكويت من الدول المؤسسة لمجلس التعاون لدول الخليج العربية عام 1981.
`)
	checkRels(t, g, []relWant{
		{graph.RelDiplomaticRelations, "state:CHN", "state:QAT", "since", "1988"},
		{graph.RelDiplomaticRelations, "state:EGY", "state:IND", "since", "1949"},
		{graph.RelFounded, "state:SAU", "org:oic", "year", "1969"},
		{graph.RelFounded, "state:MAR", "org:oic", "year", "1969"},
		{graph.RelFounded, "state:KWT", "org:gcc", "year", "1981"},
	}, []relWant{
		{graph.RelDiplomaticRelations, "state:PRK", "state:QAT", "", ""},
		{graph.RelDiplomaticRelations, "state:JOR", "state:PRK", "", ""},
	})
}
