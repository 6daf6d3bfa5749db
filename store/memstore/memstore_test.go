package memstore_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/store/memstore"
	"github.com/diplograph/diplograph/store/storetest"
)

func open(t *testing.T, path string) *memstore.Store {
	t.Helper()
	s, err := memstore.Open(path)
	if err != nil {
		t.Fatalf("Open(%q): %v", path, err)
	}
	t.Cleanup(func() { _ = s.Close(t.Context()) })
	return s
}

func TestContract(t *testing.T) {
	t.Run("InMemory", func(t *testing.T) {
		storetest.Run(t, func(t *testing.T) graph.Store { return open(t, "") })
	})
	t.Run("WithSnapshot", func(t *testing.T) {
		storetest.Run(t, func(t *testing.T) graph.Store {
			return open(t, filepath.Join(t.TempDir(), "graph.json"))
		})
	})
}

// sample has one property of every type, a zone and nanoseconds on the
// time, and non-ASCII text.
func sample() graph.Graph {
	return graph.Graph{
		Nodes: []graph.Node{
			{ID: "meeting:2022-10-14:cis-heads-of-state:astana", Labels: []string{graph.LabelMeeting}, Props: graph.Props{
				"id": "meeting:2022-10-14:cis-heads-of-state:astana", "name": "CIS summit",
				"date": graph.NewDate(2022, time.October, 14), "first": true, "cameo": "043",
				"attendance": int64(9007199254740993), // beyond float64 precision
				"aliases":    []string{"قمة رابطة الدول المستقلة", "саммит СНГ"},
				"seenAt":     time.Date(2024, 2, 29, 23, 59, 59, 999999999, time.FixedZone("", -3*3600-30*60)),
				"score":      0.1,
			}},
			{ID: "state:KAZ", Labels: []string{graph.LabelState}, Props: graph.Props{"id": "state:KAZ", "aliases": []string{}}},
		},
		Relationships: []graph.Relationship{
			{Type: graph.RelParticipatesIn, Start: "state:KAZ", End: "meeting:2022-10-14:cis-heads-of-state:astana", Props: graph.Props{
				graph.PropConfidence: 1.0, graph.PropEvidence: []string{"article:1:s0"}, graph.PropStatus: graph.StatusHeld,
			}},
			{Type: graph.RelHosts, Start: "state:KAZ", End: "meeting:2022-10-14:cis-heads-of-state:astana", Props: graph.Props{}},
		},
	}
}

func all(t *testing.T, s graph.Store) graph.Graph {
	t.Helper()
	ns, err := s.Nodes(t.Context(), graph.NodeQuery{})
	if err != nil {
		t.Fatal(err)
	}
	rs, err := s.Relationships(t.Context(), graph.RelQuery{})
	if err != nil {
		t.Fatal(err)
	}
	return graph.Graph{Nodes: ns, Relationships: rs}
}

func TestSnapshotRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "graph.json")
	s := open(t, path)
	if err := s.WriteGraph(t.Context(), sample()); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(t.Context()); err != nil {
		t.Fatal(err)
	}
	r := open(t, path)
	want := sample()
	want.Sort()
	got := all(t, r)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("reopened store (-want +got):\n%s", diff)
	}
	seen := got.Nodes[0].Props["seenAt"].(time.Time)
	if _, off := seen.Zone(); off != -3*3600-30*60 || seen.Nanosecond() != 999999999 {
		t.Errorf("seenAt = %v, want its UTC offset and nanoseconds kept", seen)
	}
	// A second store on the same file continues from it.
	if err := r.WriteGraph(t.Context(), graph.Graph{Nodes: []graph.Node{
		{ID: "state:KAZ", Labels: []string{graph.LabelState}, Props: graph.Props{"aliases": []string{"Qazaqstan"}}},
	}}); err != nil {
		t.Fatal(err)
	}
	r2 := open(t, path)
	n, err := r2.Node(t.Context(), "state:KAZ")
	if err != nil {
		t.Fatal(err)
	}
	if got := n.Props.Strings("aliases"); len(got) != 1 || got[0] != "Qazaqstan" {
		t.Errorf("aliases after reopen = %q, want [Qazaqstan]", got)
	}
}

func TestSnapshotFormat(t *testing.T) {
	path := filepath.Join(t.TempDir(), "graph.json")
	s := open(t, path)
	g := graph.Graph{Nodes: []graph.Node{{ID: "state:KAZ", Labels: []string{graph.LabelState}, Props: graph.Props{
		"founded": int64(1991), "date": graph.NewDate(1991, time.December, 16), "aliases": []string{"KZ"},
	}}}}
	if err := s.WriteGraph(t.Context(), g); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Version int `json:"version"`
		Nodes   []struct {
			Props map[string]struct {
				T string          `json:"t"`
				V json.RawMessage `json:"v"`
			} `json:"properties"`
		} `json:"nodes"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("snapshot is not JSON: %v\n%s", err, b)
	}
	if doc.Version != 1 || len(doc.Nodes) != 1 {
		t.Fatalf("snapshot = %s", b)
	}
	p := doc.Nodes[0].Props
	for k, want := range map[string]string{
		"id": `string "state:KAZ"`, "founded": "int 1991", "date": `date "1991-12-16"`, "aliases": `strings ["KZ"]`,
	} {
		var v bytes.Buffer
		if err := json.Compact(&v, p[k].V); err != nil {
			t.Fatal(err)
		}
		if got := p[k].T + " " + v.String(); got != want {
			t.Errorf("property %s encoded as %s, want %s", k, got, want)
		}
	}
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if want := []string{"graph.json", "graph.json.lock"}; !slices.Equal(names, want) {
		t.Errorf("directory holds %v, want %v: the snapshot and its lock file, no temporary file left", names, want)
	}
}

func TestOpenMissingFileIsEmpty(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "absent.json"))
	st, err := s.Stats(t.Context())
	if err != nil || st.Nodes != 0 {
		t.Errorf("Stats = %+v, %v; want an empty store", st, err)
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	cases := map[string]string{
		"MissingDirectory": filepath.Join(dir, "no-such-dir", "graph.json"),
		"NotJSON":          write("bad.json", "{"),
		"WrongVersion":     write("v2.json", `{"version":2,"nodes":[],"relationships":[]}`),
		"UnknownTag":       write("tag.json", `{"version":1,"nodes":[{"id":"state:KAZ","labels":["State"],"properties":{"x":{"t":"map","v":{}}}}],"relationships":[]}`),
		"UnknownLabel":     write("label.json", `{"version":1,"nodes":[{"id":"x:1","labels":["Country"],"properties":{}}],"relationships":[]}`),
		"DanglingRel":      write("rel.json", `{"version":1,"nodes":[],"relationships":[{"type":"HOSTS","start":"a","end":"b","properties":{}}]}`),
		"IntNotInt":        write("int.json", `{"version":1,"nodes":[{"id":"state:KAZ","labels":["State"],"properties":{"x":{"t":"int","v":"7"}}}],"relationships":[]}`),
	}
	for name, path := range cases {
		t.Run(name, func(t *testing.T) {
			s, err := memstore.Open(path)
			if err == nil {
				_ = s.Close(t.Context())
				t.Fatalf("Open(%s) succeeded", path)
			}
			if !strings.Contains(err.Error(), path) {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
}

func TestFailedSaveChangesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "graph.json")
	s := open(t, path)
	if err := s.WriteGraph(t.Context(), sample()); err != nil {
		t.Fatal(err)
	}
	before := all(t, s)
	saved, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Replace the snapshot file by a non-empty directory: the rename of the
	// next save fails.
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(path, "blocker"), 0o755); err != nil {
		t.Fatal(err)
	}
	err = s.WriteGraph(t.Context(), graph.Graph{Nodes: []graph.Node{{ID: "state:RUS", Labels: []string{graph.LabelState}}}})
	if err == nil {
		t.Fatal("WriteGraph succeeded although the snapshot cannot be saved")
	}
	if errors.Is(err, graph.ErrInvalid) {
		t.Errorf("save failure reported as ErrInvalid: %v", err)
	}
	if diff := cmp.Diff(before, all(t, s)); diff != "" {
		t.Errorf("store changed by a write whose save failed (-before +after):\n%s", diff)
	}
	// Once the file can be written again, the next write saves everything.
	if err := os.RemoveAll(path); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, saved, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := s.WriteGraph(t.Context(), graph.Graph{Nodes: []graph.Node{{ID: "state:RUS", Labels: []string{graph.LabelState}}}}); err != nil {
		t.Fatal(err)
	}
	r := open(t, path)
	if st, err := r.Stats(t.Context()); err != nil || st.Nodes != 3 {
		t.Errorf("reopened Stats = %+v, %v; want 3 nodes", st, err)
	}
}

func TestInvalidWriteLeavesFileAlone(t *testing.T) {
	path := filepath.Join(t.TempDir(), "graph.json")
	s := open(t, path)
	if err := s.WriteGraph(t.Context(), sample()); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	err = s.WriteGraph(t.Context(), graph.Graph{Nodes: []graph.Node{{ID: "x", Labels: []string{"Country"}}}})
	if !errors.Is(err, graph.ErrInvalid) {
		t.Fatalf("WriteGraph: %v, want ErrInvalid", err)
	}
	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Errorf("an invalid write rewrote the snapshot")
	}
}

func BenchmarkWriteGraph(b *testing.B) {
	g := storetest.Synthetic("bench", 1000)
	b.Logf("graph: %d nodes, %d relationships", len(g.Nodes), len(g.Relationships))
	b.Run("Empty", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			s, _ := memstore.Open("")
			if err := s.WriteGraph(b.Context(), g); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Merge", func(b *testing.B) {
		s, _ := memstore.Open("")
		if err := s.WriteGraph(b.Context(), g); err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			if err := s.WriteGraph(b.Context(), g); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Snapshot", func(b *testing.B) {
		s, err := memstore.Open(filepath.Join(b.TempDir(), "graph.json"))
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			if err := s.WriteGraph(b.Context(), g); err != nil {
				b.Fatal(err)
			}
		}
	})
}
