package model

import "github.com/diplograph/diplograph/graph"

// Fact is the common part of every relationship view: the wrapped
// relationship and the provenance fields of MODEL.md (status, confidence;
// evidence and articles are resolved by package resolvers).
type Fact struct {
	// Rel is the wrapped relationship.
	Rel graph.Relationship
}

// Relationship returns the wrapped relationship.
func (f Fact) Relationship() graph.Relationship { return f.Rel }

// Status returns the relationship's modality, or nil when not recorded.
func (f Fact) Status() *Modality { return ParseModality(f.Rel.Props.String(graph.PropStatus)) }

// Confidence returns the extractor's confidence in [0,1], or nil.
func (f Fact) Confidence() *float64 { return floatOf(f.Rel.Props, graph.PropConfidence) }

// EvidenceIDs returns the ids of the Sentences the fact was read from.
func (f Fact) EvidenceIDs() []string { return stringsOf(f.Rel.Props, graph.PropEvidence) }

// ArticleIDs returns the ids of the Articles the fact was read from.
func (f Fact) ArticleIDs() []string { return stringsOf(f.Rel.Props, graph.PropArticleIDs) }

// Evidence is one sentence a fact was read from.
type Evidence struct {
	// SentenceID is the Sentence id stored in the relationship's evidence list.
	SentenceID string
}

// Participation is a PARTICIPATES_IN relationship (Person or State → Meeting).
type Participation struct{ Fact }

// Role returns the participant's role (HOST, GUEST, OBSERVER …), or nil.
func (p Participation) Role() *string { return stringOf(p.Rel.Props, "role") }

// Level returns the level of representation (HEAD_OF_STATE, MINISTER …), or nil.
func (p Participation) Level() *string { return stringOf(p.Rel.Props, "level") }

// Cameo returns the CAMEO code of this party's taking part
// (graph.ParticipationCameo: 036, 040–044), or nil.
func (p Participation) Cameo() *string { return stringOf(p.Rel.Props, "cameo") }

// Absence is an ABSENT_FROM relationship (Person or State → Meeting).
type Absence struct{ Fact }

// Reason returns the reason given for the absence, or nil.
func (a Absence) Reason() *string { return stringOf(a.Rel.Props, "reason") }

// Speech is a SPEAKS_AT relationship (Person → Meeting).
type Speech struct{ Fact }

// MeetingChair is a CHAIRS relationship (Person or State → Meeting).
type MeetingChair struct{ Fact }

// Hosting is a HOSTS relationship (State → Meeting).
type Hosting struct{ Fact }

// AgendaItem is a CONSIDERS relationship (Meeting → Initiative).
type AgendaItem struct{ Fact }

// Action returns what the meeting does with the initiative (ESTABLISH,
// APPROVE, SIGN …), or nil.
func (a AgendaItem) Action() *string { return stringOf(a.Rel.Props, "action") }

// Proposal is a PROPOSED relationship (Person or State → Initiative).
type Proposal struct{ Fact }

// ChairmanshipHolder is a HOLDS relationship (State → Chairmanship).
type ChairmanshipHolder struct{ Fact }

// Role returns CHAIR or CO_CHAIR (OTHER for an unknown stored role), or nil.
func (h ChairmanshipHolder) Role() *ChairRole { return ParseChairRole(h.Rel.Props.String("role")) }

// DiplomaticRelation is a DIPLOMATIC_RELATIONS relationship seen from one
// of its two states: it is stored once per pair and read undirected.
type DiplomaticRelation struct {
	Fact
	// Viewer is the id of the state whose relations are listed; the
	// relation's `state` is the other end.
	Viewer string
}

// Since returns the year relations were established, or nil.
func (d DiplomaticRelation) Since() *int { return intOf(d.Rel.Props, "since") }

// OtherID returns the id of the end that is not Viewer.
func (d DiplomaticRelation) OtherID() string {
	if d.Rel.Start == d.Viewer {
		return d.Rel.End
	}
	return d.Rel.Start
}

// Leadership is a LEADER_OF relationship (Person → State).
type Leadership struct{ Fact }

// Title returns the leader's title (President, Prime Minister …), or nil.
func (l Leadership) Title() *string { return stringOf(l.Rel.Props, "title") }

// Office is a HOLDS_OFFICE relationship (Person → Organization or State).
type Office struct{ Fact }

// Title returns the office's title, or nil.
func (o Office) Title() *string { return stringOf(o.Rel.Props, "title") }

// Membership is a MEMBER_OF relationship (State → Organization). Its
// `status` property is the membership status, not a modality.
type Membership struct{ Fact }

// Status returns the membership status (OTHER when unknown), or nil.
func (m Membership) Status() *MembershipStatus {
	return ParseMembershipStatus(m.Rel.Props.String(graph.PropStatus))
}

// Modality returns the stored status read as a modality when it is one
// (HELD, PLANNED …), else nil: MEMBER_OF's status property usually holds
// the membership status instead.
func (m Membership) Modality() *Modality {
	mod := m.Fact.Status()
	if mod == nil || *mod == ModalityOther {
		return nil
	}
	return mod
}

// Since returns the year of accession, or nil.
func (m Membership) Since() *int { return intOf(m.Rel.Props, "since") }

// Founding is a FOUNDED relationship (State or Person → Organization).
type Founding struct{ Fact }

// Year returns the founding year, or nil.
func (f Founding) Year() *int { return intOf(f.Rel.Props, "year") }

// Initiation is an INITIATED_BY relationship (Meeting format → State or Person).
type Initiation struct{ Fact }

// Year returns the year the format was initiated, or nil.
func (i Initiation) Year() *int { return intOf(i.Rel.Props, "year") }

// Visit is a VISITS relationship (Person → Place or State).
type Visit struct{ Fact }

// Date returns the date of the visit, or nil.
func (v Visit) Date() *graph.Date { return dateOf(v.Rel.Props, "date") }

// Kind returns the kind of visit (OFFICIAL, WORKING, STATE), or nil.
func (v Visit) Kind() *string { return stringOf(v.Rel.Props, "kind") }

// Concern is a CONCERNS relationship (Initiative or Meeting → any entity).
type Concern struct{ Fact }

// Topic returns the topic, or nil.
func (c Concern) Topic() *string { return stringOf(c.Rel.Props, "topic") }

// Mention is a MENTIONS relationship (Sentence → any entity).
type Mention struct{ Fact }

// Surface returns the text as written in the sentence, or nil.
func (m Mention) Surface() *string { return stringOf(m.Rel.Props, "surface") }
