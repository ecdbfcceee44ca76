# shellcheck shell=bash disable=SC2034  # variables are used by the scripts that source this
# Shared paths and helpers for the local Druid scripts. Sourced, never run.

DRUID_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$DRUID_DIR/../.." && pwd)"
DATA_DIR="${DRUID_DATA_DIR:-$REPO_ROOT/test-env/.data/druid}"
LIB_DIR="$DRUID_DIR/lib"
CONF_DIR="$DRUID_DIR/conf"
LOG_DIR="$DATA_DIR/logs"
LIB_MARKER="$LIB_DIR/.complete"
# Start order; stop goes the other way. Ports: design.md §1.
PROCESSES=(zookeeper coordinator broker historical indexer)
declare -A PORT=([zookeeper]=2181 [coordinator]=18081 [broker]=18082 [historical]=18083 [indexer]=18091)
declare -A HEAP=([zookeeper]=128m [coordinator]=256m [broker]=384m [historical]=384m [indexer]=512m)
declare -A DIRECT=([broker]=256m [historical]=256m [indexer]=256m)

log() { printf 'druid: %s\n' "$*"; }

pom_version() {
  sed -n 's:.*<druid.version>\(.*\)</druid.version>.*:\1:p' "$DRUID_DIR/pom.xml"
}

port_open() {
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# The pid of a process these scripts started, if it is still that process.
running_pid() {
  local name=$1 pid
  [[ -f "$DATA_DIR/$name.pid" ]] || return 1
  pid="$(<"$DATA_DIR/$name.pid")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "-Daqs.druid.process=$name" || return 1
  printf '%s\n' "$pid"
}

# Ready: ZooKeeper answers "ruok"; a Druid process answers /status/health with true.
process_ready() {
  local name=$1
  if [[ $name == zookeeper ]]; then
    port_open "${PORT[zookeeper]}"
  else
    [[ "$(curl -s --max-time 2 "http://127.0.0.1:${PORT[$name]}/status/health" 2>/dev/null)" == "true" ]]
  fi
}
