package resolvers

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/model"
)

// Defaults and caps of the analyst queries (schema/query.graphqls).
const (
	// DefaultCoParticipants is Query.coParticipants' `first` by default.
	DefaultCoParticipants = 10
	// DefaultPathLength is Query.path's `maxLength` by default.
	DefaultPathLength = 4
	// MaxPathLength is the largest `maxLength` Query.path accepts.
	MaxPathLength = 6
	// DefaultPathLimit is Query.path's `limit` by default.
	DefaultPathLimit = 10
	// MaxPathLimit is the largest `limit` Query.path accepts.
	MaxPathLimit = 100
)

// chairmanshipPage is the connection of Query.chairmanships.
func (r *Resolver) chairmanshipPage(ctx context.Context, f *model.ChairmanshipFilter, by *model.Order, a pageArgs) (*model.ChairmanshipConnection, error) {
	startKey := func(c *model.Chairmanship) string { return yearKey(c.StartYear(), c.ID()) }
	o, err := order("chairmanships", by, model.OrderFieldDate, orderKeys[*model.Chairmanship]{
		model.OrderFieldDate: startKey,
		model.OrderFieldName: nameKey[*model.Chairmanship],
		model.OrderFieldID:   idKey[*model.Chairmanship],
	})
	if err != nil {
		return nil, err
	}
	return connOf(o, a, func() ([]*model.Chairmanship, error) { return r.chairmanshipList(ctx, f) }, chairmanshipConn)
}

// chairmanshipList returns the chairmanships matching f.
func (r *Resolver) chairmanshipList(ctx context.Context, f *model.ChairmanshipFilter) ([]*model.Chairmanship, error) {
	if f == nil {
		f = &model.ChairmanshipFilter{}
	}
	hasRole := func(rel graph.Relationship) bool {
		role := model.ParseChairRole(rel.Props.String("role"))
		return f.Role == nil || (role != nil && *role == *f.Role)
	}
	var c candidates
	if f.OrganizationID != nil {
		s, err := r.endSet(ctx, *f.OrganizationID, graph.RelChairmanshipOf, in, nil)
		if err != nil {
			return nil, err
		}
		c.restrict(s)
	}
	if f.StateID != nil {
		s, err := r.endSet(ctx, *f.StateID, graph.RelHolds, out, hasRole)
		if err != nil {
			return nil, err
		}
		c.restrict(s)
	}
	nodes, err := c.load(ctx, r, graph.LabelChairmanship)
	if err != nil {
		return nil, err
	}
	cs := wrapAll[*model.Chairmanship](nodes)
	if f.Role != nil && f.StateID == nil {
		keys := make([]relKey, len(cs))
		for i, ch := range cs {
			keys[i] = relKey{Type: graph.RelHolds, Out: in, ID: ch.ID()}
		}
		holders, err := r.loadersFor(ctx).rels.LoadAll(ctx, keys)
		if err != nil {
			return nil, fmt.Errorf("load the holders of %d chairmanships: %w", len(cs), err)
		}
		var kept []*model.Chairmanship
		for i, ch := range cs {
			if slices.ContainsFunc(holders[i], hasRole) {
				kept = append(kept, ch)
			}
		}
		cs = kept
	}
	return slices.DeleteFunc(cs, func(ch *model.Chairmanship) bool {
		if f.FromYear == nil && f.ToYear == nil {
			return false
		}
		start := ch.StartYear()
		if start == nil {
			return true
		}
		end := *start
		if e := ch.EndYear(); e != nil && *e > end {
			end = *e
		}
		return (f.FromYear != nil && end < *f.FromYear) || (f.ToYear != nil && *start > *f.ToYear)
	}), nil
}

// peoplePage is the connection of Query.people.
func (r *Resolver) peoplePage(ctx context.Context, f *model.PersonFilter, by *model.Order, a pageArgs) (*model.PersonConnection, error) {
	o, err := order("people", by, model.OrderFieldID, orderKeys[*model.Person]{
		model.OrderFieldID:   idKey[*model.Person],
		model.OrderFieldName: nameKey[*model.Person],
	})
	if err != nil {
		return nil, err
	}
	return connOf(o, a, func() ([]*model.Person, error) { return r.peopleList(ctx, f) }, personConn)
}

// peopleList returns the people matching f: conditions on offices (state,
// organisation, kind, title) must all hold for one and the same LEADER_OF
// or HOLDS_OFFICE relationship; a title alone may also match the person's
// own title property.
func (r *Resolver) peopleList(ctx context.Context, f *model.PersonFilter) ([]*model.Person, error) {
	nodes, err := r.nodesOf(ctx, graph.LabelPerson)
	if err != nil {
		return nil, err
	}
	people := wrapAll[*model.Person](nodes)
	if f == nil || (f.StateID == nil && f.OrganizationID == nil && f.Office == nil && f.Title == nil) {
		return people, nil
	}
	var title string
	if f.Title != nil {
		title = strings.ToLower(strings.TrimSpace(*f.Title))
	}
	// Organisations that are part of the state hold its officials too.
	stateOrgs := map[string]bool{}
	if f.StateID != nil {
		if stateOrgs, err = r.endSet(ctx, *f.StateID, graph.RelPartOf, in, nil); err != nil {
			return nil, err
		}
	}
	keys := make([]relKey, 0, 2*len(people))
	for _, p := range people {
		keys = append(keys, relKey{Type: graph.RelLeaderOf, Out: out, ID: p.ID()}, relKey{Type: graph.RelHoldsOffice, Out: out, ID: p.ID()})
	}
	offices, err := r.loadersFor(ctx).rels.LoadAll(ctx, keys)
	if err != nil {
		return nil, fmt.Errorf("load the offices of %d people: %w", len(people), err)
	}
	matches := func(rel graph.Relationship) bool {
		leader := rel.Type == graph.RelLeaderOf
		switch {
		case f.Office != nil && (*f.Office == model.OfficeKindLeader) != leader:
			return false
		case f.StateID != nil && rel.End != *f.StateID && (leader || !stateOrgs[rel.End]):
			return false
		case f.OrganizationID != nil && (leader || rel.End != *f.OrganizationID):
			return false
		case f.Title != nil && !strings.Contains(strings.ToLower(rel.Props.String("title")), title):
			return false
		}
		return true
	}
	onlyTitle := f.StateID == nil && f.OrganizationID == nil && f.Office == nil
	var out []*model.Person
	for i, p := range people {
		if slices.ContainsFunc(slices.Concat(offices[2*i], offices[2*i+1]), matches) ||
			(onlyTitle && p.Title() != nil && strings.Contains(strings.ToLower(*p.Title()), title)) {
			out = append(out, p)
		}
	}
	return out, nil
}

// entityLabels are the labels of Entity types.
var entityLabels = []string{
	graph.LabelPerson, graph.LabelState, graph.LabelOrganization, graph.LabelPlace,
	graph.LabelMeeting, graph.LabelInitiative, graph.LabelChairmanship,
}

// entityPage is the connection of Query.entities.
func (r *Resolver) entityPage(ctx context.Context, labels []model.Label, by *model.Order, a pageArgs) (*model.EntityConnection, error) {
	o, err := order("entities", by, model.OrderFieldID, orderKeys[model.EntityObject]{
		model.OrderFieldID:   idKey[model.EntityObject],
		model.OrderFieldName: nameKey[model.EntityObject],
	})
	if err != nil {
		return nil, err
	}
	return connOf(o, a, func() ([]model.EntityObject, error) { return r.entityList(ctx, labels) }, entityConn)
}

// entityList returns the entities with one of labels (every entity label
// when empty), by id; a label that is not an entity's is BAD_USER_INPUT.
func (r *Resolver) entityList(ctx context.Context, labels []model.Label) ([]model.EntityObject, error) {
	ls := entityLabels
	if len(labels) > 0 {
		ls = nil
		for _, l := range labels {
			if !slices.Contains(entityLabels, l.GraphLabel()) {
				return nil, model.BadInput("%s is not an entity label", l)
			}
			ls = append(ls, l.GraphLabel())
		}
	}
	nodes, err := r.store.Nodes(ctx, graph.NodeQuery{Labels: ls})
	if err != nil {
		return nil, fmt.Errorf("list entities %v: %w", ls, err)
	}
	return wrapAll[model.EntityObject](nodes), nil
}

// actor loads the Person or State id for an analyst query: NOT_FOUND when
// there is no such actor.
func (r *Resolver) actor(ctx context.Context, id string) (model.ActorObject, error) {
	o, err := r.object(ctx, id)
	if err != nil {
		return nil, err
	}
	a := model.AsActor(o)
	if a == nil {
		return nil, notFound("actor (person or state)", id)
	}
	return a, nil
}

// timeline runs Query.timeline.
func (r *Resolver) timeline(ctx context.Context, actorID string, from, to *graph.Date, kinds []model.TimelineEventKind, a pageArgs) (*model.TimelineEventConnection, error) {
	return connOf(asc("date", timelineKey), a, func() ([]*model.TimelineEvent, error) {
		return r.timelineEvents(ctx, actorID, from, to, kinds)
	}, timelineEventConn)
}

// timelineEvents returns the events of kinds (all kinds when empty) that
// the actor actorID took part in within [from, to] (open ends when nil), in
// store order. Errors: BAD_USER_INPUT when to is before from, NOT_FOUND
// when there is no such actor, the store's wrapped.
func (r *Resolver) timelineEvents(ctx context.Context, actorID string, from, to *graph.Date, kinds []model.TimelineEventKind) ([]*model.TimelineEvent, error) {
	if from != nil && to != nil && to.Before(*from) {
		return nil, model.BadInput("to (%s) is before from (%s)", to, from)
	}
	if _, err := r.actor(ctx, actorID); err != nil {
		return nil, err
	}
	if len(kinds) == 0 {
		kinds = model.AllTimelineEventKind
	}
	var types []string
	for _, k := range kinds {
		types = append(types, k.RelType())
	}
	rs, err := r.store.Relationships(ctx, graph.RelQuery{Types: graph.UnionStrings(nil, types), Starts: []string{actorID}})
	if err != nil {
		return nil, fmt.Errorf("timeline of %q: %w", actorID, err)
	}
	ends := make([]string, len(rs))
	for i, rel := range rs {
		ends[i] = rel.End
	}
	objs, err := r.objects(ctx, ends)
	if err != nil {
		return nil, err
	}
	byID := make(map[string]model.Object, len(objs))
	for _, o := range objs {
		byID[o.ID()] = o
	}
	var events []*model.TimelineEvent
	for _, rel := range rs {
		kind, ok := model.TimelineEventKindOf(rel.Type)
		if !ok {
			continue
		}
		ev := &model.TimelineEvent{Fact: model.Fact{Rel: rel}, EventKind: kind, Target: byID[rel.End]}
		if (from != nil || to != nil) && !eventInRange(ev, from, to) {
			continue
		}
		events = append(events, ev)
	}
	return events, nil
}

// timelineKey orders events by date (as meetingKey: a year-only meeting
// after the dated events of its year, undated last), then kind, then the
// meeting or destination id.
func timelineKey(ev *model.TimelineEvent) string {
	d := undatedKey
	switch {
	case ev.Date() != nil:
		d = ev.Date().String()
	case ev.Meeting() != nil:
		d = meetingDateKey(ev.Meeting())
	}
	return fmt.Sprintf("%s\x00%d\x00%s", d, ev.EventKind.Rank(), ev.Rel.End)
}

// eventInRange reports whether the event's days overlap [from, to] (an
// open end when nil); an event without a date or year is out of any range.
func eventInRange(ev *model.TimelineEvent, from, to *graph.Date) bool {
	var first, last graph.Date
	switch {
	case ev.EventKind == model.TimelineEventKindVisited:
		d := ev.Date()
		if d == nil {
			return false
		}
		first, last = *d, *d
	case ev.Meeting() != nil:
		var ok bool
		if first, last, ok = meetingSpan(ev.Meeting()); !ok {
			return false
		}
	default:
		return false
	}
	return (from == nil || !last.Before(*from)) && (to == nil || !to.Before(first))
}

// coParticipants runs Query.coParticipants.
func (r *Resolver) coParticipants(ctx context.Context, actorID string, labels []model.Label, first *int) ([]*model.CoParticipant, error) {
	n, err := bounded("first", first, DefaultCoParticipants, 1, MaxPageSize)
	if err != nil {
		return nil, err
	}
	var want []string
	for _, l := range labels {
		if l != model.LabelPerson && l != model.LabelState {
			return nil, model.BadInput("%s is not an actor label (PERSON or STATE)", l)
		}
		want = append(want, l.GraphLabel())
	}
	if _, err := r.actor(ctx, actorID); err != nil {
		return nil, err
	}
	mine, err := r.endSet(ctx, actorID, graph.RelParticipatesIn, out, notNegated)
	if err != nil {
		return nil, err
	}
	meetingIDs := slices.Sorted(maps.Keys(mine))
	keys := make([]relKey, len(meetingIDs))
	for i, id := range meetingIDs {
		keys[i] = relKey{Type: graph.RelParticipatesIn, Out: in, ID: id}
	}
	lists, err := r.loadersFor(ctx).rels.LoadAll(ctx, keys)
	if err != nil {
		return nil, fmt.Errorf("load the participants of %d meetings: %w", len(keys), err)
	}
	shared := map[string][]string{} // co-participant → meeting ids
	for _, list := range lists {
		for _, rel := range list {
			if rel.Start != actorID && notNegated(rel) && !slices.Contains(shared[rel.Start], rel.End) {
				shared[rel.Start] = append(shared[rel.Start], rel.End)
			}
		}
	}
	others := slices.Sorted(maps.Keys(shared))
	objs, err := r.objects(ctx, slices.Concat(others, meetingIDs))
	if err != nil {
		return nil, err
	}
	byID := make(map[string]model.Object, len(objs))
	for _, o := range objs {
		byID[o.ID()] = o
	}
	var res []*model.CoParticipant
	for _, id := range others {
		a := model.AsActor(byID[id])
		if a == nil || (len(want) > 0 && !slices.ContainsFunc(want, a.GraphNode().HasLabel)) {
			continue
		}
		ms := make([]*model.Meeting, 0, len(shared[id]))
		for _, mid := range shared[id] {
			if m, ok := byID[mid].(*model.Meeting); ok {
				ms = append(ms, m)
			}
		}
		sortBy(ms, meetingKey)
		ids := make([]string, len(ms))
		for i, m := range ms {
			ids[i] = m.ID()
		}
		res = append(res, &model.CoParticipant{Actor: a, Count: len(ms), MeetingIds: ids, Meetings: ms})
	}
	sort.SliceStable(res, func(i, j int) bool {
		if res[i].Count != res[j].Count {
			return res[i].Count > res[j].Count
		}
		return res[i].Actor.ID() < res[j].Actor.ID()
	})
	if len(res) > n {
		res = res[:n]
	}
	return res, nil
}

// meetingsPerYear runs Query.meetingsPerYear.
func (r *Resolver) meetingsPerYear(ctx context.Context, orgID *string) ([]*model.OrganizationYearCount, error) {
	var rs []graph.Relationship
	var err error
	if orgID != nil {
		if _, err := typed[*model.Organization](ctx, r, "organization", *orgID); err != nil {
			return nil, err
		}
		rs, err = r.rels(ctx, *orgID, graph.RelConvenedUnder, in)
	} else {
		rs, err = r.store.Relationships(ctx, graph.RelQuery{Types: []string{graph.RelConvenedUnder}})
		if err != nil {
			err = fmt.Errorf("list %s relationships: %w", graph.RelConvenedUnder, err)
		}
	}
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, rel := range rs {
		ids = append(ids, rel.Start, rel.End)
	}
	objs, err := r.objects(ctx, graph.UnionStrings(nil, ids))
	if err != nil {
		return nil, err
	}
	byID := make(map[string]model.Object, len(objs))
	for _, o := range objs {
		byID[o.ID()] = o
	}
	type orgYear struct {
		org  string
		year int
	}
	counts := map[orgYear]map[string]bool{}
	for _, rel := range rs {
		m, ok1 := byID[rel.Start].(*model.Meeting)
		_, ok2 := byID[rel.End].(*model.Organization)
		if !ok1 || !ok2 || m.Year() == nil {
			continue
		}
		k := orgYear{rel.End, *m.Year()}
		if counts[k] == nil {
			counts[k] = map[string]bool{}
		}
		counts[k][m.ID()] = true
	}
	res := make([]*model.OrganizationYearCount, 0, len(counts))
	for k, ms := range counts {
		res = append(res, &model.OrganizationYearCount{Organization: byID[k.org].(*model.Organization), Year: k.year, Count: len(ms)})
	}
	sort.Slice(res, func(i, j int) bool {
		if a, b := res[i].Organization.ID(), res[j].Organization.ID(); a != b {
			return a < b
		}
		return res[i].Year < res[j].Year
	})
	return res, nil
}

// path runs Query.path.
func (r *Resolver) path(ctx context.Context, fromID, toID string, maxLength *int, types []string, limit *int) (*model.PathView, error) {
	l, err := bounded("maxLength", maxLength, DefaultPathLength, 1, MaxPathLength)
	if err != nil {
		return nil, err
	}
	n, err := bounded("limit", limit, DefaultPathLimit, 1, MaxPathLimit)
	if err != nil {
		return nil, err
	}
	if err := checkRelTypes(types); err != nil {
		return nil, err
	}
	ps, err := r.store.ShortestPaths(ctx, graph.PathQuery{From: fromID, To: toID, MaxLength: l, Types: types, Limit: n})
	if errors.Is(err, graph.ErrNotFound) {
		for _, id := range []string{fromID, toID} {
			if _, err := r.node(ctx, id); errors.Is(err, graph.ErrNotFound) {
				return nil, notFound("node", id)
			}
		}
		return nil, notFound("node", fromID+" or "+toID)
	}
	if err != nil {
		return nil, fmt.Errorf("paths from %q to %q: %w", fromID, toID, err)
	}
	v := &model.PathView{From: fromID, To: toID, Paths: []*model.GraphPath{}, Nodes: []*model.GraphNode{}, Edges: []*model.GraphEdge{}}
	nodes := map[string]graph.Node{}
	rels := map[string]graph.Relationship{}
	for _, p := range ps {
		gp := &model.GraphPath{Length: p.Len(), Nodes: make([]*model.GraphNode, len(p.Nodes)), Edges: make([]*model.GraphEdge, len(p.Relationships))}
		for i, nd := range p.Nodes {
			gp.Nodes[i] = model.NewGraphNode(nd)
			nodes[nd.ID] = nd
		}
		for i, rel := range p.Relationships {
			gp.Edges[i] = &model.GraphEdge{Rel: rel}
			rels[rel.Key()] = rel
		}
		v.Paths = append(v.Paths, gp)
		length := p.Len()
		v.Length = &length
	}
	for _, id := range slices.Sorted(maps.Keys(nodes)) {
		v.Nodes = append(v.Nodes, model.NewGraphNode(nodes[id]))
	}
	for _, k := range slices.Sorted(maps.Keys(rels)) {
		v.Edges = append(v.Edges, &model.GraphEdge{Rel: rels[k]})
	}
	return v, nil
}

// evidenceSentence loads the sentence of an evidence entry (nil when it is
// not in the store).
func (r *Resolver) evidenceSentence(ctx context.Context, e *model.Evidence) (*model.Sentence, error) {
	return loadAs[*model.Sentence](ctx, r, e.SentenceID)
}
