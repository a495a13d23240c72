"""Receipt series (issue 14): the server registers each device's series, one per year, and gives
it a validation code, as Portugal's tax authority gives each series its ATCUD code.

At enrollment and at every sync (the device-status answer, sync/PROTOCOL.md) the server registers
the current year and the next, by its own clock in the municipality's time zone, so a device
offline over 31 December keeps issuing into the new year. Registering is idempotent and safe
with several workers at once: the table's unique (device_id, year) lets only one insert win, and
the loser reads the winner's code; the unique code makes a collision between devices a retry."""
from __future__ import annotations

import json
import secrets
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import IntegrityError

from sync.server.common import now_iso
from sync.server.db import reading
from sync.server.enrollment import _CODE_ALPHABET
from sync.server.opendata_month import municipality_zone
from sync.server.schema import municipality, receipt_series

CODE_LENGTH = 8
_ATTEMPTS = 8  # 30^8 codes: a second collision in a row means something else is wrong


def new_code() -> str:
    return "".join(secrets.choice(_CODE_ALPHABET) for _ in range(CODE_LENGTH))


def current_year(conn: Connection, now: datetime | None = None) -> int:
    """The year by the server's clock in the municipality's zone (UTC before `init` set one)."""
    data = conn.execute(select(municipality.c.data)).scalar_one_or_none()
    zone_name = (json.loads(data).get("timezone") if data else None) or ""
    return (now or datetime.now(timezone.utc)).astimezone(municipality_zone(zone_name)).year


def register(conn: Connection, device_id: str, year: int) -> None:
    """Give (device, year) a code unless it has one. Each try runs in a savepoint, so a losing
    insert (another worker, or a code another device holds) leaves the caller's transaction usable."""
    for _ in range(_ATTEMPTS):
        if _code_of(conn, device_id, year) is not None:
            return
        try:
            with conn.begin_nested():
                conn.execute(receipt_series.insert().values(device_id=device_id, year=year, code=new_code(),
                                                            registered_at=now_iso()))
            return
        except IntegrityError:
            continue  # someone registered this year meanwhile (read it next), or the code was taken
    raise RuntimeError(f"could not register the {year} series of device {device_id}")


def _code_of(conn: Connection, device_id: str, year: int) -> str | None:
    return conn.execute(select(receipt_series.c.code).where(
        receipt_series.c.device_id == device_id, receipt_series.c.year == year)).scalar_one_or_none()


def series_of(conn: Connection, device_id: str) -> list[dict[str, Any]]:
    """Every series of the device, oldest year first, as the answers carry them."""
    rows = conn.execute(select(receipt_series.c.year, receipt_series.c.code, receipt_series.c.registered_at)
                        .where(receipt_series.c.device_id == device_id).order_by(receipt_series.c.year))
    return [{"year": row.year, "code": row.code, "registered_at": row.registered_at} for row in rows]


def register_ahead(conn: Connection, device_id: str, now: datetime | None = None) -> list[dict[str, Any]]:
    """Register this year and the next for the device; returns all its series."""
    year = current_year(conn, now)
    for wanted in (year, year + 1):
        register(conn, device_id, wanted)
    return series_of(conn, device_id)


def kept_ahead(engine: Engine, device_id: str, now: datetime | None = None) -> list[dict[str, Any]]:
    """`register_ahead` for the device-status answer, which every sync asks for: read first, and
    take a write transaction (on SQLite, the database's one write lock) only when a year is missing,
    about twice a year per device, so syncs do not queue behind each other for nothing."""
    with reading(engine) as conn:
        year = current_year(conn, now)
        found = series_of(conn, device_id)
    if {year, year + 1} <= {entry["year"] for entry in found}:
        return found
    with engine.begin() as conn:
        return register_ahead(conn, device_id, now)
