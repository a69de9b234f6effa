"""SM2 keys and SM2-with-SM3 signatures (GB/T 32918, GB/T 35276), and the encrypted
container for SM2 private keys.

The elliptic-curve arithmetic, the SM3 hash inside the signature (Z value and message
digest) and the SM2 signing equations come from the ``gmalg`` library (pure Python,
MIT licence; see docs/signing.md for why). This module only encodes and decodes:

* signatures are DER ``SEQUENCE {r INTEGER, s INTEGER}`` (GB/T 35276 / GM/T 0009);
* every signature uses a distinguishing ID (default ``1234567812345678``, the ID that
  GB/T 35276 names for the absence of another agreement and that OpenSSL uses with
  ``-pkeyopt distid:1234567812345678``); it enters the signature through the Z value;
* public keys are ``SubjectPublicKeyInfo`` with ``id-ecPublicKey`` and the named curve
  ``sm2p256v1`` (1.2.156.10197.1.301), the form OpenSSL reads and writes;
* private keys are PKCS#8 ``PrivateKeyInfo`` holding an RFC 5915 ``ECPrivateKey``,
  encrypted as PKCS#8 ``EncryptedPrivateKeyInfo`` with PBES2 (RFC 8018): PBKDF2 with
  HMAC-SHA256 and AES-256-CBC, computed with pyca/cryptography. OpenSSL reads the
  result (``openssl pkey -in KEY.pem``), so the key is never locked into this program.
"""

from __future__ import annotations

import functools
import os
import secrets
from dataclasses import field

from asn1crypto import algos, core, keys, pem
from cryptography.hazmat.primitives import hashes, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from gmalg import SM2
from gmalg.errors import GMError

from selfcheck.core.immutable import immutable

SM2_CURVE_OID = "1.2.156.10197.1.301"
SM3_OID = "1.2.156.10197.1.401"
SM2_WITH_SM3_OID = "1.2.156.10197.1.501"
#: The "SM2-1" signature OID that GM/T 0010 writes in CMS SignerInfo; read, never written.
SM2_SIGN_OID = "1.2.156.10197.1.301.1"
EC_PUBLIC_KEY_OID = "1.2.840.10045.2.1"
DEFAULT_ID = b"1234567812345678"

_ORDER = 0xFFFFFFFE_FFFFFFFF_FFFFFFFF_FFFFFFFF_7203DF6B_21C6052B_53BBF409_39D54123
_POINT_LENGTH = 65
_PBKDF2_ITERATIONS = 600_000
_MAX_PBKDF2_ITERATIONS = 10_000_000
_PEM_KEY_LABEL = "ENCRYPTED PRIVATE KEY"

if SM2_CURVE_OID not in keys.NamedCurve._map:  # asn1crypto's documented way to add a curve
    keys.NamedCurve.register("sm2p256v1", SM2_CURVE_OID, 32)


class Sm2KeyError(ValueError):
    """Bytes that are not a valid SM2 key, signature or key container."""


class Sm2PassphraseError(Sm2KeyError):
    """The passphrase does not open an encrypted SM2 key."""


def _curve_of(algorithm: keys.PublicKeyAlgorithm) -> str:
    if algorithm["algorithm"].dotted != EC_PUBLIC_KEY_OID:
        return ""
    parameters = algorithm["parameters"]
    if parameters.name != "named":
        return ""
    return str(parameters.chosen.dotted)


def is_sm2_public_key_info(info: keys.PublicKeyInfo) -> bool:
    """Whether a SubjectPublicKeyInfo holds an SM2 key (EC key on sm2p256v1)."""
    try:
        return _curve_of(info["algorithm"]) == SM2_CURVE_OID
    except (ValueError, TypeError, KeyError):
        return False


@immutable
class Sm2PublicKey:
    """An SM2 public key: the uncompressed point ``04 || x || y`` (65 bytes)."""

    point: bytes

    @classmethod
    def from_point(cls, point: bytes) -> Sm2PublicKey:
        """Check that ``point`` is an uncompressed point on the SM2 curve, not infinity."""
        if len(point) != _POINT_LENGTH or point[0] != 4:
            raise Sm2KeyError("an SM2 public key is an uncompressed point of 65 bytes")
        if not _valid_point(point):
            raise Sm2KeyError("the SM2 public key is not a point on the SM2 curve")
        return cls(point)

    @classmethod
    def from_public_key_info(cls, info: keys.PublicKeyInfo) -> Sm2PublicKey:
        if not is_sm2_public_key_info(info):
            raise Sm2KeyError("not an SM2 public key")
        return cls.from_point(bytes(info["public_key"].native))

    def public_key_info(self) -> keys.PublicKeyInfo:
        return keys.PublicKeyInfo({
            "algorithm": keys.PublicKeyAlgorithm({
                "algorithm": EC_PUBLIC_KEY_OID,
                "parameters": keys.ECDomainParameters(name="named", value=SM2_CURVE_OID)}),
            "public_key": self.point,
        })

    def key_identifier(self) -> bytes:
        """RFC 5280 method 1: SHA-1 of the public key bit string (as pyca/cryptography)."""
        digest = hashes.Hash(hashes.SHA1())
        digest.update(self.point)
        return digest.finalize()

    def verify(self, signature: bytes, data: bytes, distinguishing_id: bytes = DEFAULT_ID) -> bool:
        """Whether ``signature`` (DER) is a valid SM2-with-SM3 signature over ``data``."""
        try:
            r, s = decode_signature(signature)
            return bool(SM2(uid=distinguishing_id, pk=self.point).verify(
                data, r.to_bytes(32, "big"), s.to_bytes(32, "big")))
        except (Sm2KeyError, GMError, ValueError, TypeError, ArithmeticError):
            return False


@functools.lru_cache(maxsize=256)
def _valid_point(point: bytes) -> bool:
    """gmalg's public-key validation (on the curve, not infinity, order n): a scalar
    multiplication, so the answer for the same bytes is remembered."""
    try:
        return bool(SM2().verify_pk(point))
    except (GMError, ValueError, TypeError, ArithmeticError):
        return False


def decode_signature(signature: bytes) -> tuple[int, int]:
    """``(r, s)`` of a strictly DER-encoded SM2 signature with both in [1, n-1]."""
    try:
        parsed = algos.DSASignature.load(signature, strict=True)
        r, s = int(parsed["r"].native), int(parsed["s"].native)
        canonical = parsed.dump(force=True) == signature
    except (ValueError, TypeError, KeyError):
        raise Sm2KeyError("the SM2 signature is not a DER sequence of two integers") from None
    if not canonical or not (0 < r < _ORDER and 0 < s < _ORDER):
        raise Sm2KeyError("the SM2 signature is not in canonical DER form")
    return r, s


def encode_signature(r: int, s: int) -> bytes:
    return bytes(algos.DSASignature({"r": r, "s": s}).dump())


@immutable
class Sm2PrivateKey:
    """An SM2 private key (the secret scalar d) and its public key."""

    secret: int = field(repr=False)
    public: Sm2PublicKey

    @classmethod
    def generate(cls) -> Sm2PrivateKey:
        secret = secrets.randbelow(_ORDER - 2) + 1   # d in [1, n-2] (GB/T 32918.1, 6.1)
        return cls.from_secret(secret)

    @classmethod
    def from_secret(cls, secret: int) -> Sm2PrivateKey:
        if not 0 < secret < _ORDER - 1:
            raise Sm2KeyError("the SM2 private key is out of range")
        point = SM2().generate_pk(secret.to_bytes(32, "big"))
        return cls(secret, Sm2PublicKey.from_point(point))

    def sign(self, data: bytes, distinguishing_id: bytes = DEFAULT_ID) -> bytes:
        """SM2-with-SM3 signature over ``data`` (Z value with ``distinguishing_id``), DER."""
        signer = SM2(self.secret.to_bytes(32, "big"), distinguishing_id, self.public.point)
        r, s = signer.sign(data)
        return encode_signature(int.from_bytes(r, "big"), int.from_bytes(s, "big"))

    def private_key_info(self) -> keys.PrivateKeyInfo:
        """PKCS#8 PrivateKeyInfo (as OpenSSL writes an SM2 key)."""
        return keys.PrivateKeyInfo({
            "version": 0,
            "private_key_algorithm": keys.PrivateKeyAlgorithm({
                "algorithm": EC_PUBLIC_KEY_OID,
                "parameters": keys.ECDomainParameters(name="named", value=SM2_CURVE_OID)}),
            "private_key": keys.ECPrivateKey({
                "version": "ecPrivkeyVer1", "private_key": self.secret,
                "public_key": self.public.point}),
        })

    @classmethod
    def from_private_key_info(cls, der: bytes) -> Sm2PrivateKey:
        try:
            info = keys.PrivateKeyInfo.load(der, strict=True)
            algorithm = info["private_key_algorithm"]
            curve = _curve_of(keys.PublicKeyAlgorithm({
                "algorithm": algorithm["algorithm"].dotted,
                "parameters": algorithm["parameters"]}))
            if curve != SM2_CURVE_OID:
                raise Sm2KeyError("the key is not an SM2 key")
            inner = info["private_key"].parsed
            secret = int(inner["private_key"].native)
            stated = inner["public_key"].native
        except (ValueError, TypeError, KeyError) as exc:
            if isinstance(exc, Sm2KeyError):
                raise
            raise Sm2KeyError("not a PKCS#8 SM2 private key") from None
        key = cls.from_secret(secret)
        if stated is not None and bytes(stated) != key.public.point:
            raise Sm2KeyError("the SM2 private key does not match its stated public key")
        return key

    def encrypted_pem(self, passphrase: bytes) -> bytes:
        """The key as an ``ENCRYPTED PRIVATE KEY`` PEM block (PBES2, see module doc)."""
        der = encrypt_pkcs8(bytes(self.private_key_info().dump()), passphrase)
        return bytes(pem.armor(_PEM_KEY_LABEL, der))

    @classmethod
    def from_encrypted_der(cls, der: bytes, passphrase: bytes) -> Sm2PrivateKey:
        return cls.from_private_key_info(decrypt_pkcs8(der, passphrase))


def _derive(passphrase: bytes, salt: bytes, iterations: int) -> bytes:
    return PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt,
                      iterations=iterations).derive(passphrase)


def encrypt_pkcs8(private_key_info: bytes, passphrase: bytes) -> bytes:
    """EncryptedPrivateKeyInfo: PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC."""
    salt, iv = os.urandom(16), os.urandom(16)
    key = _derive(passphrase, salt, _PBKDF2_ITERATIONS)
    padder = padding.PKCS7(128).padder()
    plain = padder.update(private_key_info) + padder.finalize()
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    encrypted = encryptor.update(plain) + encryptor.finalize()
    return bytes(keys.EncryptedPrivateKeyInfo({
        "encryption_algorithm": {
            "algorithm": "pbes2",
            "parameters": {
                "key_derivation_func": {
                    "algorithm": "pbkdf2",
                    "parameters": {"salt": algos.Pbkdf2Salt(name="specified", value=salt),
                                   "iteration_count": _PBKDF2_ITERATIONS,
                                   "prf": {"algorithm": "sha256", "parameters": core.Null()}}},
                "encryption_scheme": {"algorithm": "aes256_cbc", "parameters": iv}}},
        "encrypted_data": encrypted,
    }).dump())


def decrypt_pkcs8(der: bytes, passphrase: bytes) -> bytes:
    """The PrivateKeyInfo inside an EncryptedPrivateKeyInfo written by :func:`encrypt_pkcs8`
    (or by OpenSSL with its defaults); Sm2PassphraseError for a wrong passphrase."""
    try:
        info = keys.EncryptedPrivateKeyInfo.load(der, strict=True)
        scheme = info["encryption_algorithm"]
        if scheme["algorithm"].native != "pbes2":
            raise Sm2KeyError("the key is not encrypted with PBES2")
        kdf = scheme["parameters"]["key_derivation_func"]
        cipher = scheme["parameters"]["encryption_scheme"]
        if kdf["algorithm"].native != "pbkdf2" or cipher["algorithm"].native != "aes256_cbc":
            raise Sm2KeyError("the key is not encrypted with PBKDF2 and AES-256-CBC")
        kdf_parameters = kdf["parameters"]
        if kdf_parameters["prf"]["algorithm"].native != "sha256":
            raise Sm2KeyError("the key is not encrypted with PBKDF2-HMAC-SHA256")
        salt = bytes(kdf_parameters["salt"].chosen.native)
        iterations = int(kdf_parameters["iteration_count"].native)
        iv = bytes(cipher["parameters"].native)
        encrypted = bytes(info["encrypted_data"].native)
    except (ValueError, TypeError, KeyError) as exc:
        if isinstance(exc, Sm2KeyError):
            raise
        raise Sm2KeyError("not an encrypted PKCS#8 private key") from None
    if not 0 < iterations <= _MAX_PBKDF2_ITERATIONS or len(iv) != 16 or not encrypted \
            or len(encrypted) % 16:
        raise Sm2KeyError("the encrypted private key has unusable parameters")
    key = _derive(passphrase, salt, iterations)
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    plain = decryptor.update(encrypted) + decryptor.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    try:
        inner = unpadder.update(plain) + unpadder.finalize()
        keys.PrivateKeyInfo.load(inner, strict=True)["private_key_algorithm"]
    except (ValueError, TypeError, KeyError):
        raise Sm2PassphraseError("wrong passphrase for the private key") from None
    return inner
