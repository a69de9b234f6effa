"""The local SQLite store. Only :mod:`selfcheck.core.collection` (the facade) and this
package use it; an import-linter contract keeps it that way."""

from selfcheck.core.records import (
    GENESIS_HASH,
    AssessmentRecord,
    AuditEntry,
    ChainReport,
    PackRecord,
    TrustedPackKey,
)
from selfcheck.core.store.store import (
    Store,
    check_backup_file,
    check_database_file,
    restore_database,
    restore_unreadable_database,
)

__all__ = [
    "GENESIS_HASH",
    "AssessmentRecord",
    "AuditEntry",
    "ChainReport",
    "PackRecord",
    "Store",
    "TrustedPackKey",
    "check_backup_file",
    "check_database_file",
    "restore_database",
    "restore_unreadable_database",
]
