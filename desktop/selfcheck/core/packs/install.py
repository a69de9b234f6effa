"""The install policy of signed pack files: how a verified pack relates to the installed
versions of its pack id, what the preview shows, and which installs are refused.

Pure rules over :class:`~selfcheck.core.records.PackRecord` rows; the facade
(:class:`selfcheck.core.collection.packs.PackManager`) applies them inside the write
transaction that installs the pack, so no competing version can slip in between.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from enum import StrEnum

from selfcheck.core.errors import PackConflictError, PackPolicyError
from selfcheck.core.immutable import immutable
from selfcheck.core.model import Pack
from selfcheck.core.packs.diff import PackDiff, diff_packs
from selfcheck.core.packs.file import VerifiedPack
from selfcheck.core.records import PackRecord

log = logging.getLogger(__name__)


class InstallStatus(StrEnum):
    """How a verified pack relates to the installed versions of its pack id."""

    NEW = "new"                              # no version of this pack is installed
    UPGRADE = "upgrade"                      # newer than every installed version
    ALREADY_INSTALLED = "already-installed"  # this version, same content
    ROLLBACK = "rollback"                    # not newer than the newest installed
    CONFLICT = "conflict"                    # ALARM: this version, different content


@immutable
class PackPreview:
    """What installing a pack file would do (shown before the user confirms)."""

    verified: VerifiedPack
    status: InstallStatus
    installed_versions: tuple[int, ...]
    diff: PackDiff | None
    problems: tuple[str, ...]
    problems_zh: tuple[str, ...] = ()

    def localized_problems(self, lang: str) -> tuple[str, ...]:
        """The problems in Chinese for ``lang`` "zh", else in English."""
        return self.problems_zh if lang == "zh" and self.problems_zh else self.problems

    @property
    def pack(self) -> Pack:
        return self.verified.pack

    @property
    def warnings(self) -> tuple[str, ...]:
        return self.verified.warnings

    @property
    def alarm(self) -> bool:
        return self.status is InstallStatus.CONFLICT

    def can_install(self, *, allow_expired: bool = False) -> bool:
        """Whether installing this preview would install the pack."""
        return (self.status in (InstallStatus.NEW, InstallStatus.UPGRADE) and not self.problems
                and (allow_expired or not self.verified.expired))


@immutable
class InstallResult:
    """What installing a pack file did."""

    pack_id: str
    version: int
    label: str
    installed: bool
    already_installed: bool
    key_id: str
    content_hash: str
    warnings: tuple[str, ...]
    diff: PackDiff | None  # vs the newest installed version, when installed from a preview


def install_status(verified: VerifiedPack,
                   records: Sequence[PackRecord]) -> tuple[InstallStatus, str, str]:
    """The status of ``verified`` against the installed ``records`` of its pack id, with
    the problem in English and Chinese for a rollback or a conflict (else empty)."""
    version = verified.pack.version
    name = f"{verified.pack.pack_id} v{version}"
    for record in records:
        if record.version == version:
            if record.content_hash == verified.content_hash:
                return InstallStatus.ALREADY_INSTALLED, "", ""
            return InstallStatus.CONFLICT, (
                f"ALARM: {name} is already installed with different content (installed "
                f"sha256 {record.content_hash[:16]}…, file {verified.content_hash[:16]}…); the "
                "version number was reused or a file was tampered with; nothing installed"), (
                f"警报：{name} 已安装，但内容不同（已安装的 sha256 {record.content_hash[:16]}…，"
                f"文件中的 sha256 {verified.content_hash[:16]}…）；版本号被重复使用，或文件已被"
                "篡改；未安装任何内容")
    newest = max((r.version for r in records), default=None)
    if newest is None:
        return InstallStatus.NEW, "", ""
    if version < newest:
        return (InstallStatus.ROLLBACK,
                f"rollback refused: {name} is older than the installed v{newest}",
                f"拒绝降级：{name} 比已安装的 v{newest} 更旧")
    return InstallStatus.UPGRADE, "", ""


def build_preview(verified: VerifiedPack, records: Sequence[PackRecord],
                  newest: Pack | None) -> PackPreview:
    """The preview of installing ``verified`` beside ``records`` (``newest`` installed)."""
    status, problem, problem_zh = install_status(verified, records)
    diff = diff_packs(newest, verified.pack) if newest is not None else None
    refused = status in (InstallStatus.ROLLBACK, InstallStatus.CONFLICT)
    if status is InstallStatus.CONFLICT:
        log.warning("%s", problem)
    return PackPreview(verified, status, tuple(r.version for r in records), diff,
                       (problem,) if refused else (), (problem_zh,) if refused else ())


def check_installable(verified: VerifiedPack, records: Sequence[PackRecord], *,
                      allow_expired: bool) -> InstallStatus:
    """NEW, UPGRADE or ALREADY_INSTALLED; an expired pack (unless allowed), a rollback or
    a conflict raises a policy error naming the file."""
    if verified.expired and not allow_expired:
        raise PackPolicyError(f"{verified.origin}: the pack expired on "
                              f"{verified.manifest.expires}; nothing installed (an "
                              "administrator may accept it with --allow-expired)",
                              zh=f"{verified.origin}：检查清单包已于 "
                              f"{verified.manifest.expires} 过期，未安装任何内容（管理员"
                              "可使用 --allow-expired 接受）")
    status, problem, problem_zh = install_status(verified, records)
    if status is InstallStatus.CONFLICT:
        log.warning("%s", problem)
        raise PackConflictError(f"{verified.origin}: {problem}",
                                zh=f"{verified.origin}：{problem_zh}")
    if status is InstallStatus.ROLLBACK:
        raise PackPolicyError(f"{verified.origin}: {problem}; nothing installed",
                              zh=f"{verified.origin}：{problem_zh}，未安装任何内容")
    return status
