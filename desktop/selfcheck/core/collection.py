"""The one facade over packs, the store and scoring, used by the CLI and the UI."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from selfcheck.core.answers import Answer, Attachment, Status, validate_answer
from selfcheck.core.errors import AnswersFileError, AnswerValidationError, AttachmentError, NotFoundError, UsageError
from selfcheck.core.model import Item, Pack, Sector
from selfcheck.core.packs.source import (
    content_hash_of_json,
    pack_from_files,
    pack_from_stored_json,
    pack_source_digest,
    pack_to_json,
    read_pack_files,
)
from selfcheck.core.paths import AppPaths, checklists_dir
from selfcheck.core.risk import RiskAssessment, RiskGrade, RiskProfile, grade_profile
from selfcheck.core.scoring import Score, score_assessment
from selfcheck.core.store import AssessmentRecord, ChainReport, PackRecord, Store
from selfcheck.core.text import NAME_MAX, JsonInputError, checked_text, loads_untrusted

log = logging.getLogger(__name__)

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
MAX_ANSWERS_FILE_BYTES = 16 * 1024 * 1024
ANSWERS_FORMAT = "selfcheck-answers/1"


@dataclass(frozen=True)
class Assessment:
    """An assessment header with its pack, profile and grade resolved."""

    record: AssessmentRecord
    pack: Pack
    profile: RiskProfile
    risk: RiskAssessment

    @property
    def id(self) -> int:
        return self.record.id

    @property
    def sector(self) -> Sector:
        return Sector(self.record.sector)

    @property
    def grade(self) -> RiskGrade:
        return self.risk.grade

    @property
    def items(self) -> list[Item]:
        return self.pack.items_for(self.sector)

    @property
    def read_only(self) -> bool:
        """Superseded assessments are kept as history and not changed any more."""
        return self.record.superseded_by is not None


@dataclass(frozen=True)
class AssessmentOverview:
    """One row of the assessments list."""

    record: AssessmentRecord
    pack_label: str
    pack_title: str
    grade: RiskGrade
    score: Score


class DoctorReport(NamedTuple):
    integrity_problems: list[str]
    chain: ChainReport
    schema_version: int

    @property
    def ok(self) -> bool:
        return not self.integrity_problems and self.chain.ok


class ImportResult(NamedTuple):
    saved: int
    unchanged: int


def builtin_pack_dirs(root: Path | None = None) -> list[Path]:
    """Source folders of the packs that ship inside the program."""
    base = root or checklists_dir()
    if not base.is_dir():
        return []
    return sorted(p.parent for p in base.glob("*/v*/pack.json"))


class Collection:
    """The user's packs and assessments in one data directory."""

    def __init__(self, store: Store, paths: AppPaths | None = None) -> None:
        self.store = store
        self.paths = paths
        self._pack_cache: dict[tuple[str, int], Pack] = {}

    @classmethod
    def open(cls, paths: AppPaths, *, install_builtin: bool = True) -> Collection:
        """Open the data directory, creating the database and built-in packs on first use."""
        paths.ensure()
        collection = cls(Store.open(paths.database), paths)
        if install_builtin:
            try:
                collection.install_builtin_packs()
            except BaseException:
                collection.close()
                raise
        return collection

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Collection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- packs -----------------------------------------------------------------

    def install_builtin_packs(self, root: Path | None = None) -> list[tuple[str, int]]:
        """Install the built-in pack versions not installed yet; returns what was added.

        A built-in source whose raw files were validated and installed before is
        recognised by their digest and not validated again."""
        folders = builtin_pack_dirs(root)
        if not folders:
            return []
        known_sources = self.store.builtin_pack_sources()
        installed: dict[tuple[str, int], PackRecord] | None = None
        added: list[tuple[str, int]] = []
        for folder in folders:
            files = read_pack_files(folder)
            source_digest = pack_source_digest(files)
            if source_digest in known_sources:
                continue
            pack = pack_from_files(files, str(folder))
            key = (pack.pack_id, pack.version)
            pack_json = pack_to_json(pack)
            digest = content_hash_of_json(pack_json)
            if installed is None:
                installed = {(r.pack_id, r.version): r for r in self.store.pack_records()}
            if key in installed:
                if installed[key].content_hash == digest:
                    self.store.remember_builtin_pack_source(source_digest, *key)
                else:
                    log.warning("built-in pack %s v%d differs from the installed copy; "
                                "keeping the installed one", *key)
                continue
            self.store.install_pack(pack.pack_id, pack.version, pack.label, digest, "builtin",
                                    pack_json)
            self.store.remember_builtin_pack_source(source_digest, *key)
            self._pack_cache[key] = pack
            added.append(key)
        return added

    def pack_records(self, pack_id: str | None = None) -> list[PackRecord]:
        return self.store.pack_records(pack_id)

    def pack(self, pack_id: str, version: int | None = None) -> Pack:
        """An installed pack; the newest version when ``version`` is None."""
        if version is None:
            records = self.store.pack_records(pack_id)
            if not records:
                raise NotFoundError(f"pack {pack_id!r} is not installed",
                                    zh=f"检查清单包 {pack_id!r} 未安装")
            version = records[0].version
        key = (pack_id, version)
        if key not in self._pack_cache:
            record = self.store.pack_record(pack_id, version)
            self._pack_cache[key] = pack_from_stored_json(
                record.pack_json, record.content_hash, f"pack {pack_id} v{version}")
        return self._pack_cache[key]

    def pack_hash(self, pack_id: str, version: int) -> str:
        return self.store.pack_record(pack_id, version).content_hash

    # -- assessments -----------------------------------------------------------

    def new_assessment(self, *, pack_id: str, organisation: str, system_name: str,
                       sector: Sector | str, profile: RiskProfile, assessor: str = "",
                       system_description: str = "", pack_version: int | None = None) -> int:
        """Create an assessment; returns its id."""
        pack = self.pack(pack_id, pack_version)
        try:
            sector = Sector(sector)
        except ValueError:
            valid = ", ".join(s.value for s in Sector)
            raise UsageError(f"unknown sector {sector!r}; use one of: {valid}",
                             zh=f"未知的领域 {sector!r}，可用：{valid}") from None
        if sector not in pack.sectors:
            raise UsageError(f"pack {pack_id} does not cover the sector {sector.value}",
                             zh=f"检查清单包 {pack_id} 不适用于领域 {sector.value}")
        organisation = _name(organisation, "organisation")
        system_name = _name(system_name, "system_name")
        assessor = _name(assessor, "assessor")
        system_description = checked_text(system_description, "the system description",
                                          UsageError, single_line=False, max_length=4000,
                                          what_zh=HEADER_FIELDS_ZH["system_description"])
        if not organisation:
            raise UsageError("the organisation name is required", zh="请填写单位名称")
        if not system_name:
            raise UsageError("the AI system name is required", zh="请填写人工智能系统名称")
        risk = grade_profile(profile)
        return self.store.create_assessment(
            pack_id=pack.pack_id, pack_version=pack.version, organisation=organisation,
            system_name=system_name, system_description=system_description,
            sector=sector.value, assessor=assessor,
            profile_json=profile.to_json(), risk_grade=int(risk.grade))

    def assessment(self, assessment_id: int) -> Assessment:
        record = self.store.assessment(assessment_id)
        pack = self.pack(record.pack_id, record.pack_version)
        profile = RiskProfile.from_stored_json(record.profile_json, f"assessment {record.id}")
        return Assessment(record, pack, profile, grade_profile(profile))

    def overviews(self, include_archived: bool = False) -> list[AssessmentOverview]:
        """The assessments list with progress and verdict of each."""
        result = []
        for record in self.store.assessments(include_archived):
            pack = self.pack(record.pack_id, record.pack_version)
            profile = RiskProfile.from_stored_json(record.profile_json, f"assessment {record.id}")
            grade = grade_profile(profile).grade
            score = score_assessment(pack, Sector(record.sector), grade,
                                     self.store.answers(record.id))
            result.append(AssessmentOverview(record, pack.label, pack.title.zh, grade, score))
        return result

    def update_profile(self, assessment_id: int, profile: RiskProfile) -> RiskAssessment:
        self._writable(assessment_id)
        risk = grade_profile(profile)
        self.store.update_assessment_header(assessment_id, {
            "profile_json": profile.to_json(), "risk_grade": int(risk.grade)})
        return risk

    def update_header(self, assessment_id: int, **fields: str) -> None:
        """Change organisation, system_name, system_description or assessor."""
        self._writable(assessment_id)
        allowed = {"organisation", "system_name", "system_description", "assessor"}
        if set(fields) - allowed:
            raise UsageError(f"cannot change {sorted(set(fields) - allowed)}",
                             zh=f"不能修改 {sorted(set(fields) - allowed)}")
        cleaned = {
            k: checked_text(v, f"the {k.replace('_', ' ')}", UsageError,
                            single_line=k != "system_description",
                            max_length=4000 if k == "system_description" else NAME_MAX,
                            what_zh=HEADER_FIELDS_ZH[k])
            for k, v in fields.items()
        }
        for required in ("organisation", "system_name"):
            if required in cleaned and not cleaned[required]:
                raise UsageError(f"the {required.replace('_', ' ')} may not be empty",
                                 zh="单位名称和系统名称不能为空")
        self.store.update_assessment_header(assessment_id, cleaned)

    def set_archived(self, assessment_id: int, archived: bool) -> None:
        self.store.update_assessment_header(assessment_id, {"archived": int(archived)})

    def duplicate(self, assessment_id: int) -> int:
        """A new, editable copy of an assessment with all its answers and files."""
        return self.store.copy_assessment(assessment_id)

    def _writable(self, assessment_id: int) -> Assessment:
        assessment = self.assessment(assessment_id)
        if assessment.read_only:
            raise UsageError(
                f"assessment {assessment_id} was upgraded to assessment "
                f"{assessment.record.superseded_by} and is kept read-only as history",
                zh=f"自查 {assessment_id} 已升级为自查 {assessment.record.superseded_by}，"
                "原记录作为历史保留，不能再修改")
        return assessment

    # -- answers ---------------------------------------------------------------

    def answers(self, assessment_id: int) -> dict[str, Answer]:
        return self.store.answers(assessment_id)

    def _check_item(self, assessment: Assessment, item_id: str) -> Item:
        try:
            item = assessment.pack.item(item_id)
        except KeyError:
            raise NotFoundError(
                f"item {item_id!r} is not in pack {assessment.pack.pack_id} "
                f"v{assessment.pack.version}",
                zh=f"条目 {item_id!r} 不在检查清单包 {assessment.pack.pack_id} "
                f"v{assessment.pack.version} 中") from None
        if not item.applies_to(assessment.sector):
            raise UsageError(f"item {item_id} does not apply to the sector "
                             f"{assessment.sector.value}",
                             zh=f"条目 {item_id} 不适用于领域 "
                             f"{assessment.sector.value}")
        return item

    def save_answer(self, assessment_id: int, answer: Answer,
                    today: dt.date | None = None) -> Answer:
        """Validate and durably save one answer with its audit entry."""
        assessment = self._writable(assessment_id)
        self._check_item(assessment, answer.item_id)
        previous = self.store.answer(assessment_id, answer.item_id)
        cleaned = validate_answer(answer, previous, today or dt.date.today())
        if previous is not None:
            cleaned = cleaned.with_changes(attachments=previous.attachments)
            if _same_answer(previous, cleaned):
                return previous
        saved_at = self.store.save_answers(assessment_id, [cleaned])
        return cleaned.with_changes(updated_at=saved_at)

    def set_answer(self, assessment_id: int, item_id: str, status: Status, *,
                   justification: str | None = None, evidence: str | None = None) -> Answer:
        """Change the status (and optionally texts) of an answer, keeping its other fields."""
        current = self.store.answer(assessment_id, item_id) or Answer(item_id=item_id)
        changes: dict[str, Any] = {"status": status, "needs_review": False}
        if justification is not None:
            changes["justification"] = justification
        if evidence is not None:
            changes["evidence"] = evidence
        return self.save_answer(assessment_id, current.with_changes(**changes))

    def attach_file(self, assessment_id: int, item_id: str, path: Path) -> Attachment:
        """Store an evidence file (read fully, hashed) with an answer."""
        assessment = self._writable(assessment_id)
        self._check_item(assessment, item_id)
        try:
            if not path.is_file():
                raise AttachmentError(f"{path}: not a file", zh=f"{path}：不是文件")
            size = path.stat().st_size
            if size > MAX_ATTACHMENT_BYTES:
                raise AttachmentError(
                    f"{path.name}: {size / 1048576:.1f} MB is larger than the "
                    f"{MAX_ATTACHMENT_BYTES // 1048576} MB limit for evidence files",
                    zh=f"{path.name}：文件大小 {size / 1048576:.1f} MB，超过证明材料"
                    f" {MAX_ATTACHMENT_BYTES // 1048576} MB 的上限")
            content = path.read_bytes()
        except OSError as exc:
            raise AttachmentError(f"{path}: cannot be read ({exc.strerror})",
                                  zh=f"{path}：无法读取（{exc.strerror}）") from None
        return self.store.add_attachment(assessment_id, item_id, path.name, content)

    def remove_attachment(self, assessment_id: int, attachment_id: int) -> None:
        self._writable(assessment_id)
        self.store.remove_attachment(assessment_id, attachment_id)

    def attachment_content(self, attachment_id: int) -> tuple[str, bytes]:
        return self.store.attachment_content(attachment_id)

    def import_answers(self, assessment_id: int, path: Path,
                       today: dt.date | None = None) -> ImportResult:
        """Import an answers file (see docs/answers-format.md): all answers or none."""
        assessment = self._writable(assessment_id)
        entries = read_answers_file(path, assessment.pack)
        current = self.store.answers(assessment_id)
        today = today or dt.date.today()
        to_save: list[Answer] = []
        for index, answer in enumerate(entries):
            where = f"{path.name}: answers[{index}] ({answer.item_id})"
            try:
                self._check_item(assessment, answer.item_id)
                previous = current.get(answer.item_id)
                cleaned = validate_answer(answer, previous, today)
            except (NotFoundError, UsageError, AnswerValidationError) as exc:
                message = exc.message.removeprefix(f"{answer.item_id}: ")
                message_zh = (exc.message_zh or message).removeprefix(
                    f"{answer.item_id}：").removeprefix(f"{answer.item_id}: ")
                raise AnswersFileError(
                    f"{where}: {message}",
                    zh=f"{path.name}：answers[{index}]（{answer.item_id}）：{message_zh}") from None
            if previous is not None and _same_answer(previous, cleaned):
                continue
            to_save.append(cleaned)
        if to_save:
            self.store.save_answers(assessment_id, to_save, action="answer-imported")
        return ImportResult(saved=len(to_save), unchanged=len(entries) - len(to_save))

    # -- results ---------------------------------------------------------------

    def score(self, assessment_id: int) -> Score:
        assessment = self.assessment(assessment_id)
        return score_assessment(assessment.pack, assessment.sector, assessment.grade,
                                self.store.answers(assessment_id))

    def doctor(self) -> DoctorReport:
        """Check the database file and the audit chain."""
        return DoctorReport(self.store.integrity_check(), self.store.verify_audit_chain(),
                            self.store.schema_version)

    def backup(self, destination: Path, *, overwrite: bool = False) -> None:
        """A consistent copy of the database; see :meth:`Store.backup_to`."""
        self.store.backup_to(destination, overwrite=overwrite)


#: The assessment header fields, as the Chinese messages name them.
HEADER_FIELDS_ZH = {"organisation": "单位名称", "system_name": "人工智能系统名称",
                    "system_description": "系统用途说明", "assessor": "自查人"}
_HEADER_FIELDS_EN = {"organisation": "the organisation name", "system_name": "the AI system name",
                     "assessor": "the assessor"}


def _name(value: str, field: str) -> str:
    return checked_text(value, _HEADER_FIELDS_EN[field], UsageError, single_line=True,
                        max_length=NAME_MAX, what_zh=HEADER_FIELDS_ZH[field])


def _same_answer(a: Answer, b: Answer) -> bool:
    keys = ("status", "justification", "evidence", "remediation_owner", "remediation_due",
            "flagged", "needs_review")
    return all(getattr(a, k) == getattr(b, k) for k in keys)


def read_answers_file(path: Path, pack: Pack) -> list[Answer]:
    """Parse and shape-check an answers file; errors name the file and the entry."""
    from selfcheck.core.answers import parse_due_date, parse_status

    name = path.name
    try:
        if path.stat().st_size > MAX_ANSWERS_FILE_BYTES:
            raise AnswersFileError(f"{name}: larger than {MAX_ANSWERS_FILE_BYTES // 1048576} MB",
                                   zh=f"{name}：超过 {MAX_ANSWERS_FILE_BYTES // 1048576} MB 的上限")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise AnswersFileError(f"{path}: no such file", zh=f"{path}：文件不存在") from None
    except OSError as exc:
        raise AnswersFileError(f"{path}: cannot be read ({exc.strerror})",
                               zh=f"{path}：无法读取（{exc.strerror}）") from None
    try:
        data = loads_untrusted(raw, allow_bom=True)
    except JsonInputError as exc:
        raise AnswersFileError(f"{name}: {exc}", zh=f"{name}：文件内容不是有效的 JSON（{exc}）") from None
    if not isinstance(data, dict):
        raise AnswersFileError(f"{name}: must be a JSON object with 'format' and 'answers'",
                               zh=f"{name}：必须是包含 'format' 和 'answers' 的 JSON 对象")
    if data.get("format") != ANSWERS_FORMAT:
        raise AnswersFileError(f"{name}: 'format' must be {ANSWERS_FORMAT!r}",
                               zh=f"{name}：'format' 必须为 {ANSWERS_FORMAT!r}")
    if "pack_id" in data and data["pack_id"] != pack.pack_id:
        raise AnswersFileError(
            f"{name}: written for pack {data['pack_id']!r}, the assessment uses {pack.pack_id!r}",
            zh=f"{name}：此回答文件针对检查清单包 {data['pack_id']!r}，本次自查使用的是 {pack.pack_id!r}")
    if "pack_version" in data and (type(data["pack_version"]) is not int
                                   or data["pack_version"] != pack.version):
        raise AnswersFileError(
            f"{name}: written for pack version {data['pack_version']!r}, "
            f"the assessment uses version {pack.version}",
            zh=f"{name}：此回答文件针对清单包版本 {data['pack_version']!r}，"
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
                                   zh=f"{where_zh}：缺少 'item'（条目编号）")
        if not isinstance(item_id, str) or not item_id:
            raise AnswersFileError(f"{where}: 'item' must be an item id such as \"HO-01\"",
                                   zh=f"{where_zh}：'item' 必须是条目编号，例如 “HO-01”")
        where += f" ({item_id})"
        where_zh += f"（{item_id}）"
        extra = set(entry) - known
        if extra:
            raise AnswersFileError(f"{where}: unknown field(s) {', '.join(sorted(extra))}",
                                   zh=f"{where_zh}：含有未知字段 {', '.join(sorted(extra))}")
        if item_id in seen:
            raise AnswersFileError(f"{where}: the item is answered twice",
                                   zh=f"{where_zh}：同一条目被回答了两次")
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
