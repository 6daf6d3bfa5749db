package loader

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/diplograph/diplograph/loader/eval"
	"github.com/diplograph/diplograph/loader/gazetteer"
)

// TestGolden extracts every article named by testdata/golden/*.facts (facts
// written by reading the article) and fails on any missing expected fact,
// unsatisfied node line or forbidden fact present. It logs precision and
// recall per file.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/golden/*.facts")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no golden files in testdata/golden")
	}
	gz, err := gazetteer.Default()
	if err != nil {
		t.Fatalf("gazetteer: %v", err)
	}
	l := New(gz).WithClock(func() time.Time { return time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC) })
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			fs, err := eval.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			// Article paths in golden files are relative to the repository root.
			fs.Article = filepath.Join("..", fs.Article)
			path, err := fs.ArticlePath()
			if err != nil {
				t.Fatal(err)
			}
			g, err := l.ExtractFile(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			res := eval.Compare(fs, g)
			for _, n := range res.MissingNodes {
				t.Errorf("line %d: node not extracted as written: %s", n.Line, n.Text)
			}
			for _, f := range res.Missing {
				t.Errorf("line %d: missing fact: %s", f.Line, f.Text)
			}
			for _, f := range res.ForbiddenFound {
				t.Errorf("line %d: forbidden fact present: %s", f.Line, f.Text)
			}
			for _, r := range res.Extra {
				t.Logf("extra (counts against precision): %s %s -> %s status=%s", r.Type, r.Start, r.End, r.Props.String("status"))
			}
			s := res.Overall()
			t.Logf("%s: precision %d/%d = %.3f, recall %d/%d = %.3f", filepath.Base(file),
				s.TP, s.TP+s.FP, s.Precision(), s.Found, s.Expected, s.Recall())
		})
	}
}
