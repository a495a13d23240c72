"""The month tables a worker has computed, kept until the data under them changes.

A month of 150,000 receipts takes two grouped scans with a join (a few hundred milliseconds on
PostgreSQL), far more than the page's budget, while the figures change only when a device pushes
or a supervisor edits the registry or the reference data. Every one of those adds an event (its
`arrival`) or a change-log row (its `change_no`), so the two maxima, two index look-ups, tell
whether a kept table is still exact. Under a steady stream of pushes the kept table is still
served for `stale_s` seconds after the data moved (the pages say "figures as of" the time it was
computed, and their Cache-Control allows as much); after that it is computed again in a thread
while readers keep getting the kept one, so a busy day costs one computation a minute per month
and worker, and no reader waits for it. Each worker keeps its own: nothing here is shared state."""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Engine, func, select

from core.clock import utc_now
from sync.server.db import reading
from sync.server.opendata_month import MonthTable, read_month
from sync.server.schema import changes, events, void_decisions

MAX_KEPT = 48  # months per worker; the oldest is dropped first


@dataclass(frozen=True)
class Kept:
    key: tuple
    at: float  # monotonic seconds
    computed_at: datetime
    table: MonthTable


def data_version(conn: Connection) -> tuple[int, int, int]:
    """(newest event arrival, newest change number, voids decided): any push or edit moves one of
    the first two; a supervisor's approval of a void (which sets a receipt's voided_at) the third."""
    arrival = conn.execute(select(func.max(events.c.arrival))).scalar_one_or_none() or 0
    change = conn.execute(select(func.max(changes.c.change_no))).scalar_one_or_none() or 0
    decided = conn.execute(select(func.count()).select_from(void_decisions)).scalar_one()
    return int(arrival), int(change), int(decided)


class MonthTables:
    def __init__(self, engine: Engine, stale_s: float, *, clock: Callable[[], datetime] = utc_now,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self._engine, self._stale = engine, stale_s
        self._clock, self._monotonic = clock, monotonic
        self._kept: dict[tuple[str, str], Kept] = {}
        self._lock = threading.Lock()
        self._refreshing: set[tuple[str, str]] = set()

    def get(self, month: str, zone_name: str) -> tuple[MonthTable, datetime]:
        """The month's table and when it was computed. Only a month this worker has never
        computed (or every change, with stale_s 0) is computed while the reader waits; past
        stale_s a kept table is refreshed in the background and served meanwhile."""
        with reading(self._engine) as conn:
            key = data_version(conn)
        kept = self._kept.get((month, zone_name))
        if kept is not None:
            if kept.key == key or self._monotonic() - kept.at < self._stale:
                return kept.table, kept.computed_at
            if self._stale > 0:
                self._refresh_later(month, zone_name)
                return kept.table, kept.computed_at
        kept = self._compute(month, zone_name)
        return kept.table, kept.computed_at

    def _compute(self, month: str, zone_name: str) -> Kept:
        with reading(self._engine) as conn:
            # The version first: the table read after it is at least that new (a push committed
            # in between only makes the next reader compute again).
            key, computed_at = data_version(conn), self._clock()
            table = read_month(conn, month, zone_name)
        kept = Kept(key, self._monotonic(), computed_at, table)
        with self._lock:
            if len(self._kept) >= MAX_KEPT and (month, zone_name) not in self._kept:
                self._kept.pop(min(self._kept, key=lambda k: self._kept[k].at))
            self._kept[(month, zone_name)] = kept
        return kept

    def _refresh_later(self, month: str, zone_name: str) -> None:
        with self._lock:
            if (month, zone_name) in self._refreshing:
                return
            self._refreshing.add((month, zone_name))
        threading.Thread(target=self._refresh, args=(month, zone_name), daemon=True,
                         name=f"open-data {month}").start()

    def _refresh(self, month: str, zone_name: str) -> None:
        try:
            self._compute(month, zone_name)
        except Exception:  # noqa: BLE001 - the database away: the next reader after stale_s tries again
            logging.getLogger(__name__).exception("open data: refreshing %s failed", month)
        finally:
            with self._lock:
                self._refreshing.discard((month, zone_name))
