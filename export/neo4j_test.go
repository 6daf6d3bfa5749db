package export

// The tests in this file need a Neo4j 5 named by NEO4J_TEST_URI (for example
// bolt://127.0.0.1:7687 from tools/neo4j-dev/neo4j-dev.sh start, no
// authentication; NEO4J_TEST_USER, NEO4J_TEST_PASSWORD and
// NEO4J_TEST_DATABASE when needed). Without it they skip, except under
// CI=true, where that is a failure.
//
// They never commit data: the uniqueness constraints of the script are
// created (IF NOT EXISTS, with the names the Neo4j store uses, so they are
// no-ops on a diplograph database), then every data statement runs in one
// explicit transaction that is rolled back after the checks. Ids carry a
// per-run suffix so that the uncommitted nodes never contend with other
// packages' tests running against the same server.

import (
	"context"
	"fmt"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/testci"
)

// testDriver connects to NEO4J_TEST_URI, or skips (fails under CI=true).
func testDriver(t *testing.T) (neo4j.DriverWithContext, string) {
	t.Helper()
	uri := testci.Neo4jURI(t)
	auth := neo4j.NoAuth()
	if u := os.Getenv("NEO4J_TEST_USER"); u != "" {
		auth = neo4j.BasicAuth(u, os.Getenv("NEO4J_TEST_PASSWORD"), "")
	}
	d, err := neo4j.NewDriverWithContext(uri, auth)
	if err != nil {
		t.Fatalf("driver for %s: %v", uri, err)
	}
	t.Cleanup(func() { _ = d.Close(context.Background()) })
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := d.VerifyConnectivity(ctx); err != nil {
		t.Fatalf("Neo4j at %s: %v", uri, err)
	}
	return d, os.Getenv("NEO4J_TEST_DATABASE")
}

// withIDSuffix returns a copy of g with suffix appended to every id.
func withIDSuffix(g graph.Graph, suffix string) graph.Graph {
	var out graph.Graph
	for _, n := range g.Nodes {
		p := graph.Props{}
		for k, v := range n.Props {
			p[k] = v
		}
		p["id"] = n.ID + suffix
		out.Nodes = append(out.Nodes, graph.Node{ID: n.ID + suffix, Labels: n.Labels, Props: p})
	}
	for _, r := range g.Relationships {
		out.Relationships = append(out.Relationships, graph.Relationship{Type: r.Type, Start: r.Start + suffix, End: r.End + suffix, Props: r.Props})
	}
	return out
}

func TestCypherNeo4jRoundTrip(t *testing.T) {
	d, db := testDriver(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	suffix := fmt.Sprintf(":exporttest-%d", time.Now().UnixNano())
	g := withIDSuffix(union(testGraph(), hostileGraph()), suffix)
	var buf strings.Builder
	if err := Cypher(&buf, g); err != nil {
		t.Fatal(err)
	}
	items, err := parseScript(buf.String())
	if err != nil {
		t.Fatal(err)
	}
	var schema, data []string
	for _, it := range items {
		if it.kind != itemStatement {
			continue
		}
		if strings.HasPrefix(it.text, "CREATE CONSTRAINT") {
			schema = append(schema, it.text)
		} else {
			data = append(data, it.text)
		}
	}
	for _, q := range schema {
		if _, err := neo4j.ExecuteQuery(ctx, d, q, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db)); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}

	sess := d.NewSession(ctx, neo4j.SessionConfig{AccessMode: neo4j.AccessModeWrite, DatabaseName: db})
	defer sess.Close(ctx)
	tx, err := sess.BeginTransaction(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx) // nothing is ever committed

	// Twice: the script is idempotent.
	for round := 0; round < 2; round++ {
		for _, q := range data {
			res, err := tx.Run(ctx, q, nil)
			if err == nil {
				_, err = res.Consume(ctx)
			}
			if err != nil {
				t.Fatalf("round %d: %s: %v", round, q, err)
			}
		}
	}

	ids := make([]any, len(g.Nodes))
	for i, n := range g.Nodes {
		ids[i] = n.ID
	}
	one := func(q string) []*neo4j.Record {
		t.Helper()
		res, err := tx.Run(ctx, q, map[string]any{"ids": ids})
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		return recs
	}
	nodes := one(`MATCH (n) WHERE n.id IN $ids RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id`)
	rels := one(`MATCH (a)-[r]->(b) WHERE a.id IN $ids OR b.id IN $ids RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props`)
	if len(nodes) != len(g.Nodes) || len(rels) != len(g.Relationships) {
		t.Fatalf("recreated %d nodes, %d relationships; want %d, %d", len(nodes), len(rels), len(g.Nodes), len(g.Relationships))
	}

	want := map[string]graph.Node{}
	for _, n := range g.Nodes {
		want[n.ID] = n
	}
	for _, rec := range nodes {
		id := rec.Values[0].(string)
		labels := fmt.Sprint(rec.Values[1])
		if labels != fmt.Sprint(want[id].Labels) {
			t.Errorf("node %s labels %s, want %v", id, labels, want[id].Labels)
		}
		comparePropsRoundTrip(t, "node "+id, want[id].Props, rec.Values[2].(map[string]any))
	}
	wantRel := map[string]graph.Relationship{}
	for _, r := range g.Relationships {
		wantRel[r.Key()] = r
	}
	for _, rec := range rels {
		key := rec.Values[0].(string) + "|" + rec.Values[1].(string) + "|" + rec.Values[2].(string)
		r, ok := wantRel[key]
		if !ok {
			t.Errorf("unexpected relationship %s", key)
			continue
		}
		comparePropsRoundTrip(t, "relationship "+key, r.Props, rec.Values[3].(map[string]any))
	}
}

// comparePropsRoundTrip checks that the properties read from Neo4j equal
// the exported ones, value for value and type for type.
func comparePropsRoundTrip(t *testing.T, what string, want graph.Props, got map[string]any) {
	t.Helper()
	norm, err := graph.NormalizeProps(want)
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for k := range norm {
		keys = append(keys, k)
	}
	for k := range got {
		if _, ok := norm[k]; !ok {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		w, g := norm[k], fromNeo4j(got[k])
		if wt, ok := w.(time.Time); ok {
			if gt, ok := g.(time.Time); !ok || !gt.Equal(wt) {
				t.Errorf("%s: %s = %#v, want %v", what, k, g, wt)
			}
			continue
		}
		if !reflect.DeepEqual(w, g) {
			t.Errorf("%s: %s = %#v, want %#v", what, k, g, w)
		}
	}
}

// fromNeo4j converts a driver value to the graph.Props type.
func fromNeo4j(v any) any {
	switch x := v.(type) {
	case dbtype.Date:
		return graph.DateOf(x.Time())
	case []any:
		out := make([]string, len(x))
		for i, e := range x {
			s, ok := e.(string)
			if !ok {
				return v
			}
			out[i] = s
		}
		return out
	}
	return v
}
