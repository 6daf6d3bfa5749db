package resolvers

// Builders of the Relay connection types from a page (see paginate).

import "github.com/diplograph/diplograph/graph/model"

func nodeConn(p paged[model.Object]) *model.NodeConnection {
	c := &model.NodeConnection{PageInfo: p.info, TotalCount: p.total, Edges: make([]*model.NodeEdge, len(p.items))}
	for i, it := range p.items {
		c.Edges[i] = &model.NodeEdge{Cursor: p.cursors[i], Node: it}
	}
	return c
}

func meetingConn(p paged[*model.Meeting]) *model.MeetingConnection {
	c := &model.MeetingConnection{PageInfo: p.info, TotalCount: p.total, Edges: make([]*model.MeetingEdge, len(p.items))}
	for i, it := range p.items {
		c.Edges[i] = &model.MeetingEdge{Cursor: p.cursors[i], Node: it}
	}
	return c
}

func stateConn(p paged[*model.State]) *model.StateConnection {
	c := &model.StateConnection{PageInfo: p.info, TotalCount: p.total, Edges: make([]*model.StateEdge, len(p.items))}
	for i, it := range p.items {
		c.Edges[i] = &model.StateEdge{Cursor: p.cursors[i], Node: it}
	}
	return c
}

func personConn(p paged[*model.Person]) *model.PersonConnection {
	c := &model.PersonConnection{PageInfo: p.info, TotalCount: p.total, Edges: make([]*model.PersonEdge, len(p.items))}
	for i, it := range p.items {
		c.Edges[i] = &model.PersonEdge{Cursor: p.cursors[i], Node: it}
	}
	return c
}

func organizationConn(p paged[*model.Organization]) *model.OrganizationConnection {
	c := &model.OrganizationConnection{PageInfo: p.info, TotalCount: p.total, Edges: make([]*model.OrganizationEdge, len(p.items))}
	for i, it := range p.items {
		c.Edges[i] = &model.OrganizationEdge{Cursor: p.cursors[i], Node: it}
	}
	return c
}

func placeConn(p paged[*model.Place]) *model.PlaceConnection {
	c := &model.PlaceConnection{PageInfo: p.info, TotalCount: p.total, Edges: make([]*model.PlaceEdge, len(p.items))}
	for i, it := range p.items {
		c.Edges[i] = &model.PlaceEdge{Cursor: p.cursors[i], Node: it}
	}
	return c
}

func initiativeConn(p paged[*model.Initiative]) *model.InitiativeConnection {
	c := &model.InitiativeConnection{PageInfo: p.info, TotalCount: p.total, Edges: make([]*model.InitiativeEdge, len(p.items))}
	for i, it := range p.items {
		c.Edges[i] = &model.InitiativeEdge{Cursor: p.cursors[i], Node: it}
	}
	return c
}

func articleConn(p paged[*model.Article]) *model.ArticleConnection {
	c := &model.ArticleConnection{PageInfo: p.info, TotalCount: p.total, Edges: make([]*model.ArticleEdge, len(p.items))}
	for i, it := range p.items {
		c.Edges[i] = &model.ArticleEdge{Cursor: p.cursors[i], Node: it}
	}
	return c
}

func sentenceConn(p paged[*model.Sentence]) *model.SentenceConnection {
	c := &model.SentenceConnection{PageInfo: p.info, TotalCount: p.total, Edges: make([]*model.SentenceEdge, len(p.items))}
	for i, it := range p.items {
		c.Edges[i] = &model.SentenceEdge{Cursor: p.cursors[i], Node: it}
	}
	return c
}

func participationConn(p paged[*model.Participation]) *model.ParticipationConnection {
	c := &model.ParticipationConnection{PageInfo: p.info, TotalCount: p.total, Edges: make([]*model.ParticipationEdge, len(p.items))}
	for i, it := range p.items {
		c.Edges[i] = &model.ParticipationEdge{Cursor: p.cursors[i], Node: it}
	}
	return c
}

func mentionConn(p paged[*model.Mention]) *model.MentionConnection {
	c := &model.MentionConnection{PageInfo: p.info, TotalCount: p.total, Edges: make([]*model.MentionEdge, len(p.items))}
	for i, it := range p.items {
		c.Edges[i] = &model.MentionEdge{Cursor: p.cursors[i], Node: it}
	}
	return c
}

func chairmanshipConn(p paged[*model.Chairmanship]) *model.ChairmanshipConnection {
	c := &model.ChairmanshipConnection{PageInfo: p.info, TotalCount: p.total, Edges: make([]*model.ChairmanshipEdge, len(p.items))}
	for i, it := range p.items {
		c.Edges[i] = &model.ChairmanshipEdge{Cursor: p.cursors[i], Node: it}
	}
	return c
}

func entityConn(p paged[model.EntityObject]) *model.EntityConnection {
	c := &model.EntityConnection{PageInfo: p.info, TotalCount: p.total, Edges: make([]*model.EntityEdge, len(p.items))}
	for i, it := range p.items {
		c.Edges[i] = &model.EntityEdge{Cursor: p.cursors[i], Node: it}
	}
	return c
}

func timelineEventConn(p paged[*model.TimelineEvent]) *model.TimelineEventConnection {
	c := &model.TimelineEventConnection{PageInfo: p.info, TotalCount: p.total, Edges: make([]*model.TimelineEventEdge, len(p.items))}
	for i, it := range p.items {
		c.Edges[i] = &model.TimelineEventEdge{Cursor: p.cursors[i], Node: it}
	}
	return c
}

func absenceConn(p paged[*model.Absence]) *model.AbsenceConnection {
	c := &model.AbsenceConnection{PageInfo: p.info, TotalCount: p.total, Edges: make([]*model.AbsenceEdge, len(p.items))}
	for i, it := range p.items {
		c.Edges[i] = &model.AbsenceEdge{Cursor: p.cursors[i], Node: it}
	}
	return c
}

func agendaItemConn(p paged[*model.AgendaItem]) *model.AgendaItemConnection {
	c := &model.AgendaItemConnection{PageInfo: p.info, TotalCount: p.total, Edges: make([]*model.AgendaItemEdge, len(p.items))}
	for i, it := range p.items {
		c.Edges[i] = &model.AgendaItemEdge{Cursor: p.cursors[i], Node: it}
	}
	return c
}

func membershipConn(p paged[*model.Membership]) *model.MembershipConnection {
	c := &model.MembershipConnection{PageInfo: p.info, TotalCount: p.total, Edges: make([]*model.MembershipEdge, len(p.items))}
	for i, it := range p.items {
		c.Edges[i] = &model.MembershipEdge{Cursor: p.cursors[i], Node: it}
	}
	return c
}
