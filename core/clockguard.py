"""A guard against a device clock that is plainly wrong, checked before every write.

Ordering never depends on device time (invariant 9): `seq` orders events. But the time is
printed on receipts, decides the receipt year, and is what a supervisor reads, so a clock
reset to 1970 or set back by hours must be fixed before anything is recorded."""
from __future__ import annotations

import json
from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from datetime import datetime, timedelta, timezone
from typing import Callable

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
    """The device time of the newest record the guard checked. The technical journal's entries
    (core/journal.py) are written without asking about the clock, so that a wrong clock never
    stops the journal: they must not become the reference either, or an entry made under a clock
    that jumped would silently accept the jump."""
    row = conn.execute("SELECT device_time FROM events WHERE type != 'journal.recorded' "
                       "ORDER BY seq DESC LIMIT 1").fetchone()
    return parse_iso(row[0]) if row else None


CLOCK_CONFIRMED = "device.clock_confirmed"


def last_confirmed_jump(conn: sqlite3.Connection) -> tuple[datetime, datetime] | None:
    """The newest confirmed jump of the clock, as (time before it, time confirmed), if it went forward."""
    row = conn.execute("SELECT payload FROM events WHERE type = ? ORDER BY seq DESC LIMIT 1",
                       (CLOCK_CONFIRMED,)).fetchone()
    if row is None:
        return None
    data = json.loads(row[0])["data"]
    previous, confirmed = parse_iso(data["previous"]), parse_iso(data["confirmed"])
    return (previous, confirmed) if confirmed > previous else None


def check_clock(now: datetime, last: datetime | None, *, confirmed: bool = False,
                jump: Callable[[], tuple[datetime, datetime] | None] = lambda: None) -> bool:
    """Raise clock_too_early, clock_behind, clock_ahead or clock_back_after_jump; the last two can be
    confirmed by the agent. Returns True when a confirmed change of clock is going through, which the
    caller records as an event so that the supervisor sees it and later checks start from it.
    `jump` finds the last confirmed jump; it is asked only for a clock behind, since finding it
    can mean reading back through the whole log."""
    if now < EARLIEST:
        raise QuittanceError("clock_too_early", now=iso(now), earliest=EARLIEST.date().isoformat())
    if last is None:
        return False
    if now < last - BEHIND_TOLERANCE:
        # Setting the clock right again after a wrong jump was confirmed must not lock the device
        # until real time catches up: going back to no earlier than before that jump is asked, not refused.
        previous_jump = jump()
        if previous_jump is not None and now >= previous_jump[0] - BEHIND_TOLERANCE:
            if not confirmed:
                raise QuittanceError("clock_back_after_jump", now=iso(now), last=iso(last),
                                     before=iso(previous_jump[0]))
            return True
        raise QuittanceError("clock_behind", now=iso(now), last=iso(last),
                             minutes=int(BEHIND_TOLERANCE.total_seconds() // 60))
    if now > last + AHEAD_CONFIRM:
        if not confirmed:
            raise QuittanceError("clock_ahead", now=iso(now), last=iso(last))
        return True
    return False
