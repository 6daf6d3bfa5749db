package extract

import (
	"context"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/loader/text"
)

// fakeKB is a tiny knowledge base for the tests (not the gazetteer).
type fakeKB struct{}

var fakeEntities = map[string]Entity{
	"state:EGY":         {ID: "state:EGY", Label: graph.LabelState, Name: "Egypt"},
	"state:JOR":         {ID: "state:JOR", Label: graph.LabelState, Name: "Jordan"},
	"state:TUN":         {ID: "state:TUN", Label: graph.LabelState, Name: "Tunisia"},
	"state:MAR":         {ID: "state:MAR", Label: graph.LabelState, Name: "Morocco"},
	"place:cairo":       {ID: "place:cairo", Label: graph.LabelPlace, Name: "Cairo", Kind: "CITY", State: "state:EGY", Capital: true},
	"place:rabat":       {ID: "place:rabat", Label: graph.LabelPlace, Name: "Rabat", Kind: "CITY", State: "state:MAR", Capital: true},
	"place:alexandria":  {ID: "place:alexandria", Label: graph.LabelPlace, Name: "Alexandria", Kind: "CITY", State: "state:EGY"},
	"org:arab-league":   {ID: "org:arab-league", Label: graph.LabelOrganization, Name: "League of Arab States", Kind: "INTERGOVERNMENTAL", Acronym: "LAS"},
	"person:sisi":       {ID: "person:sisi", Label: graph.LabelPerson, Name: "Abdel Fattah el-Sisi"},
	"person:mubarak":    {ID: "person:mubarak", Label: graph.LabelPerson, Name: "Hosni Mubarak"},
	"person:mohammed-6": {ID: "person:mohammed-6", Label: graph.LabelPerson, Name: "Mohammed VI"},
}

func (fakeKB) Entity(id string) (Entity, bool) { e, ok := fakeEntities[id]; return e, ok }

func (fakeKB) Holder(office string, on graph.Date) (string, bool) {
	switch office {
	case "head-of-state:EGY":
		if on.Year >= 2014 {
			return "person:sisi", true
		}
		return "person:mubarak", true
	case "head-of-state:MAR":
		return "person:mohammed-6", true
	}
	return "", false
}

func (fakeKB) OfficesOf(id string, on graph.Date) []Office {
	switch id {
	case "person:sisi", "person:mubarak":
		return []Office{{Kind: "head-of-state", Of: "state:EGY", Title: "President"}}
	case "person:mohammed-6":
		return []Office{{Kind: "head-of-state", Of: "state:MAR", Title: "King"}}
	}
	return nil
}

func (fakeKB) Capital(st string) (string, bool) {
	switch st {
	case "state:EGY":
		return "place:cairo", true
	case "state:MAR":
		return "place:rabat", true
	}
	return "", false
}

func (fakeKB) Parts(string) []string { return nil }

// lexicon of the fake recogniser: surface → mention.
var fakeNames = []Mention{
	{Surface: "جامعة الدول العربية", EntryID: "org:arab-league", Label: graph.LabelOrganization, Form: FormName},
	{Surface: "مصر", EntryID: "state:EGY", Label: graph.LabelState, Form: FormName},
	{Surface: "المصري", EntryID: "state:EGY", Label: graph.LabelState, Form: FormAdjective},
	{Surface: "الأردن", EntryID: "state:JOR", Label: graph.LabelState, Form: FormName},
	{Surface: "تونس", EntryID: "state:TUN", Label: graph.LabelState, Form: FormName},
	{Surface: "التونسي", EntryID: "state:TUN", Label: graph.LabelState, Form: FormAdjective},
	{Surface: "المغرب", EntryID: "state:MAR", Label: graph.LabelState, Form: FormName},
	{Surface: "القاهرة", EntryID: "place:cairo", Label: graph.LabelPlace, Form: FormName},
	{Surface: "الإسكندرية", EntryID: "place:alexandria", Label: graph.LabelPlace, Form: FormName},
	{Surface: "الرباط", EntryID: "place:rabat", Label: graph.LabelPlace, Form: FormName},
	{Surface: "الرئيس", EntryID: "head-of-state", Label: LabelTitle, Form: FormTitle},
	{Surface: "رئيس", EntryID: "head-of-state", Label: LabelTitle, Form: FormTitle},
	{Surface: "ملك", EntryID: "head-of-state", Label: LabelTitle, Form: FormTitle},
	{Surface: "عبد الفتاح السيسي", EntryID: "person:sisi", Label: graph.LabelPerson, Form: FormName},
}

// find is the fake recogniser: longest surfaces first, non-overlapping,
// rune offsets.
func find(s string) []Mention {
	rs := []rune(s)
	taken := make([]bool, len(rs))
	names := append([]Mention(nil), fakeNames...)
	sort.SliceStable(names, func(i, j int) bool { return len([]rune(names[i].Surface)) > len([]rune(names[j].Surface)) })
	var out []Mention
	for _, n := range names {
		sr := []rune(n.Surface)
	scan:
		for i := 0; i+len(sr) <= len(rs); i++ {
			if string(rs[i:i+len(sr)]) != n.Surface {
				continue
			}
			for k := i; k < i+len(sr); k++ {
				if taken[k] {
					continue scan
				}
			}
			if i+len(sr) < len(rs) && isLetter(rs[i+len(sr)]) {
				continue
			}
			for k := i; k < i+len(sr); k++ {
				taken[k] = true
			}
			m := n
			m.Start, m.End = i, i+len(sr)
			out = append(out, m)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

func isLetter(r rune) bool { return r >= 0x0621 && r <= 0x064A }

// doc builds a Document of sentences with the fake recogniser and the real
// date finder.
func doc(date graph.Date, sentences ...string) Document {
	d := Document{ArticleID: "article:test", Date: date}
	for i, s := range sentences {
		es := Sentence{Index: i, Text: s, Mentions: find(s)}
		for _, x := range text.FindDates(s, date) {
			es.Dates = append(es.Dates, DateExpr{Start: x.Start, End: x.End, Date: x.Date, Precision: int(x.Precision), Relative: x.Relative})
		}
		for _, p := range text.FindPeriods(s) {
			es.Periods = append(es.Periods, Period{Start: p.Start, End: p.End, From: p.From, To: p.To})
		}
		d.Sentences = append(d.Sentences, es)
	}
	return d
}

func run(t *testing.T, d Document) Result {
	t.Helper()
	r, err := Run(context.Background(), d, fakeKB{})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// has finds a fact by type, start and end and checks the given properties.
func has(r Result, typ, start, end string, props ...string) (Fact, bool) {
	for _, f := range r.Facts {
		if f.Rel.Type != typ || f.Rel.Start != start || f.Rel.End != end {
			continue
		}
		ok := true
		for _, kv := range props {
			k, v, _ := strings.Cut(kv, "=")
			got := f.Rel.Props[k]
			switch x := got.(type) {
			case string:
				ok = ok && x == v
			case int64:
				ok = ok && graph.Slug(v) == graph.Slug(itoa(int(x)))
			case bool:
				ok = ok && (x == (v == "true"))
			default:
				ok = false
			}
		}
		if ok {
			return f, true
		}
	}
	return Fact{}, false
}

func want(t *testing.T, r Result, typ, start, end string, props ...string) {
	t.Helper()
	if _, ok := has(r, typ, start, end, props...); !ok {
		t.Errorf("missing %s %s %s %v", typ, start, end, props)
		for _, f := range r.Facts {
			if f.Rel.Type != graph.RelMentions {
				t.Logf("  have s%d %s %s %s %s %v", f.Sentence, f.Rule, f.Rel.Type, f.Rel.Start, f.Rel.End, f.Rel.Props)
			}
		}
	}
}

func wantNot(t *testing.T, r Result, typ, start, end string) {
	t.Helper()
	if _, ok := has(r, typ, start, end); ok {
		t.Errorf("unexpected %s %s %s", typ, start, end)
	}
}

var day = graph.NewDate(2030, time.May, 1)

const summit = "meeting:2030-05-10:arab-league-summit:cairo"

func TestMeetingListsAndModality(t *testing.T) {
	r := run(t, doc(day,
		"ستعقد قمة جامعة الدول العربية في القاهرة يوم 10 مايو 2030.",
		"وسيشارك في القمة قادة مصر والأردن وتونس.",
	))
	want(t, r, graph.RelHeldIn, summit, "place:cairo", "status=PLANNED")
	want(t, r, graph.RelConvenedUnder, summit, "org:arab-league")
	for _, s := range []string{"state:EGY", "state:JOR", "state:TUN"} {
		want(t, r, graph.RelParticipatesIn, s, summit, "status=PLANNED", "level=HEAD_OF_STATE")
	}
	f, _ := has(r, graph.RelParticipatesIn, "state:TUN", summit)
	if ev := f.Rel.Props.Strings(graph.PropEvidence); len(ev) != 1 || ev[0] != "article:test:s1" {
		t.Errorf("evidence = %v", ev)
	}
}

func TestAbsenceNegationAndDesignation(t *testing.T) {
	r := run(t, doc(day,
		"ستعقد قمة جامعة الدول العربية في القاهرة يوم 10 مايو 2030.",
		"ولن يتمكن ملك المغرب من المشاركة في الاجتماع بسبب وعكة صحية.",
		"كما لم تشارك تونس في القمة.",
	))
	want(t, r, graph.RelAbsentFrom, "person:mohammed-6", summit, "reason=وعكة صحية")
	wantNot(t, r, graph.RelParticipatesIn, "person:mohammed-6", summit)
	wantNot(t, r, graph.RelAbsentFrom, "state:MAR", summit) // a modifier of the designation
	want(t, r, graph.RelAbsentFrom, "state:TUN", summit, "status=HELD")
	wantNot(t, r, graph.RelParticipatesIn, "state:TUN", summit)
}

func TestDesignationByDate(t *testing.T) {
	s := "التقى الرئيس المصري بنظيره التونسي في الإسكندرية يوم 3 مارس."
	r := run(t, doc(graph.NewDate(2010, time.March, 5), s))
	m := "meeting:2010-03-03:bilateral-egy-tun:alexandria"
	want(t, r, graph.RelParticipatesIn, "person:mubarak", m, "status=HELD", "representing=state:EGY")
	want(t, r, graph.RelParticipatesIn, "state:TUN", m)
	// the states of the two parties take part in a bilateral meeting (as
	// the development corpus's golden facts have it)
	want(t, r, graph.RelParticipatesIn, "state:EGY", m)
	r = run(t, doc(graph.NewDate(2022, time.March, 5), strings.Replace(s, "3 مارس", "3 مارس", 1)))
	want(t, r, graph.RelParticipatesIn, "person:sisi", "meeting:2022-03-03:bilateral-egy-tun:alexandria")
}

func TestApposition(t *testing.T) {
	r := run(t, doc(day, "وقال رئيس مصر، عبد الفتاح السيسي، إن بلاده ستشارك."))
	want(t, r, graph.RelLeaderOf, "person:sisi", "state:EGY", "title=President")
}

func TestCrossSentenceReferenceAndChairmanship(t *testing.T) {
	r := run(t, doc(day,
		"ستعقد قمة جامعة الدول العربية في القاهرة يوم 10 مايو 2030.",
		"تترأس مصر هذا العام المنظمة.",
		"ومن المتوقع أن يتم في الاجتماع إنشاء لجنة حقوق الإنسان التابعة للمنظمة.",
		"كما سينظر القادة في انتقال رئاسة المنظمة إلى تونس (وسيصبح المغرب والأردن رئيسين مشاركين) وعقد القمة المقبلة في الرباط.",
	))
	want(t, r, graph.RelHolds, "state:EGY", "chairmanship:arab-league:2030", "role=CHAIR")
	want(t, r, graph.RelConsiders, summit, "initiative:arab-league:human-rights-commission", "status=EXPECTED", "action=ESTABLISH")
	want(t, r, graph.RelUnderAuspicesOf, "initiative:arab-league:human-rights-commission", "org:arab-league")
	want(t, r, graph.RelHolds, "state:TUN", "chairmanship:arab-league:2031", "role=CHAIR", "status=PLANNED")
	want(t, r, graph.RelHolds, "state:MAR", "chairmanship:arab-league:2031", "role=CO_CHAIR")
	want(t, r, graph.RelHolds, "state:JOR", "chairmanship:arab-league:2031", "role=CO_CHAIR")
	wantNot(t, r, graph.RelHolds, "state:TUN", "chairmanship:arab-league:2030")
	want(t, r, graph.RelSucceededBy, "chairmanship:arab-league:2030", "chairmanship:arab-league:2031")
	want(t, r, graph.RelFollowedBy, summit, "meeting:2031:arab-league-summit:rabat")
}

func TestAgendaTemplates(t *testing.T) {
	r := run(t, doc(day,
		"ستعقد قمة جامعة الدول العربية في القاهرة يوم 10 مايو 2030.",
		"ومن المقرر توقيع اتفاقية حول التعاون في مكافحة الفساد.",
		"وسيوافق القادة على برنامج للتعاون في مكافحة الإرهاب للفترة 2031-2033.",
		"وسيتم في ختام القمة اعتماد بيان مشترك.",
	))
	want(t, r, graph.RelConsiders, summit, "initiative:arab-league:anti-corruption-agreement", "action=SIGN", "status=PLANNED")
	want(t, r, graph.RelConsiders, summit, "initiative:arab-league:joint-statement", "action=ADOPT")
	var prog *graph.Node
	for i, n := range r.Nodes {
		if strings.HasPrefix(n.ID, "initiative:arab-league:counter-terrorism-programme") {
			prog = &r.Nodes[i]
		}
	}
	if prog == nil || prog.ID != "initiative:arab-league:counter-terrorism-programme-2031-2033" {
		t.Fatalf("programme node: %+v", prog)
	}
	if y, _ := prog.Props.Int("startYear"); y != 2031 {
		t.Errorf("startYear = %d", y)
	}
}

func TestDiplomaticRelationsParenthesisedList(t *testing.T) {
	r := run(t, doc(day, "ويصادف الحدث الذكرى الخمسين لإقامة العلاقات الدبلوماسية بين مصر ودول الجوار (الأردن وتونس والمغرب)."))
	for _, s := range []string{"state:JOR", "state:MAR", "state:TUN"} {
		want(t, r, graph.RelDiplomaticRelations, "state:EGY", s, "since=1980")
	}
}

func TestQuotesAndTopicsAreNotParticipants(t *testing.T) {
	r := run(t, doc(day,
		"ستعقد قمة جامعة الدول العربية في القاهرة يوم 10 مايو 2030.",
		"وسيشارك في القمة قادة مصر والأردن، وقال الرئيس: \"نرحب بتونس\".",
		"وسيشارك القادة في القمة لبحث الوضع في المغرب.",
	))
	wantNot(t, r, graph.RelParticipatesIn, "state:TUN", summit)
	wantNot(t, r, graph.RelParticipatesIn, "state:MAR", summit)
}

func TestHeadlineResolvedLater(t *testing.T) {
	r := run(t, doc(day,
		"عبد الفتاح السيسي يبحث مع قادة جامعة الدول العربية القضايا الإقليمية",
		"ستعقد قمة جامعة الدول العربية في القاهرة يوم 10 مايو 2030.",
	))
	want(t, r, graph.RelParticipatesIn, "person:sisi", summit)
}

func TestNoMeetingWithoutDateOrPlace(t *testing.T) {
	r := run(t, doc(day, "وكان القادة قد التقوا مؤخرا في قمة في الإسكندرية."))
	for _, n := range r.Nodes {
		if n.HasLabel(graph.LabelMeeting) {
			t.Errorf("unexpected meeting %s", n.ID)
		}
	}
}

func TestContextCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, doc(day, "نص."), fakeKB{}); err == nil {
		t.Fatal("no error for a cancelled context")
	}
}
