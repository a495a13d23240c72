"""The seeded month of the supervisor benchmark, cached: a throwaway copy per run.

Seeding (about four minutes at full size on the 2-core machine): the municipality, zones, taxes,
50 agents each with a device enrolled, the 90,000-taxpayer registry (COPY), a month of every
device's signed events stored through the server's own push (bench/supervisor_data.py), and the
supervisor's sign-offs of every agent's day but the last two. The result is kept (PostgreSQL: the
template database `quittance_bench_supervisor_<agents>x<days>_<key>`; SQLite: a file under
bench/.cache/, with the server key that signed the sign-offs), keyed by the source of this file
and of the generator; each run clones it (CREATE DATABASE … TEMPLATE, or a file copy), migrates the
copy to the newest revision, and drops it after. Seeding again replaces a cache of the same size.
To give the space back: `DROP DATABASE quittance_bench_supervisor_…` and `rm -r bench/.cache/supervisor-*`."""
from __future__ import annotations

import hashlib
import os
import shutil
import sys
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path

from sqlalchemy import Engine, func, select

from bench import opendata_data as od
from bench import supervisor_data as sd
from bench.sync_env import CONFIG, PG_DSN
from bench.sync_raw import bulk_load
from sync.server import admin, enrollment, reference
from sync.server.common import now_iso
from sync.server.db import make_engine, migrate
from sync.server.push import push
from sync.server.reconcile_count import CashCount
from sync.server.reconcile_report import Reconciliation, sign_off
from sync.server.reconcile_view import reconciliation_view
from sync.server.schema import changes
from sync.server.serverkey import load_or_create, public_key, record_public_key
from sync.server.settings import load_settings

SMALL = os.environ.get("QUITTANCE_BENCH_SUPERVISOR_SMALL") == "1"
AGENTS, DAYS = (10, 5) if SMALL else (sd.AGENTS, sd.DAYS)
FRESH = os.environ.get("QUITTANCE_BENCH_SUPERVISOR_FRESH") == "1"
CACHE = Path(__file__).parent / ".cache"
SUPERVISOR = "Nzeza Mado"
SIGNED_DAYS = DAYS - 2  # the supervisor has signed off every agent's day but the last two


def _cache_key() -> str:
    """Changes when what is seeded could: this file, the generator, the open-data zones and taxes,
    and the server's revisions (a cache stamped with a revision whose place in the chain changed
    would be taken as up to date and miss the tables before it)."""
    revisions = sorted((Path(__file__).parents[1] / "sync" / "server" / "migrations" / "versions").glob("*.py"))
    source = Path(sd.__file__).read_bytes() + Path(od.__file__).read_bytes() + Path(__file__).read_bytes() \
        + b"".join(path.read_bytes() for path in revisions)
    return hashlib.sha256(source).hexdigest()[:12]


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
        size = f"{AGENTS}x{DAYS}"
        self.cache_prefix = f"quittance_bench_supervisor_{size}_"
        self.cache_name = self.cache_prefix + _cache_key()
        self.cache_dir = CACHE / f"supervisor-{kind}-{size}-{_cache_key()}"
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
        if not (self.cache_dir / "complete").exists():  # written last: a seed cut short is not a cache
            return False
        if self.kind == "sqlite":
            return (self.cache_dir / "server.db").exists()
        with _pg() as conn:
            return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (self.cache_name,)).fetchone() \
                is not None

    def _seed(self) -> float:
        started = time.perf_counter()
        # A cache of this size replaces the older ones.
        for older in CACHE.glob(f"supervisor-{self.kind}-{AGENTS}x{DAYS}-*"):
            shutil.rmtree(older, ignore_errors=True)
        self.cache_dir.mkdir(parents=True)
        if self.kind == "postgresql":
            with _pg() as conn:
                older = conn.execute("SELECT datname FROM pg_database WHERE starts_with(datname, %s)",
                                     (self.cache_prefix,)).fetchall()
                for (name,) in older:
                    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
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
        (self.cache_dir / "complete").write_text(now_iso())
        return time.perf_counter() - started

    def _clone(self) -> None:
        shutil.copy(self.cache_dir / "server-key.hex", self.folder / "data" / "server-key.hex")
        if self.kind == "sqlite":  # the last connection closed folded the WAL in; copied if one is left
            for suffix in ("", "-wal"):
                if (self.cache_dir / f"server.db{suffix}").exists():
                    shutil.copy(self.cache_dir / f"server.db{suffix}", self.folder / "data" / f"server.db{suffix}")
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


def seed_month(engine: Engine, key_path: Path, kind: str) -> None:
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
