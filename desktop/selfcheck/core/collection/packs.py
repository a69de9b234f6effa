"""The facade's pack managers: installed packs (:class:`PackManager`) and the trusted
pack signing keys (:class:`PackKeyring`), both kept in the database."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from selfcheck.core.errors import NotFoundError, PackKeyError, UsageError
from selfcheck.core.model import Pack
from selfcheck.core.packs.describe import BUILTIN_ORIGIN, INSTALLED_ORIGIN
from selfcheck.core.packs.source import (
    content_hash_of_json,
    pack_from_files,
    pack_from_stored_json,
    pack_source_digest,
    pack_to_json,
    read_pack_files,
)
from selfcheck.core.paths import checklists_dir
from selfcheck.core.records import PackRecord, TrustedPackKey
from selfcheck.core.store import Store

if TYPE_CHECKING:  # pack files, keys and installation load on first use, not at start
    from selfcheck.core.packs.diff import PackDiff
    from selfcheck.core.packs.file import VerifiedPack
    from selfcheck.core.packs.install import InstallResult, PackPreview
    from selfcheck.core.packs.keys import PublicPackKey

log = logging.getLogger(__name__)


def builtin_pack_dirs(root: Path | None = None) -> list[Path]:
    """Source folders of the packs that ship inside the program."""
    base = root or checklists_dir()
    if not base.is_dir():
        return []
    return sorted(p.parent for p in base.glob("*/v*/pack.json"))


class PackKeyring:
    """The pack signing keys this machine trusts (the database's trust store for packs;
    report signers are trusted through :class:`selfcheck.core.pki.roots.ReportRoots`)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def entries(self) -> list[TrustedPackKey]:
        """Every trusted key, revoked ones included (they say so)."""
        return self._store.trusted_pack_keys()

    def trust(self, key: PublicPackKey, *, allowed_packs: Sequence[str] | None = None,
              label: str | None = None, reinstate: bool = False) -> TrustedPackKey:
        """Trust a pack key on this machine, optionally only for ``allowed_packs``.

        A revoked key is trusted again only with ``reinstate``; a different key
        with the same id (practically impossible unless forged) is refused.
        """
        from selfcheck.core.packs.keys import check_allowed_packs, clean_label

        allowed = check_allowed_packs(allowed_packs)
        chosen_label = clean_label(label if label is not None else key.label)
        for existing in self.entries():
            if existing.key_id != key.key_id:
                continue
            if existing.public_key != key.base64:
                raise PackKeyError(f"a different key with the id {key.key_id} is already trusted; "
                                   "refusing to replace it",
                                   zh=f"信任库中已有另一个密钥编号为 {key.key_id} 的密钥，拒绝替换")
            if existing.revoked_at is not None and not reinstate:
                raise UsageError(f"pack key {key.key_id} was revoked on {existing.revoked_at}; "
                                 "add it again only with --reinstate",
                                 zh=f"清单包签名密钥 {key.key_id} 已于 {existing.revoked_at} 吊销；"
                                    "如需重新添加，请使用 --reinstate")
        self._store.add_trusted_pack_key(key.key_id, key.base64, chosen_label, allowed)
        for entry in self.entries():
            if entry.key_id == key.key_id:
                return entry
        raise NotFoundError(f"pack key {key.key_id} was not saved",  # pragma: no cover
                            zh=f"清单包签名密钥 {key.key_id} 未能保存")

    def revoke(self, key_id: str) -> None:
        """Revoke a trusted pack key: packs it signed can no longer be installed."""
        from selfcheck.core.packs.keys import check_key_id

        key_id = check_key_id(key_id)
        for entry in self.entries():
            if entry.key_id == key_id and entry.revoked_at is not None:
                raise UsageError(f"pack key {key_id} was already revoked on {entry.revoked_at}",
                                 zh=f"清单包签名密钥 {key_id} 已于 {entry.revoked_at} 吊销")
        self._store.revoke_pack_key(key_id)


class PackManager:
    """Installed pack versions: reading them back, installing built-in and signed packs."""

    def __init__(self, store: Store, keyring: PackKeyring) -> None:
        self._store = store
        self._keyring = keyring
        self._cache: dict[tuple[str, int], Pack] = {}

    def records(self, pack_id: str | None = None) -> list[PackRecord]:
        """Installed versions, newest first within each pack."""
        return self._store.pack_records(pack_id)

    def get(self, pack_id: str, version: int | None = None) -> Pack:
        """An installed pack; the newest version when ``version`` is None."""
        if version is None:
            records = self._store.pack_records(pack_id)
            if not records:
                raise NotFoundError(f"pack {pack_id!r} is not installed",
                                    zh=f"检查清单包 {pack_id!r} 未安装")
            version = records[0].version
        key = (pack_id, version)
        if key not in self._cache:
            record = self._store.pack_record(pack_id, version)
            self._cache[key] = pack_from_stored_json(
                record.pack_json, record.content_hash, f"pack {pack_id} v{version}")
        return self._cache[key]

    def content_hash(self, pack_id: str, version: int) -> str:
        return self._store.pack_record(pack_id, version).content_hash

    def install_builtin(self, root: Path | None = None) -> list[tuple[str, int]]:
        """Install the built-in pack versions not installed yet; returns what was added.

        A built-in source whose raw files were validated and installed before is
        recognised by their digest and not validated again."""
        folders = builtin_pack_dirs(root)
        if not folders:
            return []
        known_sources = self._store.builtin_pack_sources()
        installed: dict[tuple[str, int], PackRecord] | None = None
        added: list[tuple[str, int]] = []
        for folder in folders:
            files = read_pack_files(folder)
            source_digest = pack_source_digest(files)
            if source_digest in known_sources:
                continue
            pack = pack_from_files(files, str(folder))
            key = (pack.pack_id, pack.version)
            pack_json = pack_to_json(pack)
            digest = content_hash_of_json(pack_json)
            if installed is None:
                installed = {(r.pack_id, r.version): r for r in self._store.pack_records()}
            if key in installed:
                if installed[key].content_hash == digest:
                    self._store.remember_builtin_pack_source(source_digest, *key)
                else:
                    log.warning("built-in pack %s v%d differs from the installed copy; "
                                "keeping the installed one", *key)
                continue
            self._store.install_pack(pack.pack_id, pack.version, pack.label, digest, BUILTIN_ORIGIN,
                                     pack_json)
            self._store.remember_builtin_pack_source(source_digest, *key)
            self._cache[key] = pack
            added.append(key)
        return added

    def preview(self, verified: VerifiedPack) -> PackPreview:
        """The install preview of an already verified pack file."""
        from selfcheck.core.packs.install import build_preview

        records = self.records(verified.pack.pack_id)
        newest = self.get(records[0].pack_id, records[0].version) if records else None
        return build_preview(verified, records, newest)

    def inspect_file(self, path: Path, today: dt.date | None = None) -> PackPreview:
        """Verify a pack file against this machine's trusted keys and compare it with the
        newest installed version, without installing anything."""
        from selfcheck.core.packs.file import verify_pack_file

        return self.preview(verify_pack_file(path, self._keyring.entries(), today))

    def install_verified(self, verified: VerifiedPack, *, allow_expired: bool = False,
                         diff: PackDiff | None = None) -> InstallResult:
        """Install a verified pack atomically; refuses rollback and reused version numbers.

        The policy check and the insert run in one write transaction, so no competing
        version can be installed in between. ``diff`` (from a preview) is passed through.
        """
        from selfcheck.core.packs.install import InstallResult, InstallStatus, check_installable

        pack = verified.pack
        with self._store.transaction():
            status = check_installable(verified, self._store.pack_records(pack.pack_id),
                                       allow_expired=allow_expired)
            if status is not InstallStatus.ALREADY_INSTALLED:
                self._store.insert_pack(
                    pack.pack_id, pack.version, pack.label, verified.content_hash,
                    INSTALLED_ORIGIN, verified.pack_json or pack_to_json(pack), verified.key_id,
                    audit={"file": verified.origin, "file_sha256": verified.file_sha256,
                           "manifest_sha256": verified.manifest_sha256,
                           "created": verified.manifest.created,
                           "expires": (verified.manifest.expires.isoformat()
                                       if verified.manifest.expires else None),
                           "expired_accepted": verified.expired})
        done = status is not InstallStatus.ALREADY_INSTALLED
        return InstallResult(pack.pack_id, pack.version, pack.label, done, not done,
                             verified.key_id, verified.content_hash, verified.warnings, diff)

    def install_preview(self, preview: PackPreview, *,
                        allow_expired: bool = False) -> InstallResult:
        """Install exactly the bytes a preview showed, re-checked against the current keys."""
        from selfcheck.core.packs.file import verify_pack_bytes

        verified = verify_pack_bytes(preview.verified.data, self._keyring.entries(),
                                     origin=preview.verified.origin)
        return self.install_verified(verified, allow_expired=allow_expired, diff=preview.diff)

    def install_file(self, path: Path, *, allow_expired: bool = False,
                     today: dt.date | None = None) -> InstallResult:
        """Verify and install a pack file (``selfcheck packs install``)."""
        from selfcheck.core.packs.file import verify_pack_file

        verified = verify_pack_file(path, self._keyring.entries(), today)
        return self.install_verified(verified, allow_expired=allow_expired)
