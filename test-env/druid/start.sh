#!/usr/bin/env bash
# Start a local Druid without Docker: ZooKeeper, a coordinator acting as overlord, a broker, a
# historical and an indexer (tasks run as threads in its JVM), Derby metadata and local deep
# storage under test-env/.data/druid. Each process is polled until it is ready (ZooKeeper's port,
# Druid's /status/health); progress is printed while waiting. Already running processes are left
# alone, so this is safe to run again.
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

bash "$DRUID_DIR/install.sh"
command -v java >/dev/null || { log "java not found on PATH (Java 17 is needed)" >&2; exit 1; }
mkdir -p "$LOG_DIR" "$DATA_DIR"/{zk,segments,segment-cache,indexing-logs,task,tmp,derby}

# Java 17 needs these for Druid's direct-memory and reflection use (Druid docs, operations/java.md).
JAVA17=(
  --add-exports=java.base/jdk.internal.misc=ALL-UNNAMED --add-exports=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=jdk.management/com.sun.management.internal=ALL-UNNAMED
)
# Paths that must be absolute, and so are set here rather than in conf/.
PATHS=(
  "-Ddruid.metadata.storage.connector.connectURI=jdbc:derby://127.0.0.1:1527/$DATA_DIR/derby/metadata.db;create=true"
  "-Ddruid.storage.storageDirectory=$DATA_DIR/segments"
  "-Ddruid.indexer.logs.directory=$DATA_DIR/indexing-logs"
  "-Ddruid.segmentCache.locations=[{\"path\":\"$DATA_DIR/segment-cache\",\"maxSize\":2000000000}]"
  "-Ddruid.indexer.task.baseTaskDir=$DATA_DIR/task"
  "-Djava.io.tmpdir=$DATA_DIR/tmp"
)

start_process() {
  local name=$1 pid
  if pid="$(running_pid "$name")"; then
    log "$name already running (pid $pid)"
    return
  fi
  if port_open "${PORT[$name]}"; then
    log "port ${PORT[$name]} is taken by something else; cannot start $name" >&2
    exit 1
  fi
  local jvm=(-Xms"${HEAP[$name]}" -Xmx"${HEAP[$name]}" -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError
    -XX:TieredStopAtLevel=1 -Xss1m "-Daqs.druid.process=$name" -Duser.timezone=UTC -Dfile.encoding=UTF-8
    -Dlog4j.configurationFile="$CONF_DIR/_common/log4j2.xml" -Djava.util.logging.manager=org.apache.logging.log4j.jul.LogManager)
  [[ -n "${DIRECT[$name]:-}" ]] && jvm+=(-XX:MaxDirectMemorySize="${DIRECT[$name]}")
  local cmd
  if [[ $name == zookeeper ]]; then
    cmd=(java "${jvm[@]}" -Dzookeeper.admin.enableServer=false -cp "$LIB_DIR/*"
      org.apache.zookeeper.server.ZooKeeperServerMain "${PORT[zookeeper]}" "$DATA_DIR/zk")
  else
    cmd=(java "${jvm[@]}" "${JAVA17[@]}" "${PATHS[@]}" -cp "$CONF_DIR/_common:$CONF_DIR/$name:$LIB_DIR/*"
      org.apache.druid.cli.Main server "$name")
  fi
  local pid_file="$DATA_DIR/$name.pid"
  rm -f "$pid_file"
  # setsid: the process outlives the calling shell. The inner bash writes its own pid, which
  # becomes java's through exec, whether or not setsid had to fork.
  # shellcheck disable=SC2016  # $$/$1/$@ are for the inner bash
  (cd "$DATA_DIR" && setsid nohup bash -c 'echo "$$" >"$1"; shift; exec "$@"' _ "$pid_file" "${cmd[@]}" \
    >"$LOG_DIR/$name.log" 2>&1 </dev/null &)
  for _ in {1..50}; do [[ -s "$pid_file" ]] && break; sleep 0.1; done
  log "$name starting (pid $(<"$pid_file"), port ${PORT[$name]}, log $LOG_DIR/$name.log)"
}

# Polls until every named process is ready; a process that dies is reported with its log's tail.
wait_ready() {
  local deadline=$((SECONDS + ${DRUID_START_TIMEOUT:-300})) started=$SECONDS name pending
  while :; do
    pending=()
    for name in "$@"; do
      if ! running_pid "$name" >/dev/null; then
        log "$name exited; last lines of $LOG_DIR/$name.log:" >&2
        tail -n 30 "$LOG_DIR/$name.log" >&2
        exit 1
      fi
      process_ready "$name" || pending+=("$name")
    done
    ((${#pending[@]} == 0)) && break
    if ((SECONDS > deadline)); then
      log "not ready after $((SECONDS - started))s: ${pending[*]} (see $LOG_DIR)" >&2
      exit 1
    fi
    log "waiting for ${pending[*]} ($((SECONDS - started))s)…"
    sleep 3
  done
  log "ready after $((SECONDS - started))s: $*"
}

# A Druid this checkout did not start (another checkout's) may already answer on the broker port, as a
# CQL node may for cassandra/start.sh: use it when it serves the sample datasource, and say so.
if ! running_pid broker >/dev/null && process_ready broker; then
  # The sample datasources are monthly snapshots, mediawiki_history_reduced_YYYY_MM (sample-mediawiki-history.ts).
  sample="$(curl -s --max-time 5 "http://127.0.0.1:${PORT[broker]}/druid/v2/datasources" | grep -oE '"mediawiki_history_reduced_[0-9]{4}_[0-9]{2}"' | tr -d '"' | sort | tail -n 1 || true)"
  if [[ -n "$sample" ]]; then
    log "a Druid not started by this checkout answers on 127.0.0.1:${PORT[broker]} and serves $sample: using it"
    # make seed must not re-ingest another checkout's Druid under its tests (druid-load.ts reads this).
    mkdir -p "$DATA_DIR" && touch "$DATA_DIR/foreign-broker"
    exit 0
  fi
  log "a Druid not started by this checkout answers on 127.0.0.1:${PORT[broker]} but serves no sample datasource (mediawiki_history_reduced_YYYY_MM);" \
    "stop it (make env-down in its checkout) or free the ports ${PORT[*]}" >&2
  exit 1
fi

rm -f "$DATA_DIR/foreign-broker"
start_process zookeeper
wait_ready zookeeper
# The coordinator runs the Derby server the others use for metadata: it goes first.
start_process coordinator
wait_ready coordinator
for name in broker historical indexer; do start_process "$name"; done
wait_ready broker historical indexer
