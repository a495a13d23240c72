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


def test_an_outline_of_an_object_the_server_does_not_hold_is_set_aside(server, tmp_path) -> None:
    from core.reference import apply_server_records
    from sync.server import registry
    from sync.server.common import now_iso
    from tests.server.support import ZONE_IDS, add_taxpayer_row

    ledger, token = enrolled_device(tmp_path / "device.db", server)
    taxpayer_id, object_id = "01938b00-0000-7000-8000-000000000042", "01938b00-0000-7000-8000-0000000000b1"
    record = {"kind": "person", "name": "Mbuyi Kalala", "phone": None, "zone_id": ZONE_IDS["KAT"],
              "address": None, "status": "active"}
    with server.engine.begin() as conn:
        registry.insert_taxpayer(conn, taxpayer_id, record, origin="server", at=now_iso())
    add_taxpayer_row(ledger, {"id": taxpayer_id, **record}, 1)
    with ledger.store.transaction() as conn:  # an object the server never had (a stale or forged record)
        apply_server_records(conn, [{"kind": "taxable_object", "id": object_id, "version": 1, "data": {
            "id": object_id, "taxpayer_id": taxpayer_id, "kind": "business_premises", "reference": "BP-X",
            "attributes": {}}}], unpushed_after_seq=10**9)
    ledger.shape_taxable_object(object_id, SQUARE)
    push_all(server, token, ledger)
    with reading(server.engine) as conn:
        set_aside = [(row.code, row.reason) for row in conn.execute(select(quarantine))]
        stored = conn.execute(select(taxable_objects).where(taxable_objects.c.id == object_id)).first()
    assert [code for code, _ in set_aside] == ["object_unknown"]
    assert object_id in set_aside[0][1] and stored is None
