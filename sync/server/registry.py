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
    """What pull sends: the editable fields, the id and whether it is active; a taxpayer a
    supervisor merged into another also names it (`merged_into`, registry_duplicates.py)."""
    record = {**{k: data.get(k) for k in FIELDS}, "id": taxpayer_id, "active": data.get("status") == "active"}
    if data.get("merged_into"):
        record["merged_into"] = data["merged_into"]
    return record


def new_taxpayer_row(taxpayer_id: str, data: dict[str, Any], *, origin: str, at: str,
                     device_id: str | None = None) -> tuple[dict[str, Any], dict[str, Any]]:
    """A registered taxpayer's `taxpayers` row (version 1, every field from `device_id`) and its
    clean fields."""
    clean = {k: data.get(k) for k in FIELDS}
    clean["status"] = clean["status"] or "active"
    row = {"id": taxpayer_id, "data": dumps(clean), "zone_id": clean["zone_id"], "name": clean["name"], "version": 1,
           "field_versions": dumps({k: [1, device_id] for k in FIELDS}), "origin": origin, "created_at": at,
           "updated_at": at}
    return row, clean


def insert_taxpayer(conn: Connection, taxpayer_id: str, data: dict[str, Any], *, origin: str, at: str,
                    device_id: str | None = None) -> None:
    row, clean = new_taxpayer_row(taxpayer_id, data, origin=origin, at=at, device_id=device_id)
    conn.execute(taxpayers.insert().values(**row))
    record_change(conn, "taxpayer", taxpayer_id, 1, taxpayer_record(taxpayer_id, clean), zone_id=clean["zone_id"])


def merged(current: dict[str, Any], changes: dict[str, Any], base_version: int, *, device_id: str, seq: int,
           at: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Merge a device's field changes into `current` (a `taxpayers` row, updated in place), in
    arrival order. A field changed since `base_version` by another device is a real conflict: the
    incoming value is applied and both go to `conflicts`. Returns the `conflicts` rows and the
    merged fields."""
    fields = loads(current["data"])
    field_versions = loads(current["field_versions"])
    version = current["version"] + 1
    conflict_rows = []
    for name, value in changes.items():
        last_version, last_device = field_versions.get(name, [1, None])
        if last_version > base_version and last_device != device_id and fields.get(name) != value:
            conflict_rows.append({
                "taxpayer_id": current["id"], "field": name, "base_version": base_version,
                "field_version": last_version, "previous_value": dumps(fields.get(name)),
                "incoming_value": dumps(value), "device_id": device_id, "seq": seq, "created_at": at,
                "resolved_at": None})
        fields[name] = value
        field_versions[name] = [version, device_id]
    current.update(data=dumps(fields), zone_id=fields.get("zone_id"), name=fields.get("name"), version=version,
                   field_versions=dumps(field_versions), updated_at=at)
    return conflict_rows, fields


def merge_update(conn: Connection, current: dict[str, Any], changes: dict[str, Any], base_version: int, *,
                 device_id: str, seq: int, at: str) -> list[str]:
    """`merged`, written at once (a supervisor's edit), and a move's consequences
    (withdrawals.taxpayer_moved). Returns the fields that conflicted."""
    old_zone = current["zone_id"]  # `merged` updates `current` in place
    conflict_rows, fields = merged(current, changes, base_version, device_id=device_id, seq=seq, at=at)
    if conflict_rows:
        conn.execute(conflicts.insert(), conflict_rows)
    conn.execute(taxpayers.update().where(taxpayers.c.id == current["id"]).values(
        **{k: current[k] for k in ("data", "zone_id", "name", "version", "field_versions", "updated_at")}))
    record_change(conn, "taxpayer", current["id"], current["version"], taxpayer_record(current["id"], fields),
                  zone_id=fields.get("zone_id"))
    taxpayer_moved(conn, current["id"], old_zone, fields.get("zone_id"))
    return [row["field"] for row in conflict_rows]


def add_object(conn: Connection, data: dict[str, Any], zone_id: str | None) -> None:
    """A taxable object the server records itself (pushed ones go through push_write)."""
    conn.execute(taxable_objects.insert().values(id=data["id"], taxpayer_id=data["taxpayer_id"], data=dumps(data),
                                                 geometry=data.get("geometry")))
    record_change(conn, "taxable_object", data["id"], 1, data, zone_id=zone_id)


def add_assessment(conn: Connection, data: dict[str, Any], zone_id: str | None) -> None:
    """An assessment the server records itself (pushed ones go through push_write)."""
    conn.execute(assessments.insert().values(id=data["id"], taxpayer_id=data["taxpayer_id"], data=dumps(data)))
    record_change(conn, "assessment", data["id"], 1, data, zone_id=zone_id)
