"""The offline signing PKI: an organisation root CA, signer identities and the report
trust roots a reviewer's machine keeps (:mod:`selfcheck.core.pki.roots`)."""

from selfcheck.core.pki.algorithms import ALGORITHMS, DEFAULT_ALGORITHM, ECDSA_P256, SM2
from selfcheck.core.pki.ca import (
    CA_CERT_FILE,
    CA_KEY_FILE,
    CaInfo,
    Identity,
    init_ca,
    issue_identity,
    load_ca_certificate,
    load_ca_key,
    load_identity,
)
from selfcheck.core.pki.certs import (
    IdentityError,
    PassphraseError,
    PkiError,
    display_name,
    fingerprint,
    is_ca,
    key_usage_names,
    name_attribute,
)

__all__ = [
    "ALGORITHMS",
    "CA_CERT_FILE",
    "CA_KEY_FILE",
    "DEFAULT_ALGORITHM",
    "ECDSA_P256",
    "SM2",
    "CaInfo",
    "Identity",
    "IdentityError",
    "PassphraseError",
    "PkiError",
    "display_name",
    "fingerprint",
    "init_ca",
    "is_ca",
    "issue_identity",
    "key_usage_names",
    "load_ca_certificate",
    "load_ca_key",
    "load_identity",
    "name_attribute",
]
