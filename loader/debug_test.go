package loader

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/loader/gazetteer"
)

func TestDebugExplain(t *testing.T) {
	path := os.Getenv("DIPLO_EXPLAIN")
	if path == "" {
		t.Skip("set DIPLO_EXPLAIN")
	}
	gz, _ := gazetteer.Default()
	data, _ := os.ReadFile(path)
	fs, err := New(gz).Explain(context.Background(), path, data)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		if f.Rel.Type == graph.RelMentions {
			continue
		}
		fmt.Printf("s%-2d %-22s %-18s %s -> %s %v\n", f.Sentence, f.Rule, f.Rel.Type, f.Rel.Start, f.Rel.End, short(f.Rel.Props))
	}
}

func short(p graph.Props) map[string]any {
	out := map[string]any{}
	for k, v := range p {
		if k == "evidence" || k == "articleIds" || k == "confidence" {
			continue
		}
		out[k] = v
	}
	return out
}
