"""A work-around for a reference-counting bug of the Qt binding in use.

PySide6 6.12 returns ``None`` from every void method, and ``True``/``False``
from ``Signal.emit``, without taking a reference — correct on CPython 3.12+,
where these objects are immortal, but on CPython 3.11 each such call takes one
reference away. After some thousands of calls the interpreter aborts with
"deallocating None" (or True/False), in the middle of a session or at exit.

:func:`protect_singletons` checks once whether the installed binding has the
bug and, if so, gives ``None``, ``True`` and ``False`` a very large number of
references — what CPython 3.12 does by making them immortal. It does nothing
on an unaffected binding or interpreter.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

#: References added to each singleton: far more than any session can take away.
_RESERVE = 1 << 40
_protected = False


def _binding_drops_references() -> bool:
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        ping = Signal()

    probe = Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(8):
        probe.setObjectName("probe")
        probe.ping.emit()
    none_lost = none_before - sys.getrefcount(None)
    true_lost = true_before - sys.getrefcount(True)
    return none_lost >= 8 or true_lost >= 8


def _add_references(obj: object, count: int) -> bool:
    """Raise ``obj``'s reference count by ``count`` (its first field in CPython)."""
    before = sys.getrefcount(obj)
    cell = ctypes.c_ssize_t.from_address(id(obj))
    cell.value += count
    if sys.getrefcount(obj) - before != count:  # not the layout we expect: undo
        cell.value -= count
        return False
    return True


def protect_singletons() -> bool:
    """Apply the work-around when needed; returns whether it was applied."""
    global _protected
    if _protected:
        return True
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    if not _binding_drops_references():
        return False
    _protected = all(_add_references(obj, _RESERVE) for obj in (None, True, False))
    if _protected:
        log.info("PySide6 reference-count work-around applied (CPython %s)",
                 sys.version.split()[0])
    return _protected
