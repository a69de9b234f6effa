"""Readable lines about a pack's sources, status and profile questions, for the install
preview, ``selfcheck pack diff`` and ``selfcheck packs validate``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from selfcheck.core import glossary
from selfcheck.core.conditions import ProfileQuestion
from selfcheck.core.model import Pack, PackStatus
from selfcheck.core.riskmodel import RiskFactor, RiskModel, default_risk_model
from selfcheck.core.sources import PackSource

#: The origin recorded for the packs that ship with the program.
BUILTIN_ORIGIN = "builtin"
#: The origin of a pack installed from a signed pack file.
INSTALLED_ORIGIN = "signed-file"


def _t(lang: str, zh: str, en: str) -> str:
    return en if lang == "en" else zh


def source_line(source: PackSource, lang: str, *, ids: bool = True) -> str:
    """``GOVLLM-2025  《…指引》 — 中央网信办… · 2025-10 · 现行有效`` (without the id for a
    reader who is no pack author: ``ids=False``)."""
    text = (f"{source.title.get(lang)} — {source.issuer.get(lang)} · {source.date} · "
            f"{source.status.label(lang)}")
    return f"{source.id}  {text}" if ids else text


def origin_text(origin: str, signer_key_id: str | None, lang: str) -> str:
    """Where an installed pack came from: built in, or a signed pack file (with its key)."""
    if origin == BUILTIN_ORIGIN:
        return _t(lang, "内置", "built in")
    if origin == INSTALLED_ORIGIN:
        if signer_key_id:
            return _t(lang, f"已签名的清单包文件，签名密钥 {signer_key_id}",
                      f"signed pack file, key {signer_key_id}")
        return _t(lang, "已签名的清单包文件", "signed pack file")
    return origin


def question_line(question: ProfileQuestion, lang: str) -> str:
    """``genai: 是否使用生成式模型？ [yes | no]`` (with the condition it is asked on)."""
    options = " | ".join(option.id for option in question.options)
    line = f"{question.id}: {question.text.get(lang)} [{options}]"
    if question.asked_if is not None:
        line += _t(lang, f"（当 {question.asked_if.text()} 时提问）",
                   f" (asked if {question.asked_if.text()})")
    return line


def pack_outline_lines(pack: Pack, lang: str, *, ids: bool = True) -> list[str]:
    """What a pack declares besides its items: status, sources, profile questions and how
    many items have conditions. With ``ids=False`` (the window, for the officials who
    install a pack) sources and questions are named by their texts only, never by the
    ids pack authors write."""
    lines: list[str] = []
    if pack.status is not None:
        lines.append(_t(lang, f"状态：{pack.status.label(lang)}", f"Status: {pack.status.label(lang)}"))
    if pack.source is not None:
        lines.append(_t(lang, "依据：", "Source: ") + pack.source.title.get(lang)
                     + f" ({pack.source.citation_prefix} …)")
    else:
        lines.append(_t(lang, f"依据文件（{len(pack.sources)}）：",
                        f"Sources ({len(pack.sources)}):"))
        lines += [f"  {source_line(source, lang, ids=ids)}" for source in pack.sources]
        secondary = sum(1 for item in pack.items if item.secondary_basis)
        if secondary:
            lines.append(_t(lang, f"  其中 {secondary} 个检查项依据公开摘要或解读，以正式文本为准",
                            f"  {secondary} item(s) rest on public summaries or interpretations; "
                            "the official text prevails"))
    if pack.profile_questions:
        lines.append(_t(lang, f"画像问题（{len(pack.profile_questions)}）：",
                        f"Profile questions ({len(pack.profile_questions)}):"))
        lines += [f"  {question_line(q, lang) if ids else q.text.get(lang)}"
                  for q in pack.profile_questions]
    lines += risk_model_lines(pack.effective_risk_model, lang, own=pack.risk_model is not None)
    conditional = sum(1 for item in pack.items if item.applies_if is not None)
    if conditional:
        lines.append(_t(lang, f"{conditional} 个检查项仅在画像答案满足条件时适用",
                        f"{conditional} item(s) apply only when the profile answers match"))
    return lines


def _points(factor: RiskFactor) -> str:
    return "/".join(str(option.points) for option in factor.options)


def risk_model_lines(model: RiskModel, lang: str, *, own: bool = True) -> list[str]:
    """The risk model: its id and title, factors, and each grade with its threshold and how
    it raises the bar."""
    whose = "" if own else _t(lang, "（默认模型）", " (the default model)")
    # ids for the admin in English; the Chinese outline names everything by its label
    lines = [_t(lang, f"风险模型：{model.title.get(lang)}{whose}",
                f"Risk model: {model.id}{whose} {model.title.get(lang)}")]
    factors = _t(lang, "、", ", ").join(
        _t(lang, f"{f.label.get(lang)}（{_points(f)}）", f"{f.id} ({_points(f)})")
        for f in model.factors)
    lines.append(_t(lang, f"  风险因素及分值：{factors}", f"  Factors and points: {factors}"))
    for grade in model.grades:
        severities = "、".join(glossary.label("severity", code, "zh") for code in grade.critical_severities) \
            if lang == "zh" else "/".join(grade.critical_severities)
        evidence = _t(lang, "；已落实须有证据", "; implemented needs evidence") \
            if grade.evidence_required else ""
        lines.append(_t(lang, f"  {grade.label(lang)}：≥{grade.min_points} 分；按关键项计："
                              f"{severities}{evidence}",
                        f"  {grade.id} {grade.label(lang)}: ≥ {grade.min_points} points; "
                        f"critical: {severities}{evidence}"))
    if model.floors:
        lines.append(_t(lang, f"  下限规则 {len(model.floors)} 条", f"  {len(model.floors)} floor(s)"))
    return lines


def _risk_model_change(old: Any, new: Any, lang: str) -> list[str]:
    default = default_risk_model().to_dict()
    before, after = old or default, new or default
    names = [_t(lang, str(m["title"]["zh"]), str(m["id"]))
             + (_t(lang, "（默认模型）", " (default)") if m is default else "")
             for m in (before, after)]
    if before == after:
        return [_t(lang, f"风险模型：{names[0]} → {names[1]}（规则相同）",
                   f"Risk model: {names[0]} → {names[1]} (the same rules)")]
    return [_t(lang, f"风险模型：{names[0]} → {names[1]}（等级、分数线或规则有变化，升级时重新定级）",
               f"Risk model: {names[0]} → {names[1]} (grades, thresholds or rules changed; "
               "assessments are graded again on upgrade)")]


def _status_text(value: str | None, lang: str) -> str:
    if value is None:
        return _t(lang, "（未注明）", "(not stated)")
    return PackStatus(value).label(lang)


def _by_id(entries: Sequence[Any]) -> dict[str, Any]:
    return {entry["id"]: entry for entry in entries or ()}


def id_changes(old: Sequence[Any] | None, new: Sequence[Any] | None) -> dict[str, list[str]]:
    """Ids added, removed and changed between two lists of JSON objects with ``id``."""
    before, after = _by_id(old or ()), _by_id(new or ())
    return {"added": [i for i in after if i not in before],
            "removed": [i for i in before if i not in after],
            "changed": [i for i in after if i in before and before[i] != after[i]]}


def _id_change_text(changes: dict[str, list[str]], lang: str) -> str:
    parts = []
    for key, zh in (("added", "新增"), ("removed", "删除"), ("changed", "修改")):
        if changes[key]:
            parts.append(_t(lang, f"{zh} {'、'.join(changes[key])}",
                            f"{key} {', '.join(changes[key])}"))
    return _t(lang, "；", "; ").join(parts)


def pack_change_lines(field: str, old: Any, new: Any, lang: str) -> list[str]:
    """Lines for a changed pack-level field of a diff (JSON values ``old`` → ``new``)."""
    if field in ("label", "pack_id"):
        return [f"Pack {field}: {old} → {new}"]
    if field == "sectors":
        return [f"Pack sectors: {', '.join(old)} → {', '.join(new)}"]
    if field == "status":
        before, after = _status_text(old, lang), _status_text(new, lang)
        return [_t(lang, f"清单包状态：{before} → {after}", f"Pack status: {before} → {after}")]
    if field == "source":
        if new is None:
            return [_t(lang, "单一依据（第一版格式）改为声明的依据文件，引用注明依据性质",
                       "The single source (first format) is replaced by declared sources; "
                       "citations now state their basis")]
        return [_t(lang, "依据（source）已修改", "Pack source changed")]
    if field == "risk_model":
        return _risk_model_change(old, new, lang)
    if field in ("sources", "profile_questions"):
        label = _t(lang, "依据文件" if field == "sources" else "画像问题",
                   "Sources" if field == "sources" else "Profile questions")
        text = _id_change_text(id_changes(old, new), lang)
        return [f"{label}{_t(lang, '：', ': ')}{text}"] if text else []
    if field != "version":
        return [f"Pack {field} changed"]
    return []
