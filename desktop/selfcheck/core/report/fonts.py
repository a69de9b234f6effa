"""The report fonts: the bundled CJK TrueType font, registered once with reportlab.

Reportlab embeds TrueType fonts as subsets (only the glyphs used) with a ToUnicode
map, so the Chinese text renders and can be extracted on machines without the font.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

from selfcheck.core.errors import SelfCheckError
from selfcheck.core.paths import resources_dir

CJK_FONT_FILE = "WenQuanYiMicroHei.ttf"
#: reportlab name of the body font (CJK and Latin).
BODY_FONT = "SelfCheckSans"
#: Standard-14 monospace font for the machine check lines (ASCII only, one Tj each).
MONO_FONT = "Courier"

_lock = threading.Lock()

#: Punctuation that may not start a line in Chinese typesetting and that reportlab's
#: CJK line breaker does not know (it knows the ideographic full stop and comma, the
#: closing brackets and some Japanese marks). Such a character hangs at the line end.
EXTRA_CANNOT_START = "，；：？！、。）》」』】〕〗”’…·％"


class FontError(SelfCheckError):
    """The bundled report font is missing or unreadable."""


def cjk_font_path() -> Path:
    """Path of the bundled CJK TrueType font (also used for the signature stamp)."""
    return resources_dir() / "fonts" / CJK_FONT_FILE


def register_fonts() -> str:
    """Register the body font with reportlab (idempotent, thread-safe); returns its name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    with _lock:
        if BODY_FONT in pdfmetrics.getRegisteredFontNames():
            return BODY_FONT
        _teach_line_breaker()
        path = cjk_font_path()
        try:
            pdfmetrics.registerFont(TTFont(BODY_FONT, str(path)))
        except (OSError, TTFError) as exc:
            raise FontError(f"{path}: the report font cannot be loaded ({exc})") from None
    return BODY_FONT


def _teach_line_breaker() -> None:
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for module in (textsplit, paragraph):  # each holds its own copy of the string
        known: str = module.ALL_CANNOT_START
        missing = "".join(c for c in EXTRA_CANNOT_START if c not in known)
        if missing:
            module.ALL_CANNOT_START = known + missing


@lru_cache(maxsize=1)
def _covered_code_points() -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    face = pdfmetrics.getFont(BODY_FONT).face
    return frozenset(face.charToGlyph)


def printable(text: str) -> str:
    """``text`` with characters the font cannot show replaced by □ (the exact text stays
    in results.json); tabs become spaces and other control characters are dropped."""
    covered = _covered_code_points()
    out: list[str] = []
    for char in text:
        code = ord(char)
        if char in "\n":
            out.append(char)
        elif char == "\t":
            out.append("    ")
        elif code < 32 or 0x7F <= code < 0xA0 or char in "\u200b\u200e\u200f\ufeff":
            continue
        elif code in covered:
            out.append(char)
        else:
            out.append("□")
    return "".join(out)
