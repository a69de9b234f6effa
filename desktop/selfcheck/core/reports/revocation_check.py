"""Whether a report's signer certificate was revoked, by the reviewer's revocation lists.

The signing time is the signer's own clock, so after a revocation it proves nothing:
a report by a revoked certificate is refused, except when the reason says nothing
against earlier work (superseded, affiliation changed, cessation of operation) and the
report was signed before the revocation date — then it stands, with a note. A list
past its next-update time is used all the same, with a note.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import field

from cryptography import x509

from selfcheck.core.immutable import immutable
from selfcheck.core.pki.algorithms import issued_by
from selfcheck.core.pki.revocation import BENIGN_REASONS, REASONS_ZH, RevocationList, newest_list

Problem = tuple[str, str]


@immutable
class RevocationFinding:
    """A rejection (``problem``) or nothing, and notes, each in English and Chinese."""

    problem: Problem | None = None
    notes: list[Problem] = field(default_factory=list)


def check_revocation(cert: x509.Certificate, roots: Sequence[x509.Certificate],
                     lists: Sequence[RevocationList], signing_time: dt.datetime,
                     now: dt.datetime) -> RevocationFinding:
    """What the newest revocation list of the certificate's root says about it."""
    if not lists:
        return RevocationFinding()
    root = next((r for r in roots if issued_by(cert, r)), None)
    newest = newest_list(lists, root) if root is not None else None
    if newest is None:
        return RevocationFinding()
    notes: list[Problem] = []
    if newest.next_update < now:
        due = f"{newest.next_update:%Y-%m-%d}"
        notes.append((f"the newest revocation list of '{newest.issuer_name}' was due for "
                      f"renewal on {due}; ask the CA holder for a newer one",
                      f"“{newest.issuer_name}”的最新证书吊销列表已于 {due} 到期，"
                      "请向 CA 保管人索取新的吊销列表"))
    entry = newest.revoked.get(cert.serial_number)
    if entry is None:
        return RevocationFinding(None, notes)
    when = f"{entry.revoked_at:%Y-%m-%d %H:%M}"
    reason, reason_zh = entry.reason.replace("-", " "), REASONS_ZH.get(entry.reason, entry.reason)
    revoked = (f"the signer certificate was revoked on {when} UTC (reason: {reason})",
               f"签名证书已于 {when} UTC 被吊销（原因：{reason_zh}）")
    if entry.reason not in BENIGN_REASONS:
        return RevocationFinding(revoked, notes)
    if signing_time >= entry.revoked_at:
        return RevocationFinding((revoked[0] + "; the report was signed after the revocation",
                                  revoked[1] + "，且报告签署于吊销之后"), notes)
    notes.append((revoked[0] + "; the report was signed before that (by the signer's clock) "
                  "and stays valid",
                  revoked[1] + "；本报告签署于吊销之前（依签名人本机时钟），仍然有效"))
    return RevocationFinding(None, notes)
