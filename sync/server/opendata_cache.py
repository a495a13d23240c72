"""The month tables a worker has computed, kept until the data under them changes.

A month of 150,000 receipts takes two grouped scans with a join (a few hundred milliseconds on
PostgreSQL), far more than the page's budget, while the figures change only when a device pushes
or a supervisor edits the registry or the reference data. Every one of those adds an event (its
`arrival`) or a change-log row (its `change_no`), so the two maxima, two index look-ups, tell
whether a kept table is still exact. Under a steady stream of pushes the kept table may also be
served for `stale_s` seconds after the data moved (the pages say "figures as of" the time it was
computed, and their Cache-Control allows as much), so a busy day costs one computation a minute
per month and worker, not one per reader. Each worker keeps its own: nothing here is shared state."""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Engine, func, select

from core.clock import utc_now
from sync.server.db import reading
from sync.server.opendata_month import MonthTable, read_month
from sync.server.schema import changes, events

MAX_KEPT = 48  # months per worker; the oldest is dropped first


@dataclass(frozen=True)
class Kept:
    key: tuple
    at: float  # monotonic seconds
    computed_at: datetime
    table: MonthTable


def data_version(conn: Connection) -> tuple[int, int]:
    """(newest event arrival, newest change number): any push or edit moves one of them."""
    arrival = conn.execute(select(func.max(events.c.arrival))).scalar_one_or_none() or 0
    change = conn.execute(select(func.max(changes.c.change_no))).scalar_one_or_none() or 0
    return int(arrival), int(change)


class MonthTables:
    def __init__(self, engine: Engine, stale_s: float, *, clock: Callable[[], datetime] = utc_now,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self._engine, self._stale = engine, stale_s
        self._clock, self._monotonic = clock, monotonic
        self._kept: dict[tuple[str, str], Kept] = {}

    def get(self, month: str, zone_name: str) -> tuple[MonthTable, datetime]:
        """The month's table and when it was computed."""
        with reading(self._engine) as conn:
            key = data_version(conn)
            kept = self._kept.get((month, zone_name))
            if kept is not None and (kept.key == key or self._monotonic() - kept.at < self._stale):
                return kept.table, kept.computed_at
            computed_at = self._clock()
            table = read_month(conn, month, zone_name)
        if len(self._kept) >= MAX_KEPT:
            self._kept.pop(min(self._kept, key=lambda k: self._kept[k].at))
        self._kept[(month, zone_name)] = Kept(key, self._monotonic(), computed_at, table)
        return table, computed_at
