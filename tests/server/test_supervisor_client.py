"""The supervisor's client logs in through the real app, reads, and shows the last answer
kept when the server cannot be reached."""
from __future__ import annotations


import pytest

from sync.client.http import Backoff, ServerError, Unreachable
from sync.client.supervisor import SupervisorCache, SupervisorClient
from tests.server.supervisor_support import PASSWORD, SUPERVISOR, add_supervisor
from tests.server.supervisor_support import Switch


@pytest.fixture
def client(server, tmp_path):  # noqa: ANN001, ANN201
    add_supervisor(server)
    transport = Switch(server.client._transport)
    made = SupervisorClient("http://testserver", transport, cache=SupervisorCache(tmp_path / "cache.db"),
                            backoff=Backoff(sleep=lambda _s: None))
    made.transport = transport
    yield made
    made.close()


def test_login_then_read_and_the_last_answer_survives_a_dead_network(client):
    session = client.login(SUPERVISOR, PASSWORD)
    assert session["role"] == "supervisor"
    live = client.read("/me")
    assert live.data["name"] == SUPERVISOR and not live.cached
    client.transport.down = True
    kept = client.read("/me")
    assert kept.cached and kept.data["name"] == SUPERVISOR and kept.fetched_at == live.fetched_at
    with pytest.raises(Unreachable):
        client.read("/never-read")


def test_a_wrong_password_is_a_server_error_with_its_code(client):
    with pytest.raises(ServerError) as caught:
        client.login(SUPERVISOR, "not the password")
    assert caught.value.code == "login_refused"


def test_after_logout_the_session_is_refused(client):
    client.login(SUPERVISOR, PASSWORD)
    token = client.http.token
    client.logout()
    client.http.token = token
    with pytest.raises(ServerError) as caught:
        client.read("/me")
    assert caught.value.status == 401
