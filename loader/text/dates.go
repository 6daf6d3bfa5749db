package text

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/graph"
)

// Precision is how much of a DateExpr's Date the text gives.
type Precision int

// Precisions of a date expression. For Month the Date's Day is 1; for Year
// its Month and Day are January 1; for Week the Date is a day of the week
// meant (the article date moved by whole weeks).
const (
	Day Precision = iota
	Month
	Year
	Week
)

// String returns "day", "month", "year" or "week".
func (p Precision) String() string {
	switch p {
	case Day:
		return "day"
	case Month:
		return "month"
	case Year:
		return "year"
	case Week:
		return "week"
	}
	return "Precision(" + strconv.Itoa(int(p)) + ")"
}

// DateExpr is one date expression found in a string.
type DateExpr struct {
	// Start and End are rune offsets in the string given to FindDates,
	// End exclusive.
	Start, End int
	// Date is the date meant, to the given Precision.
	Date graph.Date
	// Precision says which parts of Date the text gives.
	Precision Precision
	// Relative is true when the date was resolved against the article
	// date: أمس, اليوم, a weekday, "الأسبوع الماضي", "هذا العام", or a day
	// and month without a year.
	Relative bool
	// Until is the last year of a period ("للفترة 2023- 2025"), as
	// January 1 of that year, with Precision Year; zero otherwise.
	Until graph.Date
}

// Period is a span of years such as "للفترة 2023- 2025", "2024-2026",
// "من 2023 إلى 2025" or "بين عامي 2023 و2025".
type Period struct {
	// Start and End are rune offsets in the string given to FindPeriods,
	// End exclusive; they cover the years (and the words joining them).
	Start, End int
	// From and To are the first and last year, From <= To.
	From, To int
}

// token is a word, a number or one punctuation rune of a folded string,
// with its folded rune span.
type token struct {
	s          string
	start, end int // folded rune offsets
	num        bool
}

func tokenize(f string) []token {
	var toks []token
	i := 0
	var cur []rune
	curStart := 0
	kind := 0 // 0 none, 1 word, 2 number
	emit := func(end int) {
		if kind != 0 {
			toks = append(toks, token{s: string(cur), start: curStart, end: end, num: kind == 2})
		}
		cur = cur[:0]
		kind = 0
	}
	for _, r := range f {
		var k int
		switch {
		case r >= '0' && r <= '9':
			k = 2
		case unicode.IsLetter(r) || unicode.Is(unicode.Mc, r):
			k = 1
		}
		if k != kind {
			emit(i)
		}
		if k == 0 {
			if !unicode.IsSpace(r) {
				toks = append(toks, token{s: string(r), start: i, end: i + 1})
			}
		} else {
			if kind == 0 {
				curStart = i
			}
			kind = k
			cur = append(cur, r)
		}
		i++
	}
	emit(i)
	return toks
}

var monthWords = func() map[string]int {
	m := map[string]int{}
	add := func(month int, names ...string) {
		for _, n := range names {
			m[Fold(n)] = month
		}
	}
	// Egyptian / Gulf (transliterated), Levantine / Iraqi (Syriac),
	// Maghreb (French-based, Algeria/Tunisia; Morocco), English, Russian
	// (nominative and genitive).
	add(1, "يناير", "كانون الثاني", "جانفي", "january", "jan", "январь", "января")
	add(2, "فبراير", "فبرير", "شباط", "فيفري", "february", "feb", "февраль", "февраля")
	add(3, "مارس", "آذار", "march", "mar", "март", "марта")
	add(4, "أبريل", "ابريل", "إبريل", "نيسان", "أفريل", "april", "apr", "апрель", "апреля")
	add(5, "مايو", "أيار", "ماي", "may", "май", "мая")
	add(6, "يونيو", "يونيه", "حزيران", "جوان", "june", "jun", "июнь", "июня")
	add(7, "يوليو", "يوليه", "تموز", "جويلية", "يوليوز", "july", "jul", "июль", "июля")
	add(8, "أغسطس", "اغسطس", "آب", "أوت", "غشت", "august", "aug", "август", "августа")
	add(9, "سبتمبر", "أيلول", "شتنبر", "september", "sep", "sept", "сентябрь", "сентября")
	add(10, "أكتوبر", "اكتوبر", "تشرين الأول", "october", "oct", "октябрь", "октября")
	add(11, "نوفمبر", "تشرين الثاني", "نونبر", "november", "nov", "ноябрь", "ноября")
	add(12, "ديسمبر", "كانون الأول", "دجنبر", "december", "dec", "декабрь", "декабря")
	return m
}()

// weekdays maps the folded weekday names (with the article) to time.Weekday.
var weekdays = map[string]time.Weekday{
	Fold("الأحد"): time.Sunday, Fold("الاثنين"): time.Monday, Fold("الإثنين"): time.Monday,
	Fold("الثلاثاء"): time.Tuesday, Fold("الأربعاء"): time.Wednesday,
	Fold("الخميس"): time.Thursday, Fold("الجمعة"): time.Friday, Fold("السبت"): time.Saturday,
}

// ambiguousWeekday: weekday words that are also common words ("one",
// "the two") and count as weekdays only after يوم/اليوم or before a date.
var ambiguousWeekday = map[string]bool{Fold("الأحد"): true, Fold("الاثنين"): true}

var (
	wYear    = map[string]bool{"عام": true, "العام": true, "سنه": true, "السنه": true, "لعام": true, "لسنه": true, "بعام": true, "وعام": true, "عامي": true}
	wFrom    = "من"
	wTo      = map[string]bool{"الي": true, "حتي": true, "لغايه": true, "و": true}
	wToday   = Fold("اليوم")
	wDay     = Fold("يوم")
	wCalSuff = map[string]bool{"م": true}
)

// monthAt reads a month name at toks[i:] (one or two words, possibly with
// the proclitic و or ب on the first); it returns the month and the number of
// tokens used.
func monthAt(toks []token, i int) (int, int) {
	if i >= len(toks) || toks[i].num {
		return 0, 0
	}
	w := toks[i].s
	cands := []string{w}
	if len(w) > 2 && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ب")) {
		cands = append(cands, w[len("و"):])
	}
	for _, c := range cands {
		if i+1 < len(toks) && !toks[i+1].num {
			if m, ok := monthWords[c+" "+toks[i+1].s]; ok {
				return m, 2
			}
		}
		if m, ok := monthWords[c]; ok {
			return m, 1
		}
	}
	return 0, 0
}

// altMonthAt reads "/أيلول", "(أيلول)" or "- أيلول" after a month.
func altMonthAt(toks []token, i int) int {
	if i >= len(toks) {
		return 0
	}
	switch toks[i].s {
	case "/", "(", "-", "–", "،", ",":
		m, n := monthAt(toks, i+1)
		if m == 0 {
			return 0
		}
		used := 1 + n
		if toks[i].s == "(" && i+used < len(toks) && toks[i+used].s == ")" {
			used++
		}
		return used
	}
	return 0
}

func numAt(toks []token, i, lo, hi, maxDigits int) (int, bool) {
	if i < 0 || i >= len(toks) || !toks[i].num || len(toks[i].s) > maxDigits {
		return 0, false
	}
	v, err := strconv.Atoi(toks[i].s)
	if err != nil || v < lo || v > hi {
		return 0, false
	}
	return v, true
}

func yearAt(toks []token, i int) (int, bool) {
	if i < len(toks) && toks[i].num && len(toks[i].s) == 4 {
		return numAt(toks, i, 1800, 2199, 4)
	}
	return 0, false
}

func validDay(y, m, d int) bool {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Year() == y && int(t.Month()) == m && t.Day() == d
}

// yearSuffix skips "م" (CE) or "للميلاد" after a year.
func yearSuffix(toks []token, i int) int {
	if i < len(toks) && (wCalSuff[toks[i].s] || toks[i].s == "للميلاد" || toks[i].s == "ميلادي" || toks[i].s == "года" || toks[i].s == "г") {
		return 1
	}
	return 0
}

// yearIntro skips ", " "من عام" "عام" between a month and a year.
func yearIntro(toks []token, i int) int {
	n := 0
	if i+n < len(toks) && (toks[i+n].s == "،" || toks[i+n].s == ",") {
		n++
	}
	if i+n < len(toks) && toks[i+n].s == wFrom {
		if i+n+1 < len(toks) && wYear[toks[i+n+1].s] {
			n += 2
		}
	} else if i+n < len(toks) && wYear[toks[i+n].s] {
		n++
	}
	return n
}

// FutureTense is the heuristic FindDates uses to resolve weekday names: it
// reports whether s reads as future or planned: it holds سوف, a future
// marker (المقبل, القادم, غدا, من المقرر, من المتوقع ...) or an imperfect
// verb with the future prefix س (سيواصل, ستصبح, سيتم), except a list of
// common nouns and names starting with سي/ست/سن (سياسة, سيارة, سيرغي, ستة ...).
func FutureTense(s string) bool {
	for _, t := range tokenize(Fold(s)) {
		if t.num {
			continue
		}
		w := t.s
		if (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) && utf8.RuneCountInString(w) > 4 {
			w = w[len("و"):]
		}
		if futureWords[w] {
			return true
		}
		if utf8.RuneCountInString(w) >= 5 && (strings.HasPrefix(w, "سي") || strings.HasPrefix(w, "ست") || strings.HasPrefix(w, "سن")) {
			noun := false
			for _, p := range notFuture {
				if strings.HasPrefix(w, p) {
					noun = true
					break
				}
			}
			if !noun {
				return true
			}
		}
	}
	return false
}

var futureWords = map[string]bool{
	"سوف": true, "المقبل": true, "المقبله": true, "القادم": true, "القادمه": true,
	"غدا": true, "المقرر": true, "المتوقع": true, "المرتقب": true, "المرتقبه": true,
	"المزمع": true, "المزمعه": true, "يعتزم": true, "تعتزم": true,
}

var notFuture = func() []string {
	var out []string
	for _, w := range []string{
		"سياس", "سيار", "سياد", "سياق", "سياح", "سيد", "سيط", "سيول", "سيناء", "سينما",
		"سيبير", "سيرغي", "سيرجي", "سيرجيو", "سيول", "سيف", "سيئ", "سيريلانكا",
		"ستار", "ستوكهولم", "ستراتيج", "ستراسبورغ", "ستة", "ستين", "ستالين", "ستاد", "ستاندرد", "ستيف", "ستيفن",
		"سنة", "سنوات", "سنوي", "سنغافور", "سنغال", "سند", "سنت", "سنين", "سنوكر", "سنيور",
	} {
		out = append(out, Fold(w))
	}
	return out
}()

var graphZero graph.Date

// FindDates returns the date expressions of s (one sentence), in order and
// non-overlapping, resolved against articleDate (the zero Date disables
// every relative expression and day-month without a year):
//
//   - full dates: "14 أكتوبر/تشرين الأول 2022", "١٤ أكتوبر ٢٠٢٢",
//     "14 تشرين الأول (أكتوبر) 2022", "الجمعة 14 أكتوبر 2022", "2022-10-14",
//     "14/10/2022", "14.10.2022", "October 14, 2022", "14 октября 2022 г.";
//     Egyptian, Levantine (Syriac) and Maghreb month names;
//   - day and month: "7 أكتوبر" (year of the article date, or the adjacent
//     year when that puts the date nearer to the article date; Relative);
//   - month and year: "أكتوبر 2022", "أكتوبر من عام 2022" (Month);
//   - years: "عام 2019", "في عام 1992", "لعام 2023", "سنة 2020" (Year);
//   - periods: "للفترة 2023- 2025" (Year, the start year, Until the end
//     year; see FindPeriods);
//   - relative: اليوم, أمس, أول أمس, غدا, بعد غد, اليوم السابق/التالي,
//     الأسبوع/الشهر/العام الماضي/المقبل/القادم/الجاري, هذا الأسبوع/الشهر/العام
//     ("اليوم" in "نفس اليوم", "اليوم نفسه", "لليوم الثاني", "اليوم الوطني"
//     is not today; a conjunction و/ف before the word is left out of the span);
//   - weekdays: "اليوم الجمعة" is the article date when it is a Friday;
//     "يوم الخميس", "الخميس" are the nearest Thursday on or before the
//     article date in a past-tense sentence, on or after it in a future one
//     (FutureTense decides). الأحد and الاثنين (also "one", "the two") need
//     يوم before them.
//
// Ordinal anniversaries ("الذكرى السبعون") and bare numbers are not dates.
func FindDates(s string, articleDate graph.Date) []DateExpr {
	return findDates(s, articleDate, FutureTense(s))
}

// FindDatesTense is FindDates with the tense of the sentence given rather
// than guessed: future selects the next weekday, otherwise the last.
func FindDatesTense(s string, articleDate graph.Date, future bool) []DateExpr {
	return findDates(s, articleDate, future)
}

func findDates(s string, art graph.Date, future bool) []DateExpr {
	f := FoldMap(s)
	toks := tokenize(f.Text)
	var out []DateExpr
	haveArt := !art.IsZero()
	emit := func(i, n int, d graph.Date, p Precision, rel bool) {
		a, b := f.Span(toks[i].start+leadingConj(toks[i].s), toks[i+n-1].end)
		out = append(out, DateExpr{Start: a, End: b, Date: d, Precision: p, Relative: rel})
	}
	for i := 0; i < len(toks); i++ {
		// Absorb a leading "اليوم الجمعة" / "يوم الجمعة" / "الجمعة،" before
		// an explicit date.
		lead := 0
		if n := weekdayPhrase(toks, i); n > 0 {
			j := i + n
			if j < len(toks) && (toks[j].s == "،" || toks[j].s == ",") {
				j++
			}
			if _, ok := numAt(toks, j, 1, 31, 2); ok {
				if m, _ := monthAt(toks, j+1); m != 0 || (j+1 < len(toks) && toks[j+1].s == wFrom) {
					lead = j - i
				}
			}
		}
		k := i + lead
		if e, n, ok := explicitDate(toks, k, art); ok {
			emit(i, lead+n, e.Date, e.Precision, e.Relative)
			out[len(out)-1].Until = e.Until
			i += lead + n - 1
			continue
		}
		if !haveArt {
			continue
		}
		if d, p, n, ok := relativeDate(toks, i, art, future); ok {
			emit(i, n, d, p, true)
			i += n - 1
			continue
		}
	}
	return out
}

// weekdayPhrase reads "اليوم الجمعة", "يوم الجمعة", "الجمعة" (also with و
// or في-less clitics) at toks[i]; it returns the tokens used.
func weekdayPhrase(toks []token, i int) int {
	if i >= len(toks) {
		return 0
	}
	w := stripConj(toks[i].s)
	if (w == wToday || w == wDay) && i+1 < len(toks) {
		if _, ok := weekdays[toks[i+1].s]; ok {
			return 2
		}
	}
	if _, ok := weekdays[w]; ok {
		return 1
	}
	return 0
}

// leadingConj returns 1 when the date word w carries the conjunction و or ف
// ("وعام", "وأمس", "والخميس"), which is left out of the expression's span.
func leadingConj(w string) int {
	s := stripConj(w)
	if s == w {
		return 0
	}
	if _, ok := weekdays[s]; ok || wYear[s] || s == wToday || s == wDay || relWords.yesterday[s] || relWords.tomorrow[s] || monthWords[s] != 0 {
		return 1
	}
	return 0
}

func stripConj(w string) string {
	if utf8.RuneCountInString(w) > 3 && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) {
		return w[len("و"):]
	}
	return w
}

type explicit struct {
	Date      graph.Date
	Precision Precision
	Relative  bool
	Until     graph.Date
}

// explicitDate reads a date written with numbers at toks[i]; it returns the
// tokens used.
func explicitDate(toks []token, i int, art graph.Date) (explicit, int, bool) {
	t := toks[i]
	// Year first: ISO 2022-10-14, and 2022/10/14 or 2022.10.14.
	if y, ok := yearAt(toks, i); ok && i+4 < len(toks) && (toks[i+1].s == "-" || toks[i+1].s == "/" || toks[i+1].s == ".") && toks[i+3].s == toks[i+1].s {
		mo, ok1 := numAt(toks, i+2, 1, 12, 2)
		d, ok2 := numAt(toks, i+4, 1, 31, 2)
		if ok1 && ok2 && validDay(y, mo, d) {
			return explicit{Date: graph.NewDate(y, time.Month(mo), d)}, 5, true
		}
	}
	// Day first: a number, or an ordinal word before من and a month
	// ("الرابع من أبريل", "الحادي والعشرين من مارس").
	d, ok := numAt(toks, i, 1, 31, 2)
	dayLen := 1
	if !ok {
		if od, n := ordinalDayAt(toks, i); n > 0 && i+n < len(toks) {
			// "الفاتح والثاني من نوفمبر": the first of two days
			if i+n+1 < len(toks) && strings.HasPrefix(toks[i+n].s, "و") {
				rest := []token{{s: strings.TrimPrefix(toks[i+n].s, "و")}}
				if _, n2 := ordinalDayAt(rest, 0); n2 == 1 && toks[i+n+1].s == wFrom {
					n++
				}
			}
			if toks[i+n].s == wFrom {
				if m, _ := monthAt(toks, i+n+1); m != 0 || currentMonthAt(toks, i+n+1) > 0 {
					d, dayLen, ok = od, n, true
				}
			}
		}
	}
	if ok {
		// 14/10/2022, 14.10.2022, 14-10-2022.
		if dayLen == 1 && i+4 < len(toks) && (toks[i+1].s == "/" || toks[i+1].s == "." || toks[i+1].s == "-") && toks[i+3].s == toks[i+1].s {
			mo, ok1 := numAt(toks, i+2, 1, 12, 2)
			y, ok2 := yearAt(toks, i+4)
			if ok1 && ok2 && validDay(y, mo, d) {
				return explicit{Date: graph.NewDate(y, time.Month(mo), d)}, 5, true
			}
		}
		j := i + dayLen
		if j < len(toks) && toks[j].s == wFrom {
			j++
		}
		if n := currentMonthAt(toks, j); n > 0 && toks[j-1].s == wFrom && !art.IsZero() {
			// "في الرابع من الشهر الجاري": a day of the article's month
			if validDay(art.Year, int(art.Month), d) {
				return explicit{Date: graph.NewDate(art.Year, art.Month, d), Relative: true}, j + n - i, true
			}
			return explicit{}, 0, false
		}
		if m, n := monthAt(toks, j); m != 0 {
			j += n
			j += altMonthAt(toks, j)
			yi := yearIntro(toks, j)
			if y, ok := yearAt(toks, j+yi); ok {
				j += yi + 1
				j += yearSuffix(toks, j)
				if validDay(y, m, d) {
					return explicit{Date: graph.NewDate(y, time.Month(m), d)}, j - i, true
				}
				return explicit{}, 0, false
			}
			if art.IsZero() {
				return explicit{}, 0, false
			}
			y := nearestYear(art, m, d)
			// "18 نوفمبر المقبل": the next such day; "الماضي": the last
			// one; "الجاري": the article's year
			if j < len(toks) {
				switch w := toks[j].s; {
				case relWords.next[w] && !art.Before(graph.NewDate(y, time.Month(m), d)):
					y++
				case relWords.past[w] && art.Before(graph.NewDate(y, time.Month(m), d)):
					y--
				case relWords.current[w]:
					y = art.Year
				}
			}
			if validDay(y, m, d) {
				return explicit{Date: graph.NewDate(y, time.Month(m), d), Relative: true}, j - i, true
			}
		}
		return explicit{}, 0, false
	}
	// Month first: "October 14, 2022", "أكتوبر 2022", "أكتوبر من عام 2022".
	if m, n := monthAt(toks, i); m != 0 {
		if precededByDay(toks, i) {
			return explicit{}, 0, false // "31 فبراير 2022": an impossible day
		}
		j := i + n
		j += altMonthAt(toks, j)
		if d, ok := numAt(toks, j, 1, 31, 2); ok {
			k := j + 1
			comma := k < len(toks) && (toks[k].s == "," || toks[k].s == "،")
			if comma {
				k++
			}
			// an Arabic month name before a number is a day only in the
			// full form "يوليو 21، 2022" (else "في يوليو 21 دولة" ...)
			if y, ok := yearAt(toks, k); ok && validDay(y, m, d) && (!isLatinArabicAmbiguous(t.s) || comma) {
				return explicit{Date: graph.NewDate(y, time.Month(m), d)}, k + 1 - i, true
			}
		}
		yi := yearIntro(toks, j)
		if y, ok := yearAt(toks, j+yi); ok {
			j += yi + 1
			j += yearSuffix(toks, j)
			return explicit{Date: graph.NewDate(y, time.Month(m), 1), Precision: Month}, j - i, true
		}
		return explicit{}, 0, false
	}
	// Periods and years.
	if p, n, ok := periodAt(toks, i); ok {
		return explicit{Date: graph.NewDate(p.From, time.January, 1), Precision: Year, Until: graph.NewDate(p.To, time.January, 1)}, n, true
	}
	if wYear[stripConj(t.s)] || (t.s == "في" && i+1 < len(toks) && wYear[toks[i+1].s]) {
		j := i + 1
		if t.s == "في" {
			j++
		}
		if y, ok := yearAt(toks, j); ok {
			// A period after the year word: "عامي 2023 و2025" is read by periodAt.
			if p, n, ok := periodAt(toks, j); ok {
				return explicit{Date: graph.NewDate(p.From, time.January, 1), Precision: Year, Until: graph.NewDate(p.To, time.January, 1)}, j - i + n, true
			}
			j++
			j += yearSuffix(toks, j)
			return explicit{Date: graph.NewDate(y, time.January, 1), Precision: Year}, j - i, true
		}
	}
	return explicit{}, 0, false
}

// currentMonthAt returns the length of "الشهر الجاري" / "الشهر الحالي" /
// "هذا الشهر" at token i, or 0.
func currentMonthAt(toks []token, i int) int {
	if i+1 < len(toks) && toks[i].s == wMonthNoun && relWords.current[toks[i+1].s] {
		return 2
	}
	if i+1 < len(toks) && toks[i].s == wThis && toks[i+1].s == wMonthNoun {
		return 2
	}
	return 0
}

var (
	wMonthNoun = Fold("الشهر")
	wThis      = Fold("هذا")
)

// ordinalUnits are the folded masculine ordinals 1–9 used for days of the
// month ("الرابع من أبريل"); الحادي stands for 1 in compounds.
var ordinalUnits = func() map[string]int {
	m := map[string]int{}
	for i, w := range []string{"الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"} {
		m[Fold(w)] = i + 1
	}
	m[Fold("الحادي")] = 1
	m[Fold("الفاتح")] = 1 // Maghrebi usage: "الفاتح من نوفمبر"
	return m
}()

var (
	ordinalTen    = Fold("العاشر")
	ordinalTeen   = Fold("عشر")
	ordinalTwenty = Fold("العشرين")
	ordinalThirty = Fold("الثلاثين")
)

// ordinalDayAt reads a day of the month written as an ordinal word at
// toks[i:] ("الرابع" 4, "العاشر" 10, "الحادي عشر" 11, "العشرين" 20,
// "الخامس والعشرين" 25, "الحادي والثلاثين" 31); it returns the day and
// the number of tokens used, or 0, 0.
func ordinalDayAt(toks []token, i int) (int, int) {
	if i >= len(toks) || toks[i].num {
		return 0, 0
	}
	w := toks[i].s
	switch w {
	case ordinalTen:
		return 10, 1
	case ordinalTwenty:
		return 20, 1
	case ordinalThirty:
		return 30, 1
	}
	u, ok := ordinalUnits[w]
	if !ok {
		return 0, 0
	}
	if i+1 < len(toks) {
		switch toks[i+1].s {
		case ordinalTeen:
			if w == Fold("الأول") {
				return 0, 0
			}
			return 10 + u, 2
		case "و" + ordinalTwenty:
			return 20 + u, 2
		case "و" + ordinalThirty:
			if u == 1 {
				return 31, 2
			}
			return 0, 0
		}
	}
	if w == Fold("الحادي") {
		return 0, 0
	}
	if w == Fold("الفاتح") {
		return 1, 1
	}
	return u, 1
}

func precededByDay(toks []token, i int) bool {
	if i > 0 && toks[i-1].s == wFrom {
		i--
	}
	_, ok := numAt(toks, i-1, 1, 31, 2)
	return i > 0 && ok
}

// isLatinArabicAmbiguous is true for month words that should not take a
// following day number (Arabic writes the day first).
func isLatinArabicAmbiguous(w string) bool {
	for _, r := range w {
		return r >= 0x600 && r < 0x700
	}
	return false
}

// nearestYear picks, among the article's year and its neighbours, the year
// that puts day d of month m nearest to the article date.
func nearestYear(art graph.Date, m, d int) int {
	best, bestDiff := art.Year, time.Duration(1<<62)
	for _, y := range []int{art.Year - 1, art.Year, art.Year + 1} {
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		diff := t.Sub(art.Time())
		if diff < 0 {
			diff = -diff
		}
		if diff < bestDiff {
			best, bestDiff = y, diff
		}
	}
	return best
}

// periodAt reads a period of years at toks[i]: "2023- 2025", "2023/2025",
// "من 2023 إلى 2025", "من عام 2023 حتى عام 2025", "2023 و2025" (after عامي).
func periodAt(toks []token, i int) (Period, int, bool) {
	j := i
	from := false
	if j < len(toks) && toks[j].s == wFrom {
		from = true
		j++
		if j < len(toks) && wYear[toks[j].s] {
			j++
		}
	}
	y1, ok := yearAt(toks, j)
	if !ok {
		return Period{}, 0, false
	}
	j++
	if j >= len(toks) {
		return Period{}, 0, false
	}
	sep := toks[j].s
	switch {
	case sep == "-" || sep == "–" || sep == "—" || sep == "/":
		j++
	case from && wTo[sep]:
		j++
		if j < len(toks) && wYear[toks[j].s] {
			j++
		}
	case i > 0 && toks[i-1].s == "عامي" && sep == "و":
		j++
	default:
		return Period{}, 0, false
	}
	y2, ok := yearAt(toks, j)
	if !ok || y2 < y1 || y2-y1 > 100 {
		return Period{}, 0, false
	}
	return Period{From: y1, To: y2}, j + 1 - i, true
}

// FindPeriods returns the periods of years in s, in order: "للفترة 2023-
// 2025" gives {From: 2023, To: 2025} spanning "2023- 2025".
func FindPeriods(s string) []Period {
	f := FoldMap(s)
	toks := tokenize(f.Text)
	var out []Period
	for i := 0; i < len(toks); i++ {
		if p, n, ok := periodAt(toks, i); ok {
			p.Start, p.End = f.Span(toks[i].start, toks[i+n-1].end)
			out = append(out, p)
			i += n - 1
		}
	}
	return out
}

var relWords = struct {
	yesterday, tomorrow, past, next, current map[string]bool
	week, month, year                        map[string]bool
}{
	yesterday: set("امس", "الامس", "البارحه"),
	tomorrow:  set("غدا", "الغد"),
	past:      set("الماضي", "الماضيه", "المنصرم", "المنصرمه", "السابق", "السابقه", "الفائت", "الفائته"),
	next:      set("المقبل", "المقبله", "القادم", "القادمه", "التالي", "التاليه"),
	current:   set("الجاري", "الجاريه", "الحالي", "الحاليه"),
	week:      set("الاسبوع", "الاسبوع"),
	month:     set("الشهر"),
	year:      set("العام", "السنه"),
}

func set(ws ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		m[Fold(w)] = true
	}
	return m
}

func addDays(d graph.Date, n int) graph.Date { return graph.DateOf(d.Time().AddDate(0, 0, n)) }

// relativeDate reads a relative expression at toks[i].
func relativeDate(toks []token, i int, art graph.Date, future bool) (graph.Date, Precision, int, bool) {
	w := stripConj(toks[i].s)
	next := func(k int) string {
		if i+k < len(toks) {
			return toks[i+k].s
		}
		return ""
	}
	// Weekdays.
	if n := weekdayPhrase(toks, i); n > 0 {
		wd := weekdays[toks[i+n-1].s]
		if n == 1 && ambiguousWeekday[w] {
			return graph.Date{}, 0, 0, false
		}
		aw := art.Time().Weekday()
		if n == 2 && w == wToday {
			if wd == aw {
				return art, Day, 2, true
			}
		}
		var d graph.Date
		if future {
			d = addDays(art, (int(wd)-int(aw)+7)%7)
		} else {
			d = addDays(art, -((int(aw) - int(wd) + 7) % 7))
		}
		return d, Day, n, true
	}
	switch {
	case w == "اول" && (next(1) == "امس" || (next(1) == "من" && next(2) == "امس")):
		if next(1) == "من" {
			return addDays(art, -2), Day, 3, true
		}
		return addDays(art, -2), Day, 2, true
	case w == "بعد" && (next(1) == "غد" || next(1) == "غدا"):
		return addDays(art, 2), Day, 2, true
	case w == wDay && (next(1) == "امس" || next(1) == "غد" || next(1) == "غدا"):
		if next(1) == "امس" {
			return addDays(art, -1), Day, 2, true
		}
		return addDays(art, 1), Day, 2, true
	case relWords.yesterday[w]:
		if _, ok := weekdays[next(1)]; ok {
			return addDays(art, -1), Day, 2, true // "أمس الأربعاء": one day
		}
		return addDays(art, -1), Day, 1, true
	case relWords.tomorrow[w]:
		if _, ok := weekdays[next(1)]; ok {
			return addDays(art, 1), Day, 2, true // "غداً الخميس"
		}
		return addDays(art, 1), Day, 1, true
	case w == wToday:
		nx := next(1)
		if i > 0 && (toks[i-1].s == "نفس" || toks[i-1].s == "ذات") || nx == "نفسه" || nx == "ذاته" {
			return graph.Date{}, 0, 0, false // "في نفس اليوم": the same day as some other event
		}
		switch {
		case nx == "السابق":
			return addDays(art, -1), Day, 2, true
		case nx == "التالي":
			return addDays(art, 1), Day, 2, true
		case nx == "الي":
			// "اليوم إلى بغداد": إلى folds to الي, a preposition, not an
			// ordinal adjective
		case strings.HasPrefix(nx, "ال") && (strings.HasSuffix(nx, "ي") || nx == "الاول" || nx == "الاخير"):
			// اليوم الوطني, اليوم الثاني, اليوم الأول: a day, not today; a
			// noun after اليوم ("استضافت اليوم القمة") leaves it today
			return graph.Date{}, 0, 0, false
		}
		return art, Day, 1, true
	case w == "هذا" || w == "هذه":
		if n := next(1); relWords.week[n] {
			return art, Week, 2, true
		} else if relWords.month[n] {
			return graph.NewDate(art.Year, art.Month, 1), Month, 2, true
		} else if relWords.year[n] {
			return graph.NewDate(art.Year, time.January, 1), Year, 2, true
		}
	case relWords.week[w] || relWords.month[w] || relWords.year[w]:
		nx := next(1)
		delta := 0
		switch {
		case relWords.past[nx] && nx != "السابق" && nx != "السابقه":
			delta = -1
		case relWords.next[nx] && nx != "التالي" && nx != "التاليه":
			delta = 1
		case relWords.current[nx]:
		default:
			return graph.Date{}, 0, 0, false
		}
		switch {
		case relWords.week[w]:
			return addDays(art, 7*delta), Week, 2, true
		case relWords.month[w]:
			t := time.Date(art.Year, art.Month+time.Month(delta), 1, 0, 0, 0, 0, time.UTC)
			return graph.DateOf(t), Month, 2, true
		default:
			return graph.NewDate(art.Year+delta, time.January, 1), Year, 2, true
		}
	}
	return graph.Date{}, 0, 0, false
}

var fileDateRE = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)[0-9]{2})[-_.]?([01][0-9])[-_.]?([0-3][0-9])(?:[^0-9]|$)`)

// Dateline returns the article date: the first full (day-precision,
// non-relative) date in the first 15 lines of doc.Raw ("١٤ أكتوبر ٢٠٢٢",
// "14 أكتوبر/تشرين الأول 2022", "2022-10-14"), else an ISO date in the
// base name of doc.Name ("2022-10-14_cis-summit.txt", "20221014.html"),
// else the first full date in the first 3000 runes, else a dateline's day
// and month with the year the text calls current ("العام الجاري 2023").
// It reports false when there is none.
func Dateline(doc Document) (graph.Date, bool) {
	lines := strings.Split(doc.Raw, "\n")
	seen := 0
	for _, l := range lines {
		if strings.TrimFunc(l, isSpaceOrFormat) == "" {
			continue
		}
		seen++
		if seen > 15 {
			break
		}
		if d, ok := firstFullDate(l); ok {
			if yesterdayBefore(l, d) {
				// "اختتم X، أمس الأربعاء الرابع من ديسمبر 2024، ...": the
				// report is of the next day
				return addDays(d, 1), true
			}
			return d, true
		}
	}
	if m := fileDateRE.FindStringSubmatch(filepath.Base(doc.Name)); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		if mo >= 1 && mo <= 12 && validDay(y, mo, d) {
			return graph.NewDate(y, time.Month(mo), d), true
		}
	}
	head := []rune(doc.Raw)
	if len(head) > 3000 {
		head = head[:3000]
	}
	if d, ok := firstFullDate(string(head)); ok {
		return d, true
	}
	return yearlessDateline(lines, string(head))
}

// currentYearRE finds the year an article calls its own: "العام الجاري
// 2023"، "خلال العام الحالي 2023"، "هذا العام 2023" (folded text).
var currentYearRE = regexp.MustCompile(`(?:(?:العام|السنه|عام) (?:الجاري|الحالي)|هذا العام) ((?:19|20)[0-9]{2})`)

// yearlessDateline reads a dateline with a day and a month but no year
// ("نيودلهي في 2 مارس /أ ش أ/") in the first three lines, when the text
// names the year it calls current; else it reports false.
func yearlessDateline(lines []string, head string) (graph.Date, bool) {
	m := currentYearRE.FindStringSubmatch(Fold(head))
	if m == nil {
		return graph.Date{}, false
	}
	y, _ := strconv.Atoi(m[1])
	seen := 0
	for _, l := range lines {
		if strings.TrimFunc(l, isSpaceOrFormat) == "" {
			continue
		}
		if seen++; seen > 3 {
			break
		}
		for _, d := range FindDates(l, graph.NewDate(y, time.July, 1)) {
			if d.Precision == Day && validDay(y, int(d.Date.Month), d.Date.Day) {
				return graph.NewDate(y, d.Date.Month, d.Date.Day), true
			}
		}
	}
	return graph.Date{}, false
}

// yesterdayBefore reports whether "أمس" stands within the three words
// before the first full date d of line l.
func yesterdayBefore(l string, d graph.Date) bool {
	for _, x := range FindDates(l, graphZero) {
		if x.Precision != Day || x.Relative || x.Date != d {
			continue
		}
		before := []rune(l)[:min(x.Start, len([]rune(l)))]
		words := strings.Fields(Fold(string(before)))
		for k := len(words) - 1; k >= 0 && k >= len(words)-3; k-- {
			if strings.Trim(words[k], "،,") == wYesterday {
				return true
			}
		}
		return false
	}
	return false
}

var wYesterday = Fold("أمس")

func firstFullDate(s string) (graph.Date, bool) {
	for _, d := range FindDates(s, graphZero) {
		if d.Precision == Day && !d.Relative {
			return d.Date, true
		}
	}
	return graph.Date{}, false
}
