"""Citations in the reader's language: the Chinese form for Chinese readers (第6.3条,
第5章), the source named once per item, for declared sources and the first format."""

from __future__ import annotations

from selfcheck.core.model import Source, Text
from selfcheck.core.sources import Basis, Cite, group_label, legacy_citation_labels, part_text

SOURCE = Source(title=Text("《人工智能安全治理框架》1.0版", "AI Safety Governance Framework, version 1.0"),
                publisher=Text("全国网络安全标准化技术委员会", "TC260"), published="2024-09-09",
                citation_prefix="AISGF-1.0")


def test_sections_in_chinese_form_after_the_title_once() -> None:
    clauses = ("AISGF-1.0 §6.3(h)", "AISGF-1.0 §5", "AISGF-1.0 §4.2")
    assert legacy_citation_labels(SOURCE, clauses, "zh") == [
        "《人工智能安全治理框架》1.0版 第6.3条（h）、第5章、第4.2条"]
    assert legacy_citation_labels(SOURCE, clauses, "en") == [
        "AI Safety Governance Framework, version 1.0, §6.3(h), §5, §4.2"]


def test_the_whole_source_and_foreign_citations() -> None:
    assert legacy_citation_labels(SOURCE, ("AISGF-1.0",), "zh") == ["《人工智能安全治理框架》1.0版"]
    assert legacy_citation_labels(SOURCE, ("GB/T 45654-2025 §5.1",), "zh") == [
        "GB/T 45654-2025 §5.1"]
    assert legacy_citation_labels(SOURCE, ("AISGF-1.0 §6.3(a)", "Other §1"), "en") == [
        "AI Safety Governance Framework, version 1.0, §6.3(a)", "Other §1"]
    assert not any("AISGF" in label for label in
                   legacy_citation_labels(SOURCE, ("AISGF-1.0 §3.2", "AISGF-1.0"), "zh"))


def test_parts_and_declared_sources() -> None:
    assert part_text("§6.3(a)", "zh") == "第6.3条（a）"
    assert part_text("§5", "zh") == "第5章"
    assert part_text("§6.3(a)", "en") == "§6.3(a)"
    assert part_text("规范部署", "zh") == "规范部署"
    cites = [Cite("AISGF-1.0", Basis.PRIMARY, part="§6.3(a)"),
             Cite("AISGF-1.0", Basis.PRIMARY, part="§5")]
    # without the declared source at hand, its id names it
    assert group_label(None, cites, "zh") == "AISGF-1.0第6.3条（a）、第5章"
    assert group_label(None, cites, "en") == "AISGF-1.0 §6.3(a), §5"
