"""Helpers shared by the report, signing and verification tests.

``make_pki`` builds a small offline PKI (EC P-256 by default, or SM2): an organisation
root with a valid, an expired and an unsuitable signer identity, a second, unrelated
root with its own signer, and an impostor root with the same name.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from selfcheck.core import pki
from selfcheck.core.answers import Answer, Status
from selfcheck.core.collection import Collection
from selfcheck.core.paths import resolve_paths
from selfcheck.core.pki.algorithms import build_sm2_certificate
from selfcheck.core.pki.identity import sm2_identity_bytes
from selfcheck.core.pki.sm2 import Sm2PrivateKey
from selfcheck.core.reports.data import ReportData, results_json_bytes
from selfcheck.core.reports.pdf import render_report
from selfcheck.core.risk import Autonomy, Criticality, DataSensitivity, PeopleAffected, RiskProfile

CA_PASS = "root-ca-passphrase"
ID_PASS = "identity-passphrase"
REAL_PACK_ID = "aisgf-key-sector"

JUSTIFICATIONS = {
    Status.PARTIAL: ("已制定制度文本，但尚未覆盖全部应用场景；计划在下一季度补齐，"
                     "并由信息化办公室牵头组织复核。"),
    Status.NOT_IMPLEMENTED: "Not yet in place: the procedure is drafted but not approved.",
    Status.NOT_APPLICABLE: "本系统不处理该类数据，经评估不适用。",
}


@dataclass(frozen=True)
class Pki:
    """Files of the test PKI."""

    ca_dir: Path
    root_pem: Path
    root: x509.Certificate
    identity: Path
    expired: Path
    no_nonrepudiation: Path
    other_root_pem: Path
    other_root: x509.Certificate
    other_identity: Path
    impostor_identity: Path


def custom_identity(ca_dir: Path, output: Path, *, name: str,
                    non_repudiation: bool = True, digital_signature: bool = True,
                    extension: x509.ExtensionType | None = None, sha1: bool = False) -> Path:
    """A signer identity with the key usages chosen by the test, issued by ``ca_dir``
    (with ``extension`` added as critical, signed over SHA-1 with ``sha1``)."""
    ca_cert = x509.load_pem_x509_certificate((ca_dir / pki.CA_CERT_FILE).read_bytes())
    ca_key = serialization.load_pem_private_key((ca_dir / pki.CA_KEY_FILE).read_bytes(),
                                                CA_PASS.encode())
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=digital_signature, content_commitment=non_repudiation,
            key_encipherment=False, data_encipherment=False, key_agreement=False,
            key_cert_sign=False, crl_sign=False, encipher_only=False, decipher_only=False),
            critical=True)
    )
    if extension is not None:
        builder = builder.add_extension(extension, critical=True)
    signed = builder.sign(ca_key, hashes.SHA256())  # type: ignore[arg-type]
    cert = signed_again_with_sha1(signed, ca_key) if sha1 else signed
    output.write_bytes(pkcs12.serialize_key_and_certificates(
        name.encode(), key, cert, [ca_cert],
        serialization.BestAvailableEncryption(ID_PASS.encode())))
    return output


def signed_again_with_sha1(cert: x509.Certificate, ca_key: Any) -> x509.Certificate:
    """``cert`` signed by ``ca_key`` with ECDSA over SHA-1 (cryptography refuses to build
    such a certificate, so the signature is put in by hand)."""
    from asn1crypto import x509 as asn1_x509

    parsed = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    tbs = parsed["tbs_certificate"]
    tbs["signature"] = asn1_x509.SignedDigestAlgorithm({"algorithm": "sha1_ecdsa"})
    signature = ca_key.sign(tbs.dump(force=True), ec.ECDSA(hashes.SHA1()))
    redone = asn1_x509.Certificate({"tbs_certificate": tbs,
                                    "signature_algorithm": {"algorithm": "sha1_ecdsa"},
                                    "signature_value": signature})
    return x509.load_der_x509_certificate(redone.dump())


def custom_sm2_identity(ca_dir: Path, output: Path, *, name: str, usage: set[str]) -> Path:
    """An SM2 signer identity with the key usages ``usage``, issued by the SM2 CA ``ca_dir``."""
    info = pki.load_ca_certificate(ca_dir)
    ca_key = pki.load_ca_key(info, CA_PASS)
    assert isinstance(ca_key, Sm2PrivateKey)
    key = Sm2PrivateKey.generate()
    now = dt.datetime.now(dt.UTC)
    cert = build_sm2_certificate(
        subject=x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]),
        issuer=info.certificate.subject, public=key.public, issuer_key=ca_key,
        serial=x509.random_serial_number(), not_before=now - dt.timedelta(days=1),
        not_after=now + dt.timedelta(days=30), ca=False, usage=usage)
    output.write_bytes(sm2_identity_bytes(key, cert, (info.certificate,), ID_PASS.encode()))
    return output


def make_pki(base: Path, algorithm: str = pki.ECDSA_P256) -> Pki:
    """The test PKI with the given algorithm (ECDSA P-256 unless asked)."""
    suffix = ".p12" if algorithm == pki.ECDSA_P256 else ".pem"
    ca_dir = base / "ca"
    info = pki.init_ca(ca_dir, name="测试局 报告签名根证书", organisation="测试局",
                       passphrase=CA_PASS, algorithm=algorithm)
    identity = pki.issue_identity(ca_dir, CA_PASS, name="张三 Zhang San",
                                  output=base / f"signer{suffix}", passphrase=ID_PASS)
    expired = pki.issue_identity(
        ca_dir, CA_PASS, name="过期 Expired", output=base / f"expired{suffix}", passphrase=ID_PASS,
        valid_from=dt.datetime.now(dt.UTC) - dt.timedelta(days=10), days=3)
    weak = (custom_identity(ca_dir, base / "no-nonrep.p12", name="无不可否认 NoNonRep",
                            non_repudiation=False) if algorithm == pki.ECDSA_P256
            else custom_sm2_identity(ca_dir, base / "no-nonrep.pem", name="无不可否认 NoNonRep",
                                     usage={"digital_signature"}))
    other_dir = base / "other-ca"
    other = pki.init_ca(other_dir, name="Other Root", organisation="Elsewhere",
                        passphrase=CA_PASS, algorithm=algorithm)
    other_identity = pki.issue_identity(other_dir, CA_PASS, name="Mallory",
                                        output=base / f"other{suffix}", passphrase=ID_PASS)
    # A root with the very same name as the trusted one, but a different key.
    impostor_dir = base / "impostor-ca"
    pki.init_ca(impostor_dir, name="测试局 报告签名根证书", organisation="测试局",
                passphrase=CA_PASS, algorithm=algorithm)
    impostor = pki.issue_identity(impostor_dir, CA_PASS, name="张三 Zhang San",
                                  output=base / f"impostor{suffix}", passphrase=ID_PASS)
    return Pki(ca_dir=ca_dir, root_pem=info.cert_path, root=info.certificate,
               identity=identity.path, expired=expired.path, no_nonrepudiation=weak,
               other_root_pem=other.cert_path, other_root=other.certificate,
               other_identity=other_identity.path, impostor_identity=impostor.path)


def open_collection(data_dir: Path) -> Collection:
    return Collection.open(resolve_paths(data_dir))


def new_assessment(collection: Collection, *, criticality: str = "high") -> int:
    return collection.new_assessment(
        pack_id=REAL_PACK_ID, organisation="某市大数据管理局", system_name="政务热线智能分派系统",
        sector="government", assessor="李四",
        system_description="对市民来电工单进行自动分类并推荐承办部门，由坐席人员确认后派发。",
        profile=RiskProfile(criticality=Criticality(criticality),
                            autonomy=Autonomy.ACTS_WITH_APPROVAL,
                            people_affected=PeopleAffected.MANY,
                            data_sensitivity=DataSensitivity.PERSONAL))


def fill_answers(collection: Collection, assessment_id: int, tmp: Path, *,
                 leave_unanswered: int = 3, attach_every: int = 7) -> None:
    """Answer the items of an assessment with a realistic mix of statuses, texts and files."""
    assessment = collection.assessment(assessment_id)
    items = assessment.items
    cycle = [Status.IMPLEMENTED, Status.IMPLEMENTED, Status.PARTIAL, Status.IMPLEMENTED,
             Status.NOT_IMPLEMENTED, Status.IMPLEMENTED, Status.NOT_APPLICABLE]
    due = dt.date.today() + dt.timedelta(days=120)
    answers = []
    for index, item in enumerate(items[: len(items) - leave_unanswered]):
        status = cycle[index % len(cycle)]
        answer = Answer(
            item_id=item.id, status=status,
            justification=JUSTIFICATIONS.get(status, ""),
            evidence=("《人工智能应用风险评估报告》(2026版) 第3章; approval record AR-2026-017"
                      if status is Status.IMPLEMENTED else ""),
        )
        if status in (Status.PARTIAL, Status.NOT_IMPLEMENTED):
            answer = answer.with_changes(remediation_owner="信息化办公室 王五",
                                         remediation_due=due if index % 3 else None)
        answers.append(answer)
    collection.save_answers(assessment_id, answers)
    tmp.mkdir(parents=True, exist_ok=True)
    for index, item in enumerate(items[: len(items) - leave_unanswered]):
        if attach_every and index % attach_every == 0:
            evidence = tmp / f"证据-{item.id}.txt"
            evidence.write_text(f"evidence for {item.id}\n", encoding="utf-8")
            collection.attach_file(assessment_id, item.id, evidence)


def sample_report(base: Path) -> tuple[ReportData, bytes, bytes]:
    """A filled assessment under ``base``: its report data, the rendered Chinese report
    (ready for signing) and its results.json."""
    with open_collection(base / "data") as collection:
        assessment = new_assessment(collection)
        fill_answers(collection, assessment, base / "evidence")
        data = collection.reports.data(assessment, marking="内部")
    return data, render_report(data, "zh", signed=True), results_json_bytes(data, "zh")


def pdftotext(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    return subprocess.run([*args, str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def page_count(pdf: bytes) -> int:
    from pyhanko.pdf_utils.reader import PdfFileReader

    return int(PdfFileReader(BytesIO(pdf)).root["/Pages"]["/Count"])


def with_added_annotation(signed: bytes, contents: str) -> bytes:
    """``signed`` with a text annotation added to page 1 in an incremental update."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(BytesIO(signed))
    page_ref, _ = writer.find_page_for_modification(1)
    annot = generic.DictionaryObject({
        generic.pdf_name("/Type"): generic.pdf_name("/Annot"),
        generic.pdf_name("/Subtype"): generic.pdf_name("/Text"),
        generic.pdf_name("/Rect"): generic.ArrayObject([generic.NumberObject(n)
                                                        for n in (100, 100, 120, 120)]),
        generic.pdf_name("/Contents"): generic.pdf_string(contents),
    })
    writer.register_annotation(page_ref, writer.add_object(annot))
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
