package extract

import (
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// RuleDatelineSource names the rule that reads an agency credit in the
// dateline ("باريس في 28 فبراير 2024 /قنا/", "بانجول (أ ف ب) - 5 أيار 2024",
// "أستانا. 28 نوفمبر 2024. كازإنفورم").
const RuleDatelineSource = "dateline-source"

func init() { ruleConfidence[RuleDatelineSource] = 0.9 }

// datelineSource reads the media organisation credited in the dateline: a
// short line near the top of the article that carries a date, in which a
// news agency (kind MEDIA) is named — between slashes, in parentheses or
// after the date. Only media organisations count: a state or a city of the
// dateline is no source, and a media name in the body of the article
// ("أفادت وكالة رويترز") is a citation, not the article's source.
func (e *engine) datelineSource(a *sent) {
	if e.source != "" || a.s.Index > 3 || len(a.toks) > 16 {
		return
	}
	// a dateline cut into sentences by its full stops ("أستانا. 28 نوفمبر
	// 2024. كازإنفورم"): the credit after the date is in the same paragraph
	if len(a.s.Dates) > 0 && e.org.datelinePara == 0 {
		e.org.datelinePara = a.s.Paragraph + 1
	}
	if len(a.s.Dates) == 0 && e.org.datelinePara != a.s.Paragraph+1 {
		return
	}
	for _, en := range a.ents {
		if en.label != graph.LabelOrganization || en.quoted {
			continue
		}
		ent, ok := e.entity(en.id)
		if !ok || ent.Kind != "MEDIA" {
			continue
		}
		if !a.creditDelimited(en.t0, en.t1) && a.words() > 8 {
			continue
		}
		e.add(a, RuleDatelineSource, graph.RelAttributedTo, e.doc.ArticleID, en.id, [2]int{en.start, en.end}, graph.StatusReported, nil)
		e.source = en.id
		return
	}
}

// ministrySource reads a credit line that names a foreign ministry by its
// state ("المصدر: وزارة الخارجية لجمهورية أوزبكستان", "المصدر: وزارة
// خارجية أذربيجان"): the state's generated ministry org:mfa-<iso3> is the
// source. The state must follow the ministry words within three tokens.
func (e *engine) ministrySource(a *sent) bool {
	for i := 1; i+1 < len(a.toks); i++ {
		if !a.toks[i].is(fold1("وزارة")) {
			continue
		}
		j := i + 1
		if !a.toks[j].is(fold1("الخارجية")) && !a.toks[j].is(fold1("خارجية")) {
			continue
		}
		for k := j + 1; k < len(a.toks) && k <= j+3; k++ {
			en := a.entAt(k)
			if en == nil || en.label != graph.LabelState {
				continue
			}
			id := "org:mfa-" + strings.ToLower(strings.TrimPrefix(en.id, "state:"))
			if _, ok := e.entity(id); !ok {
				return false
			}
			if e.source == id {
				return true
			}
			e.add(a, RuleSource, graph.RelAttributedTo, e.doc.ArticleID, id, a.span(i, en.t1), graph.StatusReported, nil)
			e.source = id
			return true
		}
	}
	return false
}

// creditDelimited reports whether tokens [i, j) stand between parentheses
// or slashes ("(أ ف ب)", "/قنا/").
func (a *sent) creditDelimited(i, j int) bool {
	if i == 0 || j >= len(a.toks) {
		return false
	}
	l, r := a.toks[i-1].raw, a.toks[j].raw
	return (l == "(" && r == ")") || (l == "/" && r == "/")
}

// words counts the sentence's non-punctuation tokens.
func (a *sent) words() int {
	n := 0
	for _, t := range a.toks {
		if !t.punct {
			n++
		}
	}
	return n
}
