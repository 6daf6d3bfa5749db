package extract

import (
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// Short names: once an article has named a person in full ("وزير
// الخارجية الصيني وانغ يي"، "شاه محمود قريشي"), later sentences often
// use one word of the name alone ("والتقى وانغ ..."، "بدعوة من قريشي").
// shortNames adds a Person mention (form ALIAS) for such a word when
//
//   - the person was named in full (a NAME mention of two words or more)
//     in an earlier sentence;
//   - the word is at least four letters long (without the article), is
//     not a stop word or a common given name, and belongs to the name of
//     one person of the article only (no ambiguity);
//   - no other mention covers the token.
//
// New people recognised from titles get the same treatment in
// personRecogniser.repeats; this pass covers the gazetteer's people.

// commonNameWords are given names, kunyas and particles shared by too many
// people to identify one alone.
var commonNameWords = set("محمد", "أحمد", "محمود", "مصطفى", "عبد", "عبدالله", "عبدالعزيز", "علي", "حسن", "حسين",
	"خالد", "سلمان", "زايد", "بن", "ابن", "آل", "أبو", "الشيخ", "الأمير", "السيد", "إبراهيم", "يوسف", "عمر",
	"سعيد", "سالم", "ناصر", "فيصل", "عبدالرحمن", "الرحمن", "الله", "العزيز", "جون", "ديفيد", "مايكل", "جيمس",
	"بيتر", "ألكسندر", "سيرغي", "فلاديمير", "نيكولاي", "إيفان", "أندريه")

// shortNames adds the short-name mentions of doc's sentences (see above).
func shortNames(doc Document) Document {
	sents := make([]Sentence, len(doc.Sentences))
	copy(sents, doc.Sentences)
	doc.Sentences = sents
	owner := map[string]string{} // folded name word → person id ("" when ambiguous)
	learn := func(m Mention) {
		if m.Label != graph.LabelPerson || m.Form != FormName {
			return
		}
		words := strings.Fields(fold1(m.Surface))
		if len(words) < 2 {
			return
		}
		for _, w := range words {
			if len([]rune(strings.TrimPrefix(w, "ال"))) < 4 || personStopWords[w] || commonNameWords[w] {
				continue
			}
			if id, ok := owner[w]; ok && id != m.EntryID {
				owner[w] = ""
				continue
			}
			owner[w] = m.EntryID
		}
	}
	for i := range doc.Sentences {
		s := &doc.Sentences[i]
		if len(owner) == 0 {
			for _, m := range s.Mentions {
				learn(m)
			}
			continue
		}
		toks := tokenize(s.Text)
		cov := tokenCover(toks, s.Mentions)
		r := []rune(s.Text)
		var added []Mention
		for k, t := range toks {
			if cov[k] >= 0 || t.punct || t.quoted {
				continue
			}
			for w, id := range owner {
				if id == "" || !t.is(w) {
					continue
				}
				st := t.end - len([]rune(w))
				if st < t.start {
					st = t.start
				}
				added = append(added, Mention{Start: st, End: t.end, Surface: string(r[st:t.end]),
					EntryID: id, Label: graph.LabelPerson, Form: FormAlias, Clitic: string(r[t.start:st])})
				cov[k] = len(s.Mentions)
				break
			}
		}
		for _, m := range s.Mentions {
			learn(m)
		}
		if len(added) > 0 {
			s.Mentions = sortMentions(append(append([]Mention(nil), s.Mentions...), added...))
		}
	}
	return doc
}
