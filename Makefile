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

.PHONY: run test demo lint typecheck bench bundle bundle-dev bundle-smoke bundle-old-glibc-test bundle-aarch64 \
	system-deps run-deps fresh-test translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# System packages: the libraries the Qt binaries of the installed PySide6 link (read
# from the binaries themselves by build/tools/sysdeps.py, mapped to Debian packages by
# desktop/selfcheck/syslibs.py), binutils for PyInstaller, and for the tests the
# independent PDF validators (pdfsig, certutil), strace, xvfb-run and LibreOffice headless
# (it opens the exported workbooks and Word drafts as a user's office suite would). Installed with
# apt-get when root on a Debian-like system; otherwise listed (tests needing them skip).
system-deps: $(STAMP)
	@$(BIN)/python build/tools/sysdeps.py --for test --install \
	  || echo "system-deps: not everything could be installed (see above)"

run-deps: $(STAMP)
	@$(BIN)/python build/tools/sysdeps.py --for run --install \
	  || echo "run-deps: not everything could be installed (see above)"

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: $(STAMP) run-deps translations
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

# The offline bundle for Linux systems from glibc 2.28 on (Kylin V10, UOS 20, …):
# dist/ai-selfcheck-<version>-linux-<arch>/, its archive and .sha256 (docs/install.md).
# Built with a CPython compiled for glibc 2.28 (build/tools/portable.py; cached in
# ~/.cache/ai-selfcheck-build; cold about 15 min, warm a few). It prints the table of
# symbol versions its files need and fails above the floor.
bundle: $(STAMP) translations
	@$(BIN)/python build/tools/sysdeps.py --for bundle --install || true
	$(BIN)/python build/tools/portable.py bundle

# The bundle for old systems, tried in a brand-new Debian 11 (needs root and
# ../shared/tools/fresh-machine): symbol versions, size, and its smoke test there.
bundle-old-glibc-test: $(STAMP) system-deps translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -rs tests/test_portable_bundle.py

# The ARM64 bundle, built and tested in an arm64 Debian 11 root under qemu-user
# (root; slow: the suite and the build are emulated). Lands in dist/.
bundle-aarch64: $(STAMP)
	bash build/tools/bundle-aarch64.sh

# A quick bundle from the development environment (this machine's glibc), as the
# tests in tests/test_bundle.py build it; bundle-smoke runs them on a fresh build.
bundle-dev: $(STAMP) translations
	$(BIN)/python build/tools/bundle.py

bundle-smoke: $(STAMP) system-deps translations
	SELFCHECK_BUNDLE_REBUILD=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest \
	  tests/test_bundle.py tests/test_no_network.py

# `make test` in a clean clone of HEAD on a brand-new Debian 12 (../shared/tools/fresh-machine):
# catches an install step that only works because this machine has something installed.
# Skipped, with the reason, without root, the Debian mirror or the tool.
fresh-test:
	@bash build/tools/fresh-test.sh make test

clean:
	rm -rf $(VENV) dist build/work .pytest_cache .mypy_cache .ruff_cache
