package model

import (
	"bytes"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph"
)

func TestParseEnumsFallBackToOther(t *testing.T) {
	for _, tc := range []struct {
		raw  string
		want *Modality
	}{
		{"", nil},
		{"HELD", ptr(ModalityHeld)},
		{"held", ptr(ModalityHeld)},
		{"RUMOURED", ptr(ModalityOther)},
	} {
		got := ParseModality(tc.raw)
		if (got == nil) != (tc.want == nil) || (got != nil && *got != *tc.want) {
			t.Errorf("ParseModality(%q) = %v, want %v", tc.raw, got, tc.want)
		}
	}
	if got := *ParseChairRole("co-chair"); got != ChairRoleCoChair {
		t.Errorf("co-chair → %s", got)
	}
	if got := *ParseMeetingKind("retreat"); got != MeetingKindOther {
		t.Errorf("retreat → %s", got)
	}
	if got := *ParseMeetingKind("CEREMONY"); got != MeetingKindCeremony {
		t.Errorf("CEREMONY (a state funeral's kind) → %s", got)
	}
	var m Modality
	if err := m.UnmarshalGQL("MAYBE"); err == nil {
		t.Error("UnmarshalGQL accepted an unknown value")
	}
}

func ptr[T any](v T) *T { return &v }

func TestWrapReadsProperties(t *testing.T) {
	n := graph.Node{ID: "chairmanship:cis:2024-2026", Labels: []string{graph.LabelChairmanship},
		Props: graph.Props{"startYear": int64(2024), "endYear": 2026.0}}
	c, ok := Wrap(n).(*Chairmanship)
	if !ok || c.Period() != "2024-2026" || c.Name() != n.ID {
		t.Fatalf("chairmanship = %#v period %q name %q", Wrap(n), c.Period(), c.Name())
	}
	if AsEntity(c) == nil || AsActor(c) != nil {
		t.Error("a chairmanship is an entity and not an actor")
	}
	m := Wrap(graph.Node{ID: "meeting:2023:cis:bishkek", Labels: []string{graph.LabelMeeting}, Props: graph.Props{"first": "true", "date": "not a date"}}).(*Meeting)
	if y := m.Year(); y == nil || *y != 2023 || m.Date() != nil || !*m.First() {
		t.Errorf("meeting year %v date %v first %v", m.Year(), m.Date(), m.First())
	}
	a := Wrap(graph.Node{ID: "article:x", Labels: []string{graph.LabelArticle}, Props: graph.Props{"loadedAt": "2026-01-02T03:04:05Z", "date": time.Date(2022, 10, 14, 9, 0, 0, 0, time.UTC)}}).(*Article)
	if a.LoadedAt() == nil || a.Date().String() != "2022-10-14" {
		t.Errorf("article loadedAt %v date %v", a.LoadedAt(), a.Date())
	}
	if Wrap(graph.Node{ID: "x", Labels: []string{"Unknown"}}) != nil {
		t.Error("unknown label wrapped")
	}
	if got := ArticleIDOfSentence("article:0123:s17"); got != "article:0123" {
		t.Errorf("ArticleIDOfSentence = %q", got)
	}
}

func TestDateScalar(t *testing.T) {
	var b bytes.Buffer
	MarshalDate(graph.NewDate(2022, 10, 4)).MarshalGQL(&b)
	if b.String() != `"2022-10-04"` {
		t.Errorf("MarshalDate = %s", b.String())
	}
	if d, err := UnmarshalDate("2022-10-14"); err != nil || d != graph.NewDate(2022, 10, 14) {
		t.Errorf("UnmarshalDate = %v, %v", d, err)
	}
	for _, bad := range []any{"14/10/2022", 20221014, "2022-02-30"} {
		if _, err := UnmarshalDate(bad); err == nil {
			t.Errorf("UnmarshalDate(%v) accepted", bad)
		}
	}
}
