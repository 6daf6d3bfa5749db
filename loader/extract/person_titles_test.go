package extract

import "testing"

func TestTranslitArabic(t *testing.T) {
	for in, want := range map[string]string{
		"ماجد الأنصاري":        "Majd al-Ansari",
		"شيرلي أيوركور بوتشوي": "Shirli Ayurkur Butshuy",
		"وليد عبد الله":        "Wlid Abd Allah",
		"إيفغيني تيريخين":      "Ifghini Tirikhin",
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
