"""Screenshots of the real window in Chinese and English for docs/screenshots.

Run under a virtual X server:

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python build/tools/screenshot.py

Each language gets a throw-away data folder with a demo assessment, partly
answered; the government pack (gov-llm-deployment) is shown with its profile questions
in the new-assessment dialog, an item citing the Guidelines with the basis notice, the
profile dialog and an item that no longer applies with its kept answer
(``SELFCHECK_SHOTS_ONLY=gov`` takes only these); the empty and the filled list, the workspace, the summary, the
new-assessment dialog (as it opens and answered), the export dialog, Qt's file
dialog and the verify dialog (a signed report of the demo assessment and a tampered
copy, under a throw-away signing PKI), the sign-off dialog, the questionnaire export
and the preview of a returned questionnaire are grabbed from the real window. Qt's own
settings (the file dialog's state) go to a throw-away folder too. The report register
(Tools → Report register…) gets its own demo: several units' signed reports (one unit's
in two versions, one signed by another organisation's signer), a tampered and an
unsigned file, imported as a folder; the register, the organisation × theme table and a
comparison of two versions are grabbed. (``SELFCHECK_SHOTS_ONLY=office`` shoots only the
export, sign-off and questionnaire dialogs; the pages of the exported files are made by
office_pages.py.)
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "desktop"))
OUT = REPO / "docs" / "screenshots"

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget  # noqa: E402

from selfcheck.core import pki  # noqa: E402
from selfcheck.core.answers import Answer, Status  # noqa: E402
from selfcheck.core.collection import Collection  # noqa: E402
from selfcheck.core.packs.file import build_pack_bytes  # noqa: E402
from selfcheck.core.packs.keys import generate_signing_key  # noqa: E402
from selfcheck.core.paths import resolve_paths  # noqa: E402
from selfcheck.core.risk import Autonomy, Criticality, DataSensitivity, PeopleAffected, RiskProfile  # noqa: E402
from selfcheck.ui.app import create_application, launch  # noqa: E402
from selfcheck.ui.dialogs.new_assessment import NewAssessmentDialog  # noqa: E402
from selfcheck.ui.dialogs.pack_install import PackInstallDialog  # noqa: E402
from selfcheck.ui.dialogs.user_guide import UserGuideDialog  # noqa: E402
from selfcheck.ui.dialogs.verify_report import VerifyDialog  # noqa: E402
from selfcheck.ui.file_dialogs import file_dialog  # noqa: E402
from selfcheck.ui.prompts import Prompts  # noqa: E402
from selfcheck.ui.tasks import pending_tasks  # noqa: E402

DEMO = {
    "zh": {
        "org": "某市交通运输局", "system": "市民热线智能问答助手", "assessor": "王芳（信息科）",
        "description": "为12345热线坐席提供答复建议，由坐席人员审核后答复市民。",
        "partial": "已完成书面评估，但尚未经单位负责人审批。",
        "not": "尚未建立该项制度，计划在下季度完成。",
        "na": "本系统不涉及该场景。", "evidence": "风险评估报告（2026年3月），档案号 XX-2026-031",
        "owner": "信息科 李明", "other": ["旧版本也有", "总局文件"],
        "org2": "某区应急管理局", "system2": "灾情信息自动汇总系统",
        "org3": "某市水务集团", "system3": "管网漏损智能识别",
        "ca": "某市交通运输局 报告签名根证书", "ca_org": "某市交通运输局", "signer": "王芳",
        "good": "自查报告-市民热线智能问答助手.pdf", "bad": "自查报告-转交副本.pdf",
        "unsigned": "自查报告-未签名.pdf", "pack_key": "省网信办检查清单签名密钥",
    },
    "en": {
        "org": "Municipal Transport Bureau", "system": "Citizen hotline assistant",
        "assessor": "Wang Fang (IT office)",
        "description": "Suggests answers to 12345 hotline agents, who check them before replying.",
        "partial": "A written assessment exists but has not been approved by the head yet.",
        "not": "No such rule yet; planned for next quarter.",
        "na": "The system is not used in this scenario.",
        "evidence": "Risk assessment report (March 2026), archive no. XX-2026-031",
        "owner": "IT office, Li Ming", "other": [],
        "org2": "District Emergency Management Office", "system2": "Incident report summariser",
        "org3": "City Water Group", "system3": "Pipe-leak detection",
        "ca": "Municipal Transport Bureau report root", "ca_org": "Municipal Transport Bureau",
        "signer": "Wang Fang", "good": "self-check-hotline-assistant.pdf",
        "bad": "self-check-forwarded-copy.pdf", "unsigned": "self-check-unsigned.pdf",
        "pack_key": "Provincial cyberspace office pack key",
    },
}


def build_demo(data_dir: Path, lang: str) -> int:
    """A demo collection: one assessment partly answered, two others."""
    text = DEMO[lang]
    with Collection.open(resolve_paths(data_dir)) as collection:
        profile = RiskProfile(criticality=Criticality.HIGH, autonomy=Autonomy.ACTS_WITH_APPROVAL,
                              people_affected=PeopleAffected.MANY,
                              data_sensitivity=DataSensitivity.PERSONAL)
        pack_version = collection.packs.records("aisgf-key-sector")[0].version  # the newest (v3)
        for org, system, sector in ((text["org2"], text["system2"], "public-safety"),
                                    (text["org3"], text["system3"], "cii")):
            other = collection.new_assessment(
                pack_id="aisgf-key-sector", pack_version=pack_version, organisation=org,
                system_name=system, sector=sector, assessor=text["assessor"],
                profile=replace(profile, criticality=Criticality.MEDIUM))
            items = collection.assessment(other).items
            for item in items[: len(items) // (3 if sector == "cii" else 1)]:
                collection.save_answer(other, Answer(item_id=item.id,
                                                     status=Status.IMPLEMENTED,
                                                     evidence=text["evidence"]))
        assessment_id = collection.new_assessment(
            pack_id="aisgf-key-sector", pack_version=pack_version, organisation=text["org"],
            system_name=text["system"], system_description=text["description"],
            sector="government", assessor=text["assessor"], profile=profile)
        items = collection.assessment(assessment_id).items
        due = dt.date.today() + dt.timedelta(days=90)
        evidence_file = data_dir / ("风险评估报告.pdf" if lang == "zh" else "risk-assessment.pdf")
        evidence_file.write_bytes(b"%PDF-1.4 demo evidence\n" * 400)
        for n, item in enumerate(items[:44]):
            kind = n % 7
            if kind in (0, 1, 2, 4):
                answer = Answer(item_id=item.id, status=Status.IMPLEMENTED,
                                evidence=text["evidence"] if kind != 4 else "")
            elif kind == 3:
                answer = Answer(item_id=item.id, status=Status.PARTIAL,
                                justification=text["partial"], remediation_owner=text["owner"],
                                remediation_due=due, flagged=n % 2 == 1)
            elif kind == 5:
                answer = Answer(item_id=item.id, status=Status.NOT_IMPLEMENTED,
                                justification=text["not"],
                                remediation_owner=text["owner"] if n % 3 else "",
                                remediation_due=due if n % 3 else None)
            else:
                answer = Answer(item_id=item.id, status=Status.NOT_APPLICABLE,
                                justification=text["na"])
            collection.save_answer(assessment_id, answer)
        collection.attach_file(assessment_id, items[3].id, evidence_file)
        collection.attach_file(assessment_id, items[0].id, evidence_file)
    return assessment_id


REGISTER_DEMO = {
    "zh": {"units": [("某市交通运输局", "市民热线智能问答助手"), ("某市交通运输局", "公文智能校对"),
                     ("某区应急管理局", "灾情信息自动汇总系统"), ("某市水务集团", "管网漏损智能识别"),
                     ("某市卫生健康委员会", "智能分诊助手")],
           "ca": "某市网信办 报告签名根证书", "ca_org": "某市网信办", "inbox": "U盘"},
    "en": {"units": [("Municipal Transport Bureau", "Citizen hotline assistant"),
                     ("Municipal Transport Bureau", "Document proofreader"),
                     ("District Emergency Management Office", "Incident report summariser"),
                     ("City Water Group", "Pipe-leak detection"),
                     ("Municipal Health Commission", "Triage assistant")],
           "ca": "City Cyberspace Office report root", "ca_org": "City Cyberspace Office",
           "inbox": "USB stick"},
}


def _register_answers(collection: Collection, assessment_id: int, seed: int, lang: str,
                      previous: dict[str, Status] | None = None) -> dict[str, Status]:
    """Answers of one unit (a later version improves on ``previous``); returns the statuses."""
    import random

    rng = random.Random(seed)
    statuses = [Status.IMPLEMENTED, Status.PARTIAL, Status.NOT_IMPLEMENTED]
    weights = [[60, 1, 0], [20, 2, 1], [8, 3, 2]][seed % 3]
    text = DEMO[lang]
    chosen: dict[str, Status] = {}
    for item in collection.assessment(assessment_id).items:
        status = rng.choices(statuses, weights)[0]
        if previous is not None:
            before = previous[item.id]
            status = Status.IMPLEMENTED if before is not Status.IMPLEMENTED and rng.random() < 0.8 \
                else Status.PARTIAL if before is Status.IMPLEMENTED and rng.random() < 0.03 else before
        chosen[item.id] = status
    collection.save_answers(assessment_id, [Answer(
        item_id=item, status=status, evidence=text["evidence"] if status is Status.IMPLEMENTED
        else "", justification="" if status is Status.IMPLEMENTED else text["partial"],
        remediation_owner=text["owner"] if status is not Status.IMPLEMENTED else "")
        for item, status in chosen.items()])
    return chosen


def build_register_demo(work: Path, lang: str) -> tuple[Path, Path]:
    """Signed reports of several units in an inbox folder; returns (inbox, root PEM)."""
    import time

    text = REGISTER_DEMO[lang]
    secret = "screenshot-passphrase"
    root = pki.init_ca(work / "ca", name=text["ca"], organisation=text["ca_org"], passphrase=secret)
    inbox = work / text["inbox"]
    inbox.mkdir(parents=True)
    profile = RiskProfile(criticality=Criticality.HIGH, autonomy=Autonomy.ACTS_WITH_APPROVAL,
                          people_affected=PeopleAffected.MANY,
                          data_sensitivity=DataSensitivity.PERSONAL)
    with Collection.open(resolve_paths(work / "units")) as collection:
        for number, (organisation, system) in enumerate(text["units"]):
            signer_org = text["ca_org"] if number == 2 else organisation
            identity = pki.issue_identity(work / "ca", secret, name=f"{DEMO[lang]['signer']}{number}",
                                          output=work / f"signer{number}.pem", passphrase=secret,
                                          organisation=signer_org)
            assessment = collection.new_assessment(
                pack_id="aisgf-key-sector", organisation=organisation, system_name=system,
                sector="government", assessor=DEMO[lang]["assessor"],
                profile=profile if number in (0, 2) else replace(
                    profile, criticality=Criticality.LOW, people_affected=PeopleAffected.FEW))
            versions = 2 if number == 0 else 1
            answered: dict[str, Status] | None = None
            for version in range(versions):
                answered = _register_answers(collection, assessment, number + 2, lang, answered)
                output = inbox / f"{number}-{system}-v{version + 1}.pdf"
                collection.reports.export(assessment, output, identity=identity.path,
                                          passphrase=secret, lang=lang, marking="内部")
                if version + 1 < versions:
                    time.sleep(1.1)  # signing times have whole seconds
        last = sorted(inbox.glob("*.pdf"))[-1]
        data = bytearray(last.read_bytes())
        data[len(data) // 2] ^= 1
        (inbox / ("篡改的副本.pdf" if lang == "zh" else "tampered-copy.pdf")).write_bytes(bytes(data))
    return inbox, root.cert_path


def shoot_register(app: QApplication, lang: str) -> None:
    """Tools → Report register…: a folder imported; the register, the matrix, a comparison."""
    with tempfile.TemporaryDirectory(prefix=f"selfcheck-shots-register-{lang}-") as folder:
        inbox, root_pem = build_register_demo(Path(folder) / "work", lang)
        session = launch(Path(folder) / "desk", prompts=Prompts(), language=lang)
        assert session is not None
        session.ctx.collection.report_roots.add(root_pem)
        review = session.window.open_register()
        review.resize(1440, 860)
        review.move(20, 20)
        review.import_paths([inbox])
        while pending_tasks():
            app.processEvents()
        settle(app, 20)
        register = review.register
        noted = [e.row.id for e in register.proxy.visible_entries() if e.notes]
        register.select_reports(noted[:1])
        settle(app, 20)
        grab(review, f"register_{lang}.png")
        review.tabs.setCurrentIndex(1)
        settle(app, 20)
        grab(review, f"register_matrix_{lang}.png")
        review.tabs.setCurrentIndex(0)
        register.latest.setChecked(False)
        two = [e.row.id for e in register.proxy.visible_entries() if e.row.versions == 2]
        review.show_comparison(two[0], two[1])
        settle(app, 20)
        grab(review, f"register_compare_{lang}.png")
        review.close()
        session.close()


def settle(app: QApplication, rounds: int = 6) -> None:
    for _ in range(rounds):
        app.processEvents()


def settle_for(app: QApplication, milliseconds: int) -> None:
    """Process events for a while: pages the PDF view renders in the background, fading
    buttons (a line edit's clear button) finish before the grab."""
    deadline = time.monotonic() + milliseconds / 1000
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def grab(widget: QWidget, name: str) -> None:
    path = OUT / name
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(REPO)}")


def modal_shot(app: QApplication, name: str, prepare: object = None, *,
               answer_yes: bool = False) -> None:
    """Grab the modal dialog that opens next (after ``prepare(dialog)``), then close it
    (a question answered Yes with ``answer_yes``)."""

    def shot() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(100, shot)
            return
        settle(app)
        if callable(prepare):
            prepare(dialog)
            settle(app)
        grab(dialog, name)
        yes = dialog.button(QMessageBox.StandardButton.Yes) if isinstance(dialog, QMessageBox) \
            else None
        if answer_yes and yes is not None:
            yes.click()
        else:
            dialog.reject()  # type: ignore[attr-defined]

    QTimer.singleShot(300, shot)


def wait_for_tasks(app: QApplication) -> None:
    while pending_tasks():
        app.processEvents()
    settle(app)


def shoot_empty(app: QApplication, lang: str) -> None:
    """The start view of a data folder without assessments."""
    with tempfile.TemporaryDirectory(prefix=f"selfcheck-shots-empty-{lang}-") as folder:
        session = launch(Path(folder) / "data", prompts=Prompts(), language=lang)
        assert session is not None
        window = session.window
        window.resize(1440, 900)
        window.move(20, 20)
        window.show()
        settle(app)
        grab(window, f"list_empty_{lang}.png")
        session.close()


def answer_new_assessment(dialog: QWidget) -> None:
    """Names and the four risk-profile answers, as a user would give them."""
    assert isinstance(dialog, NewAssessmentDialog)
    text = DEMO["zh" if dialog.ctx.lang == "zh" else "en"]
    dialog.organisation.setText(text["org"])
    dialog.system_name.setText(text["system"])
    dialog.assessor.setText(text["assessor"])
    for name, index in (("criticality", 2), ("autonomy", 1), ("people_affected", 2),
                        ("data_sensitivity", 1)):
        dialog.factor_boxes[name].setCurrentIndex(index)


def shoot_verify(app: QApplication, window: QWidget, data_dir: Path, assessment_id: int,
                 lang: str) -> None:
    """Tools → Verify a report…: the demo report, signed, and a copy with bytes appended."""
    text = DEMO[lang]
    work = data_dir.parent / "verify"
    secret = "screenshot-passphrase"
    root = pki.init_ca(work / "ca", name=text["ca"], organisation=text["ca_org"],
                       passphrase=secret)
    identity = pki.issue_identity(work / "ca", secret, name=text["signer"],
                                  output=work / "signer.pem", passphrase=secret)
    good = work / "usb" / text["good"]
    good.parent.mkdir(parents=True)
    with Collection.open(resolve_paths(data_dir)) as collection:
        collection.reports.export(assessment_id, good, identity=identity.path,
                      passphrase=secret, lang=lang, marking="内部" if lang == "zh" else "Internal")
    bad = good.with_name(text["bad"])
    bad.write_bytes(good.read_bytes() + b"\n% appended after signing\n")
    unsigned = good.with_name(text["unsigned"])
    with Collection.open(resolve_paths(data_dir)) as collection:
        collection.reports.export(assessment_id, unsigned, identity=None, passphrase=None,
                                  lang=lang, marking="内部" if lang == "zh" else "Internal")
    ctx = window.ctx  # type: ignore[attr-defined]
    dialog = VerifyDialog(ctx, window)
    dialog.resize(1280, 760)
    dialog.show()
    dialog.add_paths([good, bad, unsigned])
    wait_for_tasks(app)
    dialog.table.selectRow(0)
    settle_for(app, 1500)
    grab(dialog, f"verify_no_root_{lang}.png")
    dialog.tabs.setCurrentIndex(1)
    modal_shot(app, f"root_trust_{lang}.png", answer_yes=True)
    dialog.roots_page.add_root(str(root.cert_path))
    wait_for_tasks(app)
    dialog.tabs.setCurrentIndex(0)
    for row, name in ((0, f"verify_{lang}.png"), (1, f"verify_rejected_{lang}.png"),
                      (2, f"verify_unsigned_{lang}.png")):
        dialog.table.selectRow(row)
        settle_for(app, 1500)
        grab(dialog, name)
    dialog.reject()


GOV_ANSWERS = {"genai": "yes", "agents": "no", "public_facing": "yes",
               "internet_resources": "no", "own_model": "no", "personal_info": "yes",
               "unit_level": "county"}


def answer_gov_assessment(dialog: QWidget) -> None:
    """The government pack chosen in the new-assessment dialog, every question answered."""
    assert isinstance(dialog, NewAssessmentDialog)
    answer_new_assessment(dialog)
    dialog.pack.setCurrentIndex(next(n for n, pack in enumerate(dialog._packs)
                                     if pack.pack_id == "gov-llm-deployment"))
    for question, option in GOV_ANSWERS.items():
        box = dialog.questions_box.boxes[question]
        box.setCurrentIndex(box.findData(option))
    dialog.resize(760, dialog.sizeHint().height())


def shoot_gov(app: QApplication, window: QWidget, data_dir: Path, lang: str) -> None:
    """The government pack: its questions, an item with the basis notice, the profile
    dialog, and an item that stopped applying with its answer kept."""
    from selfcheck.ui.dialogs.profile import ProfileDialog

    text = DEMO[lang]
    with Collection.open(resolve_paths(data_dir)) as collection:
        profile = RiskProfile(criticality=Criticality.HIGH, autonomy=Autonomy.ADVISES,
                              people_affected=PeopleAffected.MANY,
                              data_sensitivity=DataSensitivity.PERSONAL)
        assessment_id = collection.new_assessment(
            pack_id="gov-llm-deployment", organisation=text["org"], system_name=text["system"],
            system_description=text["description"], sector="government",
            assessor=text["assessor"], profile=profile, profile_answers=GOV_ANSWERS)
        for item in collection.assessment(assessment_id).items[:14]:
            collection.save_answer(assessment_id, Answer(item_id=item.id,
                                                         status=Status.IMPLEMENTED,
                                                         evidence=text["evidence"]))
    window.show_list()
    modal_shot(app, f"new_assessment_gov_{lang}.png", answer_gov_assessment)
    window.new_assessment()
    window.open_assessment(assessment_id)  # type: ignore[attr-defined]
    workspace = window.workspace  # type: ignore[attr-defined]
    workspace.select_item("SC-04")
    workspace.item_list.table.setFocus()
    settle_for(app, 600)
    grab(window, f"gov_items_{lang}.png")
    dialog = ProfileDialog(window.ctx, assessment_id, window)  # type: ignore[attr-defined]
    box = dialog.box.boxes["genai"]
    box.setCurrentIndex(box.findData("no"))
    dialog.show()
    settle(app)
    grab(dialog, f"gov_profile_{lang}.png")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    window.open_assessment(assessment_id)  # type: ignore[attr-defined]
    workspace.select_item("SC-04")
    workspace.item_list.table.setFocus()
    workspace.item_list.table.scrollToBottom()
    settle_for(app, 600)
    grab(window, f"gov_not_applying_{lang}.png")
def shoot_office(app: QApplication, window: QWidget, data_dir: Path, assessment_id: int,
                 lang: str) -> None:
    """The sign-off dialog, the questionnaire export and the preview of a returned
    questionnaire (one new answer, one conflict and a row with a problem)."""
    from openpyxl import load_workbook

    from selfcheck.ui.dialogs.questionnaire_export import QuestionnaireExportDialog
    from selfcheck.ui.dialogs.sign_off import SignOffDialog
    from selfcheck.ui.dialogs.workbook_import import WorkbookImportDialog

    ctx = window.ctx  # type: ignore[attr-defined]
    sign_off = SignOffDialog(ctx, assessment_id, window)
    sign_off.fields["reviewed", "name"].setText("赵强" if lang == "zh" else "Zhao Qiang")
    sign_off.fields["reviewed", "role"].setText("分管副局长" if lang == "zh" else "Deputy director")
    sign_off.show()
    settle(app)
    grab(sign_off, f"sign_off_{lang}.png")
    sign_off.reject()
    questionnaire = QuestionnaireExportDialog(ctx, assessment_id, window)
    questionnaire.show()
    settle(app)
    grab(questionnaire, f"questionnaire_export_{lang}.png")
    questionnaire.reject()
    sheet_name = "问卷" if lang == "zh" else "Questionnaire"
    sent = data_dir.parent / "questionnaire.xlsx"
    ctx.collection.questionnaires.export(assessment_id, sent, themes={"backup-recovery"},
                                         lang=lang)
    book = load_workbook(sent)
    sheet = book[sheet_name]
    statuses = {status: status.label(lang) for status in Status}
    sheet["B4"], sheet["D4"] = ("王工", "信息中心") if lang == "zh" else ("Wang Gong", "IT centre")
    sheet["F7"], sheet["G7"] = statuses[Status.PARTIAL], (
        "备份只覆盖核心业务系统。" if lang == "zh" else "Backups cover the core systems only.")
    sheet["F8"], sheet["H8"] = statuses[Status.IMPLEMENTED], DEMO[lang]["evidence"]
    sheet["J9"] = "31.12.2027"
    returned = data_dir.parent / "returned.xlsx"
    book.save(returned)
    ctx.collection.set_answer(assessment_id, "BR-01", Status.NOT_IMPLEMENTED,
                              justification=DEMO[lang]["not"])
    preview = WorkbookImportDialog(ctx, assessment_id, returned, window)
    preview.load()
    while pending_tasks():
        app.processEvents()
    preview.resize(1180, 620)
    preview.show()
    settle(app, 20)
    grab(preview, f"import_preview_{lang}.png")
    preview.reject()
def changed_pack(work: Path, items_shown: list[str], lang: str) -> tuple[Path, Path]:
    """Version 4 of the built-in pack, signed with a throw-away key: two questions
    reworded, one severity raised; returns the pack file and the key's public file."""
    source = REPO / "checklists" / "aisgf-key-sector" / "v3"
    meta = json.loads((source / "pack.json").read_text("utf-8"))
    items = json.loads((source / "items.json").read_text("utf-8"))
    meta["version"], meta["label"] = 4, "4.0 (2027-03)"
    by_id = {item["id"]: item for item in items}
    for item_id in items_shown[3], items_shown[10]:
        by_id[item_id]["question"]["zh"] = by_id[item_id]["question"]["zh"].rstrip("？") + \
            "（含外包和驻场人员）？"
        by_id[item_id]["question"]["en"] = by_id[item_id]["question"]["en"].rstrip("?") + \
            ", including contractors and on-site vendor staff?"
    by_id[items_shown[5]]["severity"] = "critical"
    key, public = generate_signing_key(DEMO[lang]["pack_key"])
    files = {"pack.json": json.dumps(meta, ensure_ascii=False).encode("utf-8"),
             "items.json": json.dumps(items, ensure_ascii=False).encode("utf-8")}
    work.mkdir(parents=True, exist_ok=True)
    pack_file = work / "aisgf-key-sector-v4.ckpack"
    pack_file.write_bytes(build_pack_bytes(files, key).data)
    key_file = work / "provincial-office.public.json"
    key_file.write_bytes(public.to_json_bytes())
    return pack_file, key_file


def shoot_pack_install(app: QApplication, window: QWidget, data_dir: Path, lang: str) -> None:
    """Packs → Install…: a pack signed by a key not trusted yet, the key trusted after its
    fingerprint was shown, then the changes as a table."""
    ctx = window.ctx  # type: ignore[attr-defined]
    items = [item.id for item in window.workspace.assessment.items]  # type: ignore[attr-defined]
    pack_file, key_file = changed_pack(data_dir.parent / "packs", items, lang)
    dialog = PackInstallDialog(ctx, window)
    dialog.resize(1100, 680)
    dialog.show()
    dialog.inspect(pack_file)
    wait_for_tasks(app)
    grab(dialog, f"pack_untrusted_{lang}.png")
    modal_shot(app, f"pack_key_trust_{lang}.png", answer_yes=True)
    dialog.trust_key(str(key_file))
    wait_for_tasks(app)
    grab(dialog, f"pack_install_{lang}.png")
    dialog.install()
    wait_for_tasks(app)


def shoot(app: QApplication, lang: str, only: str = "") -> None:
    if only == "register":
        shoot_register(app, lang)
        return
    with tempfile.TemporaryDirectory(prefix=f"selfcheck-shots-{lang}-") as folder:
        data_dir = Path(folder) / "data"
        assessment_id = build_demo(data_dir, lang)
        session = launch(data_dir, prompts=Prompts(), language=lang)
        assert session is not None
        window = session.window
        window.resize(1440, 900)
        window.move(20, 20)
        window.show()
        settle(app)
        if only in ("verify", "gov"):
            (shoot_verify(app, window, data_dir, assessment_id, lang) if only == "verify"
             else shoot_gov(app, window, data_dir, lang))
            session.close()
            return
        if only == "office":
            modal_shot(app, f"export_{lang}.png")
            window.export_report()
            shoot_office(app, window, data_dir, assessment_id, lang)
            session.close()
            return
        window.list_view.refresh()
        settle(app)
        grab(window, f"list_{lang}.png")

        window.open_assessment(assessment_id)
        workspace = window.workspace
        items = workspace.assessment.items
        workspace.select_item(items[3].id)  # a partial answer with remediation and a file
        workspace.item_list.table.setFocus()
        settle(app)
        grab(window, f"workspace_{lang}.png")

        # an unsaved draft with its inline message
        workspace.select_item(items[45].id)
        workspace.detail.set_status(Status.PARTIAL)
        workspace.item_list.table.setFocus()
        settle(app)
        grab(window, f"workspace_draft_{lang}.png")
        workspace.detail.set_status(Status.IMPLEMENTED)

        # a due date typed that is no date: kept as typed, with its message
        workspace.select_item(items[3].id)
        due = workspace.detail.form.due
        due.edit.setText("2026-13-45")
        due.read_text()
        settle(app)
        bar = workspace.detail.scroll_area.verticalScrollBar()
        bar.setValue(bar.maximum())
        settle(app)
        grab(window, f"workspace_due_{lang}.png")
        workspace.detail.show_item(items[3].id)

        # search matches marked in the list
        workspace.item_list.search.setText("风险评估" if lang == "zh" else "risk assessment")
        settle(app)
        grab(window, f"workspace_search_{lang}.png")
        workspace.clear_filters()

        workspace.show_summary()
        settle(app)
        grab(window, f"summary_{lang}.png")

        # no signing identity is set up in the demo folder: the dialog says so
        modal_shot(app, f"export_{lang}.png")
        window.export_report()

        dialog = file_dialog(window, "", str(data_dir), "PDF (*.pdf)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.show()
        settle(app, 20)
        grab(dialog, f"file_dialog_{lang}.png")
        dialog.close()

        shoot_verify(app, window, data_dir, assessment_id, lang)
        shoot_office(app, window, data_dir, assessment_id, lang)

        # a newer pack version from the administrator, then the upgrade and a re-review
        shoot_pack_install(app, window, data_dir, lang)
        window.workspace.refresh_header()
        modal_shot(app, f"upgrade_{lang}.png", lambda dialog: wait_for_tasks(app))
        window.upgrade_assessment(assessment_id, 4)  # shown, then cancelled
        window.workspace.flush()
        new_id = window.ctx.collection.upgrade(assessment_id, 4).new_assessment_id
        window.open_assessment(new_id)
        window.workspace.select_item(items[3].id)
        settle_for(app, 600)
        grab(window, f"workspace_review_{lang}.png")

        guide = UserGuideDialog(window.ctx, window)
        guide.show()
        settle(app, 20)
        grab(guide, f"guide_{lang}.png")
        guide.close()

        window.show_list()
        modal_shot(app, f"new_assessment_{lang}.png")
        window.new_assessment()
        modal_shot(app, f"new_assessment_answered_{lang}.png", answer_new_assessment)
        window.new_assessment()
        shoot_gov(app, window, data_dir, lang)
        session.close()
    shoot_register(app, lang)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    os.environ.pop("SELFCHECK_HOME", None)
    with tempfile.TemporaryDirectory(prefix="selfcheck-shots-config-") as config:
        os.environ["XDG_CONFIG_HOME"] = config  # Qt's own settings (file dialog state)
        app = create_application(sys.argv[:1])
        only = os.environ.get("SELFCHECK_SHOTS_ONLY", "")  # e.g. "verify" while iterating
        for lang in ("zh", "en"):
            if not only:
                shoot_empty(app, lang)
            shoot(app, lang, only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
