"""Small shared helpers for text: checking what users type, parsing untrusted JSON,
canonical JSON, UTC time stamps, untrusted text made safe to show, markup escaping and
punctuation by language."""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from typing import Any

from selfcheck.core.errors import SelfCheckError

NAME_MAX = 200
TEXT_MAX = 20_000


class JsonInputError(ValueError):
    """Untrusted bytes are not usable JSON; ``str()`` is a short reason without a file name,
    ``zh`` the same in Chinese."""

    def __init__(self, reason: str, zh: str) -> None:
        super().__init__(reason)
        self.zh = zh


def loads_untrusted(raw: bytes, *, allow_bom: bool = False) -> Any:
    """Decode UTF-8 and parse JSON, turning every failure into :class:`JsonInputError`.

    Besides syntax errors this covers invalid UTF-8, nesting deep enough to exhaust
    the parser's recursion, and integers longer than Python converts by default.
    """
    try:
        text = raw.decode("utf-8-sig" if allow_bom else "utf-8")
    except UnicodeDecodeError:
        raise JsonInputError("not UTF-8 text", "不是 UTF-8 文本") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise JsonInputError(
            f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})",
            f"第 {exc.lineno} 行第 {exc.colno} 列不符合 JSON 语法") from None
    except RecursionError:
        raise JsonInputError("not usable JSON (nested too deeply)", "嵌套层数过多") from None
    except ValueError:  # e.g. an integer with more digits than int() accepts
        raise JsonInputError("not usable JSON (a number is too large)", "有数字过大") from None


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


def canonical_json(value: Any) -> bytes:
    """Deterministic UTF-8 JSON: sorted keys, no insignificant white space."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )


def utc_now() -> dt.datetime:
    """The current time, timezone-aware in UTC."""
    return dt.datetime.now(dt.UTC)


def utc_timestamp() -> str:
    """The current UTC time as ISO 8601 with seconds precision and a Z."""
    return utc_now().replace(microsecond=0).isoformat().replace("+00:00", "Z")


#: Longest untrusted string shown whole in a message or on screen.
SHOWN_MAX = 120


def shown(value: object, limit: int = SHOWN_MAX) -> str:
    """An untrusted string (a signer name, an item id, a file name) made safe to print:
    control characters (terminal escapes, bell, carriage return, bidi overrides) escaped
    as ``\\x1b``-style codes, and cut to ``limit`` characters with a count of the rest."""
    text = value if isinstance(value, str) else str(value)
    cut = len(text) > limit
    head = text[:limit]
    escaped = "".join(ch if ch.isprintable() or ch == " " else _escape_char(ch) for ch in head)
    if cut:
        escaped += f"…(+{len(text) - limit})"
    return escaped


def _escape_char(ch: str) -> str:
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


#: Compiled when first used (office files), not at every start of the window.
_NOT_IN_XML = r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]"


def xml_text(text: str) -> str:
    """``text`` without the characters an XML document cannot carry (control characters
    other than tab and line breaks, lone surrogates): for office files."""
    return re.sub(_NOT_IN_XML, "", text)


def escape_html(text: str, *, quote: bool = True) -> str:
    """``text`` safe inside HTML-like markup (Qt rich text, reportlab paragraphs) and, with
    ``quote``, inside its attribute values: the html module's escape, without importing
    its large entity tables at start. (reportlab splits a paragraph at every entity, so
    text that never goes into an attribute is escaped without ``quote``.)"""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;").replace("'", "&#x27;") if quote else text


def colon(lang: str) -> str:
    """The colon after a label: full width in Chinese."""
    return ": " if lang == "en" else "："


def list_separator(lang: str) -> str:
    """Between the members of a list such as item ids: "RA-01、AC-02" / "RA-01, AC-02"."""
    return ", " if lang == "en" else "、"


def count_separator(lang: str) -> str:
    """Between figures of a sentence: "已落实 3，部分落实 1" / "Implemented 3, Partially implemented 1"."""
    return ", " if lang == "en" else "，"


def clause_separator(lang: str) -> str:
    """Between the clauses of a line: "领域：政府部门；风险等级：高" / "Sector: ...; Risk grade: ..."."""
    return "; " if lang == "en" else "；"


def in_brackets(text: str, lang: str) -> str:
    """``text`` in brackets after what precedes it: "（…）" in Chinese, " (…)" in English."""
    return f" ({text})" if lang == "en" else f"（{text}）"
