"""How long each kind of data is kept, and what is past its period.

Three kinds, three settings (server_settings.py):

- fiscal records (`retention.fiscal_years`): events, receipts, cash sign-offs. Never deleted by
  Quittance: the ledger is append-only and hash-chained (a deleted event breaks every chain after
  it). The report lists what is past its period, for the municipality's archivist to export and
  archive by its own rules. The setting cannot go below 5 years.
- personal data (`retention.personal_years`): taxpayers closed (status inactive) longer than this.
  Reported, not purged: their receipts are fiscal records that name them, and anonymising a
  taxpayer is a supervisor's decision, not a timer's.
- sessions (`retention.sessions_days`): supervisors' sessions ended or expired, and rate-limit
  counters, older than this. These carry no fiscal or personal fact, and `retention purge`
  deletes them."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Connection, and_, func, or_, select

from sync.server import server_settings
from sync.server.common import loads
from sync.server.schema import cash_signoffs, events, rate_limits, receipts, supervisor_sessions, taxpayers

FISCAL = server_settings.declare(
    "retention.fiscal_years", 10, "years fiscal records (events, receipts, sign-offs) are kept; never deleted early",
    server_settings.whole_number(5, 100))
PERSONAL = server_settings.declare(
    "retention.personal_years", 5, "years a closed taxpayer's personal data is kept after they are closed",
    server_settings.whole_number(1, 100))
SESSIONS = server_settings.declare(
    "retention.sessions_days", 90, "days ended supervisor sessions and rate-limit counters are kept",
    server_settings.whole_number(1, 3650))


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _years_before(now: datetime, years: int) -> datetime:
    try:
        return now.replace(year=now.year - years)
    except ValueError:  # 29 February
        return now.replace(year=now.year - years, day=28)


def _count_older(conn: Connection, column: Any, before: str) -> dict[str, Any]:
    count, oldest = conn.execute(select(func.count(), func.min(column)).where(column < before)).one()
    return {"count": count, "oldest": oldest}


def report(conn: Connection, now: datetime | None = None) -> dict[str, Any]:
    """What is past its period, per kind, with the cut-off date and what happens to it."""
    now = now or datetime.now(timezone.utc)
    fiscal_years, personal_years = server_settings.get(conn, FISCAL.key), server_settings.get(conn, PERSONAL.key)
    session_days = server_settings.get(conn, SESSIONS.key)
    fiscal_cut = _iso(_years_before(now, fiscal_years))
    personal_cut = _iso(_years_before(now, personal_years))
    session_cut = now - timedelta(days=session_days)
    closed = 0
    for row in conn.execute(select(taxpayers.c.data).where(taxpayers.c.updated_at < personal_cut)):
        closed += (loads(row.data) or {}).get("status") == "inactive"
    ended = supervisor_sessions.c
    sessions_past = conn.execute(select(func.count()).select_from(supervisor_sessions).where(or_(
        and_(ended.ended_at.is_not(None), ended.ended_at < _iso(session_cut)),
        ended.expires_at < _iso(session_cut)))).scalar_one()
    limits_past = conn.execute(select(func.count()).select_from(rate_limits).where(
        rate_limits.c.window_start < int(session_cut.timestamp()))).scalar_one()
    return {
        "at": _iso(now),
        "fiscal": {"years": fiscal_years, "before": fiscal_cut, "action": "kept (archive; never deleted)",
                   "events": _count_older(conn, events.c.received_at, fiscal_cut),
                   "receipts": _count_older(conn, receipts.c.paid_at, fiscal_cut),
                   "cash_signoffs": _count_older(conn, cash_signoffs.c.created_at, fiscal_cut)},
        "personal": {"years": personal_years, "before": personal_cut,
                     "action": "reported (a supervisor decides; receipts keep naming them)",
                     "closed_taxpayers": closed},
        "sessions": {"days": session_days, "before": _iso(session_cut), "action": "deleted by `retention purge`",
                     "supervisor_sessions": sessions_past, "rate_limits": limits_past},
    }


def purge(conn: Connection, now: datetime | None = None) -> dict[str, int]:
    """Delete what `report` lists under sessions, and nothing else."""
    now = now or datetime.now(timezone.utc)
    cut = now - timedelta(days=server_settings.get(conn, SESSIONS.key))
    ended = supervisor_sessions.c
    sessions = conn.execute(supervisor_sessions.delete().where(or_(
        and_(ended.ended_at.is_not(None), ended.ended_at < _iso(cut)), ended.expires_at < _iso(cut)))).rowcount
    limits = conn.execute(rate_limits.delete().where(rate_limits.c.window_start < int(cut.timestamp()))).rowcount
    return {"supervisor_sessions": sessions, "rate_limits": limits}
