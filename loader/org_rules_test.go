package loader

import (
	"context"
	"testing"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/loader/eval"
)

// Tests of the organisational rules (loader/extract/org_*.go) on short
// articles written for these tests (not taken from the corpus).

type relWant struct{ typ, start, end, key, val string }

func extractText(t *testing.T, text string) graph.Graph {
	t.Helper()
	g, err := newTestLoader(t).Extract(context.Background(), "test.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func hasRel(g graph.Graph, w relWant) bool {
	for _, r := range g.Relationships {
		if r.Type != w.typ || r.Start != w.start || r.End != w.end {
			continue
		}
		if w.key == "" {
			return true
		}
		for _, v := range eval.PropStrings(r.Props[w.key]) {
			if v == w.val {
				return true
			}
		}
	}
	return false
}

func checkRels(t *testing.T, g graph.Graph, want, forbid []relWant) {
	t.Helper()
	for _, w := range want {
		if !hasRel(g, w) {
			t.Errorf("missing %s %s -> %s %s=%s", w.typ, w.start, w.end, w.key, w.val)
		}
	}
	for _, w := range forbid {
		if hasRel(g, w) {
			t.Errorf("forbidden %s %s -> %s %s=%s", w.typ, w.start, w.end, w.key, w.val)
		}
	}
}

func TestMembershipStatuses(t *testing.T) {
	g := extractText(t, `الاتحاد الأفريقي يفتتح قمته السنوية

أديس أبابا، 18 فبراير 2024

افتتحت اليوم في أديس أبابا قمة الاتحاد الأفريقي بمشاركة عدد من القادة.

وتغيب عن القمة ممثلو الدول المعلقة عضويتها في الاتحاد، وهي مالي والنيجر وبوركينا فاسو.

وكانت المغرب قد انضمت إلى الاتحاد عام 2017، فيما قدمت إسرائيل طلبا للحصول على صفة مراقب لم يبت فيه بعد.

وحضرت الجلسة الافتتاحية فلسطين بصفة مراقب في الاتحاد منذ عام 2013.

ولا تزال إريتريا، العضو في الاتحاد، بعيدة عن أنشطته.

وأعلن الاتحاد دعوة جنوب السودان إلى الانضمام إلى مجلس السلم والأمن.
`)
	checkRels(t, g, []relWant{
		{graph.RelMemberOf, "state:MLI", "org:au", "status", "SUSPENDED"},
		{graph.RelMemberOf, "state:NER", "org:au", "status", "SUSPENDED"},
		{graph.RelMemberOf, "state:BFA", "org:au", "status", "SUSPENDED"},
		{graph.RelMemberOf, "state:MAR", "org:au", "status", "FULL"},
		{graph.RelMemberOf, "state:MAR", "org:au", "since", "2017"},
		{graph.RelMemberOf, "state:PSE", "org:au", "status", "OBSERVER"},
		{graph.RelMemberOf, "state:PSE", "org:au", "since", "2013"},
		{graph.RelMemberOf, "state:ERI", "org:au", "status", "FULL"},
	}, []relWant{
		{graph.RelMemberOf, "state:ISR", "org:au", "", ""},
		{graph.RelMemberOf, "state:MLI", "org:au", "status", "FULL"},
	})
}

func TestAccessionTraps(t *testing.T) {
	g := extractText(t, `قمة مجموعة العشرين تبحث التوسع

نيودلهي، 9 سبتمبر 2023

قرر قادة مجموعة «بريكس» دعوة إندونيسيا وكازاخستان إلى الانضمام إليها أعضاء كاملي العضوية اعتبارا من العام المقبل.

وتقدمت النرويج بطلب الانضمام إلى حلف شمال الأطلسي، بينما ليست صربيا عضوا في الحلف.

وتأسس الحلف عام 1949 على يد الولايات المتحدة وبلجيكا وهولندا، ثم انضمت إليه تركيا عام 1952.

وأقرت المنظمة منح كل من الكويت والبحرين صفة "شريك الحوار".
`)
	checkRels(t, g, []relWant{
		{graph.RelMemberOf, "state:IDN", "org:brics", "status", "ACCEDING"},
		{graph.RelMemberOf, "state:KAZ", "org:brics", "status", "ACCEDING"},
		{graph.RelMemberOf, "state:NOR", "org:nato", "status", "ACCEDING"},
		{graph.RelFounded, "state:USA", "org:nato", "year", "1949"},
		{graph.RelFounded, "state:BEL", "org:nato", "year", "1949"},
		{graph.RelFounded, "state:NLD", "org:nato", "year", "1949"},
		{graph.RelMemberOf, "state:TUR", "org:nato", "since", "1952"},
	}, []relWant{
		{graph.RelMemberOf, "state:IDN", "org:brics", "status", "FULL"},
		{graph.RelMemberOf, "state:SRB", "org:nato", "", ""},
		{graph.RelFounded, "state:TUR", "org:nato", "", ""},
		{graph.RelMemberOf, "state:NOR", "org:nato", "status", "FULL"},
	})
}

func TestChairmanshipRotation(t *testing.T) {
	g := extractText(t, `الاتحاد الأفريقي يختتم قمته

أديس أبابا، 18 فبراير 2024

تسلم الرئيس الموريتاني محمد ولد الشيخ الغزواني الرئاسة الدورية للاتحاد الأفريقي لعام 2024 خلفا لرئيس جزر القمر غزالي عثماني.

وتتولى منظمة معاهدة الأمن الجماعي هذا العام بيلاروسيا.

وتترأس بيلاروسيا هذا العام منظمة معاهدة الأمن الجماعي، على أن تنتقل الرئاسة العام المقبل إلى كازاخستان بدلا من أرمينيا، على أن تكون روسيا وقرغيزستان رئيسين مشاركين.
`)
	checkRels(t, g, []relWant{
		{graph.RelHolds, "state:MRT", "chairmanship:au:2024", "role", "CHAIR"},
		{graph.RelHolds, "state:COM", "chairmanship:au:2023", "role", "CHAIR"},
		{graph.RelSucceededBy, "chairmanship:au:2023", "chairmanship:au:2024", "", ""},
		{graph.RelHolds, "state:BLR", "chairmanship:csto:2024", "role", "CHAIR"},
		{graph.RelHolds, "state:KAZ", "chairmanship:csto:2025", "role", "CHAIR"},
		{graph.RelHolds, "state:RUS", "chairmanship:csto:2025", "role", "CO_CHAIR"},
		{graph.RelHolds, "state:KGZ", "chairmanship:csto:2025", "role", "CO_CHAIR"},
		{graph.RelSucceededBy, "chairmanship:csto:2024", "chairmanship:csto:2025", "", ""},
		{graph.RelChairmanshipOf, "chairmanship:csto:2025", "org:csto", "", ""},
	}, []relWant{
		{graph.RelHolds, "state:ARM", "chairmanship:csto:2025", "", ""},
		{graph.RelHolds, "state:RUS", "chairmanship:csto:2025", "role", "CHAIR"},
	})
}

func TestChairmanshipPeriod(t *testing.T) {
	g := extractText(t, `قمة شنغهاي

أستانا، 4 يوليو 2024

قال الرئيس الكازاخستاني قاسم جومارت توكاييف، الذي تولت بلاده رئاسة المنظمة للفترة 2023-2024، إن منظمة شنغهاي للتعاون تعزز دورها.

وتسلمت الصين الرئاسة الدورية للمنظمة للفترة 2024-2025.
`)
	checkRels(t, g, []relWant{
		{graph.RelHolds, "state:KAZ", "chairmanship:sco:2023-2024", "role", "CHAIR"},
		{graph.RelHolds, "state:CHN", "chairmanship:sco:2024-2025", "role", "CHAIR"},
		{graph.RelSucceededBy, "chairmanship:sco:2023-2024", "chairmanship:sco:2024-2025", "", ""},
	}, nil)
}

func TestDesignationsPlacesRelations(t *testing.T) {
	g := extractText(t, `زيارة رسمية

الرياض، 3 مارس 2024

استقبل العاهل الأردني في العقبة الرئيس الفنلندي ألكسندر ستوب، وذلك بعد أيام من زيارة قام بها رئيس إيراني سابق إلى العاصمة الأردنية.

وبحث الجانبان العلاقات الدبلوماسية بين البلدين التي تعود إلى عام 1963، في حين أكدت القاهرة دعمها للمحادثات التي تجري في مدينة العقبة الأردنية.

وشارك رؤساء كازاخستان قاسم جومارت توكاييف وأوزبكستان شوكت ميرضيائيف في منتدى بمدينة سمرقند.
`)
	checkRels(t, g, []relWant{
		{graph.RelLeaderOf, "person:abdullah-ii-of-jordan", "state:JOR", "title", "King"},
		{graph.RelLeaderOf, "person:alexander-stubb", "state:FIN", "title", "President"},
		{graph.RelLeaderOf, "person:kassym-jomart-tokayev", "state:KAZ", "", ""},
		{graph.RelLeaderOf, "person:shavkat-mirziyoyev", "state:UZB", "", ""},
		{graph.RelDiplomaticRelations, "state:FIN", "state:JOR", "since", "1963"},
		{graph.RelLocatedIn, "place:aqaba", "state:JOR", "capital", "false"},
		{graph.RelLocatedIn, "place:samarkand", "state:UZB", "", ""},
	}, []relWant{
		{graph.RelLeaderOf, "person:ali-khamenei", "state:IRN", "", ""},
		{graph.RelLeaderOf, "person:masoud-pezeshkian", "state:IRN", "", ""},
		{graph.RelLocatedIn, "place:cairo", "state:EGY", "", ""},
	})
}

// A state named as the chair ("بصفة الكويت رئيسة الدورة الحالية للمجلس
// الأعلى لمجلس التعاون"، "وماليزيا رئيسة الرابطة لعام 2025") holds the
// chairmanship of the organisation (of the body's parent), for the written
// year or the article's; a state before a head-of-government title does not.
func TestStateNamedAsChair(t *testing.T) {
	g := extractText(t, `عنوان

كوالالمبور - 27 - 5 - 2025 (كونا) --

عقدت اليوم في كوالالمبور القمة الثانية بين مجلس التعاون لدول الخليج العربية ورابطة دول جنوب شرق آسيا (آسيان)، بصفة الكويت رئيسة الدورة الحالية للمجلس الأعلى لمجلس التعاون، وماليزيا رئيسة الرابطة لعام 2025.

وقال رئيس وزراء ماليزيا أنور إبراهيم إن القمة ناجحة.
`)
	checkRels(t, g, []relWant{
		{"HOLDS", "state:KWT", "chairmanship:gcc:2025", "role", "CHAIR"},
		{"HOLDS", "state:MYS", "chairmanship:asean:2025", "role", "CHAIR"},
		{"CHAIRMANSHIP_OF", "chairmanship:gcc:2025", "org:gcc", "", ""},
	}, []relWant{
		{"HOLDS", "state:KWT", "chairmanship:asean:2025", "", ""},
		{"HOLDS", "state:MYS", "chairmanship:gcc:2025", "", ""},
	})
}

// A handover told in the headline and again in the body is one handover:
// the recipient keeps the period it got, and the giver holds the one
// before, not the recipient's.
func TestHandoverToldTwice(t *testing.T) {
	g := extractText(t, `قمة الجزائر: رئيس الجمهورية يسلّم رئاسة القمة العربية إلى الرئيس تبون

الجزائر - 1 نوفمبر 2022 (وات)

وفي الجلسة الافتتاحية، سلّم رئيس الجمهورية التونسية قيس سعيّد رئاسة القمة إلى الرئيس الجزائري عبد المجيد تبون، بعد أن تولت تونس رئاسة الدورة السابقة.
`)
	checkRels(t, g, []relWant{
		{"HOLDS", "state:DZA", "chairmanship:arab-league:2022", "role", "CHAIR"},
	}, []relWant{
		{"HOLDS", "state:TUN", "chairmanship:arab-league:2022", "", ""},
		{"HOLDS", "state:DZA", "chairmanship:arab-league:2023", "", ""},
	})
}

// A definite plural title takes nisba-name pairs: "والرؤساء المصري X
// والفلسطيني Y" states each one's office.
func TestDefinitePluralTitleWithNisbas(t *testing.T) {
	g := extractText(t, `عنوان

الجزائر، 1 نوفمبر 2022

ويشارك في القمة أمير قطر الشيخ تميم بن حمد آل ثاني، والرؤساء المصري عبد الفتاح السيسي والفلسطيني محمود عباس والموريتاني محمد ولد الشيخ الغزواني.
`)
	checkRels(t, g, []relWant{
		{"LEADER_OF", "person:abdel-fattah-el-sisi", "state:EGY", "title", "President"},
		{"LEADER_OF", "person:mahmoud-abbas", "state:PSE", "title", "President"},
		{"LEADER_OF", "person:mohamed-ould-ghazouani", "state:MRT", "title", "President"},
	}, nil)
}
