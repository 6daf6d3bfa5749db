package testci

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// skipCall matches a direct skip: t.Skip(…), tb.Skipf(…), b.SkipNow().
var skipCall = regexp.MustCompile(`\b([a-zA-Z]+)\.Skip(f|Now)?\(`)

// No Go file of the repository skips a test except through this package,
// so that CI=true turns every skip into a failure.
func TestEverySkipGoesThroughTestci(t *testing.T) {
	root := filepath.Join("..", "..")
	self := filepath.Join(root, "internal", "testci")
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "tools" || d.Name() == "node_modules" || strings.HasPrefix(d.Name(), ".")) && p != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, ".go") || filepath.Dir(p) == self {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for n, line := range strings.Split(string(b), "\n") {
			if m := skipCall.FindStringSubmatch(line); m != nil && m[1] != "testci" && !strings.HasPrefix(strings.TrimSpace(line), "//") {
				t.Errorf("%s:%d skips directly (call testci.Skip, which fails under CI=true): %s", p, n+1, strings.TrimSpace(line))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
