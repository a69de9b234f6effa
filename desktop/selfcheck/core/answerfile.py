"""Answers files (``selfcheck-answers/1``, see docs/answers-format.md): parsing and the
shape checks that name the file and the entry of every problem."""

from __future__ import annotations

from pathlib import Path

from selfcheck.core.answers import Answer, parse_due_date, parse_status
from selfcheck.core.errors import AnswersFileError, AnswerValidationError
from selfcheck.core.files import read_input_file
from selfcheck.core.model import Pack
from selfcheck.core.text import JsonInputError, loads_untrusted, shown

MAX_ANSWERS_FILE_BYTES = 16 * 1024 * 1024
ANSWERS_FORMAT = "selfcheck-answers/1"


def read_answers_file(path: Path, pack: Pack) -> list[Answer]:
    """Parse and shape-check an answers file; errors name the file and the entry."""
    name = path.name
    raw = read_input_file(path, MAX_ANSWERS_FILE_BYTES, what=("answers file", "回答文件"),
                          error=AnswersFileError)
    try:
        data = loads_untrusted(raw, allow_bom=True)
    except JsonInputError as exc:
        raise AnswersFileError(f"{name}: {exc}", zh=f"{name}：文件内容不是有效的 JSON（{exc.zh}）") from None
    if not isinstance(data, dict):
        raise AnswersFileError(f"{name}: must be a JSON object with 'format' and 'answers'",
                               zh=f"{name}：必须是包含 'format' 和 'answers' 的 JSON 对象")
    if data.get("format") != ANSWERS_FORMAT:
        raise AnswersFileError(f"{name}: 'format' must be {ANSWERS_FORMAT!r}",
                               zh=f"{name}：'format' 必须为 {ANSWERS_FORMAT!r}")
    if "pack_id" in data and data["pack_id"] != pack.pack_id:
        raise AnswersFileError(
            f"{name}: written for pack '{shown(data['pack_id'])}', the assessment uses "
            f"'{pack.pack_id}'",
            zh=f"{name}：此回答文件针对检查清单包 '{shown(data['pack_id'])}'，本次自查使用的是 "
            f"'{pack.pack_id}'")
    if "pack_version" in data and (type(data["pack_version"]) is not int
                                   or data["pack_version"] != pack.version):
        raise AnswersFileError(
            f"{name}: written for pack version {shown(repr(data['pack_version']))}, "
            f"the assessment uses version {pack.version}",
            zh=f"{name}：此回答文件针对清单包版本 {shown(repr(data['pack_version']))}，"
            f"本次自查使用的是版本 {pack.version}")
    entries = data.get("answers")
    if not isinstance(entries, list):
        raise AnswersFileError(f"{name}: 'answers' must be a list", zh=f"{name}：'answers' 必须是列表")
    known = {"item", "status", "justification", "evidence", "remediation_owner",
             "remediation_due", "flagged"}
    answers: list[Answer] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        where = f"{name}: answers[{index}]"
        where_zh = f"{name}：answers[{index}]"
        if not isinstance(entry, dict):
            raise AnswersFileError(f"{where}: must be an object", zh=f"{where_zh}：必须是 JSON 对象")
        item_id = entry.get("item")
        if "item" not in entry:
            raise AnswersFileError(f"{where}: 'item' (the item id) is required",
                                   zh=f"{where_zh}：缺少 'item'（检查项编号）")
        if not isinstance(item_id, str) or not item_id:
            raise AnswersFileError(f"{where}: 'item' must be an item id such as \"HO-01\"",
                                   zh=f"{where_zh}：'item' 必须是检查项编号，例如 “HO-01”")
        where += f" ({shown(item_id)})"
        where_zh += f"（{shown(item_id)}）"
        extra = ", ".join(shown(key) for key in sorted(set(entry) - known))
        if extra:
            raise AnswersFileError(f"{where}: unknown field(s) {shown(extra)}",
                                   zh=f"{where_zh}：含有未知字段 {shown(extra)}")
        if item_id in seen:
            raise AnswersFileError(f"{where}: the item is answered twice",
                                   zh=f"{where_zh}：同一检查项被回答了两次")
        seen.add(item_id)
        texts: dict[str, str] = {}
        for key in ("status", "justification", "evidence", "remediation_owner", "remediation_due"):
            value = entry.get(key, "")
            if value is None:
                value = ""
            if not isinstance(value, str):
                raise AnswersFileError(f"{where}: '{key}' must be text",
                                       zh=f"{where_zh}：'{key}' 必须是文本")
            texts[key] = value
        flagged = entry.get("flagged", False)
        if not isinstance(flagged, bool):
            raise AnswersFileError(f"{where}: 'flagged' must be true or false",
                                   zh=f"{where_zh}：'flagged' 必须为 true 或 false")
        try:
            status = parse_status(texts["status"] or "")
            due = parse_due_date(texts["remediation_due"]) if texts["remediation_due"] else None
        except AnswerValidationError as exc:
            raise AnswersFileError(f"{where}: {exc.message}",
                                   zh=f"{where_zh}：{exc.message_zh or exc.message}") from None
        answers.append(Answer(
            item_id=item_id, status=status, justification=texts["justification"],
            evidence=texts["evidence"], remediation_owner=texts["remediation_owner"],
            remediation_due=due, flagged=flagged))
    return answers
