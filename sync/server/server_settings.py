"""Settings a supervisor changes, kept in the database (so every worker sees the same): each key
has a default, a check, and the words that say what it means.

A feature declares its settings by calling `declare` at import time; `get` returns the stored
value or the default, `put` checks and stores it with who changed it."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Callable

from sqlalchemy import Connection, select

from sync.server.common import now_iso
from sync.server.reference import AdminError
from sync.server.schema import server_settings


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    description: str
    check: Callable[[Any], Any]  # returns the value to store, or raises AdminError saying why


SPECS: dict[str, SettingSpec] = {}


def declare(key: str, default: Any, description: str, check: Callable[[Any], Any]) -> SettingSpec:
    spec = SettingSpec(key, default, description, check)
    SPECS[key] = spec
    return spec


def whole_number(low: int, high: int) -> Callable[[Any], int]:
    """A check for a whole number in [low, high]; "5" from a command line is 5."""
    def check(value: Any) -> int:
        try:
            number = int(str(value).strip())
        except ValueError:
            raise AdminError(f"{value!r} is not a whole number") from None
        if not low <= number <= high:
            raise AdminError(f"the value is between {low} and {high}")
        return number
    return check


def get(conn: Connection, key: str) -> Any:
    spec = SPECS[key]
    stored = conn.execute(select(server_settings.c.value).where(server_settings.c.key == key)).scalar()
    return spec.default if stored is None else json.loads(stored)


def put(conn: Connection, key: str, value: Any, by: str | None) -> Any:
    if key not in SPECS:
        raise AdminError(f"no setting named {key!r}; the settings are: {', '.join(sorted(SPECS))}")
    checked = SPECS[key].check(value)
    text = json.dumps(checked)
    conn.execute(server_settings.delete().where(server_settings.c.key == key))
    conn.execute(server_settings.insert().values(key=key, value=text, updated_at=now_iso(), updated_by=by))
    return checked


def all_settings(conn: Connection) -> list[dict[str, Any]]:
    stored = {r.key: r for r in conn.execute(select(server_settings))}
    return [{"key": key, "value": json.loads(stored[key].value) if key in stored else spec.default,
             "default": spec.default, "description": spec.description,
             "updated_at": stored[key].updated_at if key in stored else None,
             "updated_by": stored[key].updated_by if key in stored else None}
            for key, spec in sorted(SPECS.items())]
