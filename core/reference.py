"""Server data on the device: the one path by which agents, zones, tax types, the municipality and
the registry of the agent's zones arrive (invariant 10).

`apply_server_records` takes records shaped as a pull page carries them (sync/PROTOCOL.md,
"Pull") and writes them in the caller's transaction. It emits no device event: these rows are
the server's, not something that happened on this device, so they are never pushed back. Each
row is marked `origin = 'server'` and keeps the server's `version` in `server_version`; a later
device edit of a taxpayer names that version as its `base_version`.

Events the device has not pushed are never overwritten (invariant 10): a taxpayer, object or
assessment that a not-yet-pushed event made or changed keeps its local row, and the record is
reported as deferred; the next pull, after the push, brings the server's merged row.

Before enrollment a device runs on its own settings: `init` and the demo make their agents,
zones and tax types through this same path with origin 'device-local' (no server version), so
there is one writer for reference data, and enrollment simply replaces them with the server's."""
from __future__ import annotations

import json
from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable

from core import config, logo, merges, withdrawals
from core.config import Municipality
from core.errors import QuittanceError
from core.ids import id_bytes
from core.map_points import is_zone_outline
from core.projections import COORDINATE_FIELDS, TAXPAYER_FIELDS
from core.schedule import PERIODICITIES, TaxType, insert_assessment, upsert_tax_type

# Applied in this order, so that a page's taxpayer exists before its objects, and so on; a
# withdrawal last (the server never sends one with a record that keeps the same taxpayer).
KINDS = ("municipality", "zone", "tax_type", "agent", "taxpayer", "taxable_object", "assessment", "form",
         "withdrawn")
ORIGINS = ("server", "device-local")
STORED_THROUGH = "sync.pushed_seq"  # the highest contiguous seq the server holds (sync/client/state.py writes it)
MUNICIPALITY_VERSION = "municipality.server_version"
ROLES = ("agent", "supervisor")
# Events whose rows the server's copy must not overwrite before they are pushed.
_LOCAL_EDITS = {"taxpayer": ("taxpayer.registered", "taxpayer.updated"),
                "taxable_object": ("taxable_object.added", "taxable_object.shaped"),
                "assessment": ("assessment.created",)}


@dataclass
class AppliedChanges:
    """What one apply changed, per kind: the ids written, and the ids kept local because the
    device has edits of them not yet pushed. Views refresh from this instead of guessing."""
    changed: dict[str, list[str]] = field(default_factory=dict)
    deferred: dict[str, list[str]] = field(default_factory=dict)

    @property
    def counts(self) -> dict[str, int]:
        return {kind: len(ids) for kind, ids in self.changed.items()}

    def __bool__(self) -> bool:
        return any(self.changed.values()) or any(self.deferred.values())

    def merge(self, other: "AppliedChanges") -> None:
        for mine, theirs in ((self.changed, other.changed), (self.deferred, other.deferred)):
            for kind, ids in theirs.items():
                mine.setdefault(kind, []).extend(ids)

    def _add(self, bucket: dict[str, list[str]], kind: str, record_id: str) -> None:
        bucket.setdefault(kind, []).append(record_id)


def apply_server_records(conn: sqlite3.Connection, records: Iterable[dict[str, Any]], *,
                         unpushed_after_seq: int | None = None, origin: str = "server") -> AppliedChanges:
    """Apply pulled records in the caller's transaction; see the module's docstring.

    `unpushed_after_seq`: events above this seq are not on the server yet (default: the settings'
    `sync.pushed_seq`, 0 when the device never pushed). `origin` is 'server' for pulled data,
    'device-local' for the reference data a device makes for itself before enrollment."""
    if not conn.in_transaction:
        raise RuntimeError("server records are applied inside the caller's transaction")
    if origin not in ORIGINS:
        raise ValueError(f"origin must be one of {ORIGINS}")
    ordered = sorted(records, key=_kind_rank)
    if unpushed_after_seq is None:
        unpushed_after_seq = int(config.load_setting(conn, STORED_THROUGH, 0) or 0)
    kinds = {record["kind"] for record in ordered}
    local = _locally_edited(conn, unpushed_after_seq, kinds & _LOCAL_EDITS.keys())
    changes = AppliedChanges()
    any_withdrawn = withdrawals.any_withdrawn(conn)  # read once: a first pull brings many taxpayers
    for record in ordered:
        kind, record_id = record["kind"], str(record["id"])
        if kind == "taxpayer" and any_withdrawn and withdrawals.restore(conn, record_id):
            changes._add(changes.changed, "withdrawn", record_id)  # back in the device's zones
        if record_id in local.get(kind, ()):
            changes._add(changes.deferred, kind, record_id)
            continue
        version = record.get("version")
        if version is not None and (not isinstance(version, int) or isinstance(version, bool)):
            raise _invalid(record, "version")
        if not isinstance(record.get("data"), dict):
            raise _invalid(record, "data")
        try:
            written = _WRITERS[kind](conn, record_id, record["data"], version if origin == "server" else None, origin)
        except KeyError as missing:
            raise _invalid(record, str(missing.args[0])) from None
        except (sqlite3.IntegrityError, TypeError, ValueError) as error:  # a CHECK, a type the column refuses
            raise QuittanceError("server_record_invalid", kind=kind, field=str(error)[:80]) from None
        if written:
            changes._add(changes.changed, kind, record_id)
    return changes


def _kind_rank(record: dict[str, Any]) -> int:
    if not isinstance(record, dict) or record.get("kind") not in KINDS or record.get("id") in (None, ""):
        raise QuittanceError("server_record_invalid", kind=str(record.get("kind") if isinstance(record, dict)
                                                               else type(record).__name__), field="kind")
    return KINDS.index(record["kind"])


def _invalid(record: dict[str, Any], name: str) -> QuittanceError:
    return QuittanceError("server_record_invalid", kind=record.get("kind"), field=name)


def _locally_edited(conn: sqlite3.Connection, after_seq: int, kinds: set[str]) -> dict[str, set[str]]:
    """Ids of the rows that events not yet pushed made or changed, per kind."""
    found: dict[str, set[str]] = {}
    for kind in kinds:
        types = _LOCAL_EDITS[kind]
        marks = ",".join("?" for _ in types)
        found[kind] = {row[0] for row in conn.execute(
            f"SELECT DISTINCT entity_id FROM events WHERE seq > ? AND type IN ({marks}) AND entity_id IS NOT NULL",
            (after_seq, *types))}
    return found


# -- one writer per kind: True when a row was written ------------------------------------
def _municipality(conn: sqlite3.Connection, _id: str, data: dict, version: int | None, _origin: str) -> bool:
    known = set(Municipality.__dataclass_fields__)
    values = {k: v for k, v in data.items() if k in known}
    if "bbox" in values and values["bbox"] is not None:
        values["bbox"] = tuple(values["bbox"])
    current = config.load_municipality(conn)
    municipality = Municipality(**{**(current.__dict__ if current else {}), **values})
    config.save_municipality(conn, municipality)
    logo.apply_server_logo(conn, data)
    if version is not None:
        config.save_setting(conn, MUNICIPALITY_VERSION, version)
    return True


def _zone(conn: sqlite3.Connection, zone_id: str, data: dict, version: int | None, origin: str) -> bool:
    code, name = _text(data, "code", "zone"), _text(data, "name", "zone")
    same_code = conn.execute("SELECT id FROM zones WHERE code = ?", (code,)).fetchone()
    if same_code and same_code[0] != zone_id:
        # A zone the device made for itself before enrollment, now known by the server's id:
        # kept, and renamed out of the way, since taxpayers and events already point at it.
        conn.execute("UPDATE zones SET code = code || '~' || substr(id, -4) WHERE id = ?", (same_code[0],))
    geometry = _zone_geometry(data)
    conn.execute("INSERT INTO zones (id, code, name, origin, server_version, geometry) VALUES (?,?,?,?,?,?) "
                 "ON CONFLICT(id) DO UPDATE SET code = excluded.code, name = excluded.name, "
                 "origin = excluded.origin, server_version = excluded.server_version, "
                 "geometry = excluded.geometry",
                 (zone_id, code, name, origin, version, geometry))
    return True


def _zone_geometry(data: dict) -> str | None:
    """The zone's outline for the map: a GeoJSON Polygon/MultiPolygon (object or its JSON text),
    stored as compact JSON text; absent or null means none."""
    geometry = data.get("geometry")
    if geometry is None:
        return None
    if isinstance(geometry, str):
        try:
            geometry = json.loads(geometry)
        except ValueError:
            raise QuittanceError("server_record_invalid", kind="zone", field="geometry") from None
    if not isinstance(geometry, dict) or not is_zone_outline(geometry):
        raise QuittanceError("server_record_invalid", kind="zone", field="geometry")
    return json.dumps(geometry, separators=(",", ":"))


def _tax_type(conn: sqlite3.Connection, code: str, data: dict, version: int | None, origin: str) -> bool:
    kinds = data.get("object_kinds") or []
    if isinstance(kinds, str):
        kinds = json.loads(kinds)
    labels = data.get("labels") or {}
    if isinstance(labels, str):
        labels = json.loads(labels)
    if data.get("periodicity") not in PERIODICITIES:
        raise QuittanceError("server_record_invalid", kind="tax_type", field="periodicity")
    for money in ("amount", "rate"):
        if data.get(money) is not None and (not isinstance(data[money], int) or isinstance(data[money], bool)):
            raise QuittanceError("server_record_invalid", kind="tax_type", field=money)
    upsert_tax_type(conn, TaxType(data.get("code", code), _text(data, "label", "tax_type"), data["periodicity"],
                                  data.get("basis", "flat"), amount=data.get("amount"), rate=data.get("rate"),
                                  rate_attribute=data.get("rate_attribute"), object_kinds=tuple(kinds),
                                  labels=labels, versions=_versions(data.get("versions"))))
    conn.execute("UPDATE tax_types SET origin = ?, server_version = ? WHERE code = ?",
                 (origin, version, data.get("code", code)))
    return True


def _versions(value: Any) -> tuple[tuple[str | None, int | None, int | None], ...]:
    """The tax's schedule from a date (sync/server/schedule_versions.py); absent on a server
    that has none, and then `amount` and `rate` hold for every period."""
    if value is None:
        return ()
    if not isinstance(value, list) or not value:
        raise QuittanceError("server_record_invalid", kind="tax_type", field="versions")
    checked = []
    for n, version in enumerate(value):
        day = version.get("effective_from") if isinstance(version, dict) else ""
        if (n == 0) != (day is None) or (day is not None and not _is_day(day)):
            raise QuittanceError("server_record_invalid", kind="tax_type", field="versions")
        for money in ("amount", "rate"):
            given = version.get(money)
            if given is not None and (not isinstance(given, int) or isinstance(given, bool) or given < 0):
                raise QuittanceError("server_record_invalid", kind="tax_type", field="versions")
        checked.append((day, version.get("amount"), version.get("rate")))
    return tuple(checked)


def _is_day(text: Any) -> bool:
    try:
        return isinstance(text, str) and len(text) == 10 and bool(date.fromisoformat(text))
    except ValueError:
        return False


def _agent(conn: sqlite3.Connection, agent_id: str, data: dict, version: int | None, origin: str) -> bool:
    role = data.get("role") or "agent"
    if role not in ROLES:
        raise QuittanceError("server_record_invalid", kind="agent", field="role")
    conn.execute("INSERT INTO agents (id, name, pin_hash, active, origin, role, server_version) VALUES (?,?,?,?,?,?,?) "
                 "ON CONFLICT(id) DO UPDATE SET name = excluded.name, pin_hash = excluded.pin_hash, "
                 "active = excluded.active, origin = excluded.origin, role = excluded.role, "
                 "server_version = excluded.server_version",
                 (agent_id, _text(data, "name", "agent"), data.get("pin_hash"), int(bool(data.get("active", True))),
                  origin, role, version))
    conn.execute("DELETE FROM agent_zones WHERE agent_id = ?", (agent_id,))
    conn.executemany("INSERT OR IGNORE INTO agent_zones (agent_id, zone_id) VALUES (?, ?)",
                     [(agent_id, str(zone)) for zone in data.get("zones") or []])
    return True


def _taxpayer(conn: sqlite3.Connection, taxpayer_id: str, data: dict, version: int | None, origin: str) -> bool:
    row = {name: data.get(name) for name in TAXPAYER_FIELDS if name in data}
    if "status" not in row and "active" in data:
        row["status"] = "active" if data["active"] else "inactive"
    for name in COORDINATE_FIELDS:  # events and pages carry coordinates as decimal text
        if isinstance(row.get(name), str):
            row[name] = float(row[name])
    if not row.get("name") and not conn.execute("SELECT 1 FROM taxpayers WHERE id = ?", (taxpayer_id,)).fetchone():
        raise QuittanceError("server_record_invalid", kind="taxpayer", field="name")
    now = data.get("updated_at") or data.get("created_at") or "1970-01-01T00:00:00.000Z"
    existing = conn.execute("SELECT num FROM taxpayers WHERE id = ?", (taxpayer_id,)).fetchone()
    if existing is None:
        row.setdefault("kind", "person")
        row.setdefault("status", "active")
        row.update(id=taxpayer_id, version=1, origin=origin, server_version=version,
                   created_at=data.get("created_at") or now, updated_at=now)
        conn.execute(f"INSERT INTO taxpayers ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
                     tuple(row.values()))
        merges.note(conn, taxpayer_id, data.get("merged_into"))
        return True
    # The local counter moves on, so a screen holding the old version reloads before editing.
    assignments = "".join(f"{name} = ?, " for name in row)
    conn.execute(f"UPDATE taxpayers SET {assignments}version = version + 1, origin = ?, server_version = ?, "
                 "updated_at = ? WHERE id = ?", (*row.values(), origin, version, now, taxpayer_id))
    merges.note(conn, taxpayer_id, data.get("merged_into"))
    return True


def _taxable_object(conn: sqlite3.Connection, object_id: str, data: dict, version: int | None, origin: str) -> bool:
    owner = conn.execute("SELECT num FROM taxpayers WHERE id = ?", (data.get("taxpayer_id"),)).fetchone()
    if owner is None:
        raise QuittanceError("unknown_taxpayer", taxpayer=data.get("taxpayer_id"))
    attributes = data.get("attributes") or {}
    if not isinstance(attributes, dict):
        raise QuittanceError("server_record_invalid", kind="taxable_object", field="attributes")
    geometry = data.get("geometry")  # the outline (core/shapes.py), GeoJSON text
    if geometry is not None and not isinstance(geometry, str):
        raise QuittanceError("server_record_invalid", kind="taxable_object", field="geometry")
    conn.execute(
        "INSERT INTO taxable_objects (id, taxpayer_num, kind, reference, description, attributes, origin,"
        " created_at, server_version, geometry) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
        " taxpayer_num = excluded.taxpayer_num, kind = excluded.kind, reference = excluded.reference,"
        " description = excluded.description, attributes = excluded.attributes, origin = excluded.origin,"
        " server_version = excluded.server_version, geometry = excluded.geometry",
        (id_bytes(object_id), owner[0], _text(data, "kind", "taxable_object"),
         _text(data, "reference", "taxable_object"), data.get("description"), json.dumps(attributes, ensure_ascii=False), origin,
         data.get("created_at") or "1970-01-01T00:00:00.000Z", version, geometry))
    return True


def _assessment(conn: sqlite3.Connection, assessment_id: str, data: dict, _version: int | None, _origin: str) -> bool:
    amount = data.get("amount")
    if not isinstance(amount, int) or isinstance(amount, bool) or amount < 0:
        raise QuittanceError("server_record_invalid", kind="assessment", field="amount")
    # An assessment is immutable once made (payments point at its tax and period): one already
    # here is kept as it is.
    return insert_assessment(conn, assessment_id=assessment_id, taxable_object_id=data["taxable_object_id"],
                             taxpayer_id=data["taxpayer_id"], tax_code=data["tax_code"], period=data["period"],
                             amount=amount, created_at=data.get("created_at") or "1970-01-01T00:00:00.000Z",
                             keep_existing=True)


def _withdrawn(conn: sqlite3.Connection, record_id: str, data: dict, _version: int | None, _origin: str) -> bool:
    """A taxpayer, or a zone's whole registry, left the device's zones (core/withdrawals.py)."""
    zone_id = data.get("zone_id")
    if zone_id is not None and not isinstance(zone_id, str):
        raise QuittanceError("server_record_invalid", kind="withdrawn", field="zone_id")
    if data.get("kind") == "taxpayer":
        return bool(withdrawals.withdraw(conn, [record_id], reason="moved", zone_id=zone_id))
    if data.get("kind") == "zone":
        return bool(withdrawals.withdraw_zone(conn, record_id))
    raise QuittanceError("server_record_invalid", kind="withdrawn", field="kind")


def _form(conn: sqlite3.Connection, record_id: str, data: dict, version: int | None, origin: str) -> bool:
    """A census form the server published (core/forms/store.py)."""
    from core.forms.store import apply_server_form

    return apply_server_form(conn, record_id, data, version, origin)


def _text(data: dict, name: str, kind: str) -> str:
    value = data.get(name)
    if not isinstance(value, str) or not value.strip():
        raise QuittanceError("server_record_invalid", kind=kind, field=name)
    return value.strip()


_WRITERS = {"municipality": _municipality, "zone": _zone, "tax_type": _tax_type, "agent": _agent,
            "taxpayer": _taxpayer, "taxable_object": _taxable_object, "assessment": _assessment,
            "withdrawn": _withdrawn, "form": _form}


# -- the device's own reference data, before enrollment ----------------------------------
def zone_record(code: str, name: str, zone_id: str) -> dict[str, Any]:
    return {"kind": "zone", "id": zone_id, "version": None, "data": {"id": zone_id, "code": code, "name": name}}


def tax_type_record(tax: TaxType) -> dict[str, Any]:
    return {"kind": "tax_type", "id": tax.code, "version": None, "data": {
        "code": tax.code, "label": tax.label, "periodicity": tax.periodicity, "basis": tax.basis,
        "amount": tax.amount, "rate": tax.rate, "rate_attribute": tax.rate_attribute,
        "object_kinds": list(tax.object_kinds), "labels": dict(tax.labels or {})}}


def agent_record(agent_id: str, name: str, pin_hash: str | None, zones: list[str] = (),
                 role: str = "agent", active: bool = True) -> dict[str, Any]:
    return {"kind": "agent", "id": agent_id, "version": None, "data": {
        "id": agent_id, "name": name, "pin_hash": pin_hash, "active": active, "zones": list(zones), "role": role}}
