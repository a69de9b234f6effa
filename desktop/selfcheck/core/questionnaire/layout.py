"""The questionnaire workbook's layout, shared by the writer and the reader: its sheets,
rows and columns, the data kept in its hidden sheet, and the digest that tells which
answers a colleague changed.

A questionnaire is an XLSX workbook with two sheets: the visible one holds the items
(one row each) with the answer columns to fill in and, above them, who filled it in;
the very hidden sheet ``_selfcheck`` holds what the program needs to import it: the
format, the assessment's identifier, the pack and, for every item, the digest of the
answer as it was when the questionnaire was exported.
"""

from __future__ import annotations

import hashlib

from selfcheck.core.answers import Answer
from selfcheck.core.immutable import immutable
from selfcheck.core.text import canonical_json

FORMAT = "selfcheck-questionnaire/1"
META_SHEET = "_selfcheck"
SHEET_TITLES = {"zh": "问卷", "en": "Questionnaire"}
TITLES = {"zh": "人工智能安全自查问卷", "en": "AI safety self-check questionnaire"}
#: Where who filled it in goes: the name in B4, the department or role in D4.
WHO_ROW = 4
NAME_COLUMN, ROLE_COLUMN = 2, 4
HEADER_ROW = 6
FIRST_ROW = HEADER_ROW + 1
#: The prefix of the hidden sheet's keys that hold each item's answer digest.
BASE_PREFIX = "base:"
#: The fill of the cells to fill in.
ANSWER_FILL = "FFF2CC"


@immutable
class QColumn:
    """A column of the questionnaire: its key, headers, width and whether it is answered."""

    key: str
    zh: str
    en: str
    width: float
    answered: bool = False

    def header(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


COLUMNS = (
    QColumn("item", "检查项", "Item", 10),
    QColumn("theme", "主题", "Theme", 18),
    QColumn("question", "问题", "Question", 46),
    QColumn("guidance", "指引", "What good looks like", 46),
    QColumn("severity", "严重程度", "Severity", 9),
    QColumn("status", "状态", "Status", 14, answered=True),
    QColumn("justification", "说明", "Justification", 40, answered=True),
    QColumn("evidence", "证据", "Evidence", 34, answered=True),
    QColumn("owner", "整改责任人", "Remediation owner", 16, answered=True),
    QColumn("due", "完成期限", "Due date", 13, answered=True),
)
COLUMN_INDEX = {column.key: index for index, column in enumerate(COLUMNS, start=1)}

TEXTS: dict[str, tuple[str, str]] = {
    "instructions": (
        "请在浅黄色单元格中作答：“状态”从下拉列表中选择；选择部分落实、未落实或不适用时须填写"
        "“说明”；“完成期限”按 2027-03-31 的格式填写。请勿增删列或工作表，也不要填写公式。"
        "填好后交回自查人导入；导入前会逐项显示与现有答复的异同，由自查人确认。",
        "Answer in the light yellow cells: choose the status from the list; a partial, "
        "not implemented or not applicable answer needs a justification; write due dates "
        "as 2027-03-31. Do not add or remove columns or sheets, and do not enter formulas. "
        "Return the file to the assessor, who imports it: before anything is saved, each "
        "answer is shown beside the current one for the assessor to confirm."),
    "name": ("填写人：", "Filled in by:"),
    "role": ("部门/职务：", "Department / role:"),
    "about": ("单位：{organisation}；人工智能系统：{system}；检查清单：{pack}；自查编号 #{id}",
              "Organisation: {organisation}; AI system: {system}; checklist pack: {pack}; "
              "assessment #{id}"),
    "due_prompt": ("按 2027-03-31 的格式填写", "Write the date as 2027-03-31"),
}


def text(key: str, lang: str, **values: object) -> str:
    zh, en = TEXTS[key]
    chosen = en if lang == "en" else zh
    return chosen.format(**values) if values else chosen


def answer_digest(answer: Answer | None) -> str:
    """A short digest of the fields a questionnaire carries (status, texts, owner, due
    date): equal digests mean the same answer."""
    if answer is None:
        answer = Answer(item_id="")
    fields = {"status": answer.status.value, "justification": answer.justification.strip(),
              "evidence": answer.evidence.strip(),
              "remediation_owner": answer.remediation_owner.strip(),
              "remediation_due": answer.remediation_due.isoformat()
              if answer.remediation_due else ""}
    return hashlib.sha256(canonical_json(fields)).hexdigest()[:20]
