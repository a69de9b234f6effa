"""What changed between two wordings, marked up for a rich-text label: removed text struck
through in red, added text in green. Chinese is compared character by character, other
text word by word (runs of letters and digits stay whole)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from selfcheck.core.text import escape_html

_TOKENS = re.compile(r"[A-Za-z0-9_'’-]+|\s+|.", re.DOTALL)
REMOVED_STYLE = "color:#b71c1c; text-decoration:line-through;"
ADDED_STYLE = "color:#1b5e20; background:#e8f5e9; font-weight:600;"


def tokens(text: str) -> list[str]:
    """``text`` in the pieces compared: words, spaces and single other characters."""
    return _TOKENS.findall(text)


def wording_diff_html(old: str, new: str) -> str:
    """``new`` with what differs from ``old`` marked (rich text, escaped)."""
    before, after = tokens(old), tokens(new)
    parts: list[str] = []
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(escape_html("".join(after[b1:b2])))
            continue
        if op in ("delete", "replace"):
            parts.append(f'<span style="{REMOVED_STYLE}">{escape_html("".join(before[a1:a2]))}</span>')
        if op in ("insert", "replace"):
            parts.append(f'<span style="{ADDED_STYLE}">{escape_html("".join(after[b1:b2]))}</span>')
    return "".join(parts)
