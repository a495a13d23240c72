"""Pull: reference data and the agents' zones' registry, paged and signed by the server."""
from __future__ import annotations

import json

from core.canonical import canonical_json
from core.keys import verify_signature
from sync.server import registry
from sync.server.common import now_iso
from tests.server.support import ZONE_IDS, auth, enroll, enrolled_device, make_device, push_all, record_sale


def _signed(page: dict, server_key: str) -> bool:
    body = {k: v for k, v in page.items() if k != "signature"}
    return verify_signature(server_key, canonical_json(body).encode(), bytes.fromhex(page["signature"]))


def _seed_registry(server, count_per_zone: int = 4) -> dict[str, list[str]]:  # noqa: ANN001
    made: dict[str, list[str]] = {}
    with server.engine.begin() as conn:
        for code, zone_id in ZONE_IDS.items():
            for n in range(count_per_zone):
                taxpayer_id = f"01938b00-0000-7000-8000-{len(made) * 100 + n:012d}"
                registry.insert_taxpayer(conn, taxpayer_id, {"kind": "person", "name": f"{code} {n}",
                                                             "zone_id": zone_id, "latitude": "-5.9"},
                                         origin="server", at=now_iso())
                made.setdefault(code, []).append(taxpayer_id)
    return made


def _pull_all(server, token: str, server_key: str, limit: int) -> tuple[list[dict], int, str]:  # noqa: ANN001
    records, pages, cursor = [], 0, None
    while True:
        params = {"limit": limit} | ({"cursor": cursor} if cursor else {})
        response = server.client.get("/api/v1/pull", params=params, headers=auth(token))
        assert response.status_code == 200, response.text
        page = response.json()
        assert _signed(page, server_key)
        records += page["records"]
        pages += 1
        cursor = page["next_cursor"]
        if not page["more"]:
            return records, pages, cursor


def test_pull_pages_the_agents_zones_and_signs_each_page(server, tmp_path):
    made = _seed_registry(server)
    ledger = make_device(tmp_path / "device.db", server)  # Ilunga: KAT and NDE
    answer = enroll(server, ledger, server.enrollment_code("T07"))
    token, server_key = answer["token"], answer["server_public_key"]
    records, pages, cursor = _pull_all(server, token, server_key, limit=5)
    assert pages > 2
    kinds = {r["kind"] for r in records}
    assert {"municipality", "zone", "tax_type", "agent", "taxpayer"} <= kinds
    taxpayer_ids = {r["id"] for r in records if r["kind"] == "taxpayer"}
    assert taxpayer_ids == set(made["KAT"] + made["NDE"])  # not LUK's
    assert len(records) == len({(r["kind"], r["id"]) for r in records})  # no record twice
    one = next(r for r in records if r["kind"] == "taxpayer")
    assert one["version"] == 1 and one["data"]["latitude"] == "-5.9" and one["data"]["active"] is True
    # Nothing new: an empty signed page; then a change shows up from the same cursor.
    again = server.client.get("/api/v1/pull", params={"cursor": cursor}, headers=auth(token)).json()
    assert again["records"] == [] and again["more"] is False and _signed(again, server_key)
    with server.engine.begin() as conn:
        current = registry.get_taxpayer(conn, made["KAT"][0])
        registry.merge_update(conn, current, {"phone": "+243811111111"}, 1, device_id="supervisor", seq=0,
                              at=now_iso())
    changed = server.client.get("/api/v1/pull", params={"cursor": cursor}, headers=auth(token)).json()
    assert [(r["id"], r["version"], r["data"]["phone"]) for r in changed["records"]] == \
        [(made["KAT"][0], 2, "+243811111111")]


def test_a_tampered_page_fails_its_signature(server, tmp_path):
    ledger = make_device(tmp_path / "device.db", server)
    answer = enroll(server, ledger, server.enrollment_code("T07"))
    page = server.client.get("/api/v1/pull", headers=auth(answer["token"])).json()
    assert _signed(page, answer["server_public_key"])
    agent = next(r for r in page["records"] if r["kind"] == "agent")
    agent["data"]["zones"].append(ZONE_IDS["LUK"])  # a man in the middle grants a zone
    assert not _signed(page, answer["server_public_key"])


def test_a_registration_reaches_the_other_devices_of_its_zone(server, tmp_path):
    first, first_token = enrolled_device(tmp_path / "a.db", server, code="T07")
    taxpayer_id, _ = record_sale(first, zone="NDE")
    push_all(server, first_token, first)
    other = make_device(tmp_path / "b.db", server, code="T08", agent="Mbuyi Tshala")  # NDE
    answer = enroll(server, other, server.enrollment_code("T08", ("Mbuyi Tshala",)))
    records, _pages, _cursor = _pull_all(server, answer["token"], answer["server_public_key"], limit=50)
    pulled = {r["id"]: r for r in records}
    assert pulled[taxpayer_id]["data"]["name"] == "Kabasélé Ngoyi Françoise"
    assert {r["kind"] for r in records} >= {"taxable_object", "assessment"}


def test_a_bad_cursor_is_a_400(server, tmp_path):
    ledger = make_device(tmp_path / "device.db", server)
    token = enroll(server, ledger, server.enrollment_code("T07"))["token"]
    for cursor in ("not-a-cursor", "YzE6LTE", json.dumps({"a": 1})):
        response = server.client.get("/api/v1/pull", params={"cursor": cursor}, headers=auth(token))
        assert response.status_code == 400 and response.json()["error"]["code"] == "bad_request"
