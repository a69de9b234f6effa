"""Bilingual texts (Simplified Chinese and English) and the checks that build pack content
read back from trusted JSON (the pack model, its sources, conditions and risk model)."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import Any

from selfcheck.core.immutable import immutable

#: The environment variables that name the locale of messages, strongest first (POSIX
#: order; GNU's LANGUAGE only when none of the others is set).
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


def language_of_locale(name: str | None) -> str:
    """The product's language for a locale name: "en" only for an English one
    (``en_US.UTF-8``, ``en``, Windows' ``English_United States``); "zh" for anything
    else — Chinese locales, ``C``/``POSIX``, none at all: Chinese is the first language."""
    return "en" if (name or "").strip().lower().startswith("en") else "zh"


def environment_locale(environ: Mapping[str, str] | None = None) -> str:
    """The locale name the environment gives for messages ("" when none is set). On
    Windows, where these variables are rarely set, the user's locale from the system."""
    environ = os.environ if environ is None else environ
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable, "")
        if value:
            return value.split(":")[0] if variable == "LANGUAGE" else value
    if sys.platform == "win32":
        import locale  # here only: importing it compiles a large pattern, at every start

        return locale.getlocale()[0] or ""
    return ""


@immutable(slots=True)
class Text:
    """A bilingual text: Simplified Chinese and English."""

    zh: str
    en: str

    def get(self, lang: str) -> str:
        """The text in ``lang`` ("zh" or "en"); Chinese for anything else but "en"."""
        return self.en if lang == "en" else self.zh

    def to_dict(self) -> dict[str, str]:
        return {"zh": self.zh, "en": self.en}

    @classmethod
    def from_trusted_dict(cls, data: Mapping[str, Any]) -> Text:
        return cls(zh=filled(data["zh"]), en=filled(data["en"]))


@immutable(slots=True)
class TextList:
    """A bilingual list of short texts (e.g. evidence examples)."""

    zh: tuple[str, ...]
    en: tuple[str, ...]

    def get(self, lang: str) -> list[str]:
        return list(self.en if lang == "en" else self.zh)

    def to_dict(self) -> dict[str, list[str]]:
        return {"zh": list(self.zh), "en": list(self.en)}

    @classmethod
    def from_trusted_dict(cls, data: Mapping[str, Any]) -> TextList:
        return cls(zh=strings(data["zh"]), en=strings(data["en"]))


def optional_text(data: Any) -> Text | None:
    """A bilingual text that may be absent (``None``)."""
    return None if data is None else Text.from_trusted_dict(data)


def string(value: Any) -> str:
    """``value`` if it is a string; TypeError otherwise."""
    if not isinstance(value, str):
        raise TypeError(f"expected a string, found {type(value).__name__}")
    return value


def filled(value: Any) -> str:
    """A string with more than white space in it."""
    text = string(value)
    if not text.strip():
        raise ValueError("an empty text")
    return text


def strings(value: Any) -> tuple[str, ...]:
    """A list of strings, as a tuple."""
    if not isinstance(value, list):
        raise TypeError(f"expected a list, found {type(value).__name__}")
    return tuple(string(v) for v in value)


def flag(value: Any) -> bool:
    """A JSON true or false."""
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, found {type(value).__name__}")
    return value


def integer(value: Any) -> int:
    """A JSON integer (not a boolean)."""
    if type(value) is not int:
        raise TypeError(f"expected an integer, found {type(value).__name__}")
    return value


def records(value: Any) -> list[Mapping[str, Any]]:
    """A list of JSON objects."""
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise TypeError("expected a list of objects")
    return value
