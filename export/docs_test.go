package export

// Tests of docs/neo4j-browser: the style sheet covers the model, the
// starter queries use the golden ids, appear verbatim in GUIDE.md and (with
// NEO4J_TEST_URI) are valid Cypher for Neo4j (EXPLAIN, nothing runs).

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/graph"
)

var browserDir = filepath.Join("..", "docs", "neo4j-browser")

// starterQuery is one numbered query of starter.cypher.
type starterQuery struct {
	title  string
	params map[string]string // name -> Cypher expression
	text   string            // the query, without its ";"
	block  string            // the :param lines and the query, as written
}

var (
	starterTitle = regexp.MustCompile(`^// (\d+)\. (.+)$`)
	starterParam = regexp.MustCompile(`^:param ([A-Za-z_][A-Za-z0-9_]*) => (.+)$`)
	paramUse     = regexp.MustCompile(`\$([A-Za-z_][A-Za-z0-9_]*)`)
)

// readStarter parses starter.cypher: "// N. title", then ":param" lines,
// then the query up to a line ending with ";". Other comments are skipped.
func readStarter(t *testing.T) []starterQuery {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(browserDir, "starter.cypher"))
	if err != nil {
		t.Fatal(err)
	}
	var qs []starterQuery
	var cur *starterQuery
	var block, text []string
	for i, line := range strings.Split(string(b), "\n") {
		if m := starterTitle.FindStringSubmatch(line); m != nil {
			if cur != nil {
				t.Fatalf("line %d: query %q has no terminating ;", i+1, cur.title)
			}
			if want := len(qs) + 1; m[1] != strconv.Itoa(want) {
				t.Fatalf("line %d: query numbered %s, want %d", i+1, m[1], want)
			}
			cur = &starterQuery{title: m[2], params: map[string]string{}}
			block, text = nil, nil
			continue
		}
		if cur == nil || (strings.HasPrefix(line, "//") && len(text) == 0) || (line == "" && len(text) == 0) {
			continue
		}
		block = append(block, line)
		if m := starterParam.FindStringSubmatch(line); m != nil && len(text) == 0 {
			cur.params[m[1]] = m[2]
			continue
		}
		text = append(text, line)
		if strings.HasSuffix(line, ";") {
			cur.text = strings.TrimSuffix(strings.Join(text, "\n"), ";")
			cur.block = strings.Join(block, "\n")
			qs = append(qs, *cur)
			cur = nil
		}
	}
	if cur != nil {
		t.Fatalf("query %q has no terminating ;", cur.title)
	}
	return qs
}

func TestStarterQueries(t *testing.T) {
	qs := readStarter(t)
	if len(qs) != 10 {
		t.Fatalf("%d starter queries, want 10", len(qs))
	}
	facts, err := os.ReadFile(filepath.Join("..", "loader", "testdata", "golden", "2022-10-14_cis-summit-astana.facts"))
	if err != nil {
		t.Fatal(err)
	}
	guide, err := os.ReadFile(filepath.Join(browserDir, "GUIDE.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		if len(q.params) == 0 {
			t.Errorf("query %q sets no parameter", q.title)
		}
		for _, m := range paramUse.FindAllStringSubmatch(q.text, -1) {
			if _, ok := q.params[m[1]]; !ok {
				t.Errorf("query %q uses $%s without a :param", q.title, m[1])
			}
		}
		for name, expr := range q.params {
			if !strings.Contains(q.text, "$"+name) {
				t.Errorf("query %q sets %s but does not use it", q.title, name)
			}
			// An id-like value must be an id of the golden facts.
			if v := strings.Trim(expr, "'"); strings.Contains(v, ":") && !strings.Contains(string(facts), " "+v) {
				t.Errorf("query %q: %s = %s is not an id of the golden facts file", q.title, name, expr)
			}
		}
		if !strings.Contains(string(guide), q.block) {
			t.Errorf("GUIDE.md lacks query %q exactly as in starter.cypher:\n%s", q.title, q.block)
		}
	}
}

// TestStarterQueriesExplain asks Neo4j to plan every starter query with
// its parameters (EXPLAIN: checked and planned, not run).
func TestStarterQueriesExplain(t *testing.T) {
	qs := readStarter(t)
	d, db := testDriver(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for _, q := range qs {
		params := map[string]any{}
		for name, expr := range q.params {
			// :param name => expr evaluates expr as Cypher; so does this.
			res, err := neo4j.ExecuteQuery(ctx, d, "RETURN "+expr+" AS v", nil, neo4j.EagerResultTransformer,
				neo4j.ExecuteQueryWithDatabase(db), neo4j.ExecuteQueryWithReadersRouting())
			if err != nil {
				t.Fatalf("query %q: :param %s => %s: %v", q.title, name, expr, err)
			}
			params[name] = res.Records[0].Values[0]
		}
		res, err := neo4j.ExecuteQuery(ctx, d, "EXPLAIN "+q.text, params, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(db), neo4j.ExecuteQueryWithReadersRouting())
		if err != nil {
			t.Errorf("query %q does not compile: %v\n%s", q.title, err, q.text)
			continue
		}
		if res.Summary.Plan() == nil {
			t.Errorf("query %q: no plan", q.title)
		}
	}
}

var (
	grassRule = regexp.MustCompile(`([A-Za-z_.]+)\s*\{((?:"[^"]*"|[^"{}])*)\}`)
	grassProp = regexp.MustCompile(`([a-z-]+):\s*([^;]*);`)
)

func TestGrassStyle(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(browserDir, "diplograph.grass"))
	if err != nil {
		t.Fatal(err)
	}
	rules := map[string]map[string]string{}
	for _, m := range grassRule.FindAllStringSubmatch(string(b), -1) {
		props := map[string]string{}
		for _, p := range grassProp.FindAllStringSubmatch(m[2], -1) {
			props[p[1]] = strings.TrimSpace(p[2])
		}
		rules[m[1]] = props
	}
	if rules["relationship"]["caption"] != `"<type>"` {
		t.Errorf("relationship caption = %s, want \"<type>\"", rules["relationship"]["caption"])
	}
	colours, sizes := map[string]string{}, map[string]string{}
	for _, l := range graph.Labels {
		r, ok := rules["node."+l]
		if !ok {
			t.Errorf("no style for label %s", l)
			continue
		}
		if r["caption"] != `"{name}"` {
			t.Errorf("node.%s caption = %s, want \"{name}\"", l, r["caption"])
		}
		if o, dup := colours[r["color"]]; dup || r["color"] == "" {
			t.Errorf("node.%s colour %q not distinct (also %s)", l, r["color"], o)
		}
		if o, dup := sizes[r["diameter"]]; dup || r["diameter"] == "" {
			t.Errorf("node.%s diameter %q not distinct (also %s)", l, r["diameter"], o)
		}
		colours[r["color"]], sizes[r["diameter"]] = l, l
	}
	for _, rt := range graph.RelationshipTypes {
		if r, ok := rules["relationship."+rt]; !ok || r["caption"] != `"<type>"` {
			t.Errorf("relationship.%s: caption %q, want \"<type>\"", rt, r["caption"])
		}
	}
	for sel := range rules {
		kind, name, found := strings.Cut(sel, ".")
		if !found {
			continue
		}
		if (kind == "node" && !slices.Contains(graph.Labels, name)) || (kind == "relationship" && !graph.IsRelationshipType(name)) {
			t.Errorf("style for %s, which is not in the model", sel)
		}
	}
}
