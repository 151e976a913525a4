# Newsroom: `make run` serves the demo site, `make test` runs the whole suite (what CI runs),
# `make test-fast` everything but the browser and live-gunicorn tests (everyday work).
PYTHON ?= python3
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test test-fast a11y bench bench-search lint format check stop-db clean backup restore audit loadtest faults

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install -q --disable-pip-version-check -e ".[dev]"
	@touch $(STAMP)

install: $(STAMP)

# The job worker (imports, hourly/weekly upkeep) runs beside the development server and
# stops with it (Ctrl-C, or runserver ending for any reason).
run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	@$(BIN)/python manage.py run_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# scripts/test-prereqs.sh first: Redis, Chromium, wrk, Java, Node and node_modules are
# installed when missing (as root), or it stops at once with the command to run.
test: install
	scripts/test-prereqs.sh
	$(BIN)/pytest $(PYTEST_ARGS)

test-fast: install
	scripts/test-prereqs.sh --fast
	$(BIN)/pytest -m "not browser and not live" $(PYTEST_ARGS)

# W3C Nu HTML checker + axe-core on the public pages in Debian's Chromium (also part of `make test`).
a11y: install
	scripts/test-prereqs.sh
	$(BIN)/pytest -m browser tests/browser/test_public_a11y.py

# Load test of the public pages (needs wrk: apt-get install -y wrk). BENCH_ARGS="--articles 20000 --no-cache"
# then the load test under publishing (requests/s, p99, seconds until a publication is public).
bench: install
	$(BIN)/python manage.py bench $(BENCH_ARGS)
	$(BIN)/python manage.py loadtest $(LOADTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check: install
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run

# Database + media in one archive under var/backups/ (BACKUP_ARGS="--output FILE").
backup: install
	$(BIN)/python manage.py backup $(BACKUP_ARGS)

# make restore ARCHIVE=var/backups/newsroom-….tar.gz [RESTORE_ARGS=--force]
restore: install
	@test -n "$(ARCHIVE)" || { echo "usage: make restore ARCHIVE=var/backups/<file>.tar.gz"; exit 2; }
	$(BIN)/python manage.py restore "$(ARCHIVE)" $(RESTORE_ARGS)

# pip-audit over the installed pins; fails on a known vulnerability that has a fix.
audit: install
	$(BIN)/python scripts/audit.py $(AUDIT_ARGS)

# Database outage under load (gunicorn + its own PostgreSQL), crash and full-disk saves.
faults: install
	$(BIN)/pytest -s tests/live/test_database_outage.py tests/test_faults.py

# 64 connections for 60 s (LOADTEST_ARGS="--duration 15" in CI) while an editor publishes.
loadtest: install
	@command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 2; }
	$(BIN)/python manage.py loadtest $(LOADTEST_ARGS)

# Search timings (p50/p95) and the EXPLAIN plan on the current database.
bench-search: install
	$(BIN)/python manage.py bench_search

stop-db: install
	$(BIN)/python -c "from newsroom.embedded_db import stop; stop()"

clean:
	rm -rf $(VENV) var
