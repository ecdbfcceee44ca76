#!/usr/bin/env bash
# Start a single local Cassandra 5.0 node (CQL on 127.0.0.1:9042) in the background and wait
# until CQL answers. Idempotent: exits 0 at once if CQL already answers.
# Env: CASSANDRA_HEAP (default 1g), CASSANDRA_START_TIMEOUT seconds (default 180), JAVA_HOME.
set -euo pipefail

# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

heap="${CASSANDRA_HEAP:-1g}"
max_wait="${CASSANDRA_START_TIMEOUT:-180}"

if cql_ready; then
  if pid="$(running_pid)"; then
    log "already running (pid $pid); CQL answers on $CQL_HOST:$CQL_PORT"
  else
    log "CQL already answers on $CQL_HOST:$CQL_PORT (a node not started by this script)"
  fi
  exit 0
fi

command -v node >/dev/null || { log "node not found on PATH (needed for the readiness probe)" >&2; exit 1; }

if pid="$(running_pid)"; then
  # Started earlier and still booting: just wait for it below instead of starting a second one.
  log "already starting (pid $pid); waiting for CQL"
else
  "$CASS_DIR/install.sh"

  java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
  command -v "$java" >/dev/null || { log "java not found (set JAVA_HOME or PATH)" >&2; exit 1; }
  # Cassandra 5.0 runs on Java 11 or 17; the flags below are the Java 17 set.
  java_major="$("$java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')"
  if [[ "$java_major" != 17 ]]; then
    log "warning: Java $java_major found; Cassandra 5.0 with these flags is tested on Java 17" >&2
  fi

  jamm="$(compgen -G "$LIB_DIR/jamm-*.jar" | head -n 1)"
  mkdir -p "$DATA_DIR" "$LOG_DIR" "$DATA_DIR/triggers"
  rm -f "$PID_FILE"
  # One run per stdout.log (the previous one kept as .prev), so a failure tail is this run's.
  [[ -f "$STDOUT_LOG" ]] && mv -f "$STDOUT_LOG" "$STDOUT_LOG.prev"

  jvm_opts=(
    -Xms"$heap" -Xmx"$heap" -Xmn200m
    # GC settings from conf/jvm17-server.options.
    -XX:+UseG1GC -XX:+ParallelRefProcEnabled -XX:MaxTenuringThreshold=1
    -XX:G1HeapRegionSize=16m -XX:G1RSetUpdatingPauseTimePercent=5 -XX:MaxGCPauseMillis=300
    -XX:+PerfDisableSharedMem
    # Die on OOM instead of limping on (Cassandra's startup check warns without one of these).
    -XX:+ExitOnOutOfMemoryError
    -XX:ErrorFile="$LOG_DIR/hs_err_%p.log"
    # bin/cassandra loads jamm as an agent; Cassandra uses it to measure memtable sizes.
    -javaagent:"$jamm"
    # JPMS exports/opens from conf/jvm17-server.options (without them 5.0 dies on Java 17).
    -Djdk.attach.allowAttachSelf=true
    -Dio.netty.tryReflectionSetAccessible=true
    -Dio.netty.allocator.useCacheForAllThreads=true
    -Dio.netty.allocator.maxOrder=11
    --add-exports java.base/jdk.internal.misc=ALL-UNNAMED
    --add-exports java.management.rmi/com.sun.jmx.remote.internal.rmi=ALL-UNNAMED
    --add-exports java.rmi/sun.rmi.registry=ALL-UNNAMED
    --add-exports java.rmi/sun.rmi.server=ALL-UNNAMED
    --add-exports java.sql/java.sql=ALL-UNNAMED
    --add-exports java.base/java.lang.ref=ALL-UNNAMED
    --add-exports jdk.unsupported/sun.misc=ALL-UNNAMED
    --add-exports jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED
    --add-exports jdk.attach/sun.tools.attach=ALL-UNNAMED
    --add-opens java.base/java.lang.module=ALL-UNNAMED
    --add-opens java.base/jdk.internal.loader=ALL-UNNAMED
    --add-opens java.base/jdk.internal.ref=ALL-UNNAMED
    --add-opens java.base/jdk.internal.reflect=ALL-UNNAMED
    --add-opens java.base/jdk.internal.math=ALL-UNNAMED
    --add-opens java.base/jdk.internal.module=ALL-UNNAMED
    --add-opens java.base/jdk.internal.util.jar=ALL-UNNAMED
    --add-opens jdk.management/com.sun.management.internal=ALL-UNNAMED
    --add-opens java.base/sun.nio.ch=ALL-UNNAMED
    --add-opens java.base/java.io=ALL-UNNAMED
    --add-opens java.base/java.lang.reflect=ALL-UNNAMED
    --add-opens jdk.compiler/com.sun.tools.javac=ALL-UNNAMED
    --add-opens java.base/java.lang=ALL-UNNAMED
    --add-opens java.base/java.util=ALL-UNNAMED
    --add-opens java.base/java.nio=ALL-UNNAMED
    -Djava.net.preferIPv4Stack=true
    # Where config, data and logs are.
    -Dcassandra.config="file://$CONF_DIR/cassandra.yaml"
    -Dcassandra.storagedir="$DATA_DIR"
    -Dcassandra.logdir="$LOG_DIR"
    # Empty triggers dir: without it Cassandra warns every minute that it is missing.
    -Dcassandra.triggers_dir="$DATA_DIR/triggers"
    -Dlogback.configurationFile="file://$CONF_DIR/logback.xml"
    # Keep stdout open (otherwise the daemon closes it) so early failures land in stdout.log.
    -Dcassandra-foreground=yes
    # Single node: nothing to gossip with, so skip the settle wait; fixed token for num_tokens 1.
    -Dcassandra.skip_wait_for_gossip_to_settle=0
    -Dcassandra.initial_token=0
    # Nobody to tell about a shutdown either: saves 2 s of every stop.
    -Dcassandra.shutdown_announce_in_ms=0
    # No forced flush of the system tables after every schema change (as Cassandra's own test
    # suites do): applying test-env/schema goes from ~12 s to ~2.5 s. The commit log still
    # records the changes, so they survive a stop, and a SIGKILL too (replayed on start).
    -Dcassandra.unsafesystem=true
  )

  log "starting Cassandra (heap $heap, data in $DATA_DIR)…"
  # setsid: new session, so the node survives the calling shell/terminal and job-control kills.
  # The inner bash records its own pid, which becomes java's pid through exec; this holds
  # whether or not setsid had to fork.
  # shellcheck disable=SC2016  # $$/$1/$@ are for the inner bash
  setsid nohup bash -c 'echo "$$" >"$1"; shift; exec "$@"' _ "$PID_FILE" \
    "$java" "${jvm_opts[@]}" -cp "$LIB_DIR/*" org.apache.cassandra.service.CassandraDaemon \
    </dev/null >>"$STDOUT_LOG" 2>&1 &
  for _ in {1..50}; do [[ -s "$PID_FILE" ]] && break; sleep 0.1; done
  if [[ ! -s "$PID_FILE" ]]; then
    log "launch failed (no pid file); see $STDOUT_LOG" >&2
    exit 1
  fi
  pid="$(<"$PID_FILE")"
  log "pid $pid; logs in $LOG_DIR/system.log and $STDOUT_LOG"
fi

started=$SECONDS
next_note=5
while ! cql_ready; do
  elapsed=$((SECONDS - started))
  if ! kill -0 "$pid" 2>/dev/null; then
    # stdout.log holds only WARN+ (and JVM errors), so its tail usually names the cause.
    log "process $pid exited before CQL came up; last lines of $STDOUT_LOG:" >&2
    tail -n 40 "$STDOUT_LOG" >&2 || true
    log "full log: $LOG_DIR/system.log" >&2
    rm -f "$PID_FILE"
    exit 1
  fi
  if ((elapsed >= max_wait)); then
    log "CQL not ready after ${max_wait}s (pid $pid still running; see $LOG_DIR/system.log)" >&2
    exit 1
  fi
  if ((elapsed >= next_note)); then
    log "waiting for CQL on $CQL_HOST:$CQL_PORT (${elapsed}s)…"
    next_note=$((elapsed + 5))
  fi
  sleep 1
done
log "CQL ready on $CQL_HOST:$CQL_PORT after $((SECONDS - started))s (pid $pid)"
