# analysis_kit: `make demo` serves the dashboard on the bundled example (Voila on 127.0.0.1,
# Ctrl-C stops it), `make report` writes the report of the example, `make test` runs the checks.
# Each target creates the virtual environment in .venv first (only Python 3.11+ and make needed).

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo report test lint typecheck pytest bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,scale]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/analysis-kit dashboard

report: $(STAMP)
	$(BIN)/analysis-kit report analysis_kit/data/example_article.txt --out demo-output/report --force

lint: $(STAMP)
	$(BIN)/ruff check analysis_kit tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/python -m pytest -q

test: lint typecheck pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/load_speed.py
	$(BIN)/python benchmarks/sentiment_speed.py
	$(BIN)/python benchmarks/textblob_parity.py
	$(BIN)/python benchmarks/accuracy.py
	$(BIN)/python benchmarks/actors_quality.py
	$(BIN)/python benchmarks/quotes_quality.py
	$(BIN)/python benchmarks/framing_speed.py
	$(BIN)/python benchmarks/widgets_speed.py
	$(BIN)/python benchmarks/scale.py

clean:
	rm -rf $(VENV) demo-output .pytest_cache .mypy_cache .ruff_cache
