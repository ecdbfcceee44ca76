#!/bin/sh
# Bundles a built service (<service>/dist/main.js, from tsc -b) into one minified ESM file,
# <service>/bundle/main.js: what its image runs, with no node_modules beside it. CommonJS
# dependencies (cassandra-driver, pino, ...) get a require() through the banner. The docs viewer's
# files (servicelib/src/docs-viewer.ts) go beside it in <service>/bundle/docs-assets/, which the image
# ships beside its main.js.
# Usage: scripts/bundle.sh <service> [...]
set -eu
cd "$(dirname "$0")/.."
for service in "$@"; do
  node_modules/.bin/esbuild "$service/dist/main.js" --bundle --platform=node --format=esm --target=node24 \
    --minify --log-level=warning --outfile="$service/bundle/main.js" \
    --banner:js="import{createRequire}from'node:module';const require=createRequire(import.meta.url);"
  node servicelib/dist/write-docs-assets.js "$service/bundle/docs-assets"
  echo "bundle: $service/bundle/main.js ($(wc -c <"$service/bundle/main.js") bytes)"
done
