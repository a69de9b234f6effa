"""An assessment as the program works with it: its stored header with the pack, the risk
profile and the grade resolved."""

from __future__ import annotations

from dataclasses import dataclass

from selfcheck.core.errors import UsageError
from selfcheck.core.model import Item, Pack, Sector
from selfcheck.core.records import AssessmentRecord
from selfcheck.core.risk import RiskAssessment, RiskGrade, RiskProfile
from selfcheck.core.scoring import Score


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
    pack_title_en: str = ""
