"""The verdict says the same everywhere: for every branch of the verdict rule (each at the
risk grades where it can occur), the signed PDF, ``selfcheck assess show`` in both
languages and the window's summary give exactly the reasons the core gives, and none
of the others; the critical gaps carry the same "why" in all three.

The assessments use a small pack written for this test: the mini pack's items plus six
medium ones, so that a high-severity item not implemented can leave the weighted score
above the pass mark (26 of 29) and three medium items not implemented drop it below.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QTextDocument

from selfcheck.cli.main import main as cli_main
from selfcheck.core import explain
from selfcheck.core.answers import Answer, Status
from selfcheck.core.collection import Collection
from selfcheck.core.paths import resolve_paths
from selfcheck.core.reports.pdf import render_report
from selfcheck.core.risk import RiskGrade
from selfcheck.core.scoring import ReasonCode, Verdict
from tests.conftest import MINI_PACKS, make_profile, require_tool

PACK_ID = "verdict-pack"
EXTRA_MEDIUM = [f"HO-{n:02d}" for n in range(4, 10)]
PROFILES = {
    RiskGrade.MEDIUM: ("medium", "acts-with-approval", "100-10k", "internal"),
    RiskGrade.HIGH: ("high", "acts-with-approval", "10k-1m", "personal"),
    RiskGrade.VERY_HIGH: ("critical", "acts", "over-1m", "sensitive"),
}
C = ReasonCode


@dataclass(frozen=True)
class Case:
    name: str
    verdict: Verdict
    codes: tuple[ReasonCode, ...]
    statuses: dict[str, Status] = field(default_factory=dict)
    needs_review: tuple[str, ...] = ()
    without_evidence: tuple[str, ...] = ()


BRANCHES = [
    Case("critical gap", Verdict.NOT_MET, (C.CRITICAL_GAPS,), {"MF-01": Status.PARTIAL}),
    Case("unanswered", Verdict.INCOMPLETE, (C.UNANSWERED,), {"HO-03": Status.UNANSWERED}),
    Case("re-review only", Verdict.INCOMPLETE, (C.PENDING_REVIEW,), needs_review=("HO-01",)),
    Case("unanswered and re-review", Verdict.INCOMPLETE, (C.UNANSWERED, C.PENDING_REVIEW),
         {"HO-03": Status.UNANSWERED}, needs_review=("MF-02", "HO-04")),
    Case("below the pass mark", Verdict.PARTIALLY_MET, (C.BELOW_PASS_MARK,),
         dict.fromkeys(("HO-03", "HO-04", "HO-05"), Status.NOT_IMPLEMENTED)),
    Case("high not implemented", Verdict.PARTIALLY_MET, (C.HIGH_NOT_IMPLEMENTED,),
         {"DA-01": Status.NOT_IMPLEMENTED}),
    Case("below and high not implemented", Verdict.PARTIALLY_MET,
         (C.BELOW_PASS_MARK, C.HIGH_NOT_IMPLEMENTED),
         dict.fromkeys(("DA-01", "HO-04", "HO-05"), Status.NOT_IMPLEMENTED)),
    Case("met", Verdict.MET, (C.ALL_MET,)),
]
#: At grade high and above a high-severity item is critical: not implemented is a gap.
NEEDS_LOW_GRADE = {"high not implemented", "below and high not implemented"}
GRADE_CODES = {RiskGrade.MEDIUM: (), RiskGrade.HIGH: (C.GRADE_RAISES_BAR,),
               RiskGrade.VERY_HIGH: (C.GRADE_RAISES_BAR, C.NO_EVIDENCE_RULE)}
NO_EVIDENCE = Case("implemented without evidence", Verdict.NOT_MET, (C.CRITICAL_GAPS,),
                   without_evidence=("HO-01",))


@dataclass(frozen=True)
class Scenario:
    case: Case
    grade: RiskGrade
    assessment_id: int

    @property
    def codes(self) -> tuple[ReasonCode, ...]:
        return self.case.codes + GRADE_CODES[self.grade]

    def __str__(self) -> str:
        return f"{self.case.name} at grade {self.grade.code}"


def write_pack(folder: Path) -> Path:
    """The mini pack plus six medium items, as a pack folder of its own."""
    source = MINI_PACKS / "mini" / "v1"
    target = folder / PACK_ID / "v1"
    target.mkdir(parents=True)
    meta = json.loads((source / "pack.json").read_text("utf-8"))
    meta.update(pack_id=PACK_ID, label="verdict 1")
    items = json.loads((source / "items.json").read_text("utf-8"))
    template = next(i for i in items if i["id"] == "HO-03")
    for item_id in EXTRA_MEDIUM:
        items.append({**template, "id": item_id,
                      "question": {"zh": f"问题 {item_id}？", "en": f"Question {item_id}?"}})
    (target / "pack.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")
    (target / "items.json").write_text(json.dumps(items, ensure_ascii=False), "utf-8")
    return folder


def create(collection: Collection, case: Case, grade: RiskGrade) -> int:
    new_id = collection.new_assessment(
        pack_id=PACK_ID, pack_version=1, organisation="Test Bureau", system_name=case.name,
        sector="government", profile=make_profile(*PROFILES[grade]))
    answers = []
    for item in collection.assessment(new_id).items:
        status = case.statuses.get(item.id, Status.IMPLEMENTED)
        if status is Status.UNANSWERED:
            continue
        answers.append(Answer(
            item_id=item.id, status=status,
            justification="" if status is Status.IMPLEMENTED else "because",
            evidence="" if item.id in case.without_evidence else "register 7",
            needs_review=item.id in case.needs_review))
    collection.save_answers(new_id, answers)
    return new_id


@pytest.fixture
def scenarios(data_dir: Path, tmp_path: Path,
              monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Scenario]]:
    monkeypatch.setenv("SELFCHECK_CHECKLISTS", str(write_pack(tmp_path / "packs")))
    made: list[Scenario] = []
    with Collection.open(resolve_paths(data_dir)) as collection:
        for grade in PROFILES:
            for case in BRANCHES:
                if grade >= RiskGrade.HIGH and case.name in NEEDS_LOW_GRADE:
                    continue
                made.append(Scenario(case, grade, create(collection, case, grade)))
        made.append(Scenario(NO_EVIDENCE, RiskGrade.VERY_HIGH,
                             create(collection, NO_EVIDENCE, RiskGrade.VERY_HIGH)))
        for scenario in made:  # the scenarios are the branches they claim to be
            score = collection.score(scenario.assessment_id)
            assert score.verdict is scenario.case.verdict, scenario
            assert tuple(r.code for r in score.reasons) == scenario.codes, scenario
    covered = {code for s in made for code in s.codes}
    assert covered == set(ReasonCode)
    assert {s.case.verdict for s in made} == set(Verdict)
    yield made


def squash(text: str) -> str:
    """``text`` without white space (a PDF breaks lines anywhere, even inside words)."""
    return re.sub(r"\s+", "", text)


def fixed_words(code: ReasonCode, lang: str) -> str:
    """The longest literal part of a reason's sentence: present exactly when it is."""
    template = explain.REASON_TEXTS[code][1 if lang == "en" else 0]
    return max(re.split(r"\{[a-z_]+\}", template), key=len).strip()


def expected_reasons(collection: Collection, scenario: Scenario, lang: str) -> list[str]:
    score = collection.score(scenario.assessment_id)
    sentences = explain.render_all(score.reasons, lang)
    results = collection.reports.results(scenario.assessment_id)["score"]
    assert results["reasons" if lang == "en" else "reasons_zh"] == sentences
    assert [r["code"] for r in results["reason_records"]] == [c.value for c in scenario.codes]
    return sentences


def assert_says(text: str, sentences: list[str], scenario: Scenario, lang: str,
                where: str) -> None:
    """``text`` has each of ``sentences`` and no sentence of another reason."""
    flat = squash(text)
    for sentence in sentences:
        assert squash(sentence) in flat, f"{where} ({lang}, {scenario}) lacks: {sentence}"
    for code in set(ReasonCode) - set(scenario.codes):
        words = fixed_words(code, lang)
        assert squash(words) not in flat, f"{where} ({lang}, {scenario}) says: {words}"


def pdf_text(pdftotext: str, path: Path) -> str:
    """The text of the PDF in the order it is drawn (a table's cells one after the other,
    not interleaved line by line as in the page's reading order)."""
    return subprocess.run([pdftotext, "-raw", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_the_pdf_gives_the_reasons_of_the_core(scenarios: list[Scenario], data_dir: Path,
                                               tmp_path: Path) -> None:
    pdftotext = require_tool("pdftotext", "poppler-utils")
    with Collection.open(resolve_paths(data_dir), install_builtin=False) as collection:
        for scenario in scenarios:
            data = collection.reports.data(scenario.assessment_id, marking="内部")
            score = collection.score(scenario.assessment_id)
            for lang in ("zh", "en"):
                path = tmp_path / f"{scenario.assessment_id}-{lang}.pdf"
                path.write_bytes(render_report(data, lang, signed=True))
                text = pdf_text(pdftotext, path)
                sentences = expected_reasons(collection, scenario, lang)
                assert_says(text, sentences, scenario, lang, "the PDF")
                for gap in score.critical_gaps:
                    why = explain.gap_text(gap.reason, gap.severity, gap.status, lang)
                    assert squash(why) in squash(text), (scenario, lang, why)


def summary_lines(window: Any, assessment_id: int) -> tuple[str, list[str]]:
    """The summary's reasons as rich text and as plain lines (without the bullets)."""
    window.open_assessment(assessment_id)
    window.workspace.show_summary()
    rich = window.workspace.summary.reasons.text()
    document = QTextDocument()
    document.setHtml(rich)
    return rich, [line.removeprefix("• ") for line in document.toPlainText().splitlines()]


def gap_reasons(window: Any) -> dict[str, str]:
    """The critical gaps table of the summary: item id → why (without the unanswered)."""
    table = window.workspace.summary.gaps
    rows = {table.item(r, 0).text(): table.item(r, 3).text() for r in range(table.rowCount())}
    unanswered = set(window.workspace.score.critical_unanswered)
    return {item: why for item, why in rows.items() if item not in unanswered}


@pytest.mark.gui
def test_assess_show_and_the_window_give_the_reasons_of_the_core(
        scenarios: list[Scenario], data_dir: Path, launch_window: Any,
        capsys: pytest.CaptureFixture[str]) -> None:
    expected: dict[tuple[int, str], list[str]] = {}
    expected_gaps: dict[tuple[int, str], dict[str, str]] = {}
    with Collection.open(resolve_paths(data_dir), install_builtin=False) as collection:
        for scenario in scenarios:
            score = collection.score(scenario.assessment_id)
            for lang in ("zh", "en"):
                expected[scenario.assessment_id, lang] = expected_reasons(
                    collection, scenario, lang)
                expected_gaps[scenario.assessment_id, lang] = {
                    gap.item_id: explain.gap_text(gap.reason, gap.severity, gap.status, lang)
                    for gap in score.critical_gaps}
    for scenario in scenarios:
        for lang in ("zh", "en"):
            assert cli_main(["assess", "show", str(scenario.assessment_id), "--lang", lang]) == 0
            shown = capsys.readouterr().out
            sentences = expected[scenario.assessment_id, lang]
            assert_says(shown, sentences, scenario, lang, "assess show")
            for sentence in sentences:
                assert f"    - {sentence}\n" in shown, (scenario, lang, sentence)
            for item_id, why in expected_gaps[scenario.assessment_id, lang].items():
                bracketed = f"（{why}）" if lang == "zh" else f" ({why})"
                assert re.search(rf"^    {item_id} .*{re.escape(bracketed)}$", shown, re.M), why

    session = launch_window("en")
    for lang in ("en", "zh"):
        session.window.set_language(lang)
        for scenario in scenarios:
            rich, lines = summary_lines(session.window, scenario.assessment_id)
            assert lines == expected[scenario.assessment_id, lang], (scenario, lang)
            for linked in re.findall(r'href="item:([^"]+)"', rich):
                assert linked in " ".join(lines)
            assert gap_reasons(session.window) == expected_gaps[scenario.assessment_id, lang]
