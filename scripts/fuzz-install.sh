#!/usr/bin/env bash
# Installs schemathesis (pinned) from PyPI into .venv-fuzz/ (git-ignored) for `make fuzz`, once:
# a second run with the same version does nothing. Prints the venv's bin folder.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=4.32.5
VENV=.venv-fuzz
if ! "$VENV/bin/schemathesis" --version 2>/dev/null | grep -q "$VERSION"; then
  echo "fuzz: installing schemathesis $VERSION into $VENV/" >&2
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$VERSION" >&2
fi
echo "$PWD/$VENV/bin"
