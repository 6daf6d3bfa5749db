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
	o := asc("id", func(s string) string { return s })
	page := func(a pageArgs) paged[string] {
		t.Helper()
		p, err := paginate(items, o, a)
		if err != nil {
			t.Fatalf("paginate(%+v): %v", a, err)
		}
		return p
	}
	p := page(pageArgs{First: ptr(2)})
	if !slices.Equal(p.items, []string{"a", "b"}) || !p.info.HasNextPage || p.info.HasPreviousPage || p.total != 5 {
		t.Fatalf("first page = %+v %+v", p.items, p.info)
	}
	p = page(pageArgs{First: ptr(2), After: p.info.EndCursor})
	if !slices.Equal(p.items, []string{"c", "d"}) || !p.info.HasPreviousPage || !p.info.HasNextPage {
		t.Fatalf("second page = %v %+v", p.items, p.info)
	}
	// Backward: the last two, then the two before them.
	p = page(pageArgs{Last: ptr(2)})
	if !slices.Equal(p.items, []string{"d", "e"}) || p.info.HasNextPage || !p.info.HasPreviousPage {
		t.Fatalf("last page = %v %+v", p.items, p.info)
	}
	p = page(pageArgs{Last: ptr(2), Before: p.info.StartCursor})
	if !slices.Equal(p.items, []string{"b", "c"}) || !p.info.HasNextPage || !p.info.HasPreviousPage {
		t.Fatalf("page before = %v %+v", p.items, p.info)
	}
	p = page(pageArgs{Last: ptr(5), Before: p.info.StartCursor})
	if !slices.Equal(p.items, []string{"a"}) || p.info.HasPreviousPage {
		t.Fatalf("first item backward = %v %+v", p.items, p.info)
	}
	// Both cursors: the items strictly between them.
	p = page(pageArgs{After: ptr(encodeCursor("id", "a")), Before: ptr(encodeCursor("id", "e"))})
	if !slices.Equal(p.items, []string{"b", "c", "d"}) {
		t.Fatalf("between = %v", p.items)
	}
	// A cursor whose item has gone continues after (or before) its key.
	gone := []string{"a", "b", "d", "e"}
	p, err := paginate(gone, o, pageArgs{First: ptr(10), After: ptr(encodeCursor("id", "c"))})
	if err != nil || !slices.Equal(p.items, []string{"d", "e"}) || p.info.HasNextPage {
		t.Fatalf("after deleted = %v %+v %v", p.items, p.info, err)
	}
	p, err = paginate(gone, o, pageArgs{Last: ptr(10), Before: ptr(encodeCursor("id", "c"))})
	if err != nil || !slices.Equal(p.items, []string{"a", "b"}) || !p.info.HasNextPage {
		t.Fatalf("before deleted = %v %+v %v", p.items, p.info, err)
	}
	// Descending: the exact reverse, cursors work the same way.
	desc := ordering[string]{key: o.key, desc: true, tag: "id"}
	rev := []string{"e", "d", "c", "b", "a"}
	p, err = paginate(rev, desc, pageArgs{First: ptr(2), After: ptr(encodeCursor("id", "d"))})
	if err != nil || !slices.Equal(p.items, []string{"c", "b"}) {
		t.Fatalf("descending = %v %v", p.items, err)
	}
	// Empty list, empty page.
	p, err = paginate([]string{}, o, pageArgs{Last: ptr(3)})
	if err != nil || len(p.items) != 0 || p.info.StartCursor != nil || p.info.HasNextPage || p.info.HasPreviousPage {
		t.Fatalf("empty = %+v %v", p, err)
	}
	// Default size.
	many := make([]string, 30)
	for i := range many {
		many[i] = positionKey(i)
	}
	if p, _ := paginate(many, o, pageArgs{}); len(p.items) != DefaultPageSize {
		t.Errorf("default page size = %d", len(p.items))
	}
	for _, a := range []pageArgs{
		{First: ptr(-1)}, {First: ptr(MaxPageSize + 1)}, {Last: ptr(-1)}, {Last: ptr(MaxPageSize + 1)},
		{First: ptr(1), Last: ptr(1)}, {After: ptr("%%%")}, {After: ptr("YWJj")}, {Before: ptr("YWJj")},
		{After: ptr(encodeCursor("name", "a"))}, // a cursor of another order
	} {
		_, err := paginate(items, o, a)
		var gerr *gqlerror.Error
		if !errors.As(err, &gerr) || gerr.Extensions["code"] != CodeBadUserInput {
			t.Errorf("paginate(%+v) error = %v, want BAD_USER_INPUT", a, err)
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
