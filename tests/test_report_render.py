"""Rendering of the PDF report: content, both languages, embedded CJK font, robustness."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from selfcheck.core.answers import Answer, Status
from selfcheck.core.collection import Collection
from selfcheck.core.errors import UsageError
from selfcheck.core.reports import checkline
from selfcheck.core.reports.data import (
    clean_marking,
    results_document,
    results_json_bytes,
    sha256_hex,
)
from selfcheck.core.reports.fonts import printable
from selfcheck.core.reports.pdf import render_report
from selfcheck.core.reports.texts import TEXTS, t

from .conftest import require_tool, store_of
from .report_support import fill_answers, page_count, pdftotext

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
                                   reason="poppler-utils (pdftotext, pdffonts) is not installed")


@pytest.fixture
def filled(collection: Collection, assessment_id: int, tmp_path: Path) -> int:
    fill_answers(collection, assessment_id, tmp_path / "evidence")
    return assessment_id


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def body_text(pdf: Path) -> str:
    """The text of the pages without their running header and footer lines and the table
    headers repeated on each page (so that a text split across pages reads whole)."""
    pages = pdftotext(pdf).split("\f")
    running = re.compile(r"^(内部.*|.*人工智能安全自查报告 · .*|AI Safety Self-Check Report · .*"
                         r"|第 \d+ 页 / 共 \d+ 页|Page \d+ of \d+|自查编号 #.*"
                         r"|Assessment reference #.*)$")
    headers = {t(key, lang) for key in TEXTS if key.startswith("col_") for lang in ("zh", "en")}
    return "\n".join(line for page in pages for line in page.splitlines()
                     if not running.match(line.strip()) and line.strip() not in headers)


def check_lines_of(pdf: bytes) -> dict[str, str]:
    reader = PdfFileReader(BytesIO(pdf))
    lines: list[str] = []
    for page in range(int(reader.root["/Pages"]["/Count"])):
        page_obj = reader.root["/Pages"]["/Kids"][page]
        lines += checkline.find_check_lines(page_obj["/Contents"].data)
    return checkline.parse_pairs(" ".join(lines))


def test_results_document(collection: Collection, filled: int) -> None:
    data = collection.reports.data(filled, marking="内部",
                              now=dt.datetime(2026, 11, 1, 8, 0, tzinfo=dt.UTC))
    document = results_document(data, "en")
    assert {k: v for k, v in document.items() if k != "report"} == collection.reports.results(filled)
    assert document["report"] == {
        "format": "selfcheck-report/1", "language": "en", "marking": "内部",
        "generated_at": data.generated_at.isoformat(timespec="seconds"),
        "program_version": data.program_version}
    for key in ("assessment", "profile", "answers", "score", "audit_chain_head"):
        assert key in document
    assert document["assessment"]["pack"]["content_sha256"]
    raw = results_json_bytes(data, "en")
    assert raw == results_json_bytes(data, "en")  # deterministic
    assert json.loads(raw) == json.loads(json.dumps(document))


@needs_poppler
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_report_content(collection: Collection, filled: int, tmp_path: Path, lang: str) -> None:
    marking = "内部" if lang == "zh" else "公开 PUBLIC"
    data = collection.reports.data(filled, marking=marking)
    pdf = render_report(data, lang, signed=True)
    path = write(tmp_path, f"report-{lang}.pdf", pdf)
    pages = page_count(pdf)
    assert pages >= 8
    text = pdftotext(path)
    results = data.results
    overall = results.score.overall
    expected = [
        "Test Bureau", "Case triage", "Tester",
        results.assessment.pack.content_sha256, data.program_version,
        results.assessment.uid, f"{overall.percent:.1f}%",
    ]
    if lang == "zh":
        expected += ["人工智能安全自查报告", "执行摘要", "分主题结果", "问题清单与整改计划",
                     "逐项检查结果", "政府部门", "签名人计算机的时钟", f"第 1 页 / 共 {pages} 页"]
    else:
        expected += ["AI Safety Self-Check Report", "Executive summary", "Results by theme",
                     "Findings and remediation plan", "item-by-item results",
                     "Government department", "signer's own computer clock",
                     f"Page 1 of {pages}"]
    flat = re.sub(r"\s+", " ", text)
    packed = re.sub(r"\s+", "", text)
    for fragment in expected:  # line breaks may fall anywhere in the fragment
        assert fragment in flat or re.sub(r"\s+", "", fragment) in packed, fragment
    # every applicable item is in the appendix, with its evidence file hash
    for item in data.items:
        assert item.id in text
    for answer in results.answers:
        for attachment in answer.attachments:
            assert attachment.sha256 in text
    # the marking is in the header and the footer of every page
    for page in range(1, pages + 1):
        assert pdftotext(path, page, page).count(marking) >= 2, page
    assert "未签名" not in text and "UNSIGNED" not in text


@needs_poppler
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_font_is_embedded_as_a_subset(collection: Collection, filled: int,
                                            tmp_path: Path, lang: str) -> None:
    path = write(tmp_path, "r.pdf", render_report(
        collection.reports.data(filled, marking="内部"), lang))
    fonts = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True,
                           text=True).stdout.splitlines()[2:]
    cjk = [line for line in fonts if "WenQuanYi" in line]
    assert cjk
    for line in cjk:
        name, *_rest = line.split()
        assert "+" in name  # subset tag, e.g. AAAAAA+WenQuanYiMicroHei
        emb, sub, uni = line.split()[-5:-2]
        assert (emb, sub, uni) == ("yes", "yes", "yes"), line
    # the bundled font is the only one: every font is embedded (no Helvetica, no Courier)
    assert fonts and fonts == cjk


def test_unsigned_render_says_so(collection: Collection, filled: int, tmp_path: Path) -> None:
    data = collection.reports.data(filled, marking="公开")
    pdf = render_report(data, "zh", signed=False)
    en = render_report(data, "en", signed=False)
    assert pdf.startswith(b"%PDF-") and en.startswith(b"%PDF-")
    require_tool("pdftotext", "poppler-utils")
    text = pdftotext(write(tmp_path, "u.pdf", pdf))
    assert "未签名副本" in text and "本文件未经数字签名" in text
    assert "UNSIGNED COPY" in pdftotext(write(tmp_path, "u-en.pdf", en))


def test_check_lines_and_keywords(collection: Collection, filled: int) -> None:
    data = collection.reports.data(filled, marking="内部")
    pdf = render_report(data, "zh", signed=True)
    expected = checkline.summary_fields(results_document(data, "zh"),
                                        sha256_hex(results_json_bytes(data, "zh")))
    assert check_lines_of(pdf) == expected
    keywords = str(PdfFileReader(BytesIO(pdf)).trailer_view["/Info"]["/Keywords"])
    assert checkline.parse_pairs(keywords) == expected
    assert expected["verdict"] == data.results.score.verdict.value


def test_long_and_awkward_texts(collection: Collection, assessment_id: int,
                                tmp_path: Path) -> None:
    """Maximal texts, markup characters, unbroken strings, emoji and control characters
    lay out without error, and nothing is shortened: the longest texts are printed whole,
    split across pages."""
    items = collection.assessment(assessment_id).items
    long_zh = "很长的说明。" * 3300  # 19 800 characters
    unbroken = "x" * 5000
    weird = "<b>not markup</b> & \"quotes\" ‹›  tab\there \x07bell 😀 emoji 𠀀 end"
    # Stored as they are (the store does not validate): the PDF must cope with whatever
    # an older version or a damaged file left in the database.
    store_of(collection).save_answers(assessment_id, [
        Answer(item_id=items[0].id, status=Status.PARTIAL, justification=long_zh,
               evidence=unbroken, remediation_owner="负责人" * 200,
               remediation_due=dt.date.today() + dt.timedelta(days=5)),
        Answer(item_id=items[1].id, status=Status.NOT_IMPLEMENTED, justification=weird),
        Answer(item_id=items[2].id, status=Status.IMPLEMENTED, evidence=weird, flagged=True),
    ])
    collection.update_header(assessment_id, organisation="机构" * 100,  # the longest allowed
                             system_description="描述" * 900)
    data = collection.reports.data(assessment_id, marking="内部 · 仅限工作使用")
    pdfs = {lang: render_report(data, lang, signed=True) for lang in ("zh", "en")}
    assert all(pdf.startswith(b"%PDF-") for pdf in pdfs.values())
    require_tool("pdftotext", "poppler-utils")
    for lang, pdf in pdfs.items():
        text = pdftotext(write(tmp_path, f"long-{lang}.pdf", pdf))
        assert "<b>not markup</b>" in text
        packed = re.sub(r"\s+", "", body_text(tmp_path / f"long-{lang}.pdf"))
        # whole in the findings table (split inside its row) and in the appendix; a page
        # break may fall inside a phrase, with another column's text read in between, so
        # characters are counted
        assert packed.count("很长的说明。") > 6000 and packed.count("说") >= 2 * 3300, lang
        assert packed.count("x") >= 5000 and packed.count("负责人") >= 2 * 200
        assert packed.count("机构" * 100) >= 2  # the cover and the seal
        assert "shortened" not in text and "截断" not in text


def test_printable_replaces_what_the_font_lacks() -> None:
    assert printable("中文 abc") == "中文 abc"
    assert printable("😀") == "□"
    assert printable("a\tb\x00c\u200bd") == "a    bcd"


def test_marking_validation() -> None:
    assert clean_marking("  内部  ") == "内部"
    assert clean_marking("公开\n") == "公开"
    with pytest.raises(UsageError, match="may not be empty"):
        clean_marking("   ")
    with pytest.raises(UsageError, match="longer than 40"):
        clean_marking("秘" * 41)


def test_unknown_language(collection: Collection, assessment_id: int) -> None:
    data = collection.reports.data(assessment_id, marking="内部")
    with pytest.raises(UsageError, match="unknown report language"):
        render_report(data, "fr")


def test_empty_assessment_renders(collection: Collection, assessment_id: int) -> None:
    data = collection.reports.data(assessment_id, marking="内部")
    for lang in ("zh", "en"):
        assert page_count(render_report(data, lang)) >= 4


@needs_poppler
def test_sign_off_block_sources_and_verification_data(collection: Collection, filled: int,
                                                      tmp_path: Path) -> None:
    """The sign-off block is filled where known; sources and the pack are named in the
    reader's form; internal ids and the check lines only in the final verification data."""
    from selfcheck.core.assessment import Signatory, SignOff

    collection.set_sign_off(filled, SignOff(
        prepared=Signatory("Tester", "信息中心工程师"),
        reviewed=Signatory("赵六", "信息中心主任", dt.date(2026, 12, 1))))
    data = collection.reports.data(filled, marking="内部", distribution="本单位信息中心；上级主管部门")
    pdf = render_report(data, "zh", signed=True)
    path = write(tmp_path, "signoff.pdf", pdf)
    pages = page_count(pdf)
    flat = re.sub(r"\s+", "", pdftotext(path))
    for fragment in ("四、审核与签署", "编制人Tester信息中心工程师", "审核人赵六信息中心主任",
                     "2026-12-01", "批准人", "单位（盖章）", "电子签名证明什么",
                     "封面签名栏中的电子签名证明", "发放范围本单位信息中心；上级主管部门",
                     "《人工智能安全治理框架》1.0版第6.3条（a）",
                     "风险模型：四项风险因素、四级风险等级"):
        assert fragment in flat, fragment
    assert "标识内部" in flat  # the handling mark's label (密级 only where a question says it)
    assert not [zh for zh, _en in TEXTS.values() if "密级" in zh]
    before_last = re.sub(r"\s+", "", pdftotext(path, 1, pages - 1))
    last = re.sub(r"\s+", "", pdftotext(path, pages, pages))
    assert "核验信息" in last and "SC-CHECK/1" in last and data.results.assessment.uid in last
    for internal in ("SC-CHECK", "aisgf-key-sector", "AISGF-1.0", data.results.assessment.uid):
        assert internal not in before_last, internal
    english = re.sub(r"\s+", " ", pdftotext(write(tmp_path, "signoff-en.pdf",
                                                  render_report(data, "en", signed=False))))
    for fragment in ("Review and sign-off", "Reviewed by", "Organisation (seal)",
                     "not electronically signed", "AI Safety Governance Framework 1.0 §6.3(a)",
                     "Risk model: Four risk factors, four risk grades", "Verification data"):
        assert fragment in english, fragment
