"""Engines for SQLite and PostgreSQL, and the migrations run at start (no separate step)."""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, text

from sync.server.settings import Settings

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_S = 120


def normalise_url(url: str) -> str:
    """`postgresql://` means psycopg 3 here (SQLAlchemy would otherwise pick psycopg2)."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def make_engine(settings: Settings) -> Engine:
    url = normalise_url(settings.database_url)
    if url.startswith("sqlite"):
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        # Writers queue on the write lock (BEGIN IMMEDIATE below) for up to SQLITE_BUSY_S before a
        # 503: twenty devices pushing at once wait their turn instead of failing.
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_S, "check_same_thread": False})
        _sqlite_immediate(engine)
        return engine
    return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)


def _sqlite_immediate(engine: Engine) -> None:
    """Every SQLite transaction starts with BEGIN IMMEDIATE: two workers pushing at once then
    queue on the write lock instead of failing when a reader upgrades to a writer."""
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record):  # noqa: ANN001
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):  # noqa: ANN001
        read_only = conn.get_execution_options().get("read_only", False)
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def reading(engine: Engine) -> Connection:
    """A connection for reads only: on SQLite it does not take the write lock, so reads never
    queue behind a push (use `engine.begin()` for anything that writes)."""
    return engine.connect().execution_options(read_only=True)


def is_postgres(conn: Connection | Engine) -> bool:
    return conn.dialect.name == "postgresql"


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (idempotent; run by init, serve and tests)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        if is_postgres(conn):  # two workers starting at once migrate one after the other
            conn.execute(text("SELECT pg_advisory_xact_lock(771001)"))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
