"""Profile answers on the command line: ``--profile QUESTION=OPTION`` (repeatable) for the
factors of the pack's risk model and its own questions, and the default model's four
factors also by their flags ``--criticality``, ``--autonomy``, ``--people`` and ``--data``
(for a pack with another risk model they are refused as unknown questions)."""

from __future__ import annotations

import argparse

from selfcheck.core.errors import UsageError
from selfcheck.core.risk import Autonomy, Criticality, DataSensitivity, PeopleAffected

#: The risk factors and the flags that answer them.
RISK_FLAGS = {"criticality": "criticality", "autonomy": "autonomy",
              "people_affected": "people", "data_sensitivity": "data"}


def add_profile_flags(parser: argparse.ArgumentParser, *, risk: bool = True) -> None:
    """``--profile`` (and, with ``risk``, the four risk flags) on ``parser``."""
    parser.add_argument("--profile", action="append", default=[], metavar="QUESTION=OPTION",
                        help="answer a profile question of the pack (repeatable); the risk "
                        "factors may be given this way too, e.g. criticality=high")
    if not risk:
        return
    parser.add_argument("--criticality", choices=[c.value for c in Criticality],
                        help="what an error of the AI can cause")
    parser.add_argument("--autonomy", choices=[a.value for a in Autonomy],
                        help="whether the AI advises or acts")
    parser.add_argument("--people", choices=[p.value for p in PeopleAffected],
                        help="how many people its decisions affect")
    parser.add_argument("--data", choices=[d.value for d in DataSensitivity],
                        help="the most sensitive data it processes")


def profile_pairs(pairs: list[str]) -> dict[str, str]:
    """``--profile QUESTION=OPTION`` arguments as a mapping (UsageError if malformed)."""
    given: dict[str, str] = {}
    for pair in pairs:
        question, sep, option = pair.partition("=")
        if not sep or not question.strip() or not option.strip():
            raise UsageError(f"--profile {pair!r}: expected QUESTION=OPTION, e.g. genai=yes",
                             zh=f"--profile {pair!r}：格式应为 问题=选项，例如 genai=yes")
        given[question.strip()] = option.strip()
    return given


def profile_answers(args: argparse.Namespace) -> dict[str, str]:
    """Every profile answer given on the command line: the pairs and the risk flags."""
    given = profile_pairs(args.profile)
    for name, flag in RISK_FLAGS.items():
        if getattr(args, flag, None) is not None:
            given[name] = getattr(args, flag)
    return given
