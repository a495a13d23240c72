"""One apply path: each event type has a projection that writes its rows from the event's data.

The live write code appends the event and then calls the projection (`WriteContext.record`);
`verify` calls the very same projection on a scratch database while replaying the chain. So a
row can only ever hold what its event carries, and the replay is the live code, not a copy."""
from __future__ import annotations

import json
from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from dataclasses import dataclass, field
from typing import Any, Callable

from core.errors import QuittanceError
from core.events import EVENT_SCHEMA
from core.ids import id_bytes
from core.schedule import insert_assessment
from core.shapes import taxable_object_shaped

# Columns a taxpayer.updated event may change.
TAXPAYER_FIELDS = ("kind", "name", "business_name", "id_number", "phone", "zone_id", "address",
                   "latitude", "longitude", "accuracy_m", "location_source", "fix_time", "status")
COORDINATE_FIELDS = ("latitude", "longitude", "accuracy_m")


@dataclass
class Applied:
    """Where a projection is applied from: the event's envelope. `loose` collects, during a
    replay, columns an old event cannot vouch for exactly: (table, key, column) -> normaliser."""
    seq: int
    device_id: str
    device_time: str
    schema: int = EVENT_SCHEMA
    loose: dict[tuple[str, Any, str], Callable[[Any], Any]] = field(default_factory=dict)


Projection = Callable[[sqlite3.Connection, dict, Applied], None]


def coord_text(value: float | None) -> str | None:
    """Event payloads take no floats: coordinates travel as fixed 7-decimal text (1 cm)."""
    return None if value is None else f"{value:.7f}".rstrip("0").rstrip(".")


def _coord_value(text: str | None) -> float | None:
    return None if text is None else float(text)


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> None:
    conn.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
                 tuple(row.values()))


def taxpayer_registered(conn: sqlite3.Connection, data: dict, at: Applied) -> None:
    row = {k: data.get(k) for k in ("id", *TAXPAYER_FIELDS)}
    for key in COORDINATE_FIELDS:
        row[key] = _coord_value(row[key])
    row.update(version=1, origin="device", created_at=at.device_time, updated_at=at.device_time)
    _insert(conn, "taxpayers", row)


def taxpayer_updated(conn: sqlite3.Connection, data: dict, at: Applied) -> None:
    changes = dict(data["changes"])
    unknown = set(changes) - set(TAXPAYER_FIELDS)
    if unknown:
        raise ValueError(f"taxpayer.updated changes unknown fields {sorted(unknown)}")
    for key in COORDINATE_FIELDS:
        if key in changes:
            changes[key] = _coord_value(changes[key])
    assignments = "".join(f"{name} = ?, " for name in changes)
    # Events now carry the new local version beside `base_version`, the server's version the edit
    # was made on; before, `base_version` was the local version itself.
    version = data["version"] if "version" in data else data["base_version"] + 1
    conn.execute(f"UPDATE taxpayers SET {assignments}version = ?, updated_at = ? WHERE id = ?",
                 (*changes.values(), version, at.device_time, data["taxpayer_id"]))


def _attributes_as_text(text: str) -> dict:
    return {k: str(v) for k, v in json.loads(text or "{}").items()}


def taxable_object_added(conn: sqlite3.Connection, data: dict, at: Applied) -> None:
    owner = conn.execute("SELECT num FROM taxpayers WHERE id = ?", (data["taxpayer_id"],)).fetchone()
    if owner is None:
        raise QuittanceError("unknown_taxpayer", taxpayer=data["taxpayer_id"])
    _insert(conn, "taxable_objects", {
        "id": id_bytes(data["id"]), "taxpayer_num": owner[0], "kind": data["kind"], "reference": data["reference"],
        "description": data.get("description"), "attributes": json.dumps(data["attributes"], ensure_ascii=False),
        "origin": "device", "created_at": at.device_time, "geometry": data.get("geometry"),
    })
    if at.schema < 2:  # attributes travelled as text then: compare them as text
        at.loose[("taxable_objects", data["id"], "attributes")] = _attributes_as_text


def assessment_created(conn: sqlite3.Connection, data: dict, at: Applied) -> None:
    insert_assessment(conn, assessment_id=data["id"], taxable_object_id=data["taxable_object_id"],
                      taxpayer_id=data["taxpayer_id"], tax_code=data["tax_code"], period=data["period"],
                      amount=data["amount"], created_at=at.device_time)


def payment_recorded(conn: sqlite3.Connection, data: dict, at: Applied) -> None:
    _device_code, year, number = data["receipt_no"].rsplit("-", 2)
    _insert(conn, "payments", {
        "id": data["id"], "receipt_no": data["receipt_no"], "receipt_year": int(year), "receipt_seq": int(number),
        "taxpayer_id": data["taxpayer_id"], "tax_code": data["tax_code"], "period": data["period"],
        "amount": data["amount"], "currency": data["currency"], "method": data["method"],
        "reference": data.get("reference"), "is_advance": int(bool(data["is_advance"])),
        "session_id": data["session_id"], "agent_id": data["agent_id"], "device_id": at.device_id,
        "issued_at": data["issued_at"], "balance_after": data["balance_after"], "token": data["token"],
        "event_seq": at.seq, "other_due_after": data.get("other_due_after"),
    })
    # Live, the counter was already bumped to this number in the same transaction; replayed, this sets it.
    conn.execute("INSERT INTO receipt_counters (year, last_seq) VALUES (?, ?) "
                 "ON CONFLICT(year) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)",
                 (int(year), int(number)))


def payment_voided(conn: sqlite3.Connection, data: dict, at: Applied) -> None:
    _insert(conn, "voids", {"id": data["id"], "payment_id": data["payment_id"], "reason": data["reason"],
                            "agent_id": data["agent_id"], "session_id": data.get("session_id"),
                            "voided_at": at.device_time, "event_seq": at.seq})


def receipt_printed(conn: sqlite3.Connection, data: dict, at: Applied) -> None:
    print_id = data.get("id")
    if print_id is None:  # printed before schema v5: the event did not carry the print's id
        print_id = f"(event {at.seq})"
        at.loose[("receipt_prints", (data["payment_id"], data["copy"]), "id")] = lambda _value: None
    _insert(conn, "receipt_prints", {"id": print_id, "payment_id": data["payment_id"], "copy": data["copy"],
                                     "printed_at": at.device_time, "event_seq": at.seq})


def session_opened(conn: sqlite3.Connection, data: dict, at: Applied) -> None:
    _insert(conn, "cash_sessions", {"id": data["id"], "agent_id": data["agent_id"], "opened_at": at.device_time,
                                    "opening_float": data["opening_float"], "event_seq": at.seq})


def session_closed(conn: sqlite3.Connection, data: dict, at: Applied) -> None:
    _insert(conn, "cash_session_closings", {"session_id": data["session_id"], "closed_at": at.device_time,
                                            "report": json.dumps(data["report"], ensure_ascii=False),
                                            "event_seq": at.seq})


def device_initialised(conn: sqlite3.Connection, data: dict, at: Applied) -> None:
    """The device's identity lives in the settings; `verify` reads the key from this event itself."""


def device_enrolled(conn: sqlite3.Connection, data: dict, at: Applied) -> None:
    """Enrollment at a server (sync/client): the device code the server gave lives in the
    settings, and `verify` checks the settings against this event; no rows of its own."""


def server_key_changed(conn: sqlite3.Connection, data: dict, at: Applied) -> None:
    """The server's key hand-over the device followed (sync/client/keychain.py): the key lives in
    the settings, and `verify` checks the hand-over's signature and the settings against it."""


def clock_confirmed(conn: sqlite3.Connection, data: dict, at: Applied) -> None:
    """A confirmed change of the device clock is recorded for the supervisor and writes no rows."""


def series_registered(conn: sqlite3.Connection, data: dict, at: Applied) -> None:
    _insert(conn, "receipt_series", {"year": data["year"], "code": data["code"],
                                     "registered_at": data["registered_at"], "event_seq": at.seq})


def closing_made(conn: sqlite3.Connection, data: dict, at: Applied) -> None:
    from core.canonical import canonical_json

    _insert(conn, "closings", {"id": data["id"], "kind": data["kind"], "period": data["period"],
                               "report": canonical_json(data), "closed_at": at.device_time, "event_seq": at.seq})


def journal_recorded(conn: sqlite3.Connection, data: dict, at: Applied) -> None:
    from core.canonical import canonical_json

    _insert(conn, "journal", {"event_seq": at.seq, "kind": data["kind"], "at": data["at"],
                              "details": canonical_json(data.get("details") or {})})


def submission_recorded(conn: sqlite3.Connection, data: dict, at: Applied) -> None:
    """A finished census form (core/forms/submissions.py). The answers and the geometry are kept
    as the event's canonical JSON text, so the row and its replay are the same bytes."""
    from core.canonical import canonical_json

    _insert(conn, "submissions", {
        "id": data["id"], "form_id": data["form_id"], "form_version": data["form_version"],
        "agent_id": data["agent_id"], "answers": canonical_json(data["answers"]), "geometry": data.get("geometry"),
        "taxpayer_id": data.get("taxpayer_id"), "recorded_at": at.device_time, "event_seq": at.seq,
    })


PROJECTIONS: dict[str, Projection] = {
    "device.initialised": device_initialised,
    "taxpayer.registered": taxpayer_registered,
    "taxpayer.updated": taxpayer_updated,
    "taxable_object.added": taxable_object_added,
    "taxable_object.shaped": taxable_object_shaped,
    "assessment.created": assessment_created,
    "payment.recorded": payment_recorded,
    "payment.voided": payment_voided,
    "receipt.printed": receipt_printed,
    "session.opened": session_opened,
    "session.closed": session_closed,
    "device.clock_confirmed": clock_confirmed,
    "device.enrolled": device_enrolled,
    "device.server_key_changed": server_key_changed,
    "form.imported": lambda conn, data, at: _forms().form_imported(conn, data, at),
    "submission.recorded": submission_recorded,
    "series.registered": series_registered,  # issue 14: core/fiscal_events.py
    "closing.made": closing_made,
    "journal.recorded": journal_recorded,
}


def _forms():
    # core/forms imports this module (Applied): imported when a form event is applied, not before.
    from core.forms import store

    return store


def apply(conn: sqlite3.Connection, event_type: str, data: dict, at: Applied) -> None:
    PROJECTIONS[event_type](conn, data, at)
