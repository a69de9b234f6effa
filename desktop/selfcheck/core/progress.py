"""The steps long work reports while it runs, with their Chinese and English labels.

Work such as writing a report calls ``progress(percent, ProgressStep.SIGNING)``; whoever
shows it (the window's progress bar) takes the label from here, in one language or
the other, so the step names are written once.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum


class ProgressStep(Enum):
    """One step of a long piece of work."""

    RENDERING = "rendering"
    ATTACHING_RESULTS = "attaching-results"
    SIGNING = "signing"
    CHECKING_SIGNATURE = "checking-signature"
    WRITING = "writing"
    CHECKING_REPORTS = "checking-reports"
    DONE = "done"

    def label(self, lang: str) -> str:
        """The label in ``lang`` ("zh" or "en")."""
        zh, en = STEP_LABELS[self]
        return en if lang == "en" else zh


STEP_LABELS: dict[ProgressStep, tuple[str, str]] = {
    ProgressStep.RENDERING: ("正在生成报告…", "Rendering the report…"),
    ProgressStep.ATTACHING_RESULTS: ("正在附加机读结果…", "Attaching the machine-readable results…"),
    ProgressStep.SIGNING: ("正在签名…", "Signing…"),
    ProgressStep.CHECKING_SIGNATURE: ("正在核验签名…", "Checking the signature…"),
    ProgressStep.WRITING: ("正在写入文件…", "Writing the file…"),
    ProgressStep.CHECKING_REPORTS: ("正在核验报告…", "Checking reports…"),
    ProgressStep.DONE: ("完成", "Done"),
}

#: ``progress(percent, step)``: how work reports how far it is (percent 0–100).
Progress = Callable[[int, ProgressStep], None]


def no_progress(_percent: int, _step: ProgressStep) -> None:
    """A ``Progress`` for callers that do not show progress."""
