"""Month and year closings (issue 14, event `closing.made`, core/fiscal_events.py): made when the
first session of a later period opens, in order, one per period, and never reopened.

- The period is read on the server's clock where the device has seen it: the sync client keeps
  "server time minus device time" of its last answer in the setting `sync.clock_offset_s`
  (sync/client/state.py CLOCK_OFFSET); core reads that number and adds it to the device clock.
  A device that never synced uses its own clock, and the closing says so (`time_source`).
- Every month from the device's first session on gets a closing, empty ones too, so the
  closings have no holes: an auditor sees "nothing happened in December", not a missing month.
  The last month of a year is followed by the year's closing.
- A month's (or a year's) figures are the receipts and voids recorded since the closing of the
  month (year) before it: the difference of the two closings' perpetual totals. A session that
  runs over midnight at the end of a month counts where it was opened; a device back after three
  months off puts its last session's receipts in the first month closed, and the months after get
  empty closings. What is closed stays closed: a correction is a void, counted in the period
  where it is recorded."""
from __future__ import annotations

import json
from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

from core.clock import iso, parse_iso
from core.clockguard import CLOCK_CONFIRMED
from core.config import load_setting
from core.context import WriteContext
from core.errors import QuittanceError
from core.fiscal_events import CLOSING_MADE
from core.ids import new_id
from core.perpetual import Totals, perpetual_now
from core.timezones import in_zone

CLOCK_OFFSET_SETTING = "sync.clock_offset_s"  # written by the sync client at every sync and enrollment
# Past this, the device clock and the server's disagree too much to pick a period without asking.
CLOCK_DOUBT = timedelta(days=1)


@dataclass(frozen=True)
class PeriodClock:
    """The moment that decides which periods have ended, and where it came from."""
    moment: datetime
    source: str  # "server": device clock corrected by the last sync's offset; "device": not synced yet
    offset_s: float | None


@dataclass(frozen=True)
class Closing:
    id: str
    kind: str
    period: str
    totals: Totals
    perpetual: Totals
    previous_closing: str
    time: str
    time_source: str
    closed_at: str  # device time of the event
    event_seq: int

    @classmethod
    def from_row(cls, report: str, closed_at: str, event_seq: int) -> "Closing":
        data = json.loads(report)
        return cls(data["id"], data["kind"], data["period"], Totals.from_dict(data["totals"]) or Totals(),
                   Totals.from_dict(data["perpetual"]) or Totals(), data["previous_closing"], data["time"],
                   data["time_source"], closed_at, event_seq)


def period_clock(conn: sqlite3.Connection, device_now: datetime) -> PeriodClock:
    offset = load_setting(conn, CLOCK_OFFSET_SETTING)
    if isinstance(offset, (int, float)) and not isinstance(offset, bool):
        return PeriodClock(device_now + timedelta(seconds=offset), "server", float(offset))
    return PeriodClock(device_now, "device", None)


def month_of(moment: datetime, timezone_name: str | None) -> str:
    return in_zone(moment, timezone_name).strftime("%Y-%m")


def next_month(period: str) -> str:
    year, month = int(period[:4]), int(period[5:7])
    return f"{year + 1}-01" if month == 12 else f"{year}-{month + 1:02d}"


def periods_to_close(conn: sqlite3.Connection, current_month: str, timezone_name: str | None) -> list[tuple[str, str]]:
    """(kind, period) of every month, and year, that ended before `current_month` and has no
    closing yet, oldest first; a year comes right after its December."""
    row = conn.execute("SELECT period FROM closings WHERE kind = 'month' ORDER BY event_seq DESC LIMIT 1").fetchone()
    if row is not None:
        month = next_month(row[0])
    else:
        first = conn.execute("SELECT opened_at FROM cash_sessions ORDER BY event_seq LIMIT 1").fetchone()
        if first is None:
            return []  # no session yet: nothing to close
        month = month_of(parse_iso(first[0]), timezone_name)
    due: list[tuple[str, str]] = []
    while month < current_month:
        due.append(("month", month))
        if month.endswith("-12"):
            due.append(("year", month[:4]))
        month = next_month(month)
    return due


def clock_in_doubt(conn: sqlite3.Connection, clock: PeriodClock) -> bool:
    """The device clock disagrees with the server's by more than a day, or it jumped (a change the
    agent confirmed, core/clockguard.py) since the last month closing: the periods it would close
    are asked about first. A jump confirmed earlier, for a payment, answered for that payment's
    time: which months have ended is a question of its own."""
    if clock.offset_s is not None and abs(clock.offset_s) > CLOCK_DOUBT.total_seconds():
        return True
    since = conn.execute("SELECT coalesce(max(event_seq), 0) FROM closings WHERE kind = 'month'").fetchone()[0]
    # By seq from the last month closing on: the events of about one month, not the whole log.
    jumped = conn.execute("SELECT 1 FROM events WHERE seq > ? AND type = ? LIMIT 1",
                          (since, CLOCK_CONFIRMED)).fetchone()
    return jumped is not None


def close_elapsed_periods(conn: sqlite3.Connection, ctx: WriteContext, *, confirmed: bool = False) -> list[Closing]:
    """Close every period that ended since the last closing, in the caller's transaction (the
    opening of a session). Raises closing_clock_check, before recording anything, when the clock
    is in doubt and the agent has not confirmed it."""
    clock = period_clock(conn, parse_iso(ctx.now))
    due = periods_to_close(conn, month_of(clock.moment, ctx.municipality.timezone), ctx.municipality.timezone)
    if not due:
        return []
    if not confirmed and clock_in_doubt(conn, clock):
        raise QuittanceError("closing_clock_check", periods=", ".join(period for _, period in due),
                             now=ctx.now, server=iso(clock.moment))
    return [make_closing(conn, ctx, kind, period, clock) for kind, period in due]


def make_closing(conn: sqlite3.Connection, ctx: WriteContext, kind: str, period: str, clock: PeriodClock) -> Closing:
    """Record the closing of one period. A period closes once: asking again is refused."""
    if conn.execute("SELECT 1 FROM closings WHERE kind = ? AND period = ?", (kind, period)).fetchone():
        raise QuittanceError("closing_exists", period=period)
    perpetual, previous_closing = perpetual_now(conn)
    prior = conn.execute("SELECT report FROM closings WHERE kind = ? ORDER BY event_seq DESC LIMIT 1",
                         (kind,)).fetchone()
    since = (Totals.from_dict(json.loads(prior[0])["perpetual"]) or Totals()) if prior else Totals()
    data = {"id": new_id(), "kind": kind, "period": period, "totals": (perpetual - since).to_dict(),
            "perpetual": perpetual.to_dict(), "previous_closing": previous_closing,
            "time": iso(clock.moment), "time_source": clock.source}
    event = ctx.record(conn, CLOSING_MADE, data, entity_id=data["id"])
    return Closing.from_row(json.dumps(data), ctx.now, event.seq)


_COLUMNS = "SELECT report, closed_at, event_seq FROM closings"


def list_closings(conn: sqlite3.Connection) -> list[Closing]:
    return [Closing.from_row(*row) for row in conn.execute(f"{_COLUMNS} ORDER BY event_seq")]


def find_closing(conn: sqlite3.Connection, period: str) -> Closing:
    """A month ("2026-11") or a year ("2026") by its period."""
    kind = "year" if len(period.strip()) == 4 else "month"
    row = conn.execute(f"{_COLUMNS} WHERE kind = ? AND period = ?", (kind, period.strip())).fetchone()
    if row is None:
        raise QuittanceError("closing_not_found", period=period)
    return Closing.from_row(*row)


def closings_at_opening(conn: sqlite3.Connection, session_id: str) -> list[Closing]:
    """The closings made when `session_id` was opened: those recorded between the session opened
    before it and its own opening (closings are made only there)."""
    row = conn.execute("SELECT event_seq FROM cash_sessions WHERE id = ?", (session_id,)).fetchone()
    if row is None:
        return []
    before = conn.execute("SELECT coalesce(max(event_seq), 0) FROM cash_sessions WHERE event_seq < ?",
                          (row[0],)).fetchone()[0]
    return [Closing.from_row(*r) for r in conn.execute(
        f"{_COLUMNS} WHERE event_seq > ? AND event_seq < ? ORDER BY event_seq", (before, row[0]))]
