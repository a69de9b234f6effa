"""SM2 CMS signatures for PDF reports: building (through pyHanko's signer seam) and checking.

pyHanko writes the PDF structure of the signature (field, byte ranges, DocMDP, stamp)
and computes the SM3 digest of the signed byte ranges; it has no SM2, so the CMS
``SignedData`` it embeds comes from :class:`Sm2CmsSigner`, which overrides
:meth:`pyhanko.sign.signers.Signer.async_sign` — the one method that turns the document
digest into a CMS object.

The SignedData follows RFC 5652 with the algorithms of GM/T 0010 / GB/T 35275:

* ``digestAlgorithm`` SM3 (1.2.156.10197.1.401);
* ``signatureAlgorithm`` SM2-with-SM3 (1.2.156.10197.1.501; the GM/T 0010 "SM2-1" OID
  1.2.156.10197.1.301.1 is accepted when reading);
* signed attributes ``contentType`` (data), ``signingTime`` (the signer's clock) and
  ``messageDigest`` (SM3 of the signed byte ranges), DER-sorted;
* the signature is SM2 over the DER of the signed attributes (as a SET OF), with the
  distinguishing ID 1234567812345678; certificates: the signer's and its root.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from typing import Any

from asn1crypto import cms
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.sign.signers.pdf_cms import Signer
from pyhanko_certvalidator.registry import SimpleCertificateStore

from selfcheck.core.pki.algorithms import issued_by, sm2_public_key
from selfcheck.core.pki.identity import Identity
from selfcheck.core.pki.sm2 import (
    SM2_SIGN_OID,
    SM2_WITH_SM3_OID,
    SM3_OID,
    Sm2KeyError,
    Sm2PrivateKey,
    Sm2PublicKey,
)
from selfcheck.core.text import utc_now

#: The largest DER SM2 signature: SEQUENCE of two 33-byte INTEGERs.
_PLACEHOLDER_SIGNATURE = b"\x30\x46\x02\x21\x00" + b"\x01" * 32 + b"\x02\x21\x00" + b"\x01" * 32
SIGNATURE_OIDS = (SM2_WITH_SM3_OID, SM2_SIGN_OID)


def sm3(data: bytes) -> bytes:
    return hashlib.new("sm3", data).digest()


def signed_attributes(digest: bytes, signing_time: dt.datetime) -> cms.CMSAttributes:
    """contentType, signingTime and messageDigest, in DER (sorted) order."""
    attributes = [
        cms.CMSAttribute({"type": "content_type", "values": ["data"]}),
        cms.CMSAttribute({"type": "signing_time", "values": [
            cms.Time({"utc_time": signing_time.astimezone(dt.UTC).replace(microsecond=0)})]}),
        cms.CMSAttribute({"type": "message_digest", "values": [digest]}),
    ]
    attributes.sort(key=lambda attribute: bytes(attribute.dump()))
    return cms.CMSAttributes(attributes)


def signed_attributes_der(signer_info: cms.SignerInfo) -> bytes:
    """The bytes an SM2 signature in ``signer_info`` covers: the signed attributes as
    they were transmitted, with the SET OF tag in place of the implicit [0] tag."""
    encoded = bytes(signer_info["signed_attrs"].dump())
    return b"\x31" + encoded[1:]


def build_signed_data(digest: bytes, signing_time: dt.datetime, key: Sm2PrivateKey | None,
                      certificate: asn1_x509.Certificate,
                      chain: list[asn1_x509.Certificate]) -> cms.ContentInfo:
    """A detached CMS SignedData over a document whose SM3 digest is ``digest``;
    ``key`` None makes a same-size placeholder (pyHanko's size estimate)."""
    attributes = signed_attributes(digest, signing_time)
    signature = key.sign(bytes(attributes.dump())) if key is not None else _PLACEHOLDER_SIGNATURE
    signer_info = cms.SignerInfo({
        "version": "v1",
        "sid": cms.SignerIdentifier({"issuer_and_serial_number": cms.IssuerAndSerialNumber({
            "issuer": certificate.issuer, "serial_number": certificate.serial_number})}),
        "digest_algorithm": {"algorithm": SM3_OID},
        "signed_attrs": attributes,
        "signature_algorithm": {"algorithm": SM2_WITH_SM3_OID},
        "signature": signature,
    })
    return cms.ContentInfo({
        "content_type": "signed_data",
        "content": cms.SignedData({
            "version": "v1",
            "digest_algorithms": [{"algorithm": SM3_OID}],
            "encap_content_info": {"content_type": "data"},
            "certificates": [cms.CertificateChoices(name="certificate", value=c)
                             for c in (certificate, *chain)],
            "signer_infos": [signer_info],
        }),
    })


def _asn1(cert: Any) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


class Sm2CmsSigner(Signer):
    """A pyHanko signer that embeds an SM2 SignedData made by :func:`build_signed_data`."""

    def __init__(self, identity: Identity) -> None:
        if not isinstance(identity.private_key, Sm2PrivateKey):
            raise TypeError("an SM2 signer needs an SM2 identity")
        self._key = identity.private_key
        self._chain = [_asn1(c) for c in identity.chain]
        certificate = self._certificate = _asn1(identity.certificate)
        super().__init__(signing_cert=certificate, embed_roots=True,
                         cert_registry=SimpleCertificateStore.from_certs(  # type: ignore[no-untyped-call]
                             [certificate, *self._chain]))

    def get_signature_mechanism_for_digest(self, digest_algorithm: str | None) -> Any:
        # pyHanko's mechanism names know no SM2; it treats ValueError as "not known".
        raise ValueError("SM2-with-SM3 has no pyHanko signature mechanism")

    async def async_sign_raw(self, data: bytes, digest_algorithm: str, dry_run: bool = False) -> bytes:
        return _PLACEHOLDER_SIGNATURE if dry_run else self._key.sign(data)

    async def async_sign(self, data_digest: bytes, digest_algorithm: str, dry_run: Any = False,
                         use_pades: Any = False, timestamper: Any = None,
                         signed_attr_settings: Any = None, is_pdf_sig: Any = True,
                         encap_content_info: Any = None) -> cms.ContentInfo:
        """The SignedData for the document digest; the signing time is the one pyHanko
        stamps on the page (its session clock), so the two always agree."""
        if digest_algorithm != "sm3":
            raise ValueError(f"SM2 signatures use SM3, not {digest_algorithm}")
        certificate = self._certificate
        signing_time = getattr(signed_attr_settings, "signing_time", None) or utc_now()
        return build_signed_data(data_digest, signing_time,
                                 None if dry_run else self._key, certificate, self._chain)


def verify_signer_info(signer_info: cms.SignerInfo, public: Sm2PublicKey) -> bool:
    """Whether the SM2 signature of ``signer_info`` over its signed attributes is valid."""
    signature = bytes(signer_info["signature"].native)
    return public.verify(signature, signed_attributes_der(signer_info))


Problem = tuple[str, str]
NOT_INTACT = ("the signed content was modified after signing (its digest no longer "
              "matches the signature)", "文件在签名后被修改：已签名内容的摘要与签名不符")
#: The problem of a signer certificate that no trusted root issued.
UNTRUSTED_CHAIN = ("the signer certificate does not chain to a trusted root (its SM2 certificate "
                   "signature does not verify with the trusted root of that name)",
                   "签名证书不受信任：未能追溯到本机信任的根证书（其 SM2 证书签名无法用同名的受信任根证书验证）")


def _attribute_values(signer_info: cms.SignerInfo, name: str) -> list[Any]:
    values: list[Any] = []
    for attribute in signer_info["signed_attrs"]:
        if attribute["type"].native == name:
            values.extend(attribute["values"])
    return values


def _form_problem(signer_info: cms.SignerInfo) -> Problem | None:
    digest_oid = signer_info["digest_algorithm"]["algorithm"].dotted
    signature_oid = signer_info["signature_algorithm"]["algorithm"].dotted
    if digest_oid != SM3_OID or signature_oid not in SIGNATURE_OIDS:
        return ("the signature of an SM2 certificate must use SM3 and SM2-with-SM3",
                "SM2 证书的签名必须使用 SM3 摘要和 SM2-with-SM3 签名算法")
    if not isinstance(signer_info["signed_attrs"], cms.CMSAttributes) \
            or len(signer_info["signed_attrs"]) == 0:
        return ("the SM2 signature carries no signed attributes", "SM2 签名中没有签名属性")
    content_types = _attribute_values(signer_info, "content_type")
    if len(content_types) != 1 or content_types[0].native != "data":
        return ("the SM2 signature's content type is not 'data'",
                "SM2 签名的内容类型（contentType）不是 data")
    return None


def signature_problem(data: bytes, byte_range: list[int], signer_info: cms.SignerInfo,
                      cert: x509.Certificate,
                      roots: Sequence[x509.Certificate]) -> Problem | None:
    """Why an SM2 PDF signature fails (English, Chinese), or None when it holds: SM3 and
    SM2-with-SM3, content type data, messageDigest equal to the SM3 of the signed byte
    ranges, a valid SM2 signature over the signed attributes, and a trusted root of the
    same algorithm that signed the signer certificate."""
    form = _form_problem(signer_info)
    if form is not None:
        return form
    digests = _attribute_values(signer_info, "message_digest")
    start, first, second, length = byte_range
    signed = data[start:start + first] + data[second:second + length]
    if len(digests) != 1 or bytes(digests[0].native) != sm3(signed):
        return NOT_INTACT
    try:
        public = sm2_public_key(cert)
    except Sm2KeyError:
        return ("the signer certificate holds a malformed SM2 public key",
                "签名证书中的 SM2 公钥格式错误")
    if not verify_signer_info(signer_info, public):
        return ("the cryptographic signature is not valid", "数字签名无效：密码学验证未通过")
    if not any(issued_by(cert, root) for root in roots):
        return UNTRUSTED_CHAIN
    return None

