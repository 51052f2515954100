# Two commands on a fresh machine: `make run` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: setup run test lint bench package clean translations

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev,server]' 2> $(VENV)/pip.log \
		|| { cat $(VENV)/pip.log; exit 1; }
	$(PY) -c "import advisor_app, sqlalchemy, PySide6, fastapi"
	touch $(STAMP)

setup: $(STAMP) translations

# Qt translations: the .qm files the app loads, built from the .ts sources (docs/ui.md says how to update those).
TS_FILES := $(wildcard resources/translations/*.ts)
translations: $(TS_FILES:.ts=.qm)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

run: setup
	$(BIN)/advisor-app $(ARGS)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest $(PYTEST_ARGS)

bench: setup
	$(PY) -m benchmarks $(BENCH_ARGS)

package: setup
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath build/dist --workpath build/work packaging/basisscan.spec
	@du -sh build/dist/basisscan

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache
