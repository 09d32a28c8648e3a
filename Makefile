# Everything a developer needs, from a machine with only Python 3.11+ and pip.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench lint venv clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

## Launch the desktop app (first run offers demo data).
run: $(STAMP)
	$(BIN)/finapp-gui

## The whole suite, headless.
test: $(STAMP)
	$(BIN)/ruff check finapp tests bench
	$(BIN)/python -m pytest -q

## Benchmark figures as a table.
bench: $(STAMP)
	$(BIN)/python -m bench

lint: $(STAMP)
	$(BIN)/ruff check finapp tests bench

clean:
	rm -rf $(VENV) build dist *.egg-info
