"""The one rule for new passphrases (CA keys, signer identities, pack signing keys).

Keys that authorise others for years — the CA key of the report PKI and a pack signing
key — need at least :data:`MIN_AUTHORITY_PASSPHRASE_LENGTH` characters; a personal signer
identity (valid two years, revocable) needs at least :data:`MIN_PASSPHRASE_LENGTH`.
"""

from __future__ import annotations

from selfcheck.core.errors import SelfCheckError

MIN_PASSPHRASE_LENGTH = 8
MIN_AUTHORITY_PASSPHRASE_LENGTH = 12


def check_new_passphrase(passphrase: str, error: type[SelfCheckError], *,
                         what: str = "", what_zh: str = "",
                         minimum: int = MIN_PASSPHRASE_LENGTH) -> bytes:
    """Refuse a passphrase shorter than ``minimum`` characters with ``error``
    (naming ``what``); returns its UTF-8 bytes."""
    if len(passphrase) < minimum:
        subject = f"the passphrase for {what}" if what else "the passphrase"
        raise error(f"{subject} must have at least {minimum} characters",
                    zh=f"{what_zh}口令至少需要 {minimum} 个字符")
    return passphrase.encode("utf-8")
