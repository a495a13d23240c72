"""The device's local SQLite store: one file, WAL, synchronous=FULL, one transaction per operation.

Each thread gets its own connection, so the UI thread and a background sync can both write;
writers serialise on `BEGIN IMMEDIATE` with a busy timeout, and a lock that outlasts the
timeout is retried rather than shown to the agent."""
from __future__ import annotations

import sqlite3
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import sqlite_utils

from core import migrations
from core.errors import QuittanceError

BUSY_TIMEOUT_MS = 5_000
LOCK_RETRY_SECONDS = 60.0


class Store:
    """A handle on one device database file, safe to share between threads."""

    def __init__(self, path: str | Path, progress: migrations.Progress | None = None) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._all_connections: list[sqlite3.Connection] = []
        self._registry_lock = threading.Lock()
        with self.transaction() as conn:
            found = migrations.schema_version(conn)
            migrated = migrations.migrate(conn, progress=progress) > found
        if migrated and found > 0:
            migrations.reclaim_space(self.conn)

    # -- connections -------------------------------------------------------------------
    @property
    def conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._connect()
            self._local.conn = conn
        return conn

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over this thread's connection, for bulk loads and introspection."""
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite_utils.Database(self.conn)
            self._local.db = db
        return db

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        with self._registry_lock:
            self._all_connections.append(conn)
        return conn

    def close(self) -> None:
        with self._registry_lock:
            for conn in self._all_connections:
                try:
                    conn.close()
                except sqlite3.ProgrammingError:
                    pass
            self._all_connections.clear()
        self._local = threading.local()

    # -- transactions ------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction. Nested use joins the outer transaction."""
        conn = self.conn
        if conn.in_transaction:
            yield conn
            return
        _begin_immediate(conn)
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        else:
            _commit(conn)

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot for multi-statement reads."""
        conn = self.conn
        if conn.in_transaction:
            yield conn
            return
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            conn.execute("COMMIT")


def _is_lock_error(error: sqlite3.OperationalError) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


def _begin_immediate(conn: sqlite3.Connection) -> None:
    deadline = time.monotonic() + LOCK_RETRY_SECONDS
    while True:
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as error:
            if not _is_lock_error(error) or time.monotonic() > deadline:
                if _is_lock_error(error):
                    raise QuittanceError("database_busy") from error
                raise
            time.sleep(0.01)


def _commit(conn: sqlite3.Connection) -> None:
    deadline = time.monotonic() + LOCK_RETRY_SECONDS
    while True:
        try:
            conn.execute("COMMIT")
            return
        except sqlite3.OperationalError as error:
            if not _is_lock_error(error) or time.monotonic() > deadline:
                conn.execute("ROLLBACK")
                if _is_lock_error(error):
                    raise QuittanceError("database_busy") from error
                raise
            time.sleep(0.01)
