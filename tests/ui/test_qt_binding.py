"""The installed Qt binding keeps the reference counts of None, True and False.

PySide6 6.12 on CPython 3.11 takes one reference away from ``None`` on every
void Qt call and from ``True``/``False`` on every ``Signal.emit``; a real
session then aborts with "deallocating None". pyproject.toml pins the binding
below 6.12; this test fails if an affected version is ever installed.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

PROBE = """
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])
label = QLabel()

class Probe(QObject):
    ping = Signal(bool)

probe = Probe()
none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
for _ in range(20000):
    label.setText("x")
    probe.ping.emit(True)
lost = (none_before - sys.getrefcount(None), true_before - sys.getrefcount(True))
print(lost)
sys.exit(1 if max(lost) > 100 else 0)
"""


@pytest.mark.gui
def test_binding_keeps_singleton_reference_counts() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, (result.returncode, result.stdout, result.stderr[-500:])
