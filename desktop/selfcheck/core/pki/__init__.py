"""The offline signing PKI: an organisation root CA, signer identities and the report
trust roots a reviewer's machine keeps (:mod:`selfcheck.core.pki.roots`)."""

from typing import TYPE_CHECKING

from selfcheck.core.lazy import lazy_names

if TYPE_CHECKING:
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

#: Where each public name lives: the package imports a submodule only when one of its
#: names is first used, so that ``selfcheck.core.pki.sm2`` (pack keys) does not pull in
#: the certificate machinery at start-up.
_HOME = {
    "ALGORITHMS": "algorithms",
    "DEFAULT_ALGORITHM": "algorithms",
    "ECDSA_P256": "algorithms",
    "SM2": "algorithms",
    "CA_CERT_FILE": "ca",
    "CA_KEY_FILE": "ca",
    "CaInfo": "ca",
    "Identity": "ca",
    "init_ca": "ca",
    "issue_identity": "ca",
    "load_ca_certificate": "ca",
    "load_ca_key": "ca",
    "load_identity": "ca",
    "IdentityError": "certs",
    "PassphraseError": "certs",
    "PkiError": "certs",
    "display_name": "certs",
    "fingerprint": "certs",
    "is_ca": "certs",
    "key_usage_names": "certs",
    "name_attribute": "certs",
}


__getattr__ = lazy_names(__name__, _HOME)


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
