"""Typed exceptions raised by the core.

Every error a user can cause carries a one-line, human-readable message and
the process exit code the command line should use for it.
"""

from __future__ import annotations

from typing import NamedTuple


class SelfCheckError(Exception):
    """Base class of all expected errors; ``str(err)`` is the one-line message."""

    exit_code: int = 2

    def __init__(self, message: str, zh: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.message_zh = zh

    def __str__(self) -> str:
        return self.message

    def localized(self, lang: str) -> str:
        """The message in ``lang`` ("zh" or "en"); English where no Chinese text was given."""
        if lang != "en" and self.message_zh:
            return self.message_zh
        return self.message


class UsageError(SelfCheckError):
    """The user asked for something that cannot be done as asked."""


class NotFoundError(SelfCheckError):
    """An unknown pack, item, assessment or file."""


class Problem(NamedTuple):
    """One problem found in input: where (e.g. ``items[3] (HO-01).cites[0].part``), and
    what, in English and Chinese."""

    where: str
    en: str
    zh: str


class PackValidationError(SelfCheckError):
    """A checklist pack failed validation; the message names file, item and field.

    ``lines`` holds every problem found, one line each (English, Chinese); the message
    is the first of them."""

    def __init__(self, message: str, zh: str | None = None,
                 lines: tuple[tuple[str, str], ...] = ()) -> None:
        super().__init__(message, zh=zh)
        self.lines = lines or ((message, zh or message),)


class AnswerValidationError(SelfCheckError):
    """An answer is not acceptable (bad status, missing justification, ...)."""


class AnswersFileError(SelfCheckError):
    """An answers file is malformed."""


class StoreError(SelfCheckError):
    """The local database cannot be used (locked, read-only, corrupt, too new)."""


class DatabaseDamagedError(StoreError):
    """The database failed SQLite's check when it was opened: it is open read-only and
    every change is refused with this message, which says how to restore a backup
    (made by :func:`damaged_database`)."""

    problems: tuple[str, ...] = ()


def damaged_database(path: object, problems: list[str] | tuple[str, ...]) -> DatabaseDamagedError:
    """The error for the database at ``path`` that SQLite's check found ``problems`` in."""
    first = problems[0] if problems else "unknown damage"
    error = DatabaseDamagedError(
        f"{path}: the database is damaged ({first}); it was opened read-only and nothing "
        "can be changed. Restore it from a backup: in the window File → Restore "
        "database…, or selfcheck restore FILE",
        zh=f"{path}：数据库已损坏（SQLite 完整性检查发现 {len(problems)} 处问题），已以只读方式"
        "打开，不能修改。请从备份恢复：在窗口中选择“文件 → 从备份恢复数据库…”，或运行 "
        "selfcheck restore FILE")
    error.problems = tuple(problems)
    return error


class AttachmentError(SelfCheckError):
    """An evidence file cannot be attached (unreadable, too large)."""


class InstanceLockedError(StoreError):
    """Another instance of the program holds the data directory."""


class PackFileError(SelfCheckError):
    """A signed pack file (.ckpack) was rejected: damaged, unsigned, untrusted or invalid."""


class UntrustedPackKeyError(PackFileError):
    """A pack file signed with a key this machine does not trust; ``key_id`` names it."""

    def __init__(self, message: str, zh: str | None = None, *, key_id: str = "") -> None:
        super().__init__(message, zh)
        self.key_id = key_id


class PackPolicyError(PackFileError):
    """An authentic pack file that this machine's policy refuses (rollback, expiry, ...)."""


class PackConflictError(PackPolicyError):
    """Alarm: a pack with an installed version number but different content."""


class PackKeyError(SelfCheckError):
    """A pack signing key or public key file cannot be used (wrong passphrase, damaged)."""
