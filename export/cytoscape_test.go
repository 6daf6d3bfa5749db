package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/graph"
)

// wantCytoscape is the Cytoscape.js JSON of testGraph, written by hand
// from the fixture: nodes by id, edges by key, id/label/name first, other
// properties by name, the Date as YYYY-MM-DD, the DateTime in RFC 3339.
const wantCytoscape = `{"elements":{
"nodes":[
{"data":{"id":"article:0123456789abcdef","label":"Article","name":"بوتين في أستانا","date":"2022-10-14","language":"ar","loadedAt":"2024-05-01T12:30:00Z","source":"TASS","title":"بوتين في أستانا"}},
{"data":{"id":"article:0123456789abcdef:s0","label":"Sentence","name":"تعقد اليوم قمة \"رابطة الدول المستقلة\"","end":49,"index":0,"paragraph":0,"start":0,"text":"تعقد اليوم قمة \"رابطة الدول المستقلة\"\nفي أستانا."}},
{"data":{"id":"meeting:2022-10-14:cis-heads-of-state:astana","label":"Meeting","name":"CIS Heads of State Council, Astana 2022","date":"2022-10-14","first":false,"kind":"SUMMIT","status":"PLANNED","title":"قمة \"رابطة الدول المستقلة\"\nفي أستانا"}},
{"data":{"id":"org:cis","label":"Organization","name":"CIS","acronym":"СНГ","founded":1991,"kind":"INTERGOVERNMENTAL","memberCount":9,"nameAr":"رابطة الدول المستقلة"}},
{"data":{"id":"person:kassym-jomart-tokayev","label":"Person","name":"Kassym-Jomart Tokayev","aliases":["توكاييف","Токаев"],"nameAr":"قاسم جومارت توكاييف","title":"President of \"Kazakhstan\""}},
{"data":{"id":"state:KAZ","label":"State","name":"Kazakhstan","aliases":["Kazakhstan","قازاقستان","Казахстан"],"iso2":"KZ","iso3":"KAZ","nameAr":"كازاخستان"}}],
"edges":[
{"data":{"id":"CONVENED_UNDER|meeting:2022-10-14:cis-heads-of-state:astana|org:cis","source":"meeting:2022-10-14:cis-heads-of-state:astana","target":"org:cis","type":"CONVENED_UNDER"}},
{"data":{"id":"HAS_SENTENCE|article:0123456789abcdef|article:0123456789abcdef:s0","source":"article:0123456789abcdef","target":"article:0123456789abcdef:s0","type":"HAS_SENTENCE"}},
{"data":{"id":"HOSTS|state:KAZ|meeting:2022-10-14:cis-heads-of-state:astana","source":"state:KAZ","target":"meeting:2022-10-14:cis-heads-of-state:astana","type":"HOSTS","articleIds":["article:0123456789abcdef"],"confidence":0.85,"evidence":["article:0123456789abcdef:s0"],"status":"PLANNED"}},
{"data":{"id":"LEADER_OF|person:kassym-jomart-tokayev|state:KAZ","source":"person:kassym-jomart-tokayev","target":"state:KAZ","type":"LEADER_OF","articleIds":["article:0123456789abcdef"],"confidence":0.9,"evidence":["article:0123456789abcdef:s0"],"status":"REPORTED","title":"President"}},
{"data":{"id":"MENTIONS|article:0123456789abcdef:s0|meeting:2022-10-14:cis-heads-of-state:astana","source":"article:0123456789abcdef:s0","target":"meeting:2022-10-14:cis-heads-of-state:astana","type":"MENTIONS","surface":"قمة \"رابطة الدول المستقلة\""}}]}}
`

func TestCytoscape(t *testing.T) {
	var buf bytes.Buffer
	if err := Cytoscape(&buf, testGraph()); err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); got != wantCytoscape {
		t.Errorf("Cytoscape(testGraph) differs:\n%s", firstDiff(wantCytoscape, got))
	}
}

// TestCytoscapeDecodes reads the output back as Cytoscape.js would.
func TestCytoscapeDecodes(t *testing.T) {
	var buf bytes.Buffer
	if err := Cytoscape(&buf, union(testGraph(), hostileGraph())); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Elements struct {
			Nodes []struct{ Data map[string]any } `json:"nodes"`
			Edges []struct{ Data map[string]any } `json:"edges"`
		} `json:"elements"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if len(doc.Elements.Nodes) != 8 || len(doc.Elements.Edges) != 6 {
		t.Fatalf("got %d nodes, %d edges; want 8, 6", len(doc.Elements.Nodes), len(doc.Elements.Edges))
	}
	ids := map[string]bool{}
	for _, n := range doc.Elements.Nodes {
		ids[n.Data["id"].(string)] = true
	}
	for _, e := range doc.Elements.Edges {
		if !ids[e.Data["source"].(string)] || !ids[e.Data["target"].(string)] {
			t.Errorf("edge %v has an end that is not a node", e.Data["id"])
		}
	}
	var h map[string]any
	for _, n := range doc.Elements.Nodes {
		if n.Data["id"] == "person:hostile" {
			h = n.Data
		}
	}
	if h["name"] != hostile[0] || h["title"] != hostile[6] {
		t.Errorf("hostile strings changed: name %q, title %q", h["name"], h["title"])
	}
	aliases := h["aliases"].([]any)
	for i, s := range hostile {
		if aliases[i] != s { // JSON keeps every valid string as is, NUL included
			t.Errorf("alias %d = %q, want %q", i, aliases[i], s)
		}
	}
}

func TestCytoscapeMultipleLabels(t *testing.T) {
	g := graph.Graph{Nodes: []graph.Node{{ID: "org:x", Labels: []string{"Organization", "Place"}, Props: graph.Props{"name": "X"}}}}
	var buf bytes.Buffer
	if err := Cytoscape(&buf, g); err != nil {
		t.Fatal(err)
	}
	want := `{"data":{"id":"org:x","label":"Organization","labels":["Organization","Place"],"name":"X"}}`
	if !strings.Contains(buf.String(), want) {
		t.Errorf("got %s, want a node %s", buf.String(), want)
	}
}

func TestCytoscapeReservedFields(t *testing.T) {
	for _, g := range []graph.Graph{
		{Nodes: []graph.Node{{ID: "org:x", Labels: []string{"Organization"}, Props: graph.Props{"label": "x"}}}},
		{Nodes: []graph.Node{{ID: "org:x", Labels: []string{"Organization"}}},
			Relationships: []graph.Relationship{{Type: graph.RelPartOf, Start: "org:x", End: "org:x", Props: graph.Props{"source": "x"}}}},
	} {
		if err := Cytoscape(&bytes.Buffer{}, g); !errors.Is(err, graph.ErrInvalid) || !strings.Contains(err.Error(), "collides") {
			t.Errorf("err = %v, want a collision error", err)
		}
	}
}
