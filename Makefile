# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed

.PHONY: install setup run test test-main test-e2e test-demo test-conformance conformance-latest coverage lint format messages axe search-engine search-engine-stop

# The main pass runs on every core (pytest-xdist).
PYTEST := $(PY) -m pytest -n auto

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

# The four passes run side by side (each prints its output when it ends). The
# browser and demo passes share one build of the demo site (tests/demo_build.py).
PASSES := test-main test-e2e test-demo test-conformance
test: install
	@build=$$(mktemp -d "$${TMPDIR:-/tmp}/kmsite-demo-build-XXXXXX"); \
	KMSITE_DEMO_BUILD=$$build $(MAKE) --no-print-directory -j4 --output-sync=target $(PASSES); \
	status=$$?; $(PY) -m tests.demo_build --remove "$$build"; exit $$status

# Every test but the demo's and the browser's, on data the tests build with factories.
test-main: install
	$(PYTEST) -m "not e2e" $(PYTEST_ARGS)

# axe-core, the accessibility checker the browser tests inject, pinned, from npm
# into .vendor/ (git-ignored).
AXE_VERSION := 4.10.3
AXE := .vendor/axe-core-$(AXE_VERSION)/node_modules/axe-core/axe.min.js
# Without npm the accessibility tests skip, saying so (make test still runs).
$(AXE):
	@if command -v npm >/dev/null 2>&1; then \
	  npm install --silent --no-save --no-package-lock --no-audit --no-fund --prefix .vendor/axe-core-$(AXE_VERSION) axe-core@$(AXE_VERSION); \
	else echo "npm is not installed: the accessibility checks (tests/e2e/test_accessibility.py) will skip"; fi

axe: $(AXE)

# Browser journeys (Debian's Chromium) against one live site built by the real
# commands; they skip, saying why, where Chromium is not installed.
test-e2e: install $(AXE)
	$(PY) -m pytest -m e2e tests/e2e $(PYTEST_ARGS)

# The tests marked demo, on the demo site built by the real commands
# (migrations, then load_demo_content).
# One process: each xdist worker would build the whole demo site again.
test-demo: install
	$(PY) -m pytest --demo-site --migrations $(PYTEST_ARGS)

test-conformance: install
	$(PY) -m pytest -c search/conformance/pytest.ini --rootdir=. $(PYTEST_ARGS)

# modelsearch's newest release against our backend: prints how the conformance
# outcomes differ from the pinned release's (report only, never fails).
conformance-latest: install
	$(PY) search/conformance/latest.py

# A single-node OpenSearch from Maven Central artifacts (Java 17 and Maven), in the
# background; its URL is the last line printed. Point the portal or the tests at it
# with OPENSEARCH_URL=<that URL>.
search-engine:
	@search/engine/start.sh

search-engine-stop:
	@search/engine/stop.sh

# The same three passes one after the other, measuring which lines they execute.
coverage: install
	$(PY) -m coverage erase
	$(MAKE) --no-print-directory $(PASSES) PYTEST_ARGS="--cov --cov-append --cov-report="
	$(PY) -m coverage report --skip-covered --sort=cover

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-logo

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# Extract and compile our own UI strings and compile our Thai overrides of the packages'
# (locale/overrides), then report their coverage (needs GNU gettext; the .mo files are committed).
messages: install
	$(PY) manage.py makemessages --locale th --ignore ".venv/*" --ignore "staticfiles/*" --ignore ".vendor/*" --ignore "search/engine/*" --ignore tests --no-obsolete
	$(PY) manage.py compilemessages --locale th --ignore ".venv/*"
	$(PY) manage.py thai_catalogue
