"""Where each taxpayer stands for one year (core/standing.py: the same definition as the
device's exports), computed while the registry is streamed.

A line is a (tax, period) of the year: a period belongs to year Y when it is "Y" or starts with
"Y-" (annual 2026, monthly 2026-11, daily 2026-11-05, a one-off named 2026-…). Due is counted line
by line, as the device counts it (core.schedule.total_due_by_taxpayer): an advance on one line
does not hide arrears on another. A voided receipt pays nothing.

The registry, its assessments and its receipts are read as three streams ordered by taxpayer id
and merged, so 200,000 taxpayers never sit in memory at once. A taxpayer merged into another
(registry_duplicates) stands for it: its receipts and assessments (few, read apart and held in
memory) count under the kept taxpayer, an assessment only for a tax and period the kept one is
not assessed for already (the same debt registered twice), and its own line stands empty."""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, or_, select

from core.standing import (IN_ARREARS, NEVER_ASSESSED, NOTHING, PAID, PARTLY_PAID,  # noqa: F401 (re-exported)
                           Standing, in_year)
from sync.server.registry_duplicates import kept_ids
from sync.server.schema import assessments, receipts, taxpayer_merges

BATCH = 2000  # rows fetched at a time from each stream


def ordered_id(column: Any, conn: Connection) -> Any:
    """A taxpayer id column ordered byte by byte on both databases: the merge compares ids in
    Python, and PostgreSQL's language collations would order them otherwise."""
    return column.collate("C") if conn.dialect.name == "postgresql" else column


def stream(conn: Connection, query: Any) -> Iterator[Any]:
    """Rows fetched in batches (a server-side cursor on PostgreSQL), never all at once."""
    result = conn.execution_options(stream_results=True, yield_per=BATCH).execute(query)
    yield from result


_MERGED = select(taxpayer_merges.c.merged_id)


def _assessed_lines(conn: Connection, year: int, merged: bool = False) -> Iterator[tuple[str, tuple[str, str], int]]:
    """The year's assessed lines of the taxpayers not merged away (or, with `merged`, of those)."""
    where = assessments.c.taxpayer_id.in_(_MERGED) if merged else assessments.c.taxpayer_id.not_in(_MERGED)
    query = (select(assessments.c.taxpayer_id, assessments.c.data).where(where)
             .order_by(ordered_id(assessments.c.taxpayer_id, conn), assessments.c.id))
    for taxpayer_id, text in stream(conn, query):
        data = json.loads(text)
        if in_year(data.get("period"), year) and type(data.get("amount")) is int:
            yield taxpayer_id, (data.get("tax_code"), data["period"]), data["amount"]


def _paid_lines(conn: Connection, year: int, merged: bool = False) -> Iterator[tuple[str, tuple[str, str], int, str]]:
    where = receipts.c.taxpayer_id.in_(_MERGED) if merged else receipts.c.taxpayer_id.not_in(_MERGED)
    query = (select(receipts.c.taxpayer_id, receipts.c.tax_code, receipts.c.period, receipts.c.amount,
                    receipts.c.paid_at)
             .where(where, receipts.c.voided_at.is_(None),
                    or_(receipts.c.period == str(year), receipts.c.period.like(f"{year}-%")))
             .order_by(ordered_id(receipts.c.taxpayer_id, conn), receipts.c.receipt_no))
    for taxpayer_id, tax_code, period, amount, paid_at in stream(conn, query):
        yield taxpayer_id, (tax_code, period), int(amount), paid_at


def _with_merged(own: list[tuple], merged: list[tuple]) -> list[tuple]:
    """The kept taxpayer's assessed lines, then each merged taxpayer's lines for a tax and period
    that neither it nor an earlier merged one is assessed for (rows are (taxpayer, line, amount))."""
    taken, lines = list(own), {line for _id, line, _amount in own}
    by_source: dict[str, list[tuple]] = {}
    for found in merged:
        by_source.setdefault(found[0], []).append(found)
    for source in sorted(by_source):
        fresh = [found for found in by_source[source] if found[1] not in lines]
        taken += fresh
        lines |= {found[1] for found in fresh}
    return taken


class _Cursor:
    """One ordered stream read ahead by one row, to take the rows of one taxpayer at a time."""

    def __init__(self, rows: Iterator[tuple]) -> None:
        self._rows, self._next = rows, next(rows, None)

    def take(self, taxpayer_id: str) -> list[tuple]:
        while self._next is not None and self._next[0] < taxpayer_id:  # a taxpayer the registry lacks
            self._next = next(self._rows, None)
        taken = []
        while self._next is not None and self._next[0] == taxpayer_id:
            taken.append(self._next)
            self._next = next(self._rows, None)
        return taken


def standings(conn: Connection, rows: Iterator[Any], year: int) -> Iterator[tuple[Any, Standing]]:
    """Each registry row of `rows` (ordered by `ordered_id` of its `id`) with its standing for
    `year`. The assessments and receipts are read alongside, as two more cursors on `conn`."""
    kept = kept_ids(conn)
    extra_assessed: dict[str, list[tuple]] = {}
    extra_paid: dict[str, list[tuple]] = {}
    if kept:  # the merged taxpayers' lines, under the taxpayer each stands for now
        for found in _assessed_lines(conn, year, merged=True):
            extra_assessed.setdefault(kept[found[0]], []).append(found)
        for found in _paid_lines(conn, year, merged=True):
            extra_paid.setdefault(kept[found[0]], []).append(found)
    assessed, paid = _Cursor(_assessed_lines(conn, year)), _Cursor(_paid_lines(conn, year))
    for row in rows:
        lines: dict[tuple[str, str], int] = {}
        total_assessed = total_paid = 0
        for _id, line, amount in _with_merged(assessed.take(row.id), extra_assessed.get(row.id, [])):
            lines[line] = lines.get(line, 0) + amount
            total_assessed += amount
        last = None
        for _id, line, amount, paid_at in paid.take(row.id) + extra_paid.get(row.id, []):
            lines[line] = lines.get(line, 0) - amount
            total_paid += amount
            last = max(last or paid_at, paid_at)
        if not lines:
            yield row, NOTHING
            continue
        yield row, Standing(total_assessed, total_paid, sum(max(0, due) for due in lines.values()), last)
