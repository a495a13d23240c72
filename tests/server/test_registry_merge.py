"""Two devices editing the same taxpayer: different fields merge, the same field is a conflict."""
from __future__ import annotations

import json

from sync.server import registry
from sync.server.common import now_iso
from sync.server.db import reading
from sync.server.schema import conflicts
from tests.server.support import ZONE_IDS, add_taxpayer_row, enrolled_device, push_all


def _server_taxpayer(server, taxpayer_id: str, name: str) -> dict:  # noqa: ANN001
    data = {"kind": "person", "name": name, "phone": "+243810000000", "zone_id": ZONE_IDS["KAT"],
            "address": "Katoka, près du marché central", "status": "active"}
    with server.engine.begin() as conn:
        registry.insert_taxpayer(conn, taxpayer_id, data, origin="server", at=now_iso())
    return {**data, "id": taxpayer_id}


def _current(server, taxpayer_id: str) -> tuple[dict, int]:  # noqa: ANN001
    with reading(server.engine) as conn:
        row = registry.get_taxpayer(conn, taxpayer_id)
    return json.loads(row["data"]), row["version"]


def test_different_fields_merge_and_the_same_field_conflicts(server, tmp_path):
    merged_id = "01938c00-0000-7000-8000-000000000001"
    clash_id = "01938c00-0000-7000-8000-000000000002"
    records = [_server_taxpayer(server, merged_id, "Kanku Mpoyi Rosalie"),
               _server_taxpayer(server, clash_id, "Ntumba Beya Honoré")]
    a, a_token = enrolled_device(tmp_path / "a.db", server, code="T07")
    b, b_token = enrolled_device(tmp_path / "b.db", server, code="T08")
    for device in (a, b):  # both pulled them at server version 1
        for record in records:
            add_taxpayer_row(device, record, version=1)

    a.update_taxpayer(merged_id, {"phone": "+243819999999"}, expected_version=1)
    b.update_taxpayer(merged_id, {"address": "Katoka, avenue de la Mission"}, expected_version=1)
    a.update_taxpayer(clash_id, {"name": "Ntumba Beya Honoré II"}, expected_version=1)
    b.update_taxpayer(clash_id, {"name": "Ntumba Honoré"}, expected_version=1)
    push_all(server, a_token, a)
    push_all(server, b_token, b)

    data, version = _current(server, merged_id)
    assert (data["phone"], data["address"]) == ("+243819999999", "Katoka, avenue de la Mission")
    assert version == 3
    data, _version = _current(server, clash_id)
    assert data["name"] == "Ntumba Honoré"  # arrival order: B's edit came last
    [conflict] = server.rows(conflicts)
    assert conflict["taxpayer_id"] == clash_id and conflict["field"] == "name"
    assert json.loads(conflict["previous_value"]) == "Ntumba Beya Honoré II"
    assert json.loads(conflict["incoming_value"]) == "Ntumba Honoré"
    assert conflict["device_id"] == b.device.id


def test_successive_edits_from_one_device_are_no_conflict(server, tmp_path):
    taxpayer_id = "01938c00-0000-7000-8000-000000000003"
    record = _server_taxpayer(server, taxpayer_id, "Kabongo Sylla Léonie")
    a, a_token = enrolled_device(tmp_path / "a.db", server, code="T07")
    add_taxpayer_row(a, record, version=1)
    a.update_taxpayer(taxpayer_id, {"name": "Kabongo Léonie"}, expected_version=1)
    a.update_taxpayer(taxpayer_id, {"name": "Kabongo Sylla L."}, expected_version=2)
    push_all(server, a_token, a)
    assert _current(server, taxpayer_id)[0]["name"] == "Kabongo Sylla L."
    assert server.rows(conflicts) == []
