"""Payloads are self-sufficient: a database that has nothing but the device's event payloads
(what the server receives) rebuilds every device-made row, with its types and its ids."""
from __future__ import annotations

import json
from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file

from core import migrations, projections
from core.envelope import parse_payload
from core.ids import id_text
from core.projections import Applied
from core.replay import EVENT_BUILT
from tests.conftest import add_assessed_taxpayer

# Where device rows are: tables that also hold server rows say so with their origin.
_DEVICE_ROWS = {
    "taxpayers": "SELECT id, kind, name, business_name, id_number, phone, zone_id, address, latitude, longitude,"
                 " accuracy_m, location_source, fix_time, status, version, origin, created_at, updated_at"
                 " FROM taxpayers WHERE origin = 'device' ORDER BY id",
    "taxable_objects": "SELECT o.id, t.id, o.kind, o.reference, o.description, o.attributes, o.created_at"
                       " FROM taxable_objects o JOIN taxpayers t ON t.num = o.taxpayer_num"
                       " WHERE o.origin = 'device' ORDER BY o.id",
    "assessments": "SELECT o.id, a.tax_code, a.period, a.amount, a.id, a.created_ms FROM assessments a"
                   " JOIN taxable_objects o ON o.num = a.object_num WHERE o.origin = 'device' ORDER BY a.id",
}


def _rows(conn: sqlite3.Connection, table: str) -> list[tuple]:
    query = _DEVICE_ROWS.get(table) or f"SELECT * FROM {table} ORDER BY 1, 2"
    return [tuple(map(_json_by_meaning, row)) for row in conn.execute(query)]


def _json_by_meaning(value: object) -> object:
    """JSON columns (attributes, a Z-report) compared by content and types, not key order."""
    if isinstance(value, str) and value.startswith("{"):
        return json.dumps(json.loads(value), sort_keys=True, ensure_ascii=False)
    return value


def test_every_device_table_rebuilds_from_the_payloads_alone(ledger):
    taxpayer = add_assessed_taxpayer(ledger)  # a device taxpayer with an object (assessed by the server)
    other = ledger.register_taxpayer(name="Mbuyi Thérèse", zone="NDE", phone="0991234567")
    ledger.update_taxpayer(other, {"address": "Avenue de la Mission", "status": "inactive"}, expected_version=1)
    ledger.add_taxable_object(taxpayer_id=other, kind="property", reference="PR-NDE-1",
                              attributes={"surface_m2": 120, "corner": True, "note": "à l'angle"})
    ledger.open_session(50_000)
    paid = ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=500_000, method="cash")
    ledger.record_print(paid.receipt_no)
    voided = ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100_000, method="mobile_money",
                        reference="MM-1")
    ledger.void(voided.receipt_no, "montant erroné")
    ledger.close_session()

    fresh = sqlite3.connect(":memory:", isolation_level=None)
    fresh.row_factory = sqlite3.Row
    fresh.execute("BEGIN")
    migrations.migrate(fresh)
    # The server's reference data the events point at (zones, tax types): not events.
    fresh.execute("PRAGMA foreign_keys = OFF")
    for row in ledger.store.conn.execute("SELECT payload FROM events ORDER BY seq"):
        event = parse_payload(row[0])
        assert event.schema == 3
        if event.type not in ("device.initialised",):
            assert event.agent_id == ledger.agent_id, event.type
        projections.apply(fresh, event.type, event.data, Applied(event.seq, event.device_id, event.device_time,
                                                                 event.schema))
    for table in EVENT_BUILT:
        live = _rows(ledger.store.conn, table)
        rebuilt = _rows(fresh, table)
        if table == "assessments":
            # The fixture also assesses periods through the server's schedule, outside any event
            # (server data): the device's are exactly those an `assessment.created` names.
            made = {json.loads(row[0])["data"]["id"] for row in ledger.store.conn.execute(
                "SELECT payload FROM events WHERE type = 'assessment.created'")}
            assert made and {id_text(row[4]) for row in rebuilt} == made
            live = [row for row in live if id_text(row[4]) in made]
        assert rebuilt == live, table
        assert [tuple(map(type, r)) for r in rebuilt] == [tuple(map(type, r)) for r in live], table
    assert _rows(fresh, "receipt_prints") and _rows(fresh, "voids") and _rows(fresh, "cash_session_closings")
