package resolvers

import (
	"errors"
	"slices"
	"testing"

	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/model"
)

func ptr[T any](v T) *T { return &v }

func TestPaginate(t *testing.T) {
	items := []string{"a", "b", "c", "d", "e"}
	id := func(s string) string { return s }
	p, err := paginate(items, id, ptr(2), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(p.items, []string{"a", "b"}) || !p.info.HasNextPage || p.info.HasPreviousPage || p.total != 5 {
		t.Fatalf("first page = %+v %+v", p.items, p.info)
	}
	p, err = paginate(items, id, ptr(2), p.info.EndCursor)
	if err != nil || !slices.Equal(p.items, []string{"c", "d"}) || !p.info.HasPreviousPage {
		t.Fatalf("second page = %v %+v %v", p.items, p.info, err)
	}
	// A cursor whose item has gone continues after its key.
	gone := []string{"a", "b", "d", "e"}
	p, err = paginate(gone, id, ptr(10), ptr(encodeCursor("c")))
	if err != nil || !slices.Equal(p.items, []string{"d", "e"}) || p.info.HasNextPage {
		t.Fatalf("after deleted = %v %+v %v", p.items, p.info, err)
	}
	// Default size.
	many := make([]string, 30)
	for i := range many {
		many[i] = positionKey(i)
	}
	if p, _ := paginate(many, id, nil, nil); len(p.items) != DefaultPageSize {
		t.Errorf("default page size = %d", len(p.items))
	}
	for _, tc := range []struct {
		first *int
		after *string
	}{{ptr(-1), nil}, {ptr(MaxPageSize + 1), nil}, {nil, ptr("%%%")}, {nil, ptr("YWJj")}} {
		_, err := paginate(items, id, tc.first, tc.after)
		var gerr *gqlerror.Error
		if !errors.As(err, &gerr) || gerr.Extensions["code"] != CodeBadUserInput {
			t.Errorf("paginate(%v, %v) error = %v, want BAD_USER_INPUT", tc.first, tc.after, err)
		}
	}
}

func TestSortKeys(t *testing.T) {
	ids := []string{"article:x:s10", "article:x:s2", "article:x:s1"}
	slices.SortFunc(ids, func(a, b string) int { return cmpString(sentenceKey(a), sentenceKey(b)) })
	if !slices.Equal(ids, []string{"article:x:s1", "article:x:s2", "article:x:s10"}) {
		t.Errorf("sentence order = %v", ids)
	}
	meeting := func(id string, p graph.Props) *model.Meeting {
		return model.Wrap(graph.Node{ID: id, Labels: []string{graph.LabelMeeting}, Props: p}).(*model.Meeting)
	}
	ms := []*model.Meeting{
		meeting("meeting:undated:x:y", graph.Props{}),
		meeting("meeting:2023:cis:bishkek", graph.Props{}),
		meeting("meeting:2023-12-31:b:y", graph.Props{"date": graph.NewDate(2023, 12, 31)}),
		meeting("meeting:2022-10-14:a:y", graph.Props{"date": graph.NewDate(2022, 10, 14)}),
		meeting("meeting:2022-10-14:0:y", graph.Props{"date": graph.NewDate(2022, 10, 14)}),
	}
	sortBy(ms, meetingKey)
	var got []string
	for _, m := range ms {
		got = append(got, m.ID())
	}
	want := []string{"meeting:2022-10-14:0:y", "meeting:2022-10-14:a:y", "meeting:2023-12-31:b:y", "meeting:2023:cis:bishkek", "meeting:undated:x:y"}
	if !slices.Equal(got, want) {
		t.Errorf("meeting order = %v, want %v", got, want)
	}
}
