"""What the check found out about one report: the verdict with every reason, the signer,
the pack, and the results embedded in the signed revision.

The embedded results are shown as facts only for an authentic report. For a rejected
one the core gives none; should a result ever carry them, they are shown greyed
under an "unverified — do not rely on this" label.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from selfcheck.core import glossary
from selfcheck.core.answers import Status
from selfcheck.core.model import Pack
from selfcheck.core.reports.verify import SIGNER_CLOCK_NOTE
from selfcheck.core.scoring import Verdict
from selfcheck.core.text import count_separator, list_separator
from selfcheck.ui import icons
from selfcheck.ui.models.verified_reports import (
    ReportRow,
    local_signing_time,
    shown_reasons,
    verdict_label,
)
from selfcheck.ui.style import set_role
from selfcheck.ui.widgets import Badge
from selfcheck.ui.wording import grouped, pack_name, pack_version_text

#: Looks up the pack a report answers when that exact version is installed here:
#: (pack id, version, pack hash) -> the pack or None.
PackLookup = Callable[[str, int, str], Pack | None]


def _clear(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
        child = item.layout()
        if child is not None:
            _clear(child)


class ReportDetails(QScrollArea):
    """The details of the selected report (scrolls when they do not fit)."""

    def __init__(self, lang: Callable[[], str], installed_pack: PackLookup,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportDetails")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._lang = lang
        self._installed_pack = installed_pack
        self._entry: ReportRow | None = None
        content = QWidget()
        set_role(content, "detailContent")
        self.setWidget(content)
        self.badge = Badge()
        set_role(self.badge, "verifyBadge")
        self.badge.setWordWrap(True)
        self.body = QVBoxLayout()
        self.body.setSpacing(8)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(10)
        layout.addWidget(self.badge)
        layout.addLayout(self.body)
        layout.addStretch(1)
        self.show_row(None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_row(self._entry)
        super().changeEvent(event)

    # -- helpers ----------------------------------------------------------------

    def _label(self, text: str, name: str = "", *, rich: bool = False) -> QLabel:
        label = QLabel(text)
        if name:
            set_role(label, name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        label.setAccessibleName(text)
        return label

    def _form(self, title: str, rows: list[tuple[str, QWidget | str]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for caption, value in rows:
            field = self._label(value) if isinstance(value, str) else value
            name = self._label(caption, "fieldCaption")
            name.setWordWrap(False)
            field.setAccessibleName(f"{caption} {field.accessibleName() or ''}".strip())
            form.addRow(name, field)
        return box

    def text(self) -> str:
        """Everything the pane shows, as plain text (for tests and copying)."""
        parts = [self.badge.text()] if self.badge.isVisibleTo(self) else []
        content = self.widget()
        if content is not None:
            parts += [label.text() for label in content.findChildren(QLabel)
                      if label is not self.badge and label.text()]
        return "\n".join(parts)

    # -- showing a row ------------------------------------------------------------

    def show_row(self, entry: ReportRow | None) -> None:
        self._entry = entry
        _clear(self.body)
        result = entry.result if entry is not None else None
        lang = self._lang()
        if entry is None:
            self.badge.setVisible(False)
            self.body.addWidget(self._label(
                self.tr("Add signed PDF reports with “Add reports…” (Ctrl+O) or drop them "
                        "onto this window. Each one is checked against the trusted roots "
                        "of this computer."), "emptyHint"))
            return
        self.badge.setVisible(True)
        if result is None:
            self.badge.set_badge(self.tr("Checking…"), icons.PENDING_COLOR, filled=True)
            self.body.addWidget(self._label(str(entry.path), "mutedLabel"))
            return
        if result.authentic:
            self.badge.set_badge(
                self.tr("Authentic — signed, unchanged since signing, and from a signer "
                        "this computer trusts"), icons.AUTHENTIC_COLOR, filled=True)
        else:
            self.badge.set_badge(self.tr("Rejected — this report cannot be relied on"),
                                 icons.REJECTED_COLOR, filled=True)
        self.badge.setAccessibleName(self.badge.text())
        self.body.addWidget(self._label(str(entry.path), "mutedLabel"))

        if not result.authentic:
            reasons = QGroupBox(self.tr("Why it was rejected"))
            set_role(reasons, "reasonsBox")
            box = QVBoxLayout(reasons)
            for reason in shown_reasons(result, lang):
                box.addWidget(self._label("• " + reason, "rejectionReason"))
            self.body.addWidget(reasons)

        signature: list[tuple[str, QWidget | str]] = []
        if result.signer:
            signature.append((self.tr("Signer:"), result.signer))
        if result.issuer:
            signature.append((self.tr("Issued by:"), result.issuer))
        if result.algorithm:
            signature.append((self.tr("Signature algorithm:"), result.algorithm))
        if result.signer_fingerprint:
            fingerprint = self._label(grouped(result.signer_fingerprint), "monoLabel")
            fingerprint.setToolTip(result.signer_fingerprint)
            signature.append((self.tr("Certificate fingerprint (SHA-256):"), fingerprint))
        if result.signing_time is not None:
            signature.append((self.tr("Signed at:"), self._signed_at(result.signing_time)))
        pack = self._pack_of(result.pack_id, result.pack_version, result.pack_sha256)
        if pack is not None:
            signature.append((self.tr("Question pack:"), pack_name(pack, lang)))
        elif result.pack_id:
            signature.append((self.tr("Question pack:"), pack_version_text(
                result.pack_id, result.pack_version or 0)))
        if result.pack_sha256:
            pack_hash = self._label(grouped(result.pack_sha256), "monoLabel")
            pack_hash.setToolTip(result.pack_sha256)
            signature.append((self.tr("Pack hash (SHA-256):"), pack_hash))
        if signature:
            self.body.addWidget(self._form(self.tr("Signature"), signature))
        elif not result.authentic:
            self.body.addWidget(self._label(self.tr("No signature could be read from this file."),
                                            "mutedLabel"))

        if result.results:
            embedded = self._embedded(result.results, pack, lang)
            if not result.authentic:
                warning = self._label(self.tr("Unverified — do not rely on this. The file failed "
                                              "verification; what follows may have been "
                                              "altered."), "unverifiedLabel")
                self.body.addWidget(warning)
                embedded.setEnabled(False)
            self.body.addWidget(embedded)
        elif not result.authentic:
            self.body.addWidget(self._label(
                self.tr("The results inside a rejected report are not shown: they cannot be "
                        "trusted."), "mutedLabel"))

        # the clock caveat is shown under "Signed at:" already
        notes = [note for english, note in zip(result.notes, result.localized_notes(lang),
                                                strict=True)
                 if english != SIGNER_CLOCK_NOTE]
        if notes:
            notes_box = QGroupBox(self.tr("Notes from the check"))
            notes_layout = QVBoxLayout(notes_box)
            for note in notes:
                notes_layout.addWidget(self._label("• " + note))
            self.body.addWidget(notes_box)

    def _signed_at(self, moment: Any) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self._label(local_signing_time(moment)))
        caveat = self._label(self.tr("As claimed by the signer's own computer clock; no "
                                     "timestamp authority confirms it."), "mutedLabel")
        column.addWidget(caveat)
        holder.setAccessibleName(f"{local_signing_time(moment)} {caveat.text()}")
        return holder

    def _pack_of(self, pack_id: str | None, version: int | None,
                 sha256: str | None) -> Pack | None:
        if not pack_id or version is None or not sha256:
            return None
        return self._installed_pack(pack_id, version, sha256)

    def _embedded(self, results: dict[str, Any], pack: Pack | None, lang: str) -> QGroupBox:
        head = results.get("assessment") or {}
        score = results.get("score") or {}
        overall = score.get("overall") or {}
        rows: list[tuple[str, QWidget | str]] = []
        if head.get("organisation"):
            rows.append((self.tr("Organisation:"), str(head["organisation"])))
        if head.get("system_name"):
            rows.append((self.tr("AI system:"), str(head["system_name"])))
        if score.get("verdict"):
            badge = Badge()
            set_role(badge, "verdictBadge")
            try:
                color = icons.VERDICT_COLORS[Verdict(score["verdict"])]
            except ValueError:
                color = "#546e7a"
            badge.set_badge(verdict_label(str(score["verdict"]), lang), color)
            badge.setAccessibleName(badge.text())
            holder = QWidget()
            line = QVBoxLayout(holder)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(badge, 0, Qt.AlignmentFlag.AlignLeft)
            holder.setAccessibleName(badge.text())
            rows.append((self.tr("Verdict:"), holder))
        if overall.get("percent") is not None:
            rows.append((self.tr("Weighted score:"), f"{float(overall['percent']):.1f}%"))
        counts = overall.get("counts") or {}
        if counts:
            parts = []
            for status in Status:
                if status.value in counts:
                    parts.append(f"{status.label(lang)} {int(counts[status.value])}")
            rows.append((self.tr("Answers:"), count_separator(lang).join(parts)))
        grade = (results.get("risk") or {}).get("grade")
        if grade:
            rows.append((self.tr("Risk grade:"), glossary.label("risk_grade", str(grade), lang)))
        gaps = [gap for gap in score.get("critical_gaps") or [] if isinstance(gap, dict)]
        rows.append((self.tr("Critical gaps:"), self._gaps(gaps, pack, lang)))
        unanswered = [str(item) for item in score.get("critical_unanswered") or []]
        if unanswered:
            rows.append((self.tr("Critical items unanswered:"),
                         list_separator(lang).join(unanswered)))
        box = self._form(self.tr("Results embedded in the signed report"), rows)
        box.setObjectName("embeddedResults")
        return box

    def _gaps(self, gaps: list[dict[str, Any]], pack: Pack | None, lang: str) -> QWidget:
        if not gaps:
            return self._label(self.tr("None"))
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        texts = []
        for gap in gaps:
            item_id = str(gap.get("item", ""))
            status = glossary.label("status", str(gap.get("status", "")), lang)
            question = None
            if pack is not None:
                with contextlib.suppress(KeyError):
                    question = pack.item(item_id).question.get(lang)
            text = f"{item_id}（{status}）" if lang != "en" else f"{item_id} ({status})"
            if question:
                text += f"：{question}" if lang != "en" else f": {question}"
            texts.append(text)
            column.addWidget(self._label(text, "criticalGap"))
        holder.setAccessibleName("\n".join(texts))
        return holder
