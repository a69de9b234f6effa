"""The one rule for new passphrases (CA keys, signer identities, pack signing keys)."""

from __future__ import annotations

from selfcheck.core.errors import SelfCheckError

MIN_PASSPHRASE_LENGTH = 8


def check_new_passphrase(passphrase: str, error: type[SelfCheckError], *,
                         what: str = "", what_zh: str = "") -> bytes:
    """Refuse a passphrase shorter than :data:`MIN_PASSPHRASE_LENGTH` with ``error``
    (naming ``what``); returns its UTF-8 bytes."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        subject = f"the passphrase for {what}" if what else "the passphrase"
        raise error(f"{subject} must have at least {MIN_PASSPHRASE_LENGTH} characters",
                    zh=f"{what_zh}口令至少需要 {MIN_PASSPHRASE_LENGTH} 个字符")
    return passphrase.encode("utf-8")
