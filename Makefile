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

## make demo: a fresh data folder, the bundled sample corpus collected through a folder source (extracted and
## consolidated), an admin user with a random password printed once, and the dashboard at http://127.0.0.1:8000
demo: install
	rm -rf $(DEMO_DIR)
	$(BIN)/sahelwatch --data-dir $(DEMO_DIR) init
	$(BIN)/sahelwatch --data-dir $(DEMO_DIR) sources add sample-corpus --type folder --url $(CURDIR)/sahelwatch/data/sample --enable
	$(BIN)/sahelwatch --data-dir $(DEMO_DIR) run --once --log-level warning
	@echo; echo "Log in as admin with this password (shown once):"
	@$(BIN)/sahelwatch --data-dir $(DEMO_DIR) users create admin --role admin
	@echo; echo "Dashboard: http://127.0.0.1:8000/  (Ctrl-C to stop)"
	$(BIN)/sahelwatch --data-dir $(DEMO_DIR) serve --host 127.0.0.1 --port 8000

## make test: everything the tests need (packages, PostgreSQL), then every test
test: install
	eval "$$(bash scripts/test-services.sh)" && $(BIN)/python -m pytest -q -p no:cacheprovider

clean:
	rm -rf $(VENV) $(DEMO_DIR) build *.egg-info
