"""Line breaking of report text that holds Chinese (reportlab's ``wordWrap="CJK"``).

reportlab's own CJK breaker hangs at most one closing mark in the margin and, inside a
Latin run, backs up to the last Chinese character without looking at what then starts
the next line. So a line could start with "，" after a hung "）", or with ", " after a
quoted Chinese anchor in an English citation. This breaker follows the usual Chinese
typesetting rules instead: a line never starts with a closing mark or punctuation
(one such mark may hang in the margin, otherwise characters move to the next line),
never ends with an opening mark, and a Latin word is not cut when a space or a Chinese
character before it allows a break.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from unicodedata import category

from reportlab.lib import textsplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import paragraph

#: a line may overrun its width by this much (reportlab's own tolerance)
_FUZZ = 1e-6


def _cannot_start(char: str) -> bool:
    return bool(char) and char in paragraph.ALL_CANNOT_START


#: opening marks that reportlab's list of characters that cannot end a line lacks
EXTRA_CANNOT_END = "("


def _cannot_end(char: str) -> bool:
    return bool(char) and (char in textsplit.ALL_CANNOT_END or char in EXTRA_CANNOT_END)


def _latin(char: str) -> bool:
    return bool(char) and ord(char) < 0x3000 and not _space(char)


def _space(char: str) -> bool:
    return bool(char) and category(char) == "Zs"


def _visible_width(chars: Sequence[str], widths: Sequence[float]) -> float:
    """The width of a line without its trailing spaces."""
    end = len(chars)
    while end and _space(chars[end - 1]):
        end -= 1
    return sum(widths[:end])


def _width(char: Any, max_width: float) -> float:
    width = char.width
    if hasattr(width, "normalizedValue"):  # a percentage width of an inline image
        width._normalizer = max_width
        return float(width.normalizedValue(max_width))
    return float(width)


def _break_point(chars: Sequence[str], start: int, end: int) -> int:
    """Where the next line starts when ``chars[start:end]`` fit and ``chars[end]`` does
    not: after a space or a Chinese character rather than inside a Latin word, then
    moved so that no line starts with a closing mark or ends with an opening one."""
    limit = start + 1
    brk = end
    if _latin(chars[end]) and _latin(chars[end - 1]):
        for j in range(end - 1, (start + end) // 2, -1):
            if not _latin(chars[j]):
                brk = j + 1
                break
    if _cannot_start(chars[brk]) and (brk + 1 >= len(chars)
                                      or not _cannot_start(chars[brk + 1])):
        return brk + 1  # one closing mark hangs in the margin
    while brk > limit and (_cannot_start(chars[brk]) or _cannot_end(chars[brk - 1])):
        brk -= 1
    return brk if brk >= limit else end


def _lines(chars: Sequence[str], widths: Sequence[float], max_widths: Sequence[float],
           forced: Sequence[bool]) -> list[tuple[int, int, bool]]:
    """(start, end, forced break) of each line of ``chars``; ``forced[i]`` marks a
    character that ends its line (a <br/>)."""
    lines: list[tuple[int, int, bool]] = []
    start = 0
    while start < len(chars):
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        used, end, line_break = 0.0, start, False
        while end < len(chars):
            if used + widths[end] > max_width + _FUZZ and end > start:
                break
            used += widths[end]
            end += 1
            if forced[end - 1]:
                line_break = True
                break
        if end < len(chars) and not line_break:
            end = _break_point(chars, start, end)
            while end < len(chars) and _space(chars[end]):
                end += 1  # spaces stay at the end of the line, not the start of the next
        lines.append((start, end, line_break))
        start = end
    return lines


def kinsoku_frag_split(frags: Sequence[Any], max_widths: Sequence[float],
                       calc_bounds: bool, encoding: str = "utf8") -> Any:
    """Drop-in for reportlab's ``cjkFragSplit``: the lines of a CJK-wrapped paragraph
    of several fragments (fonts, colours, links)."""
    chars: list[Any] = []
    for frag in frags:
        text = frag.text.decode(encoding) if isinstance(frag.text, bytes) else frag.text
        chars.extend(paragraph.cjkU(c, frag, encoding) for c in text or [""])
    width = max_widths[0]
    widths = [_width(c, width) for c in chars]
    lines = []
    for number, (start, end, line_break) in enumerate(
            _lines(chars, widths, max_widths, [hasattr(c.frag, "lineBreak") for c in chars])):
        max_width = max_widths[min(number, len(max_widths) - 1)]
        used = _visible_width(chars[start:end], widths[start:end])
        lines.append(paragraph.makeCJKParaLine(chars[start:end], max_width, used,
                                               max_width - used, line_break, calc_bounds))
    return paragraph.ParaLines(kind=1, lines=lines)


def kinsoku_word_split(word: str | bytes, max_widths: float | Sequence[float],
                       font_name: str, font_size: float,
                       encoding: str = "utf8") -> list[list[Any]]:
    """Drop-in for reportlab's ``wordSplit`` (a CJK-wrapped paragraph of one fragment):
    ``[extra space, line text]`` per line."""
    text = word.decode(encoding) if isinstance(word, bytes) else word
    widths = [stringWidth(c, font_name, font_size) for c in text]
    limits: list[float] = ([float(w) for w in max_widths] if isinstance(max_widths, Sequence)
                           else [float(max_widths)])
    out: list[list[Any]] = []
    for number, (start, end, _) in enumerate(_lines(text, widths, limits,
                                                      [False] * len(text))):
        max_width = limits[min(number, len(limits) - 1)]
        used = _visible_width(text[start:end], widths[start:end])
        out.append([max_width - used, text[start:end].strip()])
    return out


def install() -> None:
    """Make reportlab's paragraphs use this breaker (process-wide; called once when
    the report font is registered)."""
    paragraph.cjkFragSplit = kinsoku_frag_split
    paragraph.wordSplit = kinsoku_word_split
