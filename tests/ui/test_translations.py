"""The window's catalogues: every string of the window has a Chinese translation that keeps
its placeholders, and English counts have a singular and a plural form."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from tests.conftest import REPO

TRANSLATIONS = REPO / "resources" / "translations"
CJK = re.compile(r"[\u4e00-\u9fff]")
PLACEHOLDER = re.compile(r"%(?:\d|n)")
#: Sources that are the same in every language (names, algorithms, symbols).
SAME_IN_BOTH = {"SHA-256", "English"}


def _messages(name: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(TRANSLATIONS / name).getroot()
    return [(context.findtext("name", ""), message) for context in root.iter("context")
            for message in context.iter("message")]


def test_every_window_string_has_chinese_with_its_placeholders() -> None:
    problems = []
    for context, message in _messages("selfcheck_zh_CN.ts"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
            continue
        forms = ([form.text or "" for form in translation.iter("numerusform")]
                 if message.get("numerus") == "yes" else [translation.text or ""])
        for text in forms:
            if source not in SAME_IN_BOTH and re.search("[A-Za-z]{3}", source) \
                    and not CJK.search(text):
                problems.append(f"{context}: {source!r} has no Chinese: {text!r}")
            if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(text))):
                problems.append(f"{context}: {source!r} loses a placeholder: {text!r}")
    assert problems == []


def test_english_counts_have_singular_and_plural() -> None:
    for context, message in _messages("selfcheck_en.ts"):
        if message.get("numerus") != "yes":
            continue
        forms = [form.text or "" for form in message.iter("numerusform")]
        source = message.findtext("source", "")
        assert len(forms) == 2 and forms[0] != forms[1], (context, source, forms)
        assert "(s)" not in "".join(forms), (context, source, forms)
