package text

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Arabic letters folded together for matching (the only hand-made table of
// this file; everything else comes from Unicode properties through
// golang.org/x/text).
const (
	tatweel    = '\u0640' // ـ kashida, a letter-like filler (Lm, not a mark)
	alefWasla  = '\u0671' // ٱ
	alefMaksur = '\u0649' // ى
	tehMarbuta = '\u0629' // ة
	farsiYeh   = '\u06CC' // ی (Persian/Urdu yeh)
	keheh      = '\u06A9' // ک (Persian kaf)
)

// dropRune reports whether the fold removes r: tatweel and format
// characters (ZWNJ, ZWJ, LRM, RLM, ALM, BOM ...).
func dropRune(r rune) bool { return r == tatweel || unicode.Is(unicode.Cf, r) }

// foldRune applies the letter-level folds after decomposition, mark
// removal and dropRune.
func foldRune(r rune) rune {
	switch {
	case r == alefWasla:
		return 'ا'
	case r == alefMaksur || r == farsiYeh:
		return 'ي'
	case r == tehMarbuta:
		return 'ه'
	case r == keheh:
		return 'ك'
	case r >= '\u0660' && r <= '\u0669': // Arabic-Indic digits
		return '0' + (r - '\u0660')
	case r >= '\u06F0' && r <= '\u06F9': // Eastern Arabic-Indic digits
		return '0' + (r - '\u06F0')
	case r == '\n':
		return r
	case unicode.IsSpace(r):
		return ' '
	}
	return unicode.ToLower(r)
}

// newFolder returns the per-rune fold: compatibility decomposition (NFKD,
// which splits أ إ آ ؤ ئ into a base letter and a hamza or madda mark, and
// presentation forms and ligatures into plain letters), removal of all
// nonspacing marks (harakat, shadda, sukun, superscript alef, hamza marks,
// Latin accents), removal of dropRune runes, then foldRune.
func newFolder() transform.Transformer {
	return transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), runes.Remove(runes.Predicate(dropRune)), runes.Map(foldRune))
}

var (
	foldCache sync.Map // rune → string, for runes outside the ASCII fast path
	arabicTab [0x700 - 0x600]string
	tabOnce   sync.Once
)

func initTab() {
	t := newFolder()
	for r := rune(0x600); r < 0x700; r++ {
		s, _, err := transform.String(t, string(r))
		if err != nil {
			s = string(r)
		}
		arabicTab[r-0x600] = s
	}
}

// foldOne returns the fold of the single rune r ("" when it is dropped).
func foldOne(r rune) string {
	if r < utf8.RuneSelf {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		if r == '\t' || r == '\r' || r == '\v' || r == '\f' {
			r = ' '
		}
		return string(r)
	}
	if r >= 0x600 && r < 0x700 {
		tabOnce.Do(initTab)
		return arabicTab[r-0x600]
	}
	if v, ok := foldCache.Load(r); ok {
		return v.(string)
	}
	s, _, err := transform.String(newFolder(), string(r))
	if err != nil {
		s = string(r)
	}
	foldCache.Store(r, s)
	return s
}

// Fold returns the matching key of s: NFKC-compatible folding (compatibility
// decomposition), all nonspacing marks removed (Arabic harakat, shadda,
// sukun, superscript alef, hamza and madda marks, Latin accents), tatweel
// removed, alef variants أ إ آ ٱ folded to ا, ى and ی to ي, ة to ه, ؤ to و,
// ئ to ي, ک to ك, Arabic-Indic and Eastern Arabic-Indic digits to ASCII,
// every white space except '\n' (NBSP, tabs, thin spaces ...) to ' ',
// format characters (ZWNJ, ZWJ, LRM, RLM, BOM) removed, and every cased
// letter (Latin, Cyrillic, Greek ...) lower-cased. Punctuation is kept.
//
// Fold works rune by rune, so Fold(s) == FoldMap(s).Text and
// Fold(a+b) == Fold(a)+Fold(b).
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteString(foldOne(r))
	}
	return b.String()
}

// Folded is the fold of a string with a map back to it: Orig[i] is the rune
// offset in the input of the rune that produced folded rune i, and the last
// element Orig[len(Orig)-1] is the rune length of the input, so that a
// folded span [i, j) maps back to the input span [Orig[i], Orig[j]).
// len(Orig) == utf8.RuneCountInString(Text)+1.
type Folded struct {
	Text string
	Orig []int
}

// Span maps the folded rune span [i, j) (0 <= i <= j <= folded length)
// back to the rune span [start, end) of the input. Runes dropped by the
// fold (harakat, tatweel, format characters) that follow the last folded
// rune are included, since they belong to it; a rune that folded into
// several runes is included whole. For an empty span it returns
// (Orig[i], Orig[i]).
func (f Folded) Span(i, j int) (start, end int) {
	if j <= i {
		return f.Orig[i], f.Orig[i]
	}
	end = f.Orig[j]
	if end <= f.Orig[j-1] {
		end = f.Orig[j-1] + 1
	}
	return f.Orig[i], end
}

// FoldMap folds s like Fold and records, for every folded rune, the rune
// offset of the input rune it came from.
func FoldMap(s string) Folded {
	var b strings.Builder
	b.Grow(len(s))
	orig := make([]int, 0, len(s)+1)
	i := 0
	for _, r := range s {
		f := foldOne(r)
		b.WriteString(f)
		for range utf8.RuneCountInString(f) {
			orig = append(orig, i)
		}
		i++
	}
	orig = append(orig, i)
	return Folded{Text: b.String(), Orig: orig}
}
