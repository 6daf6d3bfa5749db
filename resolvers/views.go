package resolvers

import (
	"context"
	"fmt"
	"slices"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/model"
)

// Constructors of the relationship views, for facts.
func participation(f model.Fact) *model.Participation { return &model.Participation{Fact: f} }
func absence(f model.Fact) *model.Absence             { return &model.Absence{Fact: f} }
func speech(f model.Fact) *model.Speech               { return &model.Speech{Fact: f} }
func meetingChair(f model.Fact) *model.MeetingChair   { return &model.MeetingChair{Fact: f} }
func hosting(f model.Fact) *model.Hosting             { return &model.Hosting{Fact: f} }
func agendaItem(f model.Fact) *model.AgendaItem       { return &model.AgendaItem{Fact: f} }
func proposal(f model.Fact) *model.Proposal           { return &model.Proposal{Fact: f} }
func leadership(f model.Fact) *model.Leadership       { return &model.Leadership{Fact: f} }
func office(f model.Fact) *model.Office               { return &model.Office{Fact: f} }
func membership(f model.Fact) *model.Membership       { return &model.Membership{Fact: f} }
func founding(f model.Fact) *model.Founding           { return &model.Founding{Fact: f} }
func initiation(f model.Fact) *model.Initiation       { return &model.Initiation{Fact: f} }
func visit(f model.Fact) *model.Visit                 { return &model.Visit{Fact: f} }
func concern(f model.Fact) *model.Concern             { return &model.Concern{Fact: f} }
func mention(f model.Fact) *model.Mention             { return &model.Mention{Fact: f} }
func chairmanshipHolder(f model.Fact) *model.ChairmanshipHolder {
	return &model.ChairmanshipHolder{Fact: f}
}

// nodeByID runs Query.node: null with NOT_FOUND when the id is unknown.
func (r *Resolver) nodeByID(ctx context.Context, id string) (model.Object, error) {
	o, err := r.object(ctx, id)
	if err != nil {
		return nil, err
	}
	if o == nil {
		return nil, notFound("node", id)
	}
	return o, nil
}

// oneOf returns o when it carries one of labels, else nil (for the unions
// Institution and Destination).
func oneOf(o model.Object, labels ...string) model.Object {
	if o == nil {
		return nil
	}
	for _, l := range labels {
		if o.GraphNode().HasLabel(l) {
			return o
		}
	}
	return nil
}

// loadOneOf loads node id when it carries one of labels.
func (r *Resolver) loadOneOf(ctx context.Context, id string, labels ...string) (model.Object, error) {
	o, err := r.object(ctx, id)
	return oneOf(o, labels...), err
}

// partOf returns the organisations and states an organisation is PART_OF.
func (r *Resolver) partOf(ctx context.Context, id string) ([]model.Object, error) {
	os, err := endsAs[model.Object](ctx, r, id, graph.RelPartOf, out)
	if err != nil {
		return nil, err
	}
	return slices.DeleteFunc(os, func(o model.Object) bool {
		return oneOf(o, graph.LabelOrganization, graph.LabelState) == nil
	}), nil
}

// diplomaticRelations reads DIPLOMATIC_RELATIONS from both ends: the pair is
// stored once, in either direction. Ordered by the other state's id; a pair
// stored in both directions is reported once.
func (r *Resolver) diplomaticRelations(ctx context.Context, stateID string) ([]*model.DiplomaticRelation, error) {
	outs, err := r.rels(ctx, stateID, graph.RelDiplomaticRelations, out)
	if err != nil {
		return nil, err
	}
	ins, err := r.rels(ctx, stateID, graph.RelDiplomaticRelations, in)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var res []*model.DiplomaticRelation
	for _, rel := range slices.Concat(outs, ins) {
		d := &model.DiplomaticRelation{Fact: model.Fact{Rel: rel}, Viewer: stateID}
		if seen[d.OtherID()] {
			continue
		}
		seen[d.OtherID()] = true
		res = append(res, d)
	}
	slices.SortStableFunc(res, func(a, b *model.DiplomaticRelation) int { return cmpString(a.OtherID(), b.OtherID()) })
	return res, nil
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// capital returns the place LOCATED_IN the state with capital = true.
func (r *Resolver) capital(ctx context.Context, stateID string) (*model.Place, error) {
	rs, err := r.rels(ctx, stateID, graph.RelLocatedIn, in)
	if err != nil {
		return nil, err
	}
	for _, rel := range rs {
		if c, ok := rel.Props.Bool("capital"); ok && c {
			return loadAs[*model.Place](ctx, r, rel.Start)
		}
	}
	return nil, nil
}

// isCapital reads the capital property of a place's LOCATED_IN.
func (r *Resolver) isCapital(ctx context.Context, placeID string) (*bool, error) {
	rs, err := r.rels(ctx, placeID, graph.RelLocatedIn, out)
	if err != nil {
		return nil, err
	}
	for _, rel := range rs {
		if c, ok := rel.Props.Bool("capital"); ok {
			return &c, nil
		}
	}
	return nil, nil
}

// sortedMeetings returns the other ends of typ at id that are meetings, by
// date then id.
func (r *Resolver) sortedMeetings(ctx context.Context, id, typ string, dir bool) ([]*model.Meeting, error) {
	ms, err := endsAs[*model.Meeting](ctx, r, id, typ, dir)
	if err != nil {
		return nil, err
	}
	sortBy(ms, meetingKey)
	return ms, nil
}

// chairmanships returns an organisation's chairmanships by start year then id.
func (r *Resolver) chairmanships(ctx context.Context, orgID string) ([]*model.Chairmanship, error) {
	cs, err := endsAs[*model.Chairmanship](ctx, r, orgID, graph.RelChairmanshipOf, in)
	if err != nil {
		return nil, err
	}
	sortBy(cs, chairmanshipYearKey)
	return cs, nil
}

// chairmanshipYearKey orders chairmanships by start year (unknown last)
// then id.
func chairmanshipYearKey(c *model.Chairmanship) string { return yearKey(c.StartYear(), c.ID()) }

// holders returns a chairmanship's HOLDS relationships: chair first, then
// co-chairs, then others, each by state id.
func (r *Resolver) holders(ctx context.Context, chairmanshipID string) ([]*model.ChairmanshipHolder, error) {
	hs, err := facts(ctx, r, chairmanshipID, graph.RelHolds, in, chairmanshipHolder)
	if err != nil {
		return nil, err
	}
	slices.SortStableFunc(hs, func(a, b *model.ChairmanshipHolder) int {
		if d := holderRank(a) - holderRank(b); d != 0 {
			return d
		}
		return cmpString(a.Rel.Start, b.Rel.Start)
	})
	return hs, nil
}

// holderRank orders chairmanship holders by role: chair, co-chair, other,
// not recorded.
func holderRank(h *model.ChairmanshipHolder) int {
	switch role := h.Role(); {
	case role == nil:
		return 3
	case *role == model.ChairRoleChair:
		return 0
	case *role == model.ChairRoleCoChair:
		return 1
	}
	return 2
}

// holderKey is the sort key of holders' order.
func holderKey(h *model.ChairmanshipHolder) string {
	return fmt.Sprintf("%d\x00%s", holderRank(h), h.Rel.Start)
}

// sentenceArticle returns a sentence's article: the id encoded in the
// sentence id, else the start of its HAS_SENTENCE relationship.
func (r *Resolver) sentenceArticle(ctx context.Context, sentenceID string) (*model.Article, error) {
	if id := model.ArticleIDOfSentence(sentenceID); id != "" {
		a, err := loadAs[*model.Article](ctx, r, id)
		if err != nil || a != nil {
			return a, err
		}
	}
	return firstEndAs[*model.Article](ctx, r, sentenceID, graph.RelHasSentence, in)
}

// initiativePage is the connection of Query.initiatives.
func (r *Resolver) initiativePage(ctx context.Context, f *model.InitiativeFilter, by *model.Order, a pageArgs) (*model.InitiativeConnection, error) {
	o, err := order("initiatives", by, model.OrderFieldID, orderKeys[*model.Initiative]{
		model.OrderFieldID:   idKey[*model.Initiative],
		model.OrderFieldName: nameKey[*model.Initiative],
		model.OrderFieldDate: func(i *model.Initiative) string { return yearKey(i.StartYear(), i.ID()) },
	})
	if err != nil {
		return nil, err
	}
	return connOf(o, a, func() ([]*model.Initiative, error) { return r.initiativeList(ctx, f) }, initiativeConn)
}

// articlePage is the connection of Query.articles, by date then id.
func (r *Resolver) articlePage(ctx context.Context, by *model.Order, a pageArgs) (*model.ArticleConnection, error) {
	o, err := order("articles", by, model.OrderFieldDate, orderKeys[*model.Article]{
		model.OrderFieldDate: articleKey,
		model.OrderFieldName: nameKey[*model.Article],
		model.OrderFieldID:   idKey[*model.Article],
	})
	if err != nil {
		return nil, err
	}
	return connOf(o, a, func() ([]*model.Article, error) { return nodesAs[*model.Article](ctx, r, graph.LabelArticle) }, articleConn)
}
