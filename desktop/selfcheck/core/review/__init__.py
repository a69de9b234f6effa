"""The reviewer's register of received signed reports, and the views across them.

A security officer imports the reports units send (files and folders); each is
verified strictly, and an authentic one is kept with its verified facts and its
``results.json``. The facade (:class:`selfcheck.core.collection.review.ReviewManager`,
``collection.review``) stores and reads the register; this package holds the parts:
finding and checking files (``files``, ``worker``, ``importing``), the register's rows
(``register``; a report's results are read with
:func:`selfcheck.core.reports.results.parse_results`), the rows' notes and search (``notes``, ``search``, ``entries``),
the cross-report views (``analysis``) and the exports (``tables``, ``export``).
"""

from selfcheck.core.review.analysis import Comparison, FrequentGap, GapMatrix, HistoryStep, MatrixCell
from selfcheck.core.review.entries import PackTexts, RegisterEntry
from selfcheck.core.review.importing import ImportOutcome, ImportProgress, ImportSummary, OutcomeKind
from selfcheck.core.review.notes import NoteKind, RowNote

__all__ = [
    "Comparison",
    "FrequentGap",
    "GapMatrix",
    "HistoryStep",
    "ImportOutcome",
    "ImportProgress",
    "ImportSummary",
    "MatrixCell",
    "NoteKind",
    "OutcomeKind",
    "PackTexts",
    "RegisterEntry",
    "RowNote",
]
