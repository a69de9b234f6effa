"""No network, provably (in-process half; the frozen bundle is traced with strace and
run without a network in tests/test_bundle.py).

An audit hook (PEP 578) watches every Python-level network operation — socket
creation, connect, bind, name resolution, urllib/http.client/ftplib/smtplib, a web
browser being opened — and every process being started. While the guard is armed,
an Internet (AF_INET/AF_INET6/packet) socket, any connect to a non-Unix address and
any name lookup are refused with an exception and recorded; Unix sockets (asyncio's
self-pipe, which pyHanko's event loop creates) are local and only counted.

With the guard armed, a full window session (new assessment through the dialog,
answers by keyboard, a signed PDF exported and verified through the dialogs) and a
full command-line export/verify run; afterwards nothing may have been attempted.
C++-level sockets of Qt are outside an audit hook's sight: the program imports no
Qt network module (checked below), and the strace test of the bundle sees every
system call.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import socket
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from selfcheck.cli.main import main as cli_main
from tests.conftest import REAL_PACK_ID, REPO
from tests.ui.conftest import ScriptedPrompts
from tests.ui.conftest import launch_window as launch_window
from tests.ui.conftest import prompts as prompts
from tests.ui.conftest import wait_tasks as wait_tasks

LOCAL_FAMILIES = {int(socket.AF_UNIX)}
#: Audit events that mean network use (or a way around the hook: a new process).
NETWORK_EVENTS = {
    "socket.__new__", "socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg",
    "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr", "socket.getnameinfo",
    "socket.gethostbyname_ex", "urllib.Request", "http.client.connect", "ftplib.connect",
    "smtplib.connect", "imaplib.open", "poplib.connect", "nntplib.connect", "telnetlib.Telnet.open",
    "webbrowser.open",
}
PROCESS_EVENTS = {"subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork",
                  "os.startfile"}


class NetworkForbidden(RuntimeError):
    """Raised by the guard for a network operation."""


@dataclass
class Guard:
    """What the audit hook saw while armed."""

    armed: bool = False
    refused: list[str] = field(default_factory=list)
    local_sockets: int = 0
    processes: list[str] = field(default_factory=list)

    def check(self, event: str, args: tuple[Any, ...]) -> None:
        if not self.armed:
            return
        if event in PROCESS_EVENTS:
            self.processes.append(f"{event}{args!r}"[:200])
            return
        if event not in NETWORK_EVENTS:
            return
        if event == "socket.__new__" and int(args[1]) in LOCAL_FAMILIES:
            self.local_sockets += 1
            return
        if event in ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg") and \
                int(getattr(args[0], "family", -1)) in LOCAL_FAMILIES:
            return
        self.refused.append(f"{event}{args[1:] if event.startswith('socket.') else args!r}"[:200])
        raise NetworkForbidden(f"network use refused by the test: {event}")


GUARD = Guard()


def _install_hook() -> None:
    """Add the audit hook once per process (it cannot be removed), when first needed."""
    if not getattr(sys, "_selfcheck_network_guard", False):
        sys.addaudithook(lambda event, args: GUARD.check(event, args))
        sys._selfcheck_network_guard = True  # type: ignore[attr-defined]


@contextlib.contextmanager
def no_network() -> Iterator[Guard]:
    """Arm the guard; on exit, fail if anything network-like (or a new process) was attempted."""
    _install_hook()
    GUARD.refused.clear()
    GUARD.processes.clear()
    GUARD.local_sockets = 0
    GUARD.armed = True
    try:
        yield GUARD
    finally:
        GUARD.armed = False
    assert not GUARD.refused, f"network use attempted: {GUARD.refused}"
    assert not GUARD.processes, f"processes started: {GUARD.processes}"


def cli(*args: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli_main(list(args))
    assert code == 0, f"selfcheck {' '.join(args)} -> {code}: {err.getvalue()}"
    return out.getvalue()


# -- the guard itself --------------------------------------------------------------------


def test_the_guard_refuses_and_records_network_use() -> None:
    """Without this, a hook that saw nothing would prove nothing."""
    with pytest.raises(AssertionError, match="network use attempted"), no_network():
        with pytest.raises(NetworkForbidden):
            socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        with pytest.raises(NetworkForbidden):
            socket.getaddrinfo("localhost", 80)
        with pytest.raises(NetworkForbidden):
            socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
        import urllib.request

        with pytest.raises(NetworkForbidden):
            urllib.request.urlopen("http://192.0.2.1/")  # TEST-NET-1: never reached
    assert len(GUARD.refused) == 4
    with no_network() as guard:  # a Unix socket pair is local
        first, second = socket.socketpair()
        first.close()
        second.close()
    assert guard.local_sockets == 2


def test_program_code_uses_no_network_api() -> None:
    """No program module imports a socket, HTTP or Qt network API."""
    pattern = re.compile(r"^\s*(?:import|from)\s+(socket|ssl|http|urllib\.request|urllib3|requests|aiohttp|"
                         r"ftplib|smtplib|xmlrpc|webbrowser|PySide6\.QtNetwork|PySide6\.QtWebSockets|"
                         r"PySide6\.QtWebEngine\w*)\b|QtNetwork|QNetworkAccessManager|QDesktopServices",
                         re.M)
    offenders = []
    for source in sorted((REPO / "desktop" / "selfcheck").rglob("*.py")):
        text = source.read_text("utf-8")
        if source == LOCAL_OPENER:
            text = text.replace(LOCAL_OPEN_CALL, "").replace(LOCAL_OPEN_IMPORT, "")
        found = pattern.search(text)
        if found:
            offenders.append(f"{source.relative_to(REPO)}: {found.group(0).strip()}")
    assert not offenders, offenders


#: The one use of QDesktopServices: "open the report / its folder" after an export hands a
#: local file to the system's program for it (a file: URL made from a path, never a web
#: address).
LOCAL_OPENER = REPO / "desktop" / "selfcheck" / "ui" / "prompts.py"
LOCAL_OPEN_CALL = "QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))"
LOCAL_OPEN_IMPORT = "from PySide6.QtGui import QDesktopServices"


def test_the_one_desktop_opener_opens_local_paths_only() -> None:
    text = LOCAL_OPENER.read_text("utf-8")
    assert text.count("QDesktopServices") == 2  # the import and the one call
    assert LOCAL_OPEN_CALL in text and LOCAL_OPEN_IMPORT in text


# -- signing and verification never fetch ------------------------------------------------


def test_signing_and_verification_run_with_fetching_disabled(
        tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """pyHanko can fetch CRLs/OCSP/certificates and time stamps over HTTP. Every validation
    context the program creates has allow_fetching=False, no fetcher backend, HTTP
    timestamper or aiohttp session is ever created, and the export/verify round trip
    works that way."""
    import aiohttp
    import pyhanko.sign.timestamps.aiohttp_client as ts_client
    import pyhanko_certvalidator.context as certvalidator_context
    import pyhanko_certvalidator.fetchers.aiohttp_fetchers as fetchers

    contexts: list[dict[str, Any]] = []
    original_init = certvalidator_context.ValidationContext.__init__

    def recording_init(self: Any, *args: Any, **kwargs: Any) -> None:
        contexts.append(dict(kwargs))
        original_init(self, *args, **kwargs)

    def forbidden(*args: Any, **kwargs: Any) -> None:
        raise NetworkForbidden("a network client was created")

    monkeypatch.setattr(certvalidator_context.ValidationContext, "__init__", recording_init)
    monkeypatch.setattr(fetchers.AIOHttpFetcherBackend, "__init__", forbidden)
    monkeypatch.setattr(ts_client.HTTPTimeStamper, "__init__", forbidden)
    monkeypatch.setattr(aiohttp.ClientSession, "__init__", forbidden)
    monkeypatch.setattr(certvalidator_context, "_default_fetcher_backend", forbidden)

    from tests.report_support import ID_PASS, make_pki

    pki = make_pki(tmp_path / "pki")
    with no_network() as guard:
        assessment = cli("assess", "new", "--pack", REAL_PACK_ID, "--org", "测试局", "--system", "S",
                         "--sector", "cii", "--criticality", "high", "--autonomy", "acts-with-approval",
                         "--people", "10k-1m", "--data", "personal").strip()
        cli("assess", "answer", assessment, "HO-01", "implemented", "--evidence", "制度")
        monkeypatch.setenv("SELFCHECK_PASSPHRASE", ID_PASS)
        report = tmp_path / "report.pdf"
        cli("export", assessment, "-o", str(report), "--sign", str(pki.identity))
        cli("trust", "add", str(pki.root_pem))
        checked = json.loads(cli("verify", "--json", str(report)))
        assert checked[0]["authentic"] is True
    assert contexts, "verification created no validation context (the spy saw nothing)"
    assert all(not kwargs.get("allow_fetching", False) for kwargs in contexts), contexts
    assert all(kwargs.get("fetcher_backend") is None and kwargs.get("fetchers") is None for kwargs in contexts)
    print(f"\nexport/verify: {len(contexts)} validation contexts, all without fetching; "
          f"{guard.local_sockets} Unix sockets")


# -- a full window session -----------------------------------------------------------------


def _create_by_dialog(qtbot: Any, window: Any) -> int:
    from PySide6.QtCore import Qt as QtNs
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        dialog.organisation.setText("某市大数据管理局")  # QTest types ASCII only
        qtbot.keyClicks(dialog.system_name, "Hotline triage")
        qtbot.keyClicks(dialog.assessor, "Li Si")
        for box in dialog.factor_boxes.values():  # the risk profile has no default answers
            box.setFocus()
            qtbot.keyClick(box, QtNs.Key.Key_Down)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, fill)
    created = window.new_assessment()
    assert created is not None
    return int(created)


@pytest.mark.gui
def test_full_window_session_and_signed_export_open_no_network(
        qtbot: Any, wait_tasks: Any, launch_window: Any, prompts: ScriptedPrompts, tmp_path: Path,
        data_dir: Path) -> None:
    from PySide6.QtCore import Qt as QtNs
    from PySide6.QtWidgets import QApplication

    from selfcheck.core.answers import Status
    from selfcheck.core.paths import resolve_paths
    from selfcheck.core.pki.roots import ReportRoots
    from selfcheck.ui.dialogs.export_pdf import ExportDialog
    from selfcheck.ui.dialogs.verify_report import VerifyDialog
    from selfcheck.ui.tasks import wait_for_workers
    from tests.report_support import ID_PASS, make_pki

    pki = make_pki(tmp_path / "pki")
    ReportRoots(resolve_paths(data_dir).trust_dir).add(pki.root_pem)

    with no_network() as guard:
        session = launch_window("zh")
        window = session.window
        qtbot.waitExposed(window)
        assessment = _create_by_dialog(qtbot, window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        table = window.workspace.item_list.table
        table.setFocus()
        for _ in range(5):  # 1 = implemented, then N to the next unanswered item
            qtbot.keyClick(table, QtNs.Key.Key_1)
            qtbot.keyClick(table, QtNs.Key.Key_N)
        window.workspace.detail.flush()
        implemented = [a for a in window.workspace.answers.values() if a.status is Status.IMPLEMENTED]
        assert len(implemented) == 5
        session.ctx.i18n.set_language("en")
        session.ctx.i18n.set_language("zh")

        report = tmp_path / "out" / "report.pdf"
        report.parent.mkdir()
        export = ExportDialog(session.ctx, assessment, window)
        export.sign.setChecked(True)
        export.identity.setText(str(pki.identity))
        export.passphrase.setText(ID_PASS)
        export.output.setText(str(report))
        export.export()
        wait_tasks()
        assert export.outcome is not None and export.outcome.signed, prompts.errors
        verify = VerifyDialog(session.ctx, window)
        verify.verify(report)
        wait_tasks()
        assert verify.outcome is not None and verify.outcome.authentic
        wait_for_workers(10000)
        session.close()
    assert report.read_bytes().startswith(b"%PDF")
    assert not prompts.errors, prompts.errors
    assert guard.local_sockets >= 1  # pyHanko's asyncio loop: a local socket pair, nothing else
    print(f"\nwindow session: {guard.local_sockets} Unix sockets, no other network use")
