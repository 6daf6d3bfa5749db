package resolvers

import (
	"github.com/diplograph/diplograph/graph/generated"
	"github.com/diplograph/diplograph/graph/model"
)

// perPage is the complexity of a connection field: its selection counted
// once per item of the requested page (first, 20 by default, clamped to
// 1..MaxPageSize).
func perPage(child int, first *int) int {
	n := DefaultPageSize
	if first != nil {
		n = min(max(*first, 1), MaxPageSize)
	}
	return 1 + n*child
}

// Complexity returns the complexity functions of the schema: connection
// fields multiply their selection by the page size, Query.nodes by the
// number of ids, Query.neighborhood adds a tenth of its node limit. Fields
// not listed cost 1 plus their selection (gqlgen's default). httpapi
// enforces a limit on the total (Config.ComplexityLimit).
func Complexity() generated.ComplexityRoot {
	var c generated.ComplexityRoot
	page := func(child int, first *int, _ *string) int { return perPage(child, first) }

	c.Query.Search = func(child int, _ string, _ []model.Label, first *int, after *string) int {
		return page(child, first, after)
	}
	c.Query.Meetings = func(child int, _ *model.MeetingFilter, first *int, after *string) int {
		return page(child, first, after)
	}
	c.Query.Initiatives = func(child int, _ *model.InitiativeFilter, first *int, after *string) int {
		return page(child, first, after)
	}
	c.Query.States = page
	c.Query.People = page
	c.Query.Organizations = page
	c.Query.Places = page
	c.Query.Articles = page
	c.Query.Nodes = func(child int, ids []string) int { return 1 + max(len(ids), 1)*child }
	c.Query.Neighborhood = func(child int, _ string, _ *int, _ []string, limit *int) int {
		l := 200
		if limit != nil {
			l = min(max(*limit, 1), MaxNeighborhoodLimit)
		}
		return 1 + child + l/10
	}

	c.Article.Sentences = page
	c.Organization.Meetings = page
	c.Place.Meetings = page
	c.Person.Participations = page
	c.State.Participations = page
	c.State.Mentions = page
	c.Person.Mentions = page
	c.Organization.Mentions = page
	c.Place.Mentions = page
	c.Meeting.Mentions = page
	c.Initiative.Mentions = page
	c.Chairmanship.Mentions = page
	return c
}
