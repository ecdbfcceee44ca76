#!/usr/bin/env bash
# Fetch Apache Druid (druid-services + runtime deps, see pom.xml) into ./lib with Maven.
# Idempotent: does nothing when lib/ is complete for the pinned version.
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

version="$(pom_version)"
if [[ -f "$LIB_MARKER" && "$(<"$LIB_MARKER")" == "druid-services $version" && -f "$LIB_DIR/druid-services-$version.jar" ]]; then
  log "artifacts for $version already in $LIB_DIR"
  exit 0
fi
command -v mvn >/dev/null || { log "mvn not found on PATH (needed once to fetch jars)" >&2; exit 1; }

# Druid's poms name extra repositories (for sigar, Confluent, snapshots) that cannot be reached
# from a machine that only sees Maven Central: a mirror of everything but Central onto an empty
# local directory turns those lookups into plain "not found" instead of transfer failures.
tmp="$LIB_DIR.tmp"
rm -rf "$tmp"
mkdir -p "$tmp/.no-extra-repositories"
cat >"$tmp/.settings.xml" <<XML
<settings><mirrors><mirror>
  <id>central-only</id><mirrorOf>*,!central</mirrorOf>
  <url>file://$tmp/.no-extra-repositories</url>
</mirror></mirrors></settings>
XML
log "fetching artifacts with Maven (druid-services $version; first run downloads ~180 MB)…"
start=$SECONDS
if ! mvn -B -q -Dstyle.color=never -s "$tmp/.settings.xml" -f "$DRUID_DIR/pom.xml" dependency:copy-dependencies \
  -DoutputDirectory="$tmp" -DincludeScope=runtime 2>&1 | sed 's/\x1b\[[0-9;]*m//g'; then
  rm -rf "$tmp"
  log "Maven failed; see output above" >&2
  exit 1
fi
rm -rf "$tmp/.no-extra-repositories" "$tmp/.settings.xml"
rm -rf "$LIB_DIR"
mv "$tmp" "$LIB_DIR"
printf 'druid-services %s\n' "$version" >"$LIB_MARKER"
log "fetched $(find "$LIB_DIR" -name '*.jar' | wc -l) jars in $((SECONDS - start))s into $LIB_DIR"
