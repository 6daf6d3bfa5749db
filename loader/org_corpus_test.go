package loader

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/loader/eval"
	"github.com/diplograph/diplograph/loader/gazetteer"
)

// TestCorpusReport prints the evaluation of a directory of golden facts
// (like `diplograph eval -v DIR`) when DIPLOGRAPH_CORPUS names it; it never
// fails, so work in progress on the extractor does not break the build.
// DIPLOGRAPH_TYPES (comma-separated) restricts the detail lines to some
// relationship types.
func TestCorpusReport(t *testing.T) {
	dir := os.Getenv("DIPLOGRAPH_CORPUS")
	if dir == "" {
		t.Skip("DIPLOGRAPH_CORPUS not set")
	}
	types := map[string]bool{}
	for _, s := range strings.Split(os.Getenv("DIPLOGRAPH_TYPES"), ",") {
		if s != "" {
			types[s] = true
		}
	}
	keep := func(typ string) bool { return len(types) == 0 || types[typ] }
	gz, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	l := New(gz).WithClock(func() time.Time { return time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC) })
	if err := os.Chdir(".."); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir("loader")
	results, err := eval.RunDir(context.Background(), l, dir)
	if err != nil {
		t.Fatal(err)
	}
	w := os.Stdout
	for _, r := range results {
		s := r.Overall()
		fmt.Fprintf(w, "%-60s P=%.3f R=%.3f missing=%d forbidden=%d\n", r.File, s.Precision(), s.Recall(), len(r.Missing), len(r.ForbiddenFound))
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
				var kv []string
				for k, v := range x.Props {
					if k == "evidence" || k == "articleIds" || k == "confidence" {
						continue
					}
					kv = append(kv, k+"="+strings.Join(eval.PropStrings(v), ","))
				}
				sort.Strings(kv)
				fmt.Fprintf(w, "  extra          %s %s -> %s  %s\n", x.Type, x.Start, x.End, strings.Join(kv, " "))
			}
		}
	}
	fmt.Fprintln(w)
	if err := eval.WriteTable(w, results); err != nil {
		t.Fatal(err)
	}
}
