// Package testci is the one place a test may skip: locally, a test whose
// requirement is missing (a Neo4j server, a tool, a long run under -short)
// skips with the reason; in CI (CI=true) the same condition fails the test,
// so a green CI never hides a test that did not run.
package testci

import (
	"os"
	"testing"
)

// InCI reports whether the tests run in CI (the environment variable CI is
// "true", as .ci/run sets it).
func InCI() bool { return os.Getenv("CI") == "true" }

// Skip skips the test with the reason, or fails it with the reason when
// InCI.
func Skip(tb testing.TB, reason string) {
	tb.Helper()
	if InCI() {
		tb.Fatalf("CI=true, and this test would skip: %s", reason)
	}
	tb.Skip(reason)
}

// SkipShort skips the test under -short (see Skip: under CI=true, -short
// fails it instead).
func SkipShort(tb testing.TB, reason string) {
	tb.Helper()
	if testing.Short() {
		Skip(tb, "-short: "+reason)
	}
}

// Neo4jURI returns the Neo4j the tests may use (NEO4J_TEST_URI, set by
// scripts/test.sh), or skips the test when there is none (see Skip).
func Neo4jURI(tb testing.TB) string {
	tb.Helper()
	uri := os.Getenv("NEO4J_TEST_URI")
	if uri == "" {
		Skip(tb, "NEO4J_TEST_URI unset: the test needs a Neo4j (scripts/test.sh starts one; or tools/neo4j-dev/neo4j-dev.sh start and NEO4J_TEST_URI=bolt://127.0.0.1:7687)")
	}
	return uri
}
