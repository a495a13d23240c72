"""A taxable object's outline reaches the server (its geometry column and its data) whether it was
drawn at registration or later, in the same batch as the object or a later one, on both push paths."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from core.geometry import area_of
from sync.server import push as push_module
from sync.server.db import reading
from sync.server.push_bulk import Fallback
from sync.server.schema import changes, quarantine, taxable_objects
from tests.server.support import enrolled_device, push_all

SQUARE = [(22.4171, -5.8962), (22.41728, -5.8962), (22.41728, -5.89602), (22.4171, -5.89602)]
LATER = [(22.4171, -5.8962), (22.4174, -5.8962), (22.4174, -5.8960), (22.4171, -5.8960)]


def _objects(server) -> dict[str, dict]:  # noqa: ANN001
    with reading(server.engine) as conn:
        return {row.id: {"geometry": row.geometry, "data": json.loads(row.data)}
                for row in conn.execute(select(taxable_objects))}


@pytest.mark.parametrize("path", ["bulk", "event_by_event"])
def test_outlines_are_stored_and_offered_to_the_zone(server, tmp_path, monkeypatch, path) -> None:
    if path == "event_by_event":
        def refuse(*_args, **_kwargs):  # noqa: ANN002, ANN003
            raise Fallback("test: event by event")
        monkeypatch.setattr(push_module, "apply_bulk", refuse)
    ledger, token = enrolled_device(tmp_path / "device.db", server)
    taxpayer = ledger.register_taxpayer(name="Kabasélé Ngoyi Françoise", zone="KAT", phone="+243812345678",
                                        objects=[{"kind": "business_premises", "reference": "BP-1",
                                                  "geometry": SQUARE},
                                                 {"kind": "business_premises", "reference": "BP-2"}])
    first, second = (o["id"] for o in sorted(_device_objects(ledger, taxpayer), key=lambda o: o["reference"]))
    ledger.shape_taxable_object(second, SQUARE)  # same batch as its object
    push_all(server, token, ledger)
    ledger.shape_taxable_object(first, LATER)  # a later batch: an update of a stored object
    push_all(server, token, ledger)
    stored = _objects(server)
    assert area_of(json.loads(stored[first]["geometry"])) == pytest.approx(ledger.object_shape(first)[1])
    assert stored[first]["data"]["geometry"] == stored[first]["geometry"]
    assert stored[second]["geometry"] == json.dumps(ledger.object_shape(second)[0], separators=(",", ":"))
    with reading(server.engine) as conn:
        offered = {row.record_id: json.loads(row.data) for row in conn.execute(
            select(changes).where(changes.c.kind == "taxable_object"))}
        assert conn.execute(select(quarantine)).first() is None
    assert offered[first]["geometry"] == stored[first]["geometry"]


def _device_objects(ledger, taxpayer: str) -> list[dict]:  # noqa: ANN001
    from core.registry import taxable_objects_of

    return taxable_objects_of(ledger.store.conn, taxpayer)
