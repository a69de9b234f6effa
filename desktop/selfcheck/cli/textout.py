"""Plain-text output of the command line in Chinese or English, and argparse's own
words in Chinese."""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections.abc import Mapping
from typing import TYPE_CHECKING

from selfcheck.core.bilingual import environment_locale, language_of_locale
from selfcheck.core.glossary import Term
from selfcheck.core.text import clause_separator

if TYPE_CHECKING:
    from selfcheck.core.model import Pack


def default_language() -> str:
    """"en" when the environment's locale is English, else "zh" (also for C/POSIX or no
    locale): the rule of :func:`selfcheck.core.bilingual.language_of_locale`."""
    return language_of_locale(environment_locale())


#: argparse's own messages (Python 3.11 and later) in Chinese, by their English text.
#: Untranslated ones (programming errors of the parser's setup) stay English.
ARGPARSE_ZH: dict[str, str] = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "one of the arguments %s is required": "须给出以下参数之一：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "ignored explicit argument %r": "多余的参数值 %r",
    "expected one argument": "应带一个值",
    "expected at most one argument": "至多带一个值",
    "expected at least one argument": "至少带一个值",
    "expected %s argument": "应带 %s 个值",
    "expected %s arguments": "应带 %s 个值",
    "ambiguous option: %(option)s could match %(matches)s":
        "选项 %(option)s 有歧义，可能是：%(matches)s",
    "unexpected option string: %s": "意外的选项：%s",
    "invalid %(type)s value: %(value)r": "%(type)s 值 %(value)r 无效",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选择 %(value)r（可选：%(choices)s）",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "未知的命令 %(parser_name)r（可选：%(choices)s）",
    "can't open '%(filename)s': %(error)s": "无法打开“%(filename)s”：%(error)s",
}


def _argparse_gettext(message: str) -> str:
    return ARGPARSE_ZH.get(message, message) if default_language() == "zh" else message


def _argparse_ngettext(singular: str, plural: str, count: int) -> str:
    return _argparse_gettext(singular if count == 1 else plural)


def install_argparse_texts() -> None:
    """Let argparse speak the locale's language: it looks its messages up through the
    module's ``_`` and ``ngettext`` (from gettext) when it formats them; this program has
    no gettext catalogue, so they are looked up in :data:`ARGPARSE_ZH` instead."""
    argparse._ = _argparse_gettext  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_ngettext  # type: ignore[attr-defined]


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, width: int) -> str:
    """``text`` padded with spaces to ``width`` terminal columns."""
    return text + " " * max(0, width - display_width(text))


_WIDE = "\u2e80-\u303f\u3400-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
_TOKENS = re.compile(f"[{_WIDE}]|[^\\s{_WIDE}]+|\\s+")
#: Full-width punctuation that never begins a line.
_NO_LINE_START = set("，。、；：？！）》」』】…%")


def wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` terminal columns: Chinese may break between
    any two characters, other words (a flag, a file name) only at spaces, and no line
    begins with a closing punctuation mark."""
    lines: list[str] = []
    line, used = "", 0
    for token in _TOKENS.findall(" ".join(text.split())):
        if token.isspace():
            if line:
                line, used = line + " ", used + 1
            continue
        size = display_width(token)
        if line.strip() and used + size > width and token[0] not in _NO_LINE_START:
            lines.append(line.rstrip())
            line, used = "", 0
        line, used = line + token, used + size
    if line.strip():
        lines.append(line.rstrip())
    return lines


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help layout, with lines wrapped by terminal width (:func:`wrap`)."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in wrap(text, width - len(indent)))


#: Labels of ``selfcheck assess show``: key → (Chinese, English).
SHOW_LABELS: dict[str, tuple[str, str]] = {
    "assessment": ("自查", "Assessment"),
    "sector": ("领域", "Sector"),
    "pack": ("检查清单", "Pack"),
    "grade": ("风险等级", "Risk grade"),
    "verdict": ("结论", "Verdict"),
    "overall": ("总体", "Overall"),
    "weighted": ("加权得分", "weighted"),
    "answered": ("已答", "answered"),
    "themes": ("各主题", "Themes"),
    "gaps": ("关键差距", "Critical gaps"),
    "critical_open": ("尚未作答的关键项", "Critical items still unanswered"),
    "review": ("升级后待复核", "Awaiting re-review after a pack upgrade"),
    "drivers": ("影响结论的主要检查项", "Items that drive the result"),
    "lost": ("损失权重", "weight lost"),
    "remediation": ("尚未指定整改责任人或期限", "No remediation owner or due date yet"),
    "not_applying": ("根据画像答案不再适用（答复予以保留）",
                     "No longer applying with the profile answers (answers kept)"),
    "superseded": ("本自查已升级为自查 {id}，原记录仅供查阅",
                   "This assessment was upgraded to assessment {id}; it is kept read-only"),
}


def label(key: str, lang: str) -> str:
    zh, en = SHOW_LABELS[key]
    return zh if lang == "zh" else en


def choices_help(terms: Mapping[str, Term], lang: str | None = None) -> str:
    """The choices of an option with their glossary labels, for its help text:
    "government 政府部门；cii 关键信息基础设施" / "government (Government department); ..."."""
    lang = lang or default_language()
    if lang == "zh":
        return clause_separator(lang).join(f"{code} {term.zh}" for code, term in terms.items())
    return clause_separator(lang).join(f"{code} ({term.en})" for code, term in terms.items())


def pack_name(pack: Pack, lang: str) -> str:
    """A pack as a reader calls it: by title in Chinese (《…》第 2 版), by id in English."""
    if lang == "zh":
        return pack.name(lang)
    return f"{pack.pack_id} v{pack.version} ({pack.label})"
