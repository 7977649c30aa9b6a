# Ferrite: bootstrap, build, run and test.
#
#   make run      build what is missing or stale, then serve http://127.0.0.1:8000/
#   make test     build, then: chromium and postgresql (Debian) if missing, npm run typecheck, pytest
#   make record   re-record tests/ui, tests/diagnostics and tests/packs expectations from real rustc
#   make dist     write dist/: a static site (IDE, runtime bundle, packs.json) for any file host
#   make bench    run every bench/*.py
#   make clean    remove build outputs; `make distclean` also removes .venv, node_modules, instance/
#
# Every step is guarded by a file that records it (stamps inside .venv/ and node_modules/,
# client/dist/.built, wasm/dist/manifest.json), so a second run does nothing slow.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := run
.DELETE_ON_ERROR:

PYTHON ?= python3
VENV   := .venv
VPY    := $(VENV)/bin/python
HOST   ?= 127.0.0.1
PORT   ?= 8000

VENV_STAMP    := $(VENV)/.ferrite-installed
NODE_STAMP    := node_modules/.ferrite-npm-ci
CLIENT_STAMP  := client/dist/.built
RUNTIME_STAMP := wasm/dist/manifest.json

# Sources whose change means a rebuild (caches and build outputs excluded).
CLIENT_SOURCES    := $(shell find client -type f -not -path 'client/dist/*' 2>/dev/null) \
                     $(wildcard tsconfig.json)
TOOLCHAIN_SOURCES := $(shell find toolchain -type f -not -path '*/__pycache__/*' -not -name '*.pyc' 2>/dev/null)

.PHONY: run test record bench clean distclean venv node client runtime db browser postgres typecheck pytest bootstrap dist

# ---------------------------------------------------------------- bootstrap

$(VENV_STAMP): pyproject.toml
	test -x $(VPY) || $(PYTHON) -m venv $(VENV)
	$(VPY) -m pip install --quiet --disable-pip-version-check -e '.[server,dev]'
	touch $@

venv: $(VENV_STAMP)

$(NODE_STAMP): package-lock.json package.json
	npm ci --no-audit --no-fund
	touch $@

node: $(NODE_STAMP)

$(CLIENT_STAMP): $(NODE_STAMP) $(CLIENT_SOURCES) package.json
	npm run build
	test -f client/dist/index.html
	touch $@

client: $(CLIENT_STAMP)

$(RUNTIME_STAMP): $(VENV_STAMP) $(NODE_STAMP) $(TOOLCHAIN_SOURCES) pyproject.toml wasm/build.py
	$(VPY) wasm/build.py
	touch $@

runtime: $(RUNTIME_STAMP)

# Idempotent and quick: applies the Alembic migrations not yet applied (server/migrations).
db: $(VENV_STAMP)
	$(VPY) -m flask --app server db upgrade

bootstrap: venv node client runtime db

# ---------------------------------------------------------------- run

run: bootstrap
	@echo "Ferrite: serving http://$(HOST):$(PORT)/  (Ctrl-C to stop)"
	$(VPY) -m flask --app server run --host $(HOST) --port $(PORT)

# ---------------------------------------------------------------- test

# Debian's chromium drives the browser tests (never `playwright install`: no browser downloads).
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi; \
	  $$sudo apt-get update; \
	  $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; \
	fi

# Debian's PostgreSQL: tests/api start a throwaway cluster with its initdb/pg_ctl
# (on a temporary directory and a free port on 127.0.0.1) and run the API tests on it too.
postgres:
	@if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then \
	  if [ "$$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi; \
	  $$sudo apt-get update; \
	  $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql; \
	fi

typecheck: $(NODE_STAMP)
	npm run typecheck

pytest: $(VENV_STAMP)
	$(VPY) -m pytest -q

test: bootstrap browser postgres
	npm run typecheck
	$(VPY) -m pytest -q

# ---------------------------------------------------------------- record / bench

# Needs real rustc and cargo on the machine.
record: $(VENV_STAMP)
	$(VPY) tests/ui/record.py
	$(VPY) tests/diagnostics/record.py
	$(VPY) tests/packs/record.py

# A static site for any file host / CDN (no API): client, runtime/, packs.json.
dist: $(CLIENT_STAMP) $(RUNTIME_STAMP)
	$(VPY) -m server.dist --out dist

bench: $(VENV_STAMP) $(RUNTIME_STAMP)
	@shopt -s nullglob; benches=(bench/*.py); \
	if [ $${#benches[@]} -eq 0 ]; then echo "no bench/*.py yet"; fi; \
	for bench in "$${benches[@]}"; do echo "== $$bench"; $(VPY) "$$bench"; done

# ---------------------------------------------------------------- clean

clean:
	rm -rf client/dist wasm/dist dist build *.egg-info .pytest_cache .benchmarks test-results
	find . -name __pycache__ -type d -not -path './.venv/*' -not -path './node_modules/*' -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV) node_modules instance
