"""The report fonts: the bundled CJK TrueType font, registered once with reportlab.

Reportlab embeds TrueType fonts as subsets (only the glyphs used) with a ToUnicode
map, so the Chinese text renders and can be extracted on machines without the font.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from io import BytesIO
from pathlib import Path

from selfcheck.core.errors import SelfCheckError
from selfcheck.core.paths import resources_dir

CJK_FONT_FILE = "WenQuanYiMicroHei.ttf"
#: reportlab name of the body font (CJK and Latin), the only font of a report: it is
#: embedded as subsets. Its first subset maps printable ASCII to itself, so an ASCII
#: line (the machine check lines) is one readable string in the page content.
BODY_FONT = "SelfCheckSans"

_lock = threading.Lock()
#: reportlab's font objects keep read positions: one subsetting user at a time.
subset_lock = threading.RLock()

#: Punctuation that may not start a line in Chinese typesetting and that reportlab's
#: list does not hold (it knows the ideographic full stop and comma, the closing
#: brackets and some Japanese marks); core.reports.linebreak keeps them off line starts.
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
        _binary_streams()
        path = cjk_font_path()
        try:
            pdfmetrics.registerFont(TTFont(BODY_FONT, str(path), asciiReadable=1))
        except (OSError, TTFError) as exc:
            raise FontError(f"{path}: the report font cannot be loaded ({exc})",
                            zh=f"{path}：无法加载报告字体（{exc}）") from None
    return BODY_FONT


def _binary_streams() -> None:
    """Plain Flate streams instead of ASCII85 + Flate: about a fifth smaller, and the
    verifier can inflate page contents with zlib directly. (Process-wide setting; this
    program is reportlab's only user.)"""
    from reportlab import rl_config

    rl_config.useA85 = 0


def _teach_line_breaker() -> None:
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    from selfcheck.core.reports import linebreak

    for module in (textsplit, paragraph):  # each holds its own copy of the string
        known: str = module.ALL_CANNOT_START
        missing = "".join(c for c in EXTRA_CANNOT_START if c not in known)
        if missing:
            module.ALL_CANNOT_START = known + missing
    linebreak.install()


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


def stamp_font_bytes(text: str) -> bytes:
    """A small TrueType font with the glyphs of ``text`` plus printable ASCII, for the
    signature stamp. pyHanko would otherwise load and subset the 4 MB CJK font with
    fontTools on every signature (about a second); reportlab's subsetter, on the font it
    already holds in memory, takes milliseconds. The result has a Unicode cmap.
    """
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.tables._c_m_a_p import CmapSubtable
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    codes = sorted({ord(c) for c in printable(text) if c != "\n"} | set(range(32, 127)))
    face = pdfmetrics.getFont(BODY_FONT).face
    with subset_lock:
        raw = face.makeSubset(codes)
    font = TTFont(BytesIO(raw))
    by_index = font["cmap"].tables[0].cmap  # reportlab's subset maps 0..n-1 to the glyphs
    mapping = {codes[i]: name for i, name in by_index.items() if i < len(codes)}
    tables = []
    bmp = CmapSubtable.newSubtable(4)
    bmp.platformID, bmp.platEncID, bmp.language = 3, 1, 0
    bmp.cmap = {code: name for code, name in mapping.items() if code <= 0xFFFF}
    tables.append(bmp)
    if any(code > 0xFFFF for code in mapping):
        full = CmapSubtable.newSubtable(12)
        full.platformID, full.platEncID, full.language = 3, 10, 0
        full.cmap = dict(mapping)
        tables.append(full)
    font["cmap"].tables = tables
    out = BytesIO()
    font.save(out)
    return out.getvalue()
