PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# The .deb's compressor for make package: zstd (seconds) or xz (smallest, minutes).
COMPRESSION ?= zstd

.PHONY: run test bench clean server package

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m desktop.main demo

# The central server on the embedded SQLite database in .server-data, with the demo municipality.
server: $(STAMP)
	$(VENV)/bin/quittance-server init --if-needed --taxpayers resources/server/demo-taxpayers.csv
	$(VENV)/bin/quittance-server serve --host $${HOST:-127.0.0.1} --port $${PORT:-8000}

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# Installers into dist/: the PyInstaller one-folder app, its .deb, and the NSIS script compiled
# around a stand-in payload (docs/packaging/installers.md).
package: $(STAMP)
	$(PY) packaging/make_package.py --compression $(COMPRESSION)

bench: $(STAMP)
	$(PY) -m bench $(SUITE)

clean:
	rm -rf $(VENV) .demo .server-data dist build/packaging
