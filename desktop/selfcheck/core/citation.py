"""Clause citations in the reader's language.

Packs cite clauses of their source in a compact code form, ``AISGF-1.0 §6.3(h)``:
the source's ``citation_prefix``, then the section. Chinese readers get the Chinese
form, 《人工智能安全治理框架》1.0版 第6.3条(h); English readers the source's title
with the section, AI Safety Governance Framework, version 1.0, §6.3(h). A clause
that does not start with the source's prefix is shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from selfcheck.core.model import Source

_SECTION = re.compile(r"^§(?P<number>\d+(?:\.\d+)*)(?P<rest>.*)$")


def _section(code: str, lang: str) -> str:
    """``§6.3(h)`` in ``lang``: 第6.3条(h) (a whole chapter: 第5章), or as it is."""
    match = _SECTION.match(code)
    if match is None or lang == "en":
        return code
    number, rest = match["number"], match["rest"]
    return f"第{number}{'条' if '.' in number else '章'}{rest}"


def _split(source: Source, clause: str) -> str | None:
    """The section part of ``clause`` ("" for the whole source), None when it cites
    something else."""
    prefix = source.citation_prefix
    if clause == prefix:
        return ""
    if clause.startswith(prefix + " "):
        return clause[len(prefix) + 1:].strip()
    return None


def cite(source: Source, clauses: Sequence[str], lang: str) -> str:
    """The clauses an item cites, in ``lang``: the source's title once, then each section
    (e.g. 《人工智能安全治理框架》1.0版 第6.3条(h)、第5章)."""
    title = source.title.get(lang)
    sections: list[str] = []
    others: list[str] = []
    whole = False
    for clause in clauses:
        part = _split(source, clause)
        if part is None:
            others.append(clause)
        elif part:
            sections.append(_section(part, lang))
        else:
            whole = True
    separator = "、" if lang != "en" else ", "
    parts: list[str] = []
    if sections:
        parts.append(f"{title} {separator.join(sections)}" if lang != "en"
                     else f"{title}, {separator.join(sections)}")
    elif whole:
        parts.append(title)
    parts += others
    return ("；" if lang != "en" else "; ").join(parts)
