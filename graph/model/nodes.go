package model

import (
	"regexp"
	"strconv"
	"time"

	"github.com/diplograph/diplograph/graph"
)

// Object is implemented by the Go type of every GraphQL node type; it backs
// the GraphQL interface Node and the unions Institution and Destination.
type Object interface {
	// GraphNode returns the wrapped domain node.
	GraphNode() graph.Node
	// ID returns the node's id.
	ID() string
	// Name returns the node's display name.
	Name() string
}

// EntityObject backs the GraphQL interface Entity: every node type but
// Article and Sentence.
type EntityObject interface {
	Object
	isEntity()
}

// ActorObject backs the GraphQL interface Actor: *Person and *State.
type ActorObject interface {
	EntityObject
	isActor()
}

// AsEntity returns o as an EntityObject, or nil when it is not one.
func AsEntity(o Object) EntityObject {
	e, _ := o.(EntityObject)
	return e
}

// AsActor returns o as an ActorObject, or nil when it is not one.
func AsActor(o Object) ActorObject {
	a, _ := o.(ActorObject)
	return a
}

// Wrap returns the GraphQL view of n chosen by its first known label
// (*State for a State node …), or nil when no label is known.
func Wrap(n graph.Node) Object {
	for _, l := range n.Labels {
		switch l {
		case graph.LabelState:
			return &State{entity{base{n}}}
		case graph.LabelPerson:
			return &Person{entity{base{n}}}
		case graph.LabelOrganization:
			return &Organization{entity{base{n}}}
		case graph.LabelPlace:
			return &Place{entity{base{n}}}
		case graph.LabelMeeting:
			return &Meeting{entity{base{n}}}
		case graph.LabelInitiative:
			return &Initiative{entity{base{n}}}
		case graph.LabelChairmanship:
			return &Chairmanship{entity{base{n}}}
		case graph.LabelArticle:
			return &Article{base{n}}
		case graph.LabelSentence:
			return &Sentence{base{n}}
		}
	}
	return nil
}

// base implements the fields of the GraphQL Node interface.
type base struct{ n graph.Node }

// GraphNode returns the wrapped domain node.
func (b base) GraphNode() graph.Node { return b.n }

// ID returns the node's stable id.
func (b base) ID() string { return b.n.ID }

// Name returns the node's display name: its name, else its title, else a
// sentence's text, else its id.
func (b base) Name() string {
	for _, k := range []string{"name", "title", "text"} {
		if s := b.n.Props.String(k); s != "" {
			return s
		}
	}
	return b.n.ID
}

// Labels returns the node's known labels as enum values.
func (b base) Labels() []Label { return LabelsOf(b.n.Labels) }

// Properties returns the node's stored properties (the JSON scalar).
func (b base) Properties() any { return PublicProps(b.n.Props) }

// entity implements the fields of the GraphQL Entity interface.
type entity struct{ base }

func (entity) isEntity() {}

// NameAr returns the Arabic name, or nil.
func (e entity) NameAr() *string { return stringOf(e.n.Props, "nameAr") }

// NameRu returns the Russian name, or nil.
func (e entity) NameRu() *string { return stringOf(e.n.Props, "nameRu") }

// Aliases returns the names as written in sources.
func (e entity) Aliases() []string { return stringsOf(e.n.Props, "aliases") }

// WikidataID returns the Wikidata item id, or nil.
func (e entity) WikidataID() *string { return stringOf(e.n.Props, "wikidataId") }

// State is a sovereign state (label State).
type State struct{ entity }

func (State) isActor() {}

// Iso2 returns the ISO 3166-1 alpha-2 code, or nil.
func (s State) Iso2() *string { return stringOf(s.n.Props, "iso2") }

// Iso3 returns the ISO 3166-1 alpha-3 code, or nil.
func (s State) Iso3() *string { return stringOf(s.n.Props, "iso3") }

// Person is a person (label Person).
type Person struct{ entity }

func (Person) isActor() {}

// Title returns the person's title as last seen, or nil.
func (p Person) Title() *string { return stringOf(p.n.Props, "title") }

// Organization is an organisation, body, ministry or media outlet.
type Organization struct{ entity }

// Kind returns the organisation's kind (INTERGOVERNMENTAL, BODY …), or nil.
func (o Organization) Kind() *string { return stringOf(o.n.Props, "kind") }

// Acronym returns the acronym, or nil.
func (o Organization) Acronym() *string { return stringOf(o.n.Props, "acronym") }

// Founded returns the founding year, or nil.
func (o Organization) Founded() *int { return intOf(o.n.Props, "founded") }

// MemberCount returns the number of members, or nil.
func (o Organization) MemberCount() *int { return intOf(o.n.Props, "memberCount") }

// Place is a city or other place.
type Place struct{ entity }

// Kind returns the place's kind (CITY …), or nil.
func (p Place) Kind() *string { return stringOf(p.n.Props, "kind") }

// Meeting is a meeting, summit or talks.
type Meeting struct{ entity }

// Title returns the meeting's title, or nil.
func (m Meeting) Title() *string { return stringOf(m.n.Props, "title") }

// Kind returns the meeting's kind, or nil.
func (m Meeting) Kind() *MeetingKind { return ParseMeetingKind(m.n.Props.String("kind")) }

// Date returns the meeting's (start) date, or nil.
func (m Meeting) Date() *graph.Date { return dateOf(m.n.Props, "date") }

// EndDate returns the meeting's last day, or nil.
func (m Meeting) EndDate() *graph.Date { return dateOf(m.n.Props, "endDate") }

// meetingIDYear matches the date part of a meeting id: "meeting:2023:…" or
// "meeting:2022-10-14:…".
var meetingIDYear = regexp.MustCompile(`^meeting:(\d{4})[-:]`)

// Year returns the year of the meeting's date, else the year in its id
// (meetings known only by year have ids such as "meeting:2023:…"), or nil.
func (m Meeting) Year() *int {
	if d := m.Date(); d != nil {
		return &d.Year
	}
	if y := intOf(m.n.Props, "year"); y != nil {
		return y
	}
	if g := meetingIDYear.FindStringSubmatch(m.n.ID); g != nil {
		y, _ := strconv.Atoi(g[1])
		return &y
	}
	return nil
}

// Status returns the meeting's status as of the newest source, or nil.
func (m Meeting) Status() *MeetingStatus { return ParseMeetingStatus(m.n.Props.String("status")) }

// First reports whether this is the first-ever meeting of its format, or nil.
func (m Meeting) First() *bool { return boolOf(m.n.Props, "first") }

// Cameo returns the CAMEO event code (graph.MeetingCameo), or nil.
func (m Meeting) Cameo() *string { return stringOf(m.n.Props, "cameo") }

// Channel returns PHONE or VIDEO when the meeting was not held in person,
// or nil.
func (m Meeting) Channel() *MeetingChannel { return ParseMeetingChannel(m.n.Props.String("channel")) }

// Initiative is a body, programme, agreement, decision … under consideration.
type Initiative struct{ entity }

// Title returns the initiative's title, or nil.
func (i Initiative) Title() *string { return stringOf(i.n.Props, "title") }

// Kind returns the initiative's kind (BODY, PROGRAMME …), or nil.
func (i Initiative) Kind() *string { return stringOf(i.n.Props, "kind") }

// StartYear returns the first year the initiative covers, or nil.
func (i Initiative) StartYear() *int { return intOf(i.n.Props, "startYear") }

// EndYear returns the last year the initiative covers, or nil.
func (i Initiative) EndYear() *int { return intOf(i.n.Props, "endYear") }

// Status returns the initiative's status, or nil.
func (i Initiative) Status() *InitiativeStatus {
	return ParseInitiativeStatus(i.n.Props.String("status"))
}

// Chairmanship is the chairmanship of an organisation for a period.
type Chairmanship struct{ entity }

// StartYear returns the first year of the period, or nil.
func (c Chairmanship) StartYear() *int { return intOf(c.n.Props, "startYear") }

// EndYear returns the last year of the period, or nil.
func (c Chairmanship) EndYear() *int { return intOf(c.n.Props, "endYear") }

// Period returns the period as in the id: "2023" or "2024-2026".
func (c Chairmanship) Period() string {
	s, e := c.StartYear(), c.EndYear()
	switch {
	case s == nil:
		if i := lastColon(c.n.ID); i >= 0 {
			return c.n.ID[i+1:]
		}
		return ""
	case e == nil || *e == *s:
		return strconv.Itoa(*s)
	default:
		return strconv.Itoa(*s) + "-" + strconv.Itoa(*e)
	}
}

func lastColon(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == ':' {
			return i
		}
	}
	return -1
}

// Article is a source article.
type Article struct{ base }

// Title returns the headline, or nil.
func (a Article) Title() *string { return stringOf(a.n.Props, "title") }

// Date returns the publication date, or nil.
func (a Article) Date() *graph.Date { return dateOf(a.n.Props, "date") }

// Language returns the BCP 47 language tag, or nil.
func (a Article) Language() *string { return stringOf(a.n.Props, "language") }

// Source returns the source agency (e.g. TASS), or nil.
func (a Article) Source() *string { return stringOf(a.n.Props, "source") }

// Publisher returns the publisher, or nil.
func (a Article) Publisher() *string { return stringOf(a.n.Props, "publisher") }

// Sha256 returns the hex SHA-256 of the normalised text, or nil.
func (a Article) Sha256() *string { return stringOf(a.n.Props, "sha256") }

// LoadedAt returns when the article was first loaded, or nil.
func (a Article) LoadedAt() *time.Time { return dateTimeOf(a.n.Props, "loadedAt") }

// Sentence is one sentence of an article, the unit of evidence.
type Sentence struct{ base }

// Index returns the sentence's index in its article (0 when absent).
func (s Sentence) Index() int { return derefInt(intOf(s.n.Props, "index")) }

// Paragraph returns the index of the sentence's paragraph, or nil.
func (s Sentence) Paragraph() *int { return intOf(s.n.Props, "paragraph") }

// Text returns the original, un-normalised text.
func (s Sentence) Text() string { return s.n.Props.String("text") }

// Start returns the rune offset of the sentence in the article, or nil.
func (s Sentence) Start() *int { return intOf(s.n.Props, "start") }

// End returns the rune offset just after the sentence, or nil.
func (s Sentence) End() *int { return intOf(s.n.Props, "end") }

// sentenceArticle matches a sentence id "article:HEX:sN".
var sentenceArticle = regexp.MustCompile(`^(.+):s\d+$`)

// ArticleIDOfSentence returns the article id encoded in a sentence id
// (MODEL.md: article id + ":s" + index), or "".
func ArticleIDOfSentence(sentenceID string) string {
	if g := sentenceArticle.FindStringSubmatch(sentenceID); g != nil {
		return g[1]
	}
	return ""
}

func derefInt(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}
