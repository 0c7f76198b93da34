# Two commands do all set-up on a fresh machine:
#   make demo   create .venv, install, run the demo study against the built-in sandbox, print the report
#   make test   install dev dependencies and the local servers the tests need (Dovecot), lint, run the suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test lint install dev dovecot bench clean

$(BIN)/audit: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	@touch $@

$(VENV)/.dev: $(BIN)/audit
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $@

install: $(BIN)/audit
dev: $(VENV)/.dev

demo: $(BIN)/audit
	$(BIN)/audit sandbox studies/demo.yaml --demo --factor 5400

dovecot:
	@sh tests/setup-dovecot.sh

lint: $(VENV)/.dev
	$(BIN)/ruff check .

test: $(VENV)/.dev dovecot lint
	$(BIN)/python -m pytest

bench: $(VENV)/.dev dovecot
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) data/*.db data/*.db-* data/*.csv .pytest_cache
