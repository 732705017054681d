# Every target makes its own virtual environment (.venv) from pyproject.toml.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint bench gallery mutate clean

$(VENV)/.run: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	touch $@

$(VENV)/.test: $(VENV)/.run
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

demo: $(VENV)/.run  ## build the bundled example books into wordspictures-demo/
	$(BIN)/wordspictures demo

test: $(VENV)/.test  ## run the test suite
	$(BIN)/python -m pytest -q

lint: $(VENV)/.test  ## ruff and mypy
	$(BIN)/ruff check wordspictures tests benchmarks
	$(BIN)/mypy

bench: $(VENV)/.test  ## timing targets: writes benchmarks/results.md and speech-results.md
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/speech.py

mutate: $(VENV)/.test  ## mutation testing of the modules that decide what the child reads (docs/testing.md); ONLY="rules output": those
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[mutate]'
	$(BIN)/python -m tests.mutate $(ONLY)

gallery: $(VENV)/.run  ## one sheet with every drawing part, for review
	$(BIN)/python -m wordspictures.illustrate.gallery illustrations/gallery.png

clean:
	rm -rf $(VENV) wordspictures-demo .pytest_cache
