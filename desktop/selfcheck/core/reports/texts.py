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
    "points": ("{points}/{max} 分", "{points} of {max} points"),
    "machine_check": (
        "机读校验行（selfcheck verify 逐项核对附件 results.json 与以下内容）：",
        "Machine check lines (selfcheck verify compares them, entry by entry, with the "
        "attached results.json):",
    ),
    "distribution": ("发放范围", "Distribution"),
    "distribution_none": ("未指定", "not stated"),
    "toc_signoff": ("四、审核与签署", "4  Review and sign-off"),
    "toc_verification": ("核验信息", "Verification data"),
    "signoff_intro": (
        "本报告经下列人员编制、审核和批准。已在本程序中登记的姓名、职务和日期已预先填写，"
        "其余由本人在打印件上填写并签字。",
        "The report was prepared, reviewed and approved by the people below. Names, roles "
        "and dates recorded in the program are filled in; the rest is written on the "
        "printed copy, and each person signs it.",
    ),
    "prepared_by": ("编制人", "Prepared by"),
    "reviewed_by": ("审核人", "Reviewed by"),
    "approved_by": ("批准人", "Approved by"),
    "col_signoff": ("签署", "Sign-off"),
    "col_name": ("姓名", "Name"),
    "col_role": ("职务", "Role"),
    "col_signature": ("签字", "Signature"),
    "col_date": ("日期", "Date"),
    "seal": ("单位（盖章）", "Organisation (seal)"),
    "seal_date": ("年　　月　　日", "Date:"),
    "esign_heading": ("电子签名证明什么", "What the electronic signature attests"),
    "esign_signed": (
        "封面签名栏中的电子签名证明：本文件及所附机读结果 results.json 由所示证书的持有人签署，"
        "且签署后未被改动（任何改动都会使 selfcheck verify 核验失败）。电子签名不证明自查作答"
        "内容属实，也不代替本页的审核、批准签字和单位盖章。签名时间取自签名人计算机的时钟。",
        "The electronic signature in the panel on the cover attests that this file and "
        "its machine-readable results (results.json) were signed by the holder of the "
        "certificate shown, and have not been changed since (any change makes "
        "selfcheck verify reject the file). It does not attest that the answers are true, "
        "and it does not replace the review and approval signatures and the seal on this "
        "page. The signing time is the signer's own computer clock.",
    ),
    "esign_unsigned": (
        "本文件未经电子签名：无法证明其来源，也无法证明其未被改动。",
        "This file is not electronically signed: neither who issued it nor that it is "
        "unchanged can be proven.",
    ),
    "verification_intro": (
        "供核验本报告使用。签名报告的核验：selfcheck verify 报告文件.pdf（需信任本单位根证书）；"
        "核验程序确认签名有效，并将下列机读校验行与附件 results.json 逐项比对。",
        "For checking this report. A signed report is verified with selfcheck verify "
        "REPORT.pdf (trusting the organisation's root certificate): it checks the "
        "signature and compares the machine check lines below with the attached "
        "results.json, entry by entry.",
    ),
    "pack_id": ("检查清单编号与版本", "Pack id and version"),
    "assessment_uid": ("自查唯一标识", "Assessment identifier"),
    "risk_model": ("风险模型编号", "Risk model id"),
    "risk_model_name": ("风险模型", "Risk model"),
    "report_language": ("报告语言", "Report language"),
    "language_name": ("中文", "English"),
    "results_file": ("机读结果", "Machine-readable results"),
    "results_file_value": ("results.json（附于本 PDF）", "results.json (attached to this PDF)"),
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
    "critical_tag": ("关键差距", "Critical gap"),
    "none": ("无", "none"),
    "appendix_intro": (
        "逐项列出全部适用检查项的作答、说明、证据及证据文件的 SHA-256 哈希值。",
        "Every applicable item with its answer, justification, evidence references and "
        "the SHA-256 hashes of the evidence files.",
    ),
    "doc_subject": ("人工智能安全自查结果", "AI safety self-check results"),
    "trial_pack": ("本清单为试行版：部分检查项依据公开解读整理，以正式文本为准",
                   "A trial checklist: some items are based on public summaries; the official "
                   "text prevails"),
    "profile_heading": ("画像问题及回答（决定哪些检查项适用）",
                        "Profile questions and answers (they decide which items apply)"),
    "not_applying_heading": ("不再适用的检查项（答复保留）",
                             "Items that no longer apply (answers kept)"),
    "not_applying_intro": (
        "以下检查项根据画像答案不再适用，不计入评分；此前的答复原样保留，供查阅。",
        "With the profile answers these items no longer apply and are not scored; the "
        "answers given earlier are kept as they were, for the record."),
    # the workbook (整改台账 and all answers) and the Word draft
    "xlsx_title": ("人工智能安全自查整改台账", "AI safety self-check: remediation register"),
    "xlsx_register": ("整改台账", "Remediation register"),
    "xlsx_answers": ("全部答复", "All answers"),
    "xlsx_answers_title": ("人工智能安全自查全部答复", "AI safety self-check: all answers"),
    "xlsx_note": (
        "“整改措施”预填检查清单对该检查项的指引，请按本单位实际情况修改；“整改状态”请选择"
        "待整改、整改中或已完成。本表由程序导出，不带电子签名；正式结果以签名的 PDF 报告为准。",
        "The remediation measure is filled with the checklist's guidance for the item: "
        "change it to what your organisation will do. Choose the progress: open, in "
        "progress or done. This workbook was exported by the program and is not signed; "
        "the signed PDF report is the formal result.",
    ),
    "page_of_sheet": ("第 &P 页，共 &N 页", "Page &P of &N"),
    "col_no": ("序号", "No."),
    "col_item_id": ("检查项", "Item"),
    "col_ask": ("问题", "Question"),
    "col_current": ("现状", "Current state"),
    "col_gap": ("差距/说明", "Gap / explanation"),
    "col_measure": ("整改措施", "Remediation measure"),
    "col_due_by": ("完成时限", "Due by"),
    "col_progress": ("整改状态", "Progress"),
    "col_basis": ("依据", "Basis"),
    "col_evidence": ("证据", "Evidence"),
    "col_files": ("证据文件", "Evidence files"),
    "col_notes": ("备注", "Notes"),
    "progress_open": ("待整改", "Open"),
    "progress_doing": ("整改中", "In progress"),
    "progress_done": ("已完成", "Done"),
    "critical_gap_mark": ("（关键差距）", " (critical gap)"),
    "needs_review": ("待复核", "Awaiting re-review"),
    "flagged_short": ("已标记", "Flagged"),
    "draft_title": ("人工智能安全自查报告（工作稿）", "AI Safety Self-Check Report (working draft)"),
    "draft_banner": ("工作稿　未签名　不作为正式报告", "WORKING DRAFT · UNSIGNED · NOT THE FORMAL REPORT"),
    "draft_note": (
        "本文件是自查报告的可编辑工作稿，供起草、讨论和修改使用。它不带电子签名，内容可能已被修改，"
        "不能作为正式报告报送；正式报告是本程序导出并经电子签名的 PDF 文件。",
        "This file is an editable working draft of the self-check report, for drafting, "
        "discussion and changes. It carries no electronic signature and its content may "
        "have been changed: it is not the formal report. The formal report is the PDF "
        "the program exports and signs.",
    ),
    "draft_esign": (
        "工作稿不带电子签名。正式报告（签名的 PDF）中的电子签名证明该文件及所附机读结果由证书"
        "持有人签署且签署后未被改动；它不证明作答内容属实，也不代替审核、批准签字和单位盖章。",
        "A working draft carries no electronic signature. In the formal report (the signed "
        "PDF) the electronic signature attests that the file and its machine-readable "
        "results were signed by the certificate's holder and have not been changed since; "
        "it does not attest that the answers are true, nor does it replace the review and "
        "approval signatures and the seal.",
    ),
    "draft_verification": (
        "工作稿无法核验；可核验的是签名的 PDF 报告。以下标识供与正式报告对照。",
        "A working draft cannot be verified; the signed PDF report can. The identifiers "
        "below are for comparing the draft with the formal report.",
    ),
    "col_counts": ("作答分布", "Answers"),
    "verdict_line": ("结论：{verdict}；加权得分 {percent}%；风险等级：{grade}",
                     "Verdict: {verdict}; weighted score {percent}%; risk grade: {grade}"),
}


def t(key: str, lang: str, **values: Any) -> str:
    """The fixed text ``key`` in ``lang``, formatted with ``values``."""
    zh, en = TEXTS[key]
    text = en if lang == "en" else zh
    return text.format(**values) if values else text
