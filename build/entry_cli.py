"""Frozen entry point of ``selfcheck-cli``: always the command line (help without a command)."""

from __future__ import annotations

import multiprocessing
import sys

from selfcheck.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the register verifies reports in worker processes
    sys.exit(main())
