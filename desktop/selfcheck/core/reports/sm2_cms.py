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
from typing import Any

from asn1crypto import cms
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from pyhanko.sign.signers.pdf_cms import Signer
from pyhanko_certvalidator.registry import SimpleCertificateStore

from selfcheck.core.pki.identity import Identity
from selfcheck.core.pki.sm2 import SM2_SIGN_OID, SM2_WITH_SM3_OID, SM3_OID, Sm2PrivateKey, Sm2PublicKey
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
        certificate = _asn1(identity.certificate)
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
        certificate = self.signing_cert
        assert certificate is not None
        signing_time = getattr(signed_attr_settings, "signing_time", None) or utc_now()
        return build_signed_data(data_digest, signing_time,
                                 None if dry_run else self._key, certificate, self._chain)


def verify_signer_info(signer_info: cms.SignerInfo, public: Sm2PublicKey) -> bool:
    """Whether the SM2 signature of ``signer_info`` over its signed attributes is valid."""
    signature = bytes(signer_info["signature"].native)
    return public.verify(signature, signed_attributes_der(signer_info))
