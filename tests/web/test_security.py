"""Security: login required, CSRF on every form, roles, hashed secrets, cookies, escaping of web text."""

from __future__ import annotations

import os
import stat

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from sahelwatch.store import users
from sahelwatch.web.security import instance_secret
from tests.web.conftest import PASSWORD, csrf_of, login
from tests.web.factory import XSS_ATTRIBUTE, XSS_SCRIPT

PAGES = ("/", "/events", "/events/ev-menaka", "/documents", "/documents/doc-en", "/sources")


@pytest.mark.parametrize("path", PAGES)
def test_pages_need_login(anonymous, path):
    response = anonymous.get(path, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/login")


def test_api_needs_authentication(anonymous):
    assert anonymous.get("/api/v1/events").status_code == 401
    assert anonymous.get("/api/v1/events", headers={"Authorization": "Bearer nope"}).status_code == 401
    assert anonymous.get("/api/v1/events", headers={"Authorization": "Basic eDp5"}).status_code == 401


def test_wrong_password_and_disabled_user_cannot_log_in(anonymous, web_store):
    assert login(anonymous, "viewer", "wrong password!").status_code == 401
    assert login(anonymous, "nobody").status_code == 401
    users.set_disabled(web_store, "viewer")
    assert login(anonymous, "viewer").status_code == 401


def test_login_sets_a_safe_cookie_and_logout_ends_the_session(anonymous):
    response = login(anonymous, "viewer")
    cookie = response.headers["set-cookie"].lower()
    assert "sw_session=" in cookie and "httponly" in cookie and "samesite=lax" in cookie
    assert anonymous.get("/", follow_redirects=False).status_code == 200
    token = csrf_of(anonymous.get("/").text)
    assert anonymous.post("/logout", data={"csrf_token": token}, follow_redirects=False).status_code == 303
    assert anonymous.get("/", follow_redirects=False).status_code == 303


def test_secure_cookie_over_https(app):
    with TestClient(app, base_url="https://testserver", raise_server_exceptions=False) as client:
        response = login(client, "viewer")
        assert "secure" in response.headers["set-cookie"].lower()


def test_csrf_is_required_on_every_form(anonymous, admin, web_store):
    assert anonymous.post("/login", data={"username": "viewer", "password": PASSWORD}).status_code == 403
    assert anonymous.post("/login", data={"username": "viewer", "password": PASSWORD,
                                          "csrf_token": "forged"}).status_code == 403
    with web_store.transaction() as conn:
        conn.execute(text("INSERT INTO sources (id, name, kind, enabled, created_at) "
                          "VALUES ('src-1', 'Wire', 'rss', :t, '2026-01-01')"), {"t": True})
    assert admin.post("/sources/src-1/enabled", data={"enabled": "0"}).status_code == 403
    assert admin.post("/logout", data={}).status_code == 403
    assert admin.post("/events/ev-menaka/split", data={"report_id": "x"}).status_code == 403
    assert admin.post("/api/v1/events/ev-menaka/split", json={"report_ids": ["x"]}).status_code == 403
    token = csrf_of(admin.get("/sources").text)
    assert admin.post("/sources/src-1/enabled", data={"enabled": "0", "csrf_token": token},
                      follow_redirects=False).status_code == 303
    assert admin.get("/api/v1/sources").json()["sources"][0]["enabled"] is False


def test_roles_are_enforced(viewer, analyst, web_store):
    with web_store.transaction() as conn:
        conn.execute(text("INSERT INTO sources (id, name, kind, enabled, created_at) "
                          "VALUES ('src-1', 'Wire', 'rss', :t, '2026-01-01')"), {"t": True})
    token = csrf_of(viewer.get("/sources").text)
    assert viewer.post("/sources/src-1/enabled", data={"enabled": "0", "csrf_token": token}).status_code == 403
    assert analyst.post("/sources/src-1/enabled", data={"enabled": "0",
                                                        "csrf_token": csrf_of(analyst.get("/sources").text)}
                        ).status_code == 403
    assert "Disable" not in viewer.get("/sources").text
    token = csrf_of(viewer.get("/events/ev-menaka").text)
    assert viewer.post("/events/ev-menaka/split", data={"report_id": "x", "csrf_token": token}).status_code == 403


def test_api_tokens_are_hashed_and_work(anonymous, web_store):
    token = users.create_api_token(web_store, "viewer", "qgis")
    with web_store.transaction() as conn:
        stored = [row[0] for row in conn.execute(text("SELECT token_hash FROM api_tokens"))]
        passwords = [row[0] for row in conn.execute(text("SELECT password_hash FROM users"))]
    assert token not in stored and len(stored[0]) == 64
    assert all(h.startswith("$argon2id$") and PASSWORD not in h for h in passwords)
    response = anonymous.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert response.json() == {"username": "viewer", "role": "viewer", "lang": None}
    users.set_disabled(web_store, "viewer")
    assert anonymous.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_sessions_are_stored_hashed(anonymous, web_store):
    login(anonymous, "viewer")
    cookie = anonymous.cookies.get("sw_session")
    with web_store.transaction() as conn:
        stored = [row[0] for row in conn.execute(text("SELECT token_hash FROM sessions"))]
    assert cookie and cookie not in stored and len(stored) == 1


def test_secret_is_generated_per_data_dir_with_mode_0600(config):
    first = instance_secret(config)
    assert first == instance_secret(config) and len(first) >= 48
    mode = stat.S_IMODE(os.stat(config.data_path / "secret.key").st_mode)
    assert mode == 0o600


def test_no_default_account(store):
    assert users.list_users(store) == []


def test_open_redirect_refused(anonymous):
    response = login(anonymous, "viewer")
    assert response.headers["location"] == "/"
    page = anonymous.get("/language/fr?next=//evil.example/x", follow_redirects=False)
    assert page.headers["location"] == "/"


@pytest.mark.parametrize("path", ["/", "/events", "/events/ev-xss", "/documents?q=abduction", "/documents/doc-xss",
                                  "/documents", "/events?q=bourem"])
def test_web_text_is_shown_as_text(viewer, path):
    html = viewer.get(path).text
    assert XSS_SCRIPT not in html and "<script>alert" not in html
    assert 'onmouseover="alert(1)' not in html and XSS_ATTRIBUTE not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html or "&#34; onmouseover=&#34;alert(1)" in html


def test_security_headers(viewer):
    headers = viewer.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-frame-options"] == "DENY" and headers["x-content-type-options"] == "nosniff"
