"""Taxpayers, taxable objects and zones: register, update field by field, deactivate."""
from __future__ import annotations

import math
import re
from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from dataclasses import dataclass
from typing import Any

from core.context import WriteContext
from core.errors import QuittanceError
from core.ids import id_text, new_id
from core.projections import COORDINATE_FIELDS, coord_text
from core.schedule import assess_new_object
from core.shapes import geometry_text
from core.textguard import check_fields, check_text
from core.merges import refuse_if_merged
from core.withdrawals import refuse_if_withdrawn

LOCATION_SOURCES = ("gps", "external-gnss", "manual")
OBJECT_KINDS = ("property", "business_premises", "market_stall", "vehicle", "billboard", "other")
EDITABLE_FIELDS = ("kind", "name", "business_name", "id_number", "phone", "zone_id", "address",
                   "latitude", "longitude", "accuracy_m", "location_source", "fix_time", "status")


@dataclass(frozen=True)
class Location:
    latitude: float
    longitude: float
    accuracy_m: float | None
    source: str
    fix_time: str | None = None

    def validate(self) -> None:
        if not (_finite(self.latitude) and _finite(self.longitude)):
            raise QuittanceError("invalid_coordinates")
        if not (-90 <= self.latitude <= 90 and -180 <= self.longitude <= 180):
            raise QuittanceError("invalid_coordinates")
        if self.accuracy_m is not None and not (_finite(self.accuracy_m) and
                                                ACCURACY_RANGE_M[0] <= self.accuracy_m <= ACCURACY_RANGE_M[1]):
            raise QuittanceError("invalid_coordinates")
        if self.source not in LOCATION_SOURCES:
            raise QuittanceError("invalid_location_source", source=self.source)


# An accuracy is recorded at the events' 7 decimals: below a millimetre it would be stored as 0,
# and no fix on Earth is worse than half its circumference.
ACCURACY_RANGE_M = (0.001, 20_000_000)


def _finite(value: object) -> bool:
    """A real number that JSON can carry: not NaN, not infinite, not a bool or a string."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


TEXT_FIELDS = ("name", "business_name", "id_number", "address")


def normalise_phone(phone: str | None) -> str | None:
    if phone is None or not phone.strip():
        return None
    text = phone.strip()
    if not re.fullmatch(r"\+?[0-9 ().\-]+", text):
        raise QuittanceError("invalid_phone", phone=phone)
    digits = re.sub(r"\D", "", text)
    if not 8 <= len(digits) <= 15:
        raise QuittanceError("invalid_phone", phone=phone)
    return ("+" if text.startswith("+") else "") + digits


def resolve_zone(conn: sqlite3.Connection, zone: str | None) -> str | None:
    """A zone given by id, code or name (any case) -> its id."""
    if zone is None or not str(zone).strip():
        return None
    row = conn.execute(
        "SELECT id FROM zones WHERE id = ? OR code = ? COLLATE NOCASE OR name = ? COLLATE NOCASE",
        (zone, zone, zone),
    ).fetchone()
    if row is None:
        raise QuittanceError("unknown_zone", zone=zone)
    return row[0]


def register_taxpayer(conn: sqlite3.Connection, ctx: WriteContext, *, name: str, kind: str = "person",
                      business_name: str | None = None, id_number: str | None = None, phone: str | None = None,
                      zone: str | None = None, address: str | None = None, location: Location | None = None,
                      taxpayer_id: str | None = None) -> str:
    check_fields({"name": name, "business_name": business_name, "id_number": id_number, "address": address})
    name = (name or "").strip()
    if not name:
        raise QuittanceError("name_required")
    if kind not in ("person", "business"):
        kind = "person"
    phone = normalise_phone(phone)
    zone_id = resolve_zone(conn, zone)
    if location is not None:
        location.validate()
    taxpayer_id = taxpayer_id or new_id()
    data = {
        "id": taxpayer_id, "kind": kind, "name": name, "business_name": _blank_to_none(business_name),
        "id_number": _blank_to_none(id_number), "phone": phone, "zone_id": zone_id,
        "address": _blank_to_none(address),
        "latitude": coord_text(location.latitude) if location else None,
        "longitude": coord_text(location.longitude) if location else None,
        "accuracy_m": coord_text(location.accuracy_m) if location else None,
        "location_source": location.source if location else None,
        "fix_time": location.fix_time if location else None,
        "status": "active",
    }
    ctx.record(conn, "taxpayer.registered", data, entity_id=taxpayer_id)
    return taxpayer_id


def _blank_to_none(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def update_taxpayer(conn: sqlite3.Connection, ctx: WriteContext, taxpayer_id: str, changes: dict[str, Any],
                    expected_version: int) -> int:
    """Apply field changes made against the local version `expected_version`. Returns the new
    local version.

    A stale local version is refused here on the device: the agent reloads and re-applies. The
    event names two versions: `base_version`, the server's version of the row the edit was made
    on (0 for a taxpayer the server never sent), which is what the server compares to find a real
    conflict; and `version`, the new local counter, which replay sets. Cross-device merging of
    concurrent edits is the server's job (sync protocol)."""
    current = get_taxpayer_row(conn, taxpayer_id)
    refuse_if_withdrawn(conn, taxpayer_id)
    refuse_if_merged(conn, taxpayer_id)  # a supervisor merged it: edits go to the kept taxpayer
    if current["version"] != expected_version:
        raise QuittanceError("stale_version", current=current["version"], base=expected_version)
    clean: dict[str, Any] = {}
    for field, value in changes.items():
        if field not in EDITABLE_FIELDS:
            raise QuittanceError("unknown_field", field=field)
        if field in TEXT_FIELDS:
            check_text(value, field)
        if field == "phone":
            value = normalise_phone(value)
        elif field == "zone_id":
            value = resolve_zone(conn, value)
        elif field == "name":
            value = (value or "").strip()
            if not value:
                raise QuittanceError("name_required")
        elif field == "status" and value not in ("active", "inactive"):
            raise QuittanceError("unknown_field", field=f"status={value}")
        elif field == "location_source" and value is not None and value not in LOCATION_SOURCES:
            raise QuittanceError("invalid_location_source", source=value)
        if current[field] != value:
            clean[field] = value
    if {"latitude", "longitude"} & clean.keys() or "accuracy_m" in clean:
        lat = clean.get("latitude", current["latitude"])
        lon = clean.get("longitude", current["longitude"])
        acc = clean.get("accuracy_m", current["accuracy_m"])
        Location(lat, lon, acc, clean.get("location_source", current["location_source"]) or "manual").validate()
    if not clean:
        return expected_version
    new_version = expected_version + 1
    payload = {k: (coord_text(v) if k in COORDINATE_FIELDS else v) for k, v in clean.items()}
    ctx.record(conn, "taxpayer.updated", {"taxpayer_id": taxpayer_id, "base_version": current["server_version"] or 0,
                                          "version": new_version, "changes": payload}, entity_id=taxpayer_id)
    return new_version


def deactivate_taxpayer(conn: sqlite3.Connection, ctx: WriteContext, taxpayer_id: str, expected_version: int) -> int:
    return update_taxpayer(conn, ctx, taxpayer_id, {"status": "inactive"}, expected_version)


def get_taxpayer_row(conn: sqlite3.Connection, taxpayer_id: str) -> sqlite3.Row:
    row = conn.execute("SELECT * FROM taxpayers WHERE id = ?", (taxpayer_id,)).fetchone()
    if row is None:
        raise QuittanceError("unknown_taxpayer", taxpayer=taxpayer_id)
    return row


def add_taxable_object(conn: sqlite3.Connection, ctx: WriteContext, *, taxpayer_id: str, kind: str, reference: str,
                       description: str | None = None, attributes: dict[str, Any] | None = None,
                       geometry: Any = None) -> str:
    """`geometry`: the object's outline, vertices (lon, lat) or a GeoJSON Polygon (core/shapes.py)."""
    get_taxpayer_row(conn, taxpayer_id)
    refuse_if_withdrawn(conn, taxpayer_id)
    refuse_if_merged(conn, taxpayer_id)  # a supervisor merged it: edits go to the kept taxpayer
    if kind not in OBJECT_KINDS:
        raise QuittanceError("invalid_object_kind", kind=kind)
    if not (reference or "").strip():
        raise QuittanceError("reference_required_object")
    check_fields({"object_reference": reference, "object_description": description})
    for key, value in (attributes or {}).items():
        check_fields({"attribute": key})
        check_fields({"attribute": value})
    object_id = new_id()
    attrs = typed_attributes(attributes or {})
    payload = {"id": object_id, "taxpayer_id": taxpayer_id, "kind": kind, "reference": reference.strip(),
               "description": description, "attributes": attrs}
    if geometry is not None:  # only then: events of objects without an outline are as they always were
        payload["geometry"] = geometry_text(geometry)
    ctx.record(conn, "taxable_object.added", payload, entity_id=object_id)
    assess_new_object(conn, ctx, taxable_object_id=object_id, taxpayer_id=taxpayer_id, kind=kind, attributes=attrs)
    return object_id


def taxable_objects_of(conn: sqlite3.Connection, taxpayer_id: str) -> list[dict[str, Any]]:
    """A taxpayer's objects by reference, with their ids as text."""
    rows = conn.execute(
        "SELECT o.id, o.kind, o.reference, o.description, o.attributes, o.created_at, o.geometry "
        "FROM taxable_objects o "
        "JOIN taxpayers t ON t.num = o.taxpayer_num WHERE t.id = ? ORDER BY o.reference", (taxpayer_id,))
    return [dict(row, id=id_text(row["id"]), taxpayer_id=taxpayer_id) for row in rows]


def typed_attributes(attributes: dict[str, Any]) -> dict[str, Any]:
    """Attributes keep their JSON types in the event and the row. A float cannot be hashed
    exactly (canonical JSON refuses it), so it is kept as its shortest decimal text."""
    typed: dict[str, Any] = {}
    for key, value in attributes.items():
        if isinstance(value, float):
            value = int(value) if value.is_integer() else repr(value)
        elif value is not None and not isinstance(value, (bool, int, str)):
            value = str(value)
        typed[str(key)] = value
    return typed


def upsert_zone(conn: sqlite3.Connection, code: str, name: str, zone_id: str | None = None) -> str:
    """A zone the device makes for itself before enrollment (the seed, tests). Zones are reference
    data owned by the server (invariant 10): no device event; written by the one apply path of
    server data, with origin 'device-local'. Call in a transaction."""
    from core.reference import apply_server_records, zone_record

    existing = conn.execute("SELECT id FROM zones WHERE code = ?", (code,)).fetchone()
    zone_id = existing[0] if existing else (zone_id or new_id())
    apply_server_records(conn, [zone_record(code, name, zone_id)], origin="device-local")
    return zone_id
