# AI Safety Self-Check — developer entry points.
#   make run    create .venv, install, start the program
#   make test   create .venv, install, run the whole suite (Qt offscreen)
#   make demo   headless end-to-end run on a throw-away data directory

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test demo lint typecheck bench bundle bundle-smoke system-deps translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Libraries Qt needs on a bare Debian machine, and the independent PDF
# validators the tests call (pdfsig, certutil). Installed only when missing
# and when apt-get can be used; otherwise the tests that need them skip.
system-deps:
	@if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	  missing=""; \
	  command -v pdfsig >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	  command -v pdftoppm >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	  command -v certutil >/dev/null 2>&1 || missing="$$missing libnss3-tools"; \
	  command -v strace >/dev/null 2>&1 || missing="$$missing strace"; \
	  ldconfig -p | grep -q libEGL.so.1 || missing="$$missing libegl1"; \
	  ldconfig -p | grep -q libGL.so.1 || missing="$$missing libgl1"; \
	  ldconfig -p | grep -q libxkbcommon.so.0 || missing="$$missing libxkbcommon0"; \
	  ldconfig -p | grep -q libfontconfig.so.1 || missing="$$missing libfontconfig1"; \
	  ldconfig -p | grep -q libdbus-1.so.3 || missing="$$missing libdbus-1-3"; \
	  ldconfig -p | grep -q libglib-2.0.so.0 || missing="$$missing libglib2.0-0"; \
	  if [ -n "$$missing" ]; then \
	    echo "Installing system packages:$$missing"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null) \
	      || echo "apt-get failed; tests that need these packages will skip"; \
	  fi; \
	else echo "Not root or no apt-get: system packages are not installed (tests needing them skip)"; fi

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: $(STAMP) translations
	$(BIN)/selfcheck

test: $(STAMP) system-deps translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check desktop tests benchmarks build
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

demo: $(STAMP) translations
	$(BIN)/python build/tools/demo.py

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py

# The offline bundle: dist/ai-selfcheck-<version>-<os>-<arch>/, its archive and
# .sha256 (see docs/install.md). bundle-smoke runs the bundle and no-network tests
# on a fresh build; they also run within `make test`.
bundle: $(STAMP) translations
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6.6'
	$(BIN)/python build/tools/bundle.py

bundle-smoke: $(STAMP) system-deps translations
	SELFCHECK_BUNDLE_REBUILD=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest \
	  tests/test_bundle.py tests/test_no_network.py

clean:
	rm -rf $(VENV) dist build/work .pytest_cache .mypy_cache .ruff_cache
