"""Upgrade an assessment to a newer installed version of its pack: shows what happens to
each answer (carried, awaiting re-review, new, dropped) and what changed in each item
(wording, sectors, severity) before doing it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from selfcheck.core.errors import SelfCheckError
from selfcheck.core.packs.diff import ItemChange
from selfcheck.core.upgrade import UpgradePlan, UpgradeResult
from selfcheck.ui.context import AppContext
from selfcheck.ui.i18n import FollowsLanguage
from selfcheck.ui.style import set_role
from selfcheck.ui.tasks import run_collection_task
from selfcheck.ui.views.pack_diff import REMOVED, PackDiffTable, diff_rows
from selfcheck.ui.widgets import ProblemLabel
from selfcheck.ui.wording import pack_name


class UpgradeDialog(FollowsLanguage, QDialog):
    """Plan and carry out an upgrade of one assessment."""

    def __init__(self, ctx: AppContext, assessment_id: int, to_version: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("upgradeDialog")
        self.assessment_id = assessment_id
        self.to_version = to_version
        self.plan: UpgradePlan | None = None
        self.outcome: UpgradeResult | None = None
        self.error = ""
        self.busy = True
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setObjectName("figuresLabel")
        self.counts.setWordWrap(True)
        self.problem = ProblemLabel()
        self.details = PackDiffTable()
        self.no_changes = QLabel()
        set_role(self.no_changes, "mutedLabel")
        self.no_changes.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.upgrade_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.upgrade_button.setObjectName("upgradeButton")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.upgrade_button.clicked.connect(self.upgrade)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.counts)
        layout.addWidget(self.problem)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.no_changes)
        layout.addWidget(self.buttons)
        self.resize(920, 560)
        self.retranslate()
        collection = ctx.collection

        def planned(plan: UpgradePlan) -> None:
            self.busy = False
            self.plan = plan
            self._show()

        run_collection_task(lambda progress: collection.plan_upgrade(assessment_id, to_version),
                 on_finished=planned, on_failed=self._failed)


    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Upgrade to a newer pack version"))
        self.upgrade_button.setText(self.tr("Upgrade"))
        self.no_changes.setText(self.tr("No item of this assessment changes: every answer "
                                        "carries over."))
        self.details.retranslate()
        self._show()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        if isinstance(error, SelfCheckError):
            self.error = error.localized(self.ctx.lang)
            self._show()
        else:
            self.ctx.errors.report(error, self)

    def _show(self) -> None:
        plan = self.plan
        self.upgrade_button.setEnabled(plan is not None and not self.busy)
        self.problem.setText(self.error)
        self.problem.setVisible(bool(self.error))
        if plan is None:
            self.intro.setText(self.tr("Working out what changes…") if self.busy else "")
            return
        lang = self.ctx.lang
        self.intro.setText(self.tr(
            "The assessment moves from %1 to version %2. A new assessment is created with "
            "your answers; the current one is kept unchanged, archived and read-only.")
            .replace("%1", pack_name(plan.old_pack, lang)).replace("%2", str(plan.to_version)))
        counts = plan.counts
        self.counts.setText(self.tr(
            "Carried over unchanged: %1 · awaiting re-review: %2 · new items: %3 · answers of "
            "dropped items (kept in the old assessment): %4")
            .replace("%1", str(counts["carried"])).replace("%2", str(counts["needs_review"]))
            .replace("%3", str(counts["new"])).replace("%4", str(counts["dropped"])))
        relevant = ({i.id for i in plan.old_pack.items_for(plan.sector)}
                    | {i.id for i in plan.new_pack.items_for(plan.sector)})
        rows = diff_rows(plan.diff, lang, only=relevant, effect=self._effect)
        self.details.show_rows(rows)
        self.no_changes.setVisible(not rows)
        self.details.setVisible(bool(rows))

    def _effect(self, kind: str, item_id: str, change: ItemChange | None) -> str:
        """What the upgrade does with the answer to one item of this assessment."""
        plan = self.plan
        if plan is None:
            return ""
        if item_id in plan.needs_review:
            return self.tr("carried over, awaiting re-review")
        if item_id in plan.dropped:
            return self.tr("kept in the old assessment")
        if item_id in plan.carried:
            if change is not None and "severity" in change.fields:
                return self.tr("carried over; scored at the new severity")
            return self.tr("carried over")
        if kind == REMOVED:
            return self.tr("not answered; dropped")
        return self.tr("not answered yet")

    def upgrade(self) -> None:
        plan = self.plan
        if plan is None:
            return
        self.busy = True
        self._show()
        collection = self.ctx.collection

        def done(result: UpgradeResult) -> None:
            self.busy = False
            self.outcome = result
            self.accept()

        run_collection_task(lambda progress: collection.apply_upgrade(plan), on_finished=done,
                            on_failed=self._failed)
