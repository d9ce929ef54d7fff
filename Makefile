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

## make demo: a fresh data folder, the bundled sample corpus ingested, a summary and sample searches
demo: install
	rm -rf $(DEMO_DIR)
	$(BIN)/sahelwatch --data-dir $(DEMO_DIR) init
	$(BIN)/sahelwatch --data-dir $(DEMO_DIR) ingest sahelwatch/data/sample
	@echo; echo "Search: الارهاب (finds الإرهاب, إرهابية ...)"
	$(BIN)/sahelwatch --data-dir $(DEMO_DIR) documents search الارهاب --limit 3
	@echo; echo "Search: Tillaberi (finds Tillabéri)"
	$(BIN)/sahelwatch --data-dir $(DEMO_DIR) documents search Tillaberi --limit 3

## make test: everything the tests need (packages, PostgreSQL), then every test
test: install
	eval "$$(bash scripts/test-services.sh)" && $(BIN)/python -m pytest -q -p no:cacheprovider

clean:
	rm -rf $(VENV) $(DEMO_DIR) build *.egg-info
