#!/usr/bin/env bash
# scripts/test.sh — the project's test command (README "The two commands").
#
# Starts a Neo4j for the tests (tools/neo4j-dev: Neo4j Community 5.26 embedded)
# that is separate from the developer's dev Neo4j: its own data directory
# (tools/neo4j-dev/test-data, wiped first, because the tests wipe it anyway),
# its own run directory and its own ports (Bolt 127.0.0.1:$DIPLOGRAPH_TEST_BOLT_PORT,
# default 7688; Neo4j Browser on HTTP $DIPLOGRAPH_TEST_HTTP_PORT, default 7475).
# It runs every Go test with the Neo4j tests enabled (NEO4J_TEST_URI,
# NEO4J_TEST_HTTP_URL), then stops that Neo4j.
# Extra arguments go to `go test` (e.g. scripts/test.sh -run Golden ./loader/).
# A Neo4j that cannot start fails the run; DIPLOGRAPH_SKIP_NEO4J=1 (refused
# when CI=true) runs the tests without it, and the Neo4j tests then skip.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

export NEO4J_DEV_BOLT_PORT="${DIPLOGRAPH_TEST_BOLT_PORT:-7688}"
export NEO4J_DEV_HTTP_PORT="${DIPLOGRAPH_TEST_HTTP_PORT:-7475}"
export NEO4J_DEV_DATA="$root/tools/neo4j-dev/test-data"
export NEO4J_DEV_RUN="$root/tools/neo4j-dev/test-run"
neo4j=tools/neo4j-dev/neo4j-dev.sh
started=0
cleanup() {
	if [ "$started" = 1 ]; then
		"$neo4j" stop || true
	fi
}
trap cleanup EXIT

if [ "${DIPLOGRAPH_SKIP_NEO4J:-0}" = 1 ] && [ "${CI:-}" != true ]; then
	echo "test.sh: DIPLOGRAPH_SKIP_NEO4J=1: Neo4j tests will skip" >&2
	unset NEO4J_TEST_URI NEO4J_TEST_HTTP_URL
else
	"$neo4j" wipe >/dev/null # stops a test Neo4j left by an interrupted run, clears its data
	started=1
	"$neo4j" start
	export NEO4J_TEST_URI="bolt://127.0.0.1:${NEO4J_DEV_BOLT_PORT}"
	# Neo4j Browser, served by the test Neo4j's HTTP connector (browsertest).
	export NEO4J_TEST_HTTP_URL="http://127.0.0.1:${NEO4J_DEV_HTTP_PORT}"
fi

args=("$@")
[ ${#args[@]} -eq 0 ] && args=(./...)
# gotestsum prints each test by name (the Neo4j tests included) and a closing
# "DONE N tests" line; the exit status is go test's. -p 1: the Neo4j tests of
# several packages share one database and wipe it, so packages run one at a time.
go tool gotestsum --format testname -- -count=1 -p 1 "${args[@]}"
