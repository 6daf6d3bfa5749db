#!/usr/bin/env bash
# neo4j-dev.sh — build, start, stop an embedded Neo4j Community 5.26 LTS for development and CI.
#
#   neo4j-dev.sh build    compile (mvn -q -B package) unless target/ is up to date
#   neo4j-dev.sh start    build if needed, start in the background, wait until Bolt (and HTTP) answer
#   neo4j-dev.sh stop     SIGTERM, wait, SIGKILL after NEO4J_DEV_STOP_TIMEOUT seconds
#   neo4j-dev.sh status   exit 0 if running (and say where), 3 if not
#   neo4j-dev.sh wipe     stop, then delete the data directory
#
# DEV ONLY: authentication is disabled; Bolt and HTTP (Neo4j Browser at
# http://127.0.0.1:7474/browser/) listen on 127.0.0.1 only.
# Works from any directory, as root, without a TTY or stdin (CI). See README.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# ---- configuration (environment) -------------------------------------------------------------
BOLT_PORT="${NEO4J_DEV_BOLT_PORT:-7687}"
# HTTP connector (Neo4j Browser at /browser/); 0 switches it off. When the variable is unset and
# the default port is taken by something else, start goes on without HTTP (with a warning).
HTTP_PORT="${NEO4J_DEV_HTTP_PORT:-7474}"
HTTP_PORT_EXPLICIT="${NEO4J_DEV_HTTP_PORT:+1}"
[[ "$HTTP_PORT" =~ ^[0-9]+$ ]] || { echo "neo4j-dev: error: NEO4J_DEV_HTTP_PORT must be a port number or 0" >&2; exit 1; }
DATA_DIR="$(realpath -m "${NEO4J_DEV_DATA:-$HERE/data}")" # absolute; need not exist yet
# pid file and log live next to the data directory: <parent of data dir>/run/
RUN_DIR="${NEO4J_DEV_RUN:-$(dirname "$DATA_DIR")/run}"
START_TIMEOUT="${NEO4J_DEV_START_TIMEOUT:-180}"
STOP_TIMEOUT="${NEO4J_DEV_STOP_TIMEOUT:-60}"
HEAP="${NEO4J_DEV_HEAP:-1g}"
if [[ -z "${JAVA_HOME:-}" && -x /usr/lib/jvm/java-17-openjdk-amd64/bin/java ]]; then
  export JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
fi
if [[ -n "${JAVA_HOME:-}" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA="java"; fi

PID_FILE="$RUN_DIR/neo4j-dev.pid"
PORT_FILE="$RUN_DIR/neo4j-dev.port"
HTTP_PORT_FILE="$RUN_DIR/neo4j-dev.http-port" # the HTTP port of the running server, 0 if none
LOG_FILE="$RUN_DIR/neo4j-dev.log"
STAMP="$HERE/target/.neo4j-dev-built"
MAIN_CLASS="dev.diplograph.neo4jdev.Neo4jDev"

# JVM flags: heap capped (page cache and transaction memory are capped in Neo4jDev.java), plus
# the flags Neo4j's own launcher uses so it need not fall back to slower code paths.
JVM_OPTS=(
  "-Xms256m" "-Xmx$HEAP"
  "-XX:+UseG1GC" "-XX:+ExitOnOutOfMemoryError" "-XX:-OmitStackTraceInFastThrow"
  "-Djdk.nio.maxCachedBufferSize=1024" "-Dio.netty.tryReflectionSetAccessible=true"
  "--add-opens=java.base/java.nio=ALL-UNNAMED" "--add-opens=java.base/java.io=ALL-UNNAMED"
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"
)
# Extra JVM flags, whitespace-separated (e.g. NEO4J_DEV_JAVA_OPTS="-XX:+PrintFlagsFinal").
read -r -a EXTRA_OPTS <<< "${NEO4J_DEV_JAVA_OPTS:-}"

log() { echo "neo4j-dev: $*"; }
die() { echo "neo4j-dev: error: $*" >&2; exit 1; }

# ---- helpers ---------------------------------------------------------------------------------

# True when target/ is newer than pom.xml and every source file.
up_to_date() {
  [[ -f "$STAMP" && -d "$HERE/target/lib" && -d "$HERE/target/classes" ]] || return 1
  [[ -z "$(find "$HERE/pom.xml" "$HERE/src" -newer "$STAMP" -print -quit)" ]]
}

build() {
  if up_to_date; then
    log "build is up to date"
    return 0
  fi
  command -v mvn > /dev/null || die "mvn not found (needed to build; apt-get install maven)"
  log "building (mvn -q -B package) ..."
  rm -rf "$HERE/target/lib" "$STAMP" # no stale jars on the classpath after a version change
  # (sed strips the stray colour escapes Debian's Maven 3.8 prints even with -q -B; pipefail
  # keeps mvn's exit status.)
  (cd "$HERE" && mvn -q -B -Dstyle.color=never package < /dev/null 2>&1 | sed 's/\x1b\[[0-9;]*m//g')
  touch "$STAMP"
  log "build done"
}

# The pid of our running server, or nothing. Checks that the pid really is our JVM (not a reused pid).
running_pid() {
  [[ -f "$PID_FILE" ]] || return 0
  local pid
  pid="$(cat "$PID_FILE" 2> /dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 0
  if kill -0 "$pid" 2> /dev/null && tr '\0' ' ' < "/proc/$pid/cmdline" 2> /dev/null | grep -q "$MAIN_CLASS"; then
    echo "$pid"
  fi
}

# A real Bolt handshake: send the magic preamble and four proposed versions
# (5.0-5.8, 4.4, none, none); the server must answer with the version it picked.
bolt_handshake() {
  local port="$1"
  # shellcheck disable=SC2016 # expanded by the inner shell
  timeout 5 bash -c '
    exec 3<> "/dev/tcp/127.0.0.1/$0" || exit 1
    printf "\x60\x60\xb0\x17\x00\x08\x08\x05\x00\x00\x04\x04\x00\x00\x00\x00\x00\x00\x00\x00" >&3
    reply="$(head -c 4 <&3 | od -An -tx1 | tr -d " \n")"
    exec 3>&-
    [[ "$reply" =~ ^0000[0-9a-f]{2}0[45]$ ]] # agreed on Bolt 4.x or 5.x
  ' "$port" 2> /dev/null
}

# Something (ours or not) accepts TCP connections on the port.
port_open() {
  # shellcheck disable=SC2016 # expanded by the inner shell
  timeout 3 bash -c 'exec 3<> "/dev/tcp/127.0.0.1/$0"' "$1" 2> /dev/null
}

# Neo4j's HTTP server answers on the port: GET / (the discovery document) returns 200.
http_ok() {
  # shellcheck disable=SC2016 # expanded by the inner shell
  timeout 5 bash -c '
    exec 3<> "/dev/tcp/127.0.0.1/$0" || exit 1
    printf "GET / HTTP/1.0\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n" >&3
    status="$(head -n 1 <&3)"
    exec 3>&-
    [[ "$status" =~ ^HTTP/1\.[01]\ 200 ]]
  ' "$1" 2> /dev/null
}

# "http://127.0.0.1:<port>/browser/" of the running server, or nothing when HTTP is off.
browser_url() {
  local port
  port="$(cat "$HTTP_PORT_FILE" 2> /dev/null || echo 0)"
  [[ "$port" =~ ^[1-9][0-9]*$ ]] && echo "http://127.0.0.1:$port/browser/"
  return 0
}

show_log_tail() {
  if [[ -f "$LOG_FILE" ]]; then
    echo "---- last 40 lines of $LOG_FILE ----" >&2
    tail -n 40 "$LOG_FILE" >&2
    echo "---- (Neo4j's debug log: $DATA_DIR/logs/debug.log) ----" >&2
  fi
}

# ---- commands --------------------------------------------------------------------------------

start() {
  local pid
  pid="$(running_pid)"
  if [[ -n "$pid" ]]; then
    log "already running (pid $pid, bolt://127.0.0.1:$(cat "$PORT_FILE" 2> /dev/null || echo "?") $(browser_url))"
    return 0
  fi
  if port_open "$BOLT_PORT"; then
    die "port $BOLT_PORT on 127.0.0.1 is already in use by another process (set NEO4J_DEV_BOLT_PORT)"
  fi
  if [[ "$HTTP_PORT" != 0 ]] && port_open "$HTTP_PORT"; then
    if [[ -n "$HTTP_PORT_EXPLICIT" ]]; then
      die "port $HTTP_PORT on 127.0.0.1 is already in use by another process (set NEO4J_DEV_HTTP_PORT, 0 for none)"
    fi
    log "warning: port $HTTP_PORT on 127.0.0.1 is in use; starting without HTTP (no Neo4j Browser; set NEO4J_DEV_HTTP_PORT)"
    HTTP_PORT=0
  fi
  build
  mkdir -p "$RUN_DIR"
  [[ -f "$LOG_FILE" ]] && mv -f "$LOG_FILE" "$LOG_FILE.old"
  echo "$BOLT_PORT" > "$PORT_FILE"
  echo "$HTTP_PORT" > "$HTTP_PORT_FILE"

  # Detach into its own session (no TTY, stdin from /dev/null); the inner shell records its own
  # pid and then execs java, so the pid file holds the JVM's pid.
  # shellcheck disable=SC2016 # expanded by the inner shell
  setsid bash -c 'echo $$ > "$1"; shift; exec "$@"' neo4j-dev "$PID_FILE" \
    "$JAVA" "${JVM_OPTS[@]}" "${EXTRA_OPTS[@]}" \
    -cp "$HERE/target/classes:$HERE/target/lib/*" "$MAIN_CLASS" "$DATA_DIR" "$BOLT_PORT" "$HTTP_PORT" \
    < /dev/null >> "$LOG_FILE" 2>&1 &

  log "starting (bolt://127.0.0.1:$BOLT_PORT, $(if [[ "$HTTP_PORT" != 0 ]]; then echo "http://127.0.0.1:$HTTP_PORT"; else echo "no HTTP"; fi), data $DATA_DIR, log $LOG_FILE) ..."
  local started=$SECONDS
  while true; do
    pid="$(running_pid)"
    if [[ -n "$pid" ]] && grep -q "^neo4j-dev ready:" "$LOG_FILE" 2> /dev/null && bolt_handshake "$BOLT_PORT" &&
      { [[ "$HTTP_PORT" == 0 ]] || http_ok "$HTTP_PORT"; }; then
      log "ready after $((SECONDS - started)) s (pid $pid): $(grep -m1 "^neo4j-dev ready:" "$LOG_FILE")"
      return 0
    fi
    if [[ -z "$pid" && $((SECONDS - started)) -ge 5 ]]; then
      show_log_tail
      rm -f "$PID_FILE"
      die "the server exited during startup"
    fi
    if [[ $((SECONDS - started)) -ge "$START_TIMEOUT" ]]; then
      show_log_tail
      log "not ready after $START_TIMEOUT s; stopping it"
      stop > /dev/null || true
      die "start timed out (NEO4J_DEV_START_TIMEOUT=$START_TIMEOUT)"
    fi
    sleep 0.5
  done
}

stop() {
  local pid
  pid="$(running_pid)"
  if [[ -z "$pid" ]]; then
    log "not running"
    rm -f "$PID_FILE"
    return 0
  fi
  log "stopping pid $pid (SIGTERM) ..."
  kill -TERM "$pid" 2> /dev/null || true
  local started=$SECONDS
  while kill -0 "$pid" 2> /dev/null; do
    if [[ $((SECONDS - started)) -ge "$STOP_TIMEOUT" ]]; then
      log "still running after $STOP_TIMEOUT s; sending SIGKILL"
      kill -KILL "$pid" 2> /dev/null || true
      while kill -0 "$pid" 2> /dev/null; do sleep 0.2; done
      break
    fi
    sleep 0.5
  done
  rm -f "$PID_FILE"
  log "stopped after $((SECONDS - started)) s"
}

status() {
  local pid port
  pid="$(running_pid)"
  if [[ -z "$pid" ]]; then
    log "not running"
    return 3
  fi
  port="$(cat "$PORT_FILE" 2> /dev/null || echo "$BOLT_PORT")"
  if bolt_handshake "$port"; then
    local http_port browser
    http_port="$(cat "$HTTP_PORT_FILE" 2> /dev/null || echo 0)"
    browser="$(browser_url)"
    if [[ -z "$browser" ]]; then
      browser="no HTTP"
    elif ! http_ok "$http_port"; then
      browser="HTTP on 127.0.0.1:$http_port does not answer"
    fi
    log "running (pid $pid, bolt://127.0.0.1:$port answers, Neo4j Browser: $browser, data $DATA_DIR)"
  else
    log "running (pid $pid) but Bolt on 127.0.0.1:$port does not answer (yet); log: $LOG_FILE"
  fi
}

wipe() {
  stop
  [[ -n "$DATA_DIR" && "$DATA_DIR" != "/" ]] || die "refusing to delete '$DATA_DIR'"
  rm -rf "$DATA_DIR"
  log "deleted $DATA_DIR"
}

case "${1:-}" in
  build) build ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  wipe) wipe ;;
  *)
    echo "usage: $(basename "$0") build|start|stop|status|wipe" >&2
    exit 2
    ;;
esac
