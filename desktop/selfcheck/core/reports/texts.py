"""The fixed texts of the report in Chinese and English."""

from __future__ import annotations

from typing import Any

from selfcheck.core.answers import Status
from selfcheck.core.model import SECTOR_LABELS, Sector, Severity
from selfcheck.core.risk import RiskGrade
from selfcheck.core.scoring import PASS_PERCENT, Verdict

TEXTS: dict[str, tuple[str, str]] = {
    "report_title": ("人工智能安全自查报告", "AI Safety Self-Check Report"),
    "report_title_other": ("AI Safety Self-Check Report", "人工智能安全自查报告"),
    "basis": ("依据", "Basis"),
    "organisation": ("被评估单位", "Organisation"),
    "system": ("人工智能系统", "AI system"),
    "system_description": ("系统用途", "What the system does"),
    "sector": ("所属领域", "Sector"),
    "risk_grade": ("风险等级", "Risk grade"),
    "assessor": ("评估人", "Assessor"),
    "report_date": ("报告生成时间", "Report generated"),
    "assessment_dates": ("评估创建 / 最近修改", "Assessment created / last changed"),
    "assessment_ref": ("评估编号", "Assessment reference"),
    "pack": ("检查清单", "Checklist pack"),
    "pack_hash": ("清单内容 SHA-256", "Pack content SHA-256"),
    "program": ("程序版本", "Program version"),
    "audit_head": ("审计链头哈希", "Audit chain head"),
    "marking": ("标识", "Marking"),
    "verdict": ("评估结论", "Verdict"),
    "weighted_score": ("加权得分", "Weighted score"),
    "answered": ("已作答", "Answered"),
    "page_of": ("第 {page} 页 / 共 {total} 页", "Page {page} of {total}"),
    "unsigned_banner": ("未签名副本", "UNSIGNED COPY"),
    "signature_heading": ("电子签名", "Electronic signature"),
    "signature_note_signed": (
        "本报告以签名人的数字证书签署（PAdES 认证签名，签署后不允许任何修改），"
        "机读结果 results.json 作为附件一并签署。签名时间取自签名人计算机的时钟，"
        "未使用可信时间戳服务，不能独立证明签署时间。",
        "This report is signed with the signer's digital certificate (a PAdES certification "
        "signature that permits no later changes); the machine-readable results.json is "
        "attached and signed with it. The signing time is the signer's own computer clock: "
        "no timestamp authority was used, so it does not independently prove when the "
        "report was signed.",
    ),
    "signature_verify_hint": (
        "核验：selfcheck verify 报告文件.pdf（需信任本单位根证书）",
        "To verify: selfcheck verify REPORT.pdf (with the organisation's root certificate)",
    ),
    "signature_note_unsigned": (
        "本文件未经数字签名，无法证明其来源与完整性，不能作为正式报告使用。",
        "This file is not digitally signed: its origin and integrity cannot be proven, "
        "and it is not a formal report.",
    ),
    "unsigned_box": ("未签名", "NOT SIGNED"),
    "toc_summary": ("一、执行摘要", "1  Executive summary"),
    "toc_themes": ("二、分主题结果", "2  Results by theme"),
    "toc_findings": ("三、问题清单与整改计划", "3  Findings and remediation plan"),
    "toc_appendix": ("附录　逐项检查结果", "Appendix: item-by-item results"),
    "verdict_basis": ("判定依据", "Why this verdict"),
    "key_figures": ("主要数据", "Key figures"),
    "items_applicable": ("适用检查项", "Applicable items"),
    "critical_gaps": ("关键差距", "Critical gaps"),
    "critical_gaps_none": ("未发现关键差距。", "No critical gap was found."),
    "critical_unanswered": ("尚未作答的关键项", "Critical items not yet answered"),
    "remediation_missing": ("尚未指定整改责任人或期限", "No remediation owner or due date yet"),
    "risk_heading": ("风险等级及依据", "Risk grade and why"),
    "points": ("{points}/12 分", "{points} of 12 points"),
    "machine_check": (
        "机读校验行（selfcheck verify 据此核对附件 results.json 与本页内容）",
        "Machine check lines (selfcheck verify compares them with the attached results.json)",
    ),
    "col_item": ("编号", "Item"),
    "col_question": ("检查项", "Check"),
    "col_finding": ("检查项与情况说明", "Check and finding"),
    "col_severity": ("等级", "Severity"),
    "col_status": ("状态", "Status"),
    "col_owner": ("整改责任人", "Owner"),
    "col_due": ("完成期限", "Due"),
    "owner_short": ("责任人", "owner"),
    "due_short": ("期限", "due"),
    "col_theme": ("主题", "Theme"),
    "col_distribution": ("作答分布", "Answers"),
    "col_score": ("加权得分", "Score"),
    "col_answered": ("已答/适用", "Answered"),
    "themes_intro": (
        "条形图显示各主题检查项的作答分布；加权得分按严重程度加权（关键 4、高 3、中 2、低 1；"
        "已落实计 1 分、部分落实计 0.5 分，不适用项不计入）。合格线为 {threshold}%。",
        "Each bar shows how the items of a theme were answered; the score is weighted by "
        "severity (critical 4, high 3, medium 2, low 1; implemented counts 1, partial 0.5, "
        "not applicable is left out). The pass mark is {threshold}%.",
    ),
    "findings_intro": (
        "下表列出部分落实或未落实的检查项（关键差距在前），以及整改责任人和完成期限。",
        "The table lists the items answered partially or not implemented (critical gaps "
        "first), with the remediation owner and due date.",
    ),
    "findings_none": ("没有需要整改的检查项。", "No item needs remediation."),
    "not_set": ("未指定", "not set"),
    "justification": ("说明", "Justification"),
    "evidence": ("证据", "Evidence"),
    "attachments": ("附件", "Files"),
    "remediation": ("整改", "Remediation"),
    "clauses": ("条款", "Clauses"),
    "flagged": ("（已标记，待复核）", "(flagged for review)"),
    "truncated": ("……（已截断，全文见附件 results.json）",
                  " … (shortened; the full text is in the attached results.json)"),
    "critical_tag": ("关键差距", "Critical gap"),
    "none": ("无", "none"),
    "appendix_intro": (
        "逐项列出全部适用检查项的作答、说明、证据及证据文件的 SHA-256 哈希值。",
        "Every applicable item with its answer, justification, evidence references and "
        "the SHA-256 hashes of the evidence files.",
    ),
    "doc_subject": ("人工智能安全自查结果", "AI safety self-check results"),
}

def t(key: str, lang: str, **values: Any) -> str:
    """The fixed text ``key`` in ``lang``, formatted with ``values``."""
    zh, en = TEXTS[key]
    text = en if lang == "en" else zh
    return text.format(**values) if values else text


def status_label(status: str, lang: str) -> str:
    return Status(status).label(lang)


def verdict_label(verdict: str, lang: str) -> str:
    return Verdict(verdict).label(lang)


def severity_label(severity: str, lang: str) -> str:
    try:
        return Severity(severity).label(lang)
    except ValueError:
        return severity


def sector_label(sector: str, lang: str) -> str:
    try:
        zh, en = SECTOR_LABELS[Sector(sector)]
    except ValueError:
        return sector
    return en if lang == "en" else zh


def grade_label(code: str, lang: str) -> str:
    for grade in RiskGrade:
        if grade.code == code:
            return grade.label(lang)
    return code


def verdict_reasons(results: dict[str, Any], high_not_implemented: bool, lang: str) -> list[str]:
    """Why the verdict is what it is, in ``lang`` (mirrors selfcheck.core.scoring)."""
    score = results["score"]
    overall = score["overall"]
    verdict = score["verdict"]
    percent = f"{overall['percent']:.1f}"
    threshold = f"{PASS_PERCENT:.0f}"
    en = lang == "en"
    reasons: list[str] = []
    if verdict == Verdict.NOT_MET:
        gaps = score["critical_gaps"]
        ids = ", ".join(g["item"] for g in gaps) if en else "、".join(g["item"] for g in gaps)
        reasons.append(
            f"{len(gaps)} critical gap(s): {ids}. A critical gap is never averaged away by "
            "other items." if en else
            f"存在 {len(gaps)} 项关键差距：{ids}。关键差距不会被其他检查项的得分抵消。")
    elif verdict == Verdict.INCOMPLETE:
        unanswered = overall["counts"]["unanswered"]
        reasons.append(
            f"{unanswered} of {overall['items']} applicable items are not answered yet."
            if en else f"适用的 {overall['items']} 项中有 {unanswered} 项尚未作答。")
    elif verdict == Verdict.PARTIALLY_MET:
        if overall["percent"] < PASS_PERCENT:
            reasons.append(f"The weighted score {percent}% is below the pass mark of {threshold}%."
                           if en else f"加权得分 {percent}% 低于合格线 {threshold}%。")
        if high_not_implemented:
            reasons.append("At least one high-severity item is not implemented." if en
                           else "至少有一项高严重程度检查项未落实。")
    else:
        reasons.append(
            f"No critical gap, every item answered, weighted score {percent}%." if en
            else f"无关键差距，全部检查项均已作答，加权得分 {percent}%。")
    grade = results["risk"]["grade"]
    if grade in ("high", "very-high"):
        reasons.append(
            f"Risk grade {grade_label(grade, lang)}: high-severity items count as critical."
            if en else f"风险等级为“{grade_label(grade, lang)}”：高严重程度检查项按关键项对待。")
    if grade == "very-high":
        reasons.append(
            "At risk grade Very high, a critical item answered implemented without any "
            "evidence is a critical gap." if en else
            "风险等级为“很高”时，关键项答“已落实”但无任何证据的，视为关键差距。")
    return reasons


def gap_reason(gap: dict[str, Any], lang: str) -> str:
    status = gap["status"]
    if status == Status.IMPLEMENTED:
        return ("Critical item implemented without evidence" if lang == "en"
                else "关键项已落实但无证据")
    return (f"Critical item {status_label(status, lang).lower()}" if lang == "en"
            else f"关键项{status_label(status, lang)}")
