# shellcheck shell=bash disable=SC2034  # variables are used by the scripts that source this
# Shared paths and helpers for the local Cassandra scripts. Sourced, never run.

CASS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../lib.sh
source "$CASS_DIR/../lib.sh"
REPO_ROOT="$(cd "$CASS_DIR/../.." && pwd)"
# Everything a running node writes lives here (git-ignored), so a wipe is `rm -rf` of one dir.
DATA_DIR="${CASSANDRA_DATA_DIR:-$REPO_ROOT/test-env/.data/cassandra}"
LIB_DIR="$CASS_DIR/lib"
CONF_DIR="$CASS_DIR/conf"
PID_FILE="$DATA_DIR/cassandra.pid"
STDOUT_LOG="$DATA_DIR/stdout.log"
LOG_DIR="$DATA_DIR/logs"
# Written by install.sh only after Maven finished, so a half-copied lib/ is never trusted.
LIB_MARKER="$LIB_DIR/.complete"
CQL_HOST=127.0.0.1
CQL_PORT=9042

log() { printf 'cassandra: %s\n' "$*"; }

# Cassandra version pinned in pom.xml (the marker records it, so a bump forces a re-fetch).
pom_version() {
  sed -n 's:.*<cassandra.version>\(.*\)</cassandra.version>.*:\1:p' "$CASS_DIR/pom.xml"
}

# Port open? Cheap pre-check with bash's /dev/tcp before spawning node.
port_open() {
  tcp_open "$CQL_HOST" "$CQL_PORT"
}

# Native transport answers an OPTIONS frame (needs only node, no npm packages).
cql_ready() {
  port_open && node "$CASS_DIR/cql-ready.mjs" "$CQL_HOST" "$CQL_PORT" >/dev/null 2>&1
}

# PID from the pid file if that process is alive and really is our CassandraDaemon
# (guards against a stale file whose pid was reused by something else).
running_pid() {
  pid_from_file "$PID_FILE" org.apache.cassandra.service.CassandraDaemon
}
