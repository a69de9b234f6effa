"""The glossary: every domain term the program shows, in Chinese and English, with what
it means. The report, the command line and the window take their labels from here
(docs/glossary.md is generated from this module; a test keeps the two the same).

Labels are keyed by the codes the program stores (``Status.PARTIAL`` is ``"partial"``,
a risk grade by its code, e.g. ``"very-high"``), so this module imports nothing and
every other module may use it. One Chinese word per concept: :data:`AVOIDED` lists the
synonyms the program does not use.
"""

from __future__ import annotations

from selfcheck.core.immutable import immutable


@immutable(slots=True)
class Term:
    """A term: its label in each language and a one-line meaning in each language."""

    zh: str
    en: str
    meaning_zh: str
    meaning_en: str

    def get(self, lang: str) -> str:
        """The label in ``lang`` (Chinese for anything but "en")."""
        return self.en if lang == "en" else self.zh

    def meaning(self, lang: str) -> str:
        return self.meaning_en if lang == "en" else self.meaning_zh


#: The concepts the program talks about.
CONCEPTS: dict[str, Term] = {
    "assessment": Term("自查", "assessment",
                       "一个单位按一份检查清单对一个人工智能系统开展的一次自查",
                       "one organisation's check of one AI system against one checklist pack"),
    "assessor": Term("自查人", "assessor", "开展并填写本次自查的人",
                     "the person who carries out and fills in the assessment"),
    "pack": Term("检查清单", "checklist pack",
                 "带版本号、经签名发布的一组检查项，依据其声明的依据文件（如《人工智能安全治理框架》1.0版第6.3条）",
                 "a versioned, signed set of items based on the sources it declares (such as "
                 "AISGF-1.0 §6.3)"),
    "item": Term("检查项", "item", "检查清单中的一个问题，引用其依据文件的部分或条款",
                 "one question of a checklist pack, citing parts or clauses of its sources"),
    "sector": Term("领域", "sector",
                   "《人工智能安全治理框架》1.0版第6.3条所列的重点领域；与画像答案一起决定哪些检查项适用",
                   "a key sector of AISGF-1.0 §6.3; with the profile answers, decides which "
                   "items apply"),
    "source_document": Term("依据文件", "source",
                            "检查清单所依据的文件（如《指引》、标准或框架），连同其发布机构、日期和效力状态",
                            "a document a checklist pack derives from (guidelines, a standard, "
                            "a framework), with its issuer, date and standing"),
    "basis": Term("依据性质", "basis",
                  "检查项措辞所依据的是正式文本、公开摘要还是他人的解读",
                  "whether an item's wording rests on the official text, a public summary or "
                  "someone's interpretation"),
    "profile_question": Term("画像问题", "profile question",
                             "检查清单在新建自查时提出的问题（是/否或选择），其答案决定哪些检查项适用",
                             "a question a checklist pack asks when an assessment is created "
                             "(yes/no or a choice); the answers decide which items apply"),
    "not_applying": Term("不再适用", "no longer applies",
                         "画像答案改变后不再适用的检查项；其答复予以保留并标明，不计入评分",
                         "an item that stopped applying after a profile answer changed; its "
                         "answer is kept and shown as such, and not scored"),
    "severity": Term("严重程度", "severity", "检查项的分级，决定其得分权重以及是否按关键项计",
                     "the grade of an item: its weight in the score and whether it counts as "
                     "critical"),
    "status": Term("状态", "status", "对一个检查项的答复：已落实、部分落实、未落实或不适用",
                   "the answer to an item: implemented, partial, not implemented or not "
                   "applicable"),
    "risk_grade": Term("风险等级", "risk grade",
                       "由检查清单的风险模型（默认为四项风险因素）得出的等级，决定评判的严格程度",
                       "the grade the pack's risk model (by default, four risk factors) "
                       "derives; it sets how strict the verdict is"),
    "risk_model": Term("风险模型", "risk model",
                       "风险因素及其分值、各等级的分数线、下限规则以及各等级如何提高要求；属于检查清单的数据",
                       "the risk factors and their points, the grades' thresholds, the floors "
                       "and how each grade raises the bar; data of the checklist pack"),
    "verdict": Term("结论", "verdict", "自查的总体结论：符合、基本符合、未完成或不符合",
                    "the overall result: met, partially met, incomplete or not met"),
    "critical_item": Term("关键项", "critical item",
                          "严重程度为“关键”的检查项；风险等级为“高”或“很高”时，严重程度为“高”的也算",
                          "an item of severity critical; at risk grade high or very high, also "
                          "one of severity high"),
    "critical_gap": Term("关键差距", "critical gap",
                         "部分落实或未落实的关键项（风险等级为“很高”时，也包括无证据的“已落实”）；"
                         "有关键差距即为“不符合”",
                         "a critical item answered partial or not implemented (at risk grade "
                         "very high, also implemented without evidence); any one means not met"),
    "weighted_score": Term("加权得分", "weighted score",
                           "按严重程度加权的落实比例：已落实计 1，部分落实计 0.5，不适用不计入",
                           "compliance weighted by severity: implemented counts 1, partial 0.5, "
                           "not applicable is left out"),
    "pass_mark": Term("合格线", "pass mark", "结论为“符合”所需的最低加权得分",
                      "the lowest weighted score with which the verdict can be met"),
    "re_review": Term("待复核", "awaiting re-review",
                      "检查清单升级后问题有变化，沿用的答复需重新确认",
                      "an answer carried over from an older pack version whose question "
                      "changed; it must be confirmed again"),
    "flag": Term("存疑标记", "flag for follow-up",
                 "自查人给自己的提醒：该答复还要再核实；不影响得分和结论",
                 "the assessor's own reminder that an answer needs checking again; it "
                 "changes neither the score nor the verdict"),
    "evidence": Term("证据", "evidence", "证明措施已落实的文件名称、编号或附上的证据文件",
                     "references to documents, or attached files, that show a measure is in "
                     "place"),
    "remediation": Term("整改", "remediation",
                        "对部分落实或未落实的检查项指定责任人和完成期限",
                        "an owner and a due date for an item answered partial or not "
                        "implemented"),
    "remediation_register": Term("整改台账", "remediation register",
                                 "逐项列出待整改检查项、整改措施、责任人、完成时限和整改状态的工作簿",
                                 "the workbook listing each item to remediate with its measure, "
                                 "owner, due date and progress"),
    "sign_off": Term("审核签署", "sign-off",
                     "报告由编制人、审核人和批准人签字，并加盖单位公章",
                     "the report signed by who prepared, reviewed and approved it, with the "
                     "organisation's seal"),
    "reviewer": Term("审核人", "reviewer", "审核本次自查及其报告的人",
                     "the person who reviews the assessment and its report"),
    "approver": Term("批准人", "approver", "批准本次自查报告的单位负责人或其授权人员",
                     "the head of the organisation, or a person they authorised, who "
                     "approves the report"),
    "marking": Term("标识", "handling mark",
                    "印在报告每页上的处理标识，例如“内部”或“公开”；本程序不处理涉密信息",
                    "the handling mark printed on every page of a report, e.g. INTERNAL or "
                    "PUBLIC; the program never holds classified material"),
    "distribution": Term("发放范围", "distribution", "报告发给哪些单位或部门",
                         "who the report goes to"),
    "working_draft": Term("工作稿", "working draft",
                          "可编辑、不带电子签名的 Word 版报告，不作为正式报告",
                          "the editable Word version of a report, without electronic "
                          "signature; not the formal report"),
    "questionnaire": Term("问卷", "questionnaire",
                          "供他人填写部分检查项的工作簿，交回后逐项比对再导入",
                          "a workbook with some of the items for a colleague to answer; "
                          "compared item by item when it is imported"),
}

STATUSES: dict[str, Term] = {
    "implemented": Term("已落实", "Implemented", "措施已全面落实", "the measure is fully in place"),
    "partial": Term("部分落实", "Partially implemented", "措施只落实了一部分；须说明理由并安排整改",
                    "the measure is in place in part; a justification and remediation are "
                    "needed"),
    "not-implemented": Term("未落实", "Not implemented", "措施尚未落实；须说明理由并安排整改",
                            "the measure is not in place; a justification and remediation are "
                            "needed"),
    "not-applicable": Term("不适用", "Not applicable", "检查项不适用于本系统；须说明理由，不计入得分",
                           "the item does not apply to this system; a justification is needed "
                           "and the item is left out of the score"),
    "unanswered": Term("未作答", "Unanswered", "尚未作答；结论因此为“未完成”",
                       "not answered yet; the verdict is then incomplete"),
}

SEVERITIES: dict[str, Term] = {
    "critical": Term("关键", "Critical", "最高一级：部分落实或未落实即构成关键差距",
                     "the highest grade: partial or not implemented is a critical gap"),
    "high": Term("高", "High", "未落实时结论至多为“基本符合”；风险等级为“高”及以上时按关键项计",
                 "not implemented keeps the verdict at partially met at best; at risk grade "
                 "high and above it counts as critical"),
    "medium": Term("中", "Medium", "一般要求，按权重计入加权得分",
                   "an ordinary requirement, counted in the weighted score by its weight"),
    "low": Term("低", "Low", "权重最低的要求", "the requirement with the lowest weight"),
}

SECTORS: dict[str, Term] = {
    "government": Term("政府部门", "Government department",
                       "各级政府部门及其使用人工智能开展的政务工作",
                       "government departments and the public services they run with AI"),
    "cii": Term("关键信息基础设施", "Critical information infrastructure",
                "关键信息基础设施运营者使用人工智能的场景",
                "the use of AI by operators of critical information infrastructure"),
    "public-safety": Term("直接影响公共安全和公民生命健康安全的领域",
                          "Public safety and citizens' life and health",
                          "人工智能的决定可能直接影响公共安全或人的生命健康的领域",
                          "uses of AI whose decisions can directly affect public safety or "
                          "people's life and health"),
}

VERDICTS: dict[str, Term] = {
    "met": Term("符合", "Met", "无关键差距、全部作答、加权得分不低于合格线，且没有严重程度为“高”的检查项未落实",
                "no critical gap, every item answered, the weighted score at or above the "
                "pass mark and no high-severity item not implemented"),
    "partially-met": Term("基本符合", "Partially met",
                          "无关键差距且全部作答，但加权得分低于合格线，或有严重程度为“高”的检查项未落实",
                          "no critical gap and every item answered, but the weighted score is "
                          "below the pass mark or a high-severity item is not implemented"),
    "incomplete": Term("未完成", "Incomplete", "无关键差距，但仍有检查项未作答或答复待复核",
                       "no critical gap, but items are unanswered or answers await re-review"),
    "not-met": Term("不符合", "Not met", "存在关键差距；关键差距不会被其他检查项的得分抵消",
                    "there is a critical gap; it is never averaged away by other items"),
}

RISK_GRADES: dict[str, Term] = {
    "low": Term("低", "Low", "风险因素合计 0–3 分", "0 to 3 points over the risk factors"),
    "medium": Term("中", "Medium", "风险因素合计 4–6 分", "4 to 6 points over the risk factors"),
    "high": Term("高", "High",
                 "合计 7–9 分或触及下限规则；严重程度为“高”的检查项按关键项计",
                 "7 to 9 points, or a floor rule applies; high-severity items count as "
                 "critical"),
    "very-high": Term("很高", "Very high",
                      "合计 10–12 分或在极高关键场景中自动执行；另外，关键项答“已落实”但无证据的视为关键差距",
                      "10 to 12 points, or acting by itself in a critical scenario; also, a "
                      "critical item implemented without evidence is a critical gap"),
}

RISK_FACTORS: dict[str, Term] = {
    "criticality": Term("场景关键程度", "Scenario criticality", "人工智能出错可能造成的后果",
                        "what an error of the AI can cause"),
    "autonomy": Term("自主程度", "Degree of autonomy", "人工智能只提供建议还是自行执行",
                     "whether the AI advises or acts by itself"),
    "people_affected": Term("受影响人数", "People affected", "人工智能的决定所影响的人数",
                            "how many people the AI's decisions affect"),
    "data_sensitivity": Term("数据敏感程度", "Data sensitivity", "人工智能处理的最敏感的数据",
                             "the most sensitive data the AI processes"),
}

#: The choices of each risk factor; the meaning gives the points a choice adds.
RISK_CHOICES: dict[str, dict[str, Term]] = {
    "criticality": {
        "low": Term("低：出错只造成轻微不便", "Low: an error causes minor inconvenience",
                    "计 0 分", "0 points"),
        "medium": Term("中：出错影响业务效率或服务质量",
                       "Medium: an error harms efficiency or service quality", "计 1 分", "1 point"),
        "high": Term("高：出错影响公民权益或重要业务",
                     "High: an error harms citizens' rights or essential business",
                     "计 2 分；在此场景中自动执行的，等级至少为“高”",
                     "2 points; acting by itself here is graded at least high"),
        "critical": Term("极高：出错可能危及生命健康或公共安全",
                         "Critical: an error may endanger life, health or public safety",
                         "计 3 分；等级至少为“高”，自动执行的为“很高”",
                         "3 points; graded at least high, and very high when the AI acts by "
                         "itself"),
    },
    "autonomy": {
        "advises": Term("仅提供建议，由人决定", "Advises only; a person decides", "计 0 分",
                        "0 points"),
        "acts-with-approval": Term("经人批准后执行", "Acts after a person approves", "计 1 分",
                                   "1 point"),
        "acts": Term("自动执行，无需逐次批准", "Acts by itself, without approval each time",
                     "计 3 分", "3 points"),
    },
    "people_affected": {
        "under-100": Term("少于100人", "Fewer than 100 people", "计 0 分", "0 points"),
        "100-10k": Term("100至1万人", "100 to 10,000 people", "计 1 分", "1 point"),
        "10k-1m": Term("1万至100万人", "10,000 to 1 million people", "计 2 分", "2 points"),
        "over-1m": Term("超过100万人", "More than 1 million people", "计 3 分", "3 points"),
    },
    "data_sensitivity": {
        "public": Term("公开数据", "Public data", "计 0 分", "0 points"),
        "internal": Term("内部工作数据", "Internal working data", "计 1 分", "1 point"),
        "personal": Term("个人信息", "Personal information", "计 2 分", "2 points"),
        "sensitive": Term("敏感个人信息、重要数据或涉密信息",
                          "Sensitive personal information, important data or state secrets",
                          "计 3 分；等级至少为“高”", "3 points; graded at least high"),
    },
}

BASES: dict[str, Term] = {
    "primary": Term("依据原文", "primary text", "检查项措辞依据正式文本",
                    "the item's wording rests on the official text"),
    "summary": Term("依据公开摘要", "public summary",
                    "依据公开报道或摘要整理；显示“依据公开解读整理，以正式文本为准”",
                    "rests on public reports or summaries; shown with \"based on public "
                    "summaries; the official text prevails\""),
    "interpretation": Term("依据解读", "interpretation",
                           "依据他人的解读整理，须注明出处；同样以正式文本为准",
                           "rests on someone's reading of the text, named in a note; the "
                           "official text prevails"),
}

SOURCE_STATUSES: dict[str, Term] = {
    "in-force": Term("现行有效", "in force", "依据文件已发布并现行有效",
                     "the source is issued and in force"),
    "draft": Term("征求意见稿", "draft", "依据文件为征求意见稿，内容可能变化",
                  "the source is a draft for comment; its content may change"),
    "trial": Term("试行", "trial", "依据文件为试行版本", "the source applies on trial"),
    "superseded": Term("已被替代", "superseded", "依据文件已被新的文件替代",
                       "the source has been replaced by a newer one"),
}

PACK_STATUSES: dict[str, Term] = {
    "trial": Term("试行", "trial",
                  "检查清单的内容尚未与全部正式文本核对；由管理员以正式版替换",
                  "the pack's content is not yet checked against every official text; an "
                  "administrator replaces it with a released version"),
    "released": Term("正式", "released", "检查清单的内容已与其依据文件核对",
                     "the pack's content is checked against its sources"),
}

#: The vocabularies of coded values, by name (see :func:`label`).
VOCABULARIES: dict[str, dict[str, Term]] = {
    "status": STATUSES,
    "severity": SEVERITIES,
    "sector": SECTORS,
    "verdict": VERDICTS,
    "risk_grade": RISK_GRADES,
    "risk_factor": RISK_FACTORS,
    "basis": BASES,
    "source_status": SOURCE_STATUSES,
    "pack_status": PACK_STATUSES,
}

#: Chinese synonyms the program does not use, with the term it uses instead.
AVOIDED: dict[str, str] = {
    "条目": CONCEPTS["item"].zh,
    "重要程度": CONCEPTS["severity"].zh,
    "评估人": CONCEPTS["assessor"].zh,
    "自查清单": CONCEPTS["pack"].zh,
    # flagged answers and answers awaiting re-review after an upgrade must not be confused
    "需重新复核": CONCEPTS["re_review"].zh,
    "标记待复核": CONCEPTS["flag"].zh,
    "已标记，待复核": CONCEPTS["flag"].zh,
    # the handling mark is a distribution mark; the program never holds classified material
    "密级": CONCEPTS["marking"].zh,
    "关键项缺口": CONCEPTS["critical_gap"].zh,
}


def label(vocabulary: str, code: str, lang: str) -> str:
    """The label of ``code`` in ``vocabulary`` (e.g. ``label("sector", "cii", "zh")``);
    a code the glossary does not know is shown as it is (e.g. from a newer program)."""
    term = VOCABULARIES[vocabulary].get(str(code))
    return term.get(lang) if term is not None else str(code)


def concept(name: str, lang: str) -> str:
    """The word for a concept (e.g. ``concept("item", "zh")`` is 检查项)."""
    return CONCEPTS[name].get(lang)


def choice_label(factor: str, code: str, lang: str) -> str:
    """The label of a risk-factor choice."""
    return RISK_CHOICES[factor][code].get(lang)
