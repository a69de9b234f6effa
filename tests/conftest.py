"""Shared fixtures. Every test runs with its own HOME and data directory, so no test
ever reads or writes the real user's data, logs or settings."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "desktop"))

from selfcheck.core.collection import Collection  # noqa: E402
from selfcheck.core.paths import AppPaths, resolve_paths  # noqa: E402
from selfcheck.core.risk import Autonomy, Criticality, DataSensitivity, PeopleAffected, RiskProfile  # noqa: E402

TEST_DATA = REPO / "tests" / "data"
MINI_PACKS = TEST_DATA / "packs"
REAL_PACK_ID = "aisgf-key-sector"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory,
                  monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private HOME, XDG dirs and SELFCHECK_HOME for each test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (("XDG_DATA_HOME", ".local/share"), ("XDG_CONFIG_HOME", ".config"),
                     ("XDG_STATE_HOME", ".local/state"), ("XDG_CACHE_HOME", ".cache")):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("SELFCHECK_HOME", str(home / "selfcheck-data"))
    monkeypatch.delenv("SELFCHECK_CHECKLISTS", raising=False)
    monkeypatch.delenv("SELFCHECK_PASSPHRASE", raising=False)
    # Messages follow the locale (Chinese unless it is English); tests choose theirs
    # explicitly, English by default. Character types stay C.UTF-8, a locale every
    # machine has, for the programs the tests start.
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("LC_CTYPE", "C.UTF-8")
    return home


@pytest.fixture
def data_dir(isolated_home: Path) -> Path:
    return Path(os.environ["SELFCHECK_HOME"])


@pytest.fixture
def app_paths(data_dir: Path) -> AppPaths:
    return resolve_paths(data_dir)


@pytest.fixture
def mini_packs(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Use the small test pack (tests/data/packs/mini) as the only built-in pack."""
    monkeypatch.setenv("SELFCHECK_CHECKLISTS", str(MINI_PACKS))
    return MINI_PACKS


@pytest.fixture
def collection(app_paths: AppPaths) -> Iterator[Collection]:
    """A collection in a fresh data directory with the real built-in packs."""
    with Collection.open(app_paths) as opened:
        yield opened


@pytest.fixture
def mini_collection(app_paths: AppPaths, mini_packs: Path) -> Iterator[Collection]:
    """A collection whose only pack is the small test pack ``mini-pack``."""
    with Collection.open(app_paths) as opened:
        yield opened


def make_profile(criticality: str = "medium", autonomy: str = "advises",
                 people: str = "100-10k", data: str = "internal") -> RiskProfile:
    return RiskProfile(criticality=Criticality(criticality), autonomy=Autonomy(autonomy),
                       people_affected=PeopleAffected(people),
                       data_sensitivity=DataSensitivity(data))


@pytest.fixture
def assessment_id(collection: Collection) -> int:
    """A new assessment of the real pack (government sector, medium risk)."""
    return collection.new_assessment(
        pack_id=REAL_PACK_ID, organisation="Test Bureau", system_name="Case triage",
        sector="government", profile=make_profile(), assessor="Tester")


def require_tool(name: str, package: str) -> str:
    """The path of the external program ``name``; the test is skipped, with the reason in
    the report, when it is not installed. Checks that need it never pass silently."""
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (package {package}; `make system-deps` installs it)")
    return found


def store_of(collection: Collection) -> Any:
    """The collection's private store, for tests that inspect or damage the database
    directly (the program itself goes through the facade)."""
    return collection._store


@pytest.fixture(scope="session")
def review_corpus(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Signed reports of a few units for the register's tests (tests/review_support.py)."""
    from .review_support import corpus

    return corpus(tmp_path_factory.getbasetemp())


@pytest.fixture
def review_desk(app_paths: AppPaths, mini_packs: Path, review_corpus: Any) -> Iterator[Collection]:
    """A reviewer's collection (the small test pack) that trusts the corpus's root."""
    from .review_support import reviewer

    with reviewer(app_paths.data_dir, review_corpus.root_pem) as collection:
        yield collection
