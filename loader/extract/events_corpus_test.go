package extract_test

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/loader"
	"github.com/diplograph/diplograph/loader/eval"
	"github.com/diplograph/diplograph/loader/gazetteer"
)

// TestEventsCorpusReport prints the evaluation of the development corpus
// (as `diplograph eval -v`) when DIPLOGRAPH_CORPUS_REPORT names a
// directory of *.facts files; DIPLOGRAPH_CORPUS_TYPES (comma-separated)
// limits the details to some relationship types. It is a development aid
// and is skipped otherwise.
func TestEventsCorpusReport(t *testing.T) {
	dir := os.Getenv("DIPLOGRAPH_CORPUS_REPORT")
	if dir == "" {
		t.Skip("DIPLOGRAPH_CORPUS_REPORT not set")
	}
	types := map[string]bool{}
	for _, s := range strings.Split(os.Getenv("DIPLOGRAPH_CORPUS_TYPES"), ",") {
		if s != "" {
			types[s] = true
		}
	}
	keep := func(typ string) bool { return len(types) == 0 || types[typ] }
	gz, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	results, err := eval.RunDir(context.Background(), loader.New(gz), dir)
	if err != nil {
		t.Fatal(err)
	}
	w := os.Stdout
	for _, r := range results {
		s := r.Overall()
		fmt.Fprintf(w, "%-60s P=%.3f R=%.3f missing=%d forbidden=%d\n", r.File, s.Precision(), s.Recall(), len(r.Missing), len(r.ForbiddenFound))
		for _, n := range r.MissingNodes {
			if strings.Contains(n.Text, "meeting:") {
				fmt.Fprintf(w, "  node missing   (line %d) %s\n", n.Line, n.Text)
			}
		}
		for _, f := range r.Missing {
			if keep(f.Type) {
				fmt.Fprintf(w, "  missing        (line %d) %s\n", f.Line, f.Text)
			}
		}
		for _, f := range r.ForbiddenFound {
			fmt.Fprintf(w, "  FORBIDDEN      (line %d) %s\n", f.Line, f.Text)
		}
		for _, x := range r.Extra {
			if keep(x.Type) {
				fmt.Fprintf(w, "  extra          %s %s -> %s  %s\n", x.Type, x.Start, x.End, props(x.Props))
			}
		}
	}
	fmt.Fprintln(w)
	if err := eval.WriteTable(w, results); err != nil {
		t.Fatal(err)
	}
}

func props(p graph.Props) string {
	var parts []string
	for k, v := range p {
		switch k {
		case graph.PropEvidence, graph.PropArticleIDs, graph.PropConfidence:
			continue
		}
		parts = append(parts, k+"="+strings.Join(eval.PropStrings(v), ","))
	}
	sort.Strings(parts)
	return strings.Join(parts, " ")
}

// TestEventsExplain prints the facts extracted from the article named by
// DIPLOGRAPH_EXPLAIN (as `diplograph explain`, without mentions). It is a
// development aid and is skipped otherwise.
func TestEventsExplain(t *testing.T) {
	path := os.Getenv("DIPLOGRAPH_EXPLAIN")
	if path == "" {
		t.Skip("DIPLOGRAPH_EXPLAIN not set")
	}
	if !strings.HasPrefix(path, "/") {
		path = "../../" + path
	}
	gz, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	facts, err := loader.New(gz).Explain(context.Background(), path, data)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range facts {
		if f.Rel.Type == graph.RelMentions {
			continue
		}
		fmt.Printf("%s %s -> %s  %s  [%s s%d %q]\n", f.Rel.Type, f.Rel.Start, f.Rel.End, props(f.Rel.Props), f.Rule, f.Sentence, f.Matched)
	}
}
