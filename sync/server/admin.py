"""What the supervisor's command line does: init from a file, taxpayer import, stats."""
from __future__ import annotations

import csv
import math
import re
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select

from core.ids import new_id
from sync.server import reference, registry
from sync.server.common import now_iso
from sync.server.reference import AdminError
from sync.server.schema import alerts, conflicts, devices, events, municipality, quarantine, receipts, taxpayers

DEMO_FILE = Path(__file__).resolve().parents[2] / "resources" / "server" / "demo-kananga.json"
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def is_initialised(conn: Connection) -> bool:
    return conn.execute(select(municipality.c.id)).first() is not None


def init_from(conn: Connection, data: dict[str, Any]) -> dict[str, int]:
    """Municipality, zones, tax schedule (and agents, if the file has them) from a JSON document."""
    if is_initialised(conn):
        raise AdminError("this server is initialised already")
    if not isinstance(data, dict) or not isinstance(data.get("municipality"), dict):
        raise AdminError("the file needs a \"municipality\" object")
    reference.set_municipality(conn, data["municipality"])
    for zone in data.get("zones", []):
        reference.upsert_zone(conn, zone["code"], zone["name"], zone.get("id"))
    for tax in data.get("tax_types", []):
        reference.upsert_tax_type(conn, tax)
    for agent in data.get("agents", []):
        reference.add_agent(conn, agent["name"], agent.get("zones", []), str(agent["pin"]))
    return {"zones": len(data.get("zones", [])), "tax_types": len(data.get("tax_types", [])),
            "agents": len(data.get("agents", []))}


IMPORT_COLUMNS = ("id", "name", "kind", "business_name", "id_number", "phone", "zone", "address",
                  "latitude", "longitude")


def _coordinate(text: str, low: float, high: float) -> str | None:
    if not text.strip():
        return None
    value = float(text)  # ValueError is a rejection
    if not math.isfinite(value) or not low <= value <= high:
        raise ValueError("out of range")
    return f"{value:.7f}".rstrip("0").rstrip(".")  # as core.projections.coord_text: no float in JSON


def _phone(text: str) -> str | None:
    if not text.strip():
        return None
    if not re.fullmatch(r"\+?[0-9 ().\-]+", text.strip()):
        raise ValueError
    digits = re.sub(r"\D", "", text)
    if not 8 <= len(digits) <= 15:
        raise ValueError
    return ("+" if text.strip().startswith("+") else "") + digits


def import_taxpayers(conn: Connection, path: Path) -> tuple[int, list[dict[str, Any]]]:
    """Import a CSV (UTF-8, header row; columns IMPORT_COLUMNS, `zone` by code). Returns
    (imported, rejected) where each rejection names its line and why."""
    zones = reference.zone_ids_by_code(conn)
    imported, rejected = 0, []
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        missing = {"name", "zone"} - set(reader.fieldnames or ())
        if missing:
            raise AdminError(f"the CSV lacks the column(s) {', '.join(sorted(missing))}")
        seen: set[str] = set()
        for row in reader:
            line = reader.line_num
            reason = _reject_reason(conn, row, zones, seen)
            if reason:
                rejected.append({"line": line, "name": (row.get("name") or "").strip(), "reason": reason})
                continue
            taxpayer_id = (row.get("id") or "").strip().lower() or new_id()
            seen.add(taxpayer_id)
            data = {"kind": (row.get("kind") or "person").strip() or "person", "name": row["name"].strip(),
                    "business_name": (row.get("business_name") or "").strip() or None,
                    "id_number": (row.get("id_number") or "").strip() or None,
                    "phone": _phone(row.get("phone") or ""), "zone_id": zones[row["zone"].strip().upper()],
                    "address": (row.get("address") or "").strip() or None,
                    "latitude": _coordinate(row.get("latitude") or "", -90, 90),
                    "longitude": _coordinate(row.get("longitude") or "", -180, 180),
                    "location_source": "manual" if (row.get("latitude") or "").strip() else None,
                    "status": "active"}
            registry.insert_taxpayer(conn, taxpayer_id, data, origin="server", at=now_iso())
            imported += 1
    return imported, rejected


def _reject_reason(conn: Connection, row: dict[str, str | None], zones: dict[str, str], seen: set[str]) -> str | None:
    if None in row.values() or None in row:
        return "wrong number of columns"
    if not (row.get("name") or "").strip():
        return "name is empty"
    if (row.get("zone") or "").strip().upper() not in zones:
        return f"unknown zone {row.get('zone')!r}"
    if (row.get("kind") or "person").strip() not in ("person", "business", ""):
        return f"kind must be person or business, not {row.get('kind')!r}"
    taxpayer_id = (row.get("id") or "").strip().lower()
    if taxpayer_id and not _UUID.match(taxpayer_id):
        return "id is not a UUID"
    if taxpayer_id and (taxpayer_id in seen or registry.get_taxpayer(conn, taxpayer_id)):
        return "id already registered"
    try:
        _phone(row.get("phone") or "")
    except ValueError:
        return f"phone {row.get('phone')!r} is not a phone number"
    try:
        lat = _coordinate(row.get("latitude") or "", -90, 90)
        lon = _coordinate(row.get("longitude") or "", -180, 180)
    except ValueError:
        return "latitude/longitude are not valid coordinates"
    if (lat is None) != (lon is None):
        return "latitude and longitude go together"
    return None


def stats(conn: Connection) -> dict[str, int]:
    count = lambda table, *where: conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one()  # noqa: E731
    return {
        "devices": count(devices), "devices_revoked": count(devices, devices.c.revoked_at.is_not(None)),
        "events": count(events), "payments": count(receipts), "payments_voided": count(receipts, receipts.c.voided_at.is_not(None)),
        "taxpayers": count(taxpayers), "alerts": count(alerts), "quarantined": count(quarantine),
        "conflicts": count(conflicts, conflicts.c.resolved_at.is_(None)),
    }
