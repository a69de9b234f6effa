"""Parsing JSON that came from outside the program (files a user hands it)."""

from __future__ import annotations

import json
from typing import Any


class JsonInputError(ValueError):
    """Untrusted bytes are not usable JSON; ``str()`` is a short reason without a file name."""


def loads_untrusted(raw: bytes, *, allow_bom: bool = False) -> Any:
    """Decode UTF-8 and parse JSON, turning every failure into :class:`JsonInputError`.

    Besides syntax errors this covers invalid UTF-8, nesting deep enough to exhaust
    the parser's recursion, and integers longer than Python converts by default.
    """
    try:
        text = raw.decode("utf-8-sig" if allow_bom else "utf-8")
    except UnicodeDecodeError:
        raise JsonInputError("not UTF-8 text") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise JsonInputError(
            f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    except RecursionError:
        raise JsonInputError("not usable JSON (nested too deeply)") from None
    except ValueError:  # e.g. an integer with more digits than int() accepts
        raise JsonInputError("not usable JSON (a number is too large)") from None
