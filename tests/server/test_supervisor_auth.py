"""Supervisors log in to the server with a password and an optional TOTP code; sessions expire;
an agent's device token is refused on every supervisor endpoint, whichever module adds it."""
from __future__ import annotations

import re
import time

import pytest
from sqlalchemy import update

from sync.server import supervisors
from sync.server.schema import supervisor_sessions
from sync.server.supervisor_api import PREFIX
from tests.server.supervisor_support import PASSWORD, SUPERVISOR, add_supervisor, supervisor_token
from tests.server.support import auth, enrolled_device

OPEN = {f"{PREFIX}/login"}


def supervisor_routes(server) -> list[tuple[str, str]]:  # noqa: ANN001
    """Every path and method under the prefix, as the API's own schema lists them (routers included
    from any module appear there)."""
    found = []
    for path, operations in server.client.get("/openapi.json").json()["paths"].items():
        if path.startswith(PREFIX) and path not in OPEN:
            concrete = re.sub(r"\{[^}]+\}", "01938a00-0000-7000-8000-0000000000aa", path)
            found.extend((method.upper(), concrete) for method in sorted(operations))
    return found


def test_every_supervisor_endpoint_refuses_an_agents_device_token(server, tmp_path):
    token = enrolled_device(tmp_path / "d.db", server)[1]
    routes = supervisor_routes(server)
    assert ("GET", f"{PREFIX}/me") in routes
    for method, path in routes:
        answer = server.client.request(method, path, headers=auth(token), json={})
        assert answer.status_code == 403, (method, path, answer.text)
        assert answer.json()["error"]["code"] == "supervisor_only"
        anonymous = server.client.request(method, path, json={})
        assert anonymous.status_code == 401, (method, path)


def test_login_gives_a_session_that_says_who_and_what_role(server):
    token = supervisor_token(server)
    me = server.client.get(f"{PREFIX}/me", headers=auth(token))
    assert me.status_code == 200
    assert me.json()["name"] == SUPERVISOR and me.json()["role"] == "supervisor"


@pytest.mark.parametrize("name, password", [(SUPERVISOR, "wrong password!"), ("Nobody At All", PASSWORD)])
def test_a_wrong_name_or_password_is_refused_the_same_way(server, name, password):
    add_supervisor(server)
    answer = server.client.post(f"{PREFIX}/login", json={"name": name, "password": password})
    assert answer.status_code == 401
    assert answer.json()["error"]["code"] == "login_refused"


def test_totp_is_asked_for_and_checked(server):
    secret = add_supervisor(server, totp=True)
    body = {"name": SUPERVISOR, "password": PASSWORD}
    assert server.client.post(f"{PREFIX}/login", json=body).json()["error"]["code"] == "totp_required"
    wrong = f"{(int(supervisors.totp_code(secret)) + 1) % 1_000_000:06d}"
    assert server.client.post(f"{PREFIX}/login", json={**body, "totp": wrong}).status_code == 401
    old = supervisors.totp_code(secret, time.time() - 300)
    assert server.client.post(f"{PREFIX}/login", json={**body, "totp": old}).status_code == 401
    answer = server.client.post(f"{PREFIX}/login", json={**body, "totp": supervisors.totp_code(secret)})
    assert answer.status_code == 200


def test_totp_matches_the_rfc_6238_test_vector():
    secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"  # the ASCII "12345678901234567890" of RFC 6238, base32
    assert supervisors.totp_code(secret, 59) == "287082"
    assert supervisors.totp_code(secret, 1111111109) == "081804"


def test_an_expired_or_ended_session_is_refused(server):
    token = supervisor_token(server)
    with server.engine.begin() as conn:
        conn.execute(update(supervisor_sessions).values(expires_at="2000-01-01T00:00:00.000Z"))
    answer = server.client.get(f"{PREFIX}/me", headers=auth(token))
    assert answer.status_code == 401 and answer.json()["error"]["code"] == "session_expired"
    token = supervisor_token(server)
    assert server.client.post(f"{PREFIX}/logout", headers=auth(token)).status_code == 204
    assert server.client.get(f"{PREFIX}/me", headers=auth(token)).status_code == 401


def test_a_new_password_or_a_disabled_account_ends_open_sessions(server):
    token = supervisor_token(server)
    with server.engine.begin() as conn:
        supervisors.set_password(conn, SUPERVISOR, "another long password")
    assert server.client.get(f"{PREFIX}/me", headers=auth(token)).status_code == 401
    token = supervisor_token(server, password="another long password")
    with server.engine.begin() as conn:
        supervisors.set_active(conn, SUPERVISOR, False)
    assert server.client.get(f"{PREFIX}/me", headers=auth(token)).status_code == 401
    refused = server.client.post(f"{PREFIX}/login", json={"name": SUPERVISOR, "password": "another long password"})
    assert refused.status_code == 401


def test_a_short_password_is_refused(server):
    with pytest.raises(ValueError, match="at least 10"):
        add_supervisor(server, password="short")


def test_the_command_line_adds_a_supervisor_who_can_then_log_in(server, monkeypatch, capsys):
    import io
    from sync.server.cli import main

    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough password\n"))
    assert main(["--data", str(server.settings.data_dir), "--database-url", server.settings.database_url,
                 "supervisor", "add", "Tshilanda Muamba", "--password-stdin", "--totp", "--json"]) == 0
    uri = __import__("json").loads(capsys.readouterr().out)["otpauth_uri"]
    secret = re.search(r"secret=([A-Z2-7]+)", uri).group(1)
    answer = server.client.post(f"{PREFIX}/login", json={"name": "Tshilanda Muamba", "password": "a long enough password",
                                                          "totp": supervisors.totp_code(secret)})
    assert answer.status_code == 200
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["--data", str(server.settings.data_dir), "--database-url", server.settings.database_url,
                 "supervisor", "add", "Other Person", "--password-stdin"]) == 2
    assert "at least 10 characters" in capsys.readouterr().err
