"""Supervisor benchmarks (issue 11), on a month of data for 50 agents on 50 devices (about
150,000 payments, bench/supervisor_data.py), on PostgreSQL and on SQLite:

- the reconciliation view: every agent's reconciliation of one day
  (sync.server.reconcile_view.reconciliation_view), for each day of the month;
- the monthly PDF reconciliation report (sync.server.report_pdf.render_reconciliation_report),
  once it exists;
- the open-data month page over HTTP, the server run as production runs it.

The seeded database is cached (PostgreSQL: a template database `quittance_bench_supervisor_<key>`;
SQLite: a file under bench/.cache/), keyed by the data generator's source, so a second run only
clones it. `QUITTANCE_BENCH_SUPERVISOR_SMALL=1` is a smoke run (10 agents, 5 days),
`QUITTANCE_BENCH_SUPERVISOR_DB=postgresql|sqlite` runs one database, and
`QUITTANCE_BENCH_SUPERVISOR_FRESH=1` seeds again instead of using the cache."""
from __future__ import annotations

import hashlib
import os
import shutil
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

import httpx
from sqlalchemy import func, select

from bench import opendata_data as od
from bench import supervisor_data as sd
from bench.harness import Row, percentile, print_table
from bench.sync_env import CONFIG, PG_DSN, ServerProcess
from bench.sync_raw import bulk_load
from sync.server import admin, enrollment, reference
from sync.server.common import now_iso
from sync.server.db import make_engine, migrate, reading
from sync.server.push import push
from sync.server.reconcile_count import CashCount
from sync.server.reconcile_report import Reconciliation, reconcile, sign_off
from sync.server.reconcile_view import reconciliation_view
from sync.server.schema import changes, events, receipts
from sync.server.serverkey import load_or_create, public_key, record_public_key
from sync.server.settings import load_settings

SMALL = os.environ.get("QUITTANCE_BENCH_SUPERVISOR_SMALL") == "1"
AGENTS, DAYS = (10, 5) if SMALL else (sd.AGENTS, sd.DAYS)
FRESH = os.environ.get("QUITTANCE_BENCH_SUPERVISOR_FRESH") == "1"
WORKERS = int(os.environ.get("QUITTANCE_BENCH_WORKERS", "2"))
CACHE = Path(__file__).parent / ".cache"
SUPERVISOR = "Nzeza Mado"
SIGNED_DAYS = DAYS - 2  # the supervisor has signed off every agent's day but the last two


def _cache_key() -> str:
    source = Path(sd.__file__).read_bytes() + Path(od.__file__).read_bytes() + Path(__file__).read_bytes()
    return hashlib.sha256(source + f"{AGENTS}x{DAYS}".encode()).hexdigest()[:12]


def _pg(dbname: str = "postgres"):  # noqa: ANN202
    import psycopg

    return psycopg.connect(PG_DSN + f" dbname={dbname}", autocommit=True)


def _pg_url(name: str) -> str:
    params = dict(p.split("=", 1) for p in PG_DSN.split())
    return f"postgresql+psycopg://{params.get('user', 'postgres')}@{params.get('host', '127.0.0.1')}:" \
           f"{params.get('port', '5432')}/{name}"


class MonthDatabase:
    """A throwaway copy of the seeded month (seeded first if no cache holds it), dropped after."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.folder = Path(tempfile.mkdtemp(prefix=f"quittance-bench-supervisor-{kind}-"))
        key = _cache_key()
        self.cache_name = f"quittance_bench_supervisor_{key}"
        self.cache_dir = CACHE / f"supervisor-{kind}-{key}"
        self.name = f"quittance_bench_{uuid.uuid4().hex[:12]}"
        self.seed_seconds = 0.0
        self.url = _pg_url(self.name) if kind == "postgresql" else f"sqlite:///{self.folder / 'data' / 'server.db'}"
        (self.folder / "data").mkdir(parents=True)
        if FRESH or not self._cached():
            self.seed_seconds = self._seed()
        self._clone()
        self.settings = load_settings(data_dir=self.folder / "data", database_url=self.url)
        self.engine = make_engine(self.settings)
        migrate(self.engine)  # a cache made before a newer revision gets it here

    def _cached(self) -> bool:
        if not (self.cache_dir / "server-key.hex").exists():
            return False
        if self.kind == "sqlite":
            return (self.cache_dir / "server.db").exists()
        with _pg() as conn:
            return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (self.cache_name,)).fetchone() \
                is not None

    def _seed(self) -> float:
        started = time.perf_counter()
        shutil.rmtree(self.cache_dir, ignore_errors=True)
        self.cache_dir.mkdir(parents=True)
        if self.kind == "postgresql":
            with _pg() as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{self.cache_name}" WITH (FORCE)')
                conn.execute(f'CREATE DATABASE "{self.cache_name}"')
            url = _pg_url(self.cache_name)
        else:
            url = f"sqlite:///{self.cache_dir / 'server.db'}"
        settings = load_settings(data_dir=self.cache_dir, database_url=url)
        engine = make_engine(settings)
        try:
            seed_month(engine, settings.key_path, self.kind)
        finally:
            engine.dispose()
        return time.perf_counter() - started

    def _clone(self) -> None:
        shutil.copy(self.cache_dir / "server-key.hex", self.folder / "data" / "server-key.hex")
        if self.kind == "sqlite":
            shutil.copy(self.cache_dir / "server.db", self.folder / "data" / "server.db")
            return
        with _pg() as conn:
            conn.execute(f'CREATE DATABASE "{self.name}" TEMPLATE "{self.cache_name}" STRATEGY FILE_COPY')

    def close(self) -> None:
        self.engine.dispose()
        if self.kind == "postgresql":
            with _pg() as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        shutil.rmtree(self.folder, ignore_errors=True)


class _Loader:
    """bench.sync_raw.bulk_load wants a BenchDatabase; this is the part of one it reads."""

    def __init__(self, engine, kind: str) -> None:  # noqa: ANN001
        self.kind = kind
        url = engine.url
        self.name = url.database
        self.pg_conninfo = f"postgresql://{url.username}@{url.host}:{url.port or 5432}/{url.database}"
        self.sqlite_path = Path(url.database) if kind == "sqlite" else None


def seed_month(engine, key_path: Path, kind: str) -> None:  # noqa: ANN001
    """The municipality, zones, taxes, 50 agents and their devices enrolled, the registry, a month
    of every device's events pushed through the server's own push, and the supervisor's sign-offs
    of every agent's day but the last two."""
    migrate(engine)
    private = load_or_create(key_path)
    devices = sd.make_devices(AGENTS)
    with engine.begin() as conn:
        record_public_key(conn, public_key(private), now_iso())
        admin.init_from(conn, CONFIG)
        od.add_reference(conn)
        reference.add_agent(conn, SUPERVISOR, [], "9876", role="supervisor")
        tokens = {}
        for n, device in enumerate(devices):
            reference.add_agent(conn, sd.agent_name(n), sd.zone_codes_of(n), "1234", agent_id=device.agent_id)
            one_time, _ = enrollment.create_code(conn, device.code, [sd.agent_name(n)], 3600)
            tokens[device.id] = enrollment.enroll(conn, code=one_time, device_id=device.id,
                                                  public_key=device.public_key, app_version="bench")["token"]
        first = conn.execute(select(func.coalesce(func.max(changes.c.change_no), 0))).scalar_one() + 1
    loader = _Loader(engine, kind)
    pairs = list(sd.taxpayer_rows(first))
    bulk_load(loader, "taxpayers", sd.TAXPAYER_COLUMNS, (t for t, _c in pairs))
    bulk_load(loader, "changes", sd.CHANGE_COLUMNS, (c for _t, c in pairs))
    del pairs

    pushed = [0]

    def sync(device: sd.FieldDevice, batch: list) -> None:  # noqa: ANN001
        for start in range(0, len(batch), 250):
            result = push(engine, device.id, batch[start:start + 250])
            if result.quarantined:
                raise RuntimeError(f"{device.code}: quarantined {result.quarantined[:1]}")
        pushed[0] += len(batch)

    started = time.perf_counter()
    sd.month(devices, sync, sd.registry_by_zone(), days=DAYS)
    print(f"  seeded {pushed[0]:,} events from {len(devices)} devices in {time.perf_counter() - started:.0f} s",
          file=sys.stderr, flush=True)
    for d in range(SIGNED_DAYS):
        day = sd.FIRST_DAY + timedelta(days=d)
        with engine.begin() as conn:
            for n, view in enumerate(reconciliation_view(conn, day)):
                short = 200_000 if n % 17 == 3 else 0  # now and then an agent hands in 2 000 CDF short
                counted = Reconciliation(view.figures, view.earlier, CashCount("CDF", view.figures.expected_cash - short))
                sign_off(conn, private, counted, by=SUPERVISOR, note="manque 2 000 CDF" if short else None,
                         at=f"{day.isoformat()}T16:30:00.000Z")
    with engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")


class _Rows(list):
    def append(self, row: Row) -> None:  # type: ignore[override]
        print("  " + "  |  ".join(part for part in row if part), file=sys.stderr, flush=True)
        super().append(row)


def _days() -> list[date]:
    return [sd.FIRST_DAY + timedelta(days=d) for d in range(DAYS)]


def _measure_view(db: MonthDatabase, label: str, rows: list[Row]) -> None:
    """Every day of the month, twice: the view as the API opens it (a connection from the pool)."""
    samples, agents_seen, sessions_seen, mismatched = [], 0, 0, 0
    for round_ in range(2):
        for day in _days():
            started = time.perf_counter()
            with reading(db.engine) as conn:
                view = reconciliation_view(conn, day)
            samples.append((time.perf_counter() - started) * 1000)
            if round_ == 0:
                agents_seen = max(agents_seen, len(view))
                for one in view:
                    for s in one.figures.sessions:
                        sessions_seen += 1
                        # The server's figure of a closed session is the device's own Z-report's.
                        mismatched += s.z_expected_cash is not None and s.z_expected_cash != s.expected_cash
    rows.append((f"{label}: reconciliation view, every agent of a day ({agents_seen} agents, "
                 f"{sessions_seen:,} sessions in {DAYS} days)",
                 f"p95 {percentile(samples, 95):.0f} ms, p50 {percentile(samples, 50):.0f} ms"
                 + (f", {mismatched} SESSIONS DIFFER FROM THEIR Z-REPORT" if mismatched else ""),
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
    """SLOT: the monthly PDF reconciliation report, built by another helper of issue 11."""
    try:
        from sync.server.report_pdf import render_reconciliation_report
    except ImportError:
        rows.append((f"{label}: monthly PDF reconciliation report", "not built yet", "<= 5 s"))
        return
    samples = []
    for _ in range(3):
        started = time.perf_counter()
        with reading(db.engine) as conn:
            render_reconciliation_report(conn, month="2026-11")
        samples.append(time.perf_counter() - started)
    rows.append((f"{label}: monthly PDF reconciliation report, 2026-11",
                 f"p50 {percentile(samples, 50):.2f} s, max {max(samples):.2f} s", "<= 5 s"))


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
