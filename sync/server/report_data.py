"""The figures of the reconciliation report of a day or a month, aggregated in SQL.

Receipts count in the period they were issued: `paid_at` (the time on the receipt) in the
municipality's time zone, as open data counts them (sync/server/opendata_month.py). Expected cash
follows sync/server/reconcile_ledger.py exactly, session by session (float + cash receipts between
the session's opening and closing, less those voided before the closing), for every cash session
opened in the period; cash handed in is every valid sign-off (sync/server/reconcile_signoff.py) of
the period's agent-days. A month of 150,000 receipts is summed by the database: what comes back
to Python is one row per (agent, zone, tax, day), per session and per void, never per receipt."""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, and_, case, exists, func, literal, select

from core.timezones import local_moment
from sync.server.opendata_month import parse_month
from sync.server.reconcile_ledger import day_bounds, municipality_settings, sessions_cash, sessions_opened
from sync.server.reconcile_signoff import signature_valid
from sync.server.reference import AdminError
from sync.server.schema import (agents, cash_signoffs, receipts, server_keys, tax_types, taxpayers, void_decisions,
                                void_requests, zones)

MOBILE = "mobile_money"


@dataclass
class Tally:
    receipts: int = 0
    voids: int = 0
    collected: int = 0  # every receipt, voided or not (minor units)
    voided: int = 0  # amount of the voided ones
    mobile: int = 0  # net amount paid by mobile money

    @property
    def net(self) -> int:
        return self.collected - self.voided

    def add(self, count: int, voids: int, collected: int, voided: int, mobile: int) -> None:
        self.receipts += count
        self.voids += voids
        self.collected += collected
        self.voided += voided
        self.mobile += mobile


@dataclass
class Cash:
    """Expected cash and what was handed in, for an agent, a day or the whole period."""
    expected: int = 0
    counted: int = 0  # by valid sign-offs
    reconciled_expected: int = 0  # expected cash of the agent-days that have a sign-off
    open_days: int = 0  # agent-days with expected cash and no sign-off
    unreconciled: int = 0  # their expected cash
    signed_by: list[str] = field(default_factory=list)
    signed_days: int = 0

    @property
    def variance(self) -> int | None:
        """Handed in minus expected over the signed-off agent-days (None: nothing signed off)."""
        return self.counted - self.reconciled_expected if self.signed_days else None


@dataclass
class Line:
    key: str
    label: str
    tally: Tally = field(default_factory=Tally)
    cash: Cash = field(default_factory=Cash)


@dataclass
class ReportData:
    municipality: str
    currency: str
    timezone: str
    locale: str
    logo: str | None  # base64 PNG, as the municipality's data keeps it
    kind: str  # "day" | "month"
    period: str  # "2026-11-24" | "2026-11"
    days: list[date]
    total: Line
    agents: list[Line]
    zones: list[Line]
    taxes: list[Line]
    by_day: list[Line]  # one per day of a month (empty for a day)
    server_key: str | None
    # Voids of the period's receipts that wait for a supervisor (sync/server/void_rules.py): they
    # count nowhere until approved, and the council sees how many and how much.
    pending_voids: int = 0
    pending_voided: int = 0


def parse_period(day: str | None, month: str | None) -> tuple[str, str, list[date]]:
    """('day'|'month', the period's text, its days); AdminError saying what to give."""
    if (day is None) == (month is None):
        raise AdminError("give either a day (--date YYYY-MM-DD) or a month (--month YYYY-MM)")
    if day is not None:
        try:
            first = date.fromisoformat(day.strip())
        except (TypeError, ValueError):
            raise AdminError(f"{day!r} is not a day: give it as YYYY-MM-DD") from None
        return "day", first.isoformat(), [first]
    parsed = parse_month(month.strip() if isinstance(month, str) else month)
    if parsed is None:
        raise AdminError(f"{month!r} is not a month: give it as YYYY-MM")
    first = date(parsed[0], parsed[1], 1)
    following = date(parsed[0] + (parsed[1] == 12), parsed[1] % 12 + 1, 1)
    return "month", first.strftime("%Y-%m"), [first + timedelta(days=n) for n in range((following - first).days)]


def read_report(conn: Connection, *, day: str | None = None, month: str | None = None) -> ReportData:
    kind, period, days = parse_period(day, month)
    settings = municipality_settings(conn)
    tz = settings.get("timezone") or "UTC"
    bounds = [day_bounds(d, tz)[0] for d in days] + [day_bounds(days[-1], tz)[1]]
    zone_names = {row.id: row.name for row in conn.execute(select(zones.c.id, zones.c.name))}
    agent_names = {row.id: row.name for row in conn.execute(select(agents.c.id, agents.c.name))}
    total = Line("", "")
    by_agent: dict[str, Line] = {}
    by_zone: dict[str, Line] = {}
    by_tax: dict[str, Line] = {}
    by_day = {d.isoformat(): Line(d.isoformat(), d.isoformat()) for d in days}

    def agent_line(agent_id: str | None) -> Line:
        key = agent_id or ""
        if key not in by_agent:
            by_agent[key] = Line(key, agent_names.get(key, ""))
        return by_agent[key]

    for agent_id, zone_id, tax_code, day_index, *figures in _receipt_groups(conn, bounds):
        figures = [int(f or 0) for f in figures]
        zone_key = zone_id if zone_id in zone_names else ""
        for line in (total, agent_line(agent_id), by_day[days[int(day_index)].isoformat()],
                     by_zone.setdefault(zone_key, Line(zone_key, zone_names.get(zone_key, ""))),
                     by_tax.setdefault(tax_code, Line(tax_code, tax_code))):
            line.tally.add(*figures)
    expected = _expected_cash(conn, bounds, tz)  # (agent_id, day) -> expected
    signed = _signed_off(conn, days)  # (agent_id, day) -> (counted, [names])
    for agent_day in sorted(set(expected) | set(signed)):
        agent_id, day_text = agent_day
        amount = expected.get(agent_day, 0)
        for line in (total, agent_line(agent_id), by_day[day_text]):
            cash = line.cash
            cash.expected += amount
            if agent_day in signed:
                counted, names = signed[agent_day]
                cash.counted += counted
                cash.reconciled_expected += amount
                cash.signed_days += 1
                cash.signed_by.extend(n for n in names if n not in cash.signed_by)
            elif amount:
                cash.open_days += 1
                cash.unreconciled += amount
    _label_taxes(conn, by_tax, settings.get("locale") or "fr")
    return ReportData(
        settings.get("name", ""), settings["currency"], tz, settings.get("locale") or "fr", settings.get("logo"),
        kind, period, days, total,
        sorted(by_agent.values(), key=lambda line: (line.label == "", line.label.casefold())),
        sorted(by_zone.values(), key=lambda line: (line.key == "", line.label.casefold())),
        sorted(by_tax.values(), key=lambda line: line.label.casefold()),
        list(by_day.values()) if kind == "month" else [],
        conn.execute(select(server_keys.c.public_key).where(server_keys.c.retired_at.is_(None))
                     .order_by(server_keys.c.number.desc())).scalars().first(),
        *_pending_voids(conn, bounds))


def _pending_voids(conn: Connection, bounds: list[str]) -> tuple[int, int]:
    """(count, amount) of the period's receipts whose void waits for a supervisor's decision."""
    undecided = ~exists().where(void_decisions.c.receipt_no == void_requests.c.receipt_no)
    count, amount = conn.execute(
        select(func.count(), func.coalesce(func.sum(receipts.c.amount), 0))
        .select_from(void_requests.join(receipts, receipts.c.receipt_no == void_requests.c.receipt_no))
        .where(undecided, receipts.c.paid_at >= bounds[0], receipts.c.paid_at < bounds[-1])).one()
    return int(count), int(amount)


def _receipt_groups(conn: Connection, bounds: list[str]) -> list[tuple]:
    """One row per (agent, zone, tax, day index): counts and sums of the period's receipts."""
    paid = receipts.c.paid_at

    def c(column: Any) -> Any:
        # Ids and ISO times compare byte by byte; PostgreSQL's language collations would compare
        # (and sort, to group) them many times slower, on every receipt of the month.
        return column.collate("C") if conn.dialect.name == "postgresql" else column

    day_index = case(*[(c(paid) < bound, literal(n)) for n, bound in enumerate(bounds[1:-1])],
                     else_=literal(len(bounds) - 2)) if len(bounds) > 2 else literal(0)
    voided = receipts.c.voided_at.is_not(None)
    zone_id, agent_id, tax_code = c(func.coalesce(taxpayers.c.zone_id, "")), c(receipts.c.agent_id), c(receipts.c.tax_code)
    query = (select(agent_id, zone_id, tax_code, day_index, func.count(),
                    func.count(receipts.c.voided_at), func.sum(receipts.c.amount),
                    func.sum(case((voided, receipts.c.amount), else_=0)),
                    func.sum(case((and_(~voided, receipts.c.method == MOBILE), receipts.c.amount), else_=0)))
             .select_from(receipts.outerjoin(taxpayers, taxpayers.c.id == receipts.c.taxpayer_id))
             .where(paid >= bounds[0], paid < bounds[-1])
             .group_by(agent_id, zone_id, tax_code, day_index))
    return conn.execute(query).all()


def _expected_cash(conn: Connection, bounds: list[str], tz: str) -> dict[tuple[str, str], int]:
    """Expected cash of every session opened in the period, by (agent id, local day): the
    reconciliation's own figures (reconcile_ledger, a few batched reads for every session)."""
    opened = sessions_opened(conn, bounds[0], bounds[-1])
    expected: dict[tuple[str, str], int] = defaultdict(int)
    for row, cash in zip(opened, sessions_cash(conn, opened)):
        expected[(row.agent_id or "", local_moment(row.device_time, tz).date().isoformat())] += cash.expected_cash
    return dict(expected)


def _signed_off(conn: Connection, days: list[date]) -> dict[tuple[str, str], tuple[int, list[str]]]:
    """Cash handed in per (agent id, day): every sign-off whose signature holds under one of the
    server's keys (one that fails is not believed, as in reconcile_report)."""
    known = set(conn.execute(select(server_keys.c.public_key)).scalars())
    found: dict[tuple[str, str], tuple[int, list[str]]] = {}
    rows = conn.execute(select(cash_signoffs.c.agent_id, cash_signoffs.c.day, cash_signoffs.c.record,
                               cash_signoffs.c.signature, cash_signoffs.c.public_key)
                        .where(cash_signoffs.c.day >= days[0].isoformat(), cash_signoffs.c.day <= days[-1].isoformat())
                        .order_by(cash_signoffs.c.agent_id, cash_signoffs.c.day, cash_signoffs.c.number))
    for agent_id, day_text, text, signature, public_key in rows:
        if not (public_key in known and signature_valid(text, signature, public_key)):
            continue
        counted, names = found.get((agent_id, day_text), (0, []))
        record = json.loads(text)
        if record.get("signed_by") and record["signed_by"] not in names:
            names.append(record["signed_by"])
        found[(agent_id, day_text)] = (counted + int(record.get("counted") or 0), names)
    return found


def _label_taxes(conn: Connection, by_tax: dict[str, Line], locale: str) -> None:
    for code, data in conn.execute(select(tax_types.c.code, tax_types.c.data)):
        if code in by_tax:
            tax: dict[str, Any] = json.loads(data)
            by_tax[code].label = (tax.get("labels") or {}).get(locale) or tax.get("label") or code
