package model

import (
	"io"
	"slices"

	"github.com/diplograph/diplograph/graph"
)

// TimelineEventKind says what an actor did in a TimelineEvent.
type TimelineEventKind string

// TimelineEventKind values, in the order a timeline lists events of the
// same day.
const (
	TimelineEventKindParticipated TimelineEventKind = "PARTICIPATED"
	TimelineEventKindAbsent       TimelineEventKind = "ABSENT"
	TimelineEventKindChaired      TimelineEventKind = "CHAIRED"
	TimelineEventKindHosted       TimelineEventKind = "HOSTED"
	TimelineEventKindSpoke        TimelineEventKind = "SPOKE"
	TimelineEventKindVisited      TimelineEventKind = "VISITED"
)

// AllTimelineEventKind lists every TimelineEventKind.
var AllTimelineEventKind = []TimelineEventKind{
	TimelineEventKindParticipated, TimelineEventKindAbsent, TimelineEventKindChaired,
	TimelineEventKindHosted, TimelineEventKindSpoke, TimelineEventKindVisited,
}

// timelineRelTypes maps each kind to the relationship type it reads, from
// the actor.
var timelineRelTypes = map[TimelineEventKind]string{
	TimelineEventKindParticipated: graph.RelParticipatesIn,
	TimelineEventKindAbsent:       graph.RelAbsentFrom,
	TimelineEventKindChaired:      graph.RelChairs,
	TimelineEventKindHosted:       graph.RelHosts,
	TimelineEventKindSpoke:        graph.RelSpeaksAt,
	TimelineEventKindVisited:      graph.RelVisits,
}

// RelType returns the relationship type of the kind's events.
func (e TimelineEventKind) RelType() string { return timelineRelTypes[e] }

// TimelineEventKindOf returns the kind of the events read from relationship
// type t, and whether there is one.
func TimelineEventKindOf(t string) (TimelineEventKind, bool) {
	for _, k := range AllTimelineEventKind {
		if timelineRelTypes[k] == t {
			return k, true
		}
	}
	return "", false
}

// Rank returns the position of e in AllTimelineEventKind.
func (e TimelineEventKind) Rank() int { return slices.Index(AllTimelineEventKind, e) }

// IsValid reports whether e is a value of the enum.
func (e TimelineEventKind) IsValid() bool { return slices.Contains(AllTimelineEventKind, e) }

// String returns the enum value.
func (e TimelineEventKind) String() string { return string(e) }

// MarshalGQL writes the enum value.
func (e TimelineEventKind) MarshalGQL(w io.Writer) { writeEnum(w, string(e)) }

// UnmarshalGQL reads the enum value.
func (e *TimelineEventKind) UnmarshalGQL(v any) error {
	x, err := unmarshalEnum(v, AllTimelineEventKind, TimelineEventKindParticipated, "TimelineEventKind")
	*e = x
	return err
}

// TimelineEvent is one event of an actor's timeline: a relationship from
// the actor to a meeting (or, for a visit, a destination), with the
// meeting or destination already loaded.
type TimelineEvent struct {
	Fact
	// EventKind is what the actor did.
	EventKind TimelineEventKind
	// Target is the meeting, or the visit's destination; nil when the node
	// is not in the store.
	Target Object
}

// Kind returns what the actor did.
func (t TimelineEvent) Kind() TimelineEventKind { return t.EventKind }

// Meeting returns the event's meeting (nil for a visit).
func (t TimelineEvent) Meeting() *Meeting {
	m, _ := t.Target.(*Meeting)
	return m
}

// Destination returns the place or state of a visit (nil otherwise).
func (t TimelineEvent) Destination() Object {
	if t.EventKind != TimelineEventKindVisited {
		return nil
	}
	switch t.Target.(type) {
	case *Place, *State:
		return t.Target
	}
	return nil
}

// Date returns the visit's date, or the meeting's date.
func (t TimelineEvent) Date() *graph.Date {
	if t.EventKind == TimelineEventKindVisited {
		if d, ok := t.Rel.Props.Date("date"); ok {
			return &d
		}
		return nil
	}
	if m := t.Meeting(); m != nil {
		return m.Date()
	}
	return nil
}

// Year returns the year of Date, else the meeting's year.
func (t TimelineEvent) Year() *int {
	if d := t.Date(); d != nil {
		y := d.Year
		return &y
	}
	if m := t.Meeting(); m != nil {
		return m.Year()
	}
	return nil
}

// Role returns the actor's role: the participation's role property, CHAIR,
// HOST, SPEAKER, or the visit's kind; nil for absences and unrecorded
// roles.
func (t TimelineEvent) Role() *string {
	fixed := func(s string) *string { return &s }
	switch t.EventKind {
	case TimelineEventKindParticipated:
		return stringOf(t.Rel.Props, "role")
	case TimelineEventKindChaired:
		return fixed("CHAIR")
	case TimelineEventKindHosted:
		return fixed("HOST")
	case TimelineEventKindSpoke:
		return fixed("SPEAKER")
	case TimelineEventKindVisited:
		return stringOf(t.Rel.Props, "kind")
	}
	return nil
}

// Level returns the level of representation of a participation, or nil.
func (t TimelineEvent) Level() *string {
	if t.EventKind != TimelineEventKindParticipated {
		return nil
	}
	return stringOf(t.Rel.Props, "level")
}

// Reason returns the reason of an absence, or nil.
func (t TimelineEvent) Reason() *string {
	if t.EventKind != TimelineEventKindAbsent {
		return nil
	}
	return stringOf(t.Rel.Props, "reason")
}

// Edge returns the underlying relationship as a GraphEdge.
func (t TimelineEvent) Edge() *GraphEdge { return &GraphEdge{Rel: t.Rel} }
