"""The head of the workspace: back to the list, the assessment's title and pack, the
profile answers, an offer to upgrade, the risk grade, the verdict and the progress."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from selfcheck.core import glossary
from selfcheck.core.collection import Assessment
from selfcheck.core.errors import SelfCheckError
from selfcheck.core.scoring import Score
from selfcheck.core.text import in_brackets
from selfcheck.ui import icons
from selfcheck.ui.context import AppContext
from selfcheck.ui.style import progress_bar, set_role
from selfcheck.ui.widgets import Badge, ElidedLabel

translate = QCoreApplication.translate


class WorkspaceHeader(QWidget):
    """Title, badges and progress of the open assessment (texts in the workspace's
    translation context)."""

    #: The user wants the open assessment upgraded to this pack version.
    upgradeRequested = Signal(int)
    #: The user wants to change the profile answers (risk factors, the pack's questions).
    profileRequested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._assessment: Assessment | None = None
        self._score: Score | None = None
        self.back_button = QPushButton()
        self.back_button.setObjectName("backButton")
        self.title = ElidedLabel()
        set_role(self.title, "viewTitle")
        self.subtitle = ElidedLabel()
        set_role(self.subtitle, "mutedLabel")
        self.grade_badge = Badge()
        set_role(self.grade_badge, "gradeBadge")
        self.verdict_badge = Badge()
        set_role(self.verdict_badge, "verdictBadge")
        self.profile_button = QPushButton()
        self.profile_button.setObjectName("profileButton")
        self.profile_button.setVisible(False)
        self.profile_button.clicked.connect(self.profileRequested)
        self.upgrade_button = QPushButton()
        self.upgrade_button.setObjectName("upgradeButton")
        self.upgrade_button.setVisible(False)
        self.upgrade_button.clicked.connect(
            lambda: self.upgradeRequested.emit(int(self.upgrade_button.property("version"))))
        self.progress = QProgressBar()
        progress_bar(self.progress)
        self.progress.setObjectName("overallProgress")
        self.progress.setTextVisible(True)
        self.progress.setFixedWidth(220)
        head = QHBoxLayout(self)
        head.setContentsMargins(0, 0, 0, 0)
        head.setSpacing(10)
        head.addWidget(self.back_button)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        head.addWidget(self.profile_button)
        head.addWidget(self.upgrade_button)
        head.addWidget(self.grade_badge)
        head.addWidget(self.verdict_badge)
        head.addWidget(self.progress)

    def retranslate(self) -> None:
        self.back_button.setText(translate("WorkspaceView", "◀ Assessments"))
        self.back_button.setToolTip(translate("WorkspaceView", "Back to the list of assessments"))
        if self._assessment is not None:
            self.show_assessment(self._assessment)
        if self._score is not None:
            self.show_score(self._score)

    def show_assessment(self, assessment: Assessment) -> None:
        """The title, pack, grade and (when a newer pack version is installed) the offer
        to upgrade."""
        self._assessment = assessment
        lang = self.ctx.lang
        record = assessment.record
        self.title.setText(f"{record.organisation} — {record.system_name}")
        pack = assessment.pack
        parts = [glossary.label("sector", record.sector, lang),
                 translate("WorkspaceView", "%1 · v%2 · %3").replace("%1", pack.title.get(lang))
                 .replace("%2", str(pack.version)).replace("%3", pack.label)]
        if pack.status is not None and pack.trial:
            parts[-1] += in_brackets(pack.status.label(lang), lang)
        if record.assessor:
            parts.append(translate("WorkspaceView", "Assessor: %1").replace("%1", record.assessor))
        if assessment.read_only:
            parts.append(translate("WorkspaceView", "read-only: upgraded to a newer pack version"))
        self.subtitle.setText(" · ".join(parts))
        self.grade_badge.set_badge(translate("WorkspaceView", "Risk grade: %1").replace(
            "%1", assessment.grade.label(lang)), icons.grade_color(assessment.grade))
        self.grade_badge.setToolTip("\n".join(
            [assessment.pack.effective_risk_model.title.get(lang),
             *(r.get(lang) for r in assessment.risk.reasons)]))
        self.profile_button.setVisible(not assessment.read_only)
        self.profile_button.setText(translate("WorkspaceView", "Profile questions…"))
        self.profile_button.setToolTip(translate(
            "WorkspaceView", "Change the risk profile and the answers that decide which items "
            "apply; no answer is lost."))
        newer = None
        if not assessment.read_only:
            try:
                versions = [r.version for r in self.ctx.collection.packs.records(pack.pack_id)]
                newer = max(versions) if versions and max(versions) > pack.version else None
            except SelfCheckError:
                newer = None
        self.upgrade_button.setVisible(newer is not None)
        if newer is not None:
            self.upgrade_button.setProperty("version", newer)
            self.upgrade_button.setText(translate(
                "WorkspaceView", "Upgrade to pack version %1…").replace("%1", str(newer)))
            self.upgrade_button.setToolTip(translate(
                "WorkspaceView",
                "A newer version of this checklist is installed. Your answers are carried "
                "over; changed items are marked for re-review."))

    def show_score(self, score: Score) -> None:
        """The verdict and the progress."""
        self._score = score
        lang = self.ctx.lang
        self.verdict_badge.set_badge(score.verdict.label(lang),
                                     icons.VERDICT_COLORS[score.verdict], filled=True)
        self.verdict_badge.setToolTip(translate("WorkspaceView", "Verdict"))
        overall = score.overall
        self.progress.setMaximum(max(1, overall.total))
        self.progress.setValue(overall.answered)
        self.progress.setFormat(translate("WorkspaceView", "%1 of %2 answered").replace(
            "%1", str(overall.answered)).replace("%2", str(overall.total)))
