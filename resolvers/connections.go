package resolvers

// Builders of the Relay connection types from a page (see paginate). Each
// gqlgen connection type has its own Go struct; conn fills any of them.

import "github.com/diplograph/diplograph/graph/model"

// conn builds a connection from page p: mkEdge makes the edge of one item
// from its cursor, mk the connection from its edges, page info and total.
func conn[T, E, C any](p paged[T], mkEdge func(cursor string, node T) E, mk func(edges []E, info *model.PageInfo, total int) C) C {
	edges := make([]E, len(p.items))
	for i, it := range p.items {
		edges[i] = mkEdge(p.cursors[i], it)
	}
	return mk(edges, p.info, p.total)
}

func nodeConn(p paged[model.Object]) *model.NodeConnection {
	return conn(p, func(c string, n model.Object) *model.NodeEdge { return &model.NodeEdge{Cursor: c, Node: n} },
		func(e []*model.NodeEdge, pi *model.PageInfo, t int) *model.NodeConnection {
			return &model.NodeConnection{Edges: e, PageInfo: pi, TotalCount: t}
		})
}

func meetingConn(p paged[*model.Meeting]) *model.MeetingConnection {
	return conn(p, func(c string, n *model.Meeting) *model.MeetingEdge { return &model.MeetingEdge{Cursor: c, Node: n} },
		func(e []*model.MeetingEdge, pi *model.PageInfo, t int) *model.MeetingConnection {
			return &model.MeetingConnection{Edges: e, PageInfo: pi, TotalCount: t}
		})
}

func stateConn(p paged[*model.State]) *model.StateConnection {
	return conn(p, func(c string, n *model.State) *model.StateEdge { return &model.StateEdge{Cursor: c, Node: n} },
		func(e []*model.StateEdge, pi *model.PageInfo, t int) *model.StateConnection {
			return &model.StateConnection{Edges: e, PageInfo: pi, TotalCount: t}
		})
}

func personConn(p paged[*model.Person]) *model.PersonConnection {
	return conn(p, func(c string, n *model.Person) *model.PersonEdge { return &model.PersonEdge{Cursor: c, Node: n} },
		func(e []*model.PersonEdge, pi *model.PageInfo, t int) *model.PersonConnection {
			return &model.PersonConnection{Edges: e, PageInfo: pi, TotalCount: t}
		})
}

func organizationConn(p paged[*model.Organization]) *model.OrganizationConnection {
	return conn(p, func(c string, n *model.Organization) *model.OrganizationEdge {
		return &model.OrganizationEdge{Cursor: c, Node: n}
	},
		func(e []*model.OrganizationEdge, pi *model.PageInfo, t int) *model.OrganizationConnection {
			return &model.OrganizationConnection{Edges: e, PageInfo: pi, TotalCount: t}
		})
}

func placeConn(p paged[*model.Place]) *model.PlaceConnection {
	return conn(p, func(c string, n *model.Place) *model.PlaceEdge { return &model.PlaceEdge{Cursor: c, Node: n} },
		func(e []*model.PlaceEdge, pi *model.PageInfo, t int) *model.PlaceConnection {
			return &model.PlaceConnection{Edges: e, PageInfo: pi, TotalCount: t}
		})
}

func initiativeConn(p paged[*model.Initiative]) *model.InitiativeConnection {
	return conn(p, func(c string, n *model.Initiative) *model.InitiativeEdge {
		return &model.InitiativeEdge{Cursor: c, Node: n}
	},
		func(e []*model.InitiativeEdge, pi *model.PageInfo, t int) *model.InitiativeConnection {
			return &model.InitiativeConnection{Edges: e, PageInfo: pi, TotalCount: t}
		})
}

func articleConn(p paged[*model.Article]) *model.ArticleConnection {
	return conn(p, func(c string, n *model.Article) *model.ArticleEdge { return &model.ArticleEdge{Cursor: c, Node: n} },
		func(e []*model.ArticleEdge, pi *model.PageInfo, t int) *model.ArticleConnection {
			return &model.ArticleConnection{Edges: e, PageInfo: pi, TotalCount: t}
		})
}

func sentenceConn(p paged[*model.Sentence]) *model.SentenceConnection {
	return conn(p, func(c string, n *model.Sentence) *model.SentenceEdge { return &model.SentenceEdge{Cursor: c, Node: n} },
		func(e []*model.SentenceEdge, pi *model.PageInfo, t int) *model.SentenceConnection {
			return &model.SentenceConnection{Edges: e, PageInfo: pi, TotalCount: t}
		})
}

func participationConn(p paged[*model.Participation]) *model.ParticipationConnection {
	return conn(p, func(c string, n *model.Participation) *model.ParticipationEdge {
		return &model.ParticipationEdge{Cursor: c, Node: n}
	},
		func(e []*model.ParticipationEdge, pi *model.PageInfo, t int) *model.ParticipationConnection {
			return &model.ParticipationConnection{Edges: e, PageInfo: pi, TotalCount: t}
		})
}

func mentionConn(p paged[*model.Mention]) *model.MentionConnection {
	return conn(p, func(c string, n *model.Mention) *model.MentionEdge { return &model.MentionEdge{Cursor: c, Node: n} },
		func(e []*model.MentionEdge, pi *model.PageInfo, t int) *model.MentionConnection {
			return &model.MentionConnection{Edges: e, PageInfo: pi, TotalCount: t}
		})
}

func chairmanshipConn(p paged[*model.Chairmanship]) *model.ChairmanshipConnection {
	return conn(p, func(c string, n *model.Chairmanship) *model.ChairmanshipEdge {
		return &model.ChairmanshipEdge{Cursor: c, Node: n}
	},
		func(e []*model.ChairmanshipEdge, pi *model.PageInfo, t int) *model.ChairmanshipConnection {
			return &model.ChairmanshipConnection{Edges: e, PageInfo: pi, TotalCount: t}
		})
}

func entityConn(p paged[model.EntityObject]) *model.EntityConnection {
	return conn(p, func(c string, n model.EntityObject) *model.EntityEdge { return &model.EntityEdge{Cursor: c, Node: n} },
		func(e []*model.EntityEdge, pi *model.PageInfo, t int) *model.EntityConnection {
			return &model.EntityConnection{Edges: e, PageInfo: pi, TotalCount: t}
		})
}

func timelineEventConn(p paged[*model.TimelineEvent]) *model.TimelineEventConnection {
	return conn(p, func(c string, n *model.TimelineEvent) *model.TimelineEventEdge {
		return &model.TimelineEventEdge{Cursor: c, Node: n}
	},
		func(e []*model.TimelineEventEdge, pi *model.PageInfo, t int) *model.TimelineEventConnection {
			return &model.TimelineEventConnection{Edges: e, PageInfo: pi, TotalCount: t}
		})
}

func absenceConn(p paged[*model.Absence]) *model.AbsenceConnection {
	return conn(p, func(c string, n *model.Absence) *model.AbsenceEdge { return &model.AbsenceEdge{Cursor: c, Node: n} },
		func(e []*model.AbsenceEdge, pi *model.PageInfo, t int) *model.AbsenceConnection {
			return &model.AbsenceConnection{Edges: e, PageInfo: pi, TotalCount: t}
		})
}

func agendaItemConn(p paged[*model.AgendaItem]) *model.AgendaItemConnection {
	return conn(p, func(c string, n *model.AgendaItem) *model.AgendaItemEdge {
		return &model.AgendaItemEdge{Cursor: c, Node: n}
	},
		func(e []*model.AgendaItemEdge, pi *model.PageInfo, t int) *model.AgendaItemConnection {
			return &model.AgendaItemConnection{Edges: e, PageInfo: pi, TotalCount: t}
		})
}

func membershipConn(p paged[*model.Membership]) *model.MembershipConnection {
	return conn(p, func(c string, n *model.Membership) *model.MembershipEdge {
		return &model.MembershipEdge{Cursor: c, Node: n}
	},
		func(e []*model.MembershipEdge, pi *model.PageInfo, t int) *model.MembershipConnection {
			return &model.MembershipConnection{Edges: e, PageInfo: pi, TotalCount: t}
		})
}

func hostingConn(p paged[*model.Hosting]) *model.HostingConnection {
	return conn(p, func(c string, n *model.Hosting) *model.HostingEdge { return &model.HostingEdge{Cursor: c, Node: n} },
		func(e []*model.HostingEdge, pi *model.PageInfo, t int) *model.HostingConnection {
			return &model.HostingConnection{Edges: e, PageInfo: pi, TotalCount: t}
		})
}

func meetingChairConn(p paged[*model.MeetingChair]) *model.MeetingChairConnection {
	return conn(p, func(c string, n *model.MeetingChair) *model.MeetingChairEdge {
		return &model.MeetingChairEdge{Cursor: c, Node: n}
	},
		func(e []*model.MeetingChairEdge, pi *model.PageInfo, t int) *model.MeetingChairConnection {
			return &model.MeetingChairConnection{Edges: e, PageInfo: pi, TotalCount: t}
		})
}

func speechConn(p paged[*model.Speech]) *model.SpeechConnection {
	return conn(p, func(c string, n *model.Speech) *model.SpeechEdge { return &model.SpeechEdge{Cursor: c, Node: n} },
		func(e []*model.SpeechEdge, pi *model.PageInfo, t int) *model.SpeechConnection {
			return &model.SpeechConnection{Edges: e, PageInfo: pi, TotalCount: t}
		})
}

func proposalConn(p paged[*model.Proposal]) *model.ProposalConnection {
	return conn(p, func(c string, n *model.Proposal) *model.ProposalEdge { return &model.ProposalEdge{Cursor: c, Node: n} },
		func(e []*model.ProposalEdge, pi *model.PageInfo, t int) *model.ProposalConnection {
			return &model.ProposalConnection{Edges: e, PageInfo: pi, TotalCount: t}
		})
}

func leadershipConn(p paged[*model.Leadership]) *model.LeadershipConnection {
	return conn(p, func(c string, n *model.Leadership) *model.LeadershipEdge {
		return &model.LeadershipEdge{Cursor: c, Node: n}
	},
		func(e []*model.LeadershipEdge, pi *model.PageInfo, t int) *model.LeadershipConnection {
			return &model.LeadershipConnection{Edges: e, PageInfo: pi, TotalCount: t}
		})
}

func officeConn(p paged[*model.Office]) *model.OfficeConnection {
	return conn(p, func(c string, n *model.Office) *model.OfficeEdge { return &model.OfficeEdge{Cursor: c, Node: n} },
		func(e []*model.OfficeEdge, pi *model.PageInfo, t int) *model.OfficeConnection {
			return &model.OfficeConnection{Edges: e, PageInfo: pi, TotalCount: t}
		})
}

func diplomaticRelationConn(p paged[*model.DiplomaticRelation]) *model.DiplomaticRelationConnection {
	return conn(p, func(c string, n *model.DiplomaticRelation) *model.DiplomaticRelationEdge {
		return &model.DiplomaticRelationEdge{Cursor: c, Node: n}
	},
		func(e []*model.DiplomaticRelationEdge, pi *model.PageInfo, t int) *model.DiplomaticRelationConnection {
			return &model.DiplomaticRelationConnection{Edges: e, PageInfo: pi, TotalCount: t}
		})
}

func chairmanshipHolderConn(p paged[*model.ChairmanshipHolder]) *model.ChairmanshipHolderConnection {
	return conn(p, func(c string, n *model.ChairmanshipHolder) *model.ChairmanshipHolderEdge {
		return &model.ChairmanshipHolderEdge{Cursor: c, Node: n}
	},
		func(e []*model.ChairmanshipHolderEdge, pi *model.PageInfo, t int) *model.ChairmanshipHolderConnection {
			return &model.ChairmanshipHolderConnection{Edges: e, PageInfo: pi, TotalCount: t}
		})
}

func visitConn(p paged[*model.Visit]) *model.VisitConnection {
	return conn(p, func(c string, n *model.Visit) *model.VisitEdge { return &model.VisitEdge{Cursor: c, Node: n} },
		func(e []*model.VisitEdge, pi *model.PageInfo, t int) *model.VisitConnection {
			return &model.VisitConnection{Edges: e, PageInfo: pi, TotalCount: t}
		})
}

func foundingConn(p paged[*model.Founding]) *model.FoundingConnection {
	return conn(p, func(c string, n *model.Founding) *model.FoundingEdge { return &model.FoundingEdge{Cursor: c, Node: n} },
		func(e []*model.FoundingEdge, pi *model.PageInfo, t int) *model.FoundingConnection {
			return &model.FoundingConnection{Edges: e, PageInfo: pi, TotalCount: t}
		})
}

func initiationConn(p paged[*model.Initiation]) *model.InitiationConnection {
	return conn(p, func(c string, n *model.Initiation) *model.InitiationEdge {
		return &model.InitiationEdge{Cursor: c, Node: n}
	},
		func(e []*model.InitiationEdge, pi *model.PageInfo, t int) *model.InitiationConnection {
			return &model.InitiationConnection{Edges: e, PageInfo: pi, TotalCount: t}
		})
}

func concernConn(p paged[*model.Concern]) *model.ConcernConnection {
	return conn(p, func(c string, n *model.Concern) *model.ConcernEdge { return &model.ConcernEdge{Cursor: c, Node: n} },
		func(e []*model.ConcernEdge, pi *model.PageInfo, t int) *model.ConcernConnection {
			return &model.ConcernConnection{Edges: e, PageInfo: pi, TotalCount: t}
		})
}
