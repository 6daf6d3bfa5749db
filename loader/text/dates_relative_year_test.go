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
