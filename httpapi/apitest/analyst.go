package apitest

import (
	"context"
	"fmt"
)

// MeetingQuery asks everything an analyst wants about one meeting.
const MeetingQuery = `query Meeting($id: ID!) {
  meeting(id: $id) {
    id name title kind status date year first
    place { id name state { id } }
    organization { id }
    hosts { host { id } status }
    participants {
      participant { __typename id name }
      status role level
      representing { id }
      confidence
      evidence { sentenceId sentence { text article { id title } } }
    }
    absentees { actor { __typename id } reason status evidence { sentence { text } } }
    speakers { speaker { id } status }
    agenda {
      initiative { id name status proposers { proposer { id } } }
      action status
      evidence { sentence { text } }
    }
    sidelinesOf { id }
    sideMeetings { id participants { participant { id } } }
    next { id year place { id name } }
    previous { id }
    initiatedBy { initiator { id } year }
  }
}`

// Participant is one answer row of Meeting.participants.
type Participant struct {
	ID           string
	Typename     string // Person or State
	Name         string
	Status       string
	Role         string
	Level        string
	Representing string
	Evidence     []string // sentence texts
	ArticleIDs   []string // articles of the evidence sentences
}

// Absentee is one answer row of Meeting.absentees.
type Absentee struct {
	ID       string
	Typename string
	Reason   string
	Status   string
	Evidence []string
}

// AgendaItem is one answer row of Meeting.agenda.
type AgendaItem struct {
	InitiativeID string
	Action       string
	Status       string
	Proposers    []string
	Evidence     []string
}

// MeetingReport is the answer to MeetingQuery.
type MeetingReport struct {
	ID, Name, Title, Kind, Status, Date string
	Year                                *int
	First                               *bool
	Place, PlaceState                   string
	Organization                        string
	Hosts                               []string
	Participants                        []Participant
	Absentees                           []Absentee
	Speakers                            []string
	Agenda                              []AgendaItem
	SidelinesOf                         string
	SideMeetings                        []string
	SideMeetingParticipants             map[string][]string
	Next, NextPlace, NextPlaceName      string
	NextYear                            *int
	Previous                            string
	Initiators                          map[string]*int // initiator id → year
}

type ref struct {
	ID string `json:"id"`
}

func (r *ref) id() string {
	if r == nil {
		return ""
	}
	return r.ID
}

func str(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

type evidenceJSON struct {
	SentenceID string `json:"sentenceId"`
	Sentence   *struct {
		Text    string `json:"text"`
		Article *ref   `json:"article"`
	} `json:"sentence"`
}

func texts(ev []evidenceJSON) (texts, articles []string) {
	texts, articles = []string{}, []string{}
	for _, e := range ev {
		if e.Sentence != nil {
			texts = append(texts, e.Sentence.Text)
			if a := e.Sentence.Article.id(); a != "" {
				articles = append(articles, a)
			}
		}
	}
	return texts, articles
}

// Meeting runs MeetingQuery for id.
func Meeting(ctx context.Context, c *Client, id string) (*MeetingReport, error) {
	var data struct {
		Meeting *struct {
			ID, Name                  string
			Title, Kind, Status, Date *string
			Year                      *int
			First                     *bool
			Place                     *struct {
				ID    string
				Name  string
				State *ref
			}
			Organization *ref
			Hosts        []struct{ Host *ref }
			Participants []struct {
				Participant *struct {
					Typename string `json:"__typename"`
					ID, Name string
				}
				Status, Role, Level *string
				Representing        *ref
				Evidence            []evidenceJSON
			}
			Absentees []struct {
				Actor *struct {
					Typename string `json:"__typename"`
					ID       string
				}
				Reason, Status *string
				Evidence       []evidenceJSON
			}
			Speakers []struct{ Speaker *ref }
			Agenda   []struct {
				Initiative *struct {
					ID        string
					Proposers []struct{ Proposer *ref }
				}
				Action, Status *string
				Evidence       []evidenceJSON
			}
			SidelinesOf  *ref
			SideMeetings []struct {
				ID           string
				Participants []struct{ Participant *ref }
			}
			Next *struct {
				ID    string
				Year  *int
				Place *struct{ ID, Name string }
			}
			Previous    *ref
			InitiatedBy []struct {
				Initiator *ref
				Year      *int
			}
		}
	}
	if err := c.Query(ctx, MeetingQuery, map[string]any{"id": id}, &data); err != nil {
		return nil, fmt.Errorf("meeting %s: %w", id, err)
	}
	m := data.Meeting
	if m == nil {
		return nil, fmt.Errorf("meeting %s: null", id)
	}
	r := &MeetingReport{
		ID: m.ID, Name: m.Name, Title: str(m.Title), Kind: str(m.Kind), Status: str(m.Status), Date: str(m.Date),
		Year: m.Year, First: m.First, Organization: m.Organization.id(),
		SidelinesOf: m.SidelinesOf.id(), Previous: m.Previous.id(),
		Hosts: []string{}, Participants: []Participant{}, Absentees: []Absentee{}, Speakers: []string{},
		Agenda: []AgendaItem{}, SideMeetings: []string{}, SideMeetingParticipants: map[string][]string{},
		Initiators: map[string]*int{},
	}
	if m.Place != nil {
		r.Place, r.PlaceState = m.Place.ID, m.Place.State.id()
	}
	for _, h := range m.Hosts {
		r.Hosts = append(r.Hosts, h.Host.id())
	}
	for _, p := range m.Participants {
		row := Participant{Status: str(p.Status), Role: str(p.Role), Level: str(p.Level), Representing: p.Representing.id()}
		if p.Participant != nil {
			row.ID, row.Typename, row.Name = p.Participant.ID, p.Participant.Typename, p.Participant.Name
		}
		row.Evidence, row.ArticleIDs = texts(p.Evidence)
		r.Participants = append(r.Participants, row)
	}
	for _, a := range m.Absentees {
		row := Absentee{Reason: str(a.Reason), Status: str(a.Status)}
		if a.Actor != nil {
			row.ID, row.Typename = a.Actor.ID, a.Actor.Typename
		}
		row.Evidence, _ = texts(a.Evidence)
		r.Absentees = append(r.Absentees, row)
	}
	for _, s := range m.Speakers {
		r.Speakers = append(r.Speakers, s.Speaker.id())
	}
	for _, a := range m.Agenda {
		row := AgendaItem{Action: str(a.Action), Status: str(a.Status), Proposers: []string{}}
		if a.Initiative != nil {
			row.InitiativeID = a.Initiative.ID
			for _, p := range a.Initiative.Proposers {
				row.Proposers = append(row.Proposers, p.Proposer.id())
			}
		}
		row.Evidence, _ = texts(a.Evidence)
		r.Agenda = append(r.Agenda, row)
	}
	for _, s := range m.SideMeetings {
		r.SideMeetings = append(r.SideMeetings, s.ID)
		ps := []string{}
		for _, p := range s.Participants {
			ps = append(ps, p.Participant.id())
		}
		r.SideMeetingParticipants[s.ID] = ps
	}
	if m.Next != nil {
		r.Next, r.NextYear = m.Next.ID, m.Next.Year
		if m.Next.Place != nil {
			r.NextPlace, r.NextPlaceName = m.Next.Place.ID, m.Next.Place.Name
		}
	}
	for _, i := range m.InitiatedBy {
		r.Initiators[i.Initiator.id()] = i.Year
	}
	return r, nil
}

// ChairmanshipsQuery lists an organisation's chairmanships with holders.
const ChairmanshipsQuery = `query Chairmanships($id: ID!) {
  organization(id: $id) {
    chairmanships {
      id period startYear endYear
      holders { state { id } role status evidence { sentence { text } } }
      successor { id }
      predecessor { id }
    }
  }
}`

// Holder is one holder of a chairmanship.
type Holder struct {
	State, Role, Status string
	Evidence            []string
}

// ChairmanshipReport is one chairmanship with its holders.
type ChairmanshipReport struct {
	ID, Period             string
	Holders                []Holder
	Successor, Predecessor string
}

// Chairmanships runs ChairmanshipsQuery for the organisation orgID.
func Chairmanships(ctx context.Context, c *Client, orgID string) ([]ChairmanshipReport, error) {
	var data struct {
		Organization *struct {
			Chairmanships []struct {
				ID, Period string
				Holders    []struct {
					State        *ref
					Role, Status *string
					Evidence     []evidenceJSON
				}
				Successor, Predecessor *ref
			}
		}
	}
	if err := c.Query(ctx, ChairmanshipsQuery, map[string]any{"id": orgID}, &data); err != nil {
		return nil, fmt.Errorf("chairmanships of %s: %w", orgID, err)
	}
	if data.Organization == nil {
		return nil, fmt.Errorf("organization %s: null", orgID)
	}
	out := []ChairmanshipReport{}
	for _, ch := range data.Organization.Chairmanships {
		r := ChairmanshipReport{ID: ch.ID, Period: ch.Period, Successor: ch.Successor.id(), Predecessor: ch.Predecessor.id(), Holders: []Holder{}}
		for _, h := range ch.Holders {
			ev, _ := texts(h.Evidence)
			r.Holders = append(r.Holders, Holder{State: h.State.id(), Role: str(h.Role), Status: str(h.Status), Evidence: ev})
		}
		out = append(out, r)
	}
	return out, nil
}

// RelationsQuery lists a state's diplomatic relations.
const RelationsQuery = `query Relations($id: ID!) {
  state(id: $id) { diplomaticRelations { state { id } since status } }
}`

// Relation is one diplomatic relation seen from a state.
type Relation struct {
	State  string
	Since  *int
	Status string
}

// DiplomaticRelations runs RelationsQuery for stateID.
func DiplomaticRelations(ctx context.Context, c *Client, stateID string) ([]Relation, error) {
	var data struct {
		State *struct {
			DiplomaticRelations []struct {
				State  *ref
				Since  *int
				Status *string
			}
		}
	}
	if err := c.Query(ctx, RelationsQuery, map[string]any{"id": stateID}, &data); err != nil {
		return nil, fmt.Errorf("relations of %s: %w", stateID, err)
	}
	if data.State == nil {
		return nil, fmt.Errorf("state %s: null", stateID)
	}
	out := []Relation{}
	for _, d := range data.State.DiplomaticRelations {
		out = append(out, Relation{State: d.State.id(), Since: d.Since, Status: str(d.Status)})
	}
	return out, nil
}

// SearchQuery searches nodes by name.
const SearchQuery = `query Search($text: String!, $labels: [Label!], $first: Int, $after: String) {
  search(text: $text, labels: $labels, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { __typename id name labels } }
  }
}`

// Hit is one search result.
type Hit struct {
	ID, Typename, Name string
	Labels             []string
}

// SearchResult is a page of search results.
type SearchResult struct {
	Hits        []Hit
	Total       int
	HasNextPage bool
	EndCursor   string
}

// IDs returns the ids of the hits, in order.
func (s SearchResult) IDs() []string {
	out := make([]string, len(s.Hits))
	for i, h := range s.Hits {
		out[i] = h.ID
	}
	return out
}

// Search runs SearchQuery; labels are Label enum values (e.g. "PLACE"),
// first 0 means the default page size, after "" the first page.
func Search(ctx context.Context, c *Client, text string, labels []string, first int, after string) (*SearchResult, error) {
	vars := map[string]any{"text": text}
	if len(labels) > 0 {
		vars["labels"] = labels
	}
	if first > 0 {
		vars["first"] = first
	}
	if after != "" {
		vars["after"] = after
	}
	var data struct {
		Search struct {
			TotalCount int
			PageInfo   struct {
				HasNextPage bool
				EndCursor   *string
			}
			Edges []struct {
				Node struct {
					Typename string `json:"__typename"`
					ID, Name string
					Labels   []string
				}
			}
		}
	}
	if err := c.Query(ctx, SearchQuery, vars, &data); err != nil {
		return nil, fmt.Errorf("search %q: %w", text, err)
	}
	r := &SearchResult{Total: data.Search.TotalCount, HasNextPage: data.Search.PageInfo.HasNextPage, EndCursor: str(data.Search.PageInfo.EndCursor), Hits: []Hit{}}
	for _, e := range data.Search.Edges {
		r.Hits = append(r.Hits, Hit{ID: e.Node.ID, Typename: e.Node.Typename, Name: e.Node.Name, Labels: e.Node.Labels})
	}
	return r, nil
}

// NeighborhoodQuery asks for a visualisation subgraph.
const NeighborhoodQuery = `query Neighborhood($id: ID!, $depth: Int, $types: [String!], $limit: Int) {
  neighborhood(id: $id, depth: $depth, relationshipTypes: $types, limit: $limit) {
    center truncated
    nodes { id label name }
    edges { id type source target }
  }
}`

// Edge is one edge of a View.
type Edge struct{ ID, Type, Source, Target string }

// View is the answer to NeighborhoodQuery.
type View struct {
	Center    string
	Truncated bool
	Nodes     []string // ids
	Labels    map[string]string
	Edges     []Edge
}

// Neighborhood runs NeighborhoodQuery; depth and limit < 0 mean the
// schema defaults, types nil all but provenance edges.
func Neighborhood(ctx context.Context, c *Client, id string, depth, limit int, types []string) (*View, error) {
	vars := map[string]any{"id": id}
	if depth >= 0 {
		vars["depth"] = depth
	}
	if limit >= 0 {
		vars["limit"] = limit
	}
	if types != nil {
		vars["types"] = types
	}
	var data struct {
		Neighborhood *struct {
			Center    string
			Truncated bool
			Nodes     []struct {
				ID    string
				Label *string
			}
			Edges []Edge
		}
	}
	if err := c.Query(ctx, NeighborhoodQuery, vars, &data); err != nil {
		return nil, fmt.Errorf("neighborhood of %s: %w", id, err)
	}
	n := data.Neighborhood
	v := &View{Center: n.Center, Truncated: n.Truncated, Nodes: []string{}, Labels: map[string]string{}, Edges: n.Edges}
	for _, x := range n.Nodes {
		v.Nodes = append(v.Nodes, x.ID)
		v.Labels[x.ID] = str(x.Label)
	}
	return v, nil
}
