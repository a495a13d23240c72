"""A stand-in for `core.reference.apply_server_records` ONLY, used while that function (written
with the event envelope, issue 10) is not on this branch. It applies zone records as the real
one will (server data, no device event) and ignores the other kinds. Installed only when the real
module is absent (conftest.py in-process, stub_site/sitecustomize.py in a subprocess)."""
from __future__ import annotations

import importlib.util
import sqlite3
import sys
import types
from typing import Any

from core.registry import upsert_zone


def apply_server_records(conn: sqlite3.Connection, records: list[dict[str, Any]]) -> dict[str, int]:
    zones = 0
    for record in records:
        if record.get("kind") == "zone":
            data = record["data"]
            upsert_zone(conn, data["code"], data["name"], data.get("id"))
            zones += 1
    return {"zones": zones}


def real_reference_present() -> bool:
    return "core.reference" not in sys.modules and importlib.util.find_spec("core.reference") is not None


def stub_module() -> types.ModuleType:
    module = types.ModuleType("core.reference")
    module.apply_server_records = apply_server_records
    return module
