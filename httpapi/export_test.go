package httpapi_test

import (
	"encoding/json"
	"encoding/xml"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/httpapi"
)

// get performs GET path on a handler over the test graph.
func get(t *testing.T, path string) (*http.Response, string) {
	t.Helper()
	logger, _ := quietLogger(t)
	h := httpapi.New(httpapi.DefaultConfig(), newStore(t), logger)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	body, _ := io.ReadAll(rec.Result().Body)
	return rec.Result(), string(body)
}

func TestExportCytoscape(t *testing.T) {
	resp, body := get(t, httpapi.ExportCytoscapePath)
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "application/json" {
		t.Fatalf("status %d, type %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	var doc struct {
		Elements struct {
			Nodes []struct{ Data map[string]any }
			Edges []struct{ Data map[string]any }
		}
	}
	if err := json.Unmarshal([]byte(body), &doc); err != nil {
		t.Fatal(err)
	}
	labels := map[string]int{}
	ids := map[string]bool{}
	for _, n := range doc.Elements.Nodes {
		labels[n.Data["label"].(string)]++
		ids[n.Data["id"].(string)] = true
	}
	if labels["Sentence"] != 0 || labels["Article"] != 0 || labels["State"] == 0 || labels["Meeting"] == 0 {
		t.Errorf("labels exported by default: %v (want entities, no sources)", labels)
	}
	for _, e := range doc.Elements.Edges {
		if !ids[e.Data["source"].(string)] || !ids[e.Data["target"].(string)] {
			t.Errorf("edge %v has an end outside the export", e.Data["id"])
		}
	}
	_, withSources := get(t, httpapi.ExportCytoscapePath+"?sources=true")
	if !strings.Contains(withSources, `"label":"Sentence"`) {
		t.Error("?sources=true does not export Sentence nodes")
	}
}

func TestExportNeighbourhoodGraphMLAndCypher(t *testing.T) {
	resp, body := get(t, httpapi.ExportGraphMLPath+"?id=place:astana&depth=1")
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/graphml+xml") {
		t.Fatalf("status %d, type %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	var doc struct {
		Nodes []struct {
			ID string `xml:"id,attr"`
		} `xml:"graph>node"`
	}
	if err := xml.Unmarshal([]byte(body), &doc); err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	for _, n := range doc.Nodes {
		found[n.ID] = true
	}
	if !found["place:astana"] || !found["meeting:2022-10-14:cis-heads-of-state:astana"] || found["state:UKR"] {
		t.Errorf("neighbourhood of place:astana, depth 1: %v", found)
	}
	_, cy := get(t, httpapi.ExportCypherPath+"?id=state:KAZ&depth=0")
	if !strings.Contains(cy, `MERGE (n:State {id: "state:KAZ"})`) || strings.Contains(cy, "state:RUS") {
		t.Errorf("Cypher export of state:KAZ at depth 0:\n%s", cy)
	}
}

func TestExportErrors(t *testing.T) {
	for path, want := range map[string]int{
		httpapi.ExportCytoscapePath + "?id=state:XXX":         http.StatusNotFound,
		httpapi.ExportCytoscapePath + "?id=state:KAZ&depth=9": http.StatusBadRequest,
		httpapi.ExportGraphMLPath + "?id=state:KAZ&depth=one": http.StatusBadRequest,
	} {
		resp, body := get(t, path)
		if resp.StatusCode != want || !strings.Contains(body, `"code"`) {
			t.Errorf("GET %s: %d %s, want %d with an error code", path, resp.StatusCode, body, want)
		}
	}
}

// TestExportParameters checks that invalid export parameters are refused
// rather than read as "the whole graph" or "no sources", and that depth
// defaults to 1.
func TestExportParameters(t *testing.T) {
	for query, msg := range map[string]string{
		"?id=":                               "id is empty",
		"?id=&depth=1":                       "id is empty",
		"?depth=2":                           "depth needs id (without id the whole graph is exported)",
		"?id=state:KAZ&depth=":               "depth is empty",
		"?id=state:KAZ&sources=maybe":        "sources must be true or false",
		"?sources=1":                         "sources must be true or false",
		"?id=state:KAZ&id=state:RUS":         "id given more than once",
		"?id=state:KAZ&depth=1&depth=2":      "depth given more than once",
		"?id=state:KAZ&depth=4":              "depth must be an integer between 0 and 3",
		"?id=state:KAZ&sources=true&depth=x": "depth must be an integer between 0 and 3",
	} {
		resp, body := get(t, httpapi.ExportCytoscapePath+query)
		want := `{"errors":[{"message":"` + msg + `","extensions":{"code":"BAD_USER_INPUT"}}]}` + "\n"
		diff(t, query, []any{http.StatusBadRequest, want}, []any{resp.StatusCode, body})
	}
	// Valid: depth defaults to 1; sources=false is the default.
	_, byDefault := get(t, httpapi.ExportCytoscapePath+"?id=state:KAZ")
	_, depth1 := get(t, httpapi.ExportCytoscapePath+"?id=state:KAZ&depth=1&sources=false")
	_, depth2 := get(t, httpapi.ExportCytoscapePath+"?id=state:KAZ&depth=2")
	if byDefault != depth1 || byDefault == depth2 || !strings.Contains(byDefault, `"id":"state:KAZ"`) {
		t.Errorf("default depth is not 1:\ndefault %.200s\ndepth=1 %.200s\ndepth=2 %.200s", byDefault, depth1, depth2)
	}
}
