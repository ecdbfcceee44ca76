#!/usr/bin/env bash
# Stop the Druid processes start.sh started (SIGTERM, then SIGKILL after 30 s), in reverse order.
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

for ((i = ${#PROCESSES[@]} - 1; i >= 0; i--)); do
  name=${PROCESSES[i]}
  if ! pid="$(running_pid "$name")"; then
    rm -f "$DATA_DIR/$name.pid"
    continue
  fi
  kill -TERM "$pid"
  for ((t = 0; t < 300; t++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "$name did not stop in 30 s; killing it"
    kill -KILL "$pid"
  fi
  rm -f "$DATA_DIR/$name.pid"
  log "$name stopped"
done
