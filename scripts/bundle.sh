#!/bin/sh
# Bundles a built service (<service>/dist/main.js, from tsc -b) into one minified ESM file,
# <service>/bundle/main.js: what its image runs, with no node_modules beside it (scripts/bundle.mjs;
# a bundle that holds other services, aqs, also gets their package.json, openapi.json and
# datasets/*.yaml in <service>/bundle/mounted/). The docs viewer's
# files (servicelib/src/docs-viewer.ts) go beside it in <service>/bundle/docs-assets/, which the image
# ships beside its main.js. Dataset declarations (servicelib's datasetFilePath) go beside it in
# <service>/bundle/datasets/: the service's own datasets/*.yaml and, when it depends on aqsassist,
# aqsassist's (the Commons Impact Metrics tables).
# Usage: scripts/bundle.sh <service> [...]
set -eu
cd "$(dirname "$0")/.."
for service in "$@"; do
  node scripts/bundle.mjs "$service"
  node servicelib/dist/write-docs-assets.js "$service/bundle/docs-assets"
  rm -rf "$service/bundle/datasets" && mkdir -p "$service/bundle/datasets"
  shared=""
  if grep -q '"@aqs/aqsassist"' "$service/package.json"; then shared=aqsassist/datasets/*.yaml; fi
  for f in $shared "$service"/datasets/*.yaml; do
    if [ -f "$f" ]; then cp "$f" "$service/bundle/datasets/"; fi
  done
  echo "bundle: $service/bundle/main.js ($(wc -c <"$service/bundle/main.js") bytes)"
done
