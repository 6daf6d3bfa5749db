package loader

import (
	"testing"

	"github.com/diplograph/diplograph/graph"
)

// Tests of chairmanship rotation, founding, membership, places and offices
// of named organisations (loader/extract/org_*.go), on short articles
// written for these tests (not taken from the corpus).

// A headline without a period gives way to the period of the body; the
// predecessor written between the verb and the noun holds the period
// before.
func TestChairmanshipHeadlineYieldsToPeriod(t *testing.T) {
	g := extractText(t, `قرغيزستان تتسلم الرئاسة الدورية لمنظمة شانغهاي للتعاون

بيشكيك، 2 سبتمبر 2025

وتسلمت قرغيزستان من الصين الرئاسة الدورية للمنظمة للفترة 2025-2026 خلال اجتماع وزاري عقد في بيشكيك.
`)
	checkRels(t, g, []relWant{
		{graph.RelHolds, "state:KGZ", "chairmanship:sco:2025-2026", "role", "CHAIR"},
		{graph.RelHolds, "state:CHN", "chairmanship:sco:2024-2025", "role", "CHAIR"},
		{graph.RelChairmanshipOf, "chairmanship:sco:2025-2026", "org:sco", "", ""},
		{graph.RelSucceededBy, "chairmanship:sco:2024-2025", "chairmanship:sco:2025-2026", "", ""},
	}, []relWant{
		{graph.RelHolds, "state:KGZ", "chairmanship:sco:2025", "", ""},
		{graph.RelChairmanshipOf, "chairmanship:sco:2025", "org:sco", "", ""},
		{graph.RelHolds, "state:CHN", "chairmanship:sco:2025-2026", "", ""},
	})
}

// "انتقال الرئاسة من X لعام Y إلى Z لعام Y+1": the source holds its year;
// a later bare "الرئاسة" with only a handover date is the same chairmanship,
// not one of the year of the date, and not of another organisation.
func TestChairmanshipMoveFromSource(t *testing.T) {
	g := extractText(t, `مجموعة العشرين تختتم قمتها

ريو دي جانيرو، 19 نوفمبر 2024

واختتمت قمة مجموعة العشرين بإعلان انتقال رئاسة المجموعة من البرازيل لعام 2024 إلى جنوب أفريقيا لعام 2025.

وقال الرئيس إن الاتحاد الأوروبي يدعم الإعلان. ومن المقرر أن تتسلم جنوب أفريقيا الرئاسة رسمياً في الأول من ديسمبر المقبل.
`)
	checkRels(t, g, []relWant{
		{graph.RelHolds, "state:BRA", "chairmanship:g20:2024", "role", "CHAIR"},
		{graph.RelHolds, "state:ZAF", "chairmanship:g20:2025", "role", "CHAIR"},
		{graph.RelSucceededBy, "chairmanship:g20:2024", "chairmanship:g20:2025", "", ""},
	}, []relWant{
		{graph.RelHolds, "state:ZAF", "chairmanship:g20:2024", "", ""},
		{graph.RelHolds, "state:ZAF", "chairmanship:eu:2025", "", ""},
		{graph.RelHolds, "state:ZAF", "chairmanship:eu:2024", "", ""},
	})
}

// The signatories of a founding treaty are founders; a founding year
// without founders gives nothing.
func TestFoundedBySignatories(t *testing.T) {
	g := extractText(t, `اجتماع لمنظمة معاهدة الأمن الجماعي

موسكو، 10 مايو 2022

وتضم منظمة معاهدة الأمن الجماعي، التي تأسست بموجب معاهدة وقعتها روسيا وأرمينيا وكازاخستان في طشقند عام 1992، ست دول حالياً.

وقال الأمين العام لمنظمة التعاون الإسلامي إن المنظمة، التي تأسست عام 1969، تدعم الحوار.
`)
	checkRels(t, g, []relWant{
		{graph.RelFounded, "state:RUS", "org:csto", "year", "1992"},
		{graph.RelFounded, "state:ARM", "org:csto", "", ""},
		{graph.RelFounded, "state:KAZ", "org:csto", "", ""},
	}, []relWant{
		{graph.RelFounded, "state:RUS", "org:oic", "", ""},
	})
}

// Becoming the n-th member, "بعد عام من انضمام X", a suspended membership
// read through "عضويتها", and an organisation joining another.
func TestMembershipBecomeAgoSuspendedAndOrganisations(t *testing.T) {
	g := extractText(t, `إندونيسيا تصبح العضو الحادي عشر في مجموعة بريكس

برازيليا، 7 يناير 2025

وأعلنت البرازيل أن إندونيسيا لتصبح الدولة الحادية عشرة في المجموعة، بعد عام من انضمام إثيوبيا إليها.

وعقد الاتحاد الأفريقي اجتماعاً طارئاً، ولم تشارك فيه مالي، إذ لا تزال عضويتها في الاتحاد معلقة منذ عام 2021.

ورحب القادة بانضمام رابطة دول جنوب شرق آسيا إلى مجموعة العشرين.
`)
	checkRels(t, g, []relWant{
		{graph.RelMemberOf, "state:IDN", "org:brics", "since", "2025"},
		{graph.RelMemberOf, "state:IDN", "org:brics", "status", "FULL"},
		{graph.RelMemberOf, "state:ETH", "org:brics", "since", "2024"},
		{graph.RelMemberOf, "state:MLI", "org:au", "status", "SUSPENDED"},
		{graph.RelMemberOf, "org:asean", "org:g20", "", ""},
	}, []relWant{
		{graph.RelMemberOf, "state:BRA", "org:brics", "since", "2025"},
		{graph.RelMemberOf, "state:MLI", "org:au", "status", "FULL"},
	})
}

// A place after "في" governed by a topic noun ("وقف إطلاق النار في X") is
// not read as a location; the venue is.
func TestLocatedInSkipsTopicPlaces(t *testing.T) {
	g := extractText(t, `قمة عربية طارئة

القاهرة، 4 مارس 2025

دعت القمة العربية التي عقدت في القاهرة اليوم إلى وقف إطلاق النار في الخرطوم.
`)
	checkRels(t, g, []relWant{
		{graph.RelLocatedIn, "place:cairo", "state:EGY", "capital", "true"},
	}, []relWant{
		{graph.RelLocatedIn, "place:khartoum", "state:SDN", "", ""},
	})
}

// An office the knowledge base gives a person for an organisation named
// just before the name, whatever the wording of the title.
func TestOfficeOfNamedOrganisation(t *testing.T) {
	g := extractText(t, `منتدى اقتصادي في مينسك

مينسك، 27 مايو 2022

وألقى ممثل اللجنة الاقتصادية الأوراسية ميخائيل مياسنيكوفيتش كلمة في المنتدى.
`)
	checkRels(t, g, []relWant{
		{graph.RelHoldsOffice, "person:mikhail-myasnikovich", "org:eurasian-economic-commission", "", ""},
	}, nil)
}

// Handing over by designated persons, a move without years (article year
// for the new holder, the year before for the source), and a bare
// "للمجلس" that does not fall back to an organisation of another kind.
func TestChairmanshipGiveMoveAndHeadNoun(t *testing.T) {
	g := extractText(t, `قمم إقليمية

أديس أبابا، 15 فبراير 2025

وانتقلت الرئاسة الدورية للاتحاد الأفريقي من موريتانيا إلى أنغولا خلال القمة.

وسلّم رئيس الوزراء الهندي ناريندرا مودي رئاسة مجموعة العشرين إلى الرئيس البرازيلي لولا دا سيلفا.

وتحدث وزير خارجية إندونيسيا عن رابطة دول جنوب شرق آسيا. وتسلمت البحرين الرئاسة الدورية للمجلس من الكويت.
`)
	checkRels(t, g, []relWant{
		{graph.RelHolds, "state:AGO", "chairmanship:au:2025", "role", "CHAIR"},
		{graph.RelHolds, "state:MRT", "chairmanship:au:2024", "role", "CHAIR"},
		{graph.RelSucceededBy, "chairmanship:au:2024", "chairmanship:au:2025", "", ""},
		{graph.RelHolds, "state:IND", "chairmanship:g20:2025", "role", "CHAIR"},
		{graph.RelHolds, "state:BRA", "chairmanship:g20:2026", "role", "CHAIR"},
	}, []relWant{
		{graph.RelHolds, "state:BHR", "chairmanship:asean:2025", "", ""},
		{graph.RelHolds, "state:KWT", "chairmanship:asean:2024", "", ""},
		{graph.RelHolds, "state:BRA", "chairmanship:g20:2025", "", ""},
	})
}

// "تأسس المجلس عام Y بين X وZ": the states after "بين" are founders.
func TestFoundedBetween(t *testing.T) {
	g := extractText(t, `قمة خليجية

الكويت، 1 ديسمبر 2024

انطلقت أعمال القمة الخامسة والأربعين لمجلس التعاون لدول الخليج العربية في الكويت.

وتأسس المجلس عام 1981 بين السعودية والإمارات والكويت وقطر والبحرين وعمان.
`)
	checkRels(t, g, []relWant{
		{graph.RelFounded, "state:SAU", "org:gcc", "year", "1981"},
		{graph.RelFounded, "state:OMN", "org:gcc", "year", "1981"},
	}, nil)
}

// An acting holder ("الرئيس الإيراني بالإنابة") is not the holder of the
// office on that date: the designation gives no office fact.
func TestActingDesignationIsNotTheIncumbent(t *testing.T) {
	g := extractText(t, `تصريحات إيرانية

طهران، 9 ديسمبر 2025

وقال الرئيس الإيراني بالإنابة إن بلاده تدعم الحوار.
`)
	checkRels(t, g, nil, []relWant{
		{graph.RelLeaderOf, "person:masoud-pezeshkian", "state:IRN", "", ""},
	})
}

// Founders before an active founding verb, after "الدول المؤسسة لـORG هي",
// after "أنشأت"; an active founding verb whose object is not an
// organisation gives nothing even with an organisation in focus.
func TestFoundersAroundTheVerb(t *testing.T) {
	g := extractText(t, `قمة آسيوية

جاكرتا، 5 سبتمبر 2023

انطلقت قمة منظمة شانغهاي للتعاون في أستانا.

وأسست روسيا والصين صندوقا مشتركا للاستثمار عام 2023.

وكانت خمس دول هي إندونيسيا وماليزيا والفلبين وسنغافورة وتايلاند قد أسست رابطة دول جنوب شرق آسيا عام 1967.

والدول المؤسسة لمنظمة شانغهاي للتعاون هي الصين وروسيا وكازاخستان وقرغيزستان وطاجيكستان وأوزبكستان.

وأنشأت مصر والسعودية والعراق وسوريا ولبنان والأردن واليمن جامعة الدول العربية عام 1945.
`)
	checkRels(t, g, []relWant{
		{graph.RelFounded, "state:IDN", "org:asean", "year", "1967"},
		{graph.RelFounded, "state:THA", "org:asean", "year", "1967"},
		{graph.RelFounded, "state:UZB", "org:sco", "", ""},
		{graph.RelFounded, "state:EGY", "org:arab-league", "year", "1945"},
		{graph.RelFounded, "state:YEM", "org:arab-league", "year", "1945"},
	}, []relWant{
		{graph.RelFounded, "state:RUS", "org:sco", "year", "2023"},
		{graph.RelFounded, "state:IND", "org:sco", "", ""},
	})
}
