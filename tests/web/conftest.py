"""Fixtures for the web tests: a store with sample documents and events, users, and clients over the ASGI app."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from sahelwatch.store import users
from sahelwatch.web import create_app
from tests.web.factory import insert_events, sample_documents

PASSWORD = "correct horse battery"


@pytest.fixture
def web_store(store):
    store.add_documents(sample_documents())
    insert_events(store)
    for role in ("viewer", "analyst", "admin"):
        users.create_user(store, role, PASSWORD, role=role)
    return store


@pytest.fixture
def app(config, web_store):
    return create_app(config, web_store)


@pytest.fixture
def anonymous(app):
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


def login(client: TestClient, username: str, password: str = PASSWORD):
    page = client.get("/login")
    token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    return client.post("/login", data={"username": username, "password": password, "csrf_token": token,
                                       "next": "/"}, follow_redirects=False)


def csrf_of(html: str) -> str:
    return html.split('name="csrf_token" value="')[1].split('"')[0]


@pytest.fixture
def viewer(app):
    with TestClient(app, raise_server_exceptions=False) as client:
        assert login(client, "viewer").status_code == 303
        yield client


@pytest.fixture
def analyst(app):
    with TestClient(app, raise_server_exceptions=False) as client:
        assert login(client, "analyst").status_code == 303
        yield client


@pytest.fixture
def admin(app):
    with TestClient(app, raise_server_exceptions=False) as client:
        assert login(client, "admin").status_code == 303
        yield client
