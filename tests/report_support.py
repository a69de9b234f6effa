"""Helpers shared by the report, signing and verification tests (no fixtures here)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from selfcheck.core.answers import Answer, Status
from selfcheck.core.collection import Collection

JUSTIFICATIONS = {
    Status.PARTIAL: ("已制定制度文本，但尚未覆盖全部应用场景；计划在下一季度补齐，"
                     "并由信息化办公室牵头组织复核。"),
    Status.NOT_IMPLEMENTED: "Not yet in place: the procedure is drafted but not approved.",
    Status.NOT_APPLICABLE: "本系统不处理该类数据，经评估不适用。",
}


def fill_answers(collection: Collection, assessment_id: int, tmp: Path, *,
                 leave_unanswered: int = 3, attach_every: int = 7) -> None:
    """Answer the items of an assessment with a realistic mix of statuses, texts and files."""
    assessment = collection.assessment(assessment_id)
    items = assessment.items
    cycle = [Status.IMPLEMENTED, Status.IMPLEMENTED, Status.PARTIAL, Status.IMPLEMENTED,
             Status.NOT_IMPLEMENTED, Status.IMPLEMENTED, Status.NOT_APPLICABLE]
    due = dt.date.today() + dt.timedelta(days=120)
    answers = []
    for index, item in enumerate(items[: len(items) - leave_unanswered]):
        status = cycle[index % len(cycle)]
        answer = Answer(
            item_id=item.id, status=status,
            justification=JUSTIFICATIONS.get(status, ""),
            evidence=("《人工智能应用风险评估报告》(2026版) 第3章; approval record AR-2026-017"
                      if status is Status.IMPLEMENTED else ""),
        )
        if status in (Status.PARTIAL, Status.NOT_IMPLEMENTED):
            answer = answer.with_changes(remediation_owner="信息化办公室 王五",
                                         remediation_due=due if index % 3 else None)
        answers.append(answer)
    collection.store.save_answers(assessment_id, answers)
    for index, item in enumerate(items[: len(items) - leave_unanswered]):
        if attach_every and index % attach_every == 0:
            evidence = tmp / f"证据-{item.id}.txt"
            evidence.write_text(f"evidence for {item.id}\n", encoding="utf-8")
            collection.attach_file(assessment_id, item.id, evidence)
