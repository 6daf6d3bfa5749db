package apitest

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/diplograph/diplograph/httpapi"
	"github.com/diplograph/diplograph/internal/testgraph"
	"github.com/diplograph/diplograph/resolvers"
)

// SearchTexts are the searches RunAnalystQueries runs: one place in three
// spellings (Arabic with hamza, without, English) and a person by surname.
var SearchTexts = []string{"أستانا", "استانا", "Astana", "بوتين", "tokayev"}

// Report holds the answers to the analyst questions about the seed article
// (ids as in the golden facts, see internal/testgraph).
type Report struct {
	// CISSummit is the CIS summit of 14 October 2022 in Astana.
	CISSummit *MeetingReport
	// RussiaCentralAsia is the Russia – Central Asia meeting the same day.
	RussiaCentralAsia *MeetingReport
	// CICASummit is the CICA summit of 13 October 2022 with its sidelines.
	CICASummit *MeetingReport
	// CISChairmanships are the CIS chairmanships with their holders.
	CISChairmanships []ChairmanshipReport
	// Relations are the diplomatic relations of Russia and Kazakhstan, by state id.
	Relations map[string][]Relation
	// Searches are the results of SearchTexts, by text.
	Searches map[string]*SearchResult
	// Neighborhood is the depth-1 view around the CIS summit.
	Neighborhood *View
}

// RunAnalystQueries serves store with httpapi.DefaultConfig (logs
// discarded) and asks every
// analyst question over HTTP. It fails on the first question that gets a
// GraphQL error; missing facts show as empty answers, to be compared by
// the caller.
func RunAnalystQueries(ctx context.Context, store resolvers.Reader) (*Report, error) {
	c := NewClient(httpapi.New(httpapi.DefaultConfig(), store, slog.New(slog.DiscardHandler)))
	r := &Report{Relations: map[string][]Relation{}, Searches: map[string]*SearchResult{}}
	var err error
	if r.CISSummit, err = Meeting(ctx, c, testgraph.CISSummit); err != nil {
		return nil, err
	}
	if r.RussiaCentralAsia, err = Meeting(ctx, c, testgraph.RCA); err != nil {
		return nil, err
	}
	if r.CICASummit, err = Meeting(ctx, c, testgraph.CICASumm); err != nil {
		return nil, err
	}
	if r.CISChairmanships, err = Chairmanships(ctx, c, testgraph.CIS); err != nil {
		return nil, err
	}
	for _, s := range []string{testgraph.RUS, testgraph.KAZ} {
		if r.Relations[s], err = DiplomaticRelations(ctx, c, s); err != nil {
			return nil, err
		}
	}
	for _, t := range SearchTexts {
		if r.Searches[t], err = Search(ctx, c, t, nil, 0, ""); err != nil {
			return nil, err
		}
	}
	if r.Neighborhood, err = Neighborhood(ctx, c, testgraph.CISSummit, 1, -1, nil); err != nil {
		return nil, fmt.Errorf("analyst queries: %w", err)
	}
	return r, nil
}
