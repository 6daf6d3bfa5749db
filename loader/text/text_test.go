package text

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/diplograph/diplograph/graph"
)

const samplePath = "../../examples/articles/2022-10-14_cis-summit-astana_ar.txt"

func readSample(t testing.TB) Document {
	t.Helper()
	b, err := os.ReadFile(samplePath)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Read("2022-10-14_cis-summit-astana_ar.txt", b)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want error
		msg  string
	}{
		{"empty", nil, ErrEmpty, ""},
		{"blank", []byte(" \n\t\u00a0\r\n"), ErrEmpty, ""},
		{"html without text", []byte("<html><body><script>var x=1</script></body></html>"), ErrEmpty, ""},
		{"nul", []byte("abc\x00def"), ErrBinary, "offset 3"},
		{"controls", []byte("\x01\x02\x03\x04\x05ab"), ErrBinary, ""},
		{"bad utf8", []byte("روسيا \xff\xfe"), ErrInvalidUTF8, "byte offset 11"},
		{"too large", make([]byte, MaxBytes+1), ErrTooLarge, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(tt.name, tt.data)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Read: err = %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %q does not mention %q", err, tt.msg)
			}
		})
	}
}

func TestReadText(t *testing.T) {
	// CRLF, a BOM, decomposed alef+hamza (NFC composes it), a "Ru En" line.
	in := "\ufeffRu En\r\n\r\nبوتين يبحث مع قادة رابطة الدول المستقلة\r\n\r\n\u0627\u0654ستانا\r\n"
	doc, err := Read("a.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := Document{
		Name:   "a.txt",
		Raw:    "Ru En\n\nبوتين يبحث مع قادة رابطة الدول المستقلة\n\nأستانا\n",
		Title:  "بوتين يبحث مع قادة رابطة الدول المستقلة",
		Format: FormatText,
	}
	if diff := cmp.Diff(want, doc); diff != "" {
		t.Errorf("Read (-want +got):\n%s", diff)
	}
}

func TestReadHTML(t *testing.T) {
	in := `<!DOCTYPE html><html><head><title>TASS</title><style>p{color:red}</style></head>
<body><h1>قمة   أستانا</h1><div class="x"><p>الفقرة <b>الأولى</b>.</p><script>alert(1)</script>
<p>سطر<br>ثان</p></div></body></html>`
	doc, err := Read("a.html", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := Document{Name: "a.html", Raw: "قمة أستانا\n\nالفقرة الأولى.\n\nسطر\nثان", Title: "قمة أستانا", Format: FormatHTML}
	if diff := cmp.Diff(want, doc); diff != "" {
		t.Errorf("Read (-want +got):\n%s", diff)
	}
}

func TestReadSample(t *testing.T) {
	doc := readSample(t)
	if doc.Title != "بوتين يبحث مع قادة رابطة الدول المستقلة القضايا الأمنية والتعاون الاقتصادي" {
		t.Errorf("Title = %q", doc.Title)
	}
	if doc.Format != FormatText {
		t.Errorf("Format = %q", doc.Format)
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"أستانا", "استانا"},
		{"إيران", "ايران"},
		{"آسيا", "اسيا"},
		{"ٱلله", "الله"},
		{"مؤتمر", "موتمر"},
		{"رئيس", "رييس"},
		{"أمس", "امس"},
		{"مستشفى", "مستشفي"},
		{"جمهورية", "جمهوريه"},
		{"الكريملِن", "الكريملن"},            // kasra removed
		{"مؤخراً", "موخرا"},                  // tanween removed
		{"حلّت", "حلت"},                      // shadda removed
		{"سيُعقد", "سيعقد"},                  // damma removed
		{"كـــازاخستان", "كازاخستان"},        // tatweel removed
		{"١٤ أكتوبر ٢٠٢٢", "14 اكتوبر 2022"}, // Arabic-Indic digits
		{"۱۴۰۱", "1401"},                     // Eastern Arabic-Indic digits
		{"a\u00a0b\u200cc\u200dd", "a bcd"},  // NBSP → space, ZWNJ/ZWJ removed
		{"Nur-Sultan ТАСС Ёлка", "nur-sultan тасс елка"},
		{"ﻻ", "لا"},  // presentation form (NFKC)
		{"کی", "كي"}, // Persian kaf and yeh
		{"«روسيا»، 2.5!", "«روسيا»، 2.5!"},
		{"São Tomé", "sao tome"},
		{"line\nbreak\ttab", "line\nbreak tab"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFoldMap(t *testing.T) {
	// "أَسـتانا": hamza-alef, fatha (dropped), sin, tatweel (dropped), ...
	f := FoldMap("بِأَسـتانا ﻻ")
	if f.Text != "باستانا لا" {
		t.Fatalf("Text = %q", f.Text)
	}
	want := []int{0, 2, 4, 6, 7, 8, 9, 10, 11, 11, 12}
	if diff := cmp.Diff(want, f.Orig); diff != "" {
		t.Errorf("Orig (-want +got):\n%s", diff)
	}
	// Folded "استانا" is runes 1..7; its original span includes the fatha and
	// tatweel inside and the whole word.
	if a, b := f.Span(1, 7); a != 2 || b != 10 {
		t.Errorf("Span(1,7) = %d,%d, want 2,10", a, b)
	}
	// Half of the ligature maps to the whole ligature.
	if a, b := f.Span(8, 9); a != 11 || b != 12 {
		t.Errorf("Span(8,9) = %d,%d, want 11,12", a, b)
	}
}

func TestSegmentRules(t *testing.T) {
	raw := "عنوان قصير\n\nقال \"لن نحضر. أبداً\" ثم غادر. وصل د. أحمد في 3.5 ساعة؟ نعم!\nسطر ثان بلا نقطة\n \u00a0\nفقرة «أولى. ثانية» انتهت. آخر"
	got := Segment(raw)
	type s struct {
		P    int
		Text string
	}
	var gotS []s
	for i, x := range got {
		if x.Index != i {
			t.Errorf("sentence %d has Index %d", i, x.Index)
		}
		if string([]rune(raw)[x.Start:x.End]) != x.Text {
			t.Errorf("sentence %d: span %d:%d is not its text %q", i, x.Start, x.End, x.Text)
		}
		gotS = append(gotS, s{x.Paragraph, x.Text})
	}
	want := []s{
		{0, "عنوان قصير"},
		{1, `قال "لن نحضر. أبداً" ثم غادر.`},
		{1, "وصل د. أحمد في 3.5 ساعة؟"},
		{1, "نعم!"},
		{1, "سطر ثان بلا نقطة"},
		{2, "فقرة «أولى. ثانية» انتهت."},
		{2, "آخر"},
	}
	if diff := cmp.Diff(want, gotS); diff != "" {
		t.Errorf("Segment (-want +got):\n%s", diff)
	}
}

func TestSegmentUnclosedQuote(t *testing.T) {
	// The quote does not close in the paragraph: the dot splits.
	got := Segment("قال «لن نحضر. ثم غادر")
	if len(got) != 2 || got[1].Text != "ثم غادر" {
		t.Errorf("Segment = %+v", got)
	}
}

func TestSegmentSample(t *testing.T) {
	doc := readSample(t)
	ss := Segment(doc.Raw)
	if len(ss) != 39 {
		t.Errorf("%d sentences, want 39", len(ss))
	}
	checks := map[int]string{
		0:  "Ru En",
		2:  "١٤ أكتوبر ٢٠٢٢",
		8:  "تترأس كازاخستان هذا العام رابطة الدول المستقلة.",
		11: "كما سيتحدث في الاجتماع رئيس اللجنة التنفيذية، السكرتير التنفيذي لرابطة الدول المستقلة، سيرغي ليبيديف.",
		14: "الهياكل الجديدة في رابطة الدول المستقلة",
		38: "المصدر: تاس",
	}
	rs := []rune(doc.Raw)
	for i, want := range checks {
		if ss[i].Text != want {
			t.Errorf("sentence %d = %q, want %q", i, ss[i].Text, want)
		}
	}
	for _, s := range ss {
		if string(rs[s.Start:s.End]) != s.Text {
			t.Errorf("sentence %d: span does not give its text", s.Index)
		}
	}
	// Sentence 7 holds a quotation with commas and ends after the closing quote.
	if !strings.HasSuffix(ss[7].Text, "لحلها\".") {
		t.Errorf("sentence 7 = %q", ss[7].Text)
	}
	if ss[9].Paragraph != ss[8].Paragraph || ss[12].Paragraph == ss[11].Paragraph {
		t.Errorf("paragraphs: %d %d %d %d", ss[8].Paragraph, ss[9].Paragraph, ss[11].Paragraph, ss[12].Paragraph)
	}
}

func TestStripClitics(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"والرييس", []string{"والرييس", "الرييس", "رييس"}},
		{"للرابطه", []string{"للرابطه", "الرابطه", "لرابطه", "رابطه"}},
		{"لاوكرانيا", []string{"لاوكرانيا", "اوكرانيا"}},
		{"وبالاردن", []string{"وبالاردن", "بالاردن", "الاردن", "اردن"}},
		{"وسيتحدث", []string{"وسيتحدث", "سيتحدث", "يتحدث"}},
		{"سوريا", []string{"سوريا"}}, // س before و is not the future marker
		{"بك", []string{"بك"}},       // would leave one letter
		{"ولل", []string{"ولل", "لل"}},
		{"كازاخستان", []string{"كازاخستان", "ازاخستان"}}, // ك may be the preposition: a candidate
		{"روسيا", []string{"روسيا"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, StripClitics(tt.in)); diff != "" {
			t.Errorf("StripClitics(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestParseProclitic(t *testing.T) {
	for _, tt := range []struct {
		in   string
		ok   bool
		want Proclitic
	}{
		{"و", true, Proclitic{Prefix: "و", Conj: "و"}},
		{"لل", true, Proclitic{Prefix: "لل", Prep: "ل", Article: true}},
		{"فبال", true, Proclitic{Prefix: "فبال", Conj: "ف", Prep: "ب", Article: true}},
		{"ال", true, Proclitic{Prefix: "ال", Article: true}},
		{"لال", false, Proclitic{}},
		{"", false, Proclitic{}},
		{"م", false, Proclitic{}},
	} {
		got, ok := ParseProclitic(tt.in)
		if ok != tt.ok || got != tt.want {
			t.Errorf("ParseProclitic(%q) = %+v, %v", tt.in, got, ok)
		}
	}
}

func d(y int, m time.Month, day int) graph.Date { return graph.NewDate(y, m, day) }

func TestFindDates(t *testing.T) {
	art := d(2022, time.October, 14) // a Friday
	type exp struct {
		Text string
		Date graph.Date
		P    Precision
		Rel  bool
	}
	tests := []struct {
		in   string
		want []exp
	}{
		{"وذلك اليوم الجمعة 14 أكتوبر/تشرين الأول 2022، وذلك", []exp{{"اليوم الجمعة 14 أكتوبر/تشرين الأول 2022", art, Day, false}}},
		{"١٤ أكتوبر ٢٠٢٢", []exp{{"١٤ أكتوبر ٢٠٢٢", art, Day, false}}},
		{"إذ حلّت في7 أكتوبر الذكرى السبعون", []exp{{"7 أكتوبر", d(2022, 10, 7), Day, true}}},
		{"في 3 آب/أغسطس 2021 و15 أيلول (سبتمبر) 2020", []exp{{"3 آب/أغسطس 2021", d(2021, 8, 3), Day, false}, {"15 أيلول (سبتمبر) 2020", d(2020, 9, 15), Day, false}}},
		{"في 2 تشرين الثاني 2019 و9 نوفمبر", []exp{{"2 تشرين الثاني 2019", d(2019, 11, 2), Day, false}, {"9 نوفمبر", d(2022, 11, 9), Day, true}}},
		{"في 1 كانون الثاني/يناير 2023", []exp{{"1 كانون الثاني/يناير 2023", d(2023, 1, 1), Day, false}}},
		{"في أكتوبر من عام 2021", []exp{{"أكتوبر من عام 2021", d(2021, 10, 1), Month, false}}},
		{"انطلقت بمبادرة من موسكو عام 2019 على", []exp{{"عام 2019", d(2019, 1, 1), Year, false}}},
		{"تم تشكيله في عام 1992، إذ يوحد", []exp{{"في عام 1992", d(1992, 1, 1), Year, false}}},
		{"للفترة 2023- 2025.", []exp{{"2023- 2025", d(2023, 1, 1), Year, false}}},
		{"استضافت عاصمة كازاخستان يوم الخميس قمة", []exp{{"يوم الخميس", d(2022, 10, 13), Day, true}}},
		{"ستستضيف عاصمة كازاخستان يوم الخميس قمة", []exp{{"يوم الخميس", d(2022, 10, 20), Day, true}}},
		{"بدأ البرنامج في اليوم السابق", []exp{{"اليوم السابق", d(2022, 10, 13), Day, true}}},
		{"قال أمس إن", []exp{{"أمس", d(2022, 10, 13), Day, true}}},
		{"وصل وأمس غادر وعام 2019", []exp{{"أمس", d(2022, 10, 13), Day, true}, {"عام 2019", d(2019, 1, 1), Year, false}}},
		{"وسيصل غداً", []exp{{"غداً", d(2022, 10, 15), Day, true}}},
		{"تترأس كازاخستان هذا العام", []exp{{"هذا العام", d(2022, 1, 1), Year, true}}},
		{"التقيا الأسبوع الماضي", []exp{{"الأسبوع الماضي", d(2022, 10, 7), Week, true}}},
		{"في الشهر المقبل", []exp{{"الشهر المقبل", d(2022, 11, 1), Month, true}}},
		{"الموافقة على العاصمة الثقافية للرابطة لعام 2023", []exp{{"لعام 2023", d(2023, 1, 1), Year, false}}},
		{"2022-10-14 و14.10.2022 و October 14, 2022", []exp{{"2022-10-14", art, Day, false}, {"14.10.2022", art, Day, false}, {"October 14, 2022", art, Day, false}}},
		{"14 октября 2022 г.", []exp{{"14 октября 2022 г", art, Day, false}}},
		// Not dates.
		{"الذكرى الثلاثين لتأسيس العلاقات", nil},
		{"يوحد هذا المنتدى27 دولة تشغل حوالي 90 بالمائة", nil},
		{"تستضيف لليوم الثاني على التوالي", nil},
		{"وفي نفس اليوم، سيعقد اجتماع وفي اليوم نفسه", nil},
		{"بمناسبة اليوم الوطني", nil},
		{"أحد الأحداث الرئيسية والاثنين معاً", nil},
		{"في 31 فبراير 2022", nil},
	}
	for _, tt := range tests {
		var got []exp
		for _, e := range FindDates(tt.in, art) {
			got = append(got, exp{string([]rune(tt.in)[e.Start:e.End]), e.Date, e.Precision, e.Relative})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("FindDates(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestFindDatesPeriodUntil(t *testing.T) {
	ds := FindDates("للفترة 2024- 2026، وكذلك", d(2022, 10, 14))
	if len(ds) != 1 || ds[0].Until != d(2026, 1, 1) || ds[0].Date != d(2024, 1, 1) {
		t.Errorf("FindDates = %+v", ds)
	}
}

func TestFindDatesNoArticleDate(t *testing.T) {
	ds := FindDates("اليوم الخميس 7 أكتوبر وأمس", graph.Date{})
	if len(ds) != 0 {
		t.Errorf("relative dates resolved without an article date: %+v", ds)
	}
}

func TestFindPeriods(t *testing.T) {
	tests := []struct {
		in   string
		want []Period
	}{
		{"للفترة 2023- 2025.", []Period{{Start: 7, End: 17, From: 2023, To: 2025}}},
		{"من 2023 إلى 2025", []Period{{Start: 0, End: 16, From: 2023, To: 2025}}},
		{"بين عامي 2020 و2022", []Period{{Start: 9, End: 19, From: 2020, To: 2022}}},
		{"٢٠٢٤–٢٠٢٦", []Period{{Start: 0, End: 9, From: 2024, To: 2026}}},
		{"2025-2023", nil}, // backwards
		{"2022-10-14", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, FindPeriods(tt.in)); diff != "" {
			t.Errorf("FindPeriods(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestDateline(t *testing.T) {
	doc := readSample(t)
	if got, ok := Dateline(doc); !ok || got != d(2022, 10, 14) {
		t.Errorf("Dateline(sample) = %v, %v", got, ok)
	}
	// No date in the text: the file name gives it.
	if got, ok := Dateline(Document{Name: "x/2021-03-05_tass.txt", Raw: "نص بلا تاريخ"}); !ok || got != d(2021, 3, 5) {
		t.Errorf("Dateline(name) = %v, %v", got, ok)
	}
	if got, ok := Dateline(Document{Name: "x.txt", Raw: "عنوان\n\n14 أكتوبر/تشرين الأول 2022\n"}); !ok || got != d(2022, 10, 14) {
		t.Errorf("Dateline(text) = %v, %v", got, ok)
	}
	if _, ok := Dateline(Document{Name: "x.txt", Raw: "عام 2019 فقط"}); ok {
		t.Error("Dateline found a full date in a bare year")
	}
}

func TestFutureTense(t *testing.T) {
	for s, want := range map[string]bool{
		"سيواصل الرئيس برنامجه":         true,
		"من المقرر توقيع اتفاقيات":      true,
		"استضافت عاصمة كازاخستان القمة": false,
		"السياسة الخارجية":              false,
		"سيرغي ليبيديف تحدث":            false,
	} {
		if got := FutureTense(s); got != want {
			t.Errorf("FutureTense(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzFoldMap(f *testing.F) {
	for _, s := range []string{"أستانا", "بِأَسـتانا ﻻ", "١٤ أكتوبر", "a\u00a0b\u200c", "\xff", "ﷺ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fm := FoldMap(s)
		if fm.Text != Fold(s) {
			t.Fatalf("FoldMap.Text %q != Fold %q", fm.Text, Fold(s))
		}
		n := utf8.RuneCountInString(fm.Text)
		if len(fm.Orig) != n+1 {
			t.Fatalf("len(Orig) = %d, want %d", len(fm.Orig), n+1)
		}
		if fm.Orig[n] != utf8.RuneCountInString(s) {
			t.Fatalf("last Orig = %d, want %d", fm.Orig[n], utf8.RuneCountInString(s))
		}
		for i := 1; i < len(fm.Orig); i++ {
			if fm.Orig[i] < fm.Orig[i-1] {
				t.Fatalf("Orig not monotonic at %d: %v", i, fm.Orig)
			}
		}
		if Fold(fm.Text) != fm.Text {
			t.Fatalf("Fold not idempotent: %q → %q", fm.Text, Fold(fm.Text))
		}
	})
}

func FuzzSegment(f *testing.F) {
	b, _ := os.ReadFile(samplePath)
	f.Add(string(b))
	f.Add("قال «لن. نحضر» ثم.\n\n\"x. y\nz")
	f.Add("د. 3.5؟!\u00a0\n \n")
	f.Fuzz(func(t *testing.T, s string) {
		rs := []rune(s)
		ss := Segment(s)
		prevEnd, prevPara := 0, 0
		for i, x := range ss {
			if x.Index != i {
				t.Fatalf("Index %d at %d", x.Index, i)
			}
			if x.Start < prevEnd || x.End <= x.Start || x.End > len(rs) {
				t.Fatalf("bad span %d:%d after %d (len %d)", x.Start, x.End, prevEnd, len(rs))
			}
			if string(rs[x.Start:x.End]) != x.Text || strings.TrimSpace(x.Text) != x.Text {
				t.Fatalf("text %q does not match span", x.Text)
			}
			if x.Paragraph < prevPara || x.Paragraph > prevPara+1 || (i == 0 && x.Paragraph != 0) {
				t.Fatalf("paragraph %d after %d", x.Paragraph, prevPara)
			}
			prevEnd, prevPara = x.End, x.Paragraph
		}
	})
}

// FindDates and Dateline never panic, whatever the text (run with
// go test -fuzz FuzzFindDates ./loader/text).
func FuzzFindDates(f *testing.F) {
	for _, s := range []string{"يوليو 21، 2022", "الرابع من أبريل 2024", "2022/03/23", "أمس الثلاثاء", "١٤ أكتوبر ٢٠٢٢", "من 9 إلى 11 تموز/يوليو المقبل", "منذ", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		FindDates(s, graph.NewDate(2022, time.October, 14))
		FindDates(s, graph.Date{})
		FindPeriods(s)
		Dateline(Document{Raw: s, Name: "x.txt"})
	})
}

// A line without punctuation is cut into sentences of at most
// MaxSentenceRunes runes, at commas or spaces, and nothing is lost.
func TestSegmentCapsLongSentences(t *testing.T) {
	word := "وبحث الرئيسان العلاقات الثنائية والتعاون الاقتصادي "
	raw := strings.Repeat(word, 2000) + "، " + strings.Repeat("و", 5000)
	ss := Segment(raw)
	if len(ss) < 2 {
		t.Fatalf("got %d sentences for %d runes", len(ss), utf8.RuneCountInString(raw))
	}
	rs := []rune(raw)
	covered := 0
	for _, s := range ss {
		if n := utf8.RuneCountInString(s.Text); n > MaxSentenceRunes {
			t.Errorf("sentence %d has %d runes, over %d", s.Index, n, MaxSentenceRunes)
		}
		if string(rs[s.Start:s.End]) != s.Text {
			t.Errorf("sentence %d: offsets do not give its text", s.Index)
		}
		covered += len([]rune(strings.ReplaceAll(s.Text, " ", "")))
	}
	if want := len([]rune(strings.ReplaceAll(raw, " ", ""))); covered != want {
		t.Errorf("sentences cover %d non-space runes, text has %d", covered, want)
	}
}
