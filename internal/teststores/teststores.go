// Package teststores gives tests the stores diplograph runs on: the
// embedded store always, and Neo4j when NEO4J_TEST_URI names a server
// (scripts/test.sh starts one and sets it). With CI=true a missing Neo4j is
// a test failure, never a silent skip.
package teststores

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/testci"
	"github.com/diplograph/diplograph/store/memstore"
	"github.com/diplograph/diplograph/store/neo4jstore"
)

// Backend opens an empty store of one kind; the store is closed when the
// test ends.
type Backend struct {
	Name string // "embedded" or "neo4j", used as the subtest name
	Open func(t *testing.T) graph.Store
}

// All returns the embedded backend and, with NEO4J_TEST_URI set, the Neo4j
// backend, whose Open wipes the database first (tests that use it must not
// run in parallel with each other). Without NEO4J_TEST_URI it logs that the
// Neo4j half is not run, or fails the test when CI=true.
func All(t *testing.T) []Backend {
	t.Helper()
	bs := []Backend{{"embedded", func(t *testing.T) graph.Store {
		s, err := memstore.Open("")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = s.Close(context.Background()) })
		return s
	}}}
	uri := os.Getenv("NEO4J_TEST_URI")
	if uri == "" {
		if testci.InCI() {
			t.Fatal("CI=true but NEO4J_TEST_URI is unset: the Neo4j tests must run (scripts/test.sh starts Neo4j)")
		}
		t.Log("NEO4J_TEST_URI unset: Neo4j half not run (scripts/test.sh sets it)")
		return bs
	}
	return append(bs, Backend{"neo4j", func(t *testing.T) graph.Store {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		s, err := neo4jstore.Open(ctx, neo4jstore.Config{URI: uri})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = s.Close(context.Background()) })
		if err := s.Wipe(ctx); err != nil {
			t.Fatal(err)
		}
		return s
	}})
}
