"""`GET /api/v1/device/head`: how far the server holds the authenticated device's records.

    {"device_id", "stored_through": highest contiguous seq stored, "receipts": {"2026": 41, ...}}

`receipts` is the highest receipt number stored per year for this device. A device asks before a
restore (core/restore.py, `quittance restore`): a backup that stops before either would make the
device issue receipt numbers the server already holds."""
from __future__ import annotations

from typing import Any, Callable

from fastapi import Depends, FastAPI
from pydantic import BaseModel
from sqlalchemy import Connection, Engine, select

from sync.server.db import reading
from sync.server.schema import devices, receipts


class DeviceHead(BaseModel):
    device_id: str
    stored_through: int
    receipts: dict[str, int]


def device_head(conn: Connection, device_id: str) -> dict[str, Any]:
    stored = conn.execute(select(devices.c.stored_through).where(devices.c.id == device_id)).scalar_one()
    highest: dict[str, int] = {}
    # Receipt numbers are DEVICE-YEAR-NNNNNN; the device code may change at re-enrollment, the
    # year and number never do. A restore is rare: reading the device's numbers is affordable.
    for (number,) in conn.execute(select(receipts.c.receipt_no).where(receipts.c.device_id == device_id)):
        try:
            _code, year, seq = number.rsplit("-", 2)
            highest[year] = max(highest.get(year, 0), int(seq))
        except ValueError:
            continue
    return {"device_id": device_id, "stored_through": int(stored or 0), "receipts": highest}


def mount_device_head(app: FastAPI, engine: Engine, current_device: Callable[..., dict[str, Any]],
                      errors: dict[int | str, dict[str, Any]]) -> None:
    @app.get("/api/v1/device/head", response_model=DeviceHead, responses=errors)
    def head(device: dict = Depends(current_device)) -> dict[str, Any]:  # noqa: B008
        with reading(engine) as conn:
            return device_head(conn, device["id"])
