#!/usr/bin/env bash
# Fetch Apache Cassandra (cassandra-all + runtime deps, see pom.xml) into ./lib with Maven.
# Idempotent: does nothing when lib/ is complete for the pinned version.
set -euo pipefail

# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

version="$(pom_version)"
if [[ -z "$version" ]]; then
  log "cannot read <cassandra.version> from $CASS_DIR/pom.xml" >&2
  exit 1
fi

# Complete = marker for this exact version, plus the two jars start.sh cannot run without.
lib_complete() {
  [[ -f "$LIB_MARKER" ]] &&
    [[ "$(<"$LIB_MARKER")" == "cassandra-all $version" ]] &&
    [[ -f "$LIB_DIR/cassandra-all-$version.jar" ]] &&
    compgen -G "$LIB_DIR/jamm-*.jar" >/dev/null
}

if lib_complete; then
  log "artifacts for $version already in $LIB_DIR"
  exit 0
fi

command -v mvn >/dev/null || { log "mvn not found on PATH (needed once to fetch jars)" >&2; exit 1; }

# Copy into a scratch dir and swap it in at the end: an interrupted run never leaves a
# half-filled lib/, and jars of an older version never linger next to the new ones.
tmp="$LIB_DIR.tmp"
rm -rf "$tmp"
log "fetching artifacts with Maven (cassandra-all $version; first run downloads ~70 MB)…"
start=$SECONDS
# -q: only errors are shown. The sed strips the stray ANSI resets Debian's Maven prints even
# in batch mode; pipefail keeps Maven's exit status.
if ! mvn -B -q -Dstyle.color=never -f "$CASS_DIR/pom.xml" dependency:copy-dependencies \
  -DoutputDirectory="$tmp" -DincludeScope=runtime 2>&1 | sed 's/\x1b\[[0-9;]*m//g'; then
  rm -rf "$tmp"
  log "Maven failed; see output above" >&2
  exit 1
fi

# start.sh loads jamm as -javaagent (as bin/cassandra does), so a missing jar is fatal here.
if ! compgen -G "$tmp/jamm-*.jar" >/dev/null; then
  rm -rf "$tmp"
  log "no jamm jar among the dependencies; cannot run Cassandra" >&2
  exit 1
fi

rm -rf "$LIB_DIR"
mv "$tmp" "$LIB_DIR"
printf 'cassandra-all %s\n' "$version" >"$LIB_MARKER"
log "fetched $(find "$LIB_DIR" -name '*.jar' | wc -l) jars in $((SECONDS - start))s into $LIB_DIR"
