package extract

import (
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// Disambiguation of words that name both a state and a city ("عمان":
// Amman, the capital of Jordan, or the Sultanate of Oman). The gazetteer
// reads such words one way (Mention.EntryID) and lists the other readings
// in Mention.Alt; disambiguate chooses by context, before any rule runs:
//
//   - the city when a city cue precedes it ("العاصمة الأردنية عمان"،
//     "مدينة عمان") or a nisba adjective of the city's own state follows it;
//   - the state when a title precedes it ("سلطان عمان"، "وزير خارجية
//     عمان"), when a polity word does ("سلطنة"، "دولة"), or when it is an
//     item of a coordinated list of states ("السعودية والإمارات وعمان");
//   - otherwise, when the gazetteer's reading is the city, the article
//     decides: the state wins when the article speaks more of it (its name,
//     nisba adjectives, its other cities, its office-holders) than of the
//     city's state ("في عمان" after a Jordanian context stays Amman).

// cityCueWords before a name make it the city.
var cityCueWords = set("العاصمة", "عاصمة", "مدينة", "بمدينة", "لمدينة", "بالعاصمة", "للعاصمة", "ومدينة", "والعاصمة")

// polityCueWords before a name make it the state.
var polityCueWords = set("سلطنة", "دولة", "مملكة", "جمهورية", "إمارة", "بسلطنة", "لسلطنة", "وسلطنة")

// disambiguate returns doc with the mentions that name both a state and a
// place resolved by context. doc itself is not modified.
func disambiguate(doc Document, kb KB) Document {
	if kb == nil {
		return doc
	}
	ambiguous := false
	for _, s := range doc.Sentences {
		for _, m := range s.Mentions {
			if len(m.Alt) > 0 {
				ambiguous = true
			}
		}
	}
	if !ambiguous {
		return doc
	}
	cues := stateCues(doc, kb)
	out := doc
	out.Sentences = make([]Sentence, len(doc.Sentences))
	for si, s := range doc.Sentences {
		s.Mentions = append([]Mention(nil), s.Mentions...)
		toks := tokenize(s.Text)
		for mi := range s.Mentions {
			m := &s.Mentions[mi]
			state, place := statePlaceReadings(*m, kb)
			if state == "" || place == "" {
				continue
			}
			choice := readingByContext(s, mi, toks, state, place, kb)
			if choice == "" {
				if pe, ok := kb.Entity(place); ok && pe.State != "" {
					switch {
					case cues[state] > cues[pe.State]:
						choice = state
					case cues[pe.State] > cues[state]:
						choice = place
					}
				}
			}
			switch {
			case choice == state && m.EntryID != state:
				m.Alt = replaceID(m.Alt, state, m.EntryID)
				m.EntryID, m.Label, m.Form = state, graph.LabelState, FormAlias
			case choice == place && m.EntryID != place:
				m.Alt = replaceID(m.Alt, place, m.EntryID)
				m.EntryID, m.Label, m.Form = place, graph.LabelPlace, FormName
			}
		}
		out.Sentences[si] = s
	}
	return out
}

// statePlaceReadings returns the state and the place a mention can name
// (both non-empty only for an ambiguous mention whose place is a city of
// another state than the one named: Amman/Oman, not Kuwait City/Kuwait).
func statePlaceReadings(m Mention, kb KB) (string, string) {
	state, place := "", ""
	for _, id := range append([]string{m.EntryID}, m.Alt...) {
		switch {
		case strings.HasPrefix(id, "state:") && state == "":
			state = id
		case strings.HasPrefix(id, "place:") && place == "":
			place = id
		}
	}
	if state == "" || place == "" {
		return "", ""
	}
	// a capital named like its own state (الكويت، الجزائر) is no ambiguity here
	if pe, ok := kb.Entity(place); !ok || pe.State == state {
		return "", ""
	}
	return state, place
}

func replaceID(list []string, old, new string) []string {
	out := make([]string, 0, len(list))
	for _, x := range list {
		if x == old {
			x = new
		}
		if !contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// readingByContext applies the local cues to mention mi of s.
func readingByContext(s Sentence, mi int, toks []token, state, place string, kb KB) string {
	m := s.Mentions[mi]
	t0 := -1
	for i, t := range toks {
		if t.end > m.Start && t.start < m.End {
			if t0 < 0 {
				t0 = i
			}
		}
	}
	if t0 < 0 {
		return ""
	}
	// the mention directly before and after (by rune offsets)
	var prev, next *Mention
	for k := range s.Mentions {
		o := &s.Mentions[k]
		if o.End <= m.Start && (prev == nil || o.End > prev.End) {
			prev = o
		}
		if o.Start >= m.End && (next == nil || o.Start < next.Start) {
			next = o
		}
	}
	gapWords := func(a, b int) []token { // tokens strictly between rune offsets a and b
		var out []token
		for _, t := range toks {
			if t.start >= a && t.end <= b {
				out = append(out, t)
			}
		}
		return out
	}
	// a nisba adjective of the city's state right after: the city
	if pe, ok := kb.Entity(place); ok && next != nil && next.Form == FormAdjective && next.EntryID == pe.State && len(gapWords(m.End, next.Start)) == 0 {
		return place
	}
	// city cue words before (skipping one adjective: "العاصمة الأردنية عمان")
	j := t0 - 1
	if prev != nil && prev.Form == FormAdjective && len(gapWords(prev.End, m.Start)) == 0 {
		if pe, ok := kb.Entity(place); ok && prev.EntryID == pe.State {
			return place
		}
		for ; j >= 0 && toks[j].end > prev.Start; j-- {
		}
	}
	if j >= 0 && !toks[j].punct && toks[j].has(cityCueWords) {
		return place
	}
	if t0 > 0 && !toks[t0-1].punct && toks[t0-1].has(polityCueWords) {
		return state
	}
	// a title right before: "سلطان عمان"، "وزير خارجية عمان"
	if prev != nil && prev.Label == LabelTitle && len(gapWords(prev.End, m.Start)) == 0 {
		return state
	}
	// an item of a list of states
	isListGlue := func(ts []token) bool {
		for _, t := range ts {
			if !(t.punct && (t.raw == "،" || t.raw == ",") || t.is(fold1("و"))) {
				return false
			}
		}
		return true
	}
	if prev != nil && prev.Label == graph.LabelState && prev.Form != FormAdjective && isListGlue(gapWords(prev.End, m.Start)) {
		return state
	}
	if next != nil && next.Label == graph.LabelState && next.Form != FormAdjective && len(gapWords(m.End, next.Start)) > 0 && isListGlue(gapWords(m.End, next.Start)) {
		return state
	}
	return ""
}

// stateCues counts, per state, the unambiguous mentions of the article that
// point to it: the state's names and adjectives, its places and
// organisations, and the people whose state it is.
func stateCues(doc Document, kb KB) map[string]int {
	out := map[string]int{}
	for _, s := range doc.Sentences {
		for _, m := range s.Mentions {
			if len(m.Alt) > 0 {
				continue
			}
			switch m.Label {
			case graph.LabelState:
				out[m.EntryID]++
			case graph.LabelPlace, graph.LabelPerson, graph.LabelOrganization:
				if en, ok := kb.Entity(m.EntryID); ok && en.State != "" {
					out[en.State]++
				}
			}
		}
	}
	return out
}

// -- designations by title ----------------------------------------------------

// leaderKinds are the office kinds a head-of-state or government title may
// stand for: "الرئيس الإيراني" is the President of Iran, whose office is
// the head of government's under the Supreme Leader.
var leaderKinds = []string{"head-of-state", "head-of-government"}

func firstOr(l []string) string {
	if len(l) == 0 {
		return ""
	}
	return l[0]
}

// officeTitleFits reports whether an office title fits the English title of a
// designation word: equal, or containing it as a word ("Acting
// President" fits "President"); an empty title fits anything.
func officeTitleFits(office, title string) bool {
	if title == "" || office == "" {
		return true
	}
	o, t := strings.ToLower(office), strings.ToLower(title)
	if o == t {
		return true
	}
	for _, w := range strings.Fields(o) {
		if w == t {
			return true
		}
	}
	return strings.Contains(" "+o+" ", " "+t+" ")
}

// holderByTitle resolves a designation (office kind, complement, English
// title) on day on: the holder of an office of the complement whose
// title is the designation's title, looking first at the office of the
// designation's kind and then at the other leader offices ("الرئيس
// الإيراني" → the President, not the Supreme Leader, though both are
// leaders of Iran); a holder of the designation's kind whose title names
// another office ("Supreme Leader" for "الرئيس") is not taken.
func holderByTitle(kb KB, kind, comp, title string, on graph.Date) (string, bool) {
	if kb == nil {
		return "", false
	}
	kinds := []string{kind}
	if contains(leaderKinds, kind) {
		for _, k := range leaderKinds {
			if k != kind {
				kinds = append(kinds, k)
			}
		}
	}
	fits := func(pid string) bool {
		for _, o := range kb.OfficesOf(pid, on) {
			if o.Of == comp && contains(kinds, o.Kind) && officeTitleFits(o.Title, title) {
				return true
			}
		}
		return false
	}
	for _, k := range kinds {
		if pid, ok := kb.Holder(k+":"+officeOf(comp), on); ok && fits(pid) {
			return pid, true
		}
	}
	// no title fits: the holder of the designation's own kind, unless the
	// title of that office is another designation's ("Supreme Leader" for
	// "الرئيس"; "King" for "الرئيس"), while "Chancellor" or "Secretary of
	// State" stand for "رئيس الوزراء" and "وزير الخارجية"
	if strictTitles[title] {
		return "", false // "المستشار الإماراتي" is an adviser, not the Prime Minister
	}
	pid, ok := kb.Holder(kind+":"+officeOf(comp), on)
	if !ok {
		return "", false
	}
	for _, o := range kb.OfficesOf(pid, on) {
		if o.Of == comp && o.Kind == kind && o.Title != "" && !officeTitleFits(o.Title, title) {
			for _, d := range rivalTitles {
				if officeTitleFits(o.Title, d) {
					return "", false
				}
			}
		}
	}
	return pid, true
}

// strictTitles designate only a holder whose office has that very title:
// "المستشار" is Germany's or Austria's head of government, and elsewhere a
// counsellor; "رئيس مجلس الدولة" is China's Premier, and elsewhere the head
// of a court (Egypt's State Council).
var strictTitles = map[string]bool{"Chancellor": true, "Premier": true}

// rivalTitles are the titles of distinct leader offices (titles.tsv): a
// designation by one of them never names the holder of another.
var rivalTitles = []string{"President", "King", "Emir", "Sultan", "Supreme Leader", "Pope", "Crown Prince"}
