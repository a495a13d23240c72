"""What the synced ledger says an agent should hand in: the expected cash of each of their cash
sessions opened on a day (in the municipality's time zone), read from the pushed events.

A session's expected cash is computed as the device's Z-report computes it (core.sessions.
build_z_report): opening float + its cash payments that were not voided. A session's payments are
the device's payments between its `session.opened` and its `session.closed` (a device has one
session open at a time, and every payment is taken in the open session of its own agent). For a
closed session, a void counts only if it was recorded before the closing, as on the device:
the Z-report is what the agent handed in against, and a later void does not change it. A session
whose closing has not been pushed yet counts every void the server holds. A void that waits for a
supervisor's approval, or was rejected, counts nowhere (sync/server/voids.py)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import Connection, Row, select, text

from core.timezones import zone
from sync.server.db import is_postgres
from sync.server.reference import AdminError
from sync.server.schema import agents, devices, events, municipality, receipts
from sync.server.voids import not_counted_payment_ids


@dataclass(frozen=True)
class SessionCash:
    session_id: str
    device_code: str
    opened_at: str  # device time
    closed_at: str | None  # None: still open, or its closing not pushed yet
    opening_float: int
    cash_receipts: int  # valid cash receipts counted
    cash_collected: int  # their amount
    voided_cash: int  # cash receipts of the session voided before closing (not expected)
    z_expected_cash: int | None  # the device's own Z-report figure, when the closing was pushed

    @property
    def expected_cash(self) -> int:
        return self.opening_float + self.cash_collected

    def to_dict(self) -> dict[str, Any]:
        return {"session_id": self.session_id, "device_code": self.device_code, "opened_at": self.opened_at,
                "closed_at": self.closed_at, "opening_float": self.opening_float,
                "cash_receipts": self.cash_receipts, "cash_collected": self.cash_collected,
                "voided_cash": self.voided_cash, "expected_cash": self.expected_cash,
                "z_expected_cash": self.z_expected_cash}


@dataclass(frozen=True)
class AgentDay:
    agent_id: str
    agent_name: str
    day: str  # YYYY-MM-DD
    timezone: str
    currency: str
    sessions: list[SessionCash] = field(default_factory=list)

    @property
    def expected_cash(self) -> int:
        return sum(s.expected_cash for s in self.sessions)


def municipality_settings(conn: Connection) -> dict[str, Any]:
    data = conn.execute(select(municipality.c.data)).scalar_one_or_none()
    if data is None:
        raise AdminError("the server is not initialised: run `quittance-server init` first")
    return json.loads(data)


def find_agent(conn: Connection, name: str) -> tuple[str, str, str]:
    """(id, name, role) of the agent with this name, or a refusal naming it."""
    row = conn.execute(select(agents.c.id, agents.c.name, agents.c.role).where(agents.c.name == name.strip())).first()
    if row is None:
        raise AdminError(f"no agent named {name!r}")
    return row[0], row[1], row[2]


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError):
        raise AdminError(f"--date {text!r}: give the day as YYYY-MM-DD") from None


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def day_bounds(day: date, zone_name: str) -> tuple[str, str]:
    """The day's start and end as the UTC ISO text devices write, to compare with device_time."""
    tz = zone(zone_name) or timezone.utc
    start = datetime.combine(day, time(0), tzinfo=tz)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz)
    return _utc_text(start), _utc_text(end)


def agent_day(conn: Connection, agent_name: str, day: date) -> AgentDay:
    """The expected cash of every session the agent opened on `day` (municipality time)."""
    settings = municipality_settings(conn)
    agent_id, name, _role = find_agent(conn, agent_name)
    start, end = day_bounds(day, settings["timezone"])
    sessions = sessions_cash(conn, sessions_opened(conn, start, end, agent_id))
    return AgentDay(agent_id, name, day.isoformat(), settings["timezone"], settings["currency"], sessions)


def sessions_opened(conn: Connection, start: str, end: str, agent_id: str | None = None) -> list[Row]:
    """The `session.opened` events with a device time in [start, end), of one agent or of all,
    in the order a day lists them (device time, device, seq), with the device's code and the
    payload of the first `session.closed` after it on that device (None: none pushed yet)."""
    later = events.alias("closing")
    first_closing = (select(later.c.payload)
                     .where(later.c.bucket == events.c.bucket, later.c.device_id == events.c.device_id,
                            later.c.type == "session.closed", later.c.seq > events.c.seq)
                     .order_by(later.c.seq).limit(1)
                     .scalar_subquery())
    where = [events.c.type == "session.opened", events.c.device_time >= start, events.c.device_time < end]
    if agent_id is not None:
        where.append(events.c.agent_id == agent_id)
    return list(conn.execute(
        select(events.c.bucket, events.c.device_id, events.c.seq, events.c.agent_id, events.c.payload,
               events.c.device_time, devices.c.code, first_closing.label("closing"))
        .join(devices, devices.c.id == events.c.device_id)
        .where(*where)
        .order_by(events.c.device_time, events.c.device_id, events.c.seq)).all())


def sessions_cash(conn: Connection, opened: list[Row]) -> list[SessionCash]:
    """The expected cash of the sessions `sessions_opened` rows opened, in their order.

    A few queries whatever the number of sessions (a day of 50 agents is about 60, a month about
    1,800), instead of three per session: the voids of every session at once (a small partial
    index holds only void events), each session's count and sum of cash receipts (from the index on
    receipts alone), and the receipts the voids name, whose cash comes off their session's."""
    if not opened:
        return []
    # bounds: (bucket, device, after, before) per session, whose events lie strictly between.
    sessions, bounds = [], []
    for row in opened:
        data = json.loads(row.payload)["data"]
        closing = json.loads(row.closing) if row.closing is not None else None
        # The first closing after the opening is this session's (one session is open at a time on a
        # device); one that names another session means this one's closing was never pushed.
        if closing is not None and closing["data"].get("session_id") != data["id"]:
            closing = None
        sessions.append((row, data, closing))
        bounds.append((row.bucket, row.device_id, row.seq, closing["seq"] if closing else None))
    voids = _voids(conn, bounds)
    sums = _cash_sums(conn, bounds)
    voided_receipts = _cash_receipts_of(conn, {payment_id for device_voids in voids.values()
                                               for _seq, payment_id in device_voids})
    result = []
    for index, ((row, data, closing), (_bucket, device_id, after, before)) in enumerate(zip(sessions, bounds)):
        voided = {payment_id for seq, payment_id in voids.get(device_id, ()) if _between(seq, after, before)}
        # Voided cash: the session's own cash receipts among them (same device, inside its seqs).
        hit = [amount for receipt_device, event_seq, amount in (voided_receipts[p] for p in voided if p in voided_receipts)
               if receipt_device == device_id and _between(event_seq, after, before)]
        count, total = sums[index]
        z_expected = closing["data"]["report"].get("expected_cash") if closing else None
        result.append(SessionCash(data["id"], row.code, row.device_time, closing["device_time"] if closing else None,
                                  int(data.get("opening_float", 0)), count - len(hit), total - sum(hit), sum(hit),
                                  z_expected))
    return result


def _between(seq: int, after: int, before: int | None) -> bool:
    return seq > after and (before is None or seq < before)


# The sessions' ranges go to the database as data, and each range is read on its own: one index
# range scan per session (on `events`, of its device's partition only on PostgreSQL). On
# PostgreSQL they are arrays read by LATERAL; `OFFSET 0` keeps the planner from folding the
# subquery into a join, which it planned as a whole-table scan for want of an estimate of how few
# rows the ranges hold. On SQLite they are one JSON array read by json_each, which CROSS JOIN
# keeps as the outer loop. An OR of one clause per session took about 40 ms to plan on PostgreSQL
# (each clause against each of the 16 partitions) and as long again to build.
_PG_VOIDS = text(
    "SELECT e.device_id, e.seq, e.payload FROM unnest(CAST(:buckets AS smallint[]), CAST(:devices AS text[]), "
    "CAST(:afters AS bigint[]), CAST(:befores AS bigint[])) AS r(bucket, device_id, after_seq, before_seq) "
    "CROSS JOIN LATERAL (SELECT v.device_id, v.seq, v.payload FROM events v WHERE v.bucket = r.bucket "
    "AND v.device_id = r.device_id AND v.seq > r.after_seq AND v.seq < r.before_seq "
    "AND v.type = 'payment.voided' OFFSET 0) AS e")
_PG_CASH = text(
    "SELECT x.n, x.total FROM unnest(CAST(:devices AS text[]), CAST(:afters AS bigint[]), "
    "CAST(:befores AS bigint[])) WITH ORDINALITY AS r(device_id, after_seq, before_seq, i) "
    "CROSS JOIN LATERAL (SELECT count(*) AS n, coalesce(sum(c.amount), 0) AS total FROM receipts c "
    "WHERE c.device_id = r.device_id AND c.event_seq > r.after_seq AND c.event_seq < r.before_seq "
    "AND c.method = 'cash') AS x ORDER BY r.i")
_SQLITE_VOIDS = text(
    "SELECT v.device_id, v.seq, v.payload FROM json_each(:ranges) AS r CROSS JOIN events v "
    "WHERE v.bucket = json_extract(r.value, '$[0]') AND v.device_id = json_extract(r.value, '$[1]') "
    "AND v.seq > json_extract(r.value, '$[2]') AND v.seq < json_extract(r.value, '$[3]') "
    "AND v.type = 'payment.voided'")
_SQLITE_CASH = text(
    "SELECT count(x.amount) AS n, coalesce(sum(x.amount), 0) AS total FROM json_each(:ranges) AS r "
    "LEFT JOIN receipts x ON x.device_id = json_extract(r.value, '$[1]') "
    "AND x.event_seq > json_extract(r.value, '$[2]') AND x.event_seq < json_extract(r.value, '$[3]') "
    "AND x.method = 'cash' GROUP BY r.key ORDER BY r.key")
# A session not closed yet reaches to the end of its device's events: a seq no device reaches,
# so that both ends are an index range.
_NO_END = 2**62


def _read_ranges(conn: Connection, bounds: list[tuple], pg_query: Any, sqlite_query: Any) -> Any:
    """Run the query for these (bucket, device, after, before) ranges, in the database's dialect."""
    ranges = [(bucket, device_id, after, _NO_END if before is None else before)
              for bucket, device_id, after, before in bounds]
    if is_postgres(conn):
        buckets, device_ids, afters, befores = (list(column) for column in zip(*ranges))
        return conn.execute(pg_query, {"buckets": buckets, "devices": device_ids, "afters": afters,
                                       "befores": befores})
    return conn.execute(sqlite_query, {"ranges": json.dumps(ranges)})


def _voids(conn: Connection, bounds: list[tuple]) -> dict[str, list[tuple[int, str]]]:
    """device -> (seq, voided payment id) of its `payment.voided` events inside any of the sessions
    (each once, should two sessions' ranges overlap)."""
    found: dict[str, dict[int, str]] = {}
    for row in _read_ranges(conn, bounds, _PG_VOIDS, _SQLITE_VOIDS):
        found.setdefault(row.device_id, {})[row.seq] = json.loads(row.payload)["data"]["payment_id"]
    # A void waiting for a supervisor, or rejected, counts for nothing: the cash is expected.
    not_counted = not_counted_payment_ids(conn, list(found))
    return {device_id: [(seq, payment_id) for seq, payment_id in by_seq.items() if payment_id not in not_counted]
            for device_id, by_seq in found.items()}


def _cash_sums(conn: Connection, bounds: list[tuple]) -> list[tuple[int, int]]:
    """(count, amount) of the cash receipts inside each session's range, in the sessions' order."""
    ranges = [(bucket, device_id, after, _NO_END if before is None else before)
              for bucket, device_id, after, before in bounds]
    if is_postgres(conn):
        _buckets, device_ids, afters, befores = (list(column) for column in zip(*ranges))
        rows = conn.execute(_PG_CASH, {"devices": device_ids, "afters": afters, "befores": befores})
    else:
        rows = conn.execute(_SQLITE_CASH, {"ranges": json.dumps(ranges)})
    return [(int(row.n), int(row.total)) for row in rows]


def _cash_receipts_of(conn: Connection, payment_ids: set[str]) -> dict[str, tuple[str, int, int]]:
    """{payment id: (device, event seq, amount)} of the cash receipts among `payment_ids` (the
    payments void events name: few)."""
    found, ids = {}, sorted(payment_ids)
    for start in range(0, len(ids), 500):
        for row in conn.execute(select(receipts.c.payment_id, receipts.c.device_id, receipts.c.event_seq,
                                       receipts.c.amount)
                                .where(receipts.c.payment_id.in_(ids[start:start + 500]), receipts.c.method == "cash")):
            found[row.payment_id] = (row.device_id, int(row.event_seq), int(row.amount))
    return found
