package text

import (
	"strings"
	"unicode"
)

// Sentence is one sentence of a document.
type Sentence struct {
	// Index is the 0-based position of the sentence in the document;
	// indexes are contiguous.
	Index int
	// Paragraph is the 0-based index of the paragraph holding the
	// sentence; paragraphs with no sentence are not counted.
	Paragraph int
	// Start and End are rune offsets into the segmented text (Document.Raw),
	// End exclusive; []rune(raw)[Start:End] is Text.
	Start, End int
	// Text is the original text of the sentence, trimmed of white space.
	Text string
}

// Segment splits raw (normally Document.Raw) into sentences.
//
// Paragraphs are blocks of lines separated by blank lines (a line holding
// only white space, NBSP or format characters is blank). Every line break
// inside a paragraph ends a sentence, so headings and datelines (short
// lines without final punctuation) are sentences of their own. Inside a
// line, a sentence ends after . ! ? ؟ or the Arabic full stop ۔ (with any
// run of them and the closing quotes or brackets that follow), except:
// inside a quotation «…», “…” or "…" that closes in the same paragraph;
// at a decimal point or any dot followed by a letter or digit (3.5, tass.ru);
// after a one-letter word (initials, Arabic abbreviations such as د. or م.)
// or a listed abbreviation (Mr., Dr., e.g., etc., ق.م ...).
//
// A span longer than MaxSentenceRunes (text without sentence punctuation,
// such as a scraped page on one line) is cut into pieces of at most that
// length, at the last comma, else the last space, before the limit: the
// rules that read a sentence look at its words pairwise, so an unbounded
// sentence would make extraction quadratic in the input size.
func Segment(raw string) []Sentence {
	rs := []rune(raw)
	var out []Sentence
	para := -1
	lastParaWithText := -2
	blankBefore := true
	lineStart := 0
	var paraLines [][2]int
	flush := func() {
		if len(paraLines) == 0 {
			return
		}
		protected := quoteProtection(rs, paraLines[0][0], paraLines[len(paraLines)-1][1])
		para++
		for _, ln := range paraLines {
			for _, sp := range capSpans(rs, splitLine(rs, ln[0], ln[1], protected, paraLines[0][0])) {
				s, e := trimSpan(rs, sp[0], sp[1])
				if s >= e {
					continue
				}
				if lastParaWithText != para {
					lastParaWithText = para
				}
				out = append(out, Sentence{Index: len(out), Paragraph: para, Start: s, End: e, Text: string(rs[s:e])})
			}
		}
		paraLines = paraLines[:0]
	}
	for i := 0; i <= len(rs); i++ {
		if i < len(rs) && rs[i] != '\n' {
			continue
		}
		blank := true
		for _, r := range rs[lineStart:i] {
			if !isSpaceOrFormat(r) {
				blank = false
				break
			}
		}
		if blank {
			blankBefore = true
		} else {
			if blankBefore {
				flush()
			}
			blankBefore = false
			paraLines = append(paraLines, [2]int{lineStart, i})
		}
		lineStart = i + 1
	}
	flush()
	// Renumber paragraphs so that they are contiguous over the sentences.
	p, prev := -1, -1
	for i := range out {
		if out[i].Paragraph != prev {
			prev = out[i].Paragraph
			p++
		}
		out[i].Paragraph = p
	}
	return out
}

func trimSpan(rs []rune, s, e int) (int, int) {
	for s < e && isSpaceOrFormat(rs[s]) {
		s++
	}
	for e > s && isSpaceOrFormat(rs[e-1]) {
		e--
	}
	return s, e
}

// quoteProtection marks the runes of rs[start:end] that lie inside a
// quotation closed within that range; the result is indexed from start.
func quoteProtection(rs []rune, start, end int) []bool {
	prot := make([]bool, end-start)
	mark := func(a, b int) {
		for k := a + 1; k < b; k++ {
			prot[k-start] = true
		}
	}
	pairs := [][2]rune{{'«', '»'}, {'“', '”'}, {'‹', '›'}}
	for _, p := range pairs {
		var stack []int
		for i := start; i < end; i++ {
			switch rs[i] {
			case p[0]:
				stack = append(stack, i)
			case p[1]:
				if len(stack) > 0 {
					o := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					if len(stack) == 0 {
						mark(o, i)
					}
				}
			}
		}
	}
	open := -1
	for i := start; i < end; i++ {
		if rs[i] == '"' {
			if open < 0 {
				open = i
			} else {
				mark(open, i)
				open = -1
			}
		}
	}
	return prot
}

func isTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', '؟', '۔', '…', '‼', '⁇', '⁈', '⁉':
		return true
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '»', '”', '"', '\'', ')', ']', '}', '’', '›':
		return true
	}
	return false
}

// abbreviations (folded, without the final dot) after which a dot does not
// end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true,
	"jr": true, "sr": true, "no": true, "vs": true, "etc": true, "e.g": true,
	"i.e": true, "u.s": true, "u.k": true, "u.n": true, "gen": true, "col": true,
	"lt": true, "sgt": true, "capt": true, "gov": true, "sen": true, "rep": true,
	"inc": true, "ltd": true, "co": true, "corp": true, "jan": true, "feb": true,
	"mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "approx": true,
	"г": true, "гг": true, "т": true, "др": true, "им": true, "ул": true,
	"هـ": true, "ه": true, "ق.م": true, "ص.ب": true, "ت": true, "م.م": true,
	"د.م": true, "ج.م.ع": true, "أ.د": true, "ا.د": true,
}

// MaxSentenceRunes is the longest sentence Segment returns, in runes
// (about 350 Arabic words; news sentences, lists of participants
// included, stay well below it).
const MaxSentenceRunes = 2000

// capSpans cuts the spans longer than MaxSentenceRunes (see Segment).
func capSpans(rs []rune, spans [][2]int) [][2]int {
	var out [][2]int
	for _, sp := range spans {
		s, e := sp[0], sp[1]
		for e-s > MaxSentenceRunes {
			cut := s + MaxSentenceRunes
			comma, space := -1, -1
			for k := cut - 1; k > s+MaxSentenceRunes/2; k-- {
				if comma < 0 && (rs[k] == '،' || rs[k] == ',' || rs[k] == '؛' || rs[k] == ';') {
					comma = k + 1
				}
				if space < 0 && unicode.IsSpace(rs[k]) {
					space = k + 1
				}
				if comma >= 0 {
					break
				}
			}
			switch {
			case comma >= 0:
				cut = comma
			case space >= 0:
				cut = space
			}
			out = append(out, [2]int{s, cut})
			s = cut
		}
		out = append(out, [2]int{s, e})
	}
	return out
}

// splitLine splits the line rs[start:end] into sentence spans.
func splitLine(rs []rune, start, end int, prot []bool, pstart int) [][2]int {
	var out [][2]int
	s := start
	for i := start; i < end; i++ {
		r := rs[i]
		if !isTerminator(r) || prot[i-pstart] {
			continue
		}
		if r == '.' && !dotEndsSentence(rs, start, end, i) {
			continue
		}
		j := i + 1
		for j < end && (isTerminator(rs[j]) || isCloser(rs[j])) {
			j++
		}
		out = append(out, [2]int{s, j})
		s = j
		i = j - 1
	}
	if s < end {
		out = append(out, [2]int{s, end})
	}
	return out
}

// dotEndsSentence decides whether the dot at rs[i] ends a sentence.
func dotEndsSentence(rs []rune, start, end, i int) bool {
	if i+1 < end {
		n := rs[i+1]
		if unicode.IsLetter(n) || unicode.IsDigit(n) {
			return false // 3.5, tass.ru, U.S
		}
	}
	// The word before the dot.
	k := i
	for k > start && !unicode.IsSpace(rs[k-1]) && !strings.ContainsRune("(«\"“'[", rs[k-1]) {
		k--
	}
	w := strings.TrimRight(Fold(string(rs[k:i])), ".")
	if w == "" {
		return true
	}
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters == 1 && len([]rune(w)) <= 2 {
		return false // initials, Arabic one-letter abbreviations (د. م. ق.)
	}
	return !abbreviations[w]
}
