"""The store's pack tables: installed pack versions, the built-in sources seen, and
the trusted pack signing keys (清单包签名密钥)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from selfcheck.core.errors import NotFoundError
from selfcheck.core.records import PackRecord, TrustedPackKey
from selfcheck.core.store.base import StoreBase
from selfcheck.core.text import utc_timestamp


class PackTables(StoreBase):
    """Installed packs and trusted pack keys."""

    def install_pack(self, pack_id: str, version: int, label: str, content_hash: str,
                     origin: str, pack_json: str, signer_key_id: str | None = None,
                     audit: Mapping[str, Any] | None = None) -> None:
        """Install one pack version; with its audit entry, in one transaction."""
        with self.transaction():
            self.insert_pack(pack_id, version, label, content_hash, origin, pack_json,
                             signer_key_id, audit)

    def insert_pack(self, pack_id: str, version: int, label: str, content_hash: str,
                    origin: str, pack_json: str, signer_key_id: str | None,
                    audit: Mapping[str, Any] | None) -> None:
        """Insert one pack version and its audit entry; call inside :meth:`transaction`
        (the facade checks the install policy in the same transaction)."""
        self._conn.execute(
            "INSERT INTO packs (pack_id, version, label, content_hash, origin, signer_key_id,"
            " installed_at, pack_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (pack_id, version, label, content_hash, origin, signer_key_id, utc_timestamp(), pack_json),
        )
        self._append_audit("pack-installed", None, {
            "pack_id": pack_id, "version": version, "content_hash": content_hash,
            "origin": origin, "signer_key_id": signer_key_id, **(audit or {}),
        })

    def builtin_pack_sources(self) -> set[str]:
        """Digests of the built-in pack sources known to match an installed pack."""
        with self._lock, self._translate("read the installed packs"):
            return {row[0] for row in self._conn.execute(
                "SELECT source_digest FROM builtin_pack_sources")}

    def remember_builtin_pack_source(self, source_digest: str, pack_id: str, version: int) -> None:
        """Record that the built-in source with ``source_digest`` is installed as this pack."""
        with self.transaction():
            self._conn.execute(
                "INSERT OR REPLACE INTO builtin_pack_sources (source_digest, pack_id, version,"
                " seen_at) VALUES (?, ?, ?, ?)", (source_digest, pack_id, version, utc_timestamp()))

    def pack_records(self, pack_id: str | None = None, *, with_json: bool = False) -> list[PackRecord]:
        """Installed pack versions, newest version first per pack."""
        columns = "pack_id, version, label, content_hash, origin, signer_key_id, installed_at, " + (
            "pack_json" if with_json else "''")
        sql = f"SELECT {columns} FROM packs"
        args: tuple[Any, ...] = ()
        if pack_id is not None:
            sql += " WHERE pack_id = ?"
            args = (pack_id,)
        sql += " ORDER BY pack_id, version DESC"
        with self._lock, self._translate("read the installed packs"):
            return [PackRecord(*row) for row in self._conn.execute(sql, args)]

    def pack_record(self, pack_id: str, version: int) -> PackRecord:
        with self._lock, self._translate("read a pack"):
            row = self._conn.execute(
                "SELECT pack_id, version, label, content_hash, origin, signer_key_id,"
                " installed_at, pack_json FROM packs WHERE pack_id = ? AND version = ?",
                (pack_id, version),
            ).fetchone()
        if row is None:
            raise NotFoundError(f"pack {pack_id} version {version} is not installed",
                                zh=f"检查清单包 {pack_id} 第 {version} 版未安装")
        return PackRecord(*row)

    def trusted_pack_keys(self) -> list[TrustedPackKey]:
        with self._lock, self._translate("read the trusted pack keys"):
            rows = self._conn.execute(
                "SELECT key_id, public_key, label, allowed_packs, added_at, revoked_at"
                " FROM trusted_pack_keys ORDER BY added_at").fetchall()
        return [
            TrustedPackKey(r[0], r[1], r[2],
                           tuple(json.loads(r[3])) if r[3] else None, r[4], r[5])
            for r in rows
        ]

    def add_trusted_pack_key(self, key_id: str, public_key: str, label: str,
                             allowed_packs: Sequence[str] | None) -> None:
        with self.transaction():
            self._conn.execute(
                "INSERT INTO trusted_pack_keys (key_id, public_key, label, allowed_packs,"
                " added_at, revoked_at) VALUES (?,?,?,?,?,NULL) ON CONFLICT (key_id) DO UPDATE"
                " SET label = excluded.label, allowed_packs = excluded.allowed_packs,"
                " revoked_at = NULL",
                (key_id, public_key, label,
                 json.dumps(list(allowed_packs)) if allowed_packs is not None else None,
                 utc_timestamp()))
            self._append_audit("pack-key-trusted", None, {
                "key_id": key_id, "label": label,
                "allowed_packs": list(allowed_packs) if allowed_packs is not None else None})

    def revoke_pack_key(self, key_id: str) -> None:
        with self.transaction():
            cursor = self._conn.execute(
                "UPDATE trusted_pack_keys SET revoked_at = ? WHERE key_id = ?",
                (utc_timestamp(), key_id))
            if cursor.rowcount == 0:
                raise NotFoundError(f"pack key {key_id} is not in the trust store",
                                    zh=f"清单包签名密钥 {key_id} 不在信任库中")
            self._append_audit("pack-key-revoked", None, {"key_id": key_id})
