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
