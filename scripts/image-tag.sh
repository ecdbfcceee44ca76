#!/bin/sh
# The deploy tag of an image build, YYYY-MM-DD-HHMMSS-production (UTC), as Wikimedia's deploy
# pipeline names them. With BUILD_DATE set (the build argument the Dockerfiles take, ISO 8601),
# the tag names that moment, so the tag and /healthz's build_date agree:
#   BUILD_DATE=$(date -u +%Y-%m-%dT%H:%M:%SZ); TAG=$(BUILD_DATE=$BUILD_DATE sh scripts/image-tag.sh)
#   docker build -f aqs/Dockerfile --build-arg BUILD_DATE=$BUILD_DATE --build-arg BUILD_HOST=$(hostname) -t aqs:$TAG .
set -eu
if [ -n "${BUILD_DATE:-}" ]; then
  date -u -d "$BUILD_DATE" +%Y-%m-%d-%H%M%S-production
else
  date -u +%Y-%m-%d-%H%M%S-production
fi
