# Two commands do all set-up on a fresh machine:
#   make demo   create .venv, install, run the demo study against the built-in sandbox, print the report
#   make test   install dev dependencies and the local servers the tests need (Dovecot, Cyrus, Chromium, PostgreSQL),
#               lint (style and the layer contracts), run the suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test lint install dev dovecot cyrus chromium postgres sqlite3 bench clean

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

# the demo's database (data/demo.db, named by studies/demo.yaml) is removed first: one left by a version of the
# sandbox that did not yet mark its databases would be refused as data the sandbox did not make
demo: $(BIN)/audit
	@rm -f data/demo.db data/demo.db-wal data/demo.db-shm
	$(BIN)/audit sandbox studies/demo.yaml --demo --factor 5400

dovecot:
	@sh tests/setup-dovecot.sh

# Cyrus IMAP, the second server the mailbox layout tests run on: unpacked under /var/tmp/audit-cyrus, not installed
# (Debian's cyrus-imapd and dovecot-imapd conflict); the second call finds it and returns at once
cyrus:
	@sh tests/setup-cyrus.sh

# a private PostgreSQL (loopback port, data under /var/tmp/audit-postgres) for the tests and benches on PostgreSQL;
# left running: the second call finds it and returns at once
postgres:
	@sh tests/setup-postgres.sh

# the HTML report's browser test: Playwright drives Debian's /usr/bin/chromium (no browser download)
chromium:
	@sh tests/setup-chromium.sh

# the floor bench/report.py measures the export against; without it the ratio is skipped, with a word saying why
sqlite3:
	@command -v sqlite3 >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
		DEBIAN_FRONTEND=noninteractive apt-get update -qq && apt-get install -y -qq sqlite3 >/dev/null; } || true

# ruff for style, import-linter for the layer contracts in pyproject.toml (docs/architecture.md)
lint: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-cache

test: $(VENV)/.dev dovecot cyrus chromium postgres lint
	$(BIN)/python -m pytest

# every benchmark with its defaults (bench/report.py: 1,000,000 probes; its export ratio needs Debian's sqlite3)
bench: $(VENV)/.dev dovecot postgres sqlite3
	@for script in bench/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) data/*.db data/*.db-* data/*.csv .pytest_cache
