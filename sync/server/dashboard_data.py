"""The supervisor's dashboard, aggregated in SQL: the collection rate by zone, agent, tax and day,
receipts and voids per agent, and the last sync of each device.

A window is a run of local days (the municipality's time zone), both ends included. The rate is
collected against assessed for the lines of the window:
- a line is a (taxpayer, tax, period) whose period overlaps the window: the year ("2026"), a
  month ("2026-11") or a day ("2026-11-24") of one of its days;
- assessed: the amounts of those lines' assessments;
- collected: the standing (not voided) receipts for those lines paid before the window's end,
  including those paid before it began (an annual tax paid in March counts in November's rate);
  `in_window` is the part of it paid within the window.
A receipt's day is its `paid_at` (the time printed on it) in the municipality's time zone. An
agent's assessed is that of the zones they are assigned today, so that agents who share a zone
share its denominator; their collected is what they took themselves.
Receipts and voids per agent count every receipt issued in the window, whatever its period."""
from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import JSON, BigInteger, Connection, String, and_, case, cast, func, literal, select, union_all

from core.timezones import zone
from sync.server.schema import agent_zones, agents, assessments, device_agents, devices, municipality, receipts
from sync.server.schema import taxpayers, tax_types, zones

MAX_DAYS = 366
UNKNOWN = ""  # the group of receipts whose taxpayer, zone or agent the server does not hold


class WindowError(ValueError):
    """A window that is no run of days: the words say why."""


def _utc_text(moment: datetime) -> str:
    # As devices write paid_at (core.clock.iso), so that bounds compare as text over its index.
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_window(first: str | None, last: str | None, today: date) -> tuple[date, date]:
    """The days asked for; without them, the last 30 days to today."""
    try:
        end = date.fromisoformat(last) if last else today
        start = date.fromisoformat(first) if first else end - timedelta(days=29)
    except ValueError:
        raise WindowError("give the days as YYYY-MM-DD") from None
    if start > end:
        raise WindowError("`from` is after `to`")
    if (end - start).days + 1 > MAX_DAYS:
        raise WindowError(f"a window has at most {MAX_DAYS} days")
    return start, end


def settings(conn: Connection) -> dict[str, Any]:
    data = conn.execute(select(municipality.c.data)).scalar_one_or_none()
    return json.loads(data) if data else {}


def _days(start: date, end: date, tz_name: str) -> list[tuple[str, str, str]]:
    tz = zone(tz_name) or timezone.utc
    found, day = [], start
    while day <= end:
        following = day + timedelta(days=1)
        found.append((day.isoformat(), _utc_text(datetime.combine(day, time(0), tzinfo=tz)),
                      _utc_text(datetime.combine(following, time(0), tzinfo=tz))))
        day = following
    return found


def _periods(start: date, end: date) -> list[str]:
    """Every period text that overlaps the window: its years, months and days."""
    found: set[str] = set()
    day = start
    while day <= end:
        found.update((f"{day.year:04d}", f"{day.year:04d}-{day.month:02d}", day.isoformat()))
        day += timedelta(days=1)
    return sorted(found)


def _json_field(conn: Connection, column: Any, key: str) -> Any:
    """A text field of a JSON text column, on SQLite (json_extract) and PostgreSQL (->>)."""
    if conn.dialect.name == "postgresql":
        return func.json_extract_path_text(cast(column, JSON), key)
    return cast(func.json_extract(column, f"$.{key}"), String)


def _pairs(rows: Any) -> dict[str, list[int]]:
    # Sums are Decimal on PostgreSQL: whole minor units, made int again.
    return {(key or UNKNOWN): [int(v or 0) for v in values] for key, *values in rows}


def dashboard(conn: Connection, start: date, end: date, now: datetime | None = None) -> dict[str, Any]:
    """Every figure of the dashboard for the days start..end (local), as plain JSON."""
    config = settings(conn)
    tz_name = config.get("timezone", "UTC")
    days = _days(start, end, tz_name)
    begins, ends = days[0][1], days[-1][2]
    periods = _periods(start, end)

    line_receipts = and_(receipts.c.period.in_(periods), receipts.c.voided_at.is_(None), receipts.c.paid_at < ends)
    in_window = func.sum(case((receipts.c.paid_at >= begins, receipts.c.amount), else_=0))
    collected = func.sum(receipts.c.amount)
    by_receipt_zone = receipts.outerjoin(taxpayers, taxpayers.c.id == receipts.c.taxpayer_id)

    def collected_by(key: Any, source: Any = receipts) -> dict[str, list[int]]:
        return _pairs(conn.execute(select(key, collected, in_window).select_from(source)
                                   .where(line_receipts).group_by(key)).all())

    a_period = _json_field(conn, assessments.c.data, "period")
    a_amount = cast(_json_field(conn, assessments.c.data, "amount"), BigInteger)
    a_tax = _json_field(conn, assessments.c.data, "tax_code")
    in_scope = a_period.in_(periods)
    by_assessed_zone = assessments.join(taxpayers, taxpayers.c.id == assessments.c.taxpayer_id)

    def assessed_by(key: Any, source: Any) -> dict[str, int]:
        rows = conn.execute(select(key, func.sum(a_amount)).select_from(source).where(in_scope).group_by(key)).all()
        return {(k or UNKNOWN): int(v or 0) for k, v in rows}

    total_assessed = int(conn.execute(select(func.coalesce(func.sum(a_amount), 0)).where(in_scope)).scalar_one())
    total = conn.execute(select(func.coalesce(collected, 0), func.coalesce(in_window, 0)).where(line_receipts)).one()

    zone_names = {r.id: (r.code, r.name) for r in conn.execute(select(zones.c.id, zones.c.code, zones.c.name))}
    agent_names = dict(conn.execute(select(agents.c.id, agents.c.name)).all())
    tax_labels = {code: json.loads(data).get("label", code)
                  for code, data in conn.execute(select(tax_types.c.code, tax_types.c.data))}

    by_zone = _rates(collected_by(taxpayers.c.zone_id, by_receipt_zone),
                     assessed_by(taxpayers.c.zone_id, by_assessed_zone),
                     lambda k: {"key": k, "code": zone_names.get(k, ("", ""))[0],
                                "name": zone_names.get(k, ("", ""))[1]},
                     keep=[k for k, _ in sorted(zone_names.items(), key=lambda item: item[1][0])])
    agent_zone = by_assessed_zone.join(agent_zones, agent_zones.c.zone_id == taxpayers.c.zone_id)
    by_agent = _rates(collected_by(receipts.c.agent_id), assessed_by(agent_zones.c.agent_id, agent_zone),
                      lambda k: {"key": k, "name": agent_names.get(k, "")})
    by_tax = _rates(collected_by(receipts.c.tax_code), assessed_by(a_tax, assessments),
                    lambda k: {"key": k, "code": k, "name": tax_labels.get(k, k)}, keep=sorted(tax_labels))

    return {
        "from": start.isoformat(), "to": end.isoformat(), "timezone": tz_name,
        "currency": config.get("currency", ""),
        "generated_at": _utc_text(now or datetime.now(timezone.utc)),
        "total": {"assessed": total_assessed, "collected": int(total[0]), "in_window": int(total[1]),
                  "rate": _rate(int(total[0]), total_assessed)},
        "by_zone": by_zone, "by_agent": by_agent, "by_tax": by_tax,
        "days": _daily(conn, days, begins, line_receipts, total_assessed, zone_names,
                       assessed_by(taxpayers.c.zone_id, by_assessed_zone)),
        "receipts_by_agent": _receipts_by_agent(conn, begins, ends, agent_names),
        "devices": _devices(conn, agent_names, now or datetime.now(timezone.utc)),
    }


def _rate(collected: int, assessed: int) -> float | None:
    """A share, not money: None where nothing was assessed (no rate, rather than infinity)."""
    return round(collected / assessed, 4) if assessed else None


def _rates(collected: dict[str, list[int]], assessed: dict[str, int], describe: Any,
           keep: list[str] | None = None) -> list[dict[str, Any]]:
    keys = list(keep or [])
    keys += sorted(k for k in set(collected) | set(assessed) if k not in keys)
    rows = []
    for key in keys:
        got, window = collected.get(key, [0, 0])
        rows.append({**describe(key), "assessed": assessed.get(key, 0), "collected": got, "in_window": window,
                     "rate": _rate(got, assessed.get(key, 0))})
    return rows


def _daily(conn: Connection, days: list[tuple[str, str, str]], begins: str, line_receipts: Any,
           total_assessed: int, zone_names: dict[str, tuple[str, str]],
           zone_assessed: dict[str, int]) -> dict[str, Any]:
    """Collected each day (overall and by zone) and the cumulative rate at each day's end."""
    table = union_all(*[select(literal(d, String).label("day"), literal(s, String).label("starts"),
                               literal(e, String).label("ends")) for d, s, e in days]).cte("window_days")
    joined = table.join(receipts, and_(receipts.c.paid_at >= table.c.starts, receipts.c.paid_at < table.c.ends)) \
        .outerjoin(taxpayers, taxpayers.c.id == receipts.c.taxpayer_id)
    zone_key = func.coalesce(taxpayers.c.zone_id, UNKNOWN)
    rows = conn.execute(select(table.c.day, zone_key, func.sum(receipts.c.amount)).select_from(joined)
                        .where(line_receipts).group_by(table.c.day, zone_key)).all()
    before_rows = conn.execute(select(zone_key, func.sum(receipts.c.amount)).select_from(
        receipts.outerjoin(taxpayers, taxpayers.c.id == receipts.c.taxpayer_id))
        .where(line_receipts, receipts.c.paid_at < begins).group_by(zone_key)).all()
    before = {k: int(v or 0) for k, v in before_rows}
    per_day: dict[str, dict[str, int]] = {}
    for day, key, amount in rows:
        per_day.setdefault(day, {})[key] = int(amount or 0)
    zone_keys = [k for k, _ in sorted(zone_names.items(), key=lambda item: item[1][0])]
    running = dict(before)
    series = []
    for day, _s, _e in days:
        today = per_day.get(day, {})
        for key, amount in today.items():
            running[key] = running.get(key, 0) + amount
        series.append({"day": day, "collected": sum(today.values()),
                       "cumulative": sum(running.values()), "rate": _rate(sum(running.values()), total_assessed),
                       "by_zone": {key: {"collected": today.get(key, 0),
                                         "rate": _rate(running.get(key, 0), zone_assessed.get(key, 0))}
                                   for key in zone_keys}})
    return {"before": sum(before.values()), "series": series}


def _receipts_by_agent(conn: Connection, begins: str, ends: str, agent_names: dict[str, str]) -> list[dict[str, Any]]:
    rows = conn.execute(select(receipts.c.agent_id, func.count(), func.count(receipts.c.voided_at),
                               func.sum(case((receipts.c.voided_at.is_(None), receipts.c.amount), else_=0)))
                        .where(receipts.c.paid_at >= begins, receipts.c.paid_at < ends)
                        .group_by(receipts.c.agent_id)).all()
    found = [{"key": key or UNKNOWN, "name": agent_names.get(key, ""), "receipts": int(count),
              "voids": int(voids), "amount": int(amount or 0)} for key, count, voids, amount in rows]
    return sorted(found, key=lambda row: (row["name"], row["key"]))


def _devices(conn: Connection, agent_names: dict[str, str], now: datetime) -> list[dict[str, Any]]:
    """Every device, the one silent longest first (never synced before any that did)."""
    held: dict[str, list[str]] = {}
    for code, agent_id in conn.execute(select(device_agents.c.device_code, device_agents.c.agent_id)):
        held.setdefault(code, []).append(agent_names.get(agent_id, ""))
    never_first = case((devices.c.last_sync_at.is_(None), 0), else_=1)
    rows = conn.execute(select(devices.c.code, devices.c.last_sync_at, devices.c.revoked_at, devices.c.enrolled_at,
                               devices.c.app_version)
                        .order_by(never_first, devices.c.last_sync_at, devices.c.code)).all()
    found = []
    for code, last, revoked, enrolled, version in rows:
        age = None
        if last:
            moment = datetime.fromisoformat(last.replace("Z", "+00:00"))
            age = max(0, int((now - moment).total_seconds()))
        found.append({"code": code, "agents": sorted(held.get(code, [])), "last_sync_at": last, "age_s": age,
                      "enrolled_at": enrolled, "revoked_at": revoked, "app_version": version})
    return found
