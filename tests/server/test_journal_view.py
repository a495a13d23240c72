"""Supervisors read the devices' technical journals from the events they pushed: newest first,
filtered by device and by kind, with the agent named; on SQLite and PostgreSQL."""
from __future__ import annotations

from core.auth import login
from sync.server.supervisor_api import PREFIX
from tests.server.supervisor_support import supervisor_token
from tests.server.support import auth, enrolled_device, push_all


def _journal(server, token, **params):  # noqa: ANN001, ANN003, ANN202
    answer = server.client.get(f"{PREFIX}/journal", params=params, headers=auth(token))
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_the_journal_of_each_device_is_listed_newest_first_and_filtered(server, tmp_path):
    first, first_token = enrolled_device(tmp_path / "t07.db", server, "T07")
    second, second_token = enrolled_device(tmp_path / "t08.db", server, "T08")
    agent = first.find_agent("Ilunga Kabeya").id
    assert not login(first, agent, "0000").ok  # a wrong PIN on T07
    first.save_settings({"printer": {"uri": "tcp://192.168.1.50:9100"}})
    second.save_setting("language", "pt")
    push_all(server, first_token, first)
    push_all(server, second_token, second)
    token = supervisor_token(server)

    everything = _journal(server, token)["entries"]
    assert [(e["device"], e["kind"]) for e in everything][:3] == [
        ("T08", "setting_changed"), ("T07", "setting_changed"), ("T07", "wrong_pin")]
    arrivals = [e["arrival"] for e in everything]
    assert arrivals == sorted(arrivals, reverse=True)

    wrong = _journal(server, token, kind="wrong_pin", device="T07")["entries"]
    assert [(e["device"], e["agent"], e["details"]["failures"]) for e in wrong] == [("T07", "Ilunga Kabeya", 1)]
    assert _journal(server, token, kind="wrong_pin", device="T08")["entries"] == []
    only_t08 = _journal(server, token, device="t08")["entries"]
    assert {e["device"] for e in only_t08} == {"T08"}
    assert only_t08[0]["details"] == {"settings": ["language"]}

    page = _journal(server, token, limit=1)
    older = _journal(server, token, limit=1, before=page["next"])
    assert older["entries"][0]["arrival"] < page["entries"][0]["arrival"]


def test_the_journal_needs_a_supervisor_and_a_known_kind(server, tmp_path):
    _ledger, device_token = enrolled_device(tmp_path / "t07.db", server, "T07")
    assert server.client.get(f"{PREFIX}/journal").status_code == 401
    assert server.client.get(f"{PREFIX}/journal", headers=auth(device_token)).status_code in (401, 403)
    token = supervisor_token(server)
    refused = server.client.get(f"{PREFIX}/journal", params={"kind": "payment"}, headers=auth(token))
    assert refused.status_code in (400, 422)


def test_the_journal_has_its_own_partial_index(server):
    from sqlalchemy import inspect

    names = {index["name"] for index in inspect(server.engine).get_indexes("events")}
    assert "ix_events_journal" in names  # revision 0024: the list reads journal entries only
