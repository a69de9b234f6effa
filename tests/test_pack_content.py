"""The built-in pack: it validates, and covers §6.3 as the foundation issue demands."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from selfcheck.core.collection import builtin_pack_dirs
from selfcheck.core.model import Sector, Severity
from selfcheck.core.packs.source import load_pack_dir

REPO = Path(__file__).resolve().parents[1]
V1 = REPO / "checklists" / "aisgf-key-sector" / "v1"
PRIORITY_THEMES = {"human-oversight", "data-access", "backup-recovery", "manual-fallback"}


@pytest.fixture(scope="module")
def pack():  # type: ignore[no-untyped-def]
    return load_pack_dir(V1)


def test_every_builtin_pack_validates() -> None:
    folders = builtin_pack_dirs(REPO / "checklists")
    assert V1 in folders
    for folder in folders:
        load_pack_dir(folder)


def test_size_and_clause_coverage(pack) -> None:  # type: ignore[no-untyped-def]
    assert len(pack.items) >= 40
    first_clauses = Counter(item.clauses[0] for item in pack.items)
    for letter in "abcdefghi":
        assert first_clauses[f"AISGF-1.0 §6.3({letter})"] >= 3, letter
    assert all(item.clauses[0].startswith("AISGF-1.0 §6.3(") for item in pack.items)


def test_priority_themes_have_at_least_six_items(pack) -> None:  # type: ignore[no-untyped-def]
    per_theme = Counter(item.theme for item in pack.items)
    assert {t.id for t in pack.themes if t.priority} == PRIORITY_THEMES
    for theme in PRIORITY_THEMES:
        assert per_theme[theme] >= 6, theme


def test_bilingual_and_checkable(pack) -> None:  # type: ignore[no-untyped-def]
    for item in pack.items:
        assert any("\u4e00" <= ch <= "\u9fff" for ch in item.question.zh), item.id
        assert item.question.en.isascii() or "’" in item.question.en, item.id
        assert item.question.en.rstrip().endswith("?"), item.id
        assert item.question.zh.rstrip().endswith("？"), item.id
        assert len(item.evidence_examples.zh) == len(item.evidence_examples.en), item.id


def test_every_sector_gets_a_full_checklist(pack) -> None:  # type: ignore[no-untyped-def]
    for sector in Sector:
        items = pack.items_for(sector)
        assert len(items) >= 40, sector
        assert any(i.severity is Severity.CRITICAL for i in items)


def test_item_ids_match_their_theme(pack) -> None:  # type: ignore[no-untyped-def]
    prefixes = {"risk-assessment": "RA", "audit-response": "AU", "data-privacy": "DP",
                "account-security": "AC", "network-supply-chain": "NS", "data-access": "DA",
                "backup-recovery": "BR", "confidentiality": "CF", "human-oversight": "HO",
                "manual-fallback": "MF"}
    for item in pack.items:
        assert item.id.split("-")[0] == prefixes[item.theme], item.id
