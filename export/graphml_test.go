// CI installs xmllint (Debian package libxml2-utils) for the schema
// validation below; without it the validation skips, or fails when CI=true.

package export

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/testci"
)

// gmlDoc is a GraphML document as encoding/xml reads it back.
type gmlDoc struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		ID          string    `xml:"id,attr"`
		EdgeDefault string    `xml:"edgedefault,attr"`
		Nodes       []gmlElem `xml:"node"`
		Edges       []gmlElem `xml:"edge"`
	} `xml:"graph"`
}

type gmlElem struct {
	ID     string `xml:"id,attr"`
	Source string `xml:"source,attr"`
	Target string `xml:"target,attr"`
	Data   []struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	} `xml:"data"`
}

// values maps attr.name to the text of e's data, through the keys of doc.
func (doc *gmlDoc) values(e gmlElem) map[string]string {
	names := map[string]string{}
	for _, k := range doc.Keys {
		names[k.ID] = k.Name
	}
	out := map[string]string{}
	for _, d := range e.Data {
		out[names[d.Key]] = d.Value
	}
	return out
}

func parseGraphML(t *testing.T, b []byte) gmlDoc {
	t.Helper()
	var doc gmlDoc
	if err := xml.Unmarshal(b, &doc); err != nil {
		t.Fatalf("GraphML does not parse: %v\n%s", err, b)
	}
	return doc
}

func TestGraphMLGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := GraphML(&buf, testGraph()); err != nil {
		t.Fatal(err)
	}
	golden(t, "testgraph.graphml", buf.Bytes())
}

func TestGraphMLReadBack(t *testing.T) {
	var buf bytes.Buffer
	if err := GraphML(&buf, testGraph()); err != nil {
		t.Fatal(err)
	}
	doc := parseGraphML(t, buf.Bytes())

	type key struct{ ID, For, Name, Type string }
	var keys []key
	for _, k := range doc.Keys {
		keys = append(keys, key{k.ID, k.For, k.Name, k.Type})
	}
	wantKeys := []key{
		{"d0", "node", "labels", "string"},
		{"d1", "node", "label", "string"},
		{"d2", "node", "acronym", "string"},
		{"d3", "node", "aliases", "string"},
		{"d4", "node", "date", "string"},
		{"d5", "node", "end", "long"},
		{"d6", "node", "first", "boolean"},
		{"d7", "node", "founded", "long"},
		{"d8", "node", "index", "long"},
		{"d9", "node", "iso2", "string"},
		{"d10", "node", "iso3", "string"},
		{"d11", "node", "kind", "string"},
		{"d12", "node", "language", "string"},
		{"d13", "node", "loadedAt", "string"},
		{"d14", "node", "memberCount", "long"},
		{"d15", "node", "name", "string"},
		{"d16", "node", "nameAr", "string"},
		{"d17", "node", "paragraph", "long"},
		{"d18", "node", "source", "string"},
		{"d19", "node", "start", "long"},
		{"d20", "node", "status", "string"},
		{"d21", "node", "text", "string"},
		{"d22", "node", "title", "string"},
		{"d23", "edge", "type", "string"},
		{"d24", "edge", "label", "string"},
		{"d25", "edge", "articleIds", "string"},
		{"d26", "edge", "confidence", "double"},
		{"d27", "edge", "evidence", "string"},
		{"d28", "edge", "status", "string"},
		{"d29", "edge", "surface", "string"},
		{"d30", "edge", "title", "string"},
	}
	if len(keys) != len(wantKeys) {
		t.Fatalf("keys = %v\nwant %v", keys, wantKeys)
	}
	for i := range keys {
		if keys[i] != wantKeys[i] {
			t.Errorf("key %d = %v, want %v", i, keys[i], wantKeys[i])
		}
	}
	if doc.Graph.EdgeDefault != "directed" {
		t.Errorf("edgedefault = %q", doc.Graph.EdgeDefault)
	}

	var ids []string
	nodes := map[string]map[string]string{}
	for _, n := range doc.Graph.Nodes {
		ids = append(ids, n.ID)
		nodes[n.ID] = doc.values(n)
	}
	if got := strings.Join(ids, " "); got != article+" "+sentence+" "+summit+" "+cis+" "+tokayev+" "+kaz {
		t.Errorf("node order %s", got)
	}
	m := nodes[summit]
	for k, want := range map[string]string{
		"labels": ":Meeting",
		"label":  "CIS Heads of State Council, Astana 2022",
		"title":  "قمة \"رابطة الدول المستقلة\"\nفي أستانا",
		"date":   "2022-10-14",
		"first":  "false",
		"kind":   "SUMMIT",
	} {
		if m[k] != want {
			t.Errorf("meeting %s = %q, want %q", k, m[k], want)
		}
	}
	if _, ok := m["aliases"]; ok {
		t.Errorf("meeting has an aliases value although it has no such property")
	}
	var aliases []string
	if err := json.Unmarshal([]byte(nodes[kaz]["aliases"]), &aliases); err != nil || strings.Join(aliases, "|") != "Kazakhstan|قازاقستان|Казахстан" {
		t.Errorf("state aliases = %q (%v)", nodes[kaz]["aliases"], err)
	}
	if got := nodes[cis]["founded"]; got != "1991" {
		t.Errorf("founded = %q", got)
	}
	if got := nodes[article]["loadedAt"]; got != "2024-05-01T12:30:00Z" {
		t.Errorf("loadedAt = %q", got)
	}

	if len(doc.Graph.Edges) != 5 {
		t.Fatalf("%d edges, want 5", len(doc.Graph.Edges))
	}
	e := doc.Graph.Edges[3] // LEADER_OF, the fourth key in order
	v := doc.values(e)
	if e.ID != "e3" || e.Source != tokayev || e.Target != kaz || v["type"] != "LEADER_OF" || v["label"] != "LEADER_OF" ||
		v["confidence"] != "0.9" || v["title"] != "President" || v["evidence"] != `["`+sentence+`"]` {
		t.Errorf("LEADER_OF edge = %+v %v", e, v)
	}
}

func TestGraphMLStripsIllegalCharacters(t *testing.T) {
	var buf bytes.Buffer
	if err := GraphML(&buf, union(hostileGraph())); err != nil {
		t.Fatal(err)
	}
	doc := parseGraphML(t, buf.Bytes())
	var v map[string]string
	for _, n := range doc.Graph.Nodes {
		if n.ID == "person:hostile" {
			v = doc.values(n)
		}
	}
	var aliases []string
	if err := json.Unmarshal([]byte(v["aliases"]), &aliases); err != nil {
		t.Fatalf("aliases %q: %v", v["aliases"], err)
	}
	// JSON escapes the controls inside the list, so the list survives intact.
	for i, s := range hostile {
		if aliases[i] != s {
			t.Errorf("alias %d = %q, want %q", i, aliases[i], s)
		}
	}
	if v["name"] != hostile[0] || v["title"] != hostile[6] {
		t.Errorf("name %q title %q", v["name"], v["title"])
	}
	// A plain string property loses only the characters XML 1.0 forbids.
	g := graph.Graph{Nodes: []graph.Node{{ID: "person:x", Labels: []string{"Person"}, Props: graph.Props{
		"name": "a\x00b\x07c\x7fd\tCR\r\nLF\uFFFEe\uFFFFf\xffg😀",
	}}}}
	buf.Reset()
	if err := GraphML(&buf, g); err != nil {
		t.Fatal(err)
	}
	doc = parseGraphML(t, buf.Bytes())
	if got, want := doc.values(doc.Graph.Nodes[0])["name"], "abc\x7fd\tCR\r\nLFefg😀"; got != want {
		t.Errorf("name = %q, want %q", got, want)
	}
}

func TestGraphMLRefusals(t *testing.T) {
	for _, c := range []struct {
		g   graph.Graph
		msg string
	}{
		{graph.Graph{Nodes: []graph.Node{{ID: "person:a b", Labels: []string{"Person"}}}}, "not an XML NMTOKEN"},
		{graph.Graph{Nodes: []graph.Node{{ID: "person:a", Labels: []string{"Person"}, Props: graph.Props{"a b": "x"}}}}, "not an XML NMTOKEN"},
		{graph.Graph{Nodes: []graph.Node{{ID: "person:a", Labels: []string{"Person"}, Props: graph.Props{"labels": "x"}}}}, "collides"},
		{graph.Graph{Nodes: []graph.Node{{ID: "person:a", Labels: []string{"Person"}}},
			Relationships: []graph.Relationship{{Type: "KNOWS", Start: "person:a", End: "person:a", Props: graph.Props{"type": "x"}}}}, "collides"},
	} {
		if err := GraphML(&bytes.Buffer{}, c.g); !errors.Is(err, graph.ErrInvalid) || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("err = %v, want graph.ErrInvalid with %q", err, c.msg)
		}
	}
}

func TestGraphMLMixedTypes(t *testing.T) {
	g := graph.Graph{Nodes: []graph.Node{
		{ID: "a", Labels: []string{"Person"}, Props: graph.Props{"n": int64(1), "m": int64(1), "x": true}},
		{ID: "b", Labels: []string{"Person"}, Props: graph.Props{"n": 2.5, "m": "two", "x": true}},
	}}
	var buf bytes.Buffer
	if err := GraphML(&buf, g); err != nil {
		t.Fatal(err)
	}
	doc := parseGraphML(t, buf.Bytes())
	types := map[string]string{}
	for _, k := range doc.Keys {
		types[k.Name] = k.Type
	}
	if types["n"] != "double" || types["m"] != "string" || types["x"] != "boolean" {
		t.Errorf("types = %v, want n double, m string, x boolean", types)
	}
	validateGraphML(t, buf.Bytes())
}

// TestGraphMLSchema validates the output against the GraphML schema in
// testdata/graphml with xmllint.
func TestGraphMLSchema(t *testing.T) {
	for name, g := range map[string]graph.Graph{
		"test graph":    testGraph(),
		"hostile graph": hostileGraph(),
		"empty graph":   {},
	} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := GraphML(&buf, g); err != nil {
				t.Fatal(err)
			}
			validateGraphML(t, buf.Bytes())
		})
	}
}

// TestGraphMLSchemaRejects proves the validation is real: documents that
// break the schema (a dangling edge, an unknown attr.type, a data element
// naming no key, a missing edgedefault) fail it.
func TestGraphMLSchemaRejects(t *testing.T) {
	var buf bytes.Buffer
	if err := GraphML(&buf, testGraph()); err != nil {
		t.Fatal(err)
	}
	good := buf.String()
	for name, bad := range map[string]string{
		"dangling edge":   strings.Replace(good, `target="org:cis"`, `target="org:nowhere"`, 1),
		"attr.type":       strings.Replace(good, `attr.type="long"`, `attr.type="integer"`, 1),
		"data key":        strings.Replace(good, `<data key="d0">`, `<data key="d99">`, 1),
		"edgedefault":     strings.Replace(good, ` edgedefault="directed"`, ``, 1),
		"duplicate node":  strings.Replace(good, `<node id="org:cis">`, `<node id="state:KAZ">`, 1),
		"key after graph": strings.Replace(good, `</graph>`, `</graph><key id="late"/>`, 1),
	} {
		if bad == good {
			t.Fatalf("%s: the replacement did not apply", name)
		}
		t.Run(name, func(t *testing.T) {
			if out, err := runXMLLint(t, []byte(bad)); err == nil {
				t.Errorf("xmllint accepted a broken document:\n%s", out)
			}
		})
	}
}

// validateGraphML fails t unless xmllint validates b against the schema.
func validateGraphML(t *testing.T, b []byte) {
	t.Helper()
	if out, err := runXMLLint(t, b); err != nil {
		t.Fatalf("xmllint: %v\n%s\ndocument:\n%s", err, out, b)
	}
}

// runXMLLint runs xmllint --noout --schema on b. It skips t when xmllint is
// not installed, unless CI=true, where that is a failure.
func runXMLLint(t *testing.T, b []byte) ([]byte, error) {
	t.Helper()
	bin, err := exec.LookPath("xmllint")
	if err != nil {
		testci.Skip(t, "xmllint not installed (apt-get install -y libxml2-utils): GraphML schema validation cannot run")
	}
	file := filepath.Join(t.TempDir(), "export.graphml")
	if err := os.WriteFile(file, b, 0o644); err != nil {
		t.Fatal(err)
	}
	schema, err := filepath.Abs(filepath.Join("testdata", "graphml", "graphml.xsd"))
	if err != nil {
		t.Fatal(err)
	}
	// --nonet: the schema and the document must not pull anything from the network.
	return exec.Command(bin, "--noout", "--nonet", "--schema", schema, file).CombinedOutput()
}
