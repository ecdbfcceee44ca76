#!/usr/bin/env bash
# Report whether the local Cassandra is up. Exit 0 if CQL answers on 127.0.0.1:9042, else 3
# (the LSB "not running" code, as in `service status`).
set -euo pipefail

# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

if pid="$(running_pid)"; then
  proc="running (pid $pid)"
elif port_open; then
  proc="no node of ours (no live pid file)"
else
  proc="stopped"
fi

if cql_ready; then
  log "$proc; CQL answers on $CQL_HOST:$CQL_PORT"
  exit 0
fi
if [[ "$proc" == running* ]]; then
  log "$proc; CQL not answering on $CQL_HOST:$CQL_PORT yet (starting, or stuck: see $LOG_DIR/system.log)"
else
  log "$proc; CQL not answering on $CQL_HOST:$CQL_PORT"
fi
exit 3
