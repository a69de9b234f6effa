"""Each rejection of a report says what kind of failure it is (``VerificationResult.cause``),
so that a reader is told "not signed" or "no root set up" rather than "may have been
altered" when nothing was altered."""

from __future__ import annotations

from pathlib import Path

from selfcheck.core.pki.ca import load_identity
from selfcheck.core.reports.pdf import render_report
from selfcheck.core.reports.signing import attach_unsigned, sign_report_pdf
from selfcheck.core.reports.verify import Cause, verify_report
from tests.report_support import ID_PASS, with_added_annotation
from tests.test_verify import Env, check, env, signed_range  # noqa: F401  (env: the fixture)


def test_causes_of_rejection(env: Env, tmp_path: Path) -> None:  # noqa: F811
    assert check(env.signed, env).cause is Cause.NONE
    assert check(b"hello", env).cause is Cause.NOT_PDF
    assert check(b"", env).cause is Cause.NOT_PDF
    assert verify_report(tmp_path / "missing.pdf", [env.pki.root]).cause is Cause.UNREADABLE
    assert check(env.signed[: len(env.signed) // 2], env).cause is Cause.DAMAGED
    unsigned = attach_unsigned(render_report(env.data, "zh"), env.results_json)
    assert check(unsigned, env).cause is Cause.UNSIGNED
    assert check(env.signed, env, []).cause is Cause.NO_ROOTS
    other = sign_report_pdf(env.rendered, env.results_json,
                            load_identity(env.pki.other_identity, ID_PASS))
    assert check(other, env).cause is Cause.UNTRUSTED
    impostor = sign_report_pdf(env.rendered, env.results_json,
                               load_identity(env.pki.impostor_identity, ID_PASS))
    assert check(impostor, env).cause is Cause.UNTRUSTED
    assert check(env.signed + b"\0", env).cause is Cause.ALTERED
    assert check(with_added_annotation(env.signed, "ok"), env).cause is Cause.ALTERED
    flipped = bytearray(env.signed)
    flipped[signed_range(env.signed)[1] // 2] ^= 0x01
    assert check(bytes(flipped), env).cause is Cause.ALTERED
