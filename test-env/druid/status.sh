#!/usr/bin/env bash
# Say which Druid processes are running and ready; exit 0 only when all are.
set -uo pipefail
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

all=0
for name in "${PROCESSES[@]}"; do
  if pid="$(running_pid "$name")"; then
    if process_ready "$name"; then log "$name: ready (pid $pid, port ${PORT[$name]})"; else log "$name: starting (pid $pid)"; all=3; fi
  else
    log "$name: stopped"; all=3
  fi
done
exit $all
