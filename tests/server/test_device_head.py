"""`GET /api/v1/device/head`: the highest seq and receipt numbers the server holds for the device
asking (what a restore is checked against), on SQLite and PostgreSQL."""
from __future__ import annotations

from core.events import last_seq
from tests.server.support import auth, enrolled_device, push_all, record_sale


def test_the_head_names_the_highest_seq_and_receipt_of_this_device_only(server, tmp_path):
    ledger, token = enrolled_device(tmp_path / "t07.db", server)
    other, other_token = enrolled_device(tmp_path / "t08.db", server, code="T08")
    empty = server.client.get("/api/v1/device/head", headers=auth(token))
    assert empty.status_code == 200, empty.text
    assert empty.json()["stored_through"] == 0 and empty.json()["receipts"] == {}

    for name in ("Kabasélé Ngoyi Françoise", "Mukendi Kalala Awa"):
        record_sale(ledger, name=name)
    push_all(server, token, ledger)
    for name in ("Ilunga Beya Noëlle", "Tshala Mbuyi Grâce", "Kanku Mwamba Paul"):
        record_sale(other, name=name)
    push_all(server, other_token, other)

    head = server.client.get("/api/v1/device/head", headers=auth(token)).json()
    year = str(ledger.today().year)
    assert head == {"device_id": ledger.device.id, "stored_through": last_seq(ledger.store.conn),
                    "receipts": {year: 2}}
    assert server.client.get("/api/v1/device/head", headers=auth(other_token)).json()["receipts"] == {year: 3}
    ledger.close()
    other.close()


def test_the_head_needs_the_device_token(server):
    refused = server.client.get("/api/v1/device/head")
    assert refused.status_code == 401
    assert server.client.get("/api/v1/device/head", headers=auth("not-a-token")).status_code == 401
