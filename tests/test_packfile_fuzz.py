"""Fuzzing damaged pack files: no uncaught exception, no partial install.

Every damaged file either fails with a SelfCheckError and leaves the database
exactly as it was, or — when the damage missed everything that matters (a ZIP
time stamp, say) — installs exactly the content that was signed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from selfcheck.core.collection import Collection
from selfcheck.core.errors import SelfCheckError
from selfcheck.core.packs.keys import SigningKey
from selfcheck.core.packs.source import pack_content_hash, pack_from_files

from .conftest import store_of
from .pack_helpers import build, db_snapshot, mini_files, raw_zip, trusted_key, zip_entries

FUZZ = settings(max_examples=150, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


@dataclass
class Target:
    collection: Collection
    key: SigningKey
    good: bytes
    signed_hash: str
    path: Path


@pytest.fixture(params=["ed25519", "sm2"])
def target(request: pytest.FixtureRequest, mini_collection: Collection,
           tmp_path: Path) -> Iterator[Target]:
    key = trusted_key(mini_collection, ["mini-pack"], algorithm=request.param)
    files = mini_files(2)
    yield Target(mini_collection, key, build(files, key),
                 pack_content_hash(pack_from_files(files, "x")), tmp_path / "fuzz.ckpack")


def attempt(target: Target, data: bytes) -> None:
    """Install ``data``; check the all-or-nothing property."""
    target.path.write_bytes(data)
    before = db_snapshot(target.collection)
    try:
        target.collection.packs.inspect_file(target.path)
        result = target.collection.packs.install_file(target.path)
    except SelfCheckError as exc:
        assert exc.message and "\n" not in exc.message
        assert db_snapshot(target.collection) == before
        return
    # Accepted: it must be exactly the signed content, nothing else.
    assert result.content_hash == target.signed_hash
    record = store_of(target.collection).pack_record("mini-pack", 2)
    assert record.content_hash == target.signed_hash


@FUZZ
@given(flips=st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 7)),
                      min_size=1, max_size=8))
def test_bit_flips(target: Target, flips: list[tuple[int, int]]) -> None:
    data = bytearray(target.good)
    for where, bit in flips:
        data[where % len(data)] ^= 1 << bit
    attempt(target, bytes(data))


@FUZZ
@given(length=st.integers(min_value=0))
def test_truncation(target: Target, length: int) -> None:
    attempt(target, target.good[: length % len(target.good)])


@FUZZ
@given(seed=st.integers(min_value=0, max_value=2**32 - 1),
       drop=st.booleans(), duplicate=st.booleans())
def test_entry_reordering(target: Target, seed: int, drop: bool, duplicate: bool) -> None:
    entries = zip_entries(target.good)
    random.Random(seed).shuffle(entries)
    if drop:
        entries.pop(seed % len(entries))
    if duplicate:
        entries.append(entries[seed % len(entries)])
    attempt(target, raw_zip(entries))


@FUZZ
@given(data=st.binary(max_size=4096), zip_like=st.booleans())
def test_random_bytes(target: Target, data: bytes, zip_like: bool) -> None:
    if zip_like:
        data = b"PK\x03\x04" + data + b"PK\x05\x06" + data[:18]
    attempt(target, data)


@FUZZ
@given(start=st.integers(min_value=0), chunk=st.binary(min_size=1, max_size=64))
def test_overwritten_chunk(target: Target, start: int, chunk: bytes) -> None:
    data = bytearray(target.good)
    where = start % len(data)
    data[where:where + len(chunk)] = chunk
    attempt(target, bytes(data))


def test_reordered_but_intact_pack_still_installs(target: Target) -> None:
    entries = zip_entries(target.good)
    attempt(target, raw_zip(list(reversed(entries))))
    assert store_of(target.collection).pack_record("mini-pack", 2).content_hash == target.signed_hash
