"""The supervisor's administration API (agents, zones, devices, schedule) against the real app,
on SQLite and PostgreSQL: what a device then pulls, what it is refused, and the CLI's commands
as the README writes them."""
from __future__ import annotations

import base64
import io
import json

import pytest
import zxingcpp
from PIL import Image

from core.config import check_pin
from sync.server.schema import agents, quarantine, zones
from sync.server.supervisor_api import PREFIX
from tests.readme_blocks import command_lines, readme_block, run_lines
from tests.server.supervisor_support import supervisor_token
from tests.server.support import ZONE_IDS, auth, enrolled_device, push_all, record_sale
from tests.server.test_cli import BIN, ROOT, _env, _run

ADMIN = f"{PREFIX}/admin"


@pytest.fixture
def api(server):  # noqa: ANN001, ANN201
    """Calls as the logged-in supervisor: api("GET", "/agents") -> (status, body)."""
    headers = auth(supervisor_token(server))

    def call(method: str, path: str, body: dict | None = None) -> tuple[int, dict]:
        answer = server.client.request(method, ADMIN + path, headers=headers, json=body)
        return answer.status_code, answer.json()
    return call


def _pulled(server, token: str, kind: str) -> dict[str, dict]:  # noqa: ANN001
    page = server.client.get("/api/v1/pull", params={"limit": 1000}, headers=auth(token)).json()
    return {r["id"]: r["data"] for r in page["records"] if r["kind"] == kind}


def test_agents_are_added_given_zones_deactivated_and_given_a_new_pin(server, api, tmp_path):
    status, added = api("POST", "/agents", {"name": "Kasongo Nkulu", "pin": "4321", "zones": ["kat", "NDE"]})
    assert status == 200 and added["zones"] == ["KAT", "NDE"]
    listed = {a["name"]: a for a in api("GET", "/agents")[1]["agents"]}
    assert listed["Kasongo Nkulu"] == {"id": added["id"], "name": "Kasongo Nkulu", "role": "agent", "active": True,
                                       "zones": ["KAT", "NDE"], "devices": []}
    assert api("POST", "/agents", {"name": "Kasongo Nkulu", "pin": "1111"})[1]["error"]["message"] == \
        "an agent named 'Kasongo Nkulu' exists already"
    assert "unknown zone(s): ZZZ" in api("POST", "/agents", {"name": "X Y", "pin": "1111", "zones": ["ZZZ"]})[1][
        "error"]["message"]
    assert api("POST", "/agents", {"name": "X Y", "pin": "12ab"})[0] == 422

    ledger, token = enrolled_device(tmp_path / "T07.db", server, "T07", "Kasongo Nkulu")
    status, moved = api("POST", f"/agents/{added['id']}/zones", {"zones": ["NDE"]})
    assert status == 200 and (moved["taken"], moved["given"]) == (["KAT"], [])
    page = server.client.get("/api/v1/pull", params={"limit": 1000}, headers=auth(token)).json()
    assert [(r["id"], r["data"]["kind"]) for r in page["records"] if r["kind"] == "withdrawn"] == \
        [(ZONE_IDS["KAT"], "zone")]

    assert api("POST", f"/agents/{added['id']}/pin", {"pin": "9876"})[0] == 200
    status, done = api("POST", f"/agents/{added['id']}/deactivate")
    assert status == 200 and done["active"] is False
    record = _pulled(server, token, "agent")[added["id"]]
    assert record["active"] is False and record["zones"] == [ZONE_IDS["NDE"]]
    assert check_pin("9876", record["pin_hash"]) and not check_pin("4321", record["pin_hash"])
    # What a deactivated agent records afterwards is refused by the server; nothing before is touched.
    record_sale(ledger, zone="NDE")
    push_all(server, token, ledger)
    assert {r["code"] for r in server.rows(quarantine)} == {"agent_inactive"}
    assert api("POST", "/agents/01938a00-0000-7000-8000-0000000000aa/deactivate")[1]["error"]["code"] == "refused"
    assert api("POST", f"/agents/{added['id']}/activate")[1]["active"] is True


def test_zones_are_listed_added_and_renamed_and_devices_receive_the_name(server, api, tmp_path):
    _ledger, token = enrolled_device(tmp_path / "T07.db", server)
    listed = api("GET", "/zones")[1]["zones"]
    assert [(z["code"], z["name"], z["agents"]) for z in listed] == \
        [("KAT", "Katoka", 1), ("LUK", "Lukonga", 0), ("NDE", "Ndesha", 2)]
    status, zone = api("POST", "/zones", {"code": "nga", "name": "Nganza"})
    assert status == 200 and zone["code"] == "NGA"
    assert api("POST", "/zones", {"code": "NGA", "name": "Again"})[1]["error"]["message"] == \
        "zone NGA exists already; rename it instead"
    assert "1 to 16 letters" in api("POST", "/zones", {"code": "N A", "name": "x"})[1]["error"]["message"]
    status, renamed = api("POST", "/zones/KAT/rename", {"name": "Katoka-Centre"})
    assert status == 200 and renamed["previous_name"] == "Katoka"
    assert api("POST", "/zones/NOPE/rename", {"name": "x"})[1]["error"]["message"] == "no zone 'NOPE'"
    assert _pulled(server, token, "zone")[ZONE_IDS["KAT"]]["name"] == "Katoka-Centre"
    assert {r["code"]: r["id"] for r in server.rows(zones)}["KAT"] == ZONE_IDS["KAT"]  # same id, same code


def test_devices_list_enroll_with_a_qr_code_and_revoke(server, api, tmp_path):
    ledger, token = enrolled_device(tmp_path / "T07.db", server)
    record_sale(ledger)
    push_all(server, token, ledger)
    status, made = api("POST", "/devices/enrollment", {"device_code": "t09", "agents": ["Mbuyi Tshala"],
                                                       "server_url": "https://quittance.example"})
    assert status == 200 and made["device_code"] == "T09"
    picture = Image.open(io.BytesIO(base64.b64decode(made["qr_png"])))
    [read] = zxingcpp.read_barcodes(picture)
    assert json.loads(read.text) == {"server": "https://quittance.example", "code": made["enrollment_code"]}
    devices = {d["code"]: d for d in api("GET", "/devices")[1]["devices"]}
    assert devices["T07"]["state"] == "active" and devices["T07"]["app_version"] == "0.1.0"
    assert devices["T07"]["last_sync_at"] and devices["T07"]["agents"] == ["Ilunga Kabeya"]
    assert devices["T09"]["state"] == "waiting" and devices["T09"]["agents"] == ["Mbuyi Tshala"]
    assert "enrolled already" in api("POST", "/devices/enrollment", {"device_code": "T07",
                                                                      "agents": ["Ilunga Kabeya"]})[1]["error"]["message"]
    assert "no agent named" in api("POST", "/devices/enrollment", {"device_code": "T10",
                                                                    "agents": ["Personne"]})[1]["error"]["message"]
    status, revoked = api("POST", "/devices/T07/revoke")
    assert status == 200 and revoked["revoked"] is True
    assert server.client.get("/api/v1/device", headers=auth(token)).status_code in (401, 403)
    assert {d["code"]: d["state"] for d in api("GET", "/devices")[1]["devices"]}["T07"] == "revoked"
    assert api("POST", "/devices/T09/revoke")[1]["codes_cancelled"] is True
    assert "T09" not in {d["code"] for d in api("GET", "/devices")[1]["devices"]}


def test_the_schedule_lists_each_tax_with_its_version_in_force(server, api):
    taxes = {t["code"]: t for t in api("GET", "/schedule")[1]["taxes"]}
    assert taxes["PAT"]["in_force"] == {"effective_from": None, "amount": 2_000_000, "rate": None}
    assert taxes["MAR"]["periodicity"] == "monthly" and taxes["PAT"]["history"] == []


def test_the_readme_admin_commands_work_as_written(server, tmp_path, database_url):
    env = _env(tmp_path, database_url)
    launcher = ".venv/bin/quittance-server" if (ROOT / ".venv/bin/quittance-server").exists() else str(BIN)
    lines = command_lines(readme_block("quittance-server zone add"))
    outputs = run_lines([line.replace(".venv/bin/quittance-server", launcher) for line in lines], ROOT, env)
    added, renamed, zone_list, deactivated, pin, agent_list, device_list = outputs
    assert "Zone KMB (Kambote) added" in added and "Kambote is now Kambote-Sud" in renamed
    assert "KMB      Kambote-Sud  (0 agents, 0 taxpayers)" in zone_list
    assert "Agent Mbuyi Tshala deactivated" in deactivated and "New PIN for Ilunga Kabeya" in pin
    assert "Mbuyi Tshala (agent, deactivated)" in agent_list
    assert json.loads(device_list)["devices"] == []
    row = {r["name"]: r for r in server.rows(agents)}["Mbuyi Tshala"]
    assert not row["active"]
    refused = _run(env, "agent", "deactivate", "Personne", ok=False)
    assert refused.returncode == 2 and "no agent named 'Personne'" in refused.stderr
