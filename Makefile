# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed

.PHONY: install setup run test test-main test-conformance lint format messages

$(INSTALLED): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $(INSTALLED)

install: $(INSTALLED)

setup: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py createcachetable
	$(PY) manage.py setup_roles
	$(PY) manage.py load_demo_content
	$(PY) manage.py update_index
	$(PY) manage.py collectstatic --noinput --verbosity 0

run: setup
	$(PY) manage.py runserver 127.0.0.1:8000

test: test-main test-conformance

test-main: install
	$(PY) -m pytest

test-conformance: install
	$(PY) -m pytest -c search/conformance/pytest.ini --rootdir=.

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# Extract and compile our own UI strings (needs GNU gettext; the .mo files are committed).
messages: install
	$(PY) manage.py makemessages --locale th --ignore ".venv/*" --ignore "staticfiles/*" --no-obsolete
	$(PY) manage.py compilemessages --locale th --ignore ".venv/*"
