package extract

import (
	"strings"

	"github.com/diplograph/diplograph/loader/text"
)

// Trigger lexicons of the genre (Arabic news about summits, visits, talks,
// chairmanships and agreements). Words are written as in text and folded
// (text.Fold) when the package is initialised; they are matched against
// every clitic-stripped reading of a word (text.StripClitics), so "القمة",
// "للقمة" and "والقمة" all match "قمة". None of these tables is keyed to a
// particular article.

// Tense of a verb form.
type tense int

const (
	tenseNone tense = iota
	tensePast
	tensePresent
)

// meetingNouns are singular nouns naming a meeting, with the meeting kind
// they suggest ("" for nouns that only refer back: الحدث).
var meetingNouns = map[string]string{
	"قمة": "SUMMIT", "اجتماع": "MEETING", "لقاء": "MEETING", "مؤتمر": "CONFERENCE",
	"منتدى": "FORUM", "محادثات": "TALKS", "مباحثات": "TALKS", "مشاورات": "TALKS",
	"جلسة": "MEETING", "حدث": "", "فعالية": "", "زيارة": "VISIT",
	// accusative forms with tanween alef ("عقد اجتماعاً"، "تستضيف مؤتمراً")
	"اجتماعا": "MEETING", "مؤتمرا": "CONFERENCE",
}

// meetingPlurals are plural meeting nouns ("لقاءات ثنائية" on the
// sidelines); they never define one meeting by themselves.
var meetingPlurals = []string{"قمم", "اجتماعات", "لقاءات", "مؤتمرات", "جلسات"}

// talkVerbs are verbs whose subject and "مع/ب" objects take part in a
// meeting (يبحث مع، التقى ب، اجتمع مع، استقبل).
var talkVerbs = verbs(
	[]string{"بحث", "ناقش", "التقى", "التقت", "التقوا", "اجتمع", "اجتمعت", "اجتمعوا", "استقبل", "استقبلت", "أجرى", "أجرت", "تباحث"},
	[]string{"يبحث", "تبحث", "يناقش", "تناقش", "يلتقي", "تلتقي", "يلتقون", "يجتمع", "تجتمع", "يجتمعون", "يستقبل", "تستقبل", "يجري", "تجري", "يتباحث"},
)

// holdVerbs are verbs that hold (convene) a meeting: عقد، انعقد، يعقد.
var holdVerbs = verbs(
	[]string{"عقد", "عقدت", "انعقد", "انعقدت", "انطلق", "انطلقت", "جرى", "جرت"},
	[]string{"يعقد", "تعقد", "ينعقد", "تنعقد", "ينطلق", "تنطلق", "يجري", "تجري", "عقد"},
)

// participationVerbs are verbs and nouns of taking part in a meeting.
var participationVerbs = verbs(
	[]string{"شارك", "شاركت", "شاركوا", "حضر", "حضرت", "حضروا"},
	[]string{"يشارك", "تشارك", "يشاركون", "يحضر", "تحضر", "يحضرون", "مشاركة", "حضور"},
)

// speakVerbs are verbs of speaking at a meeting (سيتحدث في الاجتماع،
// يلقي كلمة، يلخص النتائج).
var speakVerbs = verbs(
	[]string{"تحدث", "تحدثت", "ألقى", "ألقت", "خاطب", "خاطبت", "لخص"},
	// not "تلقي" (she delivers): folded, it is "تلقى" (he received), as in "تلقى اتصالاً"
	[]string{"يتحدث", "تتحدث", "يلقي", "يخاطب", "تخاطب", "يلخص", "تلخص"},
)

// absenceWords mark absence without a negation (يغيب عن، غياب).
var absenceWords = verbs(
	[]string{"غاب", "غابت", "تغيب", "تغيبت", "اعتذر", "اعتذرت", "قاطع", "قاطعت"},
	[]string{"يغيب", "تغيب", "يتغيب", "غياب", "يعتذر", "تعتذر", "يقاطع", "تقاطع"},
)

// absenceUnderNegation are words that mean absence after a negation: "لن
// يكون هناك ممثل ل..."، "لن تتمكن من المشاركة"، "لم يحضر".
var absenceUnderNegation = set("ممثل", "تمثيل", "يتمكن", "تتمكن", "تمكن", "تمكنت", "يستطيع", "تستطيع")

// negations are the negation particles.
var negations = set("لن", "لم", "لا", "ليس", "ليست", "عدم", "دون")

// reportWords introduce a reporter (who says, not who acts): أكد، أشار،
// بحسب، وفقا ل.
var reportWords = set("قال", "يقول", "قالت", "أكد", "يؤكد", "أكدت", "تؤكد", "أشار", "يشير", "أشارت",
	"أعلن", "يعلن", "أعلنت", "صرح", "يصرح", "صرحت", "أوضح", "يوضح", "أوضحت", "نوه", "ينوه", "نوهت", "ذكر",
	"يذكر", "ذكرت", "أفاد", "أفادت", "أضاف", "أضافت", "حسب", "بحسب", "وفق", "وفقا", "نقلا", "لفت", "كشف", "كشفت")

// expectedMarkers make a statement EXPECTED ("من المتوقع", "كما هو متوقع").
var expectedMarkers = set("متوقع", "المتوقع", "يتوقع", "توقع", "ويتوقع", "مرتقب", "المرتقب", "يرتقب", "يترقب")

// plannedMarkers make a statement PLANNED ("من المقرر", "من المزمع").
var plannedMarkers = set("المقرر", "مقرر", "المزمع", "مزمع", "يعتزم", "تعتزم", "ينوي", "تنوي", "المنتظر")

// futureAux are auxiliaries of the future (سيتم اتخاذ، سوف).
var futureAux = set("سوف", "سيتم", "ستتم", "سيكون", "ستكون", "سيجري", "ستجري", "لن")

// pastAux are auxiliaries of the past (تم عقد، قد، كان).
var pastAux = set("تم", "قد", "كان", "كانت", "جرى", "جرت", "لم")

// hostVerbs: a state or city hosting a meeting.
var hostVerbs = verbs(
	[]string{"استضاف", "استضافت", "احتضن", "احتضنت"},
	[]string{"يستضيف", "تستضيف", "يحتضن", "تحتضن", "استضافة", "احتضان"},
)

// chairVerbs: a state chairing an organisation (تترأس كازاخستان الرابطة).
var chairVerbs = verbs(
	[]string{"ترأس", "ترأست", "تولى", "تولت"},
	[]string{"يترأس", "تترأس", "يتولى", "تتولى"},
)

// chairNouns: the chairmanship of an organisation (رئاسة).
var chairNouns = set("رئاسة")

// transferNouns: a chairmanship passing to another state (انتقال رئاسة X إلى Y).
var transferNouns = set("انتقال", "نقل", "تسليم", "تسلم", "تنتقل", "ينتقل", "انتقلت", "انتقل")

// coChairWords: "رئيسين مشاركين" and its forms.
var coChairWords = set("مشاركين", "مشارك", "مشاركا", "مشاركة", "مشاركان")

// nextWords: "القمة المقبلة".
var nextWords = set("المقبلة", "المقبل", "القادمة", "القادم", "التالية", "التالي")

// firstTimeWords: "للمرة الأولى", "لأول مرة".
var firstTimeWords = set("الأولى", "أول")

// leaderPlurals: plural designations of leaders (قادة أذربيجان وأرمينيا ...).
var leaderPlurals = map[string]string{
	"قادة": "HEAD_OF_STATE", "زعماء": "HEAD_OF_STATE", "رؤساء": "HEAD_OF_STATE",
	"وزراء": "MINISTER", "ممثلو": "REPRESENTATIVE", "ممثلي": "REPRESENTATIVE",
}

// headsOfStateCouncil: "مجلس رؤساء دول X" names X's heads-of-state council.
var councilWord, headsWord, statesWords, governmentsWords = fold1("مجلس"), fold1("رؤساء"), set("دول", "الدول"), set("حكومات", "الحكومات")

// auspicesWords introduce the organisation an initiative belongs to
// ("التابعة لرابطة"، "تحت رعاية"، "في إطار").
var auspicesWords = set("التابعة", "تابعة", "التابع", "تابع", "رعاية", "برعاية", "مظلة")

// sidelinesWords: "على هامش".
var sidelinesWords = set("هامش")

// initiativeWords refer back to an initiative ("هذه المبادرة").
var initiativeWords = set("مبادرة", "المبادرة", "الفكرة", "الاقتراح", "المقترح")

// proposalWords: a person or state proposing an initiative.
var proposalVerbs = verbs(
	[]string{"اقترح", "اقترحت", "طرح", "طرحت"},
	[]string{"يقترح", "تقترح", "اقتراح", "ملكية"},
)

// initiatorWords: "بمبادرة من X" (founding of an organisation, launch of a format).
var initiatorWord = fold1("مبادرة")

// foundingWords mark the founding of an organisation or forum.
var foundingWords = set("تشكيله", "تأسيسه", "إنشاؤه", "إنشائه", "تأسيسها", "إنشاؤها", "تشكيلها", "أسس",
	"أسست", "تأسس", "تأسست", "أنشئ", "أنشئت", "منتدى", "المنتدى", "منظمة", "المنظمة")

// formatWords mark a meeting format ("صيغة الحوار"، "بصيغة").
var formatWords = set("صيغة", "شكل", "آلية", "إطار")

// diplomaticWords: "العلاقات الدبلوماسية".
var relationsWord, diplomaticWord = fold1("علاقات"), fold1("دبلوماسية")

// anniversaryWords: "الذكرى الثلاثين لتأسيس".
var anniversaryWords = set("ذكرى", "الذكرى")

// ordinals maps ordinal numbers of anniversaries to their value.
var ordinals = map[string]int{
	"العاشرة": 10, "الخامسة عشرة": 15, "العشرين": 20, "العشرون": 20, "الخامسة والعشرين": 25,
	"الثلاثين": 30, "الثلاثون": 30, "الأربعين": 40, "الأربعون": 40, "الخمسين": 50, "الخمسون": 50,
	"الستين": 60, "الستون": 60, "السبعين": 70, "السبعون": 70, "الثمانين": 80, "الثمانون": 80,
	"التسعين": 90, "التسعون": 90, "المئوية": 100, "الخامسة": 5, "الأولى": 1, "الثانية": 2,
}

// orgAnaphors refer back to the organisation in focus ("هذه المنظمة"،
// "للرابطة").
var orgAnaphors = set("المنظمة", "الرابطة", "المنتدى", "التكتل", "المجموعة", "الاتحاد", "المنظمه", "الحلف", "الجامعة")

// meetingAdjectiveKinds refine a meeting kind.
var meetingAdjectiveKinds = map[string]string{
	"وزاري": "MINISTERIAL", "وزارية": "MINISTERIAL", "ثنائي": "BILATERAL", "ثنائية": "BILATERAL",
	"غير": "INFORMAL", "افتراضي": "VIRTUAL", "افتراضية": "VIRTUAL", "طارئة": "EXTRAORDINARY", "طارئ": "EXTRAORDINARY",
}

// bilateralWords: "ثنائية".
var bilateralWords = set("ثنائية", "ثنائي", "الثنائية", "الثنائي", "ثنائيا")

// clauseBreakers split a sentence into segments that rules keep apart:
// relations of one segment are not read across another.
var clauseBreakers = set("كما", "إذ", "حيث", "بينما", "فيما", "بيد", "لكن", "غير أن")

// actionTriggers map the words of an agenda item to the CONSIDERS action.
var actionTriggers = map[string]string{
	"إنشاء": "ESTABLISH", "تأسيس": "ESTABLISH", "تشكيل": "ESTABLISH", "بدء": "ESTABLISH", "إطلاق": "ESTABLISH",
	"إحداث": "ESTABLISH", "استحداث": "ESTABLISH",
	"الموافقة": "APPROVE", "موافقة": "APPROVE", "يوافق": "APPROVE", "وافق": "APPROVE", "يوافقون": "APPROVE",
	"المصادقة": "APPROVE", "يصادق": "APPROVE", "صادق": "APPROVE", "إقرار": "APPROVE", "يقر": "APPROVE", "أقر": "APPROVE",
	"توقيع": "SIGN", "يوقع": "SIGN", "توقع": "SIGN", "وقع": "SIGN", "وقعت": "SIGN", "يوقعون": "SIGN",
	"قرار": "DECIDE", "اتخاذ": "DECIDE", "تقرر": "DECIDE", "قرر": "DECIDE",
	"اعتماد": "ADOPT", "يعتمد": "ADOPT", "اعتمد": "ADOPT", "تبني": "ADOPT", "يتبنى": "ADOPT", "تبنى": "ADOPT",
	"تحديد": "DESIGNATE", "تسمية": "DESIGNATE", "اختيار": "DESIGNATE",
}

// The action of "توقع" (to sign / she signs) clashes with "توقع"
// (expectation); expectedMarkers are checked first.

// terms is the small bilingual term lexicon of the genre, used to build
// English titles and slugs of initiatives from their Arabic arguments.
var terms = map[string]string{
	"حقوق الإنسان":             "human rights",
	"مكافحة الإرهاب":           "counter-terrorism",
	"الإرهاب":                  "terrorism",
	"التطرف":                   "extremism",
	"مكافحة التطرف":            "counter-extremism",
	"مكافحة الفساد":            "anti-corruption",
	"الفساد":                   "corruption",
	"الهيئات الانتخابية":       "electoral bodies",
	"الانتخابات":               "elections",
	"الأمن":                    "security",
	"الأمن الغذائي":            "food security",
	"الأمن المعلوماتي":         "information security",
	"أمن المعلومات":            "information security",
	"الأمن الإقليمي":           "regional security",
	"التجارة":                  "trade",
	"التجارة الحرة":            "free trade",
	"الاستثمار":                "investment",
	"الاستثمارات":              "investment",
	"الطاقة":                   "energy",
	"الثقافة":                  "culture",
	"التعليم":                  "education",
	"الصحة":                    "health",
	"الهجرة":                   "migration",
	"الشباب":                   "youth",
	"الرياضة":                  "sport",
	"السياحة":                  "tourism",
	"النقل":                    "transport",
	"الجمارك":                  "customs",
	"تغير المناخ":              "climate change",
	"المخدرات":                 "drugs",
	"مكافحة المخدرات":          "counter-narcotics",
	"مكافحة الاتجار بالبشر":    "anti-human-trafficking",
	"الاتجار بالبشر":           "human trafficking",
	"الاتجار بالمخدرات":        "drug trafficking",
	"الجريمة المنظمة":          "organised crime",
	"التعاون الاقتصادي":        "economic cooperation",
	"التكامل الاقتصادي":        "economic integration",
	"التعاون العسكري":          "military cooperation",
	"التعاون التقني العسكري":   "military-technical cooperation",
	"الدفاع":                   "defence",
	"الطاقة النووية":           "nuclear energy",
	"الاستخدام السلمي للفضاء":  "peaceful use of outer space",
	"الفضاء":                   "space",
	"الزراعة":                  "agriculture",
	"الأمن السيبراني":          "cybersecurity",
	"غسل الأموال":              "money laundering",
	"مكافحة غسل الأموال":       "anti-money-laundering",
	"حماية البيئة":             "environmental protection",
	"البيئة":                   "environment",
	"العلوم":                   "science",
	"الابتكار":                 "innovation",
	"التحول الرقمي":            "digital transformation",
	"الاقتصاد الرقمي":          "digital economy",
	"الإعلام":                  "media",
	"الحدود":                   "borders",
	"حماية الحدود":             "border protection",
	"التسوية":                  "settlement",
	"حفظ السلام":               "peacekeeping",
	"الهيئات الانتخابية للدول": "electoral bodies",
}

// languages maps language adjectives (after اللغة) to English names.
var languages = map[string]string{
	"الروسية": "Russian", "العربية": "Arabic", "الإنجليزية": "English", "الإنكليزية": "English",
	"الصينية": "Chinese", "الفرنسية": "French", "الإسبانية": "Spanish", "التركية": "Turkish",
	"الفارسية": "Persian", "الكازاخية": "Kazakh", "الأوزبكية": "Uzbek",
}

// capitalAdjectives qualify "العاصمة X" in designations ("العاصمة
// الثقافية") and, after "عاصمة STATE", mark a city that is not the capital
// ("عاصمة روسيا الشمالية").
var capitalAdjectives = map[string]string{
	"الثقافية": "cultural", "الشبابية": "youth", "الرياضية": "sports", "السياحية": "tourism",
	"الاقتصادية": "economic", "الإسلامية": "islamic", "العربية": "arab",
	"الشمالية": "", "الجنوبية": "", "الشرقية": "", "الغربية": "", "التاريخية": "", "المالية": "",
	"الإدارية": "", "الثانية": "",
}

// regions names regions written in format names ("روسيا - آسيا الوسطى")
// when the knowledge base has no entry for them.
var regions = map[string]string{
	"آسيا الوسطى": "Central Asia", "شرق آسيا": "East Asia", "جنوب شرق آسيا": "Southeast Asia", "العالم الإسلامي": "Islamic World", "أفريقيا": "Africa",
	"إفريقيا": "Africa", "العالم العربي": "Arab World", "الخليج": "Gulf", "آسيان": "ASEAN",
	"أمريكا اللاتينية": "Latin America", "الاتحاد الأوروبي": "European Union", "آسيا": "Asia",
	"الصين": "China", "القوقاز": "Caucasus", "جنوب القوقاز": "South Caucasus",
}

// yearWords: "هذا العام"، "العام الحالي"، "العام المقبل".
var thisYearWords, nextYearWords = set("الحالي", "الجاري", "هذا"), set("المقبل", "القادم")
var yearNouns = set("العام", "عام", "السنة", "سنة")

// -- helpers ---------------------------------------------------------------

// fold1 folds one lexicon word.
func fold1(s string) string { return text.Fold(s) }

// set folds words into a set.
func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[fold1(w)] = true
	}
	return m
}

// verbs folds past and present forms into one map word → tense.
func verbs(past, present []string) map[string]tense {
	m := map[string]tense{}
	for _, w := range present {
		m[fold1(w)] = tensePresent
	}
	for _, w := range past {
		m[fold1(w)] = tensePast
	}
	return m
}

// foldedMap folds the keys of a map.
func foldedMap[V any](in map[string]V) map[string]V {
	out := make(map[string]V, len(in))
	for k, v := range in {
		out[fold1(k)] = v
	}
	return out
}

var (
	meetingNounsF  = foldedMap(meetingNouns)
	meetingPluralF = set(meetingPlurals...)
	leaderPluralsF = foldedMap(leaderPlurals)
	actionsF       = foldedMap(actionTriggers)
	termsF         = foldedTerms(terms)
	languagesF     = foldedMap(languages)
	capitalAdjF    = foldedMap(capitalAdjectives)
	ordinalsF      = foldedTerms(ordinals)
	regionsF       = foldedTerms(regions)
	meetingAdjF    = foldedMap(meetingAdjectiveKinds)
)

// phrase is a multi-word lexicon entry split into folded words.
type phrase[V any] struct {
	words []string
	val   V
}

// foldedTerms folds multi-word keys into word lists, longest first.
func foldedTerms[V any](in map[string]V) []phrase[V] {
	out := make([]phrase[V], 0, len(in))
	for k, v := range in {
		out = append(out, phrase[V]{strings.Fields(fold1(k)), v})
	}
	// longest first, then lexical, for determinism
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && less(out[j], out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func less[V any](a, b phrase[V]) bool {
	if len(a.words) != len(b.words) {
		return len(a.words) > len(b.words)
	}
	return strings.Join(a.words, " ") < strings.Join(b.words, " ")
}
