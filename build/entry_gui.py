"""Frozen entry point of ``selfcheck``: the window, or the command line when given a command.

``selfcheck --cli ARGS`` always runs the command line (help without a
command); the ``selfcheck-cli`` launcher of Linux bundles uses it. On Windows
this executable is windowed and ``selfcheck-cli.exe`` is its console twin.
"""

from __future__ import annotations

import multiprocessing
import sys

CLI_FLAG = "--cli"


def run() -> int:
    """Dispatch: ``--cli`` to the command line, anything else as ``python -m selfcheck``."""
    args = sys.argv[1:]
    if args[:1] == [CLI_FLAG]:
        from selfcheck.cli.main import main as cli_main

        return int(cli_main(args[1:]))
    from selfcheck.__main__ import main

    return int(main(args))


if __name__ == "__main__":
    multiprocessing.freeze_support()  # the register verifies reports in worker processes
    sys.exit(run())
