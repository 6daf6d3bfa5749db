package loader

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/diplograph/diplograph/graph"
)

// FuzzExtract: extraction never panics, and whatever it returns is a
// graph whose relationships end at nodes it holds (run with
// go test -fuzz FuzzExtract ./loader). Seeds: the corpus articles and
// short sentences written for it.
func FuzzExtract(f *testing.F) {
	paths, _ := filepath.Glob("testdata/corpus/*.txt")
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{"يوليو 21، 2022\n\nالتقى الرئيس الروسي نظيره.", "القمة المقررة في", "«»", "وزراء الخارجية العرب، الذين يجتمعون"} {
		f.Add([]byte(s))
	}
	l := newTestLoader(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		g, err := l.Extract(context.Background(), "fuzz.txt", b)
		if err != nil {
			return // a clear error is fine (empty, binary, broken UTF-8)
		}
		ids := map[string]bool{}
		for _, n := range g.Nodes {
			ids[n.ID] = true
		}
		for _, r := range g.Relationships {
			if !ids[r.Start] || !ids[r.End] {
				t.Fatalf("relationship %s %s -> %s ends outside the graph", r.Type, r.Start, r.End)
			}
			if r.Start == r.End && r.Type != graph.RelLocatedIn {
				t.Fatalf("self-loop %s on %s", r.Type, r.Start)
			}
		}
	})
}
