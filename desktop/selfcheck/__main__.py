"""``selfcheck``: with no command opens the window, otherwise runs the command line."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence

# No third-party pydantic plugins run inside this program; skipping their
# entry-point scan also shortens the start.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


def _gui_data_dir(args: list[str]) -> tuple[bool, str | None]:
    """Whether ``args`` ask for the window (no command), and the --data-dir given."""
    if not args:
        return True, None
    if len(args) == 1 and args[0].startswith("--data-dir="):
        return True, args[0].split("=", 1)[1]
    if len(args) == 2 and args[0] == "--data-dir":
        return True, args[1]
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    wants_gui, data_dir = _gui_data_dir(args)
    if wants_gui:
        # The start makes tens of thousands of objects that live as long as the window
        # (modules, classes, Qt wrappers); collector passes over them are wasted time
        # (about 10 ms). run_gui turns it back on once the window is up.
        gc.disable()
        # Before Qt is imported: a missing system library gets one line naming its
        # package (Linux), not Qt's abort naming another library. Nothing is written.
        from selfcheck.syslibs import EXIT_MISSING_LIBRARY, check_window_libraries

        if problem := check_window_libraries():
            print(problem, file=sys.stderr)
            return EXIT_MISSING_LIBRARY
        # The core first, and all of it the window uses: PySide6 reads the source of every
        # module imported after it (for its __feature__ switch), unless it is told which
        # modules it need not read (selfcheck.ui.qtcompat.spare_feature_scans).
        import selfcheck.core.logs
        import selfcheck.core.progress
        import selfcheck.core.session  # noqa: F401
        from selfcheck.ui.app import finish_process, run_gui

        finish_process(int(run_gui(data_dir)))
    from selfcheck.cli.main import main as cli_main

    return int(cli_main(args))


if __name__ == "__main__":
    sys.exit(main())
