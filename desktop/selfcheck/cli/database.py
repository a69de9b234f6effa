"""``selfcheck doctor``, ``backup`` and ``restore``: the health and the copies of the database."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from selfcheck.cli.common import add_force_flag, add_json_flag, ask_yes_no, emit_json, open_collection, out, tr
from selfcheck.core.collection import Collection
from selfcheck.core.errors import InstanceLockedError, StoreError, UsageError
from selfcheck.core.paths import AppPaths, resolve_paths
from selfcheck.core.text import shown


def register(commands: Any) -> None:
    doctor = commands.add_parser("doctor", help=tr("检查数据库和审计日志链",
                                                   "check the database and the audit chain"))
    add_json_flag(doctor)
    doctor.set_defaults(handler=cmd_doctor)

    backup = commands.add_parser("backup", help=tr("写出数据库的一致副本",
                                                   "write a consistent copy of the database"))
    backup.add_argument("destination", type=Path, metavar="FILE", help=tr("备份文件", "the backup file"))
    add_force_flag(backup)
    backup.set_defaults(handler=cmd_backup)

    restore = commands.add_parser(
        "restore", help=tr("用备份替换数据库（先询问）", "replace the database with a backup (asks first)"),
        description=tr(
            "用 selfcheck backup 或窗口写出的备份替换整个数据库（自查、答复、检查清单、清单包签名"
            "密钥、审计日志）。先检查备份；当前数据库另存一份在数据文件夹中，并显示其文件名。在终端中"
            "会请您确认；否则请加上 --yes。",
            "Replace the whole database (assessments, answers, packs, pack signing keys, audit "
            "log) with a backup written by `selfcheck backup` or the window. The backup is "
            "checked first; a copy of the current database is kept in the data folder and its "
            "name is printed. On a terminal you are asked to confirm; otherwise give --yes."))
    restore.add_argument("source", type=Path, metavar="FILE", help=tr("备份文件", "the backup file"))
    restore.add_argument("--yes", action="store_true",
                         help=tr("不询问，直接替换", "do not ask for confirmation"))
    add_json_flag(restore)
    restore.set_defaults(handler=cmd_restore)


@contextmanager
def _window_kept_out(paths: AppPaths) -> Iterator[None]:
    """Hold the data folder's instance lock, the one the window takes when it opens:
    a window would go on writing to the database file that restore replaces."""
    from PySide6.QtCore import QLockFile  # only here: the other commands need no Qt

    lock = QLockFile(str(paths.lock_file))
    lock.setStaleLockTime(0)
    if not lock.tryLock(200):
        raise InstanceLockedError(
            f"{paths.data_dir}: the data folder is open in the window (or cannot be locked); "
            "close the window first, nothing was changed",
            zh=f"{paths.data_dir}：该数据文件夹正在窗口中使用（或无法加锁）；请先关闭窗口，未做任何改动")
    try:
        yield
    finally:
        lock.unlock()


def cmd_doctor(args: argparse.Namespace) -> int:
    with open_collection(args) as collection:
        report = collection.doctor()
        database = str(collection.paths.database)
    result = {
        "database": database, "schema_version": report.schema_version, "ok": report.ok,
        "integrity_problems": report.integrity_problems,
        "audit_entries": report.chain.entries, "audit_chain_ok": report.chain.ok,
        "audit_chain_broken_at": report.chain.broken_at,
        "audit_chain_problem": report.chain.problem,
    }
    if args.json:
        emit_json(result)
    else:
        chain = report.chain
        out(tr(f"数据库：{database}（数据结构版本 {report.schema_version}）",
               f"Database: {database} (schema {report.schema_version})"))
        if report.integrity_problems:
            out(tr("完整性检查：未通过", "Integrity check: FAILED"))
            for problem in report.integrity_problems:
                out(f"  - {shown(problem, 400)}")
            out(tr("  请从备份恢复：selfcheck restore FILE", "  Restore from a backup: selfcheck restore FILE"))
        else:
            out(tr("完整性检查：正常", "Integrity check: ok"))
        if chain.ok:
            out(tr(f"审计日志链：正常（{chain.entries} 条记录）",
                   f"Audit chain: ok ({chain.entries} entries)"))
        else:
            out(tr(f"审计日志链：在第 {chain.broken_at} 条记录处断开（{chain.localized_problem('zh')}）",
                   f"Audit chain: BROKEN at entry {chain.broken_at}: {chain.problem}"))
    return 0 if report.ok else 1


def cmd_backup(args: argparse.Namespace) -> int:
    destination: Path = args.destination
    if destination.exists() and destination.is_dir():
        raise UsageError(f"{destination}: is a folder; give a file name",
                         zh=f"{destination}：这是文件夹，请给出文件名")
    with open_collection(args) as collection:
        collection.backup(destination, overwrite=args.force)
    out(tr(f"备份已写入 {destination}", f"Backup written to {destination}"))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Check the backup, confirm, then let the collection swap the database file."""
    source: Path = args.source.expanduser()
    if source.is_dir():
        raise UsageError(f"{source}: is a folder; give the backup file",
                         zh=f"{source}：这是文件夹，请给出备份文件")
    if not source.is_file():
        raise UsageError(f"{source}: no such file", zh=f"{source}：文件不存在")
    paths = resolve_paths(args.data_dir)
    Collection.check_backup(source, paths.database)  # before anything is asked or opened
    if not args.yes and not ask_yes_no(
            f"用备份 {source} 替换 {paths.database} 中的全部数据（自查、检查清单、清单包签名密钥、"
            "审计日志）？当前数据库会先另存一份。",
            f"Replace everything in {paths.database} (assessments, packs, pack signing keys, "
            f"audit log) with the backup {source}? A copy of the current database is kept "
            "first."):
        out(tr("未做任何改动。", "Nothing changed."))
        return 1
    paths.ensure()
    with _window_kept_out(paths):
        try:
            # The built-in packs are not installed into a database about to be replaced.
            collection = Collection.open(paths, install_builtin=False)
        except StoreError:  # damaged beyond opening: kept aside as it is
            if not paths.database.is_file():
                raise
            kept = Collection.restore_unreadable(paths, source)
        else:
            kept = collection.restore(source)  # closes the collection, also when it fails
    if args.json:
        emit_json({"database": str(paths.database), "restored_from": str(source),
                   "previous_database": str(kept)})
    else:
        out(tr(f"已用备份 {source} 恢复数据库。", f"Database restored from {source}."))
        out(tr(f"  原数据库保存为：{kept}", f"  The previous database was kept as {kept}"))
    return 0
