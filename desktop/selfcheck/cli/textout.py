"""Plain-text output of the command line in Chinese or English."""

from __future__ import annotations

import os
import unicodedata


def default_language() -> str:
    """"zh" when the environment's locale is Chinese, else "en"."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, width: int) -> str:
    """``text`` padded with spaces to ``width`` terminal columns."""
    return text + " " * max(0, width - display_width(text))


#: Labels of ``selfcheck assess show``: key → (Chinese, English).
SHOW_LABELS: dict[str, tuple[str, str]] = {
    "assessment": ("自查", "Assessment"),
    "sector": ("领域", "Sector"),
    "pack": ("清单", "pack"),
    "grade": ("风险等级", "risk grade"),
    "verdict": ("结论", "Verdict"),
    "overall": ("总体", "Overall"),
    "weighted": ("加权得分", "weighted"),
    "answered": ("已答", "answered"),
    "themes": ("各主题", "Themes"),
    "gaps": ("关键差距", "Critical gaps"),
    "critical_open": ("尚未作答的关键项", "Critical items still unanswered"),
    "review": ("升级后待复核", "Awaiting re-review after a pack upgrade"),
    "drivers": ("影响结论的主要检查项", "Items that drive the result"),
    "lost": ("失分（权重）", "weight lost"),
    "remediation": ("尚未指定整改责任人或期限", "No remediation owner or due date yet"),
    "not_applying": ("根据画像答案不再适用（答复予以保留）",
                     "No longer applying with the profile answers (answers kept)"),
    "superseded": ("本自查已升级为自查 {id}，原记录仅供查阅",
                   "This assessment was upgraded to assessment {id}; it is kept read-only"),
}


def label(key: str, lang: str) -> str:
    zh, en = SHOW_LABELS[key]
    return zh if lang == "zh" else en
