# Two commands on a fresh machine: `make run` and `make test`. `make help` lists the rest.
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SYSTEM_STAMP := $(VENV)/.system-$(shell uname -n)
PYTEST := env QT_QPA_PLATFORM=offscreen .ci/pytest-strict $(BIN)/pytest

.PHONY: help setup system-packages run serve migrate lint format revision check-migrations \
	test test-package bench package translations clean bytecode

help:
	@echo "make run            set up .venv (first time: a few minutes) and start the desktop app; ARGS='...' passes options"
	@echo "make test           system packages, ruff, mypy, import-linter, then every test with PostgreSQL and a real keyring"
	@echo "make test-package   build the PyInstaller bundle and test it (.ci/run runs it after make test)"
	@echo "make serve          the central server on http://127.0.0.1:8000 (ARGS='--host ... --port ...')"
	@echo "make migrate        bring the server's database up to date (BASISSCAN_SERVER_DB, see docs/server.md)"
	@echo "make revision       new Alembic migrations from the models: WHAT=device|server MSG='what changed'"
	@echo "make check-migrations  fail when the models and the migrations differ (device and server)"
	@echo "make format         ruff format and ruff's safe fixes"
	@echo "make bench          the benchmark table (docs/benchmarks.md)"
	@echo "make package        the one-folder desktop bundle in build/dist"
	@echo "make clean          remove .venv, build output and caches"

# Before the long pip install: the system libraries Qt needs (installed when root or sudo allows, or the one
# command to run). Checked once per machine and venv.
$(SYSTEM_STAMP):
	.ci/system-packages run
	@mkdir -p $(VENV) && touch $@

$(STAMP): pyproject.toml | $(SYSTEM_STAMP)
	@test -x $(PY) || { echo "Creating the virtual environment $(VENV)"; python3 -m venv $(VENV); }
	@echo "Installing Python packages into $(VENV) (first time: 2-3 minutes)"
	$(PY) -m pip install --disable-pip-version-check --progress-bar on -e '.[dev,server]'
	$(PY) -c "import advisor_app, sqlalchemy, PySide6.QtWidgets, fastapi"
	@touch $(STAMP)

setup: $(STAMP) translations

system-packages:
	.ci/system-packages test

# Qt translations: the .qm files the app loads, built from the .ts sources (docs/ui.md says how to update those).
TS_FILES := $(wildcard resources/translations/*.ts)
translations: $(TS_FILES:.ts=.qm)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# The project is installed editable, so pip compiled none of its bytecode; where PYTHONDONTWRITEBYTECODE is set
# (as on the CI machines) each start compiled every module again (15 % of a cold start). Compiled here, only
# what changed, so a start from the venv reads bytecode as an installed app and the bundle do.
bytecode: setup
	$(PY) -m compileall -q -j 0 advisor_app ui/advisor_ui sync/advisor_sync benchmarks

run: bytecode
	$(BIN)/advisor-app $(ARGS)

serve: setup
	$(BIN)/advisor-server serve $(ARGS)

migrate: setup
	$(BIN)/advisor-server migrate

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

WHAT ?= device
revision: setup
	@test -n "$(MSG)" || { echo "usage: make revision WHAT=device|server MSG='what changed'"; exit 2; }
	$(PY) .ci/alembic_revision.py $(WHAT) -m "$(MSG)"

check-migrations: setup
	$(PY) .ci/alembic_revision.py device --check
	$(PY) .ci/alembic_revision.py server --check

# Everything but the bundle build; PostgreSQL and the keyring are started by .ci/with-services.
test: lint system-packages
	.ci/with-services $(PYTEST) -m "not package and not convergence_large" $(PYTEST_ARGS)

test-package: setup system-packages
	$(PYTEST) -m package $(PYTEST_ARGS)

bench: bytecode
	$(PY) -m benchmarks $(BENCH_ARGS)

package: setup
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath build/dist --workpath build/work packaging/basisscan.spec
	@du -sh build/dist/basisscan

clean:
	rm -rf $(VENV) .venv-floors build dist .mypy_cache .pytest_cache .ruff_cache .hypothesis .import_linter_cache \
		basisscan.egg-info
	find . -path ./.git -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +
