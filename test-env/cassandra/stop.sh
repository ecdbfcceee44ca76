#!/usr/bin/env bash
# Stop the local Cassandra started by start.sh: SIGTERM (Cassandra's shutdown hook drains and
# flushes), wait up to 60 s, then SIGKILL. Idempotent: exits 0 if it is not running.
set -euo pipefail

# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

grace="${CASSANDRA_STOP_TIMEOUT:-60}"

if ! pid="$(running_pid)"; then
  rm -f "$PID_FILE"
  if port_open; then
    # Never kill what we did not start (e.g. someone's own Cassandra on 9042).
    log "not started by these scripts, but something listens on $CQL_HOST:$CQL_PORT; leaving it alone" >&2
    exit 1
  fi
  log "not running"
  exit 0
fi

log "stopping pid $pid (SIGTERM)…"
kill -TERM "$pid"
started=$SECONDS
while kill -0 "$pid" 2>/dev/null; do
  if ((SECONDS - started >= grace)); then
    log "still running after ${grace}s; sending SIGKILL" >&2
    kill -KILL "$pid" 2>/dev/null || true
    # Unclean stop is fine for a test store: the commit log is replayed on the next start.
    for _ in {1..50}; do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    break
  fi
  sleep 0.5
done
rm -f "$PID_FILE"
log "stopped after $((SECONDS - started))s"
