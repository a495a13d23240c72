"""What every write needs to know about who is acting, where, and when."""
from __future__ import annotations

from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from dataclasses import dataclass
from typing import Any

from core import projections
from core.config import Device, Municipality
from core.events import Event, append_event


@dataclass(frozen=True)
class WriteContext:
    device: Device
    municipality: Municipality
    agent_id: str | None
    now: str  # device time, ISO 8601 UTC

    def emit(self, conn: sqlite3.Connection, event_type: str, data: dict[str, Any], entity_id: str | None = None) -> Event:
        """Append a signed event with no rows of its own (see `record` for changes to tables)."""
        return append_event(conn, event_type=event_type, data=data, device_id=self.device.id,
                            device_time=self.now, signing_key=self.device.private_key,
                            agent_id=self.agent_id, entity_id=entity_id)

    def record(self, conn: sqlite3.Connection, event_type: str, data: dict[str, Any],
               entity_id: str | None = None) -> Event:
        """Append the event, then write its rows with the projection `verify` replays."""
        event = self.emit(conn, event_type, data, entity_id)
        projections.apply(conn, event_type, data, projections.Applied(event.seq, self.device.id, self.now))
        return event
