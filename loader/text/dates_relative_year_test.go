package text

import (
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph"
)

// A day and month without a year followed by "المقبل" / "الماضي" / "الجاري"
// take the next, last or current occurrence instead of the nearest one.
func TestDayMonthWithRelativeYearWord(t *testing.T) {
	art := graph.NewDate(2024, time.May, 6)
	for _, c := range []struct {
		s    string
		want graph.Date
	}{
		{"تعقد القمة في 18 نوفمبر المقبل", graph.NewDate(2024, time.November, 18)},
		{"عقدت القمة في 3 مارس الماضي", graph.NewDate(2024, time.March, 3)},
		{"زار القاهرة في 20 يونيو الماضي", graph.NewDate(2023, time.June, 20)},
		{"في 2 فبراير المقبل", graph.NewDate(2025, time.February, 2)},
		{"في 18 نوفمبر الجاري", graph.NewDate(2024, time.November, 18)},
	} {
		ds := FindDates(c.s, art)
		if len(ds) == 0 || ds[0].Date != c.want {
			t.Errorf("%q: got %v, want %s", c.s, ds, c.want)
		}
	}
}

// Datelines seen in the genre: ordinal day words, year-first numeric dates.
func TestDatelineForms(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want graph.Date
	}{
		{"بروكسل، في الرابع من نيسان/أبريل 2024", graph.NewDate(2024, time.April, 4)},
		{"الحادي عشر من سبتمبر 2001", graph.NewDate(2001, time.September, 11)},
		{"في الخامس والعشرين من ديسمبر 2023", graph.NewDate(2023, time.December, 25)},
		{"الحادي والثلاثين من مارس 2022", graph.NewDate(2022, time.March, 31)},
		{"العشرين من يناير 2025", graph.NewDate(2025, time.January, 20)},
		{"إسلام آباد | 2022/03/23", graph.NewDate(2022, time.March, 23)},
		{"٢٠٢٢.٠٣.٢٣", graph.NewDate(2022, time.March, 23)},
		{"يومي الفاتح والثاني من نوفمبر 2022", graph.NewDate(2022, time.November, 1)},
	} {
		got, ok := firstFullDate(Fold(tc.in))
		if !ok || got != tc.want {
			t.Errorf("%q: got %v %v, want %v", tc.in, got, ok, tc.want)
		}
	}
	// An ordinal that is not a day of a month stays a word.
	if got, ok := firstFullDate(Fold("الرابع من المرشحين في 2024")); ok {
		t.Errorf("ordinal without a month read as a date: %v", got)
	}
}

// Month-first dates: the Arabic form needs the comma and the year; a date
// at the very start of a string must not panic (it once read token -1).
func TestMonthFirstDates(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want graph.Date
		ok   bool
	}{
		{"تشولبون آتا – يوليو 21، 2022", graph.NewDate(2022, time.July, 21), true},
		{"يوليو 21، 2022", graph.NewDate(2022, time.July, 21), true},
		{"July 21, 2022", graph.NewDate(2022, time.July, 21), true},
		{"في يوليو 21 دولة عام 2022", graph.Date{}, false},
	} {
		got, ok := firstFullDate(tc.in)
		if ok != tc.ok || got != tc.want {
			t.Errorf("%q: got %v %v, want %v %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// "اليوم" before "إلى" (which folds like an ordinal adjective in ي) is
// today; before "الثاني" it is a day of an event, not today.
func TestTodayBeforeIla(t *testing.T) {
	art := graph.NewDate(2021, time.June, 27)
	if ds := FindDates("وصل الرئيس اليوم إلى بغداد", art); len(ds) != 1 || ds[0].Date != art {
		t.Errorf("اليوم إلى: got %v, want today", ds)
	}
	if ds := FindDates("في اليوم الثاني للقمة", art); len(ds) != 0 {
		t.Errorf("اليوم الثاني: got %v, want no date", ds)
	}
}

// "في الرابع من الشهر الجاري"، "في 27 من الشهر الحالي": a day of the
// article's month; "من هذا الشهر" too.
func TestDayOfTheCurrentMonth(t *testing.T) {
	art := graph.NewDate(2025, time.February, 11)
	for _, tc := range []struct {
		in   string
		want graph.Date
	}{
		{"التقيا في الرابع من الشهر الجاري", graph.NewDate(2025, time.February, 4)},
		{"تعقد القمة في السابع والعشرين من الشهر الجاري", graph.NewDate(2025, time.February, 27)},
		{"في 20 من الشهر الحالي", graph.NewDate(2025, time.February, 20)},
		{"في الخامس من هذا الشهر", graph.NewDate(2025, time.February, 5)},
	} {
		ds := FindDates(tc.in, art)
		if len(ds) == 0 || ds[0].Date != tc.want || ds[0].Precision != Day {
			t.Errorf("%q: got %+v, want %v", tc.in, ds, tc.want)
		}
	}
	// a day past the month's end is no date
	if ds := FindDates("في الحادي والثلاثين من الشهر الجاري", art); len(ds) > 0 && ds[0].Precision == Day {
		t.Errorf("31 February read as a date: %+v", ds)
	}
}

// A dateline with a day and a month but no year takes the year the text
// calls current; without such a phrase there is no article date.
func TestYearlessDateline(t *testing.T) {
	raw := "عنوان\n\nنيودلهي في 2 مارس /أ ش أ/\n\nاختتم الوزراء اجتماعهم اليوم، واكتفت الهند، التي تتولى رئاسة المجموعة خلال العام الجاري 2023، بإصدار وثيقة.\n"
	d, ok := Dateline(Document{Raw: raw})
	if !ok || d != graph.NewDate(2023, time.March, 2) {
		t.Errorf("got %v %v, want 2023-03-02", d, ok)
	}
	if d, ok := Dateline(Document{Raw: "نيودلهي في 2 مارس\n\nاختتم الوزراء اجتماعهم اليوم.\n"}); ok {
		t.Errorf("a yearless dateline with no current year gave %v", d)
	}
}

// "أمس الأربعاء" is one day; a body date after "أمس" dates a report of the
// next day.
func TestYesterdayWithWeekday(t *testing.T) {
	art := graph.NewDate(2024, time.December, 5)
	ds := FindDates("اختتم أمس الأربعاء زيارته", art)
	if len(ds) != 1 || ds[0].Date != graph.NewDate(2024, time.December, 4) {
		t.Errorf("got %+v, want one date 2024-12-04", ds)
	}
	raw := "عنوان\n\nالدوحة – «الشرق»:\n\nاختتم الأمير، أمس الأربعاء الرابع من ديسمبر 2024، زيارة دولة.\n"
	if d, ok := Dateline(Document{Raw: raw}); !ok || d != graph.NewDate(2024, time.December, 5) {
		t.Errorf("dateline %v %v, want 2024-12-05", d, ok)
	}
}
