# shellcheck shell=bash disable=SC2034  # variables are used by the scripts that source this
# Shared paths and helpers for the local Druid scripts. Sourced, never run.

DRUID_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../lib.sh
source "$DRUID_DIR/../lib.sh"
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
  tcp_open 127.0.0.1 "$1"
}

# The pid of a process these scripts started, if it is still that process.
running_pid() {
  pid_from_file "$DATA_DIR/$1.pid" "-Daqs.druid.process=$1"
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
