"""Pages of the report in every format, as a reader sees them, for docs/screenshots:
the PDF (cover, summary, sign-off, verification data) rendered with pdftoppm, and the
workbook (整改台账, all answers), the Word working draft and a questionnaire converted
by LibreOffice headless and rendered the same way. Chinese and English.

    .venv/bin/python build/tools/office_pages.py

Needs poppler-utils (pdftoppm) and LibreOffice (soffice); a throw-away data folder holds
a demo assessment of the built-in pack. The bundled CJK font is given to LibreOffice
through a private fontconfig file, as on a machine without Chinese fonts.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "desktop"))
OUT = REPO / "docs" / "screenshots"

from selfcheck.core.answers import Answer, Status  # noqa: E402
from selfcheck.core.assessment import Signatory, SignOff  # noqa: E402
from selfcheck.core.collection import Collection  # noqa: E402
from selfcheck.core.paths import resolve_paths  # noqa: E402
from selfcheck.core.reports.pdf import render_report  # noqa: E402
from selfcheck.core.risk import Autonomy, Criticality, DataSensitivity, PeopleAffected, RiskProfile  # noqa: E402

FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>{fonts}</dir>
  <cachedir>{cache}</cachedir>
</fontconfig>
"""
TEXTS = {
    "zh": {"org": "某市交通运输局", "system": "市民热线智能问答助手", "assessor": "王芳",
           "role": "信息科科长", "reviewer": "赵强", "reviewer_role": "分管副局长",
           "approver": "钱进", "approver_role": "局长", "distribution": "本局信息科；市网信办",
           "partial": "已完成书面评估，但尚未经单位负责人审批。",
           "not": "尚未建立该项制度，计划在下季度完成。", "na": "本系统不涉及该场景。",
           "evidence": "风险评估报告（2026年3月），档案号 XX-2026-031", "owner": "信息科 李明"},
    "en": {"org": "Municipal Transport Bureau", "system": "Citizen hotline assistant",
           "assessor": "Wang Fang", "role": "Head of IT office", "reviewer": "Zhao Qiang",
           "reviewer_role": "Deputy director", "approver": "Qian Jin", "approver_role": "Director",
           "distribution": "IT office; municipal cyberspace office",
           "partial": "A written assessment exists but has not been approved by the head yet.",
           "not": "No such rule yet; planned for next quarter.",
           "na": "The system has no such scenario.",
           "evidence": "Risk assessment report (March 2026), file XX-2026-031",
           "owner": "IT office, Li Ming"},
}


def demo(collection: Collection, lang: str) -> int:
    text = TEXTS[lang]
    assessment = collection.new_assessment(
        pack_id="aisgf-key-sector", organisation=text["org"], system_name=text["system"],
        sector="government", assessor=text["assessor"],
        profile=RiskProfile(criticality=Criticality.HIGH, autonomy=Autonomy.ACTS_WITH_APPROVAL,
                            people_affected=PeopleAffected.MANY,
                            data_sensitivity=DataSensitivity.PERSONAL))
    cycle = [Status.IMPLEMENTED, Status.IMPLEMENTED, Status.PARTIAL, Status.IMPLEMENTED,
             Status.NOT_IMPLEMENTED, Status.IMPLEMENTED, Status.NOT_APPLICABLE]
    due = dt.date.today() + dt.timedelta(days=120)
    answers = []
    for n, item in enumerate(collection.assessment(assessment).items[:-3]):
        status = cycle[n % len(cycle)]
        why = {Status.PARTIAL: text["partial"], Status.NOT_IMPLEMENTED: text["not"],
               Status.NOT_APPLICABLE: text["na"]}.get(status, "")
        answers.append(Answer(
            item_id=item.id, status=status, justification=why,
            evidence=text["evidence"] if status is Status.IMPLEMENTED else "",
            remediation_owner=text["owner"] if status.wants_remediation else "",
            remediation_due=due if status.wants_remediation and n % 3 else None))
    collection.save_answers(assessment, answers)
    collection.set_sign_off(assessment, SignOff(
        prepared=Signatory(text["assessor"], text["role"], dt.date.today()),
        reviewed=Signatory(text["reviewer"], text["reviewer_role"]),
        approved=Signatory(text["approver"], text["approver_role"])))
    return assessment


def convert(document: Path, work: Path, soffice: str = "soffice", to: str = "pdf") -> Path:
    """``document`` converted by LibreOffice headless (to PDF, or e.g. to "xlsx" to save a
    workbook again as LibreOffice would) in ``work``, with its own profile and the
    bundled font given to it through a private fontconfig file. Also used by the tests
    (tests/office_support.py)."""
    work.mkdir(parents=True, exist_ok=True)
    conf = work / "fonts.conf"
    conf.write_text(FONTS_CONF.format(fonts=REPO / "resources" / "fonts",
                                      cache=work / "fontcache"), "utf-8")
    subprocess.run([soffice, "--headless", "--norestore",
                    f"-env:UserInstallation={(work / 'profile').as_uri()}",
                    "--convert-to", to, "--outdir", str(work), str(document)],
                   check=True, capture_output=True, timeout=300,
                   env={**os.environ, "FONTCONFIG_FILE": str(conf), "HOME": str(work)})
    return work / f"{document.stem}.{to}"


def page(pdf: Path, number: int, name: str, dpi: int = 100) -> None:
    """Page ``number`` of ``pdf`` (1-based; 0 for the last) as docs/screenshots/NAME."""
    if number == 0:
        info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True,
                              text=True).stdout
        number = int(next(line.split()[-1] for line in info.splitlines()
                          if line.startswith("Pages:")))
    stem = pdf.with_name(f"{pdf.stem}-page")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", str(number),
                    "-l", str(number), str(pdf), str(stem)], check=True)
    shutil.copyfile(stem.with_suffix(".png"), OUT / name)
    print(f"wrote {(OUT / name).relative_to(REPO)}")


def main() -> int:
    for tool in ("soffice", "pdftoppm", "pdfinfo"):
        if shutil.which(tool) is None:
            print(f"{tool} is not installed (make system-deps)")
            return 1
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="selfcheck-office-pages-") as folder:
        work = Path(folder)
        with Collection.open(resolve_paths(work / "data")) as collection:
            for lang in ("zh", "en"):
                assessment = demo(collection, lang)
                data = collection.reports.data(assessment, marking="内部" if lang == "zh"
                                               else "INTERNAL",
                                               distribution=TEXTS[lang]["distribution"])
                pdf = work / f"report-{lang}.pdf"
                pdf.write_bytes(render_report(data, lang, signed=False))
                for number, name in ((1, "cover"), (2, "summary"), (0, "verification")):
                    page(pdf, number, f"report_{name}_{lang}.png")
                signoff_page = next(n for n in range(3, 12) if "审核与签署" in _text(pdf, n)
                                    or "Review and sign-off" in _text(pdf, n))
                page(pdf, signoff_page, f"report_signoff_{lang}.png")
                answers_title = "人工智能安全自查全部答复" if lang == "zh" else "all answers"
                for fmt, pages in (("xlsx", ((1, "register"), (answers_title, "answers"))),
                                   ("docx", ((1, "draft_cover"), (2, "draft_summary")))):
                    office = work / f"report-{lang}.{fmt}"
                    collection.reports.export(assessment, office, identity=None,
                                              passphrase=None, lang=lang, marking=data.marking,
                                              distribution=data.distribution)
                    converted = convert(office, work)
                    for where, name in pages:
                        number = where if isinstance(where, int) else next(
                            n for n in range(1, 20) if where in _text(converted, n))
                        page(converted, number, f"{name}_{fmt}_{lang}.png")
                questionnaire = work / f"questionnaire-{lang}.xlsx"
                collection.questionnaires.export(assessment, questionnaire,
                                                 themes={"backup-recovery"}, lang=lang)
                page(convert(questionnaire, work), 1, f"questionnaire_xlsx_{lang}.png")
    return 0


def _text(pdf: Path, number: int) -> str:
    return subprocess.run(["pdftotext", "-f", str(number), "-l", str(number), str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout


if __name__ == "__main__":
    sys.exit(main())
