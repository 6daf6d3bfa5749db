package gazetteer

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	ahocorasick "github.com/petar-dambovaliev/aho-corasick"

	"github.com/diplograph/diplograph/loader/text"
)

// article says how a pattern relates to the Arabic definite article.
type article int

const (
	artForbidden article = iota // a proper name: "روسيا" (no ال before it)
	artOptional                 // adjectives and titles: "روسي", "الروسي"
	artRequired                 // the name is written with ال: "الأردن", stored as "اردن"
)

// target is what a pattern names.
type target struct {
	entry  int // index in g.entries, or -1 for a title
	title  int
	form   Form
	gender string
	art    article
	upper  bool // a short Latin/Cyrillic acronym: the text must be in capitals
}

type matcher struct {
	ac      ahocorasick.AhoCorasick
	keys    []string
	targets [][]target
}

// MatchKey returns the key under which a name is matched: text.Fold, with
// hyphens turned into spaces, runs of spaces collapsed, and the ends
// trimmed ("Nur-Sultan" → "nur sultan", "أستانا" → "استانا").
func MatchKey(s string) string {
	f := text.Fold(s)
	var b strings.Builder
	sp := false
	for _, r := range f {
		if isJoiner(r) || r == ' ' || r == '\n' {
			sp = true
			continue
		}
		if sp && b.Len() > 0 {
			b.WriteByte(' ')
		}
		sp = false
		b.WriteRune(r)
	}
	return b.String()
}

// isJoiner: hyphens read as spaces when matching.
func isJoiner(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

func isArabic(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= 0x600 && r < 0x700
}

func formRank(f Form) int {
	switch f {
	case FormName:
		return 0
	case FormAcronym:
		return 1
	case FormAlias:
		return 2
	case FormAdjective:
		return 3
	}
	return 4
}

var labelRank = map[string]int{LabelState: 0, LabelOrganization: 1, LabelPerson: 2, LabelPlace: 3}

func newMatcher(g *Gazetteer, forms []surface) (*matcher, error) {
	idx := map[string]int{}
	m := &matcher{}
	for _, s := range forms {
		key := MatchKey(s.text)
		if utf8.RuneCountInString(key) < 2 {
			continue
		}
		t := target{entry: s.entry, title: s.title, form: s.form, gender: s.gender}
		switch {
		case isArabic(key) && strings.HasPrefix(key, "ال") && strings.HasPrefix(strings.TrimSpace(s.text), "ال") && utf8.RuneCountInString(key) >= 4:
			// the article, not a name that begins with أل/إل/آل ("ألماني"
			// folds to "الماني" too: its article form is "الألماني")
			key = key[len("ال"):]
			t.art = artRequired
		case isArabic(key) && (s.form == FormAdjective || s.form == FormTitle):
			t.art = artOptional
		}
		if s.form == FormAcronym && utf8.RuneCountInString(key) <= 4 && !isArabic(key) {
			t.upper = true
		}
		i, ok := idx[key]
		if !ok {
			i = len(m.keys)
			idx[key] = i
			m.keys = append(m.keys, key)
			m.targets = append(m.targets, nil)
		}
		dup := false
		for _, o := range m.targets[i] {
			if o.entry == t.entry && o.title == t.title && o.art == t.art && o.gender == t.gender {
				dup = true
				break
			}
		}
		if !dup {
			m.targets[i] = append(m.targets[i], t)
		}
	}
	if len(m.keys) == 0 {
		return nil, fmt.Errorf("gazetteer: no names to match")
	}
	for _, ts := range m.targets {
		sort.SliceStable(ts, func(a, b int) bool {
			ra, rb := formRank(ts[a].form), formRank(ts[b].form)
			if ra != rb {
				return ra < rb
			}
			return entryRank(g, ts[a]) < entryRank(g, ts[b])
		})
	}
	b := ahocorasick.NewAhoCorasickBuilder(ahocorasick.Opts{
		MatchKind: ahocorasick.StandardMatch,
		DFA:       false, // the NFA builds ~12x faster (60 ms vs 740 ms) and matches nearly as fast
	})
	m.ac = b.Build(m.keys)
	return m, nil
}

func entryRank(g *Gazetteer, t target) int {
	if t.entry < 0 {
		return 9
	}
	return labelRank[g.entries[t.entry].Label]
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

// candidate is one accepted match before the leftmost-longest selection.
type candidate struct {
	ws, start, end int // haystack rune offsets: word start (with clitics), span start, end
	key            int
	targets        []target
}

// Find returns the mentions of gazetteer entries and titles in s, in order
// and non-overlapping.
//
// s is folded (text.FoldMap) and its hyphens and runs of spaces are
// normalised like the patterns (MatchKey); one Aho–Corasick automaton over
// the folded forms of every name, alias, adjective and title reports all
// (overlapping) occurrences; an occurrence is kept when it ends at a word
// boundary and is preceded, inside its word, by nothing or by a valid
// sequence of proclitics (و ف, ب ل ك, ال, لل) compatible with the name: a
// proper name takes no article, a name written with ال (الأردن, الرئيس)
// needs it (so "للأردن" and "والأردن" match), adjectives and titles may
// take it. Among kept occurrences the leftmost (by word start), then the
// longest, then the best target (NAME, ACRONYM, ALIAS, ADJECTIVE, TITLE;
// State, Organization, Person, Place) wins; other targets of the same
// words go into Alt. Short Latin acronyms (≤ 4 letters) must be written in
// capitals.
//
// Overlapping iteration (StandardMatch) is used rather than the library's
// leftmost-longest iterator because the latter reports only the longest
// pattern at each position, so a longer pattern rejected by the boundary or
// clitic checks would hide a valid shorter one.
func (g *Gazetteer) Find(s string) []Mention {
	if s == "" {
		return nil
	}
	f := text.FoldMap(s)
	// Haystack: folded runes with joiners as spaces and space runs collapsed;
	// hayFold maps haystack rune i to folded rune index.
	hay := make([]rune, 0, len(f.Orig))
	hayFold := make([]int, 0, len(f.Orig))
	fi := 0
	for _, r := range f.Text {
		if isJoiner(r) {
			r = ' '
		}
		if r == ' ' && len(hay) > 0 && hay[len(hay)-1] == ' ' {
			fi++
			continue
		}
		hay = append(hay, r)
		hayFold = append(hayFold, fi)
		fi++
	}
	hayFold = append(hayFold, fi)
	hs := string(hay)
	// byte offset → haystack rune index
	runeAt := make([]int32, len(hs)+1)
	ri := int32(0)
	for bi := range hs {
		runeAt[bi] = ri
		ri++
	}
	runeAt[len(hs)] = ri
	orig := []rune(s)
	var cands []candidate
	iter := g.m.ac.IterOverlapping(hs)
	for mt := iter.Next(); mt != nil; mt = iter.Next() {
		rs, re := int(runeAt[mt.Start()]), int(runeAt[mt.End()])
		if re < len(hay) && isWordRune(hay[re]) {
			continue
		}
		ws := rs
		for ws > 0 && isWordRune(hay[ws-1]) {
			ws--
		}
		var p text.Proclitic
		if ws < rs {
			var ok bool
			p, ok = text.ParseProclitic(string(hay[ws:rs]))
			if !ok || p.Prep == "س" {
				continue
			}
		}
		var kept []target
		for _, t := range g.m.targets[mt.Pattern()] {
			switch t.art {
			case artForbidden:
				if p.Article {
					continue
				}
			case artRequired:
				if !p.Article {
					continue
				}
			}
			if t.upper && !allCaps(orig, f, hayFold, rs, re) {
				continue
			}
			kept = append(kept, t)
		}
		if len(kept) == 0 {
			continue
		}
		start := rs
		if p.Article && p.Prep != "ل" {
			start = rs - 2 // the written article belongs to the name
		}
		cands = append(cands, candidate{ws: ws, start: start, end: re, key: mt.Pattern(), targets: kept})
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].ws != cands[j].ws {
			return cands[i].ws < cands[j].ws
		}
		if cands[i].end != cands[j].end {
			return cands[i].end > cands[j].end
		}
		return cands[i].start > cands[j].start
	})
	var out []Mention
	last := -1
	for _, c := range cands {
		if c.ws < last {
			continue
		}
		last = c.end
		a, b := f.Span(hayFold[c.start], hayFold[c.end])
		cs, _ := f.Span(hayFold[c.ws], hayFold[c.start])
		m := Mention{Start: a, End: b, Surface: string(orig[a:b]), Clitic: string(orig[cs:a])}
		t := c.targets[0]
		m.Form = t.form
		if t.entry < 0 {
			te := g.titles[t.title]
			m.EntryID, m.Label, m.Title = te.Kind, LabelTitle, te.Title
		} else {
			e := g.entries[t.entry]
			m.EntryID, m.Label, m.Gender = e.ID, e.Label, t.gender
		}
		for _, o := range c.targets[1:] {
			id := ""
			if o.entry < 0 {
				id = g.titles[o.title].Kind
			} else {
				id = g.entries[o.entry].ID
			}
			if id != m.EntryID && !contains(m.Alt, id) {
				m.Alt = append(m.Alt, id)
			}
		}
		out = append(out, m)
	}
	return out
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// allCaps reports whether the original text of haystack runes [rs, re)
// has no lower-case letter.
func allCaps(orig []rune, f text.Folded, hayFold []int, rs, re int) bool {
	a, b := f.Span(hayFold[rs], hayFold[re])
	for _, r := range orig[a:b] {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}
