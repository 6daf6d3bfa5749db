package eval

import (
	"bytes"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/graph"
)

const sample = `# a tiny hand-written facts file
article a.txt
node state:JOR State iso3=JOR
+ PARTICIPATES_IN state:JOR meeting:2024-05-16:arab-league-summit:manama status=HELD
+ PARTICIPATES_IN state:EGY meeting:2024-05-16:arab-league-summit:manama
? HOSTS state:BHR meeting:2024-05-16:arab-league-summit:manama
- PARTICIPATES_IN state:SYR meeting:2024-05-16:arab-league-summit:manama
+ DIPLOMATIC_RELATIONS state:JOR state:EGY since=1947
`

func rel(typ, s, e string, p graph.Props) graph.Relationship {
	return graph.Relationship{Type: typ, Start: s, End: e, Props: p}
}

func TestCompare(t *testing.T) {
	fs, err := Parse("x.facts", strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if fs.Article != "a.txt" || len(fs.Nodes) != 1 || len(fs.Expected) != 3 || len(fs.Optional) != 1 || len(fs.Forbidden) != 1 {
		t.Fatalf("parsed %+v", fs)
	}
	const m = "meeting:2024-05-16:arab-league-summit:manama"
	g := graph.Graph{
		Nodes: []graph.Node{{ID: "state:JOR", Labels: []string{"State"}, Props: graph.Props{"iso3": "JOR"}}},
		Relationships: []graph.Relationship{
			rel("PARTICIPATES_IN", "state:JOR", m, graph.Props{"status": "PLANNED"}), // wrong status: not found, but a TP for precision
			rel("PARTICIPATES_IN", "state:SYR", m, nil),                              // forbidden, and a FP
			rel("HOSTS", "state:BHR", m, nil),                                        // optional: type not scored
			rel("DIPLOMATIC_RELATIONS", "state:EGY", "state:JOR", graph.Props{"since": int64(1947)}),
		},
	}
	res := Compare(fs, g)
	if len(res.MissingNodes) != 0 {
		t.Errorf("missing nodes %v", res.MissingNodes)
	}
	if len(res.Missing) != 2 || res.Missing[0].Line != 4 || res.Missing[1].Line != 5 {
		t.Errorf("missing = %+v, want lines 4 and 5", res.Missing)
	}
	if len(res.ForbiddenFound) != 1 || res.ForbiddenFound[0].Start != "state:SYR" {
		t.Errorf("forbidden = %+v", res.ForbiddenFound)
	}
	p := *res.PerType["PARTICIPATES_IN"]
	if p != (Score{TP: 1, FP: 1, Expected: 2, Found: 0, Forbidden: 1}) {
		t.Errorf("PARTICIPATES_IN score %+v", p)
	}
	d := *res.PerType["DIPLOMATIC_RELATIONS"]
	if d != (Score{TP: 1, Expected: 1, Found: 1}) {
		t.Errorf("DIPLOMATIC_RELATIONS score (undirected match) %+v", d)
	}
	if _, ok := res.PerType["HOSTS"]; ok {
		t.Errorf("HOSTS scored although no + line has that type")
	}
	all := res.Overall()
	if all.Precision() != 2.0/3 || all.Recall() != 1.0/3 {
		t.Errorf("overall P=%v R=%v", all.Precision(), all.Recall())
	}
	var buf bytes.Buffer
	if err := WriteTable(&buf, []Result{res}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "OVERALL") || !strings.Contains(buf.String(), "0.667") {
		t.Errorf("table:\n%s", buf.String())
	}
}

func TestParseErrors(t *testing.T) {
	for _, bad := range []string{
		"+ PARTICIPATES_IN a",           // short
		"article a\n+ KNOWS a b",        // unknown type
		"article a\nnode x Thing",       // unknown label
		"article a\n+ HOSTS a b status", // bad property
		"node state:X State",            // no article line
		"article a\n* HOSTS a b",        // unknown kind
	} {
		if _, err := Parse("bad.facts", strings.NewReader(bad)); err == nil {
			t.Errorf("Parse(%q) = nil error", bad)
		} else if !strings.Contains(err.Error(), "bad.facts") {
			t.Errorf("error %q does not name the file", err)
		}
	}
}
