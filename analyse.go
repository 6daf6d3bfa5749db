package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/loader/eval"
)

// ExplainCmd is `diplograph explain FILE`: every extracted fact with its
// evidence sentence, the matched span, the rule that produced it and its
// confidence.
type ExplainCmd struct {
	Path     string `arg:"" name:"file" help:"Article file (.txt or .html)."`
	Mentions bool   `name:"mentions" help:"Also list MENTIONS facts."`
}

// Run prints the explanation of one article on stdout. When ctx is
// cancelled (SIGINT, SIGTERM) it prints nothing and fails.
func (c *ExplainCmd) Run(ctx context.Context) error {
	if err := checkPath(c.Path); err != nil {
		return err
	}
	l, err := newLoader()
	if err != nil {
		return err
	}
	data, err := os.ReadFile(c.Path)
	if err != nil {
		return fmt.Errorf("read article: %w", err)
	}
	facts, err := l.Explain(ctx, c.Path, data)
	if ctx.Err() != nil {
		return fmt.Errorf("%w (nothing printed)", interrupted(ctx, "explain "+c.Path))
	}
	if err != nil {
		return err
	}
	w := os.Stdout
	for _, f := range facts {
		if f.Rel.Type == graph.RelMentions && !c.Mentions {
			continue
		}
		fmt.Fprintf(w, "%s %s -> %s  %s\n", f.Rel.Type, f.Rel.Start, f.Rel.End, keyProps(f.Rel.Props))
		fmt.Fprintf(w, "  rule=%s confidence=%.2f sentence=%d matched=%q\n", f.Rule, f.Confidence, f.Sentence, f.Matched)
		fmt.Fprintf(w, "  evidence: %s\n\n", f.SentenceText)
	}
	return nil
}

// keyProps renders the non-provenance properties of a fact as k=v pairs.
func keyProps(p graph.Props) string {
	keys := make([]string, 0, len(p))
	for k := range p {
		switch k {
		case graph.PropEvidence, graph.PropArticleIDs, graph.PropConfidence:
			continue
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, 0, len(keys))
	for _, k := range keys {
		parts = append(parts, k+"="+strings.Join(eval.PropStrings(p[k]), ","))
	}
	return strings.Join(parts, " ")
}

// EvalCmd is `diplograph eval DIR`: score extraction against the golden
// facts (*.facts) in DIR and print precision, recall and F1 per
// relationship type and overall. With --strict it fails when an expected
// fact is missing or a forbidden one is present.
type EvalCmd struct {
	Dir     string `arg:"" name:"dir" help:"Directory of *.facts files (each names its article)."`
	Verbose bool   `short:"v" help:"List missing, forbidden and extra facts per article."`
	Strict  bool   `help:"Exit non-zero on any missing or forbidden fact."`
}

// Run prints the evaluation table on stdout. When ctx is cancelled
// (SIGINT, SIGTERM) it prints nothing and fails.
func (c *EvalCmd) Run(ctx context.Context) error {
	l, err := newLoader()
	if err != nil {
		return err
	}
	results, err := eval.RunDir(ctx, l, c.Dir)
	if ctx.Err() != nil {
		return fmt.Errorf("%w (nothing printed)", interrupted(ctx, "eval "+c.Dir))
	}
	if err != nil {
		return err
	}
	w := os.Stdout
	bad := 0
	for _, r := range results {
		s := r.Overall()
		fmt.Fprintf(w, "%s  P=%.3f R=%.3f missing=%d forbidden=%d node-lines-failed=%d\n", r.File, s.Precision(), s.Recall(), len(r.Missing), len(r.ForbiddenFound), len(r.MissingNodes))
		bad += len(r.Missing) + len(r.ForbiddenFound) + len(r.MissingNodes)
		if c.Verbose {
			writeDetails(w, r)
		}
	}
	fmt.Fprintln(w)
	if err := eval.WriteTable(w, results); err != nil {
		return err
	}
	if c.Strict && bad > 0 {
		return fmt.Errorf("%d golden facts missing or forbidden facts present", bad)
	}
	return nil
}

func writeDetails(w io.Writer, r eval.Result) {
	for _, n := range r.MissingNodes {
		fmt.Fprintf(w, "  node missing   (line %d) %s\n", n.Line, n.Text)
	}
	for _, f := range r.Missing {
		fmt.Fprintf(w, "  missing        (line %d) %s\n", f.Line, f.Text)
	}
	for _, f := range r.ForbiddenFound {
		fmt.Fprintf(w, "  FORBIDDEN      (line %d) %s\n", f.Line, f.Text)
	}
	for _, x := range r.Extra {
		fmt.Fprintf(w, "  extra          %s %s -> %s  %s\n", x.Type, x.Start, x.End, keyProps(x.Props))
	}
}
