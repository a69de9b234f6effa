"""Profile answers on the command line: ``--profile QUESTION=OPTION`` (repeatable) for the
factors of the pack's risk model and its own questions, and the default model's four
factors also by their flags ``--criticality``, ``--autonomy``, ``--people`` and ``--data``
(for a pack with another risk model they are refused as unknown questions)."""

from __future__ import annotations

import argparse

from selfcheck.cli.common import tr
from selfcheck.cli.textout import choices_help, default_language
from selfcheck.core import glossary
from selfcheck.core.errors import UsageError
from selfcheck.core.risk import Autonomy, Criticality, DataSensitivity, PeopleAffected
from selfcheck.core.text import colon

#: The risk factors and the flags that answer them.
RISK_FLAGS = {"criticality": "criticality", "autonomy": "autonomy",
              "people_affected": "people", "data_sensitivity": "data"}


def add_profile_flags(parser: argparse.ArgumentParser, *, risk: bool = True) -> None:
    """``--profile`` (and, with ``risk``, the four risk flags) on ``parser``."""
    parser.add_argument("--profile", action="append", default=[], metavar="QUESTION=OPTION",
                        help=tr("回答检查清单的一个画像问题（可重复；问题与选项的编号见 "
                                "docs/packs.md）；风险因素也可这样回答",
                                "answer a profile question of the pack (repeatable); the risk "
                                "factors may be given this way too, e.g. criticality=high"))
    if not risk:
        return
    lang = default_language()
    for flag, factor, enum in (("--criticality", "criticality", Criticality),
                               ("--autonomy", "autonomy", Autonomy),
                               ("--people", "people_affected", PeopleAffected),
                               ("--data", "data_sensitivity", DataSensitivity)):
        parser.add_argument(flag, choices=[member.value for member in enum],
                            help=f"{glossary.RISK_FACTORS[factor].get(lang)}{colon(lang)}"
                            + choices_help(glossary.RISK_CHOICES[factor]))


def profile_pairs(pairs: list[str]) -> dict[str, str]:
    """``--profile QUESTION=OPTION`` arguments as a mapping (UsageError if malformed)."""
    given: dict[str, str] = {}
    for pair in pairs:
        question, sep, option = pair.partition("=")
        if not sep or not question.strip() or not option.strip():
            raise UsageError(f"--profile {pair!r}: expected QUESTION=OPTION, e.g. genai=yes",
                             zh=f"--profile {pair!r}：格式应为 QUESTION=OPTION（问题=选项）")
        given[question.strip()] = option.strip()
    return given


def profile_answers(args: argparse.Namespace) -> dict[str, str]:
    """Every profile answer given on the command line: the pairs and the risk flags."""
    given = profile_pairs(args.profile)
    for name, flag in RISK_FLAGS.items():
        if getattr(args, flag, None) is not None:
            given[name] = getattr(args, flag)
    return given
