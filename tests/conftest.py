"""Shared fixtures: settings, a store on SQLite and on PostgreSQL, the reference data folder.

Tests that need a real component (PostgreSQL, ../shared) skip when it is missing on a
developer's machine and fail under CI=true, where `.ci/run` provides everything.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from sahelwatch.config import load_config
from sahelwatch.store import engine_url, open_store

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require(condition: bool, what: str) -> None:
    """Skip locally, fail in CI, when a real component the test needs is missing."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"{what} is required in CI (.ci/run provides it)")
    pytest.skip(f"{what} not available")


@pytest.fixture
def shared_dir() -> Path:
    require(SHARED.is_dir(), f"reference data folder {SHARED}")
    return SHARED


@pytest.fixture
def config(tmp_path):
    return load_config(env={}, data_dir=str(tmp_path / "data"))


def _fresh_postgres(url: str) -> None:
    engine = create_engine(engine_url(url))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture
def postgres_url() -> str:
    url = os.environ.get("SAHELWATCH_TEST_POSTGRES_URL", "")
    require(bool(url), "PostgreSQL (SAHELWATCH_TEST_POSTGRES_URL)")
    _fresh_postgres(url)
    return url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def store(db_url):
    store = open_store(db_url)
    yield store
    store.close()
