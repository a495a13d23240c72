"""zones.geometry comes from the server, outside the event chain, so `verify` cannot vouch for it:
an outline edited behind the app's back, or sent damaged, costs that zone its outline on the map,
never the whole map (which used to fail to load, or raise while drawing on the UI thread)."""
from __future__ import annotations

import json

import pytest

from core import reference
from core.errors import QuittanceError
from core.map_points import zone_outlines
from tests.conftest import make_ledger

SQUARE = {"type": "Polygon", "coordinates": [[[22.4, -5.9], [22.41, -5.9], [22.41, -5.89], [22.4, -5.9]]]}
BAD = ["garbage", "[]", "null", json.dumps({"type": "Point", "coordinates": [22.4, -5.9]}),
       json.dumps({"type": "Polygon", "coordinates": [1, 2]}),
       json.dumps({"type": "Polygon", "coordinates": [[[1e400, 0], [1, 1], [0, 1], [1e400, 0]]]}).replace(
           "Infinity", "1e400"),
       json.dumps({"type": "Polygon", "coordinates": [[[0, 95], [1, 1], [0, 1], [0, 95]]]}),
       json.dumps({"type": "MultiPolygon", "coordinates": [[["a", "b"]]]})]


@pytest.fixture
def ledger(tmp_path):
    ledger = make_ledger(tmp_path / "device.db")
    yield ledger
    ledger.close()


@pytest.mark.parametrize("stored", BAD)
def test_a_damaged_outline_is_left_off_and_the_others_drawn(ledger, stored):
    conn = ledger.store.conn
    conn.execute("UPDATE zones SET geometry = ? WHERE code = 'KAT'", (json.dumps(SQUARE),))
    conn.execute("UPDATE zones SET geometry = ? WHERE code = 'NDE'", (stored,))
    conn.commit()
    outlines = {o.code: o.geometry for o in zone_outlines(conn)}
    assert outlines == {"KAT": SQUARE}


@pytest.mark.parametrize("sent", BAD[3:])
def test_a_pulled_zone_with_a_shape_the_map_cannot_draw_is_refused(ledger, sent):
    with ledger.store.transaction() as conn, pytest.raises(QuittanceError) as refused:
        reference._zone(conn, "01938a00-0000-7000-8000-0000000000cc",
                        {"code": "BAD", "name": "Mauvais", "geometry": sent}, 3, "server")
    assert refused.value.code == "server_record_invalid"


@pytest.mark.parametrize("latitude", [95, "abc", -90.5])
def test_a_taxpayer_moved_off_the_globe_behind_the_apps_back_is_left_off_the_map(ledger, latitude):
    from core.registry import Location

    kept = ledger.register_taxpayer(name="Kasongo", location=Location(-5.9, 22.4, 5.0, "gps"))
    moved = ledger.register_taxpayer(name="Mwamba", location=Location(-5.91, 22.41, 5.0, "gps"))
    with ledger.store.transaction() as conn:
        conn.execute("UPDATE taxpayers SET latitude = ? WHERE id = ?", (latitude, moved))
    assert [p.taxpayer_id for p in ledger.reads.map_points()] == [kept]
    report = ledger.verify()
    assert not report.ok and "latitude" in report.first_problem.message("en")
