package text

import (
	"sort"
	"unicode/utf8"
)

// Proclitic is one way of reading the start of an Arabic word as
// proclitics: Prefix is the written prefix (e.g. "و", "بال", "لل"),
// Article whether it includes the definite article ال (written or, in
// "لل", assimilated).
type Proclitic struct {
	Prefix  string
	Conj    string // "و" or "ف" or ""
	Prep    string // "ب", "ل", "ك", "س" (future marker) or ""
	Article bool
}

// proclitics lists every proclitic prefix StripClitics removes, longest
// first: an optional conjunction (و or ف), then an optional preposition (ب,
// ل, ك) or the future marker س, then an optional article ال; ل+ال is
// written لل.
var proclitics = buildProclitics()

func buildProclitics() []Proclitic {
	var out []Proclitic
	for _, c := range []string{"", "و", "ف"} {
		for _, p := range []string{"", "ب", "ل", "ك", "س"} {
			for _, art := range []bool{false, true} {
				if p == "س" && art {
					continue
				}
				pre := c + p
				if art {
					if p == "ل" {
						pre = c + "لل"
					} else {
						pre += "ال"
					}
				}
				if pre == "" {
					continue
				}
				out = append(out, Proclitic{Prefix: pre, Conj: c, Prep: p, Article: art})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].Prefix) > len(out[j].Prefix) })
	return out
}

// Proclitics returns the readings of the start of word as proclitics that
// leave a stem of at least 2 letters, longest prefix first. The future
// marker س is only read before an imperfect prefix (ي ت ن ا), as in
// سيواصل. word should be folded (see Fold).
func Proclitics(word string) []Proclitic {
	var out []Proclitic
	for _, p := range proclitics {
		if len(word) <= len(p.Prefix) || word[:len(p.Prefix)] != p.Prefix {
			continue
		}
		stem := word[len(p.Prefix):]
		if utf8.RuneCountInString(stem) < 2 {
			continue
		}
		if p.Prep == "س" {
			r, _ := utf8.DecodeRuneInString(stem)
			if r != 'ي' && r != 'ت' && r != 'ن' && r != 'ا' {
				continue
			}
		}
		out = append(out, p)
	}
	return out
}

// StripClitics returns the candidate stems of a folded Arabic word, longest
// first, starting with the word itself: the word with its proclitics
// (و ف, then ب ل ك or the future marker س, then the article ال; لل stands
// for ل+ال) removed in every valid way, never leaving fewer than 2
// letters. When the article was assimilated (لل), the stem with the
// article restored ("للرئيس" → "الرئيس") is a candidate too, so that names
// written with ال can be looked up. Duplicates are removed; candidates of
// equal length keep the order of generation.
//
//	StripClitics("والرئيس") = ["والرئيس", "الرئيس", "رئيس"]
func StripClitics(word string) []string {
	out := []string{word}
	seen := map[string]bool{word: true}
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, p := range Proclitics(word) {
		stem := word[len(p.Prefix):]
		if p.Article && p.Prep == "ل" {
			add("ال" + stem)
		}
		add(stem)
	}
	sort.SliceStable(out, func(i, j int) bool {
		return utf8.RuneCountInString(out[i]) > utf8.RuneCountInString(out[j])
	})
	return out
}

// ParseProclitic reads prefix (folded) as a whole sequence of proclitics:
// an optional conjunction و/ف, an optional preposition ب/ل/ك or the future
// marker س, an optional article ال (لل for ل+ال). It reports false when
// prefix is not such a sequence; the empty prefix is not one either.
func ParseProclitic(prefix string) (Proclitic, bool) {
	for _, p := range proclitics {
		if p.Prefix == prefix {
			return p, true
		}
	}
	return Proclitic{}, false
}
