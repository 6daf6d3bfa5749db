// Package testgraph builds a small, hand-made diplograph graph that mirrors
// a few golden facts of the seed article
// (examples/articles/2022-10-14_cis-summit-astana_ar.txt, golden facts in
// loader/testdata/golden/2022-10-14_cis-summit-astana.facts): the CIS summit
// in Astana on 14 October 2022 with its participants, absentees, speaker,
// agenda, chairmanships and next summit; the Russia – Central Asia meeting
// the same day; the CICA summit the day before with two sideline meetings.
//
// Node ids are the golden ids; evidence points at Sentence nodes carrying
// the article's own sentences. Every entity carries "searchKeys" folded with
// loader/text.Fold, as the loader writes them. Tests of any layer (stores,
// resolvers, HTTP) can write CISAstana() into a store and query it.
package testgraph

import (
	"strconv"
	"time"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/loader/text"
)

// Ids of the graph (MODEL.md identity scheme, as in the golden facts).
const (
	ArticleID = "article:5e1f0c2d9a7b4c3e"

	KAZ = "state:KAZ"
	RUS = "state:RUS"
	KGZ = "state:KGZ"
	UZB = "state:UZB"
	UKR = "state:UKR"
	MDA = "state:MDA"
	TUR = "state:TUR"
	QAT = "state:QAT"

	Putin   = "person:vladimir-putin"
	Tokayev = "person:kassym-jomart-tokayev"
	Sandu   = "person:maia-sandu"
	Lebedev = "person:sergei-lebedev"

	CIS       = "org:cis"
	CISExec   = "org:cis-executive-committee"
	CICA      = "org:cica"
	TASS      = "org:tass"
	Astana    = "place:astana"
	Bishkek   = "place:bishkek"
	CISSummit = "meeting:2022-10-14:cis-heads-of-state:astana"
	NextCIS   = "meeting:2023:cis-heads-of-state:bishkek"
	RCA       = "meeting:2022-10-14:russia-central-asia:astana"
	CICASumm  = "meeting:2022-10-13:cica-summit:astana"
	RusTur    = "meeting:2022-10-13:bilateral-rus-tur:astana"
	QatRus    = "meeting:2022-10-13:bilateral-qat-rus:astana"

	HumanRights     = "initiative:cis:human-rights-commission"
	RussianLanguage = "initiative:cis:russian-language-organization"
	CounterTerror   = "initiative:cis:counter-terrorism-programme-2023-2025"
	AntiCorruption  = "initiative:cis:anti-corruption-agreement"
	JointStatement  = "initiative:russia-central-asia:joint-statement"

	Chair2022 = "chairmanship:cis:2022"
	Chair2023 = "chairmanship:cis:2023"
)

// Sentence indexes of the evidence sentences (their ids are
// SentenceID(index)).
const (
	SHeadline     = 0
	SPutinAstana  = 1
	SChairKAZ     = 5
	SParticipants = 7
	SSpeaker      = 8
	SAbsences     = 9
	SHumanRights  = 11
	SRussianLang  = 13
	SProposal     = 14
	SCounterTerr  = 15
	SAntiCorrupt  = 17
	STransfer     = 20
	SRCA          = 22
	SRCAInit      = 23
	SRCAStatement = 26
	SCICA         = 28
	SSidelines    = 29
)

// Sentences are the article sentences the graph cites, by index, as written.
var Sentences = map[int]string{
	SHeadline:     "بوتين يبحث مع قادة رابطة الدول المستقلة القضايا الأمنية والتعاون الاقتصادي",
	SPutinAstana:  "سيواصل الرئيس الروسي فلاديمير بوتين برنامج عمله في عاصمة جمهورية كازاخستان، وسيجتمع مجلس رؤساء دول رابطة الدول المستقلة اجتماع روسيا - آسيا الوسطى، وذلك اليوم الجمعة 14 أكتوبر/تشرين الأول 2022، وذلك في مدينة أستانا التي تستضيف لليوم الثاني على التوالي قمم متعددة الأطراف.",
	SChairKAZ:     "تترأس كازاخستان هذا العام رابطة الدول المستقلة.",
	SParticipants: "وبحسب معلومات وزارة الخارجية، سيشارك في الحدث، إلى جانب روسيا وكازاخستان، قادة أذربيجان وأرمينيا وبيلاروسيا وقرغيزستان وتركمانستان وطاجيكستان وأوزبكستان.",
	SSpeaker:      "كما سيتحدث في الاجتماع رئيس اللجنة التنفيذية، السكرتير التنفيذي لرابطة الدول المستقلة، سيرغي ليبيديف.",
	SAbsences:     "في الوقت نفسه، أكد صمادياروف أنه لن يكون هناك ممثل لأوكرانيا في القمة، التي علقت في السنوات الأخيرة المشاركة عملها، كما لن تتمكن رئيس مولدوفا، مايا ساندو، من المشاركة بسبب جدول العمل المزدحم.",
	SHumanRights:  "كما هو متوقع، سيتم اتخاذ قرار في القمة لبدء عمل لجنة حقوق الإنسان التابعة لرابطة الدول المستقلة.",
	SRussianLang:  "كما سيتم إنشاء منظمة دولية لدعم وتعزيز اللغة الروسية تحت رعاية رابطة الدول المستقلة.",
	SProposal:     "وتعود ملكية هذه المبادرة إلى رئيس كازاخستان، قاسم جومارت توكاييف، وترمي إلى تعميم اللغة الروسية كوسيلة للاتصال الدولي.",
	SCounterTerr:  "تم إعداد مجموعة قوية من الوثائق المشتركة للموافقة عليها في القمة المنعقدة، وعلى وجه الخصوص، سيوافق قادة رابطة الدول المستقلة على برنامج محدث لمكافحة الإرهاب والتطرف للفترة 2023- 2025.",
	SAntiCorrupt:  "بالإضافة إلى ذلك، من المقرر توقيع اتفاقيات حول التعاون في مكافحة الفساد وبشأن تشكيل مجلس استشاري لرؤساء الهيئات الانتخابية للدول الأعضاء في رابطة الدول المستقلة، كما وقد تم تقديم عدد من الوثائق الأخرى لهذه القمة.",
	STransfer:     "كما سينظر القادة في انتقال رئاسة رابطة الدول المستقلة إلى قرغيزستان (ستصبح كازاخستان وروسيا رئيسين مشاركين) وعقد القمة المقبلة في عاصمة جمهورية قرغيزستان - مدينة بيشكيك.",
	SRCA:          "وفي نفس اليوم، سيُعقد اجتماع  آخر بصيغة \"روسيا - آسيا الوسطى\" في عاصمة كازاخستان، علماً أن هذا الاجتماع سيُغقد للمرة الأولى، ويتزامن مع الذكرى الثلاثين لتأسيس العلاقات الدبلوماسية بين روسيا وجميع دول آسيا الوسطى الخمس (كازاخستان وقرغيزستان وطاجيكستان وتركمانستان وأوزبكستان).",
	SRCAInit:      "وانطلقت صيغة الحوار بمبادرة من موسكو عام 2019 على مستوى وزراء الخارجية لتبادل وجهات النظر حول الأجندة الإقليمية والدولية.",
	SRCAStatement: "وسيتم في ختام القمة اعتماد بيان مشترك من المقرر أن يعكس قضايا الساعة للتعاون الإقليمي في الفضاء الأوراسي.",
	SCICA:         "بدأ البرنامج الدولي في أستانا في اليوم السابق، إذ استضافت عاصمة كازاخستان يوم الخميس، قمة مؤتمر التفاعل وإجراءات بناء الثقة في آسيا، وهو  منتدى مشترك بين الدول تم تشكيله بمبادرة من كازاخستان في عام 1992، إذ يوحد هذا المنتدى27 دولة تشغل حوالي 90 بالمائة من أراضي آسيا، ويعيش فيها ما يقرب من نصف سكان العالم.",
	SSidelines:    "كما تم عقد عدد من اللقاءات الثنائية على هامش هذا الحدث، وعلى وجه الخصوص التقى الرئيس الروسي بزملائه من تركيا وقطر وفلسطين ودول أخرى.",
}

// paragraphs maps sentence indexes to paragraph indexes.
var paragraphs = map[int]int{
	SHeadline: 0, SPutinAstana: 2, SChairKAZ: 6, SParticipants: 6, SSpeaker: 6, SAbsences: 7,
	SHumanRights: 10, SRussianLang: 11, SProposal: 11, SCounterTerr: 12, SAntiCorrupt: 13,
	STransfer: 14, SRCA: 16, SRCAInit: 17, SRCAStatement: 19, SCICA: 21, SSidelines: 22,
}

// SentenceID returns the id of the sentence with index i.
func SentenceID(i int) string { return graph.SentenceID(ArticleID, i) }

// LoadedAt is the loadedAt of the article.
var LoadedAt = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

// SearchKeys folds every name with loader/text.Fold, without duplicates, as
// the loader fills the "searchKeys" property.
func SearchKeys(names ...string) []string {
	var keys []string
	for _, n := range names {
		if n != "" {
			keys = append(keys, text.Fold(n))
		}
	}
	return graph.UnionStrings(nil, keys)
}

// entity returns an entity node with its names and search keys.
func entity(label, id, name, nameAr string, aliases []string, extra graph.Props) graph.Node {
	p := graph.Props{"name": name}
	if nameAr != "" {
		p["nameAr"] = nameAr
	}
	if len(aliases) > 0 {
		p["aliases"] = aliases
	}
	p["searchKeys"] = SearchKeys(append([]string{name, nameAr}, aliases...)...)
	for k, v := range extra {
		p[k] = v
	}
	return graph.Node{ID: id, Labels: []string{label}, Props: p}
}

// fact returns a relationship with MODEL.md provenance: status (omitted
// when ""), evidence sentences, the article and a confidence.
func fact(typ, start, end, status string, sentences []int, extra graph.Props) graph.Relationship {
	p := graph.Props{
		graph.PropArticleIDs: []string{ArticleID},
		graph.PropConfidence: 0.9,
	}
	if status != "" {
		p[graph.PropStatus] = status
	}
	ev := make([]string, len(sentences))
	for i, s := range sentences {
		ev[i] = SentenceID(s)
	}
	p[graph.PropEvidence] = ev
	for k, v := range extra {
		p[k] = v
	}
	return graph.Relationship{Type: typ, Start: start, End: end, Props: p}
}

func ss(i ...int) []int { return i }

// CISAstana returns the test graph (a fresh value on each call).
func CISAstana() graph.Graph {
	var g graph.Graph
	add := func(n ...graph.Node) { g.Nodes = append(g.Nodes, n...) }
	rel := func(r ...graph.Relationship) { g.Relationships = append(g.Relationships, r...) }
	state := func(iso3, iso2, name, nameAr string, aliases ...string) graph.Node {
		return entity(graph.LabelState, graph.StateID(iso3), name, nameAr, aliases, graph.Props{"iso3": iso3, "iso2": iso2})
	}

	// Source.
	add(graph.Node{ID: ArticleID, Labels: []string{graph.LabelArticle}, Props: graph.Props{
		"title":     Sentences[SHeadline],
		"date":      graph.NewDate(2022, time.October, 14),
		"language":  "ar",
		"source":    "TASS",
		"publisher": "TASS",
		"sha256":    "5e1f0c2d9a7b4c3e" + "00000000000000000000000000000000000000000000000000",
		"loadedAt":  LoadedAt,
	}})
	for i, t := range Sentences {
		add(graph.Node{ID: SentenceID(i), Labels: []string{graph.LabelSentence}, Props: graph.Props{
			"index": int64(i), "paragraph": int64(paragraphs[i]), "text": t,
			"start": int64(i * 100), "end": int64(i*100 + len([]rune(t))),
		}})
		rel(graph.Relationship{Type: graph.RelHasSentence, Start: ArticleID, End: SentenceID(i), Props: graph.Props{}})
	}

	// Entities.
	add(
		state("KAZ", "KZ", "Kazakhstan", "كازاخستان"),
		state("RUS", "RU", "Russia", "روسيا", "Russian Federation"),
		state("KGZ", "KG", "Kyrgyzstan", "قرغيزستان"),
		state("UZB", "UZ", "Uzbekistan", "أوزبكستان"),
		state("UKR", "UA", "Ukraine", "أوكرانيا"),
		state("MDA", "MD", "Moldova", "مولدوفا"),
		state("TUR", "TR", "Turkey", "تركيا", "Türkiye"),
		state("QAT", "QA", "Qatar", "قطر"),
		entity(graph.LabelPerson, Putin, "Vladimir Putin", "فلاديمير بوتين", []string{"بوتين"}, graph.Props{"title": "President", "nameRu": "Владимир Путин", "wikidataId": "Q7747"}),
		entity(graph.LabelPerson, Tokayev, "Kassym-Jomart Tokayev", "قاسم جومارت توكاييف", nil, graph.Props{"title": "President"}),
		entity(graph.LabelPerson, Sandu, "Maia Sandu", "مايا ساندو", nil, graph.Props{"title": "President"}),
		entity(graph.LabelPerson, Lebedev, "Sergei Lebedev", "سيرغي ليبيديف", nil, graph.Props{"title": "Executive Secretary"}),
		entity(graph.LabelOrganization, CIS, "Commonwealth of Independent States", "رابطة الدول المستقلة", []string{"CIS"},
			graph.Props{"kind": "INTERGOVERNMENTAL", "acronym": "CIS", "founded": int64(1991)}),
		entity(graph.LabelOrganization, CISExec, "CIS Executive Committee", "اللجنة التنفيذية لرابطة الدول المستقلة", nil, graph.Props{"kind": "BODY"}),
		entity(graph.LabelOrganization, CICA, "Conference on Interaction and Confidence-Building Measures in Asia", "مؤتمر التفاعل وإجراءات بناء الثقة في آسيا", []string{"CICA"},
			graph.Props{"kind": "INTERGOVERNMENTAL", "acronym": "CICA", "memberCount": int64(27)}),
		entity(graph.LabelOrganization, TASS, "TASS", "تاس", nil, graph.Props{"kind": "MEDIA"}),
		entity(graph.LabelPlace, Astana, "Astana", "أستانا", []string{"Nur-Sultan"}, graph.Props{"kind": "CITY"}),
		entity(graph.LabelPlace, Bishkek, "Bishkek", "بيشكيك", nil, graph.Props{"kind": "CITY"}),
		entity(graph.LabelMeeting, CISSummit, "CIS Council of Heads of State, Astana 2022", "مجلس رؤساء دول رابطة الدول المستقلة", nil, graph.Props{
			"title": "CIS Council of Heads of State", "kind": "SUMMIT", "date": graph.NewDate(2022, time.October, 14), "status": graph.StatusPlanned}),
		entity(graph.LabelMeeting, NextCIS, "CIS Council of Heads of State, Bishkek 2023", "", nil, graph.Props{
			"title": "CIS Council of Heads of State", "kind": "SUMMIT", "status": graph.StatusPlanned}),
		entity(graph.LabelMeeting, RCA, "Russia – Central Asia summit, Astana 2022", "روسيا - آسيا الوسطى", nil, graph.Props{
			"title": "Russia – Central Asia", "kind": "SUMMIT", "date": graph.NewDate(2022, time.October, 14), "status": graph.StatusPlanned, "first": true}),
		entity(graph.LabelMeeting, CICASumm, "CICA summit, Astana 2022", "قمة مؤتمر التفاعل وإجراءات بناء الثقة في آسيا", nil, graph.Props{
			"title": "CICA summit", "kind": "SUMMIT", "date": graph.NewDate(2022, time.October, 13), "status": graph.StatusHeld}),
		entity(graph.LabelMeeting, RusTur, "Russia – Turkey talks, Astana 2022", "", nil, graph.Props{
			"kind": "BILATERAL", "date": graph.NewDate(2022, time.October, 13), "status": graph.StatusHeld}),
		entity(graph.LabelMeeting, QatRus, "Qatar – Russia talks, Astana 2022", "", nil, graph.Props{
			"kind": "BILATERAL", "date": graph.NewDate(2022, time.October, 13), "status": graph.StatusHeld}),
		entity(graph.LabelInitiative, HumanRights, "CIS Human Rights Commission", "لجنة حقوق الإنسان التابعة لرابطة الدول المستقلة", nil, graph.Props{
			"title": "CIS Human Rights Commission", "kind": "BODY", "status": graph.StatusExpected}),
		entity(graph.LabelInitiative, RussianLanguage, "International Organization for the Russian Language", "منظمة دولية لدعم وتعزيز اللغة الروسية", nil, graph.Props{
			"title": "International Organization for the Russian Language", "kind": "BODY", "status": graph.StatusPlanned}),
		entity(graph.LabelInitiative, CounterTerror, "CIS counter-terrorism programme 2023-2025", "برنامج محدث لمكافحة الإرهاب والتطرف", nil, graph.Props{
			"kind": "PROGRAMME", "startYear": int64(2023), "endYear": int64(2025), "status": graph.StatusPlanned}),
		entity(graph.LabelInitiative, AntiCorruption, "CIS anti-corruption agreement", "اتفاقيات حول التعاون في مكافحة الفساد", nil, graph.Props{
			"kind": "AGREEMENT", "status": graph.StatusPlanned}),
		entity(graph.LabelInitiative, JointStatement, "Russia – Central Asia joint statement", "بيان مشترك", nil, graph.Props{
			"kind": "STATEMENT", "status": graph.StatusPlanned}),
		entity(graph.LabelChairmanship, Chair2022, "CIS chairmanship 2022", "", nil, graph.Props{"startYear": int64(2022), "endYear": int64(2022)}),
		entity(graph.LabelChairmanship, Chair2023, "CIS chairmanship 2023", "", nil, graph.Props{"startYear": int64(2023), "endYear": int64(2023)}),
	)

	held, planned, expected := graph.StatusHeld, graph.StatusPlanned, graph.StatusExpected
	rel(
		graph.Relationship{Type: graph.RelAttributedTo, Start: ArticleID, End: TASS, Props: graph.Props{}},
		// Leaders and offices.
		fact(graph.RelLeaderOf, Putin, RUS, "", ss(SPutinAstana), graph.Props{"title": "President"}),
		fact(graph.RelLeaderOf, Tokayev, KAZ, "", ss(SProposal), graph.Props{"title": "President"}),
		fact(graph.RelLeaderOf, Sandu, MDA, "", ss(SAbsences), graph.Props{"title": "President"}),
		fact(graph.RelHoldsOffice, Lebedev, CISExec, "", ss(SSpeaker), graph.Props{"title": "Chairman of the Executive Committee"}),
		fact(graph.RelPartOf, CISExec, CIS, "", ss(SSpeaker), nil),
		// The CIS summit.
		fact(graph.RelHeldIn, CISSummit, Astana, planned, ss(SPutinAstana), nil),
		fact(graph.RelConvenedUnder, CISSummit, CIS, planned, ss(SPutinAstana), nil),
		fact(graph.RelHosts, KAZ, CISSummit, planned, ss(SPutinAstana), nil),
		fact(graph.RelLocatedIn, Astana, KAZ, "", ss(SPutinAstana), graph.Props{"capital": true}),
		fact(graph.RelParticipatesIn, RUS, CISSummit, planned, ss(SParticipants), nil),
		fact(graph.RelParticipatesIn, KAZ, CISSummit, planned, ss(SParticipants), graph.Props{"role": "HOST"}),
		fact(graph.RelParticipatesIn, KGZ, CISSummit, planned, ss(SParticipants), nil),
		fact(graph.RelParticipatesIn, UZB, CISSummit, planned, ss(SParticipants), nil),
		fact(graph.RelParticipatesIn, Putin, CISSummit, planned, ss(SHeadline, SPutinAstana), graph.Props{"level": "HEAD_OF_STATE", "representing": RUS}),
		fact(graph.RelSpeaksAt, Lebedev, CISSummit, planned, ss(SSpeaker), nil),
		fact(graph.RelAbsentFrom, UKR, CISSummit, planned, ss(SAbsences), graph.Props{"reason": "لن يكون هناك ممثل لأوكرانيا"}),
		fact(graph.RelAbsentFrom, Sandu, CISSummit, planned, ss(SAbsences), graph.Props{"reason": "جدول العمل المزدحم"}),
		// Chairmanships.
		fact(graph.RelHolds, KAZ, Chair2022, held, ss(SChairKAZ), graph.Props{"role": "CHAIR"}),
		fact(graph.RelChairmanshipOf, Chair2022, CIS, "", ss(SChairKAZ), nil),
		fact(graph.RelHolds, KGZ, Chair2023, planned, ss(STransfer), graph.Props{"role": "CHAIR"}),
		fact(graph.RelHolds, KAZ, Chair2023, planned, ss(STransfer), graph.Props{"role": "CO_CHAIR"}),
		fact(graph.RelHolds, RUS, Chair2023, planned, ss(STransfer), graph.Props{"role": "CO_CHAIR"}),
		fact(graph.RelChairmanshipOf, Chair2023, CIS, "", ss(STransfer), nil),
		fact(graph.RelSucceededBy, Chair2022, Chair2023, planned, ss(STransfer), nil),
		// Agenda.
		fact(graph.RelConsiders, CISSummit, HumanRights, expected, ss(SHumanRights), graph.Props{"action": "DECIDE"}),
		fact(graph.RelUnderAuspicesOf, HumanRights, CIS, "", ss(SHumanRights), nil),
		fact(graph.RelConsiders, CISSummit, RussianLanguage, planned, ss(SRussianLang), graph.Props{"action": "ESTABLISH"}),
		fact(graph.RelProposed, Tokayev, RussianLanguage, held, ss(SProposal), nil),
		fact(graph.RelUnderAuspicesOf, RussianLanguage, CIS, "", ss(SRussianLang), nil),
		fact(graph.RelConsiders, CISSummit, CounterTerror, planned, ss(SCounterTerr), graph.Props{"action": "APPROVE"}),
		fact(graph.RelConsiders, CISSummit, AntiCorruption, planned, ss(SAntiCorrupt), graph.Props{"action": "SIGN"}),
		// Next summit.
		fact(graph.RelFollowedBy, CISSummit, NextCIS, planned, ss(STransfer), nil),
		fact(graph.RelHeldIn, NextCIS, Bishkek, planned, ss(STransfer), nil),
		fact(graph.RelLocatedIn, Bishkek, KGZ, "", ss(STransfer), graph.Props{"capital": true}),
		// Russia – Central Asia.
		fact(graph.RelHeldIn, RCA, Astana, planned, ss(SRCA), nil),
		fact(graph.RelInitiatedBy, RCA, RUS, held, ss(SRCAInit), graph.Props{"year": int64(2019)}),
		fact(graph.RelConsiders, RCA, JointStatement, planned, ss(SRCAStatement), graph.Props{"action": "ADOPT"}),
		fact(graph.RelDiplomaticRelations, RUS, KAZ, held, ss(SRCA), graph.Props{"since": int64(1992)}),
		fact(graph.RelDiplomaticRelations, RUS, KGZ, held, ss(SRCA), graph.Props{"since": int64(1992)}),
		fact(graph.RelDiplomaticRelations, RUS, UZB, held, ss(SRCA), graph.Props{"since": int64(1992)}),
		// CICA, the day before, and its sidelines.
		fact(graph.RelHeldIn, CICASumm, Astana, held, ss(SCICA), nil),
		fact(graph.RelHosts, KAZ, CICASumm, held, ss(SCICA), nil),
		fact(graph.RelConvenedUnder, CICASumm, CICA, held, ss(SCICA), nil),
		fact(graph.RelFounded, KAZ, CICA, held, ss(SCICA), graph.Props{"year": int64(1992)}),
		fact(graph.RelOnSidelinesOf, RusTur, CICASumm, held, ss(SSidelines), nil),
		fact(graph.RelOnSidelinesOf, QatRus, CICASumm, held, ss(SSidelines), nil),
		fact(graph.RelParticipatesIn, Putin, RusTur, held, ss(SSidelines), nil),
		fact(graph.RelParticipatesIn, TUR, RusTur, held, ss(SSidelines), nil),
		fact(graph.RelParticipatesIn, QAT, QatRus, held, ss(SSidelines), nil),
		// Mentions.
		fact(graph.RelMentions, SentenceID(SPutinAstana), Putin, "", nil, graph.Props{"surface": "فلاديمير بوتين"}),
		fact(graph.RelMentions, SentenceID(SPutinAstana), Astana, "", nil, graph.Props{"surface": "أستانا"}),
		fact(graph.RelMentions, SentenceID(SHeadline), Putin, "", nil, graph.Props{"surface": "بوتين"}),
		fact(graph.RelMentions, SentenceID(SChairKAZ), KAZ, "", nil, graph.Props{"surface": "كازاخستان"}),
		fact(graph.RelMentions, SentenceID(SParticipants), KAZ, "", nil, graph.Props{"surface": "كازاخستان"}),
		fact(graph.RelMentions, SentenceID(SRCA), KAZ, "", nil, graph.Props{"surface": "كازاخستان"}),
		fact(graph.RelMentions, SentenceID(SProposal), Tokayev, "", nil, graph.Props{"surface": "قاسم جومارت توكاييف"}),
	)
	return g
}

// Ids of FollowUp.
const (
	// CISDushanbe is a CIS summit of 2021 in Dushanbe (FollowUp).
	CISDushanbe = "meeting:2021-10-15:cis-heads-of-state:dushanbe"
	// PutinTokayev is a bilateral meeting of 2023 (FollowUp).
	PutinTokayev = "meeting:2023-06-01:bilateral-kaz-rus:moscow"
	// Dushanbe and Moscow are places of FollowUp.
	Dushanbe = "place:dushanbe"
	Moscow   = "place:moscow"
	// TJK is Tajikistan (FollowUp).
	TJK = "state:TJK"
	// Lavrov is a foreign minister (FollowUp).
	Lavrov = "person:sergey-lavrov"
	// MFARussia is Russia's foreign ministry, PART_OF Russia (FollowUp).
	MFARussia = "org:mfa-russia"
	// Chair2021 is the CIS chairmanship of 2021 (FollowUp).
	Chair2021 = "chairmanship:cis:2021"
)

// FollowUp returns a graph to write after CISAstana for the analyst
// questions that need history: the 2021 CIS summit in Dushanbe (Russia,
// Kazakhstan, Putin and Tajikistan take part; Tajikistan hosts and
// chairs), Tajikistan's 2021 chairmanship preceding Kazakhstan's, a 2023
// Putin–Tokayev meeting in Moscow that Putin chairs, Lavrov as foreign
// minister (HOLDS_OFFICE in a ministry PART_OF Russia) speaking there, and
// a visit of Tokayev to Moscow. Every fact cites the test article (its
// sentence 0): the content is made up for tests.
func FollowUp() graph.Graph {
	var g graph.Graph
	add := func(n ...graph.Node) { g.Nodes = append(g.Nodes, n...) }
	rel := func(r ...graph.Relationship) { g.Relationships = append(g.Relationships, r...) }
	add(
		graph.Node{ID: SentenceID(SHeadline), Labels: []string{graph.LabelSentence}, Props: graph.Props{"index": int64(SHeadline), "text": Sentences[SHeadline]}},
		graph.Node{ID: KAZ, Labels: []string{graph.LabelState}},
		graph.Node{ID: RUS, Labels: []string{graph.LabelState}},
		graph.Node{ID: Putin, Labels: []string{graph.LabelPerson}},
		graph.Node{ID: Tokayev, Labels: []string{graph.LabelPerson}},
		graph.Node{ID: CIS, Labels: []string{graph.LabelOrganization}},
		graph.Node{ID: Chair2022, Labels: []string{graph.LabelChairmanship}},
		graph.Node{ID: CISSummit, Labels: []string{graph.LabelMeeting}},
		entity(graph.LabelState, TJK, "Tajikistan", "طاجيكستان", nil, graph.Props{"iso3": "TJK", "iso2": "TJ"}),
		entity(graph.LabelPerson, Lavrov, "Sergey Lavrov", "سيرغي لافروف", nil, graph.Props{"title": "Minister of Foreign Affairs"}),
		entity(graph.LabelOrganization, MFARussia, "Ministry of Foreign Affairs of Russia", "وزارة الخارجية الروسية", nil, graph.Props{"kind": "MINISTRY"}),
		entity(graph.LabelPlace, Dushanbe, "Dushanbe", "دوشنبه", nil, graph.Props{"kind": "CITY"}),
		entity(graph.LabelPlace, Moscow, "Moscow", "موسكو", nil, graph.Props{"kind": "CITY"}),
		entity(graph.LabelMeeting, CISDushanbe, "CIS Council of Heads of State, Dushanbe 2021", "", nil, graph.Props{
			"title": "CIS Council of Heads of State", "kind": "SUMMIT", "date": graph.NewDate(2021, time.October, 15), "status": graph.StatusHeld}),
		entity(graph.LabelMeeting, PutinTokayev, "Putin – Tokayev talks, Moscow 2023", "", nil, graph.Props{
			"kind": "BILATERAL", "date": graph.NewDate(2023, time.June, 1), "status": graph.StatusPlanned}),
		entity(graph.LabelChairmanship, Chair2021, "CIS chairmanship 2021", "", nil, graph.Props{"startYear": int64(2021), "endYear": int64(2021)}),
	)
	held, planned := graph.StatusHeld, graph.StatusPlanned
	s0 := ss(SHeadline)
	rel(
		fact(graph.RelHeldIn, CISDushanbe, Dushanbe, held, s0, nil),
		fact(graph.RelConvenedUnder, CISDushanbe, CIS, held, s0, nil),
		fact(graph.RelHosts, TJK, CISDushanbe, held, s0, nil),
		fact(graph.RelChairs, TJK, CISDushanbe, held, s0, nil),
		fact(graph.RelParticipatesIn, TJK, CISDushanbe, held, s0, graph.Props{"role": "HOST"}),
		fact(graph.RelParticipatesIn, RUS, CISDushanbe, held, s0, nil),
		fact(graph.RelParticipatesIn, KAZ, CISDushanbe, held, s0, nil),
		fact(graph.RelParticipatesIn, Putin, CISDushanbe, held, s0, graph.Props{"level": "HEAD_OF_STATE"}),
		fact(graph.RelFollowedBy, CISDushanbe, CISSummit, held, s0, nil),
		fact(graph.RelHolds, TJK, Chair2021, held, s0, graph.Props{"role": "CHAIR"}),
		fact(graph.RelChairmanshipOf, Chair2021, CIS, "", s0, nil),
		fact(graph.RelSucceededBy, Chair2021, Chair2022, held, s0, nil),
		fact(graph.RelHeldIn, PutinTokayev, Moscow, planned, s0, nil),
		fact(graph.RelParticipatesIn, Putin, PutinTokayev, planned, s0, graph.Props{"role": "HOST"}),
		fact(graph.RelParticipatesIn, Tokayev, PutinTokayev, planned, s0, graph.Props{"role": "GUEST"}),
		fact(graph.RelParticipatesIn, KAZ, PutinTokayev, planned, s0, nil),
		fact(graph.RelChairs, Putin, PutinTokayev, planned, s0, nil),
		fact(graph.RelSpeaksAt, Lavrov, PutinTokayev, planned, s0, nil),
		fact(graph.RelHoldsOffice, Lavrov, MFARussia, "", s0, graph.Props{"title": "Minister of Foreign Affairs"}),
		fact(graph.RelPartOf, MFARussia, RUS, "", s0, nil),
		fact(graph.RelLocatedIn, Moscow, RUS, "", s0, graph.Props{"capital": true}),
		fact(graph.RelVisits, Tokayev, Moscow, planned, s0, graph.Props{"date": graph.NewDate(2023, time.May, 31), "kind": "OFFICIAL"}),
	)
	return g
}

// ManyMeetings returns a graph of n meetings (ids "meeting:2024-01-DD:test-N:place-K"),
// each held in one of five places and attended by four of ten states and
// one of three people, for tests that count store calls.
func ManyMeetings(n int) graph.Graph {
	var g graph.Graph
	for k := range 5 {
		id := graph.PlaceID("place " + string(rune('a'+k)))
		g.Nodes = append(g.Nodes, entity(graph.LabelPlace, id, "Place "+string(rune('A'+k)), "", nil, nil))
	}
	for k := range 10 {
		iso := "X" + string(rune('A'+k)) + "X"
		g.Nodes = append(g.Nodes, entity(graph.LabelState, graph.StateID(iso), "State "+iso, "", nil, graph.Props{"iso3": iso}))
	}
	for k := range 3 {
		g.Nodes = append(g.Nodes, entity(graph.LabelPerson, graph.PersonID("leader "+string(rune('a'+k))), "Leader "+string(rune('A'+k)), "", nil, nil))
	}
	for i := range n {
		d := graph.NewDate(2024, time.January, 1+i%28)
		place := graph.PlaceID("place " + string(rune('a'+i%5)))
		id := graph.MeetingID(d, "test "+strconv.Itoa(i), place[len("place:"):])
		g.Nodes = append(g.Nodes, entity(graph.LabelMeeting, id, "Test meeting "+strconv.Itoa(i), "", nil, graph.Props{"date": d, "kind": "SUMMIT", "status": graph.StatusHeld}))
		g.Relationships = append(g.Relationships, graph.Relationship{Type: graph.RelHeldIn, Start: id, End: place, Props: graph.Props{graph.PropStatus: graph.StatusHeld}})
		for j := range 4 {
			st := graph.StateID("X" + string(rune('A'+(i+j)%10)) + "X")
			g.Relationships = append(g.Relationships, graph.Relationship{Type: graph.RelParticipatesIn, Start: st, End: id, Props: graph.Props{graph.PropStatus: graph.StatusHeld}})
		}
		g.Relationships = append(g.Relationships, graph.Relationship{Type: graph.RelParticipatesIn, Start: graph.PersonID("leader " + string(rune('a'+i%3))), End: id, Props: graph.Props{graph.PropStatus: graph.StatusHeld}})
	}
	return g
}
