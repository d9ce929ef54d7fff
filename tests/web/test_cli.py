"""`sahelwatch users`, `boundaries import` and `serve`, run as users run them: in a subprocess."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time

import httpx

from tests.cli.test_cli import sahelwatch


def test_users_lifecycle(tmp_path):
    sahelwatch("init", data_dir=tmp_path)
    created = sahelwatch("users", "create", "amina", "--role", "analyst", "--lang", "ar", data_dir=tmp_path).stdout
    assert "Password (shown once" in created
    password = created.split("write it down): ")[1].strip()
    assert len(password) >= 12
    listed = json.loads(sahelwatch("users", "list", "--json", data_dir=tmp_path).stdout)
    assert [(u["username"], u["role"], u["lang"], u["disabled"]) for u in listed] == [("amina", "analyst", "ar", False)]
    assert password not in (tmp_path / "sahelwatch.db").read_bytes().decode("latin-1")
    sahelwatch("users", "disable", "amina", data_dir=tmp_path)
    assert json.loads(sahelwatch("users", "list", "--json", data_dir=tmp_path).stdout)[0]["disabled"] is True
    reset = sahelwatch("users", "reset-password", "amina", "--password-stdin", stdin="a new long password\n",
                       data_dir=tmp_path)
    assert "reset" in reset.stdout and "a new long password" not in reset.stdout
    duplicate = sahelwatch("users", "create", "amina", data_dir=tmp_path, check=False)
    assert duplicate.returncode == 1 and "already exists" in duplicate.stderr
    bad_role = sahelwatch("users", "create", "omar", "--role", "king", data_dir=tmp_path, check=False)
    assert bad_role.returncode == 1 and "known: viewer, analyst, reviewer, admin" in bad_role.stderr


def test_boundaries_import(tmp_path):
    source = tmp_path / "official.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {"iso_3166_2": "ML-9"},
        "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}}]}))
    result = sahelwatch("boundaries", "import", str(source), data_dir=tmp_path / "data")
    assert "Imported 1 admin1 areas" in result.stdout
    assert (tmp_path / "data" / "boundaries" / "admin1.geojson").exists()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


import pytest


@pytest.mark.parametrize("command", [["serve"], ["run", "--log-level", "warning"]], ids=["serve", "run"])
def test_the_web_application_answers_on_loopback(tmp_path, command):
    """`serve` serves it alone; `run` serves it while collecting, and stops cleanly on SIGTERM."""
    sahelwatch("init", data_dir=tmp_path)
    port = _free_port()
    env = {**os.environ, "SAHELWATCH_DATA_DIR": str(tmp_path)}
    env.pop("SAHELWATCH_DATABASE_URL", None)
    server = subprocess.Popen([sys.executable, "-m", "sahelwatch", *command, "--host", "127.0.0.1", "--port", str(port)],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                login = httpx.get(f"http://127.0.0.1:{port}/login", timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline and server.poll() is None, server.stderr.read().decode()[-2000:]
                time.sleep(0.2)
        assert login.status_code == 200 and 'name="csrf_token"' in login.text
        api = httpx.get(f"http://127.0.0.1:{port}/api/v1/events", timeout=5)
        assert api.status_code == 401 and api.json()["error"]["code"] == "unauthorized"
    finally:
        server.terminate()
        assert server.wait(timeout=15) in (0, -signal.SIGTERM)  # uvicorn re-raises the signal once shut down
