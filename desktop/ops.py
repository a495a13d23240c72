"""Operations that take more than one step around a Ledger write. The views run them through
`AppContext.op` (a worker thread, inside `Ledger.operation`), so the views refresh from the
changes the writes report, never from a guess made here."""
from __future__ import annotations

from typing import Any

from core.registry import Location
from core.service import Ledger


def register_taxpayer(ledger: Ledger, fields: dict[str, Any], location: Location | None,
                      objects: list[dict[str, Any]]) -> str:
    """A taxpayer and their objects, in one transaction inside the Ledger."""
    return ledger.register_taxpayer(**fields, location=location, objects=objects)


def update_taxpayer(ledger: Ledger, taxpayer_id: str, changes: dict[str, Any], expected_version: int,
                    objects: list[dict[str, Any]]) -> str:
    ledger.update_taxpayer(taxpayer_id, changes, expected_version, new_objects=objects)
    return taxpayer_id


def location_changes(current: dict[str, Any], location: Location | None) -> dict[str, Any]:
    """The registry fields a new position changes (none if it is the same one)."""
    if location is None:
        return {}
    wanted = {"latitude": location.latitude, "longitude": location.longitude, "accuracy_m": location.accuracy_m,
              "location_source": location.source, "fix_time": location.fix_time}
    return {key: value for key, value in wanted.items() if current.get(key) != value}
