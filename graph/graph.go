// Package graph is diplograph's domain: the knowledge-graph model of
// ../shared/MODEL.md (labels, relationship types, ids, provenance) as plain
// Go values, free of any driver, store or API import.
//
// A Graph is a set of Nodes (keyed by their stable id) and Relationships
// (keyed by type, start id and end id). Both carry their properties in a
// Props map whose values are limited to the property types Neo4j stores:
// string, []string, int64, float64, bool, Date and time.Time (a DateTime).
package graph

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"sort"
	"time"
)

// Node labels of the model (PascalCase, as in Neo4j).
const (
	LabelPerson       = "Person"
	LabelState        = "State"
	LabelOrganization = "Organization"
	LabelPlace        = "Place"
	LabelMeeting      = "Meeting"
	LabelInitiative   = "Initiative"
	LabelChairmanship = "Chairmanship"
	LabelArticle      = "Article"
	LabelSentence     = "Sentence"
)

// Labels lists every node label of the model, in a fixed order.
var Labels = []string{
	LabelPerson, LabelState, LabelOrganization, LabelPlace, LabelMeeting,
	LabelInitiative, LabelChairmanship, LabelArticle, LabelSentence,
}

// Relationship types of the model (UPPER_SNAKE_CASE, as in Neo4j).
const (
	RelLeaderOf            = "LEADER_OF"
	RelHoldsOffice         = "HOLDS_OFFICE"
	RelPartOf              = "PART_OF"
	RelMemberOf            = "MEMBER_OF"
	RelParticipatesIn      = "PARTICIPATES_IN"
	RelChairs              = "CHAIRS"
	RelVisits              = "VISITS"
	RelAbsentFrom          = "ABSENT_FROM"
	RelSpeaksAt            = "SPEAKS_AT"
	RelHosts               = "HOSTS"
	RelHeldIn              = "HELD_IN"
	RelLocatedIn           = "LOCATED_IN"
	RelConvenedUnder       = "CONVENED_UNDER"
	RelOnSidelinesOf       = "ON_SIDELINES_OF"
	RelFollowedBy          = "FOLLOWED_BY"
	RelConsiders           = "CONSIDERS"
	RelProposed            = "PROPOSED"
	RelUnderAuspicesOf     = "UNDER_AUSPICES_OF"
	RelConcerns            = "CONCERNS"
	RelHolds               = "HOLDS"
	RelChairmanshipOf      = "CHAIRMANSHIP_OF"
	RelSucceededBy         = "SUCCEEDED_BY"
	RelDiplomaticRelations = "DIPLOMATIC_RELATIONS"
	RelFounded             = "FOUNDED"
	RelInitiatedBy         = "INITIATED_BY"
	RelAttributedTo        = "ATTRIBUTED_TO"
	RelPublishedBy         = "PUBLISHED_BY"
	RelHasSentence         = "HAS_SENTENCE"
	RelMentions            = "MENTIONS"
)

// RelationshipTypes lists every relationship type of the model.
var RelationshipTypes = []string{
	RelLeaderOf, RelHoldsOffice, RelPartOf, RelMemberOf, RelParticipatesIn,
	RelChairs, RelVisits, RelAbsentFrom, RelSpeaksAt, RelHosts, RelHeldIn,
	RelLocatedIn, RelConvenedUnder, RelOnSidelinesOf, RelFollowedBy,
	RelConsiders, RelProposed, RelUnderAuspicesOf, RelConcerns, RelHolds,
	RelChairmanshipOf, RelSucceededBy, RelDiplomaticRelations, RelFounded,
	RelInitiatedBy, RelAttributedTo, RelPublishedBy, RelHasSentence,
	RelMentions,
}

// IsLabel reports whether s is one of the model's node labels.
func IsLabel(s string) bool { return contains(Labels, s) }

// IsRelationshipType reports whether s is one of the model's relationship types.
func IsRelationshipType(s string) bool { return contains(RelationshipTypes, s) }

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// Provenance property names carried by every extracted relationship
// (MODEL.md, "Provenance and modality").
const (
	PropStatus     = "status"     // string: HELD, PLANNED, EXPECTED, PROPOSED, REPORTED, NEGATED
	PropEvidence   = "evidence"   // []string: Sentence ids
	PropArticleIDs = "articleIds" // []string: Article ids
	PropConfidence = "confidence" // float64 in [0,1]
)

// Modality values of the status property of relationships (MODEL.md).
const (
	StatusHeld     = "HELD"
	StatusPlanned  = "PLANNED"
	StatusExpected = "EXPECTED"
	StatusProposed = "PROPOSED"
	StatusReported = "REPORTED"
	StatusNegated  = "NEGATED"
)

// Date is a calendar date without time or zone (a Neo4j Date). It marshals
// to JSON as "YYYY-MM-DD".
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// NewDate returns the Date of year, month and day; it does not validate.
func NewDate(year int, month time.Month, day int) Date { return Date{year, month, day} }

// ParseDate parses "YYYY-MM-DD"; it returns an error for any other form or
// an impossible date.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("parse date %q: %w", s, err)
	}
	return DateOf(t), nil
}

// DateOf returns the calendar date of t in t's location.
func DateOf(t time.Time) Date { return Date{t.Year(), t.Month(), t.Day()} }

// Time returns midnight UTC of d.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// String formats d as "YYYY-MM-DD".
func (d Date) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day) }

// Before reports whether d is strictly earlier than e.
func (d Date) Before(e Date) bool { return d.Time().Before(e.Time()) }

// MarshalJSON encodes d as the JSON string "YYYY-MM-DD".
func (d Date) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

// UnmarshalJSON decodes a JSON string "YYYY-MM-DD".
func (d *Date) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("date: %w", err)
	}
	v, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Props holds the properties of a node or relationship. Values are one of
// string, []string, int64, float64, bool, Date or time.Time.
type Props map[string]any

// String returns the string property key, or "" when it is absent or not a string.
func (p Props) String(key string) string {
	s, _ := p[key].(string)
	return s
}

// Strings returns the []string property key, or nil.
func (p Props) Strings(key string) []string {
	s, _ := p[key].([]string)
	return s
}

// Int returns the integer property key and whether it was present.
func (p Props) Int(key string) (int64, bool) {
	switch v := p[key].(type) {
	case int64:
		return v, true
	case int:
		return int64(v), true
	}
	return 0, false
}

// Float returns the float property key and whether it was present.
func (p Props) Float(key string) (float64, bool) {
	v, ok := p[key].(float64)
	return v, ok
}

// Bool returns the bool property key and whether it was present.
func (p Props) Bool(key string) (bool, bool) {
	v, ok := p[key].(bool)
	return v, ok
}

// Date returns the Date property key and whether it was present.
func (p Props) Date(key string) (Date, bool) {
	v, ok := p[key].(Date)
	return v, ok
}

// NormalizeProps returns a copy of p with every value normalised by
// NormalizeValue (a nil p gives an empty, non-nil map). Errors: an empty
// property name, or NormalizeValue's error for a property, with its name
// (`property "x": value NaN is not a finite number`).
func NormalizeProps(p Props) (Props, error) {
	out := make(Props, len(p))
	for k, v := range p {
		if k == "" {
			return nil, fmt.Errorf("empty property name")
		}
		nv, err := NormalizeValue(v)
		if err != nil {
			return nil, fmt.Errorf("property %q: %w", k, err)
		}
		out[k] = nv
	}
	return out, nil
}

// NormalizeValue returns v as one of the property types of Props: int,
// int8, int16, int32, uint8, uint16 and uint32 are widened to int64,
// float32 to float64, a []string is copied (a nil one becomes empty, not
// nil), and string, int64, float64, bool, Date and time.Time are returned
// as they are. Errors: NaN and ±Inf ("value NaN is not a finite number"),
// and any other type, nil included ("unsupported value type <nil>").
func NormalizeValue(v any) (any, error) {
	switch x := v.(type) {
	case string, bool, int64, Date, time.Time:
		return x, nil
	case []string:
		if x == nil {
			return []string{}, nil
		}
		return slices.Clone(x), nil
	case int:
		return int64(x), nil
	case int8:
		return int64(x), nil
	case int16:
		return int64(x), nil
	case int32:
		return int64(x), nil
	case uint8:
		return int64(x), nil
	case uint16:
		return int64(x), nil
	case uint32:
		return int64(x), nil
	case float32:
		return NormalizeValue(float64(x))
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, fmt.Errorf("value %v is not a finite number", x)
		}
		return x, nil
	}
	return nil, fmt.Errorf("unsupported value type %T", v)
}

// Node is one node of the graph: a stable id (MODEL.md "Identity"), its
// labels (exactly one of Labels in practice) and its properties. Props
// always include "id" equal to ID and, for every entity node, "name".
type Node struct {
	ID     string   `json:"id"`
	Labels []string `json:"labels"`
	Props  Props    `json:"properties"`
}

// Label returns the node's first label, or "".
func (n Node) Label() string {
	if len(n.Labels) == 0 {
		return ""
	}
	return n.Labels[0]
}

// HasLabel reports whether the node carries label l.
func (n Node) HasLabel(l string) bool { return contains(n.Labels, l) }

// Name returns the node's "name" property.
func (n Node) Name() string { return n.Props.String("name") }

// Relationship is one directed relationship: its type, the ids of its start
// and end nodes, and its properties. (Type, Start, End) identifies it: a
// second source for the same fact merges into it.
type Relationship struct {
	Type  string `json:"type"`
	Start string `json:"start"`
	End   string `json:"end"`
	Props Props  `json:"properties"`
}

// Key returns the identity of r as "TYPE|start|end".
func (r Relationship) Key() string { return r.Type + "|" + r.Start + "|" + r.End }

// Graph is a set of nodes and relationships, as produced by the loader for
// one article and as written to a store. Its JSON form is
// {"nodes":[...],"relationships":[...]}.
type Graph struct {
	Nodes         []Node         `json:"nodes"`
	Relationships []Relationship `json:"relationships"`
}

// Sort orders nodes by id and relationships by key, for stable output.
func (g *Graph) Sort() {
	sort.Slice(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID })
	sort.Slice(g.Relationships, func(i, j int) bool {
		return g.Relationships[i].Key() < g.Relationships[j].Key()
	})
}

// Validate checks that every node has a known label and an id, that every
// relationship has a known type and that both of its ends are nodes of g.
// It returns the first problem found.
func (g *Graph) Validate() error {
	ids := make(map[string]bool, len(g.Nodes))
	for _, n := range g.Nodes {
		if n.ID == "" {
			return fmt.Errorf("node with labels %v has no id", n.Labels)
		}
		if len(n.Labels) == 0 || !IsLabel(n.Labels[0]) {
			return fmt.Errorf("node %s: unknown label %v", n.ID, n.Labels)
		}
		ids[n.ID] = true
	}
	for _, r := range g.Relationships {
		if !IsRelationshipType(r.Type) {
			return fmt.Errorf("relationship %s: unknown type", r.Key())
		}
		if !ids[r.Start] || !ids[r.End] {
			return fmt.Errorf("relationship %s: an end is not a node of the graph", r.Key())
		}
	}
	return nil
}
