package model

import (
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// The enums of the schema are string types whose values are the GraphQL
// enum values (UPPER_SNAKE_CASE). Stored values outside an enum's known set
// are read as its OTHER value (never an error, never an invalid enum on the
// wire); the raw value stays visible in the node's `properties` JSON.

// parseEnum maps a stored value to an enum: nil for "", the upper-cased
// value when known, other otherwise.
func parseEnum[T ~string](raw string, known []T, other T) *T {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return nil
	}
	v := T(strings.ToUpper(strings.ReplaceAll(raw, "-", "_")))
	if !slices.Contains(known, v) {
		v = other
	}
	return &v
}

// unmarshalEnum reads an enum argument; gqlparser has already validated
// literals, so this only guards variables and direct calls.
func unmarshalEnum[T ~string](v any, known []T, other T, typ string) (T, error) {
	s, ok := v.(string)
	if !ok {
		return "", BadInput("%s must be a string, got %T", typ, v)
	}
	e := T(s)
	if e != other && !slices.Contains(known, e) {
		return "", BadInput("%q is not a valid %s", s, typ)
	}
	return e, nil
}

func writeEnum(w io.Writer, s string) { _, _ = io.WriteString(w, strconv.Quote(s)) }

// Label is a node label of MODEL.md as a GraphQL enum value (PERSON for the
// Neo4j label Person).
type Label string

// Label values.
const (
	LabelPerson       Label = "PERSON"
	LabelState        Label = "STATE"
	LabelOrganization Label = "ORGANIZATION"
	LabelPlace        Label = "PLACE"
	LabelMeeting      Label = "MEETING"
	LabelInitiative   Label = "INITIATIVE"
	LabelChairmanship Label = "CHAIRMANSHIP"
	LabelArticle      Label = "ARTICLE"
	LabelSentence     Label = "SENTENCE"
)

// AllLabel lists every Label in the order of graph.Labels.
var AllLabel = []Label{
	LabelPerson, LabelState, LabelOrganization, LabelPlace, LabelMeeting,
	LabelInitiative, LabelChairmanship, LabelArticle, LabelSentence,
}

// LabelOf returns the enum value of a Neo4j label ("Meeting" → MEETING).
func LabelOf(graphLabel string) (Label, bool) {
	l := Label(strings.ToUpper(graphLabel))
	return l, slices.Contains(AllLabel, l)
}

// LabelsOf maps Neo4j labels to enum values, dropping unknown ones.
func LabelsOf(graphLabels []string) []Label {
	out := make([]Label, 0, len(graphLabels))
	for _, g := range graphLabels {
		if l, ok := LabelOf(g); ok {
			out = append(out, l)
		}
	}
	return out
}

// GraphLabel returns the Neo4j label of l (MEETING → "Meeting").
func (l Label) GraphLabel() string {
	for _, g := range graph.Labels {
		if strings.EqualFold(g, string(l)) {
			return g
		}
	}
	return ""
}

// IsValid reports whether l is a known Label.
func (l Label) IsValid() bool { return slices.Contains(AllLabel, l) }

// String returns the enum value.
func (l Label) String() string { return string(l) }

// MarshalGQL writes the enum value.
func (l Label) MarshalGQL(w io.Writer) { writeEnum(w, string(l)) }

// UnmarshalGQL reads the enum value.
func (l *Label) UnmarshalGQL(v any) error {
	e, err := unmarshalEnum(v, AllLabel, LabelPerson, "Label")
	*l = e
	return err
}

// Modality is the `status` of an extracted relationship: what the source
// asserts (MODEL.md, "Provenance and modality").
type Modality string

// Modality values.
const (
	ModalityHeld     Modality = "HELD"
	ModalityPlanned  Modality = "PLANNED"
	ModalityExpected Modality = "EXPECTED"
	ModalityProposed Modality = "PROPOSED"
	ModalityReported Modality = "REPORTED"
	ModalityNegated  Modality = "NEGATED"
	ModalityOther    Modality = "OTHER"
)

// AllModality lists every known Modality except OTHER.
var AllModality = []Modality{ModalityHeld, ModalityPlanned, ModalityExpected, ModalityProposed, ModalityReported, ModalityNegated}

// ParseModality maps a stored status (nil when empty, OTHER when unknown).
func ParseModality(raw string) *Modality { return parseEnum(raw, AllModality, ModalityOther) }

// IsValid reports whether e is a value of the enum.
func (e Modality) IsValid() bool { return e == ModalityOther || slices.Contains(AllModality, e) }

// String returns the enum value.
func (e Modality) String() string { return string(e) }

// MarshalGQL writes the enum value.
func (e Modality) MarshalGQL(w io.Writer) { writeEnum(w, string(e)) }

// UnmarshalGQL reads the enum value.
func (e *Modality) UnmarshalGQL(v any) error {
	x, err := unmarshalEnum(v, AllModality, ModalityOther, "Modality")
	*e = x
	return err
}

// MeetingStatus is a Meeting's `status` as of the newest source.
type MeetingStatus string

// MeetingStatus values.
const (
	MeetingStatusHeld      MeetingStatus = "HELD"
	MeetingStatusPlanned   MeetingStatus = "PLANNED"
	MeetingStatusExpected  MeetingStatus = "EXPECTED"
	MeetingStatusCancelled MeetingStatus = "CANCELLED"
	MeetingStatusOther     MeetingStatus = "OTHER"
)

// AllMeetingStatus lists every known MeetingStatus except OTHER.
var AllMeetingStatus = []MeetingStatus{MeetingStatusHeld, MeetingStatusPlanned, MeetingStatusExpected, MeetingStatusCancelled}

// ParseMeetingStatus maps a stored status (nil when empty, OTHER when unknown).
func ParseMeetingStatus(raw string) *MeetingStatus {
	return parseEnum(raw, AllMeetingStatus, MeetingStatusOther)
}

// IsValid reports whether e is a value of the enum.
func (e MeetingStatus) IsValid() bool {
	return e == MeetingStatusOther || slices.Contains(AllMeetingStatus, e)
}

// String returns the enum value.
func (e MeetingStatus) String() string { return string(e) }

// MarshalGQL writes the enum value.
func (e MeetingStatus) MarshalGQL(w io.Writer) { writeEnum(w, string(e)) }

// UnmarshalGQL reads the enum value.
func (e *MeetingStatus) UnmarshalGQL(v any) error {
	x, err := unmarshalEnum(v, AllMeetingStatus, MeetingStatusOther, "MeetingStatus")
	*e = x
	return err
}

// MeetingChannel is how a Meeting was held when not in person (`channel`).
type MeetingChannel string

// MeetingChannel values (graph.ChannelPhone, graph.ChannelVideo).
const (
	MeetingChannelPhone MeetingChannel = "PHONE"
	MeetingChannelVideo MeetingChannel = "VIDEO"
	MeetingChannelOther MeetingChannel = "OTHER"
)

// AllMeetingChannel lists every known MeetingChannel except OTHER.
var AllMeetingChannel = []MeetingChannel{MeetingChannelPhone, MeetingChannelVideo}

// ParseMeetingChannel maps a stored channel (nil when empty, OTHER when unknown).
func ParseMeetingChannel(raw string) *MeetingChannel {
	return parseEnum(raw, AllMeetingChannel, MeetingChannelOther)
}

// IsValid reports whether e is a value of the enum.
func (e MeetingChannel) IsValid() bool {
	return e == MeetingChannelOther || slices.Contains(AllMeetingChannel, e)
}

// String returns the enum value.
func (e MeetingChannel) String() string { return string(e) }

// MarshalGQL writes the enum value.
func (e MeetingChannel) MarshalGQL(w io.Writer) { writeEnum(w, string(e)) }

// UnmarshalGQL reads the enum value.
func (e *MeetingChannel) UnmarshalGQL(v any) error {
	x, err := unmarshalEnum(v, AllMeetingChannel, MeetingChannelOther, "MeetingChannel")
	*e = x
	return err
}

// MeetingKind is a Meeting's `kind`.
type MeetingKind string

// MeetingKind values.
const (
	MeetingKindSummit       MeetingKind = "SUMMIT"
	MeetingKindBilateral    MeetingKind = "BILATERAL"
	MeetingKindMultilateral MeetingKind = "MULTILATERAL"
	MeetingKindMinisterial  MeetingKind = "MINISTERIAL"
	MeetingKindInformal     MeetingKind = "INFORMAL"
	MeetingKindForum        MeetingKind = "FORUM"
	MeetingKindConference   MeetingKind = "CONFERENCE"
	MeetingKindCeremony     MeetingKind = "CEREMONY"
	MeetingKindOther        MeetingKind = "OTHER"
)

// AllMeetingKind lists every known MeetingKind except OTHER.
var AllMeetingKind = []MeetingKind{
	MeetingKindSummit, MeetingKindBilateral, MeetingKindMultilateral, MeetingKindMinisterial,
	MeetingKindInformal, MeetingKindForum, MeetingKindConference, MeetingKindCeremony,
}

// ParseMeetingKind maps a stored kind (nil when empty, OTHER when unknown).
func ParseMeetingKind(raw string) *MeetingKind {
	return parseEnum(raw, AllMeetingKind, MeetingKindOther)
}

// IsValid reports whether e is a value of the enum.
func (e MeetingKind) IsValid() bool {
	return e == MeetingKindOther || slices.Contains(AllMeetingKind, e)
}

// String returns the enum value.
func (e MeetingKind) String() string { return string(e) }

// MarshalGQL writes the enum value.
func (e MeetingKind) MarshalGQL(w io.Writer) { writeEnum(w, string(e)) }

// UnmarshalGQL reads the enum value.
func (e *MeetingKind) UnmarshalGQL(v any) error {
	x, err := unmarshalEnum(v, AllMeetingKind, MeetingKindOther, "MeetingKind")
	*e = x
	return err
}

// InitiativeStatus is an Initiative's `status`.
type InitiativeStatus string

// InitiativeStatus values.
const (
	InitiativeStatusProposed InitiativeStatus = "PROPOSED"
	InitiativeStatusExpected InitiativeStatus = "EXPECTED"
	InitiativeStatusPlanned  InitiativeStatus = "PLANNED"
	InitiativeStatusAdopted  InitiativeStatus = "ADOPTED"
	InitiativeStatusRejected InitiativeStatus = "REJECTED"
	InitiativeStatusOther    InitiativeStatus = "OTHER"
)

// AllInitiativeStatus lists every known InitiativeStatus except OTHER.
var AllInitiativeStatus = []InitiativeStatus{
	InitiativeStatusProposed, InitiativeStatusExpected, InitiativeStatusPlanned,
	InitiativeStatusAdopted, InitiativeStatusRejected,
}

// ParseInitiativeStatus maps a stored status (nil when empty, OTHER when unknown).
func ParseInitiativeStatus(raw string) *InitiativeStatus {
	return parseEnum(raw, AllInitiativeStatus, InitiativeStatusOther)
}

// IsValid reports whether e is a value of the enum.
func (e InitiativeStatus) IsValid() bool {
	return e == InitiativeStatusOther || slices.Contains(AllInitiativeStatus, e)
}

// String returns the enum value.
func (e InitiativeStatus) String() string { return string(e) }

// MarshalGQL writes the enum value.
func (e InitiativeStatus) MarshalGQL(w io.Writer) { writeEnum(w, string(e)) }

// UnmarshalGQL reads the enum value.
func (e *InitiativeStatus) UnmarshalGQL(v any) error {
	x, err := unmarshalEnum(v, AllInitiativeStatus, InitiativeStatusOther, "InitiativeStatus")
	*e = x
	return err
}

// ChairRole is the `role` of a HOLDS relationship (State → Chairmanship).
type ChairRole string

// ChairRole values.
const (
	ChairRoleChair   ChairRole = "CHAIR"
	ChairRoleCoChair ChairRole = "CO_CHAIR"
	ChairRoleOther   ChairRole = "OTHER"
)

// AllChairRole lists every known ChairRole except OTHER.
var AllChairRole = []ChairRole{ChairRoleChair, ChairRoleCoChair}

// ParseChairRole maps a stored role (nil when empty, OTHER when unknown).
func ParseChairRole(raw string) *ChairRole { return parseEnum(raw, AllChairRole, ChairRoleOther) }

// IsValid reports whether e is a value of the enum.
func (e ChairRole) IsValid() bool { return e == ChairRoleOther || slices.Contains(AllChairRole, e) }

// String returns the enum value.
func (e ChairRole) String() string { return string(e) }

// MarshalGQL writes the enum value.
func (e ChairRole) MarshalGQL(w io.Writer) { writeEnum(w, string(e)) }

// UnmarshalGQL reads the enum value.
func (e *ChairRole) UnmarshalGQL(v any) error {
	x, err := unmarshalEnum(v, AllChairRole, ChairRoleOther, "ChairRole")
	*e = x
	return err
}

// MembershipStatus is the `status` of a MEMBER_OF relationship.
type MembershipStatus string

// MembershipStatus values.
const (
	MembershipStatusFull            MembershipStatus = "FULL"
	MembershipStatusObserver        MembershipStatus = "OBSERVER"
	MembershipStatusDialoguePartner MembershipStatus = "DIALOGUE_PARTNER"
	MembershipStatusSuspended       MembershipStatus = "SUSPENDED"
	MembershipStatusAcceding        MembershipStatus = "ACCEDING"
	MembershipStatusOther           MembershipStatus = "OTHER"
)

// AllMembershipStatus lists every known MembershipStatus except OTHER.
var AllMembershipStatus = []MembershipStatus{
	MembershipStatusFull, MembershipStatusObserver, MembershipStatusDialoguePartner,
	MembershipStatusSuspended, MembershipStatusAcceding,
}

// ParseMembershipStatus maps a stored status (nil when empty, OTHER when unknown).
func ParseMembershipStatus(raw string) *MembershipStatus {
	return parseEnum(raw, AllMembershipStatus, MembershipStatusOther)
}

// IsValid reports whether e is a value of the enum.
func (e MembershipStatus) IsValid() bool {
	return e == MembershipStatusOther || slices.Contains(AllMembershipStatus, e)
}

// String returns the enum value.
func (e MembershipStatus) String() string { return string(e) }

// MarshalGQL writes the enum value.
func (e MembershipStatus) MarshalGQL(w io.Writer) { writeEnum(w, string(e)) }

// UnmarshalGQL reads the enum value.
func (e *MembershipStatus) UnmarshalGQL(v any) error {
	x, err := unmarshalEnum(v, AllMembershipStatus, MembershipStatusOther, "MembershipStatus")
	*e = x
	return err
}
