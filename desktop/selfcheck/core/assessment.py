"""An assessment as the program works with it: its stored header with the pack, the risk
profile and the grade resolved."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from selfcheck.core.errors import UsageError
from selfcheck.core.model import Item, Pack, Sector
from selfcheck.core.records import AssessmentRecord
from selfcheck.core.risk import RiskAssessment, RiskGrade, RiskProfile
from selfcheck.core.scoring import Score


@dataclass(frozen=True)
class Signatory:
    """One line of the sign-off block: a person's name, role (职务) and the date they
    signed; what is not known stays empty and is printed as a blank line."""

    name: str = ""
    role: str = ""
    date: dt.date | None = None


@dataclass(frozen=True)
class SignOff:
    """Who prepared (编制), reviewed (审核) and approved (批准) an assessment."""

    prepared: Signatory = Signatory()
    reviewed: Signatory = Signatory()
    approved: Signatory = Signatory()

    @classmethod
    def of(cls, record: AssessmentRecord) -> SignOff:
        """The sign-off stored with ``record`` (a date that does not parse is left out)."""
        return cls(
            prepared=Signatory(record.assessor, record.assessor_role, _date(record.prepared_on)),
            reviewed=Signatory(record.reviewer, record.reviewer_role, _date(record.reviewed_on)),
            approved=Signatory(record.approver, record.approver_role, _date(record.approved_on)))

    def columns(self) -> dict[str, str]:
        """The stored columns of this sign-off (see :class:`AssessmentRecord`)."""
        def day(value: dt.date | None) -> str:
            return value.isoformat() if value else ""

        return {"assessor": self.prepared.name, "assessor_role": self.prepared.role,
                "prepared_on": day(self.prepared.date), "reviewer": self.reviewed.name,
                "reviewer_role": self.reviewed.role, "reviewed_on": day(self.reviewed.date),
                "approver": self.approved.name, "approver_role": self.approved.role,
                "approved_on": day(self.approved.date)}


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


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
    def sign_off(self) -> SignOff:
        """Who prepared, reviewed and approved the assessment."""
        return SignOff.of(self.record)

    @property
    def read_only(self) -> bool:
        """Superseded assessments are kept as history and not changed any more."""
        return self.record.superseded_by is not None

    def check_writable(self) -> None:
        """Raise UsageError when the assessment is kept read-only as history."""
        if self.read_only:
            raise UsageError(
                f"assessment {self.id} was upgraded to assessment "
                f"{self.record.superseded_by} and is kept read-only as history",
                zh=f"自查 {self.id} 已升级为自查 {self.record.superseded_by}，"
                "原记录作为历史保留，不能再修改")


@dataclass(frozen=True)
class AssessmentOverview:
    """One row of the assessments list."""

    record: AssessmentRecord
    pack_label: str
    pack_title: str
    grade: RiskGrade
    score: Score
