"""Starting the window: QApplication, font, translators, logging, excepthook, the
instance lock, and ``run_gui``."""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from PySide6.QtCore import QCoreApplication, QEvent, QLockFile, QObject, QSocketNotifier, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from selfcheck import PRODUCT_NAME_EN, __version__
from selfcheck.core.collection import Collection
from selfcheck.core.errors import SelfCheckError
from selfcheck.core.paths import AppPaths, resolve_paths, resources_dir
from selfcheck.ui import icons, startup_probe
from selfcheck.ui.context import AppContext
from selfcheck.ui.errors import ErrorReporter, setup_logging
from selfcheck.ui.i18n import CJK_FAMILY, LanguageManager, system_language
from selfcheck.ui.main_window import MainWindow
from selfcheck.ui.prompts import Prompts, set_closing
from selfcheck.ui.settings import Settings
from selfcheck.ui.style import apply_style
from selfcheck.ui.tasks import set_failure_reporter, wait_for_workers

translate = QCoreApplication.translate

log = logging.getLogger("selfcheck.ui")

FONT_FILE = "WenQuanYiMicroHei.ttf"


def register_fonts() -> str | None:
    """Register the bundled CJK font; returns its family name (None if it failed)."""
    path = resources_dir() / "fonts" / FONT_FILE
    font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
    if font_id < 0:
        log.warning("the bundled font %s could not be loaded", path)
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else CJK_FAMILY


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, set up once (reused when it exists, as in tests)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(PRODUCT_NAME_EN)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("ai-selfcheck")
    app.setWindowIcon(icons.app_icon())
    if not getattr(app, "_selfcheck_ready", False):
        register_fonts()
        apply_style(app)
        app._selfcheck_ready = True  # type: ignore[attr-defined]
    return app


@dataclass
class Session:
    """One opened data folder with its window; :meth:`close` releases everything."""

    ctx: AppContext
    window: MainWindow
    lock: QLockFile

    def close(self) -> None:
        """Close the window (saving everything), the database and the lock."""
        if self.window.isVisible():
            self.window.close()
        else:
            self.window.workspace.close_assessment()
        try:
            self.ctx.collection.close()
        except Exception:
            log.exception("closing the database failed")
        self.lock.unlock()
        set_failure_reporter(None)
        # Gone for good: a later window in this process (tests, screenshots) must not find it
        # among the widgets that its language switch re-translates.
        self.window.deleteLater()


def _base_font(app: QApplication) -> QFont:
    font = QFont(app.font())
    if getattr(app, "_selfcheck_base_font", None) is None:
        app._selfcheck_base_font = QFont(font)  # type: ignore[attr-defined]
    return QFont(app._selfcheck_base_font)  # type: ignore[attr-defined]


def launch(data_dir: str | os.PathLike[str] | None = None, *, prompts: Prompts | None = None,
           language: str | None = None, show: bool = True) -> Session | None:
    """Open the data folder and its window. Problems are shown to the user; None then."""
    app = create_application()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # windows closed before
    prompts = prompts or Prompts()
    reporter = ErrorReporter(prompts, lang=system_language)
    try:
        paths: AppPaths = resolve_paths(data_dir)
        paths.ensure()
    except OSError as exc:
        reporter.report(translate("Startup", "The data folder cannot be created: %1").replace(
            "%1", f"{exc.filename or ''} ({exc.strerror})"), None, translate("Startup", "Cannot start"))
        return None
    setup_logging(paths.log_dir)
    reporter.install_excepthook()
    set_failure_reporter(reporter.report)
    settings = Settings(paths.config_dir)
    i18n = LanguageManager(app, _base_font(app))
    i18n.set_language(language or settings.language or system_language())
    reporter.lang = lambda: i18n.language

    lock = QLockFile(str(paths.lock_file))
    lock.setStaleLockTime(0)
    if not lock.tryLock(200):
        if lock.error() == QLockFile.LockError.LockFailedError:
            message = translate("Startup", "AI Safety Self-Check is already open with the data folder %1. "
                          "Switch to that window, or close it first.")
        else:
            message = translate("Startup", "The data folder %1 cannot be used: it is read-only or not "
                          "accessible. Ask your administrator for write access.")
        reporter.report(message.replace("%1", str(paths.data_dir)), None, translate("Startup", "Cannot start"))
        return None
    try:
        collection = Collection.open(paths)
    except SelfCheckError as exc:
        lock.unlock()
        reporter.report(translate("Startup", "The database cannot be opened. Nothing was changed.") + "\n\n"
                        + exc.localized(i18n.language), None, translate("Startup", "Cannot start"))
        return None
    recovered = adopt_legacy_drafts(settings, collection, paths)
    ctx = AppContext(paths=paths, collection=collection, settings=settings, i18n=i18n,
                     errors=reporter, prompts=prompts)
    window = MainWindow(ctx)
    session = Session(ctx, window, lock)
    if show:
        window.show()
    if recovered is not None:
        prompts.info(window, translate("Startup", "Unsaved drafts kept"), translate(
            "Startup", "Some unsaved drafts from an earlier version of the program fit no "
            "checklist item. Their text was kept in %1.").replace("%1", str(recovered)))
    log.info("window opened on %s (version %s)", paths.data_dir, __version__)
    return session


def adopt_legacy_drafts(settings: Settings, collection: Collection,
                        paths: AppPaths) -> Path | None:
    """Move the unsaved drafts an earlier version kept in the settings file into the
    database, once; returns the file that holds text fitting no item (None if none).
    If the database cannot take them now, they stay in the settings for the next start."""
    texts = settings.legacy_drafts()
    if not texts:
        return None
    try:
        result = collection.drafts.adopt_legacy(texts, paths.data_dir)
    except SelfCheckError:
        log.warning("the unsaved drafts of an earlier version were not moved yet", exc_info=True)
        return None
    settings.forget_legacy_drafts()
    log.info("moved %d unsaved drafts from the settings into the database", result.moved)
    return result.recovery_file


class InterruptWatch(QObject):
    """Ctrl+C (SIGINT) or SIGTERM in the terminal that started the window closes it as its
    close button would: what is on screen is saved and the process ends cleanly.

    Python runs a signal handler only between bytecodes, so with Qt's event loop idle the
    default handler would raise KeyboardInterrupt much later, inside whatever Python
    callback Qt happened to call (a model's ``data``), printing a traceback or worse.
    Here the handler only posts the close to the event loop. On POSIX the signal's
    wake-up byte (``signal.set_wakeup_fd``) on a pipe watched by a QSocketNotifier wakes
    the loop at once, so the handler runs promptly; elsewhere (Windows, where the
    wake-up needs a socket) a timer lets Python run five times a second."""

    SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM")
                    if hasattr(signal, name))

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.received: list[int] = []
        self._previous = {sig: signal.getsignal(sig) for sig in self.SIGNALS}
        self._pipe: tuple[int, int] | None = None
        self._old_fd = -1
        self._waker: QSocketNotifier | QTimer
        if os.name == "posix":
            self._pipe = os.pipe()
            for end in self._pipe:
                os.set_blocking(end, False)
            self._old_fd = signal.set_wakeup_fd(self._pipe[1], warn_on_full_buffer=False)
            self._waker = QSocketNotifier(self._pipe[0], QSocketNotifier.Type.Read, self)
            self._waker.activated.connect(self._woken)
        else:
            self._waker = QTimer(self)
            self._waker.timeout.connect(self._woken)
            self._waker.start(200)
        for sig in self.SIGNALS:
            signal.signal(sig, self._handle)

    def _woken(self) -> None:
        if self._pipe is not None:
            with contextlib.suppress(OSError):
                os.read(self._pipe[0], 64)  # the handler itself runs as Python code runs

    def _handle(self, signum: int, _frame: object) -> None:
        self.received.append(signum)
        log.info("signal %d received: closing the window", signum)
        QTimer.singleShot(0, close_all_windows)

    def remove(self) -> None:
        """Give the signals back to their earlier handlers."""
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        if isinstance(self._waker, QTimer):
            self._waker.stop()
        else:
            self._waker.setEnabled(False)
        if self._pipe is not None:
            signal.set_wakeup_fd(self._old_fd)
            for end in self._pipe:
                os.close(end)


def close_all_windows() -> None:
    """Close open dialogs, then the main window (which saves everything as it closes)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    set_closing()
    modal = app.activeModalWidget()
    while modal is not None:
        modal.close()
        QApplication.processEvents()
        if app.activeModalWidget() is modal:
            break  # it refused to close; the main window closes anyway
        modal = app.activeModalWidget()
    app.closeAllWindows()


def run_gui(data_dir: str | None = None) -> int:
    """``selfcheck`` without a command: open the window and run until it is closed (or
    until Ctrl+C in its terminal closes it, saving first)."""
    started = time.perf_counter()
    app = create_application(sys.argv[:1])
    session = launch(data_dir)
    if session is None:
        return 2
    watch = InterruptWatch(app)
    if startup_probe.requested():  # benchmarks and the bundle's smoke tests only
        startup_probe.quit_when_idle(app, session.window, started)
    if not gc.isenabled():  # turned off for the start by selfcheck.__main__
        gc.freeze()  # what the start made lives as long as the window: never scan it again
        gc.enable()
    code = app.exec()
    session.close()
    watch.remove()
    return int(code)


def finish_process(code: int) -> NoReturn:
    """End the process after :func:`run_gui` has saved and closed everything.

    Waits for background tasks (an export still writing its file), flushes the logs,
    then ends without the interpreter's teardown of Qt and module objects, which only
    costs time (about 0.1 s) once the data is safe.
    """
    wait_for_workers()
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)

