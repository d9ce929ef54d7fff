# Sahel Watch: the two commands of the README's quick start, and what they build on.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DIR ?= demo-data

.PHONY: demo test install clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,postgres]'
	touch $@

install: $(BIN)/.installed

## make demo: a fresh data folder; the bundled UCDP reference history (north-east Nigeria events and
## country-month figures, attributed); the bundled sample corpus collected through a folder source, like
## a live source (extracted and consolidated); a summary and sample searches; an admin user with a random
## password printed once; then collection goes on and the dashboard is served at http://127.0.0.1:8000
demo: install
	rm -rf $(DEMO_DIR)
	$(BIN)/sahelwatch --data-dir $(DEMO_DIR) init
	$(BIN)/sahelwatch --data-dir $(DEMO_DIR) reference import
	$(BIN)/sahelwatch --data-dir $(DEMO_DIR) sources add sample-corpus --type folder --url $(CURDIR)/sahelwatch/data/sample --enable
	$(BIN)/sahelwatch --data-dir $(DEMO_DIR) run --once --log-level warning
	@echo; echo "Latest events:"
	$(BIN)/sahelwatch --data-dir $(DEMO_DIR) events list --since 2026-01-01 --limit 8
	@echo; echo "Search: الارهاب (finds الإرهاب, إرهابية ...)"
	$(BIN)/sahelwatch --data-dir $(DEMO_DIR) documents search الارهاب --limit 2
	@echo; echo "Search: Tillaberi (finds Tillabéri)"
	$(BIN)/sahelwatch --data-dir $(DEMO_DIR) documents search Tillaberi --limit 2
	@echo; echo "Log in as admin with this password (shown once):"
	@$(BIN)/sahelwatch --data-dir $(DEMO_DIR) users create admin --role admin
	@echo; echo "Dashboard: http://127.0.0.1:8000/  (collection goes on; Ctrl-C to stop)"
	$(BIN)/sahelwatch --data-dir $(DEMO_DIR) run --host 127.0.0.1 --port 8000

## make test: everything the tests need (packages, PostgreSQL), then every test
test: install
	eval "$$(bash scripts/test-services.sh)" && $(BIN)/python -m pytest -q -p no:cacheprovider

clean:
	rm -rf $(VENV) $(DEMO_DIR) build *.egg-info
