"""Checks for free text a user types or imports (names, justifications, evidence)."""

from __future__ import annotations

import unicodedata

from selfcheck.core.errors import SelfCheckError

NAME_MAX = 200
TEXT_MAX = 20_000


def checked_text(value: str, what: str, error: type[SelfCheckError], *, single_line: bool,
                 max_length: int, what_zh: str | None = None) -> str:
    """``value`` stripped, or ``error`` naming ``what`` (``what_zh`` in Chinese) if it
    cannot be stored and shown.

    Refused: characters that are not valid Unicode (e.g. bytes from a terminal in
    another encoding), control characters (line breaks and tabs are allowed in
    multi-line text) and text longer than ``max_length`` characters.
    """
    text = value.strip()
    what_zh = what_zh or what
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise error(f"{what} contains bytes that are not valid text (is the terminal's "
                    "encoding UTF-8?)", zh=f"{what_zh}含有无效字符（请检查终端编码是否为 UTF-8）") from None
    allowed = "" if single_line else "\n\t\r"
    if any(unicodedata.category(ch) == "Cc" and ch not in allowed for ch in text):
        kind = "control characters or line breaks" if single_line else "control characters"
        raise error(f"{what} contains {kind}", zh=f"{what_zh}含有控制字符或换行符")
    if len(text) > max_length:
        raise error(f"{what} is longer than {max_length} characters",
                    zh=f"{what_zh}超过 {max_length} 个字符")
    return text
