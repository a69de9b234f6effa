"""Questionnaire workbooks: several people answering one assessment. A questionnaire
(XLSX) with the items of chosen themes and their current answers goes to a colleague;
the returned workbook is read defensively (:mod:`.reader`) and compared, item by item,
with the current answers (:mod:`.merge`) before the user decides what is applied."""

from selfcheck.core.questionnaire.merge import Change, ImportPlan, PlannedAnswer, RowProblem, plan_import
from selfcheck.core.questionnaire.reader import QuestionnaireError, read_questionnaire
from selfcheck.core.questionnaire.writer import chosen_items, questionnaire_bytes

__all__ = ["Change", "ImportPlan", "PlannedAnswer", "QuestionnaireError", "RowProblem",
           "chosen_items", "plan_import", "questionnaire_bytes", "read_questionnaire"]
