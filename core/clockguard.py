"""A guard against a device clock that is plainly wrong, checked before every write.

Ordering never depends on device time (invariant 9): `seq` orders events. But the time is
printed on receipts, decides the receipt year, and is what a supervisor reads, so a clock
reset to 1970 or set back by hours must be fixed before anything is recorded."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

from core.clock import iso, parse_iso
from core.errors import QuittanceError

EARLIEST = datetime(2020, 1, 1, tzinfo=timezone.utc)
# A few minutes back is tolerated: a clock corrected by network time, or two devices' clocks
# drifting apart, moves by seconds or minutes, not more.
BEHIND_TOLERANCE = timedelta(minutes=5)
# More than a day ahead of the last event needs the agent to confirm: a device left off for a
# week is normal, so this asks rather than refuses.
AHEAD_CONFIRM = timedelta(days=1)


def last_device_time(conn: sqlite3.Connection) -> datetime | None:
    row = conn.execute("SELECT device_time FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    return parse_iso(row[0]) if row else None


def check_clock(now: datetime, last: datetime | None, *, ahead_confirmed: bool = False) -> None:
    """Raise clock_too_early, clock_behind or clock_ahead (the last one can be confirmed)."""
    if now < EARLIEST:
        raise QuittanceError("clock_too_early", now=iso(now), earliest=EARLIEST.date().isoformat())
    if last is None:
        return
    if now < last - BEHIND_TOLERANCE:
        raise QuittanceError("clock_behind", now=iso(now), last=iso(last),
                             minutes=int(BEHIND_TOLERANCE.total_seconds() // 60))
    if now > last + AHEAD_CONFIRM and not ahead_confirmed:
        raise QuittanceError("clock_ahead", now=iso(now), last=iso(last))
