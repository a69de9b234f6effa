"""Typed exceptions raised by the core.

Every error a user can cause carries a one-line, human-readable message and
the process exit code the command line should use for it.
"""

from __future__ import annotations


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


class PackValidationError(SelfCheckError):
    """A checklist pack failed validation; the message names file, item and field."""


class AnswerValidationError(SelfCheckError):
    """An answer is not acceptable (bad status, missing justification, ...)."""


class AnswersFileError(SelfCheckError):
    """An answers file is malformed."""


class StoreError(SelfCheckError):
    """The local database cannot be used (locked, read-only, corrupt, too new)."""


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
