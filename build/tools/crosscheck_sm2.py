#!/usr/bin/env python3
"""Check an SM2-signed self-check report WITHOUT the program's own code.

Usage:  python3 crosscheck_sm2.py REPORT.pdf --root ROOT-CA.pem

Only the Python standard library and the OpenSSL 3 command line are used (no PDF or
ASN.1 library, nothing from ``selfcheck``), so a reviewer can see for themselves that
the SM2 signature holds:

1. the signature's /ByteRange covers the whole file (starts at 0, ends at the end);
2. ``openssl dgst -sm3`` of the signed byte ranges equals the CMS messageDigest attribute;
3. ``openssl pkeyutl -verify -rawin -digest sm3 -pkeyopt distid:1234567812345678``
   accepts the signature over the DER of the signed attributes with the signer
   certificate's public key;
4. ``openssl verify -vfyopt distid:1234567812345678 -attime SIGNING-TIME`` accepts the
   signer certificate under the given root (certificate signatures are SM2 too).

It does not check what only the program checks (DocMDP, the attachment and the printed
check lines); use ``selfcheck verify`` for the full verdict. Exit code 0 when every step
passes, 1 when one fails (the reason is printed), 2 for bad usage.
"""

from __future__ import annotations

import argparse
import calendar
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DISTID = "distid:1234567812345678"
_ASN1_LINE = re.compile(r"^\s*(\d+):d=(\d+)\s+hl=(\d+)\s+l=\s*(\d+)\s+(prim|cons):\s*(.*?)\s*$")


class CheckFailed(Exception):
    """One step of the cross-check failed."""


def run(*args: str, data: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["openssl", *args], input=data, capture_output=True, check=False)


def signature_parts(pdf: bytes) -> tuple[list[int], bytes]:
    """The /ByteRange and the DER CMS of the PDF's only signature."""
    ranges = re.findall(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", pdf)
    if len(ranges) != 1:
        raise CheckFailed(f"expected exactly one signature /ByteRange, found {len(ranges)}")
    start, first, second, length = (int(x) for x in ranges[0])
    if start != 0 or second + length != len(pdf) or not first < second:
        raise CheckFailed("the signed byte ranges do not cover the whole file")
    hole = pdf[first:second].strip()
    if not (hole.startswith(b"<") and hole.endswith(b">")):
        raise CheckFailed("the signature /Contents is not where the byte range leaves a hole")
    der = bytes.fromhex(hole[1:-1].decode("ascii"))
    return [start, first, second, length], der[:_der_length(der)]


def _der_length(der: bytes) -> int:
    """The length of the DER element at the start of ``der`` (the /Contents is padded)."""
    if len(der) < 2 or der[0] != 0x30:
        raise CheckFailed("the signature /Contents is not a DER sequence")
    if der[1] < 0x80:
        return 2 + der[1]
    count = der[1] & 0x7F
    return 2 + count + int.from_bytes(der[2:2 + count], "big")


def asn1_lines(der_path: Path) -> list[tuple[int, int, int, int, str, str]]:
    result = run("asn1parse", "-inform", "DER", "-in", str(der_path))
    if result.returncode != 0:
        raise CheckFailed("openssl cannot parse the CMS signature")
    lines = []
    for text in result.stdout.decode("utf-8", "replace").splitlines():
        match = _ASN1_LINE.match(text)
        if match:
            offset, depth, header, length = (int(match.group(i)) for i in range(1, 5))
            lines.append((offset, depth, header, length, match.group(5), match.group(6)))
    return lines


def cms_parts(der: bytes, work: Path) -> dict[str, object]:
    """Signed attributes (as SET OF), signature, message digest, signing time and the
    embedded certificates, located with ``openssl asn1parse``."""
    cms_path = work / "cms.der"
    cms_path.write_bytes(der)
    lines = asn1_lines(cms_path)
    attrs = [x for x in lines if x[1] == 5 and x[5].startswith("cont [ 0 ]")]
    if len(attrs) != 1:
        raise CheckFailed("the CMS signature has no signed attributes in one SignerInfo")
    offset, _depth, header, length, _kind, _text = attrs[0]
    signed_attrs = b"\x31" + der[offset + 1:offset + header + length]
    after = [x for x in lines if x[0] > offset + header + length - 1 and x[1] == 5]
    signature = next((x for x in after if x[5].startswith("OCTET STRING")), None)
    if signature is None:
        raise CheckFailed("the CMS signature has no signature value")
    s_offset, _d, s_header, s_length, _k, _t = signature
    inside = [x for x in lines if offset < x[0] < offset + header + length]
    digest = _value_after(inside, ":messageDigest", "OCTET STRING")
    when = _value_after(inside, ":signingTime", "UTCTIME")
    certificates = [der[x[0]:x[0] + x[2] + x[3]] for x in lines if x[1] == 4 and x[0] < offset
                    and _inside_certificates(lines, x[0])]
    return {"signed_attrs": signed_attrs, "signature": der[s_offset + s_header:s_offset + s_header + s_length],
            "digest": bytes.fromhex(digest), "signing_time": when, "certificates": certificates}


def _value_after(lines: list[tuple[int, int, int, int, str, str]], oid: str, kind: str) -> str:
    for index, line in enumerate(lines):
        if line[5].endswith(oid):
            for following in lines[index + 1:index + 4]:
                if following[5].startswith(kind):
                    return following[5].split(":", 1)[1] if ":" in following[5] else ""
    raise CheckFailed(f"the signed attributes lack {oid.lstrip(':')}")


def _inside_certificates(lines: list[tuple[int, int, int, int, str, str]], offset: int) -> bool:
    holders = [x for x in lines if x[1] == 3 and x[5].startswith("cont [ 0 ]")]
    return any(h[0] < offset < h[0] + h[2] + h[3] for h in holders)


def check_digest(pdf: bytes, byte_range: list[int], expected: bytes, work: Path) -> None:
    start, first, second, length = byte_range
    signed = work / "signed-ranges.bin"
    signed.write_bytes(pdf[start:start + first] + pdf[second:second + length])
    result = run("dgst", "-sm3", "-binary", str(signed))
    if result.returncode != 0:
        raise CheckFailed("openssl dgst -sm3 failed (an OpenSSL without SM3?)")
    if result.stdout != expected:
        raise CheckFailed("the SM3 digest of the signed bytes differs from messageDigest: "
                          "the file was changed after signing")
    print(f"OK  SM3 of the signed byte ranges = messageDigest ({expected.hex()[:16]}…)")


def find_signer(parts: dict[str, object], work: Path) -> Path:
    (work / "attrs.der").write_bytes(parts["signed_attrs"])  # type: ignore[arg-type]
    (work / "sig.der").write_bytes(parts["signature"])  # type: ignore[arg-type]
    for index, cert in enumerate(parts["certificates"]):  # type: ignore[attr-defined]
        cert_path = work / f"cert{index}.der"
        cert_path.write_bytes(cert)
        key = run("x509", "-inform", "DER", "-in", str(cert_path), "-pubkey", "-noout")
        if key.returncode != 0:
            continue
        (work / "pub.pem").write_bytes(key.stdout)
        verified = run("pkeyutl", "-verify", "-pubin", "-inkey", str(work / "pub.pem"), "-rawin",
                       "-in", str(work / "attrs.der"), "-sigfile", str(work / "sig.der"),
                       "-digest", "sm3", "-pkeyopt", DISTID)
        if verified.returncode == 0:
            pem_path = work / "signer.pem"
            pem_path.write_bytes(run("x509", "-inform", "DER", "-in", str(cert_path)).stdout)
            subject = run("x509", "-in", str(pem_path), "-noout", "-subject", "-nameopt", "utf8")
            print("OK  SM2 signature over the signed attributes verifies "
                  f"({subject.stdout.decode('utf-8', 'replace').strip()})")
            return pem_path
    raise CheckFailed("no embedded certificate's key verifies the SM2 signature over the "
                      "signed attributes (distinguishing ID 1234567812345678)")


def check_chain(signer: Path, root: Path, signing_time: str) -> None:
    moment = calendar.timegm(time.strptime(signing_time.rstrip("Z"), "%y%m%d%H%M%S"))
    result = run("verify", "-vfyopt", DISTID, "-attime", str(moment), "-x509_strict",
                 "-CAfile", str(root), str(signer))
    if result.returncode != 0:
        why = (result.stderr or result.stdout).decode("utf-8", "replace").strip().splitlines()
        raise CheckFailed("openssl verify refuses the signer certificate under the root: "
                          + (why[0] if why else "unknown reason"))
    print(f"OK  openssl verify: the signer certificate chains to {root.name} "
          f"at the signing time {signing_time}")


def crosscheck(report: Path, root: Path) -> None:
    pdf = report.read_bytes()
    byte_range, der = signature_parts(pdf)
    print(f"OK  one signature; its byte ranges cover all {len(pdf)} bytes")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        parts = cms_parts(der, work)
        check_digest(pdf, byte_range, parts["digest"], work)  # type: ignore[arg-type]
        signer = find_signer(parts, work)
        check_chain(signer, root, str(parts["signing_time"]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("report", type=Path)
    parser.add_argument("--root", type=Path, required=True, help="the trusted root (PEM)")
    args = parser.parse_args(argv)
    if shutil.which("openssl") is None:
        print("openssl is not installed", file=sys.stderr)
        return 2
    for path in (args.report, args.root):
        if not path.is_file():
            print(f"{path}: no such file", file=sys.stderr)
            return 2
    try:
        crosscheck(args.report, args.root)
    except CheckFailed as failure:
        print(f"FAILED  {failure}")
        return 1
    print("CROSS-CHECK PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
