"""A registry conflict made by two real devices editing the same field, seen by a supervisor,
resolved field by field, and the resolution pulled by a device (the real client)."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from sync.server.cli import main
from sync.server.schema import conflict_resolutions, conflicts
from tests.server.supervisor_support import SUPERVISOR, supervisor_token
from tests.sync_e2e.support import IN_PROCESS_URL, enrolled_device, in_process, sync


def _synced(device, transport) -> None:  # noqa: ANN001
    result = sync(device, transport)
    assert result.ok and result.quarantined == [], (result.refused, result.error, result.quarantined)


def _local(device, taxpayer_id: str) -> dict:  # noqa: ANN001
    return dict(device.reads.taxpayer_card(taxpayer_id).taxpayer)


def _clash(server, tmp_path):  # noqa: ANN001, ANN202
    """T07 registers a taxpayer; both devices pull it; each changes its phone and its address
    from the same server version, and T07 also its name. T08 pushes last."""
    transport = in_process(server)
    a = enrolled_device(tmp_path / "t07.db", server, IN_PROCESS_URL, transport)
    b = enrolled_device(tmp_path / "t08.db", server, IN_PROCESS_URL, transport, code="T08")
    taxpayer_id = a.register_taxpayer(name="Kanku Mpoyi Rosalie", zone="KAT", phone="+243810000001",
                                      address="Katoka, marché central")
    _synced(a, transport)
    _synced(b, transport)
    a.update_taxpayer(taxpayer_id, {"phone": "+243811111111", "address": "Katoka, avenue de la Mission",
                                    "name": "Kanku Rosalie"}, _local(a, taxpayer_id)["version"])
    b.update_taxpayer(taxpayer_id, {"phone": "+243822222222", "address": "Katoka, rue 12"},
                      _local(b, taxpayer_id)["version"])
    _synced(a, transport)
    _synced(b, transport)
    return transport, a, b, taxpayer_id


def _auth(server) -> dict[str, str]:  # noqa: ANN001
    return {"Authorization": f"Bearer {supervisor_token(server)}"}


def test_two_devices_clash_the_supervisor_chooses_and_a_device_pulls_the_choice(server, tmp_path):
    transport, a, b, taxpayer_id = _clash(server, tmp_path)
    headers = _auth(server)

    listed = server.client.get("/api/v1/supervisor/conflicts", headers=headers)
    assert listed.status_code == 200, listed.text
    [group] = listed.json()["taxpayers"]
    assert group["taxpayer_id"] == taxpayer_id and group["name"] == "Kanku Rosalie" and group["zone"] == "KAT"
    fields = {f["field"]: f for f in group["fields"]}
    assert sorted(fields) == ["address", "phone"]  # the name was changed by one device only
    phone = fields["phone"]
    assert phone["before"] == "+243810000001" and phone["before_known"]  # from the registration event
    assert [v["value"] for v in phone["values"]] == ["+243811111111", "+243822222222"]
    assert [v["device"] for v in phone["values"]] == ["T07", "T08"]
    assert {v["agent"] for v in phone["values"]} == {"Ilunga Kabeya"} and all(v["device_time"] for v in phone["values"])
    assert phone["current"] == "+243822222222"  # arrival order: T08's edit came last

    # Both fields must be chosen, with a reason.
    refused = server.client.post(f"/api/v1/supervisor/conflicts/{taxpayer_id}/resolve", headers=headers,
                                 json={"choices": {"phone": "+243811111111"}, "reason": "called the taxpayer"})
    assert refused.status_code == 400 and "address" in refused.json()["error"]["message"]
    refused = server.client.post(f"/api/v1/supervisor/conflicts/{taxpayer_id}/resolve", headers=headers,
                                 json={"choices": {"phone": "+243811111111", "address": "Katoka, rue 12"},
                                       "reason": "  "})
    assert refused.status_code == 400 and "reason" in refused.json()["error"]["message"]

    answer = server.client.post(f"/api/v1/supervisor/conflicts/{taxpayer_id}/resolve", headers=headers,
                                json={"choices": {"phone": "+243811111111", "address": "Katoka, rue 12"},
                                      "reason": "Phoned Mrs Kanku: T07 had her new number, T08 her address"})
    assert answer.status_code == 200, answer.text
    decision = answer.json()
    assert decision["decided_by"] == SUPERVISOR and decision["choices"]["phone"] == "+243811111111"

    assert server.client.get("/api/v1/supervisor/conflicts", headers=headers).json()["taxpayers"] == []
    assert all(row["resolved_at"] for row in server.rows(conflicts))
    [row] = server.rows(conflict_resolutions)
    assert row["reason"].startswith("Phoned Mrs Kanku") and row["decided_by"] == SUPERVISOR
    assert json.loads(row["choices"]) == {"phone": "+243811111111", "address": "Katoka, rue 12"}
    again = server.client.post(f"/api/v1/supervisor/conflicts/{taxpayer_id}/resolve", headers=headers,
                               json={"choices": {"phone": "+243822222222"}, "reason": "changed my mind"})
    assert again.status_code == 409  # nothing open any more: a new decision needs a new conflict

    # The device whose value lost receives the chosen one at its next sync; its own name edit stays.
    _synced(b, transport)
    _synced(a, transport)
    for device in (a, b):
        local = _local(device, taxpayer_id)
        assert (local["phone"], local["address"], local["name"]) == ("+243811111111", "Katoka, rue 12",
                                                                     "Kanku Rosalie")
        assert local["server_version"] == decision["version"]

    # The decision is immutable, in the database itself.
    with pytest.raises(DBAPIError, match="immutable"):
        with server.engine.begin() as conn:
            conn.execute(text("UPDATE conflict_resolutions SET reason = 'edited'"))
    with pytest.raises(DBAPIError, match="immutable"):
        with server.engine.begin() as conn:
            conn.execute(text("DELETE FROM conflict_resolutions"))


def test_the_command_line_lists_and_resolves_with_device_server_or_a_value(server, tmp_path, capsys):
    _transport, _a, _b, taxpayer_id = _clash(server, tmp_path)
    supervisor_token(server)  # makes the supervisor's account that --by names
    base = ["--data", str(server.settings.data_dir), "--database-url", server.settings.database_url]

    assert main([*base, "conflicts", "list"]) == 0
    listing = capsys.readouterr().out
    assert taxpayer_id in listing and "phone" in listing and "+243822222222" in listing and "T08" in listing

    args = [*base, "conflicts", "resolve", taxpayer_id, "--field", "phone=server", "--field",
            "address=Katoka, rue 12 bis", "--reason", "checked on site"]
    assert main([*args, "--by", "Nobody Known"]) == 2
    assert "no active supervisor" in capsys.readouterr().err
    assert main([*base, "conflicts", "resolve", taxpayer_id, "--field", "phone=server", "--reason", "x",
                 "--by", SUPERVISOR]) == 2
    assert "missing: address" in capsys.readouterr().err
    assert main([*args, "--by", SUPERVISOR, "--json"]) == 0
    decision = json.loads(capsys.readouterr().out)
    assert decision["choices"] == {"phone": "+243811111111", "address": "Katoka, rue 12 bis"}
    assert main([*base, "conflicts", "list"]) == 0
    assert capsys.readouterr().out.strip() == "No open conflict."
