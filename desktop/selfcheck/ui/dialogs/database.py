"""File → Back up database… and Restore database…, with the file work off the GUI thread.

Restore: the chosen file is checked (``Collection.check_backup``), the user confirms,
then ``Collection.restore`` keeps a copy of the current database, replaces it and the
collection is reopened. If anything fails, the previous database stays.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from selfcheck.core.collection import Collection
from selfcheck.core.errors import StoreError
from selfcheck.core.files import is_database_file
from selfcheck.core.progress import Progress
from selfcheck.ui.context import AppContext
from selfcheck.ui.folders import remember_folder, start_file, start_folder
from selfcheck.ui.tasks import run_collection_task, run_task

translate = QCoreApplication.translate


def _db_filter() -> str:
    return translate("Database", "SelfCheck database (*.sqlite3 *.db);;All files (*)")


def _other_than_live_database(ctx: AppContext, parent: QWidget, chosen: str, refusal: str,
                              title: str) -> Path | None:
    """The chosen file; None when nothing was chosen, or when it is the database in use
    (then ``refusal``, with %1 for the file, is shown under ``title``)."""
    if not chosen:
        return None
    path = Path(chosen).expanduser()
    if is_database_file(path, ctx.paths.database):
        ctx.errors.report(refusal.replace("%1", str(path)), parent, title)
        return None
    return path


def backup_database(ctx: AppContext, parent: QWidget,
                    done: Callable[[str], None] | None = None) -> None:
    """Ask where to, then write a consistent copy of the database there (in the background).

    The live database (and its -wal/-shm companions) is refused, and an existing file is
    replaced only after a confirmation that names it.
    """
    name = f"selfcheck-backup-{dt.date.today().isoformat()}.sqlite3"
    start = start_file(ctx.settings, name)
    chosen = ctx.prompts.save_file(parent, translate("Database", "Back up the database"), start,
                                   _db_filter(), confirm_overwrite=False)
    target = _other_than_live_database(ctx, parent, chosen, translate(
        "Database", "“%1” is the database the program is using; a backup cannot replace "
        "it. Choose another file for the backup."), translate("Database", "Backup not written"))
    if target is None:
        return
    overwrite = False
    if target.is_file():
        if not ctx.prompts.confirm(parent, translate("Database", "Replace the file?"), translate(
                "Database", "A file named “%1” already exists in %2.\n\nReplace it with the "
                "backup?").replace("%1", target.name).replace("%2", str(target.parent))):
            return
        overwrite = True
    remember_folder(ctx.settings, target)
    collection = ctx.collection

    def work(progress: Progress) -> str:
        collection.backup(target, overwrite=overwrite)
        return str(target)

    run_collection_task(work, on_finished=done, on_failed=lambda error: ctx.errors.report(
        error, parent, translate("Database", "Backup failed")))


def restore_database(ctx: AppContext, parent: QWidget, *,
                     before: Callable[[], None], after: Callable[[str], None]) -> None:
    """Ask for a backup file, check it, confirm, and replace the database with it.

    ``before()`` runs before the collection is closed (views let go of it);
    ``after(message)`` runs when ``ctx.collection`` is open again.
    """
    source = ctx.prompts.open_file(parent, translate("Database", "Restore the database from a backup"),
                                   start_folder(ctx.settings), _db_filter())
    path = _other_than_live_database(ctx, parent, source, translate(
        "Database", "“%1” is the database the program is using, not a backup. Choose a "
        "backup file to restore from."), translate("Database", "This file cannot be restored"))
    if path is None:
        return

    def checked(_result: None) -> None:
        if not ctx.prompts.confirm(parent, translate("Database", "Restore the database"), translate("Database",
                "Replace all assessments in %1 with the contents of “%2”?\n\nA copy of the "
                "current database is kept in the data folder first.").replace(
                    "%1", str(ctx.paths.data_dir)).replace("%2", path.name)):
            return
        before()
        parent.setEnabled(False)
        collection = ctx.collection

        def replaced(kept: Path) -> None:
            _reopen(ctx, parent, after, translate("Database", "The database was restored from “%1”. The previous "
                                            "database was kept as %2.").replace(
                "%1", path.name).replace("%2", str(kept)))

        def failed(error: BaseException) -> None:
            _reopen(ctx, parent, after, "")
            ctx.errors.report(error, parent, translate("Database", "Restore failed"))

        run_collection_task(lambda progress: collection.restore(path),
                            on_finished=replaced, on_failed=failed)

    run_task(lambda progress: Collection.check_backup(path, ctx.paths.database), on_finished=checked,
             on_failed=lambda error: ctx.errors.report(
                 error, parent, translate("Database", "This file cannot be restored")))


def _reopen(ctx: AppContext, parent: QWidget, after: Callable[[str], None],
            message: str) -> None:
    parent.setEnabled(True)
    try:
        ctx.collection = Collection.open(ctx.paths)
    except StoreError as exc:
        ctx.errors.report(exc, parent, translate("Database", "The database cannot be opened"))
        return
    after(message)
