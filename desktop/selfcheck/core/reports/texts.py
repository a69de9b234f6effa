"""The fixed texts of the report in Chinese and English (the domain terms in them are
the glossary's: :mod:`selfcheck.core.glossary`)."""

from __future__ import annotations

from typing import Any

TEXTS: dict[str, tuple[str, str]] = {
    "report_title": ("人工智能安全自查报告", "AI Safety Self-Check Report"),
    "report_title_other": ("AI Safety Self-Check Report", "人工智能安全自查报告"),
    "basis": ("依据", "Basis"),
    "organisation": ("单位", "Organisation"),
    "system": ("人工智能系统", "AI system"),
    "system_description": ("系统用途", "What the system does"),
    "sector": ("领域", "Sector"),
    "risk_grade": ("风险等级", "Risk grade"),
    "assessor": ("自查人", "Assessor"),
    "report_date": ("报告生成时间", "Report generated"),
    "assessment_dates": ("自查创建 / 最近修改", "Assessment created / last changed"),
    "assessment_ref": ("自查编号", "Assessment reference"),
    "pack": ("检查清单", "Checklist pack"),
    "pack_hash": ("清单内容 SHA-256", "Pack content SHA-256"),
    "program": ("程序版本", "Program version"),
    "audit_head": ("审计链头哈希", "Audit chain head"),
    "marking": ("标识", "Marking"),
    "verdict": ("结论", "Verdict"),
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
    "col_severity": ("严重程度", "Severity"),
    "col_status": ("状态", "Status"),
    "col_owner": ("整改责任人", "Owner"),
    "col_due": ("完成期限", "Due"),
    "owner_short": ("责任人", "owner"),
    "due_short": ("期限", "due"),
    "col_theme": ("主题", "Theme"),
    "col_distribution": ("作答分布", "Answers"),
    "col_score": ("加权得分", "Score"),
    "col_answered": ("已答/适用", "Answered"),
    "overall": ("合计", "Overall"),
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
    "flagged": ("（有存疑标记）", "(flagged for follow-up)"),
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
