package extract

import (
	"strings"
	"unicode/utf8"
)

// Lexicon of the event rules (meetings, participation, visits) that is not
// shared with the organisational rules. Words are folded at init.

// encliticPronouns are the attached pronouns of nouns and verbs ("قمتهم"،
// "اجتماعه"، "عقدها"), longest first.
var encliticPronouns = []string{"هما", "كما", "هم", "هن", "كم", "ها", "نا", "ه"}

// withoutEnclitic returns the readings of a folded stem with an attached
// pronoun removed; a final ت before the pronoun is also read as the taa
// marbuta it stands for ("قمتهم" → "قمه").
func withoutEnclitic(s string) []string {
	var out []string
	for _, p := range encliticPronouns {
		if !strings.HasSuffix(s, p) {
			continue
		}
		base := s[:len(s)-len(p)]
		if utf8.RuneCountInString(base) < 2 {
			continue
		}
		out = append(out, base)
		if strings.HasSuffix(base, "ت") {
			out = append(out, strings.TrimSuffix(base, "ت")+"ه")
		}
	}
	return out
}

// meetingNounOf returns the meeting kind of a singular meeting noun, read
// with or without an attached pronoun, and whether the pronoun was there.
func meetingNounOf(t token) (kind string, pron bool, ok bool) {
	if t.punct {
		return "", false, false
	}
	if k, ok := lookup(t, meetingNounsF); ok {
		return k, false, true
	}
	for _, s := range t.stems {
		for _, b := range withoutEnclitic(s) {
			if k, ok := meetingNounsF[b]; ok {
				return k, true, true
			}
		}
	}
	return "", false, false
}

// verbWithEnclitic is t.verb(m) that also reads a verb with an attached
// object pronoun ("عقدها"، "استضافته").
func verbWithEnclitic(t token, m map[string]tense) (tense, bool) {
	if v, _, ok := t.verb(m); ok {
		return v, true
	}
	if t.punct {
		return tenseNone, false
	}
	for _, s := range t.stems {
		for _, b := range withoutEnclitic(s) {
			if v, ok := m[b]; ok {
				return v, true
			}
		}
	}
	return tenseNone, false
}

// openCloseVerbs open or close a meeting (اختتم القادة قمتهم، افتتح الأمين
// العام أعمال القمة): they introduce a meeting like holdVerbs.
var openCloseVerbs = verbs(
	[]string{"اختتم", "اختتمت", "افتتح", "افتتحت", "افتتحت", "استهل", "استهلت", "بدأ", "بدأت"},
	[]string{"يختتم", "تختتم", "يختتمون", "يفتتح", "تفتتح", "اختتام", "افتتاح", "انعقاد", "ختام", "انطلاق", "أعمال"},
)
