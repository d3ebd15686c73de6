# Warta: `make demo` serves the demo paper, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
export WARTA_DATA ?= $(CURDIR)/var

.DEFAULT_GOAL := help
.PHONY: help demo serve install test test-postgres lint chromium axe services clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "Warta needs Python 3.11 or newer ($(PYTHON) is older)."; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

install: $(VENV)/.installed ## Create .venv and install Warta into it

demo: $(VENV)/.installed demo-photos ## Install, migrate, load the demo paper and serve it on PORT (8000)
	$(BIN)/warta migrate --noinput -v0
	$(BIN)/warta collectstatic --noinput -v0
	WARTA_BASE_URL=$${WARTA_BASE_URL:-http://127.0.0.1:$(PORT)} $(BIN)/warta demo
	$(BIN)/warta serve --host $(HOST) --port $(PORT)

# The demo paper's photographs: freely licensed wallpapers from Debian's packages,
# credited in warta/demo/photos.py. Without them the demo draws its pictures.
DEMO_PHOTO_PACKAGES := lomiri-wallpapers-16.04 mate-backgrounds plasma-workspace-wallpapers
.PHONY: demo-photos
demo-photos: ## Install the demo paper's photographs (Debian packages; as root, when missing)
	@missing=""; \
	for package in $(DEMO_PHOTO_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "ok installed" || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; } \
			|| echo "Could not install$$missing: the demo draws its pictures instead."; \
		else echo "The demo's photographs come from Debian packages (apt-get install$$missing); without them it draws its pictures."; fi; \
	fi

serve: $(VENV)/.installed ## Serve what is already there, without loading the demo
	$(BIN)/warta serve --host $(HOST) --port $(PORT)

chromium: ## Install Debian's chromium for the browser tests (as root, when missing)
	@command -v chromium >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
		else echo "chromium is missing: install it (apt-get install chromium) for the browser tests."; exit 1; fi; }

# The real-server tests (faults, scale-out, nginx) start their own PostgreSQL,
# Redis and nginx from Debian's packages; without root they are skipped.
SERVICE_PACKAGES := postgresql redis-server nginx libnginx-mod-http-cache-purge
services: ## Install PostgreSQL, Redis and nginx for the real-server tests (as root, when missing)
	@missing=""; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	command -v redis-server >/dev/null 2>&1 || missing="$$missing redis-server"; \
	command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing="$$missing nginx"; \
	[ -e /usr/lib/nginx/modules/ngx_http_cache_purge_module.so ] || missing="$$missing libnginx-mod-http-cache-purge"; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
		else echo "Missing$$missing: the real-server tests will be skipped (apt-get install$$missing)."; fi; \
	fi

AXE := node/node_modules/axe-core/axe.min.js

axe: $(AXE) ## Install axe-core (npm) into node/ for the accessibility tests

$(AXE):
	@command -v npm >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm; \
		else echo "npm is missing: install Node.js and npm for the accessibility tests."; exit 1; fi; }
	npm install --prefix node --no-save --no-package-lock --no-audit --no-fund axe-core@4

lint: $(VENV)/.installed-dev ## ruff, the import layers (import-linter), migrations up to date
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	DJANGO_SETTINGS_MODULE=warta.settings.test $(BIN)/warta makemigrations --check --dry-run

# Two test processes (pytest-xdist), one file at a time each: the suite waits on
# servers, browsers and demo loads, so two processes keep two cores busy.
# `make test TEST_WORKERS=0` runs it in one process.
TEST_WORKERS ?= 2
PYTEST_PARALLEL = $(if $(filter 0,$(TEST_WORKERS)),,-n $(TEST_WORKERS) --dist loadfile)

test: $(VENV)/.installed-dev chromium axe services demo-photos lint ## Install the dev extra and run every check and test
	$(BIN)/pytest $(PYTEST_PARALLEL)

test-postgres: $(VENV)/.installed-dev chromium axe services demo-photos ## The tests again on a throwaway PostgreSQL + Redis
	.ci/with-services $(BIN)/pytest $(PYTEST_PARALLEL)

clean: ## Remove .venv (the data in var/ stays)
	rm -rf $(VENV) *.egg-info

.PHONY: audit-admin
audit-admin: $(VENV)/.installed-dev chromium ## The admin language audit alone (also in make test): every screen of every role; fails on any English string
	$(BIN)/pytest $(PYTEST_PARALLEL) -m admin_language tests/browser

.PHONY: bench
bench: $(VENV)/.installed ## Benchmark reader pages with wrk against nginx static (ARTICLES=10000)
	@command -v wrk >/dev/null 2>&1 && command -v nginx >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx; \
		else echo "wrk and nginx are missing: install them (apt-get install wrk nginx)."; exit 1; fi; }
	$(BIN)/python bench/run.py

.PHONY: bench-search lighthouse
bench-search: $(VENV)/.installed ## Search latency and indexing at ARTICLES=100000, SQLite and PostgreSQL
	$(BIN)/python bench/search_run.py

LIGHTHOUSE := node/node_modules/.bin/lighthouse
lighthouse: $(VENV)/.installed chromium $(LIGHTHOUSE) ## Lighthouse (mobile) on home, a section, an article and a gallery; 0.95 in every category, CLS 0
	$(BIN)/python bench/lighthouse.py

$(LIGHTHOUSE):
	@command -v npm >/dev/null 2>&1 || { echo "npm is missing: install Node.js and npm for Lighthouse."; exit 1; }
	npm install --prefix node --no-save --no-package-lock --no-audit --no-fund lighthouse@12 axe-core@4
