package resolvers

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/vikstrous/dataloadgen"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/model"
)

// Caps of Query.neighborhood (schema/query.graphqls).
const (
	// MaxNeighborhoodDepth is the largest depth accepted.
	MaxNeighborhoodDepth = 3
	// MaxNeighborhoodLimit is the largest node limit accepted.
	MaxNeighborhoodLimit = 1000
	// MaxNodesIDs is the largest number of ids Query.nodes accepts.
	MaxNodesIDs = 100
	// MaxSearchText is the longest Query.search text accepted, in characters.
	MaxSearchText = 200
)

// nodesOf returns every node carrying label, ordered by id.
func (r *Resolver) nodesOf(ctx context.Context, label string) ([]graph.Node, error) {
	ns, err := r.store.Nodes(ctx, graph.NodeQuery{Labels: []string{label}})
	if err != nil {
		return nil, fmt.Errorf("list %s nodes: %w", label, err)
	}
	return ns, nil
}

// bounded returns the argument named name: *v, or def when v is nil.
// BAD_USER_INPUT when it is outside [lo, hi].
func bounded(name string, v *int, def, lo, hi int) (int, error) {
	n := def
	if v != nil {
		n = *v
	}
	if n < lo || n > hi {
		return 0, model.BadInput("%s must be between %d and %d, got %d", name, lo, hi, n)
	}
	return n, nil
}

// checkRelTypes returns BAD_USER_INPUT for the first of types that is not
// a relationship type, else nil.
func checkRelTypes(types []string) error {
	for _, t := range types {
		if !graph.IsRelationshipType(t) {
			return model.BadInput("unknown relationship type %q", t)
		}
	}
	return nil
}

// nodesAs returns every node carrying label as T, ordered by id.
func nodesAs[T any](ctx context.Context, r *Resolver, label string) ([]T, error) {
	nodes, err := r.nodesOf(ctx, label)
	if err != nil {
		return nil, err
	}
	return wrapAll[T](nodes), nil
}

// typed loads the node id as T for a typed root field (Query.meeting …): a
// missing node, or one of another label, is NOT_FOUND.
func typed[T any](ctx context.Context, r *Resolver, what, id string) (T, error) {
	var zero T
	n, err := r.node(ctx, id)
	if errors.Is(err, graph.ErrNotFound) {
		return zero, notFound(what, id)
	}
	if err != nil {
		return zero, err
	}
	t, ok := any(model.Wrap(n)).(T)
	if !ok {
		return zero, notFound(what, id)
	}
	return t, nil
}

// endSet returns the ids at the other end of the typ relationships at id,
// keeping those keep accepts (all when keep is nil).
func (r *Resolver) endSet(ctx context.Context, id, typ string, dir bool, keep func(graph.Relationship) bool) (map[string]bool, error) {
	rs, err := r.rels(ctx, id, typ, dir)
	if err != nil {
		return nil, err
	}
	set := make(map[string]bool, len(rs))
	for _, rel := range rs {
		if keep == nil || keep(rel) {
			set[otherEnd(rel, dir)] = true
		}
	}
	return set, nil
}

// candidates intersects id sets; nil means "no constraint yet".
type candidates map[string]bool

func (c *candidates) restrict(s map[string]bool) {
	if *c == nil {
		*c = maps.Clone(s)
		if *c == nil {
			*c = candidates{}
		}
		return
	}
	for id := range *c {
		if !s[id] {
			delete(*c, id)
		}
	}
}

// load returns the nodes with label among c (all nodes with label when c is
// nil).
func (c candidates) load(ctx context.Context, r *Resolver, label string) ([]graph.Node, error) {
	if c == nil {
		return r.nodesOf(ctx, label)
	}
	if len(c) == 0 {
		return nil, nil
	}
	ids := slices.Sorted(maps.Keys(c))
	ns, err := r.store.Nodes(ctx, graph.NodeQuery{IDs: ids, Labels: []string{label}})
	if err != nil {
		return nil, fmt.Errorf("load %d %s nodes: %w", len(ids), label, err)
	}
	return ns, nil
}

func notNegated(rel graph.Relationship) bool {
	return rel.Props.String(graph.PropStatus) != graph.StatusNegated
}

// meetingList returns the meetings matching f, ordered by meetingKey.
func (r *Resolver) meetingList(ctx context.Context, f *model.MeetingFilter) ([]*model.Meeting, error) {
	if f == nil {
		f = &model.MeetingFilter{}
	}
	var c candidates
	for _, cond := range []struct {
		id   *string
		typ  string
		dir  bool
		keep func(graph.Relationship) bool
	}{
		{f.PlaceID, graph.RelHeldIn, in, nil},
		{f.OrganizationID, graph.RelConvenedUnder, in, nil},
		{f.ParticipantID, graph.RelParticipatesIn, out, notNegated},
	} {
		if cond.id == nil {
			continue
		}
		s, err := r.endSet(ctx, *cond.id, cond.typ, cond.dir, cond.keep)
		if err != nil {
			return nil, err
		}
		c.restrict(s)
	}
	nodes, err := c.load(ctx, r, graph.LabelMeeting)
	if err != nil {
		return nil, err
	}
	ms := wrapAll[*model.Meeting](nodes)
	ms = slices.DeleteFunc(ms, func(m *model.Meeting) bool { return !meetingMatches(m, f) })
	sortBy(ms, meetingKey)
	return ms, nil
}

// meetingMatches applies the property conditions of f.
func meetingMatches(m *model.Meeting, f *model.MeetingFilter) bool {
	if f.Status != nil && (m.Status() == nil || *m.Status() != *f.Status) {
		return false
	}
	if f.Kind != nil && (m.Kind() == nil || *m.Kind() != *f.Kind) {
		return false
	}
	if f.From == nil && f.To == nil {
		return true
	}
	first, last, ok := meetingSpan(m)
	if !ok {
		return false
	}
	if f.From != nil && last.Before(*f.From) {
		return false
	}
	if f.To != nil && f.To.Before(first) {
		return false
	}
	return true
}

// meetingSpan returns the days a meeting covers: date to endDate (or date),
// or the whole year for a meeting known only by its year.
func meetingSpan(m *model.Meeting) (first, last graph.Date, ok bool) {
	if d := m.Date(); d != nil {
		first, last = *d, *d
		if e := m.EndDate(); e != nil && d.Before(*e) {
			last = *e
		}
		return first, last, true
	}
	if y := m.Year(); y != nil {
		return graph.NewDate(*y, 1, 1), graph.NewDate(*y, 12, 31), true
	}
	return first, last, false
}

// meetingOrder is the ordering of Query.meetings for orderBy.
func meetingOrder(by *model.Order) (ordering[*model.Meeting], error) {
	return order("meetings", by, model.OrderFieldDate, orderKeys[*model.Meeting]{
		model.OrderFieldDate: meetingKey,
		model.OrderFieldName: nameKey[*model.Meeting],
		model.OrderFieldID:   idKey[*model.Meeting],
	})
}

// meetingPage is the connection of the meetings matching f.
func (r *Resolver) meetingPage(ctx context.Context, f *model.MeetingFilter, by *model.Order, a pageArgs) (*model.MeetingConnection, error) {
	o, err := meetingOrder(by)
	if err != nil {
		return nil, err
	}
	return connOf(o, a, func() ([]*model.Meeting, error) { return r.meetingList(ctx, f) }, meetingConn)
}

// initiativeList returns the initiatives matching f, by id.
func (r *Resolver) initiativeList(ctx context.Context, f *model.InitiativeFilter) ([]*model.Initiative, error) {
	if f == nil {
		f = &model.InitiativeFilter{}
	}
	var c candidates
	for _, cond := range []struct {
		id  *string
		typ string
		dir bool
	}{
		{f.OrganizationID, graph.RelUnderAuspicesOf, in},
		{f.ProposerID, graph.RelProposed, out},
		{f.MeetingID, graph.RelConsiders, out},
	} {
		if cond.id == nil {
			continue
		}
		s, err := r.endSet(ctx, *cond.id, cond.typ, cond.dir, nil)
		if err != nil {
			return nil, err
		}
		c.restrict(s)
	}
	nodes, err := c.load(ctx, r, graph.LabelInitiative)
	if err != nil {
		return nil, err
	}
	is := wrapAll[*model.Initiative](nodes)
	is = slices.DeleteFunc(is, func(i *model.Initiative) bool {
		if f.Status != nil && (i.Status() == nil || *i.Status() != *f.Status) {
			return true
		}
		if f.Kind != nil && (i.Kind() == nil || !strings.EqualFold(*i.Kind(), *f.Kind)) {
			return true
		}
		return false
	})
	sortBy(is, idKey)
	return is, nil
}

// labelPage is the connection of every node of one label, by id or name.
func labelPage[T interface {
	ID() string
	Name() string
}](ctx context.Context, r *Resolver, label, list string, by *model.Order, a pageArgs) (paged[T], error) {
	o, err := order(list, by, model.OrderFieldID, orderKeys[T]{model.OrderFieldID: idKey[T], model.OrderFieldName: nameKey[T]})
	if err != nil {
		return paged[T]{}, err
	}
	return pageOf(o, a, func() ([]T, error) { return nodesAs[T](ctx, r, label) })
}

// participationPage lists the PARTICIPATES_IN relationships of an actor,
// ordered by their meeting's date then id.
func (r *Resolver) participationPage(ctx context.Context, actorID string, a pageArgs) (*model.ParticipationConnection, error) {
	if err := a.check(); err != nil {
		return nil, err
	}
	rs, err := r.rels(ctx, actorID, graph.RelParticipatesIn, out)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(rs))
	for i, rel := range rs {
		ids[i] = rel.End
	}
	os, err := r.objects(ctx, ids)
	if err != nil {
		return nil, err
	}
	keys := make(map[string]string, len(os))
	for _, o := range os {
		if m, ok := o.(*model.Meeting); ok {
			keys[m.ID()] = meetingKey(m)
		}
	}
	items := make([]*model.Participation, len(rs))
	for i, rel := range rs {
		items[i] = &model.Participation{Fact: model.Fact{Rel: rel}}
	}
	key := func(p *model.Participation) string {
		if k, ok := keys[p.Rel.End]; ok {
			return k
		}
		return undatedKey + "\x00" + p.Rel.End
	}
	p, err := sortedPage(items, asc("date", key), a)
	if err != nil {
		return nil, err
	}
	return participationConn(p), nil
}

// mentionPage lists the MENTIONS relationships of an entity in sentence order.
func (r *Resolver) mentionPage(ctx context.Context, entityID string, a pageArgs) (*model.MentionConnection, error) {
	return connOf(asc("sentence", func(m *model.Mention) string { return sentenceKey(m.Rel.Start) }), a, func() ([]*model.Mention, error) {
		return facts(ctx, r, entityID, graph.RelMentions, in, mention)
	}, mentionConn)
}

// sentencePage lists an article's sentences in text order.
func (r *Resolver) sentencePage(ctx context.Context, articleID string, a pageArgs) (*model.SentenceConnection, error) {
	return connOf(asc("sentence", func(s *model.Sentence) string { return sentenceKey(s.ID()) }), a, func() ([]*model.Sentence, error) {
		return endsAs[*model.Sentence](ctx, r, articleID, graph.RelHasSentence, out)
	}, sentenceConn)
}

// factPage lists the typ relationships at id (dir as in rels) as views
// built by mk, ordered by the id of their other end (as the list fields
// that predate connections are).
func factPage[T interface{ Relationship() graph.Relationship }](ctx context.Context, r *Resolver, id, typ string, dir bool, mk func(model.Fact) T, a pageArgs) (paged[T], error) {
	return pageOf(asc("id", func(t T) string { return otherEnd(t.Relationship(), dir) }), a, func() ([]T, error) {
		return facts(ctx, r, id, typ, dir, mk)
	})
}

// search runs Query.search: the text is folded like the loader folds names
// (loader/text.Fold), so spelling variants of Arabic names match.
func (r *Resolver) search(ctx context.Context, text string, labels []model.Label, a pageArgs) (*model.NodeConnection, error) {
	if err := a.check(); err != nil {
		return nil, err
	}
	if n := len([]rune(text)); n > MaxSearchText {
		return nil, model.BadInput("search text must be at most %d characters, got %d", MaxSearchText, n)
	}
	key := strings.TrimSpace(r.fold(text))
	if !strings.ContainsFunc(key, func(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) }) {
		return nil, model.BadInput("search text must contain a letter or digit")
	}
	q := graph.SearchQuery{Key: key}
	for _, l := range labels {
		q.Labels = append(q.Labels, l.GraphLabel())
	}
	nodes, err := r.store.Search(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", key, err)
	}
	type hit struct {
		o   model.Object
		pos int
	}
	hits := make([]hit, 0, len(nodes))
	for _, n := range nodes {
		if o := model.Wrap(n); o != nil {
			hits = append(hits, hit{o, len(hits)})
		}
	}
	p, err := paginate(hits, asc("position", func(h hit) string { return positionKey(h.pos) }), a)
	if err != nil {
		return nil, err
	}
	objs := paged[model.Object]{cursors: p.cursors, info: p.info, total: p.total}
	for _, h := range p.items {
		objs.items = append(objs.items, h.o)
	}
	return nodeConn(objs), nil
}

// neighborhood runs Query.neighborhood within its caps.
func (r *Resolver) neighborhood(ctx context.Context, id string, depth *int, types []string, limit *int) (*model.GraphView, error) {
	d, err := bounded("depth", depth, 1, 0, MaxNeighborhoodDepth)
	if err != nil {
		return nil, err
	}
	l, err := bounded("limit", limit, 200, 1, MaxNeighborhoodLimit)
	if err != nil {
		return nil, err
	}
	if err := checkRelTypes(types); err != nil {
		return nil, err
	}
	g, err := r.store.Neighborhood(ctx, graph.NeighborhoodQuery{ID: id, Depth: d, Types: types, Limit: l})
	if errors.Is(err, graph.ErrNotFound) {
		return nil, notFound("node", id)
	}
	if err != nil {
		return nil, fmt.Errorf("neighborhood of %q: %w", id, err)
	}
	sort.SliceStable(g.Nodes, func(i, j int) bool {
		a, b := g.Nodes[i].ID, g.Nodes[j].ID
		if (a == id) != (b == id) {
			return a == id
		}
		return a < b
	})
	sort.SliceStable(g.Relationships, func(i, j int) bool { return g.Relationships[i].Key() < g.Relationships[j].Key() })
	v := &model.GraphView{
		Center:    id,
		Nodes:     make([]*model.GraphNode, len(g.Nodes)),
		Edges:     make([]*model.GraphEdge, len(g.Relationships)),
		Truncated: len(g.Nodes) >= l,
	}
	for i, n := range g.Nodes {
		v.Nodes[i] = model.NewGraphNode(n)
	}
	for i, rel := range g.Relationships {
		v.Edges[i] = &model.GraphEdge{Rel: rel}
	}
	return v, nil
}

// stats runs Query.stats.
func (r *Resolver) stats(ctx context.Context) (*model.Stats, error) {
	st, err := r.store.Stats(ctx)
	if err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	out := &model.Stats{Nodes: st.Nodes, Relationships: st.Relationships, ByLabel: []*model.LabelCount{}, ByType: []*model.TypeCount{}}
	for _, gl := range graph.Labels {
		if n, ok := st.ByLabel[gl]; ok {
			l, _ := model.LabelOf(gl)
			out.ByLabel = append(out.ByLabel, &model.LabelCount{Label: l, Count: n})
		}
	}
	for _, t := range slices.Sorted(maps.Keys(st.ByType)) {
		out.ByType = append(out.ByType, &model.TypeCount{Type: t, Count: st.ByType[t]})
	}
	return out, nil
}

// nodesByIDs runs Query.nodes: one entry per id, nil when not found.
func (r *Resolver) nodesByIDs(ctx context.Context, ids []string) ([]model.Object, error) {
	if len(ids) > MaxNodesIDs {
		return nil, model.BadInput("at most %d ids, got %d", MaxNodesIDs, len(ids))
	}
	ns, err := r.loadersFor(ctx).nodes.LoadAll(ctx, ids)
	var perKey dataloadgen.ErrorSlice
	if err != nil && !errors.As(err, &perKey) {
		return nil, fmt.Errorf("load %d nodes: %w", len(ids), err)
	}
	out := make([]model.Object, len(ids))
	for i, n := range ns {
		if i < len(perKey) && perKey[i] != nil {
			if errors.Is(perKey[i], graph.ErrNotFound) {
				continue
			}
			return nil, fmt.Errorf("load node %q: %w", ids[i], perKey[i])
		}
		out[i] = model.Wrap(n)
	}
	return out, nil
}

// factConn is the connection twin of a plain list of facts: the typ
// relationships at id (dir as in rels) as views built by mk, by the id of
// their other end (see factPage), made into a connection by build.
func factConn[T interface{ Relationship() graph.Relationship }, C any](ctx context.Context, r *Resolver, id, typ string, dir bool, mk func(model.Fact) T, a pageArgs, build func(paged[T]) C) (C, error) {
	p, err := factPage(ctx, r, id, typ, dir, mk, a)
	if err != nil {
		var zero C
		return zero, err
	}
	return build(p), nil
}

// listConn is the connection twin of a plain list: the items list returns,
// ordered by key (the plain list's own order), made into a connection by
// build. tag names the order in cursors.
func listConn[T, C any](a pageArgs, list func() ([]T, error), tag string, key func(T) string, build func(paged[T]) C) (C, error) {
	return connOf(asc(tag, key), a, list, build)
}

// orgInitiativePage is the connection of the initiatives under an
// organisation's auspices, by id.
func (r *Resolver) orgInitiativePage(ctx context.Context, orgID string, a pageArgs) (*model.InitiativeConnection, error) {
	return connOf(asc("id", idKey[*model.Initiative]), a, func() ([]*model.Initiative, error) {
		return endsAs[*model.Initiative](ctx, r, orgID, graph.RelUnderAuspicesOf, in)
	}, initiativeConn)
}
