"""The government-sector pack: bilingual, checkable items, each citing its part of the
Guidelines by name with the basis of its wording, conditions where they fit; and a signed
copy installs on a fresh data folder, is answered, exported and verified."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from selfcheck.core.collection import Collection
from selfcheck.core.model import Pack, PackStatus, Sector
from selfcheck.core.packs.source import load_pack_dir, pack_content_hash
from selfcheck.core.sources import Basis

from .conftest import REPO

GOV = REPO / "checklists" / "gov-llm-deployment" / "v1"
GUIDELINES = "GOVLLM-2025"
PART_NAMES = {"总体要求", "应用场景", "规范部署", "运行管理", "保障措施"}


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack_dir(GOV)


def test_a_trial_pack_for_government(pack: Pack) -> None:
    assert pack.status is PackStatus.TRIAL
    assert pack.sectors == (Sector.GOVERNMENT,)
    assert pack.title.zh == "政务领域人工智能大模型部署应用自查清单"
    assert [s.id for s in pack.sources] == [GUIDELINES, "TC260-004", "AISGF-1.0"]


def test_bilingual_and_checkable(pack: Pack) -> None:
    for item in pack.items:
        assert item.question.zh.endswith("？") and item.question.en.endswith("?"), item.id
        assert re.search("[\u4e00-\u9fff]", item.question.zh + item.guidance.zh), item.id
        assert item.question.en.isascii() and item.guidance.en.isascii(), item.id
        assert len(item.evidence_examples.zh) == len(item.evidence_examples.en) >= 1, item.id


def test_the_guidelines_parts_have_items(pack: Pack) -> None:
    per_theme = Counter(item.theme for item in pack.items)
    for theme in ("deployment", "operation", "confidentiality"):
        assert per_theme[theme] >= 5, theme
    assert per_theme["safeguards"] >= 3 and per_theme["general"] >= 2
    cited_parts = {c.part for i in pack.items for c in i.cites if c.source == GUIDELINES}
    assert {"规范部署", "运行管理", "总体要求", "应用场景"} <= cited_parts


def test_citations_never_invent_numbers(pack: Pack) -> None:
    """Parts of the Guidelines by name only; no article, sub-section or clause numbers."""
    guidelines = pack.find_source(GUIDELINES)
    assert guidelines is not None and {p.id for p in guidelines.parts} == PART_NAMES
    assert [p.id for p in guidelines.parts if p.confirmed] == ["总体要求"]
    numbered = re.compile(r"第[一二三四五六七八九十百\d]+条|[（(][一二三四五六七八九十]+[)）]|§|\d+\.\d+")
    for item in pack.items:
        for cite in item.cites:
            if cite.source == "AISGF-1.0":
                continue
            assert not numbered.search((cite.part or "") + (cite.anchor or "")), item.id
            if cite.source == "TC260-004":
                assert cite.basis is not Basis.PRIMARY, item.id  # no primary text was read
                assert cite.part in (None, "选用", "部署", "运行", "停用"), item.id


def test_every_item_cites_the_guidelines_or_tc260(pack: Pack) -> None:
    for item in pack.items:
        sources = {c.source for c in item.cites}
        assert sources & {GUIDELINES, "TC260-004"} or item.applies_if is not None, item.id


def test_basis_flags(pack: Pack) -> None:
    bases = Counter(c.basis for i in pack.items for c in i.cites if c.source == GUIDELINES)
    assert bases[Basis.PRIMARY] >= 2 and bases[Basis.SUMMARY] > bases[Basis.PRIMARY]
    # primary wording of the Guidelines exists only for 总体要求, the one part that was read
    for item in pack.items:
        for cite in item.cites:
            if cite.source == GUIDELINES and cite.basis is Basis.PRIMARY:
                assert cite.part == "总体要求", item.id
    # human review is found only in an interpretation: it must say so
    review = pack.item("OP-05").cites[0]
    assert review.basis is Basis.INTERPRETATION and review.note and "10100.com" in review.note.zh
    assert pack.item("OP-05").secondary_basis and not pack.item("OP-13").secondary_basis


def test_conditions_where_they_fit(pack: Pack) -> None:
    def applying(**answers: str) -> set[str]:
        base = {"genai": "no", "public_facing": "no", "internet_resources": "no",
                "own_model": "no", "personal_info": "no", "unit_level": "prefecture"}
        return {item.id for item in pack.items_for(Sector.GOVERNMENT, {**base, **answers})}

    plain = applying()
    assert "OP-04" not in plain and "OP-12" not in plain and "DP-05" not in plain
    assert "CF-01" in plain and "DP-06" in plain
    assert {"OP-04", "OP-05", "OP-06"} <= applying(genai="yes", agents="no")
    assert {"OP-12", "OP-13"} <= applying(genai="yes", agents="yes")
    assert "CF-05" in applying(personal_info="yes")
    assert "DP-05" in applying(unit_level="county") and "DP-06" not in applying(unit_level="county")
    assert "DP-04" in applying(internet_resources="yes")


def test_the_changelog_and_the_trial_note(pack: Pack) -> None:
    changelog = (GOV.parent / "CHANGELOG.md").read_text("utf-8")
    assert "依据公开解读整理，以正式文本为准" in changelog and "trial" in changelog
    assert "试行" in pack.description.zh and "trial" in pack.description.en


def test_signed_pack_on_a_fresh_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            pack: Pack) -> None:
    """Built and signed like an administrator would, installed on a machine that has never
    seen it, answered, exported as a signed report and verified."""
    from selfcheck.core.answers import Answer, Status
    from selfcheck.core.packs.file import build_pack_file
    from selfcheck.core.paths import resolve_paths
    from selfcheck.core.reports.verify import verify_report

    from .conftest import make_profile
    from .pack_helpers import new_key
    from .report_support import ID_PASS, make_pki

    empty = tmp_path / "no-builtin-packs"
    empty.mkdir()
    monkeypatch.setenv("SELFCHECK_CHECKLISTS", str(empty))
    key, public = new_key("gov admin")
    packfile = tmp_path / "gov-llm-deployment-v1.ckpack"
    build_pack_file(GOV, key, packfile)
    with Collection.open(resolve_paths(tmp_path / "fresh")) as collection:
        assert collection.packs.records() == []
        collection.pack_keys.trust(public, allowed_packs=["gov-llm-deployment"])
        result = collection.packs.install_file(packfile)
        assert result.installed and result.content_hash == pack_content_hash(pack)
        answers = {"genai": "yes", "agents": "no", "public_facing": "yes",
                   "internet_resources": "no", "own_model": "no", "personal_info": "yes",
                   "unit_level": "county"}
        assessment_id = collection.new_assessment(
            pack_id="gov-llm-deployment", organisation="某县政务服务中心",
            system_name="政务智能问答", sector="government", profile=make_profile(),
            profile_answers=answers)
        assessment = collection.assessment(assessment_id)
        collection.save_answers(assessment_id, [
            Answer(item.id, Status.IMPLEMENTED, evidence=f"见 {item.id} 制度文件")
            for item in assessment.items])
        assert collection.score(assessment_id).verdict.value == "met"
        the_pki = make_pki(tmp_path / "pki")
        report = tmp_path / "report.pdf"
        collection.reports.export(assessment_id, report, identity=the_pki.identity,
                                  passphrase=ID_PASS, lang="zh", marking="内部")
    check = verify_report(report, [the_pki.root])
    assert check.authentic, check.reasons


def _answered_then_not_applying(collection: Collection) -> int:
    """A government-pack assessment whose OP-04 was answered, then stopped applying when
    the profile said no generative model is used (its answer kept)."""
    from selfcheck.core.answers import Answer, Status

    from .conftest import make_profile

    answers = {"genai": "yes", "agents": "no", "public_facing": "no",
               "internet_resources": "no", "own_model": "no", "personal_info": "no",
               "unit_level": "prefecture"}
    assessment_id = collection.new_assessment(
        pack_id="gov-llm-deployment", organisation="某市数据局", system_name="公文助手",
        sector="government", profile=make_profile(), profile_answers=answers)
    collection.save_answer(assessment_id, Answer("OP-04", Status.IMPLEMENTED,
                                                 evidence="使用规范第3条"))
    changed = {k: v for k, v in answers.items() if k != "agents"} | {"genai": "no"}
    collection.change_profile(assessment_id, profile_answers=changed)
    return assessment_id


def test_the_report_shows_sources_basis_profile_and_kept_answers(tmp_path: Path) -> None:
    """The report cites by source name with the basis notice, names the trial status and
    the profile answers, and lists the kept answers of items that no longer apply."""
    from selfcheck.core.paths import resolve_paths
    from selfcheck.core.reports.pdf import render_report
    from selfcheck.core.reports.results import parse_results

    from .conftest import require_tool
    from .report_support import pdftotext

    with Collection.open(resolve_paths(tmp_path / "data")) as collection:
        assessment_id = _answered_then_not_applying(collection)
        results = collection.reports.results(assessment_id)
        assert [a["item"] for a in results["answers_not_applying"]] == ["OP-04"]
        assert results["profile_answers"]["genai"] == "no" and "criticality" in results["profile"]
        parsed = parse_results(results)  # the strict reader knows the new fields
        assert parsed.profile_answers == results["profile_answers"]
        assert [a.item for a in parsed.answers_not_applying or ()] == ["OP-04"]
        data = collection.reports.data(assessment_id, marking="内部")
    require_tool("pdftotext", "poppler-utils")
    pdf = tmp_path / "zh.pdf"
    pdf.write_bytes(render_report(data, "zh"))
    text = pdftotext(pdf)
    compact = "".join(text.split())
    assert "本清单为试行版" in compact
    assert "是否使用生成式大模型（生成文字、答复或文稿）？否" in compact
    assert "《指引》规范部署「审慎选择人工智能大模型实施路径」" in compact
    assert "依据公开解读整理，以正式文本为准" in compact
    assert "不再适用的检查项（答复保留）" in compact and "使用规范第3条" in compact
    english = tmp_path / "en.pdf"
    english.write_bytes(render_report(data, "en"))
    text_en = " ".join(pdftotext(english).split())
    assert "Items that no longer apply (answers kept)" in text_en
    assert "based on public summaries; the official text prevails" in text_en
    assert "Guidelines, Standardised deployment (规范部署)" in text_en


def test_the_office_files_show_the_same_notices_profile_and_kept_answers(tmp_path: Path) -> None:
    """The DOCX working draft has what the PDF has for a trial pack with profile
    questions: the trial notice, the profile answers, the basis notice and the kept
    answers; the workbook has the trial and the basis notices."""
    from docx import Document
    from openpyxl import load_workbook

    from selfcheck.core.paths import resolve_paths


    with Collection.open(resolve_paths(tmp_path / "data")) as collection:
        assessment_id = _answered_then_not_applying(collection)
        texts = {}
        for lang in ("zh", "en"):
            path = tmp_path / f"draft-{lang}.docx"
            collection.reports.export(assessment_id, path, identity=None, passphrase=None,
                                      lang=lang, marking="内部")
            texts[lang] = "\n".join(p.text for p in Document(str(path)).paragraphs)
        workbook = tmp_path / "register.xlsx"
        collection.reports.export(assessment_id, workbook, identity=None, passphrase=None,
                                  lang="zh", marking="内部")
    cells = [str(cell.value) for sheet in load_workbook(workbook).worksheets
             for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert any("本清单为试行版" in cell for cell in cells)
    assert any(cell.endswith("※ 依据公开解读整理，以正式文本为准") for cell in cells)
    zh, en = texts["zh"], texts["en"]
    assert "本清单为试行版" in zh and "trial checklist" in en.lower()
    assert "是否使用生成式大模型（生成文字、答复或文稿）？否" in "".join(zh.split())
    assert "依据公开解读整理，以正式文本为准" in zh
    assert "based on public summaries; the official text prevails" in en
    assert "不再适用的检查项（答复保留）" in zh and "使用规范第3条" in zh
    assert "Items that no longer apply (answers kept)" in en
