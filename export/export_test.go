package export

// Shared fixtures of the export tests: a small hand-made graph with Arabic
// names, quotes, newlines and every property type of the model, and helpers.

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ with the current output")

const (
	tokayev  = "person:kassym-jomart-tokayev"
	kaz      = "state:KAZ"
	summit   = "meeting:2022-10-14:cis-heads-of-state:astana"
	cis      = "org:cis"
	article  = "article:0123456789abcdef"
	sentence = "article:0123456789abcdef:s0"
)

// testGraph is the graph of most tests. Nodes and relationships are
// deliberately out of order: every exporter sorts them.
func testGraph() graph.Graph {
	return graph.Graph{
		Nodes: []graph.Node{
			{ID: summit, Labels: []string{graph.LabelMeeting}, Props: graph.Props{
				"id":     summit,
				"name":   "CIS Heads of State Council, Astana 2022",
				"title":  "قمة \"رابطة الدول المستقلة\"\nفي أستانا",
				"kind":   "SUMMIT",
				"status": "PLANNED",
				"date":   graph.NewDate(2022, time.October, 14),
				"first":  false,
			}},
			{ID: kaz, Labels: []string{graph.LabelState}, Props: graph.Props{
				"id":      kaz,
				"name":    "Kazakhstan",
				"nameAr":  "كازاخستان",
				"iso2":    "KZ",
				"iso3":    "KAZ",
				"aliases": []string{"Kazakhstan", "قازاقستان", "Казахстан"},
			}},
			{ID: tokayev, Labels: []string{graph.LabelPerson}, Props: graph.Props{
				"id":      tokayev,
				"name":    "Kassym-Jomart Tokayev",
				"nameAr":  "قاسم جومارت توكاييف",
				"aliases": []string{"توكاييف", "Токаев"},
				"title":   `President of "Kazakhstan"`,
			}},
			{ID: cis, Labels: []string{graph.LabelOrganization}, Props: graph.Props{
				"id":          cis,
				"name":        "CIS",
				"nameAr":      "رابطة الدول المستقلة",
				"acronym":     "СНГ",
				"kind":        "INTERGOVERNMENTAL",
				"founded":     int64(1991),
				"memberCount": int64(9),
			}},
			{ID: article, Labels: []string{graph.LabelArticle}, Props: graph.Props{
				"id":       article,
				"name":     "بوتين في أستانا",
				"title":    "بوتين في أستانا",
				"date":     graph.NewDate(2022, time.October, 14),
				"language": "ar",
				"source":   "TASS",
				"loadedAt": time.Date(2024, time.May, 1, 12, 30, 0, 0, time.UTC),
			}},
			{ID: sentence, Labels: []string{graph.LabelSentence}, Props: graph.Props{
				"id":        sentence,
				"name":      "تعقد اليوم قمة \"رابطة الدول المستقلة\"",
				"index":     int64(0),
				"paragraph": int64(0),
				"start":     int64(0),
				"end":       int64(49),
				"text":      "تعقد اليوم قمة \"رابطة الدول المستقلة\"\nفي أستانا.",
			}},
		},
		Relationships: []graph.Relationship{
			{Type: graph.RelMentions, Start: sentence, End: summit, Props: graph.Props{
				"surface": "قمة \"رابطة الدول المستقلة\"",
			}},
			{Type: graph.RelHosts, Start: kaz, End: summit, Props: graph.Props{
				"status":     "PLANNED",
				"confidence": 0.85,
				"evidence":   []string{sentence},
				"articleIds": []string{article},
			}},
			{Type: graph.RelLeaderOf, Start: tokayev, End: kaz, Props: graph.Props{
				"title":      "President",
				"status":     "REPORTED",
				"confidence": 0.9,
				"evidence":   []string{sentence},
				"articleIds": []string{article},
			}},
			{Type: graph.RelConvenedUnder, Start: summit, End: cis},
			{Type: graph.RelHasSentence, Start: article, End: sentence},
		},
	}
}

// hostile are strings that try to break out of a literal, a statement, a
// comment or a line in each format.
var hostile = []string{
	`"; MATCH (n) DETACH DELETE n; //`,
	`'); MATCH (n) DETACH DELETE n; //`,
	`back\slash and trailing \`,
	`\"`,
	`\u0022 is a quote, \n is not a newline`,
	"*/ MATCH (n) DETACH DELETE n /*",
	"// comment?\n:commit\nMATCH (n) DETACH DELETE n;",
	"tab\there\r\nCRLF",
	"`backtick`",
	"nul \x00 bell \x07 del \x7f",
	"rlm \u200f lrm \u200e zwj \u200d ls \u2028 ps \u2029",
	"emoji 😀 and tag \U000E0001",
	"</data><data key=\"d0\">x</data>",
	"]]> &amp; <![CDATA[",
}

// hostileGraph is one Person whose name and aliases are the hostile
// strings, with a relationship carrying them too.
func hostileGraph() graph.Graph {
	return graph.Graph{
		Nodes: []graph.Node{
			{ID: "person:hostile", Labels: []string{graph.LabelPerson}, Props: graph.Props{
				"id": "person:hostile", "name": hostile[0], "nameAr": hostile[5], "title": hostile[6],
				"aliases": hostile,
			}},
			{ID: "state:HST", Labels: []string{graph.LabelState}, Props: graph.Props{"id": "state:HST", "name": "Hostilia"}},
		},
		Relationships: []graph.Relationship{
			{Type: graph.RelLeaderOf, Start: "person:hostile", End: "state:HST", Props: graph.Props{
				"title": hostile[2], "evidence": hostile, "confidence": 1.0,
			}},
		},
	}
}

// union returns the nodes and relationships of gs together.
func union(gs ...graph.Graph) graph.Graph {
	var out graph.Graph
	for _, g := range gs {
		out.Nodes = append(out.Nodes, g.Nodes...)
		out.Relationships = append(out.Relationships, g.Relationships...)
	}
	return out
}

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./export -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (go test ./export -update rewrites it; review the diff):\n%s", path, firstDiff(string(want), string(got)))
	}
}

// firstDiff describes the first differing line of want and got.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\nwant: " + w + "\ngot:  " + g
		}
	}
	return "(no line differs)"
}

// errWriter fails every write.
type errWriter struct{}

var errWrite = errors.New("disk full")

func (errWriter) Write([]byte) (int, error) { return 0, errWrite }

// exporters lists the three exporters for the tests they share.
var exporters = []struct {
	name string
	fn   func(w *bytes.Buffer, g graph.Graph) error
}{
	{"Cytoscape", func(w *bytes.Buffer, g graph.Graph) error { return Cytoscape(w, g) }},
	{"GraphML", func(w *bytes.Buffer, g graph.Graph) error { return GraphML(w, g) }},
	{"Cypher", func(w *bytes.Buffer, g graph.Graph) error { return Cypher(w, g) }},
}
