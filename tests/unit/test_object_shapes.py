"""A taxable object's outline: set through events, rebuilt by replay, tampering caught by verify."""
from __future__ import annotations

import json
from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file

import pytest

from core.errors import QuittanceError
from core.ids import id_bytes

SQUARE = [(22.4171, -5.8962), (22.41728, -5.8962), (22.41728, -5.89602), (22.4171, -5.89602)]  # ~20 x 20 m


def _object(ledger, taxpayer: str, **extra) -> str:
    return ledger.add_taxable_object(taxpayer_id=taxpayer, kind="business_premises", reference="BP-KAT-0100",
                                     **extra)


def test_shaping_an_object_records_an_event_and_the_area(ledger, taxpayer) -> None:
    object_id = _object(ledger, taxpayer)
    assert ledger.object_shape(object_id) is None
    ledger.shape_taxable_object(object_id, SQUARE)
    polygon, area = ledger.object_shape(object_id)
    assert polygon["coordinates"][0][0] == polygon["coordinates"][0][-1]
    assert area == pytest.approx(19.92 * 19.90, rel=0.01)
    event = ledger.store.conn.execute("SELECT payload FROM events WHERE type = 'taxable_object.shaped'").fetchone()
    data = json.loads(event[0])["data"] if "data" in json.loads(event[0]) else json.loads(event[0])
    assert data["taxable_object_id"] == object_id and data["taxpayer_id"] == taxpayer
    assert float(data["area_m2"]) == pytest.approx(area, abs=0.05)
    assert ledger.verify().ok


def test_an_object_drawn_at_registration_carries_its_outline(ledger, taxpayer) -> None:
    object_id = _object(ledger, taxpayer, geometry={"type": "Polygon", "coordinates": [SQUARE]})
    assert ledger.object_shape(object_id)[1] > 390
    ledger.shape_taxable_object(object_id, None)  # the outline removed, as an event too
    assert ledger.object_shape(object_id) is None
    assert ledger.verify().ok


def test_a_crossing_outline_is_refused_and_nothing_is_recorded(ledger, taxpayer) -> None:
    object_id = _object(ledger, taxpayer)
    events = ledger.store.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    with pytest.raises(QuittanceError) as refused:
        ledger.shape_taxable_object(object_id, [SQUARE[0], SQUARE[2], SQUARE[1], SQUARE[3]])
    assert refused.value.code == "polygon_self_intersects"
    assert ledger.store.conn.execute("SELECT count(*) FROM events").fetchone()[0] == events


def test_an_outline_edited_outside_the_app_is_caught_by_verify(ledger, taxpayer, tmp_path) -> None:
    object_id = _object(ledger, taxpayer)
    ledger.shape_taxable_object(object_id, SQUARE)
    bigger = json.dumps({"type": "Polygon", "coordinates": [[[22.41, -5.9], [22.42, -5.9], [22.42, -5.89],
                                                             [22.41, -5.9]]]})
    path = ledger.store.path
    ledger.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE taxable_objects SET geometry = ? WHERE id = ?", (bigger, id_bytes(object_id)))
    conn.commit()
    conn.close()
    from core.service import Ledger

    reopened = Ledger.open(path)
    report = reopened.verify()
    assert not report.ok
    assert "geometry" in str(report.first_problem)
    reopened.close()


def test_a_pulled_object_brings_its_outline_unless_an_unpushed_event_is_newer(ledger, taxpayer) -> None:
    from core.reference import apply_server_records

    object_id = _object(ledger, taxpayer)
    ring = [[22.4171, -5.8962], [22.41728, -5.8962], [22.41728, -5.89602], [22.4171, -5.8962]]
    text = json.dumps({"type": "Polygon", "coordinates": [ring]}, separators=(",", ":"))
    record = {"kind": "taxable_object", "id": object_id, "version": 2,
              "data": {"id": object_id, "taxpayer_id": taxpayer, "kind": "business_premises",
                       "reference": "BP-KAT-0100", "attributes": {}, "geometry": text}}
    with ledger.store.transaction() as conn:  # nothing pushed yet: this device's own events come first
        apply_server_records(conn, [record], unpushed_after_seq=0)
    assert ledger.object_shape(object_id) is None
    with ledger.store.transaction() as conn:  # everything pushed: the server's copy, outline included
        apply_server_records(conn, [record], unpushed_after_seq=10**9)
    polygon, area = ledger.object_shape(object_id)
    assert polygon["coordinates"][0][0] == ring[0] and area == pytest.approx(198, rel=0.02)  # half of ~19.9 m x 19.9 m


def test_outlining_an_object_from_the_server_is_guarded_too(ledger, tmp_path) -> None:
    from core.seed import seed_taxpayers
    from core.service import Ledger

    with ledger.store.transaction() as conn:
        seed_taxpayers(conn, count=5, seed=1, currency="CDF", today=ledger.today())
    object_id = ledger.store.conn.execute(
        "SELECT lower(hex(id)) FROM taxable_objects WHERE origin = 'server' LIMIT 1").fetchone()[0]
    object_id = f"{object_id[:8]}-{object_id[8:12]}-{object_id[12:16]}-{object_id[16:20]}-{object_id[20:]}"
    ledger.shape_taxable_object(object_id, SQUARE)
    assert ledger.verify().ok
    path = ledger.store.path
    ledger.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE taxable_objects SET geometry = NULL WHERE id = ?", (id_bytes(object_id),))
    conn.commit()
    conn.close()
    reopened = Ledger.open(path)
    report = reopened.verify()
    reopened.close()
    assert not report.ok and "geometry" in str(report.first_problem)
