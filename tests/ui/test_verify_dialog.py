"""Tools → Verify a report…: several files (picked and dropped), verdicts with the core's
reasons, details with the embedded results, the PDF preview, Delete, and re-checking
when the trusted roots change."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from selfcheck.core.reports.verify import SIGNER_CLOCK_NOTE_ZH, verify_report
from selfcheck.ui.dialogs.verify_report import VerifyDialog
from selfcheck.ui.models.verified_reports import AUTHENTIC, FILE, SIGNER, VERDICT
from tests.report_support import ID_PASS, fill_answers, make_pki, new_assessment, open_collection
from tests.ui.conftest import ScriptedPrompts

pytestmark = pytest.mark.gui



@pytest.fixture
def reports(tmp_path: Path, data_dir: Path) -> dict[str, Any]:
    """A signed report, a tampered copy (bytes appended), a non-PDF and the PKI."""
    pki = make_pki(tmp_path / "pki")
    usb = tmp_path / "usb"
    usb.mkdir()
    good = usb / "报告-signed.pdf"
    with open_collection(data_dir) as collection:
        assessment_id = new_assessment(collection)
        fill_answers(collection, assessment_id, tmp_path / "evidence")
        collection.reports.export(assessment_id, good, identity=pki.identity,
                      passphrase=ID_PASS, lang="zh", marking="内部")
    tampered = usb / "tampered.pdf"
    tampered.write_bytes(good.read_bytes() + b"\n% one more line\n")
    not_pdf = usb / "notes.txt"
    not_pdf.write_text("meeting notes, not a report\n", encoding="utf-8")
    copy_dir = tmp_path / "second-stick"
    copy_dir.mkdir()
    copy = copy_dir / "copy.pdf"
    shutil.copyfile(good, copy)
    folder = tmp_path / "a folder"
    folder.mkdir()
    return {"pki": pki, "good": good, "tampered": tampered, "not_pdf": not_pdf,
            "copy": copy, "folder": folder}


def drop(widget: Any, paths: list[Path], extra_urls: list[QUrl] | None = None) -> bool:
    """Drag ``paths`` over ``widget`` and drop them, as a file manager would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths] + (extra_urls or []))
    centre = widget.rect().center()
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(QPoint(centre)), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def cell(dialog: VerifyDialog, row: int, column: int) -> str:
    return str(dialog.model.index(row, column).data() or "")


def select(qtbot: Any, dialog: VerifyDialog, row: int) -> None:
    dialog.table.selectRow(row)
    dialog.table.setCurrentIndex(dialog.model.index(row, FILE))


def test_several_reports_verdicts_details_preview_and_roots(
        qtbot: Any, wait_tasks: Any, launch_window: Any, prompts: ScriptedPrompts,
        reports: dict[str, Any]) -> None:
    session = launch_window("en")
    ctx = session.ctx
    dialog = VerifyDialog(ctx, session.window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.no_roots.isVisibleTo(dialog)  # nothing trusted yet: said plainly
    dialog.roots_page.add_root(str(reports["pki"].root_pem))
    assert dialog.roots_page.table.rowCount() == 1
    assert not dialog.no_roots.isVisibleTo(dialog)

    # three files at once through the multi-file picker, opened with Ctrl+O
    prompts.open_path_lists.append([str(reports["good"]), str(reports["tampered"]),
                                    str(reports["not_pdf"])])
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert dialog.model.rowCount() == 3
    assert cell(dialog, 0, FILE) == "报告-signed.pdf"

    # a fourth by drag and drop; a folder and a remote URL in the same drop are skipped
    assert drop(dialog, [reports["copy"], reports["folder"]],
                [QUrl("https://example.org/report.pdf")])
    assert dialog.model.rowCount() == 4
    assert dialog.note.isVisibleTo(dialog)
    assert "a folder" in dialog.note.text()
    # dropping onto a child (the list) reaches the dialog too; a file already listed
    # is checked again, not added twice
    assert drop(dialog.table.viewport(), [reports["good"]])
    assert dialog.model.rowCount() == 4
    wait_tasks()

    good, tampered, not_pdf, copy = (dialog.model.row_at(n) for n in range(4))
    assert good is not None and tampered is not None and not_pdf is not None
    assert copy is not None
    assert good.authentic and copy.authentic
    assert cell(dialog, 0, AUTHENTIC) == "Authentic"
    assert cell(dialog, 1, AUTHENTIC) == "Rejected"
    assert cell(dialog, 2, AUTHENTIC) == "Rejected"
    assert "Zhang San" in cell(dialog, 0, SIGNER)
    assert cell(dialog, 0, VERDICT).startswith("Not met")
    assert cell(dialog, 1, VERDICT) == "—"  # nothing from a rejected report
    # the reasons are the core's, word for word
    assert tampered.result is not None and not_pdf.result is not None
    assert tampered.result.reasons == verify_report(
        reports["tampered"], [reports["pki"].root]).reasons
    assert "appended after the signed content" in tampered.result.reason
    assert not_pdf.result.reasons == ("not a PDF file",)

    # details and preview of the authentic report
    select(qtbot, dialog, 0)
    text = dialog.details.text()
    assert dialog.details.badge.text().startswith("Authentic")
    assert "Zhang San" in text
    assert "Not met" in text  # the embedded verdict
    assert "某市大数据管理局" in text and "政务热线智能分派系统" in text
    assert "signer's own computer clock" in text
    assert good.result is not None and good.result.pack_id
    gaps = good.result.results["score"]["critical_gaps"]  # type: ignore[index]
    assert gaps and gaps[0]["item"] in text
    # the pack is installed here: shown by its title (not its id), and the question of a
    # critical gap is shown with its id
    pack = ctx.collection.packs.get(good.result.pack_id, good.result.pack_version)
    assert pack.title.en in text and good.result.pack_id not in text
    question = next(i.question.en for i in pack.items if i.id == gaps[0]["item"])
    assert question in text
    qtbot.waitUntil(lambda: dialog.preview.status == QPdfDocument.Status.Ready, timeout=10000)
    assert dialog.preview.document.pageCount() > 0
    assert dialog.preview.stack.currentWidget() is dialog.preview.view
    assert not dialog.preview.banner.isVisibleTo(dialog)
    assert dialog.preview.page_label.text() == (
        f"Page 1 of {dialog.preview.document.pageCount()}")

    # the tampered one: every reason, no embedded results, a preview under a red banner
    select(qtbot, dialog, 1)
    text = dialog.details.text()
    assert dialog.details.badge.text().startswith("Rejected")
    for reason in tampered.result.reasons:
        assert reason in text
    assert "Zhang San" in text  # the signature itself could still be read
    assert "Not met" not in text
    assert dialog.preview.banner.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: dialog.preview.status == QPdfDocument.Status.Ready, timeout=10000)

    # the non-PDF: its reason, and "cannot preview"
    select(qtbot, dialog, 2)
    assert "not a PDF file" in dialog.details.text()
    qtbot.waitUntil(lambda: dialog.preview.status == QPdfDocument.Status.Error, timeout=10000)
    assert dialog.preview.stack.currentWidget() is dialog.preview.message
    assert "cannot be previewed" in dialog.preview.message.text()

    # Delete removes the selected file from the list (the file itself stays)
    select(qtbot, dialog, 3)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert dialog.model.rowCount() == 3
    assert reports["copy"].is_file()

    # no longer trusting the root checks every file again: the authentic one is rejected
    dialog.tabs.setCurrentIndex(1)
    dialog.roots_page.table.selectRow(0)
    dialog.roots_page.remove_root()
    assert prompts.confirms
    assert dialog.checking == 3
    wait_tasks()
    first = dialog.model.row_at(0)
    assert first is not None and first.result is not None and not first.authentic
    assert "no trusted root certificate is configured" in first.result.reason
    assert cell(dialog, 0, AUTHENTIC) == "Rejected"
    assert dialog.no_roots.isVisibleTo(dialog)
    select(qtbot, dialog, 0)
    assert dialog.details.badge.text().startswith("Rejected")
    assert "某市大数据管理局" not in dialog.details.text()

    # adding it again makes it authentic again
    dialog.roots_page.add_root(str(reports["pki"].root_pem))
    wait_tasks()
    assert cell(dialog, 0, AUTHENTIC) == "Authentic"

    # size and splitters are remembered
    dialog.reject()
    assert ctx.settings.geometry("verify_dialog") is not None
    assert ctx.settings.geometry("verify_splitter") is not None
    assert not prompts.errors


def test_chinese_labels_and_accessible_names(qtbot: Any, wait_tasks: Any, launch_window: Any,
                                            prompts: ScriptedPrompts,
                                            reports: dict[str, Any]) -> None:
    session = launch_window("zh")
    dialog = VerifyDialog(session.ctx, session.window)
    qtbot.addWidget(dialog)
    dialog.roots_page.add_root(str(reports["pki"].root_pem))
    prompts.open_path_lists.append([str(reports["good"]), str(reports["tampered"])])
    dialog.add_reports()
    wait_tasks()
    assert cell(dialog, 0, AUTHENTIC) == "可信"
    assert cell(dialog, 1, AUTHENTIC) == "不可信"
    assert cell(dialog, 0, VERDICT).startswith("不符合")
    select(qtbot, dialog, 0)
    assert dialog.details.badge.text().startswith("可信")
    assert "签名者本人计算机" in dialog.details.text()
    assert dialog.windowTitle() == "核验已签名的报告"
    # the tampered one: the core's reason in Chinese, in the details and the tooltip
    tampered = dialog.model.row_at(1)
    assert tampered is not None and tampered.result is not None
    assert tampered.result.reasons_zh and len(tampered.result.reasons_zh) == len(
        tampered.result.reasons)
    select(qtbot, dialog, 1)
    text = dialog.details.text()
    assert "文件在签名后被修改：签名内容之后追加了" in text
    for reason in tampered.result.reasons_zh:
        assert reason in text
    assert tampered.result.reason not in text  # not the English wording
    tooltip = str(dialog.model.index(1, AUTHENTIC).data(Qt.ItemDataRole.ToolTipRole))
    assert "签名内容之后追加了" in tooltip
    # switching the window's language shows the English reason at once
    session.window.set_language("en")
    assert tampered.result.reason in dialog.details.text()
    assert "签名内容之后追加了" not in dialog.details.text()
    tooltip = str(dialog.model.index(1, AUTHENTIC).data(Qt.ItemDataRole.ToolTipRole))
    assert "appended after the signed content" in tooltip
    session.window.set_language("zh")
    assert "签名内容之后追加了" in dialog.details.text()
    select(qtbot, dialog, 0)
    # the clock caveat is said once, under the signing time, not again as a note
    assert SIGNER_CLOCK_NOTE_ZH not in dialog.details.text()
    for widget in (dialog.add_button, dialog.remove_button, dialog.table, dialog.details,
                   dialog.roots_page.table, dialog.roots_page.add_button, dialog.roots_page.remove_button,
                   dialog.preview.view, dialog.tabs):
        assert widget.accessibleName(), widget.objectName()
    # tab order: add, remove, the list, the details …, the preview
    order = [dialog.add_button]
    widget = dialog.add_button.nextInFocusChain()
    while widget is not dialog.add_button and len(order) < 60:
        order.append(widget)
        widget = widget.nextInFocusChain()
    assert order.index(dialog.remove_button) < order.index(dialog.table) \
        < order.index(dialog.tabs) < order.index(dialog.preview.view)
    dialog.reject()
    assert not prompts.errors


def test_the_banner_names_the_cause(qtbot: Any, wait_tasks: Any, launch_window: Any,
                                    reports: dict[str, Any], data_dir: Path,
                                    tmp_path: Path) -> None:
    """Unsigned, not a PDF, no root, changed after signing: each says what it is; "may
    have been altered" only for the file that was changed; no command line anywhere."""
    unsigned = tmp_path / "unsigned.pdf"
    with open_collection(data_dir) as collection:
        assessment_id = new_assessment(collection)
        collection.reports.export(assessment_id, unsigned, identity=None, passphrase=None,
                                  lang="zh", marking="内部")
    session = launch_window("zh")
    dialog = VerifyDialog(session.ctx, session.window)
    qtbot.addWidget(dialog)
    dialog.add_paths([reports["good"], unsigned, reports["not_pdf"], reports["tampered"]])
    wait_tasks()

    def shown(row: int) -> tuple[str, str, str]:
        select(qtbot, dialog, row)
        banner = dialog.preview.banner
        assert banner.isVisibleTo(dialog)
        return banner.text(), banner.objectName(), dialog.details.text()

    # no root set up: a hint about this computer, in the window's words
    text, role, details = shown(0)
    assert "尚未设置受信任的根证书" in text and role == "openQuestionsHint"
    assert "篡改" not in text and "selfcheck" not in details
    dialog.roots_page.add_root(str(reports["pki"].root_pem))
    wait_tasks()
    select(qtbot, dialog, 0)
    assert not dialog.preview.banner.isVisibleTo(dialog)

    text, role, _details = shown(1)
    assert "未签名" in text and "篡改" not in text and role == "rejectedBanner"
    text, _role, _details = shown(2)
    assert "不是 PDF" in text and "篡改" not in text
    text, _role, _details = shown(3)
    assert "签名后被改动" in text and "篡改" in text
    session.window.set_language("en")
    text, _role, _details = shown(1)
    assert text.startswith("This PDF is not signed") and "altered" not in text


def test_a_library_missing_for_the_preview_is_named_when_the_report_check_opens(
        launch_window: Any, prompts: ScriptedPrompts, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window starts without the PDF preview's libraries; Tools → Verify a report…
    then names the one missing, with its package, and nothing else opens."""
    import sys

    from selfcheck import syslibs

    window = launch_window("zh").window
    line = syslibs.missing_message(["libQt6Zdf.so.6"], syslibs.PREVIEW_CANNOT_OPEN)
    monkeypatch.setattr(syslibs, "check_preview_libraries", lambda: line)
    monkeypatch.setitem(sys.modules, "selfcheck.ui.dialogs.verify_report", None)  # import fails
    window.verify_report()
    assert [message for _title, message in prompts.errors] == [line]
    assert line.startswith("缺少系统库 libQt6Zdf.so.6") and "报告预览无法打开" in line
