"""One month of open data read from the server's tables: what was collected by zone and tax.

A payment counts in the month it was paid: its `paid_at` (the time on the receipt, recorded by the
device) in the municipality's time zone. Its zone is its taxpayer's zone. A voided receipt counts
among the month's receipts and voids, and not in the amount. Nothing personal is read out of
here: only counts, sums and zone and tax names."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection, and_, case, distinct, func, select

from core.clock import iso
from sync.server.opendata_protect import TOTAL, Position, Tally, grid_positions, hidden_amounts
from sync.server.schema import receipts, taxpayers, tax_types, zones

MONTH = re.compile(r"([0-9]{4})-(0[1-9]|1[0-2])")  # ASCII digits: \d takes any script's
FIRST_YEAR, LAST_YEAR = 2000, 2999  # a month outside is no month of this server
UNKNOWN_ZONE = ""  # the row of receipts whose taxpayer the server does not hold


@dataclass(frozen=True)
class Zone:
    key: str  # zone id, or UNKNOWN_ZONE
    code: str
    name: str


@dataclass(frozen=True)
class MonthTable:
    month: str  # "2026-11"
    starts: datetime  # first moment of the month in the municipality's zone
    ends: datetime  # first moment of the next month
    zones: tuple[Zone, ...]
    taxes: tuple[str, ...]  # tax codes
    grid: dict[Position, Tally]
    hidden: frozenset[Position]

    def shown_amount(self, position: Position) -> int | None:
        return None if position in self.hidden else self.grid[position].amount


def parse_month(text: str) -> tuple[int, int] | None:
    """(year, month) of 'YYYY-MM', or None for anything else."""
    found = MONTH.fullmatch(text or "") if isinstance(text, str) else None
    if not found or not FIRST_YEAR <= int(found.group(1)) <= LAST_YEAR:
        return None
    return int(found.group(1)), int(found.group(2))


def municipality_zone(name: str) -> ZoneInfo | timezone:
    try:
        return ZoneInfo(name) if name else timezone.utc
    except (ZoneInfoNotFoundError, ValueError):
        return timezone.utc


def month_bounds(year: int, month: int, zone_name: str) -> tuple[datetime, datetime]:
    """The month's first moment and the next month's, in the municipality's time zone."""
    tz = municipality_zone(zone_name)
    following = (year + 1, 1) if month == 12 else (year, month + 1)
    return datetime(year, month, 1, tzinfo=tz), datetime(*following, 1, tzinfo=tz)


def month_of(moment: datetime, zone_name: str) -> str:
    local = moment.astimezone(municipality_zone(zone_name))
    return f"{local.year:04d}-{local.month:02d}"


def previous_month(month: str) -> str:
    year, number = parse_month(month) or (FIRST_YEAR, 1)
    return f"{year - 1:04d}-12" if number == 1 else f"{year:04d}-{number - 1:02d}"


def paid_range(conn: Connection) -> tuple[str, str] | None:
    """The earliest and latest `paid_at` stored (two index look-ups), or None with no receipt."""
    first = conn.execute(select(func.min(receipts.c.paid_at))).scalar_one_or_none()
    last = conn.execute(select(func.max(receipts.c.paid_at))).scalar_one_or_none()
    return (first, last) if first and last else None


def read_month(conn: Connection, month: str, zone_name: str) -> MonthTable:
    """The month's table with its totals and the amounts to hide (sync/server/opendata_protect.py)."""
    parsed = parse_month(month)
    if parsed is None:
        raise ValueError(f"{month!r} is not a month")
    starts, ends = month_bounds(*parsed, zone_name)
    # paid_at is stored as the device wrote it, core.clock.iso (UTC, milliseconds, 'Z'), so the
    # bounds written the same way compare as text, over the index on paid_at.
    window = and_(receipts.c.paid_at >= iso(starts), receipts.c.paid_at < iso(ends))
    live = receipts.c.voided_at.is_(None)
    zone_id = func.coalesce(taxpayers.c.zone_id, UNKNOWN_ZONE)
    joined = receipts.outerjoin(taxpayers, taxpayers.c.id == receipts.c.taxpayer_id)
    per_cell = conn.execute(
        select(zone_id, receipts.c.tax_code, func.count(), func.count(receipts.c.voided_at),
               func.coalesce(func.sum(case((live, receipts.c.amount), else_=0)), 0),
               func.count(distinct(case((live, receipts.c.taxpayer_id)))))
        .select_from(joined).where(window).group_by(zone_id, receipts.c.tax_code)).all()
    # A taxpayer has one zone, so a tax's distinct taxpayers are the sum over zones; a zone's
    # (a taxpayer may pay several taxes) need a count of their own.
    per_zone = dict(conn.execute(
        select(zone_id, func.count(distinct(case((live, receipts.c.taxpayer_id)))))
        .select_from(joined).where(window).group_by(zone_id)).all())
    zone_rows = _zones(conn, {row[0] for row in per_cell})
    tax_codes = _taxes(conn, {row[1] for row in per_cell})
    grid = _grid(per_cell, per_zone, [z.key for z in zone_rows], tax_codes)
    hidden = hidden_amounts(grid, [z.key for z in zone_rows], tax_codes)
    return MonthTable(month, starts, ends, tuple(zone_rows), tuple(tax_codes), grid, hidden)


def _zones(conn: Connection, seen: set[str]) -> list[Zone]:
    """Every zone of the reference data by code (an empty one shows as zeros, so the table keeps
    its shape from month to month), and the unknown zone when a receipt needs it."""
    found = [Zone(row.id, row.code, row.name)
             for row in conn.execute(select(zones.c.id, zones.c.code, zones.c.name).order_by(zones.c.code))]
    if UNKNOWN_ZONE in seen or seen - {z.key for z in found}:
        found.append(Zone(UNKNOWN_ZONE, "", ""))
    return found


def _taxes(conn: Connection, seen: set[str]) -> list[str]:
    codes = set(conn.execute(select(tax_types.c.code)).scalars())
    return sorted(codes | seen)


def _grid(per_cell: list, per_zone: dict[str, int], zone_keys: list[str],
          tax_codes: list[str]) -> dict[Position, Tally]:
    known = set(zone_keys)
    cells: dict[Position, list[int]] = {p: [0, 0, 0, 0] for p in grid_positions(zone_keys, tax_codes)}
    zone_taxpayers: dict[str, int] = {}
    for zone_key, tax_code, count, voids, amount, payers in per_cell:
        zone_key = zone_key if zone_key in known else UNKNOWN_ZONE  # a zone id no longer in the reference
        # Sums come back as Decimal on PostgreSQL: whole numbers of minor units, made int again.
        for position in ((zone_key, tax_code), (zone_key, TOTAL), (TOTAL, tax_code), (TOTAL, TOTAL)):
            tally = cells[position]
            tally[0] += int(count)
            tally[1] += int(voids)
            tally[2] += int(amount)
        cells[(zone_key, tax_code)][3] += int(payers)
        cells[(TOTAL, tax_code)][3] += int(payers)
    for zone_key, payers in per_zone.items():
        zone_key = zone_key if zone_key in known else UNKNOWN_ZONE
        zone_taxpayers[zone_key] = zone_taxpayers.get(zone_key, 0) + int(payers)
    for zone_key, payers in zone_taxpayers.items():
        cells[(zone_key, TOTAL)][3] = payers
        cells[(TOTAL, TOTAL)][3] += payers
    return {position: Tally(*values) for position, values in cells.items()}
