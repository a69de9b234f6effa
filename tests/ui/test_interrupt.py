"""Ctrl+C in the terminal that started the window: the window closes as if its close
button was pressed — what was typed is saved, open dialogs close, a running export
finishes or leaves nothing — with no traceback and exit status 0.

Each case runs the real program (``python -m selfcheck --data-dir DIR``) in a child
process that drives its own window and sends itself SIGINT."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from selfcheck.core.answers import Status
from tests.report_support import ID_PASS, make_pki, new_assessment, open_collection

pytestmark = [pytest.mark.gui,
              pytest.mark.skipif(not hasattr(signal, "SIGINT") or os.name == "nt",
                                 reason="POSIX signals")]

#: The child: schedules its steps on the event loop, then runs the program's own entry.
DRIVER = r"""
import os, signal, sys
import selfcheck.core.collection
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from selfcheck.core.answers import Status
from selfcheck.ui.app import create_application
from selfcheck.ui.main_window import MainWindow

data_dir, assessment_id, case = sys.argv[1], int(sys.argv[2]), sys.argv[3]
app = create_application([sys.argv[0]])

def window():
    return next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))

def interrupt():
    print("interrupting", flush=True)
    os.kill(os.getpid(), signal.SIGINT)

def fill_export():
    dialog = QApplication.activeModalWidget()
    dialog.output.setText(sys.argv[4])
    dialog.sign.setChecked(True)
    dialog.identity.setText(sys.argv[5])
    dialog.passphrase.setText(sys.argv[6])
    dialog.export()
    QTimer.singleShot(30, interrupt)

def start():
    win = window()
    win.open_assessment(assessment_id)
    detail = win.workspace.detail
    detail.set_status(Status.NOT_IMPLEMENTED)
    QTest.keyClicks(detail.form.justification, "typed just before Ctrl+C")
    if case == "plain":
        interrupt()
    elif case == "dialog":
        QTimer.singleShot(300, interrupt)
        win.show_about()  # modal: the interrupt arrives while it is open
        print("dialog closed", flush=True)
    elif case == "export":
        QTimer.singleShot(300, fill_export)
        win.export_report()

QTimer.singleShot(200, start)
from selfcheck.__main__ import main
main(["--data-dir", data_dir])
"""


def _run(data_dir: Path, assessment_id: int, case: str, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", DRIVER, str(data_dir), str(assessment_id), case, *extra],
        capture_output=True, text=True, timeout=120, env=env)


def _saved_justification(data_dir: Path, assessment_id: int) -> tuple[Status, str]:
    with open_collection(data_dir) as collection:
        answers = collection.answers(assessment_id)
        first = collection.assessment(assessment_id).items[0].id
        answer = answers[first]
        return answer.status, answer.justification


@pytest.mark.parametrize("case", ["plain", "dialog"])
def test_ctrl_c_closes_the_window_and_saves_what_was_typed(data_dir: Path, case: str) -> None:
    with open_collection(data_dir) as collection:
        assessment_id = new_assessment(collection)
    done = _run(data_dir, assessment_id, case)
    assert done.returncode == 0, done.stderr
    assert "interrupting" in done.stdout
    assert "Traceback" not in done.stderr and "KeyboardInterrupt" not in done.stderr, done.stderr
    assert _saved_justification(data_dir, assessment_id) == (
        Status.NOT_IMPLEMENTED, "typed just before Ctrl+C")


def test_ctrl_c_during_a_signed_export(data_dir: Path, tmp_path: Path) -> None:
    pki = make_pki(tmp_path / "pki")
    with open_collection(data_dir) as collection:
        assessment_id = new_assessment(collection)
    output = tmp_path / "report.pdf"
    done = _run(data_dir, assessment_id, "export", str(output), str(pki.identity), ID_PASS)
    assert done.returncode == 0, done.stderr
    assert "interrupting" in done.stdout
    assert "Traceback" not in done.stderr and "asyncio" not in done.stderr, done.stderr
    # the export ran to its end before the process ended: a whole, authentic report
    from selfcheck.core.reports.verify import verify_report

    assert output.is_file()
    assert verify_report(output, [pki.root]).authentic
    assert not list(tmp_path.glob("report.pdf.*"))  # no temporary file left behind
    assert _saved_justification(data_dir, assessment_id)[1] == "typed just before Ctrl+C"
