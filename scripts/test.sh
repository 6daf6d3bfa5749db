#!/usr/bin/env bash
# scripts/test.sh — the project's test command (README "Run the tests").
#
# Starts the dev Neo4j (tools/neo4j-dev: Neo4j Community 5.26 embedded, Bolt on
# 127.0.0.1:$NEO4J_DEV_BOLT_PORT, default 7687, Neo4j Browser on HTTP 7474), runs every Go test with the
# Neo4j tests enabled (NEO4J_TEST_URI), then stops the Neo4j it started.
# Extra arguments go to `go test` (e.g. scripts/test.sh -run Golden ./loader/).
# With CI=true a Neo4j that cannot start fails the run; elsewhere too, unless
# DIPLOGRAPH_SKIP_NEO4J=1 is set explicitly (then the Neo4j tests skip).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

port="${NEO4J_DEV_BOLT_PORT:-7687}"
started=0
cleanup() {
	if [ "$started" = 1 ]; then
		tools/neo4j-dev/neo4j-dev.sh stop || true
	fi
}
trap cleanup EXIT

if [ "${DIPLOGRAPH_SKIP_NEO4J:-0}" = 1 ] && [ "${CI:-}" != true ]; then
	echo "test.sh: DIPLOGRAPH_SKIP_NEO4J=1: Neo4j tests will skip" >&2
	unset NEO4J_TEST_URI NEO4J_TEST_HTTP_URL
else
	if ! tools/neo4j-dev/neo4j-dev.sh status >/dev/null 2>&1; then
		tools/neo4j-dev/neo4j-dev.sh start
		started=1
	fi
	export NEO4J_TEST_URI="bolt://127.0.0.1:${port}"
	# Neo4j Browser, served by the dev Neo4j's HTTP connector (browsertest).
	export NEO4J_TEST_HTTP_URL="http://127.0.0.1:${NEO4J_DEV_HTTP_PORT:-7474}"
fi

args=("$@")
[ ${#args[@]} -eq 0 ] && args=(./...)
# gotestsum prints each test by name (the Neo4j tests included) and a closing
# "DONE N tests" line; the exit status is go test's. -p 1: the Neo4j tests of
# several packages share one database and wipe it, so packages run one at a time.
go tool gotestsum --format testname -- -count=1 -p 1 "${args[@]}"
