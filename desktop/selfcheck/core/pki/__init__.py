"""The offline signing PKI: an organisation root CA, signer identities and the report
trust roots a reviewer's machine keeps (:mod:`selfcheck.core.pki.roots`)."""

from selfcheck.core.pki.ca import (
    CA_CERT_FILE,
    CA_KEY_FILE,
    CaInfo,
    Identity,
    init_ca,
    issue_identity,
    load_ca_certificate,
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
    "CA_CERT_FILE",
    "CA_KEY_FILE",
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
    "load_identity",
    "name_attribute",
]
