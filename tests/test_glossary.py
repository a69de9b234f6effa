"""The glossary: every coded value the program shows has one label per language and a
meaning; docs/glossary.md is generated from it; the synonyms it rules out are not used
in the program's texts, its translations or its documentation."""

from __future__ import annotations

import importlib.util
import re
from enum import StrEnum
from pathlib import Path

import pytest

from selfcheck.core import glossary
from selfcheck.core.answers import Status
from selfcheck.core.model import PackStatus, Sector, Severity
from selfcheck.core.risk import (
    PROFILE_FIELDS,
    Autonomy,
    Criticality,
    DataSensitivity,
    PeopleAffected,
    RiskGrade,
)
from selfcheck.core.riskmodel import default_risk_model
from selfcheck.core.scoring import Verdict
from selfcheck.core.sources import Basis, SourceStatus

from .conftest import REPO

CJK = re.compile(r"[\u4e00-\u9fff]")
FACTOR_ENUMS: dict[str, type[StrEnum]] = {
    "criticality": Criticality, "autonomy": Autonomy, "people_affected": PeopleAffected,
    "data_sensitivity": DataSensitivity}


def _glossary_doc_module() -> object:
    spec = importlib.util.spec_from_file_location(
        "glossary_doc", REPO / "build" / "tools" / "glossary_doc.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_coded_value_has_a_term() -> None:
    assert set(glossary.STATUSES) == {s.value for s in Status}
    assert set(glossary.SEVERITIES) == {s.value for s in Severity}
    assert set(glossary.SECTORS) == {s.value for s in Sector}
    assert set(glossary.VERDICTS) == {v.value for v in Verdict}
    assert set(glossary.RISK_GRADES) == {g.code for g in RiskGrade}
    assert set(glossary.BASES) == {b.value for b in Basis}
    assert set(glossary.SOURCE_STATUSES) == {s.value for s in SourceStatus}
    assert set(glossary.PACK_STATUSES) == {s.value for s in PackStatus}
    assert tuple(glossary.RISK_FACTORS) == PROFILE_FIELDS == tuple(FACTOR_ENUMS)
    for factor, enum in FACTOR_ENUMS.items():
        assert list(glossary.RISK_CHOICES[factor]) == [member.value for member in enum]


def _all_terms() -> list[tuple[str, glossary.Term]]:
    terms = [(f"{name}.{code}", term) for name, vocabulary in glossary.VOCABULARIES.items()
             for code, term in vocabulary.items()]
    terms += [(f"concept.{code}", term) for code, term in glossary.CONCEPTS.items()]
    terms += [(f"{factor}.{code}", term) for factor, choices in glossary.RISK_CHOICES.items()
              for code, term in choices.items()]
    return terms


def test_each_term_is_written_in_both_languages_with_its_meaning() -> None:
    for where, term in _all_terms():
        assert CJK.search(term.zh) and CJK.search(term.meaning_zh), where
        assert not CJK.search(term.en) and not CJK.search(term.meaning_en), where
        assert term.en.strip() and term.meaning_en.strip(), where
        assert "\n" not in term.meaning_zh + term.meaning_en, where  # one line each
    for name, vocabulary in glossary.VOCABULARIES.items():
        for lang in ("zh", "en"):
            labels = [term.get(lang) for term in vocabulary.values()]
            assert len(labels) == len(set(labels)), (name, lang)


def test_a_choice_states_the_points_the_grade_rule_gives_it() -> None:
    """The rule is data (the default risk model); the glossary describes it in words."""
    model = default_risk_model()
    for factor in model.factors:
        assert glossary.RISK_FACTORS[factor.id].zh == factor.label.zh
        for option in factor.options:
            term = glossary.RISK_CHOICES[factor.id][option.id]
            assert (term.zh, term.en) == (option.label.zh, option.label.en), option.id
            assert term.meaning_zh.startswith(f"计 {option.points} 分"), option.id
            assert term.meaning_en.startswith(f"{option.points} point"), option.id
    for grade in model.grades:
        term = glossary.RISK_GRADES[grade.id]
        assert (term.zh, term.en) == (grade.name.zh, grade.name.en), grade.id


def test_labels_come_from_the_glossary() -> None:
    assert Status.PARTIAL.label("zh") == glossary.STATUSES["partial"].zh
    assert Severity.HIGH.label("en") == "High"
    assert Sector.CII.label("zh") == "关键信息基础设施"
    assert Verdict.PARTIALLY_MET.label("zh") == "基本符合"
    assert RiskGrade.VERY_HIGH.label("zh") == "很高"
    assert glossary.label("verdict", "from-a-newer-version", "zh") == "from-a-newer-version"
    assert glossary.choice_label("autonomy", "acts", "en") == (
        "Acts by itself, without approval each time")
    assert RiskGrade.from_code("very-high") is RiskGrade.VERY_HIGH
    with pytest.raises(ValueError):
        RiskGrade.from_code("extreme")


def test_docs_glossary_is_generated_from_the_module() -> None:
    render = _glossary_doc_module().render
    text = (REPO / "docs" / "glossary.md").read_text("utf-8")
    assert text == render(), "run: python build/tools/glossary_doc.py"
    for _where, term in _all_terms():
        assert term.meaning_zh in text and term.meaning_en in text


def _program_texts() -> list[tuple[Path, str]]:
    """The program's own words: its code, its Chinese translations and its documentation
    (not the checklist packs, whose wording is the pack authors')."""
    files = [p for p in (REPO / "desktop" / "selfcheck").rglob("*.py")
             if p.name != "glossary.py"]
    files += [p for p in (REPO / "docs").glob("*.md") if p.name != "glossary.md"]
    files += [REPO / "README.md"]
    texts = [(path, path.read_text("utf-8")) for path in files]
    ts = REPO / "resources" / "translations" / "selfcheck_zh_CN.ts"
    translations = re.findall(r"<translation>(.*?)</translation>", ts.read_text("utf-8"), re.S)
    texts.append((ts, "\n".join(translations)))
    return texts


def test_the_program_uses_one_word_per_concept() -> None:
    found = []
    for path, text in _program_texts():
        for avoided, used in glossary.AVOIDED.items():
            # 评估人工智能 is 评估 + 人工智能, not 评估人
            for match in re.finditer(re.escape(avoided) + "(?!工智能)", text):
                line = text.count("\n", 0, match.start()) + 1
                found.append(f"{path.relative_to(REPO)}:{line}: {avoided} (use {used})")
    assert found == []
