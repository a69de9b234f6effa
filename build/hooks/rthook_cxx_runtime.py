"""Runtime hook of the bundle (Linux): the C++ runtime, when the system's is older.

A bundle whose Qt needs a newer libstdc++ than its target systems ship (aarch64:
PySide6 6.8.0.2 needs GCC 10's GLIBCXX_3.4.28; Kylin V10 SP1 has GCC 9's) carries
one in ``_internal/cxx-runtime/``, off the library search path. Before anything
loads Qt, the carried runtime is loaded when the system's lacks the needed
version; otherwise the system's own (possibly newer) runtime is used, as system
plugins such as input methods may need it. See ``selfcheck.syslibs``.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path


def _load_cxx_runtime() -> None:
    from selfcheck import syslibs

    # A damaged copy is passed over: the library check before Qt names what cannot be loaded.
    with contextlib.suppress(OSError):
        syslibs.load_carried_cxx_runtime(Path(getattr(sys, "_MEIPASS", ".")) / syslibs.CXX_RUNTIME_DIR)


_load_cxx_runtime()
