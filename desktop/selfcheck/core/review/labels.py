"""The register's words in Chinese and English: column names, codes and change kinds.

The command line, the exports and the window all take their labels from here, so a
column is called the same everywhere; the labels of stored codes (sector, verdict,
status, severity, risk grade) come from the glossary (:mod:`selfcheck.core.glossary`).
"""

from __future__ import annotations

from selfcheck.core import glossary

#: Column names: key → (Chinese, English).
COLUMNS: dict[str, tuple[str, str]] = {
    "id": ("编号", "No."),
    "organisation": ("单位", "Organisation"),
    "system": ("人工智能系统", "AI system"),
    "sector": ("领域", "Sector"),
    "grade": ("风险等级", "Risk grade"),
    "verdict": ("结论", "Verdict"),
    "score": ("加权得分", "Score"),
    "gaps": ("关键差距", "Critical gaps"),
    "pending": ("待复核", "Re-review"),
    "pack": ("检查清单", "Pack"),
    "version": ("版本", "Version"),
    "signer": ("签名人", "Signer"),
    "signer_org": ("签名人单位", "Signer's organisation"),
    "signed_at": ("签名时间", "Signed at"),
    "received_at": ("接收时间", "Received at"),
    "notes": ("提示", "Notes"),
    "file": ("文件", "File"),
    "sha256": ("文件 SHA-256", "File SHA-256"),
    "uid": ("自查标识", "Assessment uid"),
    "item": ("检查项", "Item"),
    "theme": ("主题", "Theme"),
    "severity": ("严重程度", "Severity"),
    "status": ("状态", "Status"),
    "reports": ("报告数", "Reports"),
    "units": ("单位数", "Units"),
    "units_list": ("涉及单位", "Units concerned"),
    "before": ("原状态", "Before"),
    "after": ("新状态", "After"),
    "change": ("变化", "Change"),
    "opened": ("新增差距", "Gaps opened"),
    "closed": ("已消除差距", "Gaps closed"),
    "change_score": ("得分变化", "Score change"),
}

#: How one item changed between two reports: code → (Chinese, English).
CHANGES: dict[str, tuple[str, str]] = {
    "improved": ("改善", "Improved"),
    "regressed": ("退步", "Regressed"),
    "unchanged": ("未变", "Unchanged"),
    "new": ("新增检查项", "New item"),
    "removed": ("已移除检查项", "Item removed"),
    "applicability": ("适用性变化", "Applicability changed"),
}

#: A cell of the organisation × theme table: code → (Chinese, English).
CELL_STATUSES: dict[str, tuple[str, str]] = {
    "gap": ("存在关键差距", "Critical gap"),
    "incomplete": ("未完成", "Incomplete"),
    "partial": ("基本符合", "Partially met"),
    "met": ("符合", "Met"),
}

#: The glossary's vocabularies by the register's name for them.
_VOCABULARIES = {"sector": "sector", "verdict": "verdict", "status": "status",
                 "severity": "severity", "grade": "risk_grade"}
#: The register's own coded values.
_OWN = {"change": CHANGES, "cell": CELL_STATUSES}


def both_labels(kind: str, code: str) -> tuple[str, str]:
    """(Chinese, English) of a code of ``kind`` (sector, verdict, status, severity, grade,
    change, cell); the code itself for one this program does not know."""
    if kind in _VOCABULARIES:
        vocabulary = _VOCABULARIES[kind]
        return glossary.label(vocabulary, code, "zh"), glossary.label(vocabulary, code, "en")
    return _OWN[kind].get(code, (code, code))


def label(kind: str, code: str, lang: str) -> str:
    """The label of a code in ``lang``."""
    zh, en = both_labels(kind, code)
    return en if lang == "en" else zh


def column(key: str, lang: str) -> str:
    """A column's name in ``lang``."""
    zh, en = COLUMNS[key]
    return en if lang == "en" else zh
