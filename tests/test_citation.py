"""Clause citations: the Chinese form for Chinese readers, the title for English ones."""

from __future__ import annotations

from selfcheck.core.citation import cite
from selfcheck.core.model import Source, Text

SOURCE = Source(title=Text("《人工智能安全治理框架》1.0版", "AI Safety Governance Framework, version 1.0"),
                publisher=Text("全国网络安全标准化技术委员会", "TC260"), published="2024-09-09",
                citation_prefix="AISGF-1.0")


def test_sections_in_chinese_form_after_the_title_once() -> None:
    clauses = ("AISGF-1.0 §6.3(h)", "AISGF-1.0 §5", "AISGF-1.0 §4.2")
    assert cite(SOURCE, clauses, "zh") == "《人工智能安全治理框架》1.0版 第6.3条(h)、第5章、第4.2条"
    assert cite(SOURCE, clauses, "en") == (
        "AI Safety Governance Framework, version 1.0, §6.3(h), §5, §4.2")


def test_the_whole_source_and_foreign_citations() -> None:
    assert cite(SOURCE, ("AISGF-1.0",), "zh") == "《人工智能安全治理框架》1.0版"
    assert cite(SOURCE, ("GB/T 45654-2025 §5.1",), "zh") == "GB/T 45654-2025 §5.1"
    assert cite(SOURCE, ("AISGF-1.0 §6.3(a)", "Other §1"), "en") == (
        "AI Safety Governance Framework, version 1.0, §6.3(a); Other §1")
    assert "AISGF" not in cite(SOURCE, ("AISGF-1.0 §3.2", "AISGF-1.0"), "zh")
