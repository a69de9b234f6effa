"""Notes on register rows: what deserves a second look, in Chinese and English.

A note never changes whether a report is authentic (the verifier decided that); it
points at something a reviewer should check: the signer's organisation differs from
the report's, the signing time lies after receipt or long before it, the report uses
an older pack version than the newest installed here or a pack that differs from the
installed copy of the same version, and the verifier's own notes (e.g. a signer
certificate that expired after signing).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Mapping
from dataclasses import field
from enum import StrEnum

from selfcheck.core.immutable import immutable
from selfcheck.core.model import Text
from selfcheck.core.records import ReviewReportRecord
from selfcheck.core.review.register import parse_utc, verify_notes

#: A signing time this long before receipt deserves a look.
LONG_BEFORE_RECEIPT = dt.timedelta(days=90)
#: Clocks differ a little; a signing time later than receipt by more than this is noted.
CLOCK_SLACK = dt.timedelta(minutes=10)


class NoteKind(StrEnum):
    SIGNER_ORGANISATION = "signer-organisation"
    SIGNED_AFTER_RECEIPT = "signed-after-receipt"
    SIGNED_LONG_BEFORE = "signed-long-before-receipt"
    OLDER_PACK = "older-pack-version"
    PACK_DIFFERS = "pack-differs"
    VERIFICATION = "verification-note"


@immutable(slots=True)
class RowNote:
    """A note on one row of the register, in both languages."""

    kind: NoteKind
    en: str
    zh: str

    def text(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


@immutable
class InstalledPacks:
    """What this machine has installed: newest version per pack, hash per version."""

    newest: Mapping[str, int]
    hashes: Mapping[tuple[str, int], str]
    #: each pack's title (its newest version's), to name a report's pack by title
    titles: Mapping[str, Text] = field(default_factory=dict)


def name_key(name: str) -> str:
    """A name without width, case and space differences (全角/半角, “XX局 ” vs “XX局”)."""
    return "".join(unicodedata.normalize("NFKC", name).casefold().split())


def same_name(a: str, b: str) -> bool:
    """Whether two names are the same but for width, case and spaces."""
    return name_key(a) == name_key(b)


def row_notes(row: ReviewReportRecord, packs: InstalledPacks) -> tuple[RowNote, ...]:
    """The notes on one register row."""
    notes = list(_signer_notes(row))
    notes.extend(_time_notes(row))
    notes.extend(_pack_notes(row, packs))
    notes.extend(RowNote(NoteKind.VERIFICATION, en, zh) for en, zh in verify_notes(row))
    return tuple(notes)


def _signer_notes(row: ReviewReportRecord) -> list[RowNote]:
    signer_org = row.signer_organisation
    if not signer_org:
        return [RowNote(NoteKind.SIGNER_ORGANISATION,
                        "the signer's certificate names no organisation",
                        "签名证书未载明签名人所属单位")]
    if same_name(signer_org, row.organisation):
        return []
    return [RowNote(NoteKind.SIGNER_ORGANISATION,
                    f"the signer's certificate names the organisation “{signer_org}”, "
                    f"not “{row.organisation}”",
                    f"签名证书所属单位为“{signer_org}”，与报告中的单位“{row.organisation}”不一致")]


def _time_notes(row: ReviewReportRecord) -> list[RowNote]:
    signed = parse_utc(row.signing_time)
    received = parse_utc(row.received_at)
    if signed is None or received is None:
        return []
    shown_signed, shown_received = f"{signed:%Y-%m-%d %H:%M}", f"{received:%Y-%m-%d %H:%M}"
    if signed > received + CLOCK_SLACK:
        return [RowNote(NoteKind.SIGNED_AFTER_RECEIPT,
                        f"signed at {shown_signed} UTC, after it was received "
                        f"({shown_received} UTC): the signer's clock was ahead",
                        f"签名时间 {shown_signed} UTC 晚于接收时间 {shown_received} UTC："
                        "签名人计算机的时钟可能有误")]
    if received - signed > LONG_BEFORE_RECEIPT:
        days = (received - signed).days
        return [RowNote(NoteKind.SIGNED_LONG_BEFORE,
                        f"signed {days} days before it was received ({shown_signed} UTC)",
                        f"签名时间（{shown_signed} UTC）比接收时间早 {days} 天")]
    return []


def _pack_notes(row: ReviewReportRecord, packs: InstalledPacks) -> list[RowNote]:
    notes = []
    newest = packs.newest.get(row.pack_id)
    if newest is not None and newest > row.pack_version:
        notes.append(RowNote(
            NoteKind.OLDER_PACK,
            f"uses pack {row.pack_id} version {row.pack_version}; version {newest} is "
            "installed here",
            f"使用检查清单 {row.pack_id} 第 {row.pack_version} 版；本机已安装第 {newest} 版"))
    installed = packs.hashes.get((row.pack_id, row.pack_version))
    if installed is not None and installed != row.pack_sha256:
        notes.append(RowNote(
            NoteKind.PACK_DIFFERS,
            f"its pack {row.pack_id} version {row.pack_version} differs from the copy of that "
            "version installed here (another SHA-256)",
            f"其检查清单 {row.pack_id} 第 {row.pack_version} 版与本机安装的同一版本内容不同"
            "（SHA-256 不一致）"))
    return notes
