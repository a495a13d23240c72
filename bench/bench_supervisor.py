"""Supervisor benchmarks (issue 11), on a month of data for 50 agents on 50 devices (about
150,000 payments, bench/supervisor_data.py), on PostgreSQL and on SQLite:

- the reconciliation view: every agent's reconciliation of one day, as the API serves the
  screen (sync.server.reconcile_overview.agent_rows over reconcile_view), for each day of the month;
- the monthly PDF reconciliation report (sync.server.report_pdf.render_reconciliation_report),
  once it exists;
- the open-data month page over HTTP, the server run as production runs it.

The seeded month is cached (bench/supervisor_seed.py), so a second run only clones it. `QUITTANCE_BENCH_SUPERVISOR_SMALL=1` is a smoke run (10 agents, 5 days),
`QUITTANCE_BENCH_SUPERVISOR_DB=postgresql|sqlite` runs one database, and
`QUITTANCE_BENCH_SUPERVISOR_FRESH=1` seeds again instead of using the cache."""
from __future__ import annotations

import os
import sys
import time
from datetime import date, timedelta

import httpx
from sqlalchemy import func, select

from bench import opendata_data as od
from bench import supervisor_data as sd
from bench.harness import Row, percentile, print_table
from bench.supervisor_seed import AGENTS, DAYS, SMALL, MonthDatabase
from bench.sync_env import ServerProcess
from sync.server.dashboard_data import dashboard
from sync.server.db import reading
from sync.server.reconcile_overview import agent_rows
from sync.server.reconcile_report import reconcile
from sync.server.reconcile_view import reconciliation_view
from sync.server.schema import events, receipts

WORKERS = int(os.environ.get("QUITTANCE_BENCH_WORKERS", "2"))


class _Rows(list):
    def append(self, row: Row) -> None:  # type: ignore[override]
        print("  " + "  |  ".join(part for part in row if part), file=sys.stderr, flush=True)
        super().append(row)


def _days() -> list[date]:
    return [sd.FIRST_DAY + timedelta(days=d) for d in range(DAYS)]


def _measure_view(db: MonthDatabase, label: str, rows: list[Row]) -> None:
    """Every day of the month, twice: the view as the API serves it to the reconciliation screen
    (reconcile_overview.agent_rows, a connection from the pool)."""
    samples, agents_seen, sessions_seen, mismatched = [], 0, 0, 0
    for round_ in range(2):
        for day in _days():
            started = time.perf_counter()
            with reading(db.engine) as conn:
                view = agent_rows(conn, day)
            samples.append((time.perf_counter() - started) * 1000)
            if round_ == 0:
                agents_seen = max(agents_seen, len(view))
                for one in view:
                    sessions_seen += one["sessions"]
                    # The server's figure of a closed session is the device's own Z-report's.
                    mismatched += not one["z_matches"]
    rows.append((f"{label}: reconciliation view, every agent of a day ({agents_seen} agents, "
                 f"{sessions_seen:,} sessions in {DAYS} days)",
                 f"p95 {percentile(samples, 95):.0f} ms, p50 {percentile(samples, 50):.0f} ms"
                 + (f", {mismatched} AGENT-DAYS WITH A Z-REPORT THAT DIFFERS" if mismatched else ""),
                 "<= 1 s" if not SMALL else "(small run)"))
    # For comparison: the same day agent by agent, as the command line reconciles one agent.
    day = _days()[DAYS // 2]
    with reading(db.engine) as conn:
        names = [one.figures.agent_name for one in reconciliation_view(conn, day)]
    loop = []
    for _ in range(3):
        started = time.perf_counter()
        with reading(db.engine) as conn:
            for name in names:
                reconcile(conn, name, day, None)
        loop.append((time.perf_counter() - started) * 1000)
    rows.append((f"{label}: the same day as {len(names)} calls of reconcile(), one per agent",
                 f"p50 {percentile(loop, 50):.0f} ms", ""))


def _measure_pdf(db: MonthDatabase, label: str, rows: list[Row]) -> None:
    """The monthly PDF reconciliation report, three times."""
    from sync.server.report_pdf import render_reconciliation_report
    samples = []
    for _ in range(3):
        started = time.perf_counter()
        with reading(db.engine) as conn:
            render_reconciliation_report(conn, month="2026-11")
        samples.append(time.perf_counter() - started)
    rows.append((f"{label}: monthly PDF reconciliation report, 2026-11",
                 f"p50 {percentile(samples, 50):.2f} s, max {max(samples):.2f} s", "<= 5 s"))


def _measure_dashboard(db: MonthDatabase, label: str, rows: list[Row]) -> None:
    """The supervisor's first screen over the whole month (no target in the issue: reported)."""
    first, last = _days()[0], _days()[-1]
    samples = []
    for _ in range(3):
        started = time.perf_counter()
        with reading(db.engine) as conn:
            dashboard(conn, first, last)
        samples.append(time.perf_counter() - started)
    rows.append((f"{label}: dashboard over the month ({first} to {last})",
                 f"p50 {percentile(samples, 50):.2f} s, max {max(samples):.2f} s", "(no target)"))


def _measure_opendata(db: MonthDatabase, label: str, rows: list[Row]) -> None:
    path, tries = f"/open-data/{od.MONTH}", 40 if SMALL else 200
    server = ServerProcess(db, WORKERS)  # type: ignore[arg-type]
    try:
        with httpx.Client(base_url=server.url, timeout=120) as client:
            for _ in range(2 * WORKERS):  # each worker computes the month once, then serves it
                client.get(path)
            samples = []
            for _ in range(tries):
                started = time.perf_counter()
                response = client.get(path)
                samples.append((time.perf_counter() - started) * 1000)
                if response.status_code != 200:
                    raise RuntimeError(f"{path}: {response.status_code} {response.text[:200]}")
    finally:
        server.stop()
    rows.append((f"{label}: open-data page {path} ({WORKERS} workers)",
                 f"p95 {percentile(samples, 95):.1f} ms, p50 {percentile(samples, 50):.1f} ms",
                 "p95 <= 200 ms"))


def measure(kind: str) -> list[Row]:
    label = "PostgreSQL" if kind == "postgresql" else "SQLite"
    rows: list[Row] = _Rows()
    db = MonthDatabase(kind)
    try:
        with reading(db.engine) as conn:
            payments = conn.execute(select(func.count()).select_from(receipts)).scalar_one()
            voided = conn.execute(select(func.count()).select_from(receipts)
                                  .where(receipts.c.voided_at.is_not(None))).scalar_one()
            stored = conn.execute(select(func.count()).select_from(events)).scalar_one()
        rows.append((f"{label}: the month ({AGENTS} agents, {DAYS} days)",
                     f"{payments:,} payments, {voided:,} voided, {stored:,} events"
                     + (f"; seeded in {db.seed_seconds:.0f} s" if db.seed_seconds else "; from the cache"), ""))
        _measure_view(db, label, rows)
        _measure_pdf(db, label, rows)
        _measure_dashboard(db, label, rows)
        _measure_opendata(db, label, rows)
    finally:
        db.close()
    return rows


def run() -> list[Row]:
    wanted = os.environ.get("QUITTANCE_BENCH_SUPERVISOR_DB")
    rows: list[Row] = []
    for kind in ("postgresql", "sqlite"):
        if not wanted or wanted == kind:
            rows += measure(kind)
    return rows


if __name__ == "__main__":
    print_table("Supervisor (issue 11)", run())
