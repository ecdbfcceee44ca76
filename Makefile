# The front door. `make run` starts Cassandra and Druid with sample data and every service;
# `make test` runs every test against the real Cassandra (started if it is not up).
SHELL := /bin/bash
.DEFAULT_GOAL := help
BIN := node_modules/.bin

# Node 24 LTS for every recipe: the machine's node when it is 24 or newer, else a project-local one
# that scripts/node.sh installs from the npm registry into .node/ (git-ignored) and puts first on
# PATH. If that fails (offline), make goes on with the machine's node and says so.
NODE_DIR := $(shell bash scripts/node.sh)
ifneq ($(.SHELLSTATUS),0)
$(warning scripts/node.sh could not provide Node 24; using $(shell node --version 2>/dev/null))
endif
ifneq ($(NODE_DIR),)
export PATH := $(NODE_DIR):$(PATH)
endif

.PHONY: help install build bundle docs env-up env-down env-status seed run test test-unit qa bench bench-kask fuzz openapi dockerfiles image-tag clean

# Found, never listed: a workspace is a folder with a package.json, a service one with a
# src/service.ts descriptor. Adding a service touches nothing here.
WORKSPACES := $(patsubst %/package.json,%,$(wildcard */package.json))
SERVICES := $(patsubst %/src/service.ts,%,$(wildcard */src/service.ts))

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-11s %s\n", $$1, $$2}'

node_modules/.package-lock.json: package-lock.json
	npm ci --no-audit --no-fund

install: node_modules/.package-lock.json ## Install npm packages (npm ci) when the lock file changed

build: install ## Compile every workspace (TypeScript, strict)
	$(BIN)/tsc -b $(WORKSPACES)

bundle: build ## Bundle each service into <service>/bundle/main.js: one file, what its image runs
	sh scripts/bundle.sh $(SERVICES)

docs: build ## Write the combined API documentation site into docs-site/ (static, works offline; make run serves it on 8089)
	node test-env/dist/docs-site.js

# DRUID=0 skips Druid (Cassandra only), e.g. `make test DRUID=0` when no Druid test is wanted.
DRUID ?= 1
export DRUID

env-up: build ## Start Cassandra and Druid if needed, create the schema, load the sample data (DRUID=0: no Druid)
	bash test-env/cassandra/start.sh
	@if [ "$(DRUID)" != 0 ]; then bash test-env/druid/start.sh; fi
	node test-env/dist/env-up.js

env-down: ## Stop the local stores
	bash test-env/druid/stop.sh
	bash test-env/cassandra/stop.sh

env-status: ## Say whether the local stores are up
	bash test-env/cassandra/status.sh; c=$$?; bash test-env/druid/status.sh; d=$$?; exit $$((c > d ? c : d))

seed: build ## Write the sample data again
	node test-env/dist/env-up.js --reload

run: env-up build ## The stores with sample data and every service on its config.yaml port (prints where, with example URLs)
	node test-env/dist/run-services.js

test: env-up bundle ## Every test: unit, and integration against the real Cassandra
	$(BIN)/tsc -p tsconfig.test.json
	$(BIN)/mocha

test-unit: build ## Only the tests that need no store (integration tests are named *.int.test.ts)
	$(BIN)/tsc -p tsconfig.test.json
	$(BIN)/mocha --ignore '*/test/**/*.int.test.ts'

# The black-box suite of qa-tests/ over HTTP only. Variables given to make reach it: BASE_URL (one
# base URL for every service), <SERVICE>_URL (one service, e.g. KASK_URL), QA_CONFIG, TAGS, QA_DATA.
qa: build ## The black-box QA suite against the running services (make run first; BASE_URL=…, TAGS=…: README "QA suite")
	node qa-tests/dist/main.js

bench: env-up bundle ## Service vs raw driver throughput, latency and peak RSS (prints figures)
	node test-env/dist/bench/device-analytics.js
	node test-env/dist/bench/page-analytics.js
	node test-env/dist/bench/mediarequests.js
	node test-env/dist/bench/image-suggestions.js

bench-kask: env-up bundle ## Kask: GET-heavy mix and POST-only, 1 KiB values, 100 connections (prints figures)
	node test-env/dist/bench/kask.js

# FUZZ_EXAMPLES: cases per operation and phase (CI keeps the default; README "Fuzzing" runs it long).
FUZZ_EXAMPLES ?= 10
export FUZZ_EXAMPLES

fuzz: env-up build ## schemathesis against every service's OpenAPI document, FUZZ_EXAMPLES (10) per operation (README "Fuzzing")
	node test-env/dist/fuzz.js "$$(bash scripts/fuzz-install.sh)"

openapi: build ## Regenerate the committed openapi.json files from the route declarations
	node servicelib/dist/write-openapi.js $(SERVICES)

dockerfiles: build ## Regenerate every service's Dockerfile (scripts/Dockerfile.template) and test-env/docker-compose-qa.yml
	node test-env/dist/dockerfiles.js
	node test-env/dist/compose-qa.js

image-tag: ## Print the deploy tag of an image build, YYYY-MM-DD-HHMMSS-production (of BUILD_DATE when set)
	@sh scripts/image-tag.sh

clean: ## Remove build output (not the store data: see env-down and test-env/.data)
	rm -rf */dist */bundle docs-site
