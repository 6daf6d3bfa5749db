package extract

import (
	"strings"
	"testing"

	"github.com/diplograph/diplograph/graph"
)

func TestTranslitArabic(t *testing.T) {
	for in, want := range map[string]string{
		"ماجد الأنصاري":        "Majed al-Ansari",
		"شيرلي أيوركور بوتشوي": "Shirli Ayurkur Butshuy",
		"وليد عبد الله":        "Walid Abdullah",
		"إيفغيني تيريخين":      "Ifghini Tirikhin",
		"حسام زكي":             "Hossam Zaki",
		"ناصر القحطاني":        "Nasser al-Qahtani",
		"عبد الرحمن الجمعة":    "Abdulrahman al-Jma",
		"شهاب بن طارق آل سعيد": "Shihab bin Tariq Al Said",
	} {
		if got := translitArabic(in); got != want {
			t.Errorf("translitArabic(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNameWords(t *testing.T) {
	for s, want := range map[string]int{
		"شيرلي أيوركور بوتشوي، وبحث": 3,
		"ماجد الأنصاري إن":           2,
		"أكد أن":                     0,
		"الجديد أحمد":                0,
		"عبد الله بن زايد آل نهيان":  6,
		"محمد والوفد المرافق":        1,
		"خارجيتها نيابة عن":          0,
	} {
		toks := tokenize(s)
		cov := make([]int, len(toks))
		for i := range cov {
			cov[i] = -1
		}
		if _, n1 := nameWords(toks, cov, 0); n1 != want {
			t.Errorf("%s: %d name words, want %d", s, n1, want)
		}
	}
}

// A name before its title ("NAME، وزير الخارجية التونسي،" and "قال NAME
// الوزير التونسي") is read like one after it; a noun phrase before the
// title is no name.
func TestNameBeforeTitle(t *testing.T) {
	officeHolders := func(r Result) []Fact {
		var fs []Fact
		for _, f := range r.Facts {
			if f.Rel.Type == graph.RelHoldsOffice && f.Rel.End == "state:TUN" {
				fs = append(fs, f)
			}
		}
		return fs
	}
	for _, s := range []string{
		"أكد كمال بن سالم العياري، وزير الخارجية التونسي، أن بلاده تدعم الحوار.",
		"وقال كمال العياري وزير الخارجية التونسي إن المفاوضات مستمرة.",
	} {
		r := peopleRun(t, day, s)
		fs := officeHolders(r)
		if len(fs) != 1 || !strings.HasPrefix(fs[0].Rel.Start, "person:kamal-") || fs[0].Confidence > personConfidence {
			t.Errorf("%s: office facts %v", s, fs)
		}
	}
	for _, s := range []string{
		"ووصف قرارات جريئة وصعبة، وزير الخارجية التونسي، بأنها ضرورية.",
		"وأكد سامح شكري، وزير الخارجية التونسي، أن الحوار مستمر.",
	} {
		r := peopleRun(t, day, s)
		for _, f := range officeHolders(r) {
			if f.Rel.Start != "person:egy-fm" {
				t.Errorf("%s: unexpected %s %s", s, f.Rel.Type, f.Rel.Start)
			}
		}
	}
}
