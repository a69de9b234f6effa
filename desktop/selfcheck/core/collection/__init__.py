"""The facade: :class:`Collection` and its managers. Only this package (and the store's
own) may import :mod:`selfcheck.core.store`; an import-linter contract keeps it so.

The document managers' names (reports, questionnaires) load their module on first use
(PEP 562), as the collection makes those managers on first use."""

from typing import TYPE_CHECKING

from selfcheck.core.assessment import Assessment, AssessmentOverview
from selfcheck.core.collection.collection import (
    MAX_ATTACHMENT_BYTES,
    Collection,
    DoctorReport,
    ImportResult,
)
from selfcheck.core.collection.drafts import DraftManager, LegacyDrafts
from selfcheck.core.collection.packs import PackKeyring, PackManager, builtin_pack_dirs
from selfcheck.core.lazy import lazy_names
from selfcheck.core.records import AssessmentRecord, AuditEntry, ChainReport, PackRecord, TrustedPackKey

if TYPE_CHECKING:
    from selfcheck.core.collection.questionnaires import MergeResult, QuestionnaireExport, QuestionnaireManager
    from selfcheck.core.collection.reports import PreparedExport, ReportManager

_HOME = {"MergeResult": "questionnaires", "QuestionnaireExport": "questionnaires",
         "QuestionnaireManager": "questionnaires", "PreparedExport": "reports",
         "ReportManager": "reports"}


__getattr__ = lazy_names(__name__, _HOME)


__all__ = [
    "MAX_ATTACHMENT_BYTES",
    "Assessment",
    "AssessmentOverview",
    "AssessmentRecord",
    "AuditEntry",
    "ChainReport",
    "Collection",
    "DoctorReport",
    "DraftManager",
    "ImportResult",
    "LegacyDrafts",
    "MergeResult",
    "PackKeyring",
    "PackManager",
    "PackRecord",
    "PreparedExport",
    "QuestionnaireExport",
    "QuestionnaireManager",
    "ReportManager",
    "TrustedPackKey",
    "builtin_pack_dirs",
]
