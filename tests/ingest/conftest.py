"""Fixtures for collection tests: a real feed server on 127.0.0.1, settings without politeness delays."""

from __future__ import annotations

import json
import threading

import pytest

from sahelwatch.config import load_config
from sahelwatch.ingest.collect import Collector
from sahelwatch.ingest.fetch import Fetcher, FetchOptions
from sahelwatch.pipeline import Context
from tests.conftest import ROOT
from tests.ingest.feedserver import FeedServer

SAMPLE = ROOT / "sahelwatch" / "data" / "sample" / "sahel-wire.jsonl"


@pytest.fixture
def server():
    with FeedServer() as running:
        yield running


@pytest.fixture
def texts() -> list[dict]:
    """Sample news items (ar, fr, en) with their title, text and language."""
    return [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]


def fast_config(tmp_path, **overrides):
    settings = {"host_delay_seconds": 0.0, "fetch_backoff_seconds": 0.01, "fetch_read_timeout": 1.0,
                "fetch_connect_timeout": 1.0, "fetch_retries": 2, "robots_cache_seconds": 0, **overrides}
    return load_config(env={}, data_dir=str(tmp_path / "data"), **settings)


@pytest.fixture
def collect(store, tmp_path):
    """A function making a Collector over ``store`` with the given setting overrides."""
    made = []

    def make(**overrides) -> Collector:
        config = fast_config(tmp_path, **overrides)
        fetcher = Fetcher(FetchOptions.from_config(config), threading.Event())
        made.append(fetcher)
        return Collector(store, Context(config, store=store), fetcher)

    yield make
    for fetcher in made:
        fetcher.close()
