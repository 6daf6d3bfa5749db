// Package extract is the relation-extraction stage of diplograph's loader:
// given an article already read, segmented, dated and recognised (entity
// and title mentions per sentence), it finds meetings and the facts of
// MODEL.md about them — participation, absence, speakers, hosts, places,
// chairmanships, agenda items (initiatives), proposals, sideline and
// follow-up meetings, diplomatic relations, founding, offices — and
// resolves designations ("الرئيس الروسي" → the holder of the office on the
// article date) and cross-sentence references ("القمة", "الحدث",
// "المنظمة").
//
// The stage works on plain values (Document, Sentence, Mention) and asks
// the knowledge base through the small KB interface, so that it can be
// tested on hand-made inputs. Every rule is general for the genre (news
// about summits, visits, talks, chairmanship rotations, agreements); its
// trigger words are the named tables of lexicon.go.
//
// Output: Result holds Facts (one relationship read from one sentence by
// one named rule, with its confidence) and the nodes the stage creates
// (Meeting, Initiative, Chairmanship). Provenance properties (status,
// evidence, articleIds, confidence) are set on every relationship.
package extract

import (
	"github.com/diplograph/diplograph/graph"
)

// Labels of mentions that are not graph labels.
const (
	// LabelTitle is the label of a designation-word mention (الرئيس،
	// وزير الخارجية); its EntryID is the office kind.
	LabelTitle = "Title"
)

// Mention forms (as the gazetteer reports them).
const (
	FormName      = "NAME"
	FormAlias     = "ALIAS"
	FormAdjective = "ADJECTIVE"
	FormAcronym   = "ACRONYM"
	FormTitle     = "TITLE"
)

// Mention is one recognised entity or title in a sentence. Start and End
// are rune offsets in Sentence.Text, End exclusive.
type Mention struct {
	Start, End int
	Surface    string
	// EntryID is the graph id of the entity, or the office kind for a
	// Title mention ("head-of-state").
	EntryID string
	// Label is State, Person, Organization, Place or Title.
	Label string
	// Form is NAME, ALIAS, ADJECTIVE, ACRONYM or TITLE.
	Form string
	// Clitic is the proclitic text stripped before the span ("و", "ل").
	Clitic string
	// Gender is "m" or "f" for adjectives.
	Gender string
	// Title is the English title of a Title mention ("President",
	// "Supreme Leader"); designations resolve to the office with that title.
	Title string
	// Alt lists other entity ids the same words can name ("عمان": Amman or
	// Oman); see disambiguate in org_places.go.
	Alt []string
}

// DateExpr is one date expression of a sentence (rune offsets in
// Sentence.Text).
type DateExpr struct {
	Start, End int
	Date       graph.Date
	// Precision: PrecDay, PrecMonth, PrecYear or PrecWeek.
	Precision int
	Relative  bool
}

// Precisions of a DateExpr (same order as loader/text).
const (
	PrecDay = iota
	PrecMonth
	PrecYear
	PrecWeek
)

// Period is a span of years in a sentence ("للفترة 2023- 2025").
type Period struct {
	Start, End int
	From, To   int
}

// Sentence is one sentence with what the earlier stages found in it.
type Sentence struct {
	Index, Paragraph int
	// Start and End are rune offsets of the sentence in the article.
	Start, End int
	Text       string
	Mentions   []Mention
	Dates      []DateExpr
	Periods    []Period
}

// Document is the input of Run.
type Document struct {
	// ArticleID is the article's graph id; Sentence ids derive from it.
	ArticleID string
	// Date is the article (dateline) date; zero when unknown.
	Date      graph.Date
	Sentences []Sentence
}

// Entity is what the stage needs to know about a knowledge-base entry.
type Entity struct {
	ID, Label, Name string
	// Kind is the Organization kind (INTERGOVERNMENTAL, MEDIA, ...) or
	// the Place kind.
	Kind string
	// Acronym of an organisation ("CIS"), if any.
	Acronym string
	// State is the related state id (the state of a place or ministry).
	State string
	// PartOf is the parent organisation id of a body.
	PartOf string
	// Capital reports whether a place is its state's capital.
	Capital bool
	// Names are the folded (text.Fold) names and aliases of the entry, in
	// any language.
	Names []string
}

// Office is one office held by a person: Of is the entity id the office
// belongs to ("state:RUS", "org:cis"), Kind the office kind
// ("head-of-state"), Title the English title ("President").
type Office struct {
	Kind, Of, Title string
}

// KB is the knowledge base the stage consults (the gazetteer, adapted by
// package loader).
type KB interface {
	// Entity returns the entry with the given id.
	Entity(id string) (Entity, bool)
	// Holder returns the id of the person holding office ("kind:ISO3" or
	// "kind:org:x") on day on.
	Holder(office string, on graph.Date) (string, bool)
	// OfficesOf returns the offices of a person on day on.
	OfficesOf(personID string, on graph.Date) []Office
	// Capital returns the place id of the capital of a state.
	Capital(stateID string) (string, bool)
	// Parts returns the ids of the organisations that are part of orgID.
	Parts(orgID string) []string
}

// Fact is one relationship read from one sentence by one rule.
type Fact struct {
	// Rel is the relationship, with its key properties and provenance
	// (status, evidence, articleIds, confidence).
	Rel graph.Relationship
	// Sentence is the index of the sentence the fact was read from.
	Sentence int
	// Span is the rune span in the sentence of the words that triggered
	// the rule.
	Span [2]int
	// Rule names the rule that produced the fact.
	Rule string
	// Confidence is the rule's confidence, 0..1.
	Confidence float64
}

// Result is the output of Run: the facts in reading order and the nodes
// created by the stage (meetings, initiatives, chairmanships), sorted by id.
type Result struct {
	Facts []Fact
	Nodes []graph.Node
	// EntityIDs are the ids of knowledge-base entities used by facts or
	// mentioned, with the surfaces they were written with.
	EntityIDs map[string][]string
}
