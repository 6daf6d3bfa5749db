package extract

import (
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// Diplomatic relations as a frame: a relations noun ("علاقات"،
// "العلاقات"، "علاقاتهما"، "بعلاقات") qualified as diplomatic
// ("الدبلوماسية" next to it, or "على المستوى الدبلوماسي" in the clause),
// with its parties in any of the genre's orders:
//
//   - "بين A وB"، "بين البلدين"، "بينهما" after the noun;
//   - "A ... مع B" (the subject before the noun, the partner after مع);
//   - "أقامت A وB علاقات دبلوماسية" (a list before the noun);
//
// since from an anniversary ("الذكرى الثلاثين لإقامة")، "منذ عام Y"،
// "تعود إلى عام Y" or an establishing word with a date in the clause
// ("أقيمت ... في أكتوبر 1992"). Negated relations ("لا تقيم") and severed
// ones ("قطعت") give nothing; restored ones ("استئناف") no since.

var (
	// diplomaticAdj qualify relations as diplomatic.
	diplomaticAdj = set("الدبلوماسية", "دبلوماسية", "الدبلوماسي", "دبلوماسي", "دبلوماسيا")
	// establishWords establish relations.
	establishWords = set("إقامة", "أقامت", "أقام", "أقيمت", "أقيم", "تأسيس", "أسست", "تأسست", "إرساء", "أرست", "إنشاء",
		"أنشأت", "لإقامة", "لتأسيس", "بإقامة", "اقامة", "يقيم", "تقيم", "أقامتا", "أقاما")
	// returnWords: "تعود إلى عام 1990".
	returnWords = set("تعود", "يعود", "ترجع", "يرجع")
	// severWords end relations.
	severWords = set("قطع", "قطعت", "يقطع", "تقطع", "بقطع", "قطعها", "تجميد", "جمدت", "خفض", "خفضت", "سحب")
	// dualPronounWords: "بينهما"، "بينهم".
	dualPronounWords = set("بينهما", "بينهم")
)

// relationsNoun reports whether token i is a relations noun (علاقات with
// any clitics or possessive).
func relationsNoun(t token) bool {
	if t.punct || t.quoted || t.ent >= 0 {
		return false
	}
	for _, s := range t.stems {
		if strings.HasPrefix(s, "علاقات") || strings.HasPrefix(s, "العلاقات") {
			return true
		}
	}
	return false
}

// diplomatic reads DIPLOMATIC_RELATIONS in a clause.
func (e *engine) diplomatic(sg *segment) {
	a := sg.a
	for i := sg.lo; i < sg.hi; i++ {
		if !relationsNoun(a.toks[i]) {
			continue
		}
		// the qualifier: next to the noun, or "المستوى الدبلوماسي" in the clause
		qual := false
		for k := i + 1; k < sg.hi && k <= i+2; k++ {
			if a.toks[k].has(diplomaticAdj) {
				qual = true
			}
		}
		if !qual {
			for k := i + 1; k < sg.hi && k <= i+12; k++ {
				if a.toks[k].has(diplomaticAdj) && k > 0 && a.toks[k-1].has(set("المستوى", "الصعيد")) {
					qual = true
				}
			}
		}
		if !qual || negatedStatus(a, sg.lo, i, 4) || governed(a, sg.lo, i, 4, severWords) {
			continue
		}
		states := e.relationParties(sg, i)
		if len(states) < 2 {
			continue
		}
		props := graph.Props{}
		if y, ok := e.relationsSince(sg, i); ok {
			props["since"] = int64(y)
		}
		for _, b := range states[1:] {
			x, y := states[0], b
			if x == y {
				continue
			}
			if y < x {
				x, y = y, x
			}
			e.add(a, RuleDiplomatic, graph.RelDiplomaticRelations, x, y, a.span(i, min(i+2, sg.hi)), graph.StatusReported, props)
		}
	}
}

// relationParties returns the states of a relations noun at token i: the
// first is the party every other one is related to.
func (e *engine) relationParties(sg *segment, i int) []string {
	a := sg.a
	lastTwo := func() []string {
		if n := len(e.org.states); n >= 2 {
			return []string{e.org.states[n-2], e.org.states[n-1]}
		}
		return nil
	}
	for k := i + 1; k < sg.hi && k <= i+6; k++ {
		t := a.toks[k]
		if t.punct && t.raw != "،" {
			break
		}
		switch {
		case t.has(dualPronounWords):
			if run, ok := e.nearestRun(a, sg.lo, i, i); ok && len(run.states) >= 2 {
				return run.states
			}
			return lastTwo()
		case t.is(fold1("بين")):
			if k+1 < sg.hi && a.toks[k+1].has(pairWords) {
				return lastTwo()
			}
			if run, ok := e.runFrom(a, k+1, sg.hi); ok && len(run.states) >= 2 {
				return run.states
			}
			// "بين روسيا وجميع دول آسيا الوسطى (A وB ...)"
			var out []string
			for x := k + 1; x < sg.hi; x++ {
				if en := a.entAt(x); en != nil && en.label == graph.LabelState && en.form != FormAdjective && !en.quoted && !contains(out, en.id) {
					out = append(out, en.id)
				}
			}
			return out
		case t.is(fold1("مع")):
			run, ok := e.runFrom(a, k+1, sg.hi)
			if !ok {
				return nil
			}
			subj := e.relationSubject(sg, i)
			if subj == "" {
				return nil
			}
			return append([]string{subj}, run.states...)
		}
	}
	// "أقامت A وB علاقات دبلوماسية"
	if run, ok := e.nearestRun(a, sg.lo, i, i); ok && run.hi <= i && len(run.states) >= 2 {
		return run.states
	}
	return nil
}

// runFrom returns the list of states that starts at token j (after "بين"/"مع").
func (e *engine) runFrom(a *sent, j, hi int) (stateRun, bool) {
	for _, r := range e.runs(a, j, hi) {
		if r.lo == j {
			return r, true
		}
		break
	}
	return stateRun{}, false
}

// relationSubject is the state whose relations a noun at token i names:
// the state named last before it in the clause (directly or through a
// person), else the state named last in the article.
func (e *engine) relationSubject(sg *segment, i int) string {
	if run, ok := e.nearestRun(sg.a, sg.lo, i, i); ok && run.hi <= i {
		return run.states[len(run.states)-1]
	}
	if n := len(e.org.states); n > 0 {
		return e.org.states[n-1]
	}
	return ""
}

// relationsSince reads the year relations were established.
func (e *engine) relationsSince(sg *segment, i int) (int, bool) {
	a := sg.a
	if governed(a, sg.lo, i, 4, restoreWords) {
		return 0, false
	}
	// an anniversary: "الذكرى الثلاثين لإقامة العلاقات"
	for k := i - 1; k >= sg.lo && k >= i-8; k-- {
		if !a.toks[k].has(anniversaryWords) || k+1 >= sg.hi {
			continue
		}
		if n, _, ok := ordinalAt(a, k+1); ok && e.articleYear() > 0 {
			return e.articleYear() - n, true
		}
	}
	cue := -1
	for k := sg.lo; k < sg.hi; k++ {
		t := a.toks[k]
		if !t.punct && (t.has(sinceWords) || t.has(returnWords) || t.has(establishWords)) {
			if cue < 0 || k > i && cue < i {
				cue = k
			}
		}
	}
	if cue < 0 {
		return 0, false
	}
	best, bd := 0, 1<<30
	for _, d := range a.s.Dates {
		k := a.tokenOf(d.Start)
		if k < sg.lo || k >= sg.hi || d.Relative || d.Precision == PrecWeek || a.toks[k].quoted {
			continue
		}
		dist := k - cue
		if dist < 0 {
			dist = -dist + 4 // a date after the cue is the cue's
		}
		if dist < bd && d.Date.Year > 1800 && (e.doc.Date.IsZero() || !e.doc.Date.Before(d.Date)) {
			best, bd = d.Date.Year, dist
		}
	}
	return best, best > 0
}

var (
	unitOrdinals = foldedMap(map[string]int{
		"الاولى": 1, "الاول": 1, "الحادية": 1, "الحادي": 1, "الثانية": 2, "الثاني": 2, "الثالثة": 3, "الثالث": 3,
		"الرابعة": 4, "الرابع": 4, "الخامسة": 5, "الخامس": 5, "السادسة": 6, "السادس": 6, "السابعة": 7, "السابع": 7,
		"الثامنة": 8, "الثامن": 8, "التاسعة": 9, "التاسع": 9, "العاشرة": 10, "العاشر": 10,
	})
	tensOrdinals = foldedMap(map[string]int{
		"العشرين": 20, "العشرون": 20, "الثلاثين": 30, "الثلاثون": 30, "الاربعين": 40, "الاربعون": 40,
		"الخمسين": 50, "الخمسون": 50, "الستين": 60, "الستون": 60, "السبعين": 70, "السبعون": 70,
		"الثمانين": 80, "الثمانون": 80, "التسعين": 90, "التسعون": 90, "المئوية": 100,
	})
)

// ordinalAt parses an ordinal at token k: a unit ("الخامسة")، a unit and
// "عشرة" ("الخامسة عشرة" = 15)، a unit and a ten ("الخامسة والسبعين" =
// 75)، a ten ("الثلاثين") or digits ("الـ30"); it returns the value and
// the end token.
func ordinalAt(a *sent, k int) (int, int, bool) {
	if k >= len(a.toks) {
		return 0, k, false
	}
	f := a.toks[k].f
	if n, ok := tensOrdinals[f]; ok {
		return n, k + 1, true
	}
	if strings.HasPrefix(f, "ال") {
		j := k
		if f == "ال" || f == "الـ" {
			j++
		}
		if j < len(a.toks) {
			d := strings.TrimPrefix(a.toks[j].f, "ال")
			if n, err := strconvAtoi(d); err == nil && n > 0 && n < 500 {
				return n, j + 1, true
			}
		}
	}
	u, ok := unitOrdinals[f]
	if !ok {
		return 0, k, false
	}
	if k+1 < len(a.toks) {
		nx := a.toks[k+1]
		if nx.f == fold1("عشرة") || nx.f == fold1("عشر") {
			return u + 10, k + 2, true
		}
		if strings.HasPrefix(nx.f, "و") {
			if t, ok := tensOrdinals[strings.TrimPrefix(nx.f, "و")]; ok {
				return u + t, k + 2, true
			}
		}
	}
	return u, k + 1, true
}

func strconvAtoi(s string) (int, error) {
	n := 0
	if s == "" {
		return 0, errNotNumber
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, errNotNumber
		}
		n = n*10 + int(r-'0')
	}
	return n, nil
}

var errNotNumber = &numberError{}

type numberError struct{}

// Error returns the error message.
func (*numberError) Error() string { return "not a number" }
