# Gazette. `make run` serves the demo site; `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run install messages makemessages test test-fast browser-deps html-checker lint format check bench serve worker clean

# Compiled translations (.mo, not in git), one per catalogue, rebuilt when its .po is newer.
MO_FILES := $(patsubst %.po,%.mo,$(wildcard gazette/locale/*/LC_MESSAGES/*.po))

run: install messages
	@$(PY) manage.py migrate --noinput -v0
	@$(PY) manage.py load_demo
	@$(PY) manage.py collectstatic --noinput -v0
	@HOST=$(HOST) PORT=$(PORT) PY=$(PY) ./scripts/run_site

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install -q --upgrade pip
	@$(PY) -m pip install -q -r requirements.lock
	@rm -f $(VENV)/.installed-* && touch $@

messages: $(MO_FILES)

# msgfmt when the machine has it, else a pure-Python compiler (the script has both).
%.mo: %.po
	@$(PYTHON) scripts/compile_messages.py $<

# After changing interface strings: refresh the catalogues, then translate what is new.
makemessages: install
	@$(PY) manage.py makemessages -l ru -l ar --ignore=.venv --ignore=staticfiles --ignore=bench

browser-deps:
	@./scripts/install_browser

html-checker:
	@./scripts/install_html_checker

test: install messages browser-deps html-checker
	@$(PY) -m pytest -n 2 --dist loadfile -q $(PYTEST_ARGS)

test-fast: install messages html-checker
	@$(PY) -m pytest -n 2 --dist loadfile -q -m "not browser" $(PYTEST_ARGS)

lint: install
	@$(VENV)/bin/ruff check .
	@$(VENV)/bin/ruff format --check .

format: install
	@$(VENV)/bin/ruff format .
	@$(VENV)/bin/ruff check --fix .

check: install
	@$(PY) manage.py check
	@$(PY) manage.py makemigrations --check --dry-run

worker: install
	@$(PY) manage.py run_worker

bench: install
	@$(PY) bench/run.py

# Production setup on this machine: nginx in front of granian (a process per core) and the worker.
serve: install messages
	@PY=$(PY) ./scripts/serve

clean:
	rm -rf $(VENV) staticfiles
