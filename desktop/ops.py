"""Operations that take more than one Ledger call. They run on a worker thread and hand back an
Outcome: the value, and what changed, from which the views refresh."""
from __future__ import annotations

from typing import Any

from core.registry import Location
from core.service import Ledger
from desktop.context import Changes, Outcome


def register_taxpayer(ledger: Ledger, fields: dict[str, Any], location: Location | None,
                      objects: list[dict[str, Any]]) -> Outcome:
    """A taxpayer and their objects, in one transaction inside the Ledger."""
    taxpayer_id = ledger.register_taxpayer(**fields, location=location, objects=objects)
    return Outcome(taxpayer_id, Changes(taxpayers=frozenset({taxpayer_id})))


def update_taxpayer(ledger: Ledger, taxpayer_id: str, changes: dict[str, Any], expected_version: int,
                    objects: list[dict[str, Any]]) -> Outcome:
    ledger.update_taxpayer(taxpayer_id, changes, expected_version, new_objects=objects)
    return Outcome(taxpayer_id, Changes(taxpayers=frozenset({taxpayer_id})))


def location_changes(current: dict[str, Any], location: Location | None) -> dict[str, Any]:
    """The registry fields a new position changes (none if it is the same one)."""
    if location is None:
        return {}
    wanted = {"latitude": location.latitude, "longitude": location.longitude, "accuracy_m": location.accuracy_m,
              "location_source": location.source, "fix_time": location.fix_time}
    return {key: value for key, value in wanted.items() if current.get(key) != value}
