package resolvers

import (
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/generated"
	"github.com/diplograph/diplograph/graph/model"
)

// perPage is the complexity of a connection field: its selection counted
// once per item of the requested page (`first` or `last`, 20 by default,
// clamped to 1..MaxPageSize).
func perPage(child int, a pageArgs) int {
	return 1 + min(max(a.size(), 1), MaxPageSize)*child
}

// Complexity returns the complexity functions of the schema: connection
// fields multiply their selection by the page size, Query.nodes by the
// number of ids, Query.coParticipants by `first`, Query.path by its path
// limit times its length bound, Query.neighborhood adds a tenth of its
// node limit. Fields not listed cost 1 plus their selection (gqlgen's
// default). httpapi enforces a limit on the total (Config.ComplexityLimit).
func Complexity() generated.ComplexityRoot {
	var c generated.ComplexityRoot
	page := func(child int, first *int, after *string, last *int, before *string) int {
		return perPage(child, args(first, after, last, before))
	}
	ordered := func(child int, _ *model.Order, first *int, after *string, last *int, before *string) int {
		return page(child, first, after, last, before)
	}

	c.Query.Search = func(child int, _ string, _ []model.Label, first *int, after *string, last *int, before *string) int {
		return page(child, first, after, last, before)
	}
	c.Query.Meetings = func(child int, _ *model.MeetingFilter, o *model.Order, first *int, after *string, last *int, before *string) int {
		return ordered(child, o, first, after, last, before)
	}
	c.Query.Initiatives = func(child int, _ *model.InitiativeFilter, o *model.Order, first *int, after *string, last *int, before *string) int {
		return ordered(child, o, first, after, last, before)
	}
	c.Query.People = func(child int, _ *model.PersonFilter, o *model.Order, first *int, after *string, last *int, before *string) int {
		return ordered(child, o, first, after, last, before)
	}
	c.Query.Chairmanships = func(child int, _ *model.ChairmanshipFilter, o *model.Order, first *int, after *string, last *int, before *string) int {
		return ordered(child, o, first, after, last, before)
	}
	c.Query.Entities = func(child int, _ []model.Label, o *model.Order, first *int, after *string, last *int, before *string) int {
		return ordered(child, o, first, after, last, before)
	}
	c.Query.Timeline = func(child int, _ string, _, _ *graph.Date, _ []model.TimelineEventKind, first *int, after *string, last *int, before *string) int {
		return page(child, first, after, last, before)
	}
	c.Query.States = ordered
	c.Query.Organizations = ordered
	c.Query.Places = ordered
	c.Query.Articles = ordered
	c.Query.Nodes = func(child int, ids []string) int { return 1 + max(len(ids), 1)*child }
	c.Query.CoParticipants = func(child int, _ string, _ []model.Label, first *int) int {
		n := DefaultCoParticipants
		if first != nil {
			n = min(max(*first, 1), MaxPageSize)
		}
		return 1 + n*child
	}
	c.Query.Path = func(child int, _, _ string, maxLength *int, _ []string, limit *int) int {
		l, n := DefaultPathLength, DefaultPathLimit
		if maxLength != nil {
			l = min(max(*maxLength, 1), MaxPathLength)
		}
		if limit != nil {
			n = min(max(*limit, 1), MaxPathLimit)
		}
		return 1 + child + n*l
	}
	c.Query.Neighborhood = func(child int, _ string, _ *int, _ []string, limit *int) int {
		l := 200
		if limit != nil {
			l = min(max(*limit, 1), MaxNeighborhoodLimit)
		}
		return 1 + child + l/10
	}

	c.Article.Sentences = page
	c.Organization.Meetings = page
	c.Organization.MembersConnection = page
	c.Organization.InitiativesConnection = page
	c.Place.Meetings = page
	c.Person.Participations = page
	c.State.Participations = page
	c.Person.AbsencesConnection = page
	c.State.AbsencesConnection = page
	c.Meeting.ParticipantsConnection = page
	c.Meeting.AbsenteesConnection = page
	c.Meeting.AgendaConnection = page
	c.Initiative.ConsideredAtConnection = page
	c.State.Mentions = page
	c.Person.Mentions = page
	c.Organization.Mentions = page
	c.Place.Mentions = page
	c.Meeting.Mentions = page
	c.Initiative.Mentions = page
	c.Chairmanship.Mentions = page
	c.Chairmanship.HoldersConnection = page
	c.Initiative.ProposersConnection = page
	c.Initiative.ConcernsConnection = page
	c.Meeting.HostsConnection = page
	c.Meeting.ChairsConnection = page
	c.Meeting.SpeakersConnection = page
	c.Meeting.SideMeetingsConnection = page
	c.Meeting.InitiatedByConnection = page
	c.Meeting.ConcernsConnection = page
	c.Organization.PartsConnection = page
	c.Organization.FoundersConnection = page
	c.Organization.OfficialsConnection = page
	c.Organization.ChairmanshipsConnection = page
	c.Person.ChairedConnection = page
	c.Person.ProposalsConnection = page
	c.Person.FoundingsConnection = page
	c.Person.InitiatedConnection = page
	c.Person.LeaderOfConnection = page
	c.Person.OfficesConnection = page
	c.Person.SpeechesConnection = page
	c.Person.VisitsConnection = page
	c.State.ChairedConnection = page
	c.State.ProposalsConnection = page
	c.State.FoundingsConnection = page
	c.State.InitiatedConnection = page
	c.State.LeadersConnection = page
	c.State.OfficialsConnection = page
	c.State.DiplomaticRelationsConnection = page
	c.State.MembershipsConnection = page
	c.State.ChairmanshipsConnection = page
	c.State.HostedMeetingsConnection = page
	c.State.VisitsConnection = page
	return c
}
