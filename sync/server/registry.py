"""The server's registry of taxpayers, merged field by field from device edits and imports."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from sync.server.changelog import record_change
from sync.server.common import dumps, loads
from sync.server.schema import assessments, conflicts, taxable_objects, taxpayers
from sync.server.withdrawals import taxpayer_moved

# core.registry.EDITABLE_FIELDS (the server may not import core.registry: it opens the store's world).
FIELDS = ("kind", "name", "business_name", "id_number", "phone", "zone_id", "address",
          "latitude", "longitude", "accuracy_m", "location_source", "fix_time", "status")


def get_taxpayer(conn: Connection, taxpayer_id: str) -> dict[str, Any] | None:
    row = conn.execute(select(taxpayers).where(taxpayers.c.id == taxpayer_id)).mappings().first()
    return dict(row) if row else None


def taxpayer_record(taxpayer_id: str, data: dict[str, Any]) -> dict[str, Any]:
    """What pull sends: the editable fields, the id and whether it is active."""
    return {**{k: data.get(k) for k in FIELDS}, "id": taxpayer_id, "active": data.get("status") == "active"}


def insert_taxpayer(conn: Connection, taxpayer_id: str, data: dict[str, Any], *, origin: str, at: str,
                    device_id: str | None = None) -> None:
    clean = {k: data.get(k) for k in FIELDS}
    clean["status"] = clean["status"] or "active"
    conn.execute(taxpayers.insert().values(
        id=taxpayer_id, data=dumps(clean), zone_id=clean["zone_id"], name=clean["name"], version=1,
        field_versions=dumps({k: [1, device_id] for k in FIELDS}), origin=origin, created_at=at, updated_at=at))
    record_change(conn, "taxpayer", taxpayer_id, 1, taxpayer_record(taxpayer_id, clean), zone_id=clean["zone_id"])


def merge_update(conn: Connection, current: dict[str, Any], changes: dict[str, Any], base_version: int, *,
                 device_id: str, seq: int, at: str) -> list[str]:
    """Apply a device's field changes in arrival order. A field changed since `base_version` by
    another device is a real conflict: the incoming value is applied and both go to `conflicts`.
    Returns the fields that conflicted."""
    data = loads(current["data"])
    field_versions = loads(current["field_versions"])
    version = current["version"] + 1
    conflicted = []
    for field, value in changes.items():
        last_version, last_device = field_versions.get(field, [1, None])
        if last_version > base_version and last_device != device_id and data.get(field) != value:
            conflicted.append(field)
            conn.execute(conflicts.insert().values(
                taxpayer_id=current["id"], field=field, base_version=base_version, field_version=last_version,
                previous_value=dumps(data.get(field)), incoming_value=dumps(value), device_id=device_id, seq=seq,
                created_at=at))
        data[field] = value
        field_versions[field] = [version, device_id]
    conn.execute(taxpayers.update().where(taxpayers.c.id == current["id"]).values(
        data=dumps(data), zone_id=data.get("zone_id"), name=data.get("name"), version=version,
        field_versions=dumps(field_versions), updated_at=at))
    record_change(conn, "taxpayer", current["id"], version, taxpayer_record(current["id"], data),
                  zone_id=data.get("zone_id"))
    taxpayer_moved(conn, current["id"], current["zone_id"], data.get("zone_id"))
    return conflicted


def add_object(conn: Connection, data: dict[str, Any], zone_id: str | None) -> None:
    conn.execute(taxable_objects.insert().values(id=data["id"], taxpayer_id=data["taxpayer_id"], data=dumps(data)))
    record_change(conn, "taxable_object", data["id"], 1, data, zone_id=zone_id)


def add_assessment(conn: Connection, data: dict[str, Any], zone_id: str | None) -> None:
    conn.execute(assessments.insert().values(id=data["id"], taxpayer_id=data["taxpayer_id"], data=dumps(data)))
    record_change(conn, "assessment", data["id"], 1, data, zone_id=zone_id)
