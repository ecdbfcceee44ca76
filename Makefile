# The front door. `make run` starts Cassandra and Druid with sample data and every service;
# `make test` runs every test against the real Cassandra (started if it is not up).
SHELL := /bin/bash
.DEFAULT_GOAL := help
BIN := node_modules/.bin

.PHONY: help install build bundle env-up env-down env-status seed run test test-unit bench bench-kask openapi clean

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-11s %s\n", $$1, $$2}'

node_modules/.package-lock.json: package-lock.json
	npm ci --no-audit --no-fund

install: node_modules/.package-lock.json ## Install npm packages (npm ci) when the lock file changed

build: install ## Compile every workspace (TypeScript, strict)
	$(BIN)/tsc -b

SERVICES := device-analytics edit-analytics editor-analytics kask

bundle: build ## Bundle each service into <service>/bundle/main.js: one file, what its image runs
	sh scripts/bundle.sh $(SERVICES)

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

run: env-up ## The stores with sample data; device-analytics :8090, edit-analytics :8095, editor-analytics :8094, Kask :8081
	@echo
	@echo "device-analytics on http://localhost:8090 — try:"
	@echo "  curl localhost:8090/metrics/unique-devices/en.wikipedia/all-sites/daily/20200101/20200131"
	@echo "  curl localhost:8090/metrics/unique-devices/all-wikipedia-projects/mobile-site/monthly/20200101/20201231"
	@echo "  curl localhost:8090/device-analytics/api-spec.json"
	@echo "  curl localhost:8090/healthz ; curl localhost:8090/admin/metrics"
	@if [ "$(DRUID)" != 0 ]; then echo "edit-analytics on :8095 and editor-analytics on :8094 — try:"; \
	  echo "  curl localhost:8095/metrics/edits/aggregate/en.wikipedia/all-editor-types/all-page-types/monthly/20240101/20240701"; \
	  echo "  curl localhost:8095/metrics/edited-pages/top-by-edits/all-wikipedia-projects/all-editor-types/content/2024/01/all-days"; \
	  echo "  curl localhost:8094/metrics/editors/aggregate/en.wikipedia/all-editor-types/all-page-types/5..24-edits/monthly/20230101/20250101"; \
	  echo "  curl localhost:8094/metrics/registered-users/new/en.wikipedia/monthly/20230101/20240101"; fi
	@echo "Kask on http://localhost:8081/sessions/v1/ — try:"
	@echo "  curl -X POST --data-binary 'hello' localhost:8081/sessions/v1/demo ; curl localhost:8081/sessions/v1/demo"
	@echo "  curl -X DELETE localhost:8081/sessions/v1/demo ; curl localhost:8081/openapi ; curl localhost:8081/metrics"
	@echo "(make env-down stops Cassandra)"
	@echo
	node test-env/dist/run-services.js

test: env-up bundle ## Every test: unit, and integration against the real Cassandra
	$(BIN)/tsc -p tsconfig.test.json
	$(BIN)/mocha

test-unit: build ## Only the tests that need no store
	$(BIN)/tsc -p tsconfig.test.json
	$(BIN)/mocha --no-config --node-option import=tsx --timeout 30000 --exit --ignore aqsassist/test/druid-datasource.test.ts 'servicelib/test/**/*.test.ts' 'aqsassist/test/**/*.test.ts' device-analytics/test/openapi.test.ts \
	  kask/test/config.test.ts kask/test/keys.test.ts kask/test/problems.test.ts

bench: env-up bundle ## Service vs raw driver throughput, latency and peak RSS (prints figures)
	node test-env/dist/bench/device-analytics.js

bench-kask: env-up bundle ## Kask: GET-heavy mix and POST-only, 1 KiB values, 100 connections (prints figures)
	node test-env/dist/bench/kask.js

openapi: build ## Regenerate the committed openapi.json files from the route declarations
	for s in device-analytics edit-analytics editor-analytics; do node $$s/dist/write-openapi.js; done

clean: ## Remove build output (not the store data: see env-down and test-env/.data)
	rm -rf */dist */bundle
