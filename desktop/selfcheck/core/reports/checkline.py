"""Machine check lines: the key figures of a report in a form a verifier can compare.

The renderer prints these lines on the executive-summary page in the standard
Courier font (ASCII, one text-show operator per line) and also stores them in the
document's Keywords. A verifier extracts them from the page content streams of the
signed revision (no pdftotext, no OCR) and compares them with the attached
``results.json``: verdict, weighted percent, counts, risk grade, pack id, version and
content hash, the assessment uid and the SHA-256 of ``results.json`` itself.
"""

from __future__ import annotations

import re
from typing import Any

CHECK_MARKER = "SC-CHECK/1"
MAX_LINE = 96
_LINE_PATTERN = re.compile(rb"\((" + re.escape(CHECK_MARKER.encode()) + rb" [^()\\]*)\)\s*Tj")
_SAFE_VALUE = re.compile(r"^[A-Za-z0-9._@:+-]{1,80}$")


def summary_fields(results: dict[str, Any], results_sha256: str) -> dict[str, str]:
    """The figures the check lines carry, as text (key order is the print order)."""
    score = results["score"]
    overall = score["overall"]
    counts = overall["counts"]
    pack = results["assessment"]["pack"]
    fields = {
        "verdict": str(score["verdict"]),
        "percent": f"{float(overall['percent']):.1f}",
        "items": str(overall["items"]),
        "answered": str(overall["answered"]),
        "implemented": str(counts["implemented"]),
        "partial": str(counts["partial"]),
        "not-implemented": str(counts["not-implemented"]),
        "not-applicable": str(counts["not-applicable"]),
        "unanswered": str(counts["unanswered"]),
        "critical-gaps": str(len(score["critical_gaps"])),
        "risk": str(results["risk"]["grade"]),
        "pack": f"{pack['pack_id']}@{pack['version']}",
        "assessment": str(results["assessment"]["uid"]),
        "pack-sha256": str(pack["content_sha256"]),
        "results-sha256": results_sha256,
    }
    for key, value in fields.items():
        if not _SAFE_VALUE.match(value):
            fields[key] = re.sub(r"[^A-Za-z0-9._@:+-]", "_", value)[:80] or "_"
    return fields


def check_lines(fields: dict[str, str]) -> list[str]:
    """Wrap ``key=value`` pairs into lines of at most :data:`MAX_LINE` characters."""
    lines: list[str] = []
    current = CHECK_MARKER
    for key, value in fields.items():
        pair = f"{key}={value}"
        if len(current) + 1 + len(pair) > MAX_LINE and current != CHECK_MARKER:
            lines.append(current)
            current = CHECK_MARKER
        current += " " + pair
    lines.append(current)
    return lines


def keywords(fields: dict[str, str]) -> str:
    """The document Keywords entry: the same pairs on one line."""
    return CHECK_MARKER + " " + " ".join(f"{k}={v}" for k, v in fields.items())


def parse_pairs(text: str) -> dict[str, str]:
    """Parse the pairs of one check line or keywords entry (without the marker)."""
    found: dict[str, str] = {}
    for token in text.split():
        if token == CHECK_MARKER or "=" not in token:
            continue
        key, _, value = token.partition("=")
        if key in found and found[key] != value:
            raise ValueError(f"the check lines give {key} twice with different values")
        found[key] = value
    return found


def find_check_lines(content: bytes) -> list[str]:
    """The check lines shown by a (decoded) page content stream."""
    return [m.group(1).decode("ascii", "replace") for m in _LINE_PATTERN.finditer(content)]
