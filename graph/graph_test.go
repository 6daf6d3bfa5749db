package graph

import (
	"encoding/json"
	"math"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestNormalizeValue(t *testing.T) {
	for _, c := range []struct {
		in   any
		want any
	}{
		{int(7), int64(7)}, {int32(-7), int64(-7)}, {uint16(7), int64(7)},
		{float32(0.5), 0.5}, {"s", "s"}, {true, true},
		{NewDate(2022, 10, 14), NewDate(2022, 10, 14)},
		{[]string(nil), []string{}}, {[]string{"a"}, []string{"a"}},
	} {
		got, err := NormalizeValue(c.in)
		if err != nil || !cmp.Equal(got, c.want) {
			t.Errorf("NormalizeValue(%#v) = %#v, %v; want %#v", c.in, got, err, c.want)
		}
	}
	in := []string{"a"}
	got, _ := NormalizeValue(in)
	got.([]string)[0] = "changed"
	if in[0] != "a" {
		t.Errorf("NormalizeValue returned its input slice, not a copy")
	}
	for _, bad := range []any{nil, uint64(1), []int{1}, map[string]any{}, struct{}{}, []any{"a"}, math.NaN(), math.Inf(-1), float32(math.Inf(1))} {
		if _, err := NormalizeValue(bad); err == nil {
			t.Errorf("NormalizeValue(%#v) accepted", bad)
		}
	}
}

func TestNormalizeProps(t *testing.T) {
	got, err := NormalizeProps(Props{"n": 3, "l": []string(nil)})
	if diff := cmp.Diff(Props{"n": int64(3), "l": []string{}}, got); err != nil || diff != "" {
		t.Errorf("NormalizeProps: %v (-want +got):\n%s", err, diff)
	}
	if got, err := NormalizeProps(nil); err != nil || got == nil || len(got) != 0 {
		t.Errorf("NormalizeProps(nil) = %#v, %v; want an empty map", got, err)
	}
	for _, bad := range []Props{{"": "x"}, {"x": math.NaN()}} {
		if _, err := NormalizeProps(bad); err == nil {
			t.Errorf("NormalizeProps(%v) accepted", bad)
		}
	}
}

func TestSlugAndIDs(t *testing.T) {
	for in, want := range map[string]string{
		"Kassym-Jomart Tokayev": "kassym-jomart-tokayev",
		"São Tomé and Príncipe": "sao-tome-and-principe",
		"  Saint  Petersburg ":  "saint-petersburg",
		"CIS":                   "cis",
		"أستانا":                "",
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
	d := NewDate(2022, time.October, 14)
	if got := MeetingID(d, "CIS heads of state", "Astana"); got != "meeting:2022-10-14:cis-heads-of-state:astana" {
		t.Errorf("MeetingID = %q", got)
	}
	if got := StateID("kaz"); got != "state:KAZ" {
		t.Errorf("StateID = %q", got)
	}
	id, sha := ArticleID("abc")
	if id != "article:ba7816bf8f01cfea" || len(sha) != 64 {
		t.Errorf("ArticleID(abc) = %q, %q", id, sha)
	}
	if got := SentenceID(id, 12); got != "article:ba7816bf8f01cfea:s12" {
		t.Errorf("SentenceID = %q", got)
	}
}

func TestDateJSON(t *testing.T) {
	b, err := json.Marshal(Props{"date": NewDate(2022, 10, 14)})
	if err != nil || string(b) != `{"date":"2022-10-14"}` {
		t.Fatalf("marshal = %s, %v", b, err)
	}
	var d Date
	if err := json.Unmarshal([]byte(`"2023-02-29"`), &d); err == nil {
		t.Error("2023-02-29 accepted")
	}
}

func TestMergeProps(t *testing.T) {
	t1 := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	dst := Props{"aliases": []string{"a"}, "loadedAt": t1, "status": "PLANNED", PropAsOf: NewDate(2022, 10, 14)}
	// An older source fills gaps only; lists still union.
	MergeProps(dst, Props{"aliases": []string{"b", "a"}, "status": "EXPECTED", "title": "T", PropAsOf: NewDate(2022, 10, 1), "loadedAt": t1.Add(time.Hour)})
	want := Props{"aliases": []string{"a", "b"}, "loadedAt": t1, "status": "PLANNED", "title": "T", PropAsOf: NewDate(2022, 10, 14)}
	if d := cmp.Diff(want, dst); d != "" {
		t.Errorf("older source (-want +got):\n%s", d)
	}
	// A newer one overwrites scalars but never loadedAt.
	MergeProps(dst, Props{"status": "HELD", PropAsOf: NewDate(2022, 10, 15), "loadedAt": t1.Add(2 * time.Hour)})
	if dst["status"] != "HELD" || dst["loadedAt"] != t1 || dst[PropAsOf] != NewDate(2022, 10, 15) {
		t.Errorf("newer source: %v", dst)
	}
	// Without asOf the last write wins.
	MergeProps(dst, Props{"title": "U"})
	if dst["title"] != "U" {
		t.Errorf("title = %v, want U", dst["title"])
	}
}

func TestGraphMergeAndValidate(t *testing.T) {
	var g Graph
	g.Merge(Graph{
		Nodes:         []Node{{ID: "state:KAZ", Labels: []string{LabelState}, Props: Props{"name": "Kazakhstan"}}, {ID: "place:astana", Labels: []string{LabelPlace}}},
		Relationships: []Relationship{{Type: RelLocatedIn, Start: "place:astana", End: "state:KAZ", Props: Props{PropEvidence: []string{"s1"}}}},
	})
	g.Merge(Graph{
		Nodes:         []Node{{ID: "place:astana", Labels: []string{LabelPlace}, Props: Props{"name": "Astana"}}},
		Relationships: []Relationship{{Type: RelLocatedIn, Start: "place:astana", End: "state:KAZ", Props: Props{PropEvidence: []string{"s2"}}}},
	})
	if len(g.Nodes) != 2 || len(g.Relationships) != 1 {
		t.Fatalf("merged graph has %d nodes, %d relationships", len(g.Nodes), len(g.Relationships))
	}
	if ev := g.Relationships[0].Props.Strings(PropEvidence); !cmp.Equal(ev, []string{"s1", "s2"}) {
		t.Errorf("evidence = %v", ev)
	}
	if err := g.Validate(); err != nil {
		t.Errorf("Validate: %v", err)
	}
	bad := g
	bad.Relationships = append(bad.Relationships, Relationship{Type: RelHeldIn, Start: "meeting:x", End: "place:astana"})
	if err := bad.Validate(); err == nil {
		t.Error("dangling relationship accepted")
	}
	bad = Graph{Nodes: []Node{{ID: "x:1", Labels: []string{"Thing"}}}}
	if err := bad.Validate(); err == nil {
		t.Error("unknown label accepted")
	}
	if IsLabel("Thing") || !IsLabel(LabelMeeting) || !IsRelationshipType(RelMentions) || IsRelationshipType("KNOWS") {
		t.Error("label/type predicates")
	}
}
