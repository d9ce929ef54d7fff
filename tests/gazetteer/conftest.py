import pytest

from sahelwatch.gazetteer import Gazetteer


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: rebuilds the gazetteer from shared/data (about 20 s)")
